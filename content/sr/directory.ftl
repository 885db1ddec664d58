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

## Kartica službe: dugmad, da li sada radi, poziv, šta da poneseš

services-nearest-categories = Izaberi šta ti treba: mesta ću poređati od najbližeg.
services-button-back-to-list = ⬅️ Nazad na spisak
service-button-pin = 📍 Mapa
service-button-call = ☎️ Pozovi
service-button-documents = 📄 Šta da ponesem?
service-button-more = ℹ️ Više
service-card-landmark = 🔎 { $landmark }
service-card-checked = Podaci provereni { $date }
service-card-never-checked = ⚠️ Ove podatke još niko nije proverio telefonom.

service-status-always = 🟢 Radi dan i noć
service-status-open = 🟢 Sada radi, do { $until }
service-status-opens-today = 🟡 Sada ne radi. Otvara se danas u { $time }
service-status-closed-now = 🔴 Za danas je zatvoreno.
service-status-closed-today = 🔴 Danas ne radi.
service-status-holiday = 🔴 Danas je praznik: ne radi.
service-status-holiday-unknown = 🟡 Danas je praznik: pozovi da proveriš da li rade.
service-status-next = { $status } Otvara se { $next }
service-status-unconfirmed = { $status } (proveri telefonom)
service-next-tomorrow = sutra u { $time }
service-next-day = { $day } u { $time }
service-on-duty = 🚑 Kad je zatvoreno, radi dežurna služba.
service-on-duty-check = 🚑 Kad je zatvoreno, radi dežurna služba (proveri telefonom).

weekday-on-mon = u ponedeljak
weekday-on-tue = u utorak
weekday-on-wed = u sredu
weekday-on-thu = u četvrtak
weekday-on-fri = u petak
weekday-on-sat = u subotu
weekday-on-sun = u nedelju

service-call-intro = ☎️ Broj za: { $name }
service-call-unconfirmed = Ovaj broj još nije potvrđen: ako se niko ne javi, pitaj zdravstvenu medijatorku.
service-call-extension = Kad pozoveš { $phone }, traži lokal { $extension }.
service-call-number = { $phone }

service-documents-title = 📄 Šta da poneseš: { $name }
service-documents-list = { $documents }
service-documents-item = • { $document }
service-documents-check = Ovaj spisak nije potvrđen: pitaj telefonom da li treba još nešto.
