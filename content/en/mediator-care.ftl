## Mediators' loose ends (issue 20): hand-over only to an active mediator, the privacy notice when a parent joins
## by invitation, a whole family's card at once. bot/core/fieldwork.py, bot/core/invitations.py,
## bot/core/mediator_card.py

mediator-hand-over-not-active = { $name } has not opened her invitation yet, so the family could not reach her. The family stays with you. Choose another mediator, or ask the coordinator to send her a new invitation.

# Shown to a parent, in writing, right after they open the family's invitation; the privacy notice follows.
invitation-privacy-intro = 🔒 Your mediator read this to you. Here it is in writing:

mediator-family-complete = ✅ Whole family: complete up to today
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
