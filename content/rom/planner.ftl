### Romani draft: awaiting review by a native speaker
## I komandno linija e planerosko (cavororo reminders preview / due): save podsetnici si e čhavoske thaj kana
## bičhalon. Vaš e urednici thaj e operateri; o dad vaj i daj na dikhen kala redovi.

planner-preview-header = Podsetnici vaš o čhavo { $child } ({ $age }), čhib { $language }: { $count ->
    [one] { $count } poruka
   *[other] { $count } poruke
}
planner-preview-line = { $date } { $time }  { $what } · { $stage } · { $state }
planner-preview-none = Naj čhavo { $child }.
planner-due-header = { $date } { $time }: { $families ->
    [one] { $families } familija lel poruka
   *[other] { $families } familije lena poruka
}
planner-due-family = — Familija { $family } ({ $channel }, { $language }, { $time }):
planner-due-none = { $date } { $time }: khanči na bičhalol pe.
planner-due-quiet = { $date } { $time } si ande mirne satura: khanči na bičhalol pe dži { $until }.
planner-due-no-chat = naj čet
planner-due-button = [{ $label }]

planner-stage-before = { $days ->
    [one] { $days } đes angla
   *[other] { $days } đesa angla
}
planner-stage-on = ko đes
planner-stage-followup = { $number }. palem podsetnik
planner-stage-weekly = kurkesko sovet
planner-stage-catchup = nadoknada
planner-stage-again = palem, sar manglja o dad vaj i daj

planner-state-planned = ka planirinel pe
planner-state-pending = planirimo
planner-state-sending = bičhalol pe
planner-state-sent = bičhaldo
planner-state-failed = na uspisajlo
planner-state-cancelled = otkazimo

planner-item-catchup = e vakcine so naj
