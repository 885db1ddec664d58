## Where to get help: categories and service cards

services-intro = Where do you need help? Choose. Or share your location (📎 → Location) to see the nearest places.
services-more = Anything else?
services-nearest = { $count ->
    [0] I do not know the location of any place yet.
    [one] The nearest place:
   *[other] The { $count } nearest places:
}
service-card-address = 📍 { $address }
service-card-address-check = 📍 { $address } (please check by phone)
service-card-phone = ☎️ { $phone }
service-card-phone-check = ☎️ { $phone } (number not confirmed)
service-card-hours =
    🕘 Open:
    { $hours }
service-card-hours-check =
    🕘 Open (please check by phone):
    { $hours }
service-card-hours-unknown = 🕘 Opening hours unknown: call before you go.
service-card-no-contact = Ask your health mediator how to reach them.
service-card-offers = ✔️ { $offers }
service-card-documents = 📄 Bring: { $documents }
service-card-romani = 🗣 Romani is spoken here.
service-card-website = 🌐 { $url }
service-card-distance = 🚶 { $distance } from you
service-card-pin-approximate = The pin on the map is approximate.

distance-metres = { $metres } m
distance-kilometres = { $whole }.{ $tenth } km

hours-always-open = Open day and night, every day
hours-every-day = Every day { $times }
hours-day = { $day } { $times }
hours-days = { $first }–{ $last } { $times }
hours-closed-otherwise = Other days: closed.

weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
