### Romani draft: awaiting review by a native speaker
## Kaj te rodes pomoć

services-intro = Kaj trebul tuće pomoć? Alosar. Vaj bičhal tli lokacija (📎 → Lokacija) te dikhes so si maj pašal.
services-more = Trebul vi vareso?
services-nearest = { $count ->
    [0] Inćar na džanav i lokacija niso thanesko.
    [one] Maj pašal than:
   *[other] { $count } maj pašal thana:
}
service-card-address = 📍 { $address }
service-card-address-check = 📍 { $address } (pučh telefonosa)
service-card-phone = ☎️ { $phone }
service-card-phone-check = ☎️ { $phone } (o numero naj potvrdimo)
service-card-hours =
    🕘 Putardo:
    { $hours }
service-card-hours-check =
    🕘 Putardo (pučh telefonosa):
    { $hours }
service-card-hours-unknown = 🕘 Na džanav kana si putardo: akhar angla sode te džas.
service-card-no-contact = Pučh e medijatorka sar te arakhes len.
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

weekday-mon = pon
weekday-tue = uto
weekday-wed = sre
weekday-thu = čet
weekday-fri = pet
weekday-sat = sub
weekday-sun = ned
