### Romani draft: awaiting review by a native speaker
## Podsetnici so o bot bičhalel korkoro thaj so phenel o dad vaj i daj.

reminders-header = 🔔 Podsetnici vaš tli familija:
reminders-footer = Phen e dugmencar tele. /pause ačhavel e podsetnici jekh vrjama, /stop ačhavel len.
reminders-vaccine-before = 📅 { $name } – { $vaccine }: katar { $date }. Zakažin: { $place }. Le i zdravstvena knjižica thaj o vakcinalno kartoni.
reminders-vaccine-on = 💉 { $name } – { $vaccine }: ađes si o đes (šaj dži { $until }). Le i zdravstvena knjižica thaj o vakcinalno kartoni.
reminders-vaccine-followup = 💉 { $name } – { $vaccine }: još naj ramosardo. Naj kasno: si vrjama dži { $until }. Dindjas? Dab ✅ Ćerdo.
reminders-vaccine-late =
    ⚠️ { $name } – { $vaccine }: kasninel (trebaljas dži { $since }).
    Naj kasno! Phuč e pedijatre vaj e medijatorka vaš e vakcina.
reminders-checkup-before = 🩺 { $name } – { $visit }: katar { $date }.
reminders-checkup-on = 🩺 { $name } – { $visit }: akana si i vrjama (dži { $until }).
reminders-catchup =
    ⚠️ { $name }: naj varesave vakcine:
    { $items }
    Naj kasno! Phuč e pedijatre vaj e medijatorka vaš e vakcine. Le i zdravstvena knjižica thaj o vakcinalno kartoni.
reminders-catchup-item = • { $vaccine }
reminders-tip =
    { $header }
    { $tip }
reminders-item-catchup = e vakcine so naj

## Dugmad tele o podsetnik
reminders-button-done = ✅ Ćerdo
reminders-button-not-yet = ⏳ Još na
reminders-button-later = ⏰ Podsetin man maj palo
reminders-button-item = { $name }: { $what }
reminders-button-plan = 💉 Plan e vakcinengo
reminders-button-today = Ađes ({ $date })
reminders-button-other-date = Aver datum
reminders-button-on = 🔔 Phrav palem e podsetnici

## So phenel o dad vaj i daj
reminders-item-question = { $name }: { $what }. So si nevo?
reminders-ask-when = Kana { $name } lija { $vaccine }?
reminders-ask-date =
    Ramosar o datum: đes, čhon, berš.
    Sar kava: { $example }
reminders-date-error-unreadable =
    Na šaj te drabarav kava datum. Ramosar đes, čhon thaj berš tačkasa.
    Sar kava: { $example }
reminders-date-error-impossible =
    Kava đes naj ando kalendari. Dikh o đes thaj o čhon.
    Sar kava: { $example }
reminders-date-error-future =
    Kava datum si ande avutni vrjama. Ramosar o đes kana dija pe i vakcina.
    Sar kava: { $example }
reminders-date-error-too-old =
    Kava si maj but sar 7 berša. Dikh o berš.
    Sar kava: { $example }
reminders-date-error-before-birth = { $gender ->
        [girl] Kava si angla o đes kana bijandili { $name } ({ $born }). Dikh o datum.
       *[other] Kava si angla o đes kana bijandilo { $name } ({ $born }). Dikh o datum.
    }
reminders-recorded = ✅ Ramosardem: { $vaccine }, { $name }, { $date }. Dikhel pe ando plan e vakcinengo.
reminders-checkup-noted = ✅ Ramosardem: { $visit }, { $name }. Maj na podsetinav tut pa kava.
reminders-not-yet = Mišto. Podsetinav tut palem { $date }. Trebul tuće i adresa e domesko zdravlja? Pritisni o dugme tele.
reminders-later = Mišto. Podsetinav tut { $date }.

## /stop thaj /pause
reminders-stopped = E podsetnici si ačhavde. O meni ćerel buti, thaj šaj te phraves palem e podsetnici kana kames.
reminders-ask-pause = Kobor vrjama te ačhavav e podsetnici?
reminders-pause-days = { $days ->
    [one] { $days } đes
   *[other] { $days } đesa
}
reminders-paused = E podsetnici si ačhavde dži { $date }.
reminders-on = 🔔 E podsetnici palem ćeren buti.
