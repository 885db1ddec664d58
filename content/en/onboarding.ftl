## Onboarding: language, privacy, first child

onboarding-choose-language =
    Čavororo 👶
    { "Alosar čhib · Izaberi jezik · Choose a language" }
onboarding-privacy-notice =
    🔒 Before we start:
    I keep only what you tell me about your child: a nickname, whether it is a girl or a boy, the birth date and whether the baby was born early.
    I use it only to send you tips and vaccine reminders.
    Only you, and the health mediator if she helped you, can see it. You can delete everything at any time.
    Do you agree?
onboarding-consent-yes = ✅ Yes, I agree
onboarding-consent-no = ❌ No, thank you
onboarding-declined =
    All right. I keep nothing about your child.
    If you change your mind, press the button below or type /start.
onboarding-start-again = Start again
onboarding-consent-thanks = Thank you! Now tell me about your child.
onboarding-done = 🎉 You are ready! Start with “💡 Tip for my child now”.

## Entering a child
child-ask-nickname = What do you call your child? Type a nickname, or press “Skip”.
child-nickname-invalid = Please type a short nickname (at most { $max } letters), or press “Skip”.
child-ask-birth-date =
    When was your child born? Type the date: day, month, year.
    For example: { $example }
child-ask-birth-date-named =
    When was { $name } born? Type the date: day, month, year.
    For example: { $example }
birth-date-error-date-unreadable =
    I could not read that date. Type day, month, year with dots.
    For example: { $example }
birth-date-error-date-impossible =
    That day does not exist in the calendar. Please check the day and the month.
    For example: { $example }
birth-date-error-date-future =
    That date is in the future. Type the day your child was born.
    For example: { $example }
birth-date-error-date-too-old =
    That is more than 7 years ago. I help with children up to 7 years old. Please check the year.
    For example: { $example }
child-ask-early = Born on { $born }. Was the baby born early, before the 37th week of pregnancy?
child-early-no = No, on time
child-early-yes = Yes, early
child-early-unknown = I don't know
child-ask-weeks = In which week of pregnancy was the baby born? Type a number, for example 34. Or press “Skip”.
child-weeks-invalid = Please type the week as a number from 22 to 36, or press “Skip”.
child-added = ✅ Saved: { $name }, { $age } old.
