## Gde da potražim pomoć: kategorije i kartice službi

services-intro = Gde ti treba pomoć? Izaberi. Ili pošalji svoju lokaciju (📎 → Lokacija) da vidiš najbliža mesta.
services-more = Treba li još nešto?
services-nearest = { $count ->
    [0] Još ne znam lokaciju nijednog mesta.
    [one] Najbliže mesto:
    [few] { $count } najbliža mesta:
   *[other] { $count } najbližih mesta:
}
service-card-address = 📍 { $address }
service-card-address-check = 📍 { $address } (proveri telefonom)
service-card-phone = ☎️ { $phone }
service-card-phone-check = ☎️ { $phone } (broj nije potvrđen)
service-card-hours =
    🕘 Radno vreme:
    { $hours }
service-card-hours-check =
    🕘 Radno vreme (proveri telefonom):
    { $hours }
service-card-hours-unknown = 🕘 Radno vreme nije poznato: pozovi pre nego što kreneš.
service-card-no-contact = Pitaj zdravstvenu medijatorku kako da ih nađeš.
service-card-offers = ✔️ { $offers }
service-card-documents = 📄 Ponesi: { $documents }
service-card-romani = 🗣 Ovde se govori romski.
service-card-website = 🌐 { $url }
service-card-distance = 🚶 { $distance } od tebe
service-card-pin-approximate = Oznaka na mapi je približna.

distance-metres = { $metres } m
distance-kilometres = { $whole },{ $tenth } km

hours-always-open = Otvoreno dan i noć, svaki dan
hours-every-day = Svaki dan { $times }
hours-day = { $day } { $times }
hours-days = { $first }–{ $last } { $times }
hours-closed-otherwise = Ostalim danima: zatvoreno.

weekday-mon = pon
weekday-tue = uto
weekday-wed = sre
weekday-thu = čet
weekday-fri = pet
weekday-sat = sub
weekday-sun = ned
