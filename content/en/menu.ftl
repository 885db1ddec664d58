## Main menu, help, language choice and shared pieces

menu-title = What would you like? Choose below.
menu-welcome-back = Welcome back! What would you like?
menu-tip = 💡 Tip for my child now
menu-plan = 💉 Vaccines and check-ups
menu-services = 📍 Where to get help
menu-children = 👶 My children
menu-language = 🌐 Language
menu-help = ❓ Help

# Language names stay in their own language and script everywhere.
language-rom = { "Romani čhib" }
language-sr-latn = { "Srpski latinica" }
language-sr-cyrl = { "Српски ћирилица" }
language-en = { "English" }
language-changed = Done: I will write in English now.

button-skip = Skip
button-back-to-menu = ⬅️ Menu
button-cancel = Cancel
button-stale = That button no longer works here. Let's continue.

fallback-not-understood = Sorry, I did not understand. Please choose a button.

help-text =
    I am Čavororo. I help you care for your small child.
    💡 Tips: one idea for your child's age.
    💉 Vaccines: which vaccines and check-ups are due.
    📍 Help: where to go, the address and phone number.
    Type /menu to see the menu at any time, /language to change the language.
    ⚙️ Settings: reminders (pause, stop, day and hour), language, privacy. Or type /pause or /stop.
    🔒 Privacy: what I keep about you and why, and how to see or delete it: the button below.
    I am not a doctor. When your child is ill, press 🤒 My child is ill: when to go at once, what to do at home, whom to call.

## How old a child is
age-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
age-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
age-years-months = { $years ->
    [one] { $years } year
   *[other] { $years } years
}{ $months ->
    [0] {""}
    [one] {" "}and { $months } month
   *[other] {" "}and { $months } months
}

## Naming a child
child-name = { $name }
child-name-unnamed = { $gender ->
        [girl] your daughter born { $born }
        [boy] your son born { $born }
       *[other] your child born { $born }
    }
choose-child-tip = Which child is the tip for?
choose-child-plan = Which child's vaccines do you want to see?
choose-child-date = Whose birth date do you want to change?
choose-child-remove = Which child do you want to remove?
