## Tips and the vaccine plan

tip-header = 💡 { $name }, { $age }:
tip-none-left = You have read all the tips for { $name }'s age. New ones come as the child grows.

plan-header = 💉 Vaccines for { $name } ({ $age }):
plan-overdue =
    ⚠️ Late, not yet recorded:
    { $items }
    It is not too late! Ask the pediatrician or the health mediator about catch-up doses.
plan-item-overdue = • { $name } (was due by { $since })
plan-due =
    🔔 Due now:
    { $items }
plan-item-due = • { $name } (by { $until })
plan-next =
    🗓 Next:
    { $items }
plan-item-next = • { $name }: from { $date }
plan-done =
    ✅ Done:
    { $items }
plan-item-done = • { $name } ({ $date })
plan-item-at-birth = • { $name }
plan-at-birth =
    🏥 Usually given in the maternity ward (check the vaccination card):
    { $items }
plan-nothing = All vaccines up to school age are done. Well done!
plan-checkups =
    🩺 Check-ups:
    { $items }
plan-item-visit-due = • { $name } (by { $until })
plan-item-visit-next = • { $name }: from { $date }
plan-unverified-mark = { $name } *
plan-unverified-note = * Not yet confirmed for this calendar: ask your pediatrician.
plan-footer = Take the health card and the vaccination card. The pediatrician decides; this plan follows the Serbian calendar.
