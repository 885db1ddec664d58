## 🔊 Voice messages (issue 20): the choice in ⚙️ Settings → 🔔 Reminders

settings-voice-on = 🔊 Voice messages: on. When a weekly message has a recording in your language, it also comes as a voice message.
settings-voice-off = 🔇 Voice messages: off.
settings-button-voice-on = 🔊 Also send voice messages
settings-button-voice-off = 🔇 No voice messages
