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

## A service's card: buttons, open now, call, what to bring

services-nearest-categories = Choose what you need: I will list the places nearest first.
services-button-back-to-list = ⬅️ Back to the list
service-button-pin = 📍 Map
service-button-call = ☎️ Call
service-button-documents = 📄 What do I bring?
service-button-more = ℹ️ More
service-card-landmark = 🔎 { $landmark }
service-card-checked = Details checked on { $date }
service-card-never-checked = ⚠️ Nobody has checked these details by phone yet.

service-status-always = 🟢 Open day and night
service-status-open = 🟢 Open now, until { $until }
service-status-opens-today = 🟡 Closed now. Opens today at { $time }
service-status-closed-now = 🔴 Closed for today.
service-status-closed-today = 🔴 Closed today.
service-status-holiday = 🔴 Public holiday today: closed.
service-status-holiday-unknown = 🟡 Public holiday today: call to check whether they are open.
service-status-next = { $status } Opens { $next }
service-status-unconfirmed = { $status } (please check by phone)
service-next-tomorrow = tomorrow at { $time }
service-next-day = { $day } at { $time }
service-on-duty = 🚑 When it is closed, an on-duty service works.
service-on-duty-check = 🚑 When it is closed, an on-duty service works (please check by phone).

weekday-on-mon = on Monday
weekday-on-tue = on Tuesday
weekday-on-wed = on Wednesday
weekday-on-thu = on Thursday
weekday-on-fri = on Friday
weekday-on-sat = on Saturday
weekday-on-sun = on Sunday

service-call-intro = ☎️ The number for: { $name }
service-call-unconfirmed = This number is not confirmed yet: if nobody answers, ask your health mediator.
service-call-extension = When you call { $phone }, ask for extension { $extension }.
service-call-number = { $phone }

service-documents-title = 📄 What to bring: { $name }
service-documents-list = { $documents }
service-documents-item = • { $document }
service-documents-check = This list is not confirmed: ask by phone whether you need anything else.
