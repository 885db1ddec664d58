## Mediators' loose ends (issue 20): hand-over only to an active mediator, the privacy notice when a parent joins
## by invitation, a whole family's card at once. bot/core/fieldwork.py, bot/core/invitations.py,
## bot/core/mediator_card.py

mediator-hand-over-not-active = { $name } još nije otvorila svoju pozivnicu, pa porodica ne bi mogla da je dobije. Porodica ostaje kod tebe. Izaberi drugu medijatorku ili zamoli koordinatora da joj pošalje novu pozivnicu.

# Shown to a parent, in writing, right after they open the family's invitation; the privacy notice follows.
invitation-privacy-intro = 🔒 Medijatorka ti je ovo pročitala. Evo i napisano:

mediator-family-complete = ✅ Cela porodica: sve do danas
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
