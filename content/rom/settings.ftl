### Romani draft: awaiting review by a native speaker
## ⚙️ Podešavanja: podsetnici (pauza, ačhav, đes thaj sato), čhib, privatnost, žutipe

menu-settings = ⚙️ Podešavanja
settings-title = ⚙️ Podešavanja: podsetnici, čhib, privatnost thaj žutipe. Alosar tele.
settings-reminders = 🔔 Podsetnici
settings-language = 🌐 Čhib
settings-privacy = 🔒 Privatnost
settings-help = ❓ Žutipe
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
settings-day-mon = Luja
settings-day-tue = Marci
settings-day-wed = Tetradži
settings-day-thu = Žoja
settings-day-fri = Paraštuj
settings-day-sat = Savato
settings-day-sun = Kurko
