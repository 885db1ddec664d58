### Romani draft: awaiting review by a native speaker
## ⚙️ Podešavanja: podsetnici (pauza, ačhav, đes thaj sato), čhib, privatnost, pomoć

menu-settings = ⚙️ Podešavanja
settings-title = ⚙️ Podešavanja: podsetnici, čhib, privatnost thaj pomoć. Alosar tele.
settings-reminders = 🔔 Podsetnici
settings-language = 🌐 Čhib
settings-privacy = 🔒 Privatnost
settings-help = ❓ Pomoć
settings-reminders-on = 🔔 E podsetnici ćeren buti.
settings-reminders-paused = ⏸ E podsetnici si ačhavde dži { $date }.
settings-reminders-stopped = ⏹ E podsetnici si ačhavde.
settings-reminders-weekly = 📅 O savet e kurkesko avel { $day } ko { $hour }:00, e podsetnici ko { $hour }:00.
settings-button-pause = ⏸ Pauza
settings-button-stop = ⏹ Ačhav
settings-button-day = 📅 Đes
settings-button-hour = 🕙 Sato
settings-button-back = ⬅️ Podešavanja
settings-ask-day = Savo đes te avel o savet e kurkesko?
settings-ask-hour = Ko savo sato te aven e saveti thaj e podsetnici? (beogradsko vrjama)
settings-hour = { $hour }:00
settings-saved = ✅ Ćerdem.
settings-day-mon = Ponedeljak
settings-day-tue = Utorak
settings-day-wed = Sreda
settings-day-thu = Četvrtak
settings-day-fri = Petak
settings-day-sat = Subota
settings-day-sun = Nedelja
