## Telegram: the command list in the chat menu, and chats the bot does not talk in

telegram-command-start = Start, or begin again
telegram-command-menu = The main menu
telegram-command-help = What I can do
telegram-command-language = Change the language
telegram-command-pause = Pause the reminders
telegram-command-stop = Stop the reminders
telegram-command-mydata = What do you keep about me?
telegram-command-delete = Delete all my data
telegram-command-privacy = Privacy: what, why, how long
telegram-private-only =
    Hello! I only talk in private chats, so I will stay quiet here.
    Open a private chat with me to get tips for your child.
