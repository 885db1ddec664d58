## Privacy: the notice (/privacy), what is stored (/mydata), erasure (/delete). bot/core/privacy.py
## Keep privacy-notice in step with docs/privacy.md.

privacy-notice =
    🔒 Your data and your rights
    What I keep: your children's nicknames and birth dates, whether each is a girl or a boy (if you said), whether a baby was born early, the vaccines you or your health mediator recorded, which tips I sent, your language and your reminder settings. If a health mediator enrolled you, also what she wrote down: the name she uses for you, your settlement, your phone if you gave it, and her notes.
    Why: only to send you tips and reminders that fit your child's age. I never sell or share it, and I show no ads.
    Who sees it: you, your health mediator (only for her own families), and the people who run the bot, when they repair it.
    How long: until you delete it. A child's data is deleted after the child turns 7, and everything is deleted after 2 years without any message from you or your mediator.
    Your rights: /mydata shows everything I keep, also as a file. /delete erases everything at once; this is also how you take back your agreement. Old safety copies disappear within 30 days.
    Questions: ask your health mediator at the Zemun health centre.
privacy-menu-entry = 🔒 Privacy and my data
privacy-button-data = 📋 What do you keep about me?
privacy-button-file = 📎 Send as a file
privacy-button-delete = 🗑 Delete everything

## /mydata
privacy-data-chat-only =
    I keep nothing about you or your children. I only remember this chat and its language ({ $language }), so that I can answer you.
    /delete erases that too.
privacy-language-none = not chosen yet
privacy-data-family =
    📋 What I keep about your family:
    ✅ { $consent }
    🌐 Language: { $language }
    🔔 { $reminders }
    💬 Chats: { $chats }
    ⏳ { $pending ->
        [one] { $pending } reminder is planned and not sent yet.
       *[other] { $pending } reminders are planned and not sent yet.
    }
    👶 { $children ->
        [0] No children recorded.
        [one] { $children } child recorded (below).
       *[other] { $children } children recorded (below).
    }
privacy-data-no-chats = none
privacy-channel-telegram = Telegram
privacy-channel-viber = Viber
privacy-channel-terminal = a terminal on a computer
privacy-channel-other = { $name }
privacy-consent-none = No agreement recorded.
privacy-consent-parent = You agreed on { $date } (privacy notice { $version }).
privacy-consent-mediator = Your health mediator recorded your agreement on { $date } (privacy notice { $version }, { $method }).
privacy-consent-method-in-person = she explained it to you in person
privacy-consent-method-imported = on paper
privacy-consent-method-other = another way
privacy-reminders-on = Weekly tip { $day } at { $hour }:00; reminders are on.
privacy-reminders-paused = Weekly tip { $day } at { $hour }:00; reminders are paused until { $until }.
privacy-reminders-stopped = Reminders are stopped (/stop).
privacy-data-child =
    👶 { $name }: born { $born }. { $early }
    💉 { $vaccines }
    💡 { $tips ->
        [0] No tips sent yet.
        [one] { $tips } tip sent.
       *[other] { $tips } tips sent.
    }
privacy-child-early = Born in week { $weeks } of pregnancy.
privacy-child-on-time = Not recorded as born early.
privacy-child-no-vaccines = No vaccines recorded.
privacy-child-vaccine = { $vaccine }: { $date } ({ $by })
privacy-recorded-by-parent = recorded here in the chat
privacy-recorded-by-mediator = recorded by your health mediator
privacy-recorded-by-other = recorded from a list
privacy-data-mediator =
    🤝 What your health mediator wrote down:
    👤 Name she uses for you: { $caregiver }
    🏘 Settlement: { $settlement }
    📞 Phone: { $phone }
    🌐 Language: { $language }
    ✅ Agreement: { $method }
    📅 Enrolled: { $enrolled }
    📝 Notes:
    { $notes }
    🙋 You pressed “I need my mediator”:
    { $help }
privacy-mediator-no-phone = not given
privacy-mediator-no-date = not recorded
privacy-mediator-no-notes = no notes
privacy-mediator-note = • { $date }: { $text }
privacy-mediator-no-help = never
privacy-mediator-help = • { $date }
privacy-data-rights = That is everything. I can send it as a file, or delete it all.
privacy-file-caption = 📎 Everything I keep about your family, as a file. Keep it safe: it has your children's data.

## /delete
privacy-delete-confirm =
    🗑 Delete everything?
    I will erase your family, your children, the vaccines recorded, your reminders, what your health mediator wrote down, and this chat. This cannot be undone.
privacy-delete-yes = 🗑 Yes, delete everything
privacy-delete-no = No, keep it
privacy-delete-cancelled = All right, I deleted nothing.
privacy-deleted =
    ✅ Done. I erased everything about your family and this chat.
    If you want to start again one day, press the button below or type /start.
