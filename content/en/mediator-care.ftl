## Mediators' loose ends (issue 20): hand-over only to an active mediator, the privacy notice when a parent joins
## by invitation, a whole family's card at once. bot/core/fieldwork.py, bot/core/invitations.py,
## bot/core/mediator_card.py

mediator-hand-over-not-active = { $name } has not opened her invitation yet, so the family could not reach her. The family stays with you. Choose another mediator, or ask the coordinator to send her a new invitation.

# Shown to a parent, in writing, right after they open the family's invitation; the privacy notice follows.
invitation-privacy-intro = 🔒 Your mediator read this to you. Here it is in writing:

mediator-family-complete = ✅ Whole family up to today
mediator-family-complete-nothing = No child in this family has a vaccine to record now.
mediator-family-complete-child =
    { $name } ({ $count }):
    { $items }
mediator-family-complete-confirm =
    Are the vaccination cards of { $caregiver }'s children complete up to today? Then I will mark { $count ->
        [one] this vaccine
       *[other] these { $count } vaccines
    } as given (date not known):

    { $children }
mediator-family-complete-yes = ✅ Yes, mark them all
mediator-family-complete-saved = ✅ Recorded for { $caregiver }'s children: { $count ->
        [one] one vaccine
       *[other] { $count } vaccines
    }, date not known. A mistake? Press “Undo”.
mediator-family-complete-undo = ↩️ Undo
mediator-family-complete-undone = ↩️ Removed { $count ->
        [one] one vaccine
       *[other] { $count } vaccines
    }. Reminders for them start again.

## A parent who enrolled alone asks for a mediator; a mediator takes the family (bot/core/mediator_links.py)
mediator-link-offer =
    You do not have a mediator in Čavororo yet. A Roma health mediator of the Zemun health centre can help you with vaccines and doctors.
    If you want one, press the button. Then a mediator will see your children's nicknames, ages and vaccines, and your language. She can write to you here. You can delete everything at any time with /delete.
mediator-link-yes = ✅ Yes, I want a mediator
mediator-link-asked = ✅ I asked the mediators. When one of them takes your family, “🙋 I need my mediator” reaches her.
mediator-link-pending = ⏳ You asked for a mediator. None has taken your family yet. When one does, “🙋 I need my mediator” reaches her.
# The mediator's side
mediator-notice-link-request = 🙋 A family that joined alone asks for a mediator: see your work list.
mediator-link-requests-button = 🙋 Asking for a mediator ({ $count })
mediator-link-requests =
    🙋 Families asking for a mediator (waiting: { $count }). The parent said yes in the chat; take a family and it becomes yours:
    { $items }
mediator-link-line = { $number }. { $children } · { $language } · asked { $date }
mediator-link-child = { $name } ({ $age })
mediator-link-take = 🤝 Take family { $number }
mediator-link-none = No family is asking for a mediator now.
mediator-link-gone = This family is no longer waiting: another mediator took it, or it did not ask.
mediator-link-accepted = ✅ Accepted: the family is now yours. Write down the parent's name and settlement in a note when you know them.

# /mydata, how the mediator came to the family (bot/core/privacy.py): the parent asked in the chat
privacy-consent-method-in-chat = you asked for a mediator in the chat
