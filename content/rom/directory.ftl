### Romani draft: awaiting review by a native speaker
## Kaj te rodes žutipe

services-intro = Kaj trebul tuće žutipe? Alosar. Vaj bičhal tli lokacija (📎 → Lokacija) te dikhes so si maj pašal.
services-more = Trebul vi vareso?
services-nearest = { $count ->
    [0] Još na džanav i lokacija niso thanesko.
    [one] Maj pašal than:
   *[other] { $count } maj pašal thana:
}
service-card-address = 📍 { $address }
service-card-address-check = 📍 { $address } (phuč telefonosa)
service-card-phone = ☎️ { $phone }
service-card-phone-check = ☎️ { $phone } (o numero naj potvrdimo)
service-card-hours =
    🕘 Putardo:
    { $hours }
service-card-hours-check =
    🕘 Putardo (phuč telefonosa):
    { $hours }
service-card-hours-unknown = 🕘 Na džanav kana si putardo: akhar angla sode te džas.
service-card-no-contact = Phuč e medijatorka sar te arakhes len.
service-card-offers = ✔️ { $offers }
service-card-documents = 📄 Le tusa: { $documents }
service-card-romani = 🗣 Akate vakerel pe romanes.
service-card-website = 🌐 { $url }
service-card-distance = 🚶 { $distance } katar tu
service-card-pin-approximate = O than ki mapa si pašal, na tačno.

distance-metres = { $metres } m
distance-kilometres = { $whole },{ $tenth } km

hours-always-open = Putardo đes thaj rjat, sako đes
hours-every-day = Sako đes { $times }
hours-day = { $day } { $times }
hours-days = { $first }–{ $last } { $times }
hours-closed-otherwise = Aver đesa: phandado.

weekday-mon = luja
weekday-tue = marci
weekday-wed = tetradži
weekday-thu = žoja
weekday-fri = paraštuj
weekday-sat = savato
weekday-sun = kurko

## E službakri kartica: dugmad, si li putardo, akharipe, so te les tusa

services-nearest-categories = Alosar so trebul tuće: sikavava e thana katar o maj pašal.
services-button-back-to-list = ⬅️ Palpale ko spisko
service-button-pin = 📍 Mapa
service-button-call = ☎️ Akhar
service-button-documents = 📄 So te lav mansa?
service-button-more = ℹ️ Maj but
service-card-landmark = 🔎 { $landmark }
service-card-checked = Proverime { $date }
service-card-never-checked = ⚠️ Khonik još na proverinda kala podatkura telefonosa.

service-status-always = 🟢 Putardo đes thaj rjat
service-status-open = 🟢 Akana si putardo, dži { $until }
service-status-opens-today = 🟡 Akana si phandado. Putarel pe ađes ko { $time }
service-status-closed-now = 🔴 Ađes maj naj putardo.
service-status-closed-today = 🔴 Ađes naj putardo.
service-status-holiday = 🔴 Ađes si praznik: phandado.
service-status-holiday-unknown = 🟡 Ađes si praznik: akhar te dikhes si li putardo.
service-status-next = { $status } Putarel pe { $next }
service-status-unconfirmed = { $status } (phuč telefonosa)
service-next-tomorrow = taha ko { $time }
service-next-day = { $day }, ko { $time }
service-on-duty = 🚑 Kana si phandado, ćerel buti i dežurna služba.
service-on-duty-check = 🚑 Kana si phandado, ćerel buti i dežurna služba (phuč telefonosa).

weekday-on-mon = luja
weekday-on-tue = marci
weekday-on-wed = tetradži
weekday-on-thu = žoja
weekday-on-fri = paraštuj
weekday-on-sat = savato
weekday-on-sun = kurko

service-call-intro = ☎️ O numero vaš: { $name }
service-call-unconfirmed = Kava numero još naj potvrdimo: te khonik na del duma, phuč e medijatorka.
service-call-extension = Kana akhares { $phone }, rod o lokal { $extension }.
service-call-number = { $phone }

service-documents-title = 📄 So te les tusa: { $name }
service-documents-list = { $documents }
service-documents-item = • { $document }
service-documents-check = Kava spisko naj potvrdimo: phuč telefonosa trebul li vi vareso.
