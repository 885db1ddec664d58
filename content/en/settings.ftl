## ⚙️ Settings: reminders (pause, stop, day and hour), language, privacy, help

menu-settings = ⚙️ Settings
settings-title = ⚙️ Settings: reminders, language, privacy and help. Choose below.
settings-reminders = 🔔 Reminders
settings-language = 🌐 Language
settings-privacy = 🔒 Privacy
settings-help = ❓ Help
settings-reminders-on = 🔔 Reminders are on.
settings-reminders-paused = ⏸ Reminders are paused until { $date }.
settings-reminders-stopped = ⏹ Reminders are off.
settings-reminders-weekly = 📅 The weekly tip comes { $day } at { $hour }:00; reminders come at { $hour }:00.
settings-button-pause = ⏸ Pause
settings-button-stop = ⏹ Stop
settings-button-day = 📅 Day
settings-button-hour = 🕙 Hour
settings-button-back = ⬅️ Settings
settings-ask-day = On which day should the weekly tip come?
settings-ask-hour = At what hour should tips and reminders come? (Belgrade time)
settings-hour = { $hour }:00
settings-saved = ✅ Saved.
settings-day-mon = Monday
settings-day-tue = Tuesday
settings-day-wed = Wednesday
settings-day-thu = Thursday
settings-day-fri = Friday
settings-day-sat = Saturday
settings-day-sun = Sunday
