## Mediators' loose ends (issue 20): hand-over only to an active mediator, the privacy notice when a parent joins
## by invitation, a whole family's card at once. bot/core/fieldwork.py, bot/core/invitations.py,
## bot/core/mediator_card.py

mediator-hand-over-not-active = { $name } još na phravda pesko akharipe, atunći i familija na šaj te resel la. I familija ačhol kaj tu. Alosar aver medijatorka, vaj phuč e koordinatoros te bičhalel lake nevo akharipe.

# Shown to a parent, in writing, right after they open the family's invitation; the privacy notice follows.
invitation-privacy-intro = 🔒 I medijatorka drabarda tuće kava. Kava si ramosardo:

mediator-family-complete = ✅ Sa i familija dži ađes
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
mediator-family-complete-saved = ✅ Ramosardo vaš e čhave ({ $caregiver }): { $count ->
        [one] jekh vakcina
       *[other] { $count } vakcine
    }, o datumo na džanel pe. Greška? Dab „Palem“.
mediator-family-complete-undo = ↩️ Palem
mediator-family-complete-undone = ↩️ Khosavdem { $count ->
        [one] jekh vakcina
       *[other] { $count } vakcine
    }. E podsetnici vaš late aven palem.

## A parent who enrolled alone asks for a mediator; a mediator takes the family (bot/core/mediator_links.py)
mediator-link-offer =
    Još naj tut medijatorka ando Čavororo. I romani zdravstveno medijatorka andar o Dom zdravlja Zemun šaj te žutil tut vaš e vakcine thaj e doktorura.
    Te kames, dab o dugme. Atunći i medijatorka dikhel o anava, o berša thaj o vakcine tle čhavengere thaj tli čhib. Šaj te ramol tuće kate. Sa šaj te khoses kana kames, e /delete.
mediator-link-yes = ✅ Va, mangav medijatorka
mediator-link-asked = ✅ Phendem e medijatorkenđe. Kana jekh lendar lel tli familija, „🙋 Trebul man i medijatorka“ resel late.
mediator-link-pending = ⏳ Mangljan medijatorka. Još nijekh na lija tli familija. Kana jekh lel, „🙋 Trebul man i medijatorka“ resel late.
# The mediator's side
mediator-notice-link-request = 🙋 Jekh familija so korkori ramosajli mangel medijatorka: dikh tlo spisko vaš e buti.
mediator-link-requests-button = 🙋 Mangen medijatorka ({ $count })
mediator-link-requests =
    🙋 Familije so mangen medijatorka (adžikeren: { $count }). O dad vaj i daj mukhlja ando čet; le i familija thaj oj ka avel tli:
    { $items }
mediator-link-line = { $number }. { $children } · { $language } · mangla { $date }
mediator-link-child = { $name } ({ $age })
mediator-link-take = 🤝 Le i familija { $number }
mediator-link-none = Akana nijekh familija na mangel medijatorka.
mediator-link-gone = Kaja familija maj na adžikerel: aver medijatorka lija la, vaj na mangla.
mediator-link-accepted = ✅ Lijan: i familija akana si tli. Kana džanes o anav e dadesko vaj e dajako thaj o naselje, ramos len ande beleška.

# /mydata, how the mediator came to the family (bot/core/privacy.py): the parent asked in the chat
privacy-consent-method-in-chat = mangljan medijatorka ando čet
