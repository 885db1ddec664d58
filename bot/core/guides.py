"""Documents and rights: the short step-by-step guides of content/data/guides.yaml, in the family's language.

A guide is listed under its services category ("📍 Where to get help" -> Documents / Money / Preschool) and opened
with ``gd:<guide id>``; it shows its steps (an unverified step says "not confirmed: ask the mediator or the
centre"), what to bring, and one button per service it links to (``svc:info:<service id>``: the whole card).
A tip may point to a guide (``guide`` in tips.yaml): the tip then carries a "step by step" button, which is how
guides reach a family at the right age (birth registration, health card, kindergarten, the preschool programme).
"""

from __future__ import annotations

from bot.core.library import Guide, Library, TipEntry
from bot.core.messages import Button, Lines, Reply, Text
from bot.core.turn import Turn, button

VERBS: tuple[str, ...] = ("gd",)
Rows = tuple[tuple[Button, ...], ...]


def find(library: Library, guide_id: str) -> Guide | None:
    return next((g for g in library.guides if g.id == guide_id), None)


def guide_buttons(library: Library, topic: str) -> Rows:
    """One button per guide of a services category (none for a category without guides)."""
    return tuple((button(f"gd:{g.id}", f"guide-{g.id}-title"),) for g in library.guides if g.topic == topic)


def tip_buttons(tip: TipEntry | None, library: Library) -> Rows:
    """The "step by step" button of a tip that points to a guide (empty otherwise)."""
    if tip is None or tip.guide is None or find(library, tip.guide) is None:
        return ()
    return ((button(f"gd:{tip.guide}", "guide-button-open"),),)


def enrolment_nudge(library: Library, age_days: int) -> Reply | None:
    """For a child just added this young: a pointer to the guide that is urgent now (birth registration)."""
    for guide in library.guides:
        if guide.enrolment_days is not None and 0 <= age_days <= guide.enrolment_days:
            return Reply(parts=(Text(f"guide-{guide.id}-nudge"),),
                         buttons=((button(f"gd:{guide.id}", "guide-button-open"),),))
    return None


def _steps(guide: Guide) -> Text:
    lines = []
    for number, step in enumerate(guide.steps, 1):
        text = Text(f"guide-{guide.id}-step-{step.id}")
        lines.append(Text("guide-step" if step.verified else "guide-step-unconfirmed", {"number": number,
                                                                                         "text": text}))
    return Text("guide-steps", {"steps": Lines(tuple(lines))})


def guide_reply(library: Library, guide: Guide) -> Reply:
    """The guide as one message: title, steps, what to bring, where to go (buttons), and the way back."""
    parts = [Text(f"guide-{guide.id}-title"), _steps(guide)]
    if guide.bring:
        items = tuple(Text("guide-bring-item", {"item": Text(f"guide-bring-{key}")}) for key in guide.bring)
        parts.append(Text("guide-bring", {"items": Lines(items)}))
        if not guide.bring_verified:
            parts.append(Text("guide-bring-check"))
    known = {s.id for s in library.services}
    rows = [(button(f"svc:info:{sid}", "guide-button-service", name=Text(f"guide-service-{sid}")),)
            for sid in guide.services if sid in known]
    if rows:
        parts.append(Text("guide-where"))
    parts.append(Text("guide-ask"))
    back = (button(f"cat:{guide.topic}", "services-button-back-to-list"), button("menu", "button-back-to-menu"))
    return Reply(parts=tuple(parts), buttons=(*rows, back))


def press(t: Turn, verb: str, arg: str) -> bool:
    """A ``gd:<guide id>`` press; False (stale) for a guide the library does not have."""
    guide = find(t.library, arg) if verb == "gd" else None
    if guide is None:
        return False
    t.replies.append(guide_reply(t.library, guide))
    return True
