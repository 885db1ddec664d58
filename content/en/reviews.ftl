## Mediators review and record the Romani texts in the chat ("🗣 Romani texts", docs/mediators.md)

mediator-menu-romani = 🗣 Romani texts
review-item =
    🗣 Romani ({ $left } left to check):
    { $romani }

    Serbian: { $serbian }

    ({ $id }) Is the Romani right?
review-button-correct = ✅ Correct
review-button-write = ✏️ Write it better
review-button-record = 🎙 Record it
review-button-skip = ⏭ Skip
review-button-next = ▶️ Next text
review-thanks-text = 🙏 Thank you! An editor will look at your text. Do you want to record it too?
review-button-cancel = ↩️ Back
review-thanks = 🙏 Thank you! An editor will look at it. Here is the next one.
review-thanks-voice = 🙏 Thank you! I kept your recording for an editor. Here is the next one.
review-ask-text =
    ✏️ Write this message better, as the Roma in Zemun say it. Keep the parts in curly brackets as they are.

    { $romani }
review-ask-voice =
    🎙 Hold the microphone and read this message aloud (at most { $seconds } seconds):

    { $romani }
review-text-refused = Please write the message (at most { $max } letters), or press “↩️ Back”.
review-voice-refused = The recording is too long. Please read it again, at most { $seconds } seconds.
review-voice-expected = 🎙 Please send a voice message (hold the microphone), or press “↩️ Back”.
review-voice-unexpected = I got your voice message, but I keep recordings only from “🗣 Romani texts” → “🎙 Record it”.
review-none-left = ✅ There is no Romani text left for you to check now. Thank you!

# The mediator is thanked once an editor applied her proposal (`cavororo content reviews apply`, bot/mediator_notices.py).
mediator-notice-review-applied = 🙏 Thank you! An editor has put what you proposed in “🗣 Romani texts” into the bot: parents who read Romani get it now.
