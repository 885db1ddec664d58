## Health mediators: menu, enrolling a family, invitations, my families, work list

# A button in the parent's menu
menu-mediator = 🙋 I need my mediator
mediator-help-sent = ✅ I told your mediator. She will call or write to you as soon as she can.
mediator-help-none = You do not have a mediator in Čavororo yet. You can find help under “📍 Where to get help”.

## Invitations (before a language is chosen the message is in all three languages)
invitation-unknown-any =
    { "Kava akharipe naj čačo. Phuč e medijatorka vaš nevo." }
    { "Ova pozivnica ne važi. Zatraži novu od medijatorke." }
    { "This invitation is not valid. Ask your mediator for a new one." }
invitation-used-any =
    { "Kava akharipe si iskoristime. Phuč e medijatorka vaš nevo." }
    { "Ova pozivnica je već iskorišćena. Zatraži novu od medijatorke." }
    { "This invitation was already used. Ask your mediator for a new one." }
invitation-expired-any =
    { "Kava akharipe maj na važi. Phuč e medijatorka vaš nevo." }
    { "Ova pozivnica je istekla ili je zamenjena novom. Zatraži novu od medijatorke." }
    { "This invitation has expired or was replaced. Ask your mediator for a new one." }
invitation-unknown = This invitation is not valid. Ask your mediator for a new one.
invitation-used = This invitation was already used. Ask your mediator for a new one.
invitation-expired = This invitation has expired or was replaced. Ask your mediator for a new one.
invitation-family-welcome =
    👋 Welcome to Čavororo! Your mediator has already entered your children, you do not need to type anything.
    I will send you tips and vaccine reminders. Choose below what you need.
invitation-family-in-mediator-chat =
    This is a family's invitation: the parent should open it on their own phone. The invitation still works.
mediator-welcome-any = { "Lačho avilan! · Dobro došla! · Welcome!" } 🩺
mediator-welcome = 🩺 Welcome! This chat is now your mediator chat.

## The mediator's menu
mediator-menu-title = 🩺 { $name }, what shall we do?
mediator-menu-enrol = ➕ Enrol a family
mediator-menu-worklist = 📋 Work list
mediator-menu-families = 👪 My families
mediator-menu-find = 🔎 Search
mediator-notices = { $count ->
    [one] 🔔 { $count } new notice: see your work list.
   *[other] 🔔 { $count } new notices: see your work list.
}
mediator-help-text =
    ➕ Enrol a family: nickname, language, phone, settlement, children, consent. At the end you get the parent's invitation.
    📋 Work list: families with an overdue vaccine, who do not answer or who ask for help.
    👪 My families: every child and their age.
    You see and change only your own families. Everything you do is recorded.
mediator-not-your-family = That is not one of your families, or this button no longer works.
mediator-name = { $name }
mediator-settlement = { $name }
mediator-settlement-other = Another place

## Enrolling a family
mediator-enrol-ask-caregiver = What should we call the parent? Type a nickname (no need for the full name).
mediator-enrol-caregiver-invalid = Type a short nickname, at most { $max } letters.
mediator-enrol-ask-language = Which language and script should I use for { $caregiver }?
mediator-enrol-ask-phone = The parent's phone number? Type it or press “Skip”.
mediator-enrol-phone-invalid = That does not look like a phone number. For example: 064 123 4567. Or press “Skip”.
mediator-enrol-ask-settlement = Which settlement does the family live in?
mediator-enrol-ask-child = First child: type a nickname or press “Skip”.
mediator-enrol-ask-next-child = Next child: type a nickname or press “Skip”.
mediator-enrol-ask-more = { $count ->
    [one] { $count } child entered. Are there more children under 7?
   *[other] { $count } children entered. Are there more children under 7?
}
mediator-enrol-another-child = ➕ Another child
mediator-enrol-no-more-children = ✅ That is all
mediator-child-line = 👶 { $name }: { $age } (born { $born })
mediator-enrol-summary =
    Please check:
    👤 { $caregiver }
    🌐 { $language }
    📞 { $phone }
    🏘 { $settlement }
    { $children }
mediator-enrol-ask-consent =
    🔒 Read the privacy notice to the parent. We keep: the name you use for the parent, the settlement, the phone if they give it, and your notes; for each child the nickname, girl or boy (if they say), the birth date, whether the baby was born early, and the vaccines recorded.
    Only for tips and reminders. Only the parent, you and the people who run the bot see it. The parent can delete everything at any time with /delete. They also get this notice in writing when they open the invitation.
    Did the parent understand and agree?
mediator-enrol-consent-yes = ✅ Explained, parent agrees
mediator-enrol-done = 🎉 The family is enrolled.

