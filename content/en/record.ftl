## The vaccination card in "💉 Vaccines and check-ups" (bot/core/card.py, plan_view.py, whole_calendar.py) and
## the reminders that follow the child's record (scheduler/compose.py).

## Short names for buttons (at most about 30 characters)
vaccine-short-bcg-1 = BCG
vaccine-short-hepb-1 = Hepatitis B, dose 1
vaccine-short-hepb-2 = Hepatitis B, dose 2
vaccine-short-hepb-3 = Hepatitis B, dose 3
vaccine-short-dtap-ipv-hib-1 = 5-in-1, dose 1
vaccine-short-dtap-ipv-hib-2 = 5-in-1, dose 2
vaccine-short-dtap-ipv-hib-3 = 5-in-1, dose 3
vaccine-short-dtap-ipv-hib-booster = 5-in-1, first booster
vaccine-short-dtap-ipv-booster-2 = 4-in-1, second booster
vaccine-short-pcv-1 = PCV, dose 1
vaccine-short-pcv-2 = PCV, dose 2
vaccine-short-pcv-3 = PCV, dose 3
vaccine-short-pcv-booster = PCV, booster
vaccine-short-mmr-1 = MMR, dose 1
vaccine-short-mmr-2 = MMR, dose 2

## The plan's buttons
record-button-mark = ✍️ Mark a vaccine as given
record-button-complete = 📋 Card complete up to today
record-button-undo = ↩️ Undo a marked vaccine
record-button-calendar = 📅 Whole calendar to 6 years
record-button-date-unknown = I don't know the date

## The plan
record-item = • { $name }
record-plan-ask =
    ❓ Ask the pediatrician whether { $name } needs it now:
    { $items }
record-plan-waiting =
    ⏸ First the dose before it:
    { $items }
record-plan-item-waiting = • { $name } (after { $previous })
record-plan-item-done-undated = • { $name } (date not known)

## Marking doses
record-ask-which = { $name }: which vaccine was given? Look at the vaccination card.
record-complete-confirm =
    Is { $name }'s vaccination card complete up to today? Then I will mark { $count ->
        [one] this vaccine
       *[other] these { $count } vaccines
    } as given (date not known):
    { $items }
record-complete-yes = ✅ Yes, mark them all
record-recorded-undated = ✅ Recorded: { $vaccine } for { $name } (date not known).
record-recorded-many = ✅ Recorded { $count ->
        [one] one vaccine
       *[other] { $count } vaccines
    } for { $name }.
record-ask-undo = Which vaccine was marked by mistake for { $name }?
record-undone = ↩️ Removed: { $vaccine } for { $name }. Reminders for it start again.

## The whole calendar
record-calendar =
    📅 The whole calendar for { $name } (born { $born }), to six years:
    { $items }
record-calendar-dose = • { $when }: 💉 { $name }
record-calendar-dose-state = • { $when }: 💉 { $name } { $state }
record-calendar-visit = • { $when }: 🩺 { $name }
record-calendar-done = ✅ { $date }
record-calendar-done-undated = ✅
record-calendar-waiting = ⏸ after { $previous }
record-calendar-late = ⚠️ late
record-calendar-due = 🔔 now
record-calendar-at-birth = 🏥 maternity ward

## Reminders that follow the record
record-reminder-waiting =
    💉 { $name } – { $vaccine }: first the dose before it, { $previous }. It is not recorded yet.
    Was it given? Mark it in the vaccine plan. If not, it is not too late: book a visit at the health centre.
record-reminder-unverified =
    💉 { $name } – { $vaccine }: some sources put it around { $date }, others do not list it.
    Ask the pediatrician whether { $name } needs it now.
record-reminder-checkup-unverified =
    🩺 { $name } – { $visit }: some sources put it around { $date }.
    Ask the pediatrician whether { $name } needs it now.
record-catchup-item-unverified = • { $vaccine } (ask the pediatrician whether it is needed)

## The mediator's checklist (bot/core/mediator_card.py)
record-mediator-pick = { $name }: tick every vaccine on the card, then press “Next”.
record-mediator-unpicked = ⬜ { $name }
record-mediator-picked = ☑️ { $name }
record-mediator-next = ➡️ Next: the date ({ $count })
record-mediator-dates-unknown = Dates unknown
record-mediator-saved-many =
    ✅ Recorded for { $name } ({ $count }):
    { $items }
