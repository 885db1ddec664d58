## Everyday conversation: a date typed as the name, everyday dates, welcome back, far away, voice notes

conversation-name-looks-like-date = “{ $typed }” looks like a date. Is it the birth date ({ $born })?
conversation-it-is-the-birth-date = 📅 Yes, birth date
conversation-it-is-the-name = ✏️ No, it is the name
conversation-date-read = 📅 Born on { $born }.
birth-date-error-date-year-missing =
    Which year? Type the day, month and year.
    For example: { $example }
reminders-date-error-year-missing =
    Which year? Type the day, month and year.
    For example: { $example }
invitation-welcome-back = 👋 Welcome back! This invitation is already yours. Choose below what you need.
services-only-zemun =
    I only know places in Zemun, and you are far from them.
    In an emergency call 194. Choose below to see the places in Zemun.
service-card-call-now = 📞 Call { $phone }
message-unsupported = I can read only text, buttons and a shared location. Please choose a button or type your answer.
invitation-join-question =
    You already have a family here: { $children }. This invitation is for the family your mediator entered.
    Put your children together in one family, or keep yours as it is?
invitation-join-merge = 🔗 One family
invitation-join-keep = 🏠 Keep mine
invitation-join-merged = ✅ Done: one family. Your mediator's family and your children are together. Choose below what you need.
invitation-join-kept = OK, nothing changed. Your family stays as it was.