## The family's invitation
mediator-invitation-family = The parent's invitation works until { $until } and can be used once.
mediator-invitation-viber = Viber: { $link }
mediator-invitation-telegram = Telegram: { $link }
mediator-invitation-code = Code for the terminal: { "/start" } { $code }
mediator-invitation-qr = Let the parent scan the code in the picture with the phone's camera: the one under the name of their app.
mediator-invitation-replaced = 🔁 A new invitation. The old one no longer works.
# `cavororo chat` (the terminal) shows a file the bot made for the chat (the QR picture, a data export) as this line.
mediator-terminal-file = 📎 [file: { $name }, { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}]
mediator-family-open = 👪 Family

## My families and search
mediator-child-short = { $name } ({ $age })
mediator-family-line = • { $caregiver }: { $children }: { $status }
mediator-family-button = { $caregiver }
mediator-families = { $count ->
    [one] You have { $count } family:
   *[other] You have { $count } families:
}
    { $items }
mediator-families-none = You have not enrolled any family yet. Start with “➕ Enrol a family”.
mediator-families-more = ➡️ More
mediator-search-ask = Type the nickname of a parent or a child (or part of it).
mediator-search-none = I found none of your families with that nickname.
mediator-search-found = { $count ->
    [one] I found { $count } family:
   *[other] I found { $count } families:
}
    { $items }
mediator-status-ok = ✅ fine
mediator-status-help = 🙋 asks for help
mediator-status-overdue = ⚠️ vaccine overdue
mediator-status-not-yet = ⏳ “not yet” twice
mediator-status-unreachable = 📵 not receiving messages
mediator-status-not-opened = ✉️ invitation not opened

## Work list
mediator-worklist-empty = 🎉 Your work list is empty: no family is waiting for you now.
mediator-worklist = { $count ->
    [one] 📋 { $count } family needs you, most urgent first:
   *[other] 📋 { $count } families need you, most urgent first:
}
    { $items }
mediator-worklist-line = • { $caregiver }: { $reasons }
mediator-reason-help = 🙋 asks for help
mediator-reason-overdue = { $doses ->
    [one] ⚠️ { $doses } vaccine overdue ({ $days } { $days ->
        [one] day
       *[other] days
    })
   *[other] ⚠️ { $doses } vaccines overdue (longest { $days } { $days ->
        [one] day
       *[other] days
    })
}
mediator-reason-not-yet = ⏳ answered “not yet” twice to a reminder
mediator-reason-unreachable = 📵 the bot was blocked or unsubscribed
mediator-reason-not-opened = ✉️ invitation not opened after a day

## One family
mediator-family-card =
    👤 { $caregiver } · 🏘 { $settlement }
    📞 { $phone } · 🌐 { $language }
    { $children }
    Status: { $status }
mediator-notes =
    📝 Notes:
    { $items }
mediator-note-line = • { $date }: { $text }
mediator-record-vaccination = 💉 Record a vaccine
mediator-add-note = 📝 Note
mediator-parent-view = 👁 What the parent sees
mediator-parent-view-header = 👁 This is what the parent ({ $caregiver }) sees:
mediator-new-invitation = 🔁 New invitation
mediator-hand-over = 🤝 Hand to another mediator
mediator-help-handled = ✅ Help given
mediator-help-marked-handled = ✅ Noted: help was given.
mediator-note-ask = Type a note about { $caregiver }. No diagnoses, please.
mediator-note-invalid = A note can have at most { $max } characters.
mediator-note-saved = 📝 Note saved.

## Recording a vaccine
mediator-vaccination-which-child = Which child are you recording a vaccine for?
mediator-vaccination-which-dose = Which vaccine did { $name } get?
mediator-vaccination-nothing-open = { $name } has no vaccine to record now.
mediator-vaccination-ask-date = On which day was the child vaccinated? Type the date (day.month.year) or press “Today”.
mediator-vaccination-today = 📅 Today
mediator-vaccination-before-birth = That day is before the child was born ({ $born }). Please check the date.
mediator-vaccination-saved = ✅ Recorded: { $name }, { $vaccine }, { $date }.

## Handing a family over
mediator-hand-over-to-whom = Which mediator should take over { $caregiver }'s family?
mediator-hand-over-nobody = There is no other active mediator to hand the family to.
mediator-handed-over = 🤝 { $caregiver }'s family is now with { $name }.

## Notices to the mediator (sent on their own)
mediator-notice-help = 🙋 { $caregiver }'s family asks for your help.
mediator-notice-handed-over = 🤝 You have a new family: { $caregiver }.
