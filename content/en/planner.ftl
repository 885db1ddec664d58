## The planner's command line (cavororo reminders preview / due): what a child's reminders are and when they go
## out. For content editors and operators; the parent never sees these lines.

planner-preview-header = Reminders for child { $child } ({ $age }), in { $language }: { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
planner-preview-line = { $date } { $time }  { $what } · { $stage } · { $state }
planner-preview-none = There is no child { $child }.
planner-due-header = { $date } { $time }: { $families ->
    [one] one family gets a message
   *[other] { $families } families get a message
}
planner-due-family = — Family { $family } ({ $channel }, { $language }, { $time }):
planner-due-none = { $date } { $time }: nothing goes out.
planner-due-quiet = { $date } { $time } is in the quiet hours: nothing goes out until { $until }.
planner-due-no-chat = no chat
planner-due-button = [{ $label }]

planner-stage-before = { $days ->
    [one] { $days } day before
   *[other] { $days } days before
}
planner-stage-on = on the day
planner-stage-followup = follow-up { $number }
planner-stage-weekly = weekly tip
planner-stage-catchup = catch-up
planner-stage-again = again at the parent's wish

planner-state-planned = to be planned
planner-state-pending = planned
planner-state-sending = being sent
planner-state-sent = sent
planner-state-failed = failed
planner-state-cancelled = cancelled

planner-item-catchup = the missing vaccines
