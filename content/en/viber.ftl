## Viber only: the menu button and short notes about messages the bot cannot read

# The button under a message that has no buttons of its own: opens the menu (or repeats the question).
viber-button-menu = ☰ Menu
viber-contact-not-needed = Thank you, but I do not need contacts. Please choose a button or type your answer.
viber-message-unsupported = I can read only text, buttons and a shared location. Please choose a button or type your answer.
# A file made for this chat (a QR picture, a data export) could not be attached: the server has no public address for files.
viber-attachment-unavailable = 📎 I could not attach this message's picture or file here in Viber. Please tell the team that runs Čavororo.
