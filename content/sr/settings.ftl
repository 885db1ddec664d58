## ⚙️ Podešavanja: podsetnici (pauza, isključi, dan i sat), jezik, privatnost, pomoć

menu-settings = ⚙️ Podešavanja
settings-title = ⚙️ Podešavanja: podsetnici, jezik, privatnost i pomoć. Izaberi dole.
settings-reminders = 🔔 Podsetnici
settings-language = 🌐 Jezik
settings-privacy = 🔒 Privatnost
settings-help = ❓ Pomoć
settings-reminders-on = 🔔 Podsetnici su uključeni.
settings-reminders-paused = ⏸ Podsetnici su pauzirani do { $date }.
settings-reminders-stopped = ⏹ Podsetnici su isključeni.
settings-reminders-weekly = 📅 Nedeljni savet stiže { $day } u { $hour }:00, a podsetnici u { $hour }:00.
settings-button-pause = ⏸ Pauza
settings-button-stop = ⏹ Isključi
settings-button-day = 📅 Dan
settings-button-hour = 🕙 Sat
settings-button-back = ⬅️ Podešavanja
settings-ask-day = Kog dana da stiže nedeljni savet?
settings-ask-hour = U koliko sati da stižu saveti i podsetnici? (po beogradskom vremenu)
settings-hour = { $hour }:00
settings-saved = ✅ Sačuvano.
settings-day-mon = Ponedeljak
settings-day-tue = Utorak
settings-day-wed = Sreda
settings-day-thu = Četvrtak
settings-day-fri = Petak
settings-day-sat = Subota
settings-day-sun = Nedelja
