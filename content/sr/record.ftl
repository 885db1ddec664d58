## Vakcinalni karton u „💉 Vakcine i pregledi“ (bot/core/card.py, plan_view.py, whole_calendar.py) i
## podsetnici koji prate upisane vakcine (scheduler/compose.py).

## Kratka imena za dugmiće (najviše oko 30 znakova)
vaccine-short-bcg-1 = BCG
vaccine-short-hepb-1 = Hepatitis B, 1. doza
vaccine-short-hepb-2 = Hepatitis B, 2. doza
vaccine-short-hepb-3 = Hepatitis B, 3. doza
vaccine-short-dtap-ipv-hib-1 = Petovalentna, 1. doza
vaccine-short-dtap-ipv-hib-2 = Petovalentna, 2. doza
vaccine-short-dtap-ipv-hib-3 = Petovalentna, 3. doza
vaccine-short-dtap-ipv-hib-booster = Petovalentna, 1. revakcina
vaccine-short-dtap-ipv-booster-2 = Tetravalentna, 2. revakcina
vaccine-short-pcv-1 = Pneumokok, 1. doza
vaccine-short-pcv-2 = Pneumokok, 2. doza
vaccine-short-pcv-3 = Pneumokok, 3. doza
vaccine-short-pcv-booster = Pneumokok, revakcina
vaccine-short-mmr-1 = MMR, 1. doza
vaccine-short-mmr-2 = MMR, 2. doza

## Dugmići plana
record-button-mark = ✍️ Upiši datu vakcinu
record-button-complete = 📋 Karton je potpun do danas
record-button-undo = ↩️ Poništi upisanu vakcinu
record-button-calendar = 📅 Ceo kalendar do 6 godina
record-button-date-unknown = Ne znam datum

## Plan
record-item = • { $name }
record-plan-ask =
    ❓ Pitaj pedijatra da li je ovo sada potrebno (dete: { $name }):
    { $items }
record-plan-waiting =
    ⏸ Prvo doza pre nje:
    { $items }
record-plan-item-waiting = • { $name } (posle: { $previous })
record-plan-item-done-undated = • { $name } (datum nije poznat)

## Upisivanje vakcina
record-ask-which = { $name }: koja vakcina je data? Pogledaj vakcinalni karton.
record-complete-confirm =
    Da li je vakcinalni karton ({ $name }) potpun do danas? Onda ću upisati { $count ->
        [one] ovu vakcinu
        [few] ove { $count } vakcine
       *[other] ovih { $count } vakcina
    } kao datu (datum nije poznat):
    { $items }
record-complete-yes = ✅ Da, upiši sve
record-recorded-undated = ✅ Upisano: { $vaccine } ({ $name }), datum nije poznat.
record-recorded-many = ✅ Upisano { $count ->
        [one] { $count } vakcina
        [few] { $count } vakcine
       *[other] { $count } vakcina
    } ({ $name }).
record-ask-undo = Koja vakcina je greškom upisana ({ $name })?
record-undone = ↩️ Obrisano: { $vaccine } ({ $name }). Podsetnici za nju opet stižu.

## Ceo kalendar
record-calendar =
    📅 Ceo kalendar do šeste godine: { $name } (rođenje { $born }):
    { $items }
record-calendar-dose = • { $when }: 💉 { $name }
record-calendar-dose-state = • { $when }: 💉 { $name } { $state }
record-calendar-visit = • { $when }: 🩺 { $name }
record-calendar-done = ✅ { $date }
record-calendar-done-undated = ✅
record-calendar-waiting = ⏸ posle: { $previous }
record-calendar-late = ⚠️ kasni
record-calendar-due = 🔔 sada
record-calendar-at-birth = 🏥 porodilište

## Podsetnici koji prate upisane vakcine
record-reminder-waiting =
    💉 { $name } – { $vaccine }: prvo doza pre nje, { $previous }. Ona još nije upisana.
    Da li je data? Upiši je u planu vakcina. Ako nije, nije kasno: zakaži pregled u domu zdravlja.
record-reminder-unverified =
    💉 { $name } – { $vaccine }: neki izvori je navode oko { $date }, drugi je ne navode.
    Pitaj pedijatra da li je sada potrebna.
record-reminder-checkup-unverified =
    🩺 { $name } – { $visit }: neki izvori ga navode oko { $date }.
    Pitaj pedijatra da li je sada potreban.
record-catchup-item-unverified = • { $vaccine } (pitaj pedijatra da li je potrebna)

## Spisak za medijatorku (bot/core/mediator_card.py)
record-mediator-pick = { $name }: označi svaku vakcinu iz kartona, pa pritisni „Dalje“.
record-mediator-unpicked = ⬜ { $name }
record-mediator-picked = ☑️ { $name }
record-mediator-next = ➡️ Dalje: datum ({ $count })
record-mediator-dates-unknown = Datumi nisu poznati
record-mediator-saved-many =
    ✅ Upisano ({ $name }, { $count }):
    { $items }
