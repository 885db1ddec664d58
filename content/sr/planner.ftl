## Komandna linija planera (cavororo reminders preview / due): koji su podsetnici deteta i kada se šalju.
## Za urednike sadržaja i operatere; roditelj ove redove nikad ne vidi.

planner-preview-header = Podsetnici za dete { $child } ({ $age }), jezik { $language }: { $count ->
    [one] { $count } poruka
    [few] { $count } poruke
   *[other] { $count } poruka
}
planner-preview-line = { $date } { $time }  { $what } · { $stage } · { $state }
planner-preview-none = Nema deteta { $child }.
planner-due-header = { $date } { $time }: { $families ->
    [one] { $families } porodica dobija poruku
    [few] { $families } porodice dobijaju poruku
   *[other] { $families } porodica dobija poruku
}
planner-due-family = — Porodica { $family } ({ $channel }, { $language }, { $time }):
planner-due-none = { $date } { $time }: ništa se ne šalje.
planner-due-quiet = { $date } { $time } je u tihim satima: ništa se ne šalje do { $until }.
planner-due-no-chat = nema četa
planner-due-button = [{ $label }]

planner-stage-before = { $days ->
    [one] { $days } dan pre
   *[other] { $days } dana pre
}
planner-stage-on = na sam dan
planner-stage-followup = { $number }. ponovni podsetnik
planner-stage-weekly = nedeljni savet
planner-stage-catchup = nadoknada
planner-stage-again = ponovo, na želju roditelja

planner-state-planned = biće planirano
planner-state-pending = planirano
planner-state-sending = šalje se
planner-state-sent = poslato
planner-state-failed = neuspelo
planner-state-cancelled = otkazano

planner-item-catchup = vakcine koje nedostaju
