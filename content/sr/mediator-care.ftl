## Mediators' loose ends (issue 20): hand-over only to an active mediator, the privacy notice when a parent joins
## by invitation, a whole family's card at once. bot/core/fieldwork.py, bot/core/invitations.py,
## bot/core/mediator_card.py

mediator-hand-over-not-active = { $name } još nije otvorila svoju pozivnicu, pa porodica ne bi mogla da je dobije. Porodica ostaje kod tebe. Izaberi drugu medijatorku ili zamoli koordinatora da joj pošalje novu pozivnicu.

# Shown to a parent, in writing, right after they open the family's invitation; the privacy notice follows.
invitation-privacy-intro = 🔒 Medijatorka ti je ovo pročitala. Evo i napisano:

mediator-family-complete = ✅ Cela porodica do danas
mediator-family-complete-nothing = Nijedno dete u ovoj porodici sada nema vakcinu za upis.
mediator-family-complete-child =
    { $name } ({ $count }):
    { $items }
mediator-family-complete-confirm =
    Da li su kartoni vakcinacije dece ({ $caregiver }) potpuni do danas? Onda upisujem { $count ->
        [one] ovu vakcinu
        [few] ove { $count } vakcine
       *[other] ovih { $count } vakcina
    } kao date (datum nije poznat):

    { $children }
mediator-family-complete-yes = ✅ Da, upiši sve
mediator-family-complete-saved = ✅ Upisano za decu ({ $caregiver }): { $count ->
        [one] { $count } vakcina
        [few] { $count } vakcine
       *[other] { $count } vakcina
    }, datum nije poznat. Greška? Pritisni „Poništi“.
mediator-family-complete-undo = ↩️ Poništi
mediator-family-complete-undone = ↩️ Obrisano: { $count ->
        [one] { $count } vakcina
        [few] { $count } vakcine
       *[other] { $count } vakcina
    }. Podsetnici za njih opet stižu.

## A parent who enrolled alone asks for a mediator; a mediator takes the family (bot/core/mediator_links.py)
mediator-link-offer =
    Još nemaš medijatorku u Čavororu. Romska zdravstvena medijatorka iz Doma zdravlja Zemun može da ti pomogne oko vakcina i lekara.
    Ako želiš, pritisni dugme. Tada medijatorka vidi nadimke, uzrast i vakcine tvoje dece i tvoj jezik. Može da ti piše ovde. Sve možeš da obrišeš kad hoćeš, komandom { "/delete" }.
mediator-link-yes = ✅ Da, želim medijatorku
mediator-link-asked = ✅ Javio sam medijatorkama. Kad neka od njih preuzme tvoju porodicu, „🙋 Treba mi medijatorka“ stiže do nje.
mediator-link-pending = ⏳ Tražio si medijatorku. Još nijedna nije preuzela tvoju porodicu. Kad neka preuzme, „🙋 Treba mi medijatorka“ stiže do nje.
# The mediator's side
mediator-notice-link-request = 🙋 Porodica koja se sama upisala traži medijatorku: pogledaj svoj spisak za rad.
mediator-link-requests-button = 🙋 Traže medijatorku ({ $count })
mediator-link-requests =
    🙋 Porodice koje traže medijatorku (čeka: { $count }). Roditelj je pristao u četu; preuzmi porodicu i ona postaje tvoja:
    { $items }
mediator-link-line = { $number }. { $children } · { $language } · tražio { $date }
mediator-link-child = { $name } ({ $age })
mediator-link-take = 🤝 Preuzmi porodicu { $number }
mediator-link-none = Sada nijedna porodica ne traži medijatorku.
mediator-link-gone = Ova porodica više ne čeka: preuzela ju je druga medijatorka, ili nije tražila.
mediator-link-accepted = ✅ Preuzeto: porodica je sada tvoja. Kad saznaš ime roditelja i naselje, zapiši ih u belešku.

# /mydata, how the mediator came to the family (bot/core/privacy.py): the parent asked in the chat
privacy-consent-method-in-chat = tražio si medijatorku u četu
