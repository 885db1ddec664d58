## Saveti i plan vakcinacije

tip-header = 💡 { $name }, { $age }:
tip-none-left = Za { $name } nema više novih saveta za ovaj uzrast. Novi stižu kako dete raste.

plan-header = 💉 Vakcine: { $name } ({ $age })
plan-overdue =
    ⚠️ Kasni, još nije upisano:
    { $items }
    Nije kasno! Pitaj pedijatra ili zdravstvenu medijatorku za nadoknadu vakcina.
plan-item-overdue = • { $name } (trebalo je do { $since })
plan-due =
    🔔 Sada je vreme:
    { $items }
plan-item-due = • { $name } (do { $until })
plan-next =
    🗓 Sledeće:
    { $items }
plan-item-next = • { $name }: od { $date }
plan-done =
    ✅ Urađeno:
    { $items }
plan-item-done = • { $name } ({ $date })
plan-item-at-birth = • { $name }
plan-at-birth =
    🏥 Obično se daje u porodilištu (proveri vakcinalni karton):
    { $items }
plan-nothing = Sve vakcine do škole su urađene. Bravo!
plan-checkups =
    🩺 Pregledi:
    { $items }
plan-item-visit-due = • { $name } (do { $until })
plan-item-visit-next = • { $name }: od { $date }
plan-unverified-mark = { $name } *
plan-unverified-note = * Još nije potvrđeno za ovaj kalendar: pitaj pedijatra.
plan-footer = Ponesi zdravstvenu knjižicu i vakcinalni karton. Pedijatar odlučuje; ovaj plan prati kalendar vakcinacije Srbije.
