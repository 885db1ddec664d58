## Mediators' loose ends (issue 20): hand-over only to an active mediator, the privacy notice when a parent joins
## by invitation, a whole family's card at once. bot/core/fieldwork.py, bot/core/invitations.py,
## bot/core/mediator_card.py

mediator-hand-over-not-active = { $name } još na phravda pesko akharipe, atunći i familija na šaj te resel la. I familija ačhol kaj tu. Alosar aver medijatorka, vaj phuč e koordinatoros te bičhalel lake nevo akharipe.

# Shown to a parent, in writing, right after they open the family's invitation; the privacy notice follows.
invitation-privacy-intro = 🔒 I medijatorka drabarda tuće kava. Kava si ramosardo:

mediator-family-complete = ✅ Sa i familija: sa dži ađes
mediator-family-complete-nothing = Nijekh čhavoro andar kaja familija akana naj vakcina te ramosare.
mediator-family-complete-child =
    { $name } ({ $count }):
    { $items }
mediator-family-complete-confirm =
    Si li o vakcinalna kartonja e čhavengere ({ $caregiver }) pherde dži ađes? Atunći ramosarava { $count ->
        [one] kaja vakcina
       *[other] kala { $count } vakcine
    } sar dindine (o datumo na džanel pe):

    { $children }
mediator-family-complete-yes = ✅ Va, ramos sa
mediator-family-complete-saved = ✅ Ramosardo vaš e čhave ({ $caregiver }): { $count } vakcine, o datumo na džanel pe. Greška? Dab „Palem“.
mediator-family-complete-undo = ↩️ Palem
mediator-family-complete-undone = ↩️ Khosavdem { $count } vakcine. E podsetnici vaš late aven palem.
