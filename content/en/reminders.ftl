## Reminders the bot sends on its own (scheduler/compose.py) and the parent's answers (bot/core/reminders.py).
## One message per family per day: a header, one part per item, a footer.

reminders-header = 🔔 Reminders for your family:
reminders-footer = Answer with the buttons below. /pause pauses reminders, /stop stops them.
reminders-vaccine-before = 📅 { $name } – { $vaccine }: from { $date }. Book a visit at the { $place }. Bring the health card and the vaccination card.
reminders-vaccine-on = 💉 { $name } – { $vaccine }: today is the day (it can be done until { $until }). Bring the health card and the vaccination card.
reminders-vaccine-followup = 💉 { $name } – { $vaccine }: not recorded yet. It is not too late: there is time until { $until }. Already given? Press ✅ Done.
reminders-vaccine-late =
    ⚠️ { $name }: { $vaccine } is late (it was due by { $since }).
    It is not too late! Ask the pediatrician or the health mediator about a catch-up dose.
reminders-checkup-before = 🩺 { $name }: from { $date } it is time for: { $visit }.
reminders-checkup-on = 🩺 { $name }: now is the time for: { $visit } (until { $until }).
reminders-catchup =
    ⚠️ { $name } is missing some vaccines:
    { $items }
    It is not too late! Ask the pediatrician or the health mediator about catch-up doses. Bring the health card and the vaccination card.
reminders-catchup-item = • { $vaccine }
reminders-tip =
    { $header }
    { $tip }
reminders-item-catchup = the missing vaccines

## Buttons under a reminder
reminders-button-done = ✅ Done
reminders-button-not-yet = ⏳ Not yet
reminders-button-later = ⏰ Remind me later
reminders-button-item = { $name }: { $what }
reminders-button-plan = 💉 Vaccine plan
reminders-button-today = Today ({ $date })
reminders-button-other-date = Another date
reminders-button-on = 🔔 Turn reminders on

## Answers
reminders-item-question = { $name }: { $what }. What is new?
reminders-ask-when = When did { $name } get { $vaccine }?
reminders-ask-date =
    Type the date: day, month, year.
    For example: { $example }
reminders-date-error-unreadable =
    I could not read that date. Type day, month, year with dots.
    For example: { $example }
reminders-date-error-impossible =
    That day does not exist in the calendar. Please check the day and the month.
    For example: { $example }
reminders-date-error-future =
    That date is in the future. Type the day of the vaccination.
    For example: { $example }
reminders-date-error-too-old =
    That is more than 7 years ago. Please check the year.
    For example: { $example }
reminders-date-error-before-birth = That is before { $name } was born ({ $born }). Please check the date.
reminders-recorded = ✅ Recorded: { $vaccine } for { $name } on { $date }. You can see it in the vaccine plan.
reminders-checkup-noted = ✅ Noted: { $visit } for { $name }. I will not remind you about it again.
reminders-not-yet = All right. I will remind you again on { $date }. Need the address of the health centre? Press the button below.
reminders-later = All right. I will remind you on { $date }.

## /stop and /pause
reminders-stopped = Reminders are off. You can still use the menu, and turn reminders on again at any time.
reminders-ask-pause = For how long should I pause reminders?
reminders-pause-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
reminders-paused = Reminders are paused until { $date }.
reminders-on = 🔔 Reminders are on again.
