### Romani draft: awaiting review by a native speaker
## O vakcinalno kartoni ando „💉 Vakcine thaj pregledi“ thaj e podsetnici so džan palo kartoni.

## Harne anava vaš e dugmencur (dži 30 slovura)
vaccine-short-bcg-1 = BCG
vaccine-short-hepb-1 = Hepatitis B, 1. doza
vaccine-short-hepb-2 = Hepatitis B, 2. doza
vaccine-short-hepb-3 = Hepatitis B, 3. doza
vaccine-short-dtap-ipv-hib-1 = 5 ande 1, 1. doza
vaccine-short-dtap-ipv-hib-2 = 5 ande 1, 2. doza
vaccine-short-dtap-ipv-hib-3 = 5 ande 1, 3. doza
vaccine-short-dtap-ipv-hib-booster = 5 ande 1, 1. revakcina
vaccine-short-dtap-ipv-booster-2 = 4 ande 1, 2. revakcina
vaccine-short-pcv-1 = Pneumokok, 1. doza
vaccine-short-pcv-2 = Pneumokok, 2. doza
vaccine-short-pcv-3 = Pneumokok, 3. doza
vaccine-short-pcv-booster = Pneumokok, revakcina
vaccine-short-mmr-1 = MMR, 1. doza
vaccine-short-mmr-2 = MMR, 2. doza

## E dugmura e planeske
record-button-mark = ✍️ Ramos jekh vakcina
record-button-complete = 📋 O kartoni si pherdo dži ađes
record-button-undo = ↩️ Ćer pale jekh vakcina
record-button-calendar = 📅 Sa o kalendari dži 6 berša
record-button-date-unknown = Na džanav o datumo

## O plan
record-item = • { $name }
record-plan-ask =
    ❓ Phuč e pedijatres trebal li akana ({ $name }):
    { $items }
record-plan-waiting =
    ⏸ Angleder i doza anglal late:
    { $items }
record-plan-item-waiting = • { $name } (pala: { $previous })
record-plan-item-done-undated = • { $name } (o datumo na džanel pe)

## Te ramosare vakcine
record-ask-which = { $name }: savi vakcina dindjas? Dikh o vakcinalno kartoni.
record-complete-confirm =
    { $name }: si li o vakcinalno kartoni pherdo dži ađes? Atunći ramosarava { $count ->
        [one] kaja vakcina
       *[other] kala { $count } vakcine
    } sar dindine (o datumo na džanel pe):
    { $items }
record-complete-yes = ✅ Va, ramos sa
record-recorded-undated = ✅ Ramosardem: { $vaccine }, { $name } (o datumo na džanel pe).
record-recorded-many = ✅ Ramosardem { $count ->
        [one] jekh vakcina
       *[other] { $count } vakcine
    }: { $name }.
record-ask-undo = { $name }: savi vakcina ramosardilja bi dikhlesko?
record-undone = ↩️ Khosavdem: { $vaccine }, { $name }. E podsetnici vaš late aven palem.

## Sa o kalendari
record-calendar =
    📅 Sa o kalendari dži 6 berša: { $name } ({ $gender ->
        [girl] bijandi
       *[other] bijando
    } { $born }):
    { $items }
record-calendar-dose = • { $when }: 💉 { $name }
record-calendar-dose-state = • { $when }: 💉 { $name } { $state }
record-calendar-visit = • { $when }: 🩺 { $name }
record-calendar-done = ✅ { $date }
record-calendar-done-undated = ✅
record-calendar-waiting = ⏸ pala: { $previous }
record-calendar-late = ⚠️ kasninel
record-calendar-due = 🔔 akana
record-calendar-at-birth = 🏥 porodilište

## E podsetnici so džan palo kartoni
record-reminder-waiting =
    💉 { $name } – { $vaccine }: angleder i doza anglal late, { $previous }. Oj još naj ramosardi.
    Dindjas li? Ramos la ando plan e vakcinengo. Te na, naj kasno: zakažin ando dom zdravlja.
record-reminder-unverified =
    💉 { $name } – { $vaccine }: varesave izvorura phenen pe { $date }, averura na phenen late.
    Phuč e pedijatres trebal li akana.
record-reminder-checkup-unverified =
    🩺 { $name } – { $visit }: varesave izvorura phenen pe { $date }.
    Phuč e pedijatres trebal li akana.
record-catchup-item-unverified = • { $vaccine } (phuč e pedijatres trebal li)

## O spisko vaš i medijatorka
record-mediator-pick = { $name }: čhiv znako pe svako vakcina andar o kartoni, pa dab „Majdur“.
record-mediator-unpicked = ⬜ { $name }
record-mediator-picked = ☑️ { $name }
record-mediator-next = ➡️ Majdur: o datumo ({ $count })
record-mediator-dates-unknown = E datumura na džanen pe
record-mediator-saved-many =
    ✅ Ramosardem ({ $name }, { $count }):
    { $items }
