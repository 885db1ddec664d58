## Podsetnici koje bot šalje sam (scheduler/compose.py) i odgovori roditelja (bot/core/reminders.py).
## Jedna poruka po porodici dnevno: naslov, po jedan deo za svaku stavku, završetak.

reminders-header = 🔔 Podsetnici za tvoju porodicu:
reminders-footer = Odgovori dugmićima ispod. /pause pauzira podsetnike, /stop ih isključuje.
reminders-vaccine-before = 💉 { $name } – { $vaccine }: od { $date }. Zakaži pregled u domu zdravlja.
reminders-vaccine-on = 💉 { $name } – { $vaccine }: od danas (do { $until }). Ponesi zdravstvenu knjižicu i karton vakcinacije.
reminders-vaccine-followup = 💉 { $name } – { $vaccine }: još nije upisano. Ima vremena do { $until }.
reminders-vaccine-late =
    ⚠️ { $name } – { $vaccine }: kasni (trebalo je do { $since }).
    Nije kasno! Pitaj pedijatra ili zdravstvenu medijatorku za nadoknadu vakcine.
reminders-checkup-before = 🩺 { $name } – { $visit }: od { $date }.
reminders-checkup-on = 🩺 { $name } – { $visit }: sada je vreme (do { $until }).
reminders-catchup =
    ⚠️ { $name }: nedostaju neke vakcine:
    { $items }
    Nije kasno! Pitaj pedijatra ili zdravstvenu medijatorku za nadoknadu vakcina. Ponesi zdravstvenu knjižicu i karton vakcinacije.
reminders-catchup-item = • { $vaccine }
reminders-tip =
    { $header }
    { $tip }
reminders-item-catchup = vakcine koje nedostaju

## Dugmići ispod podsetnika
reminders-button-done = ✅ Urađeno
reminders-button-not-yet = ⏳ Još nije
reminders-button-later = ⏰ Podseti me kasnije
reminders-button-item = { $name }: { $what }
reminders-button-plan = 💉 Plan vakcinacije
reminders-button-today = Danas ({ $date })
reminders-button-other-date = Drugi datum
reminders-button-on = 🔔 Uključi podsetnike

## Odgovori
reminders-item-question = { $name }: { $what }. Šta ima novo?
reminders-ask-when = Kog dana je data vakcina? { $name } – { $vaccine }
reminders-ask-date =
    Napiši datum: dan, mesec, godina.
    Na primer: { $example }
reminders-date-error-unreadable =
    Ne mogu da pročitam taj datum. Napiši dan, mesec i godinu sa tačkama.
    Na primer: { $example }
reminders-date-error-impossible =
    Taj dan ne postoji u kalendaru. Proveri dan i mesec.
    Na primer: { $example }
reminders-date-error-future =
    Taj datum je u budućnosti. Napiši dan vakcinacije.
    Na primer: { $example }
reminders-date-error-too-old =
    To je pre više od 7 godina. Proveri godinu.
    Na primer: { $example }
reminders-date-error-before-birth = Taj datum je pre rođenja ({ $name }: { $born }). Proveri datum.
reminders-recorded = ✅ Upisano: { $vaccine }, { $name }, { $date }. Vidi se u planu vakcinacije.
reminders-checkup-noted = ✅ Zabeleženo: { $visit }, { $name }. Neću više podsećati na to.
reminders-not-yet = U redu. Podsetiću te ponovo { $date }. Treba ti adresa doma zdravlja? Pritisni dugme ispod.
reminders-later = U redu. Podsetiću te { $date }.

## /stop i /pause
reminders-stopped = Podsetnici su isključeni. Meni i dalje radi, a podsetnike možeš da uključiš bilo kada.
reminders-ask-pause = Koliko dugo da pauziram podsetnike?
reminders-pause-days = { $days ->
    [one] { $days } dan
   *[other] { $days } dana
}
reminders-paused = Podsetnici su pauzirani do { $date }.
reminders-on = 🔔 Podsetnici su ponovo uključeni.
