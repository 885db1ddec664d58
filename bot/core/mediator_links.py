"""A parent who enrolled on their own asks to be linked to a mediator; a mediator takes the family only after the
parent's yes, pressed in the parent's own chat.

Parent (chat without a mediator): "🙋 I need my mediator" explains what a mediator would see and offers
``mlink:yes`` (valid only in step ``mlink``). The yes is the parent's consent: the family gets a profile with no
mediator yet (consent method ``in_chat``, status "pending") and every active mediator with a chat gets a notice.
Pressing 🙋 again while pending says so and changes nothing.

Mediator: her work list shows "🙋 Families asking for a mediator" when any is pending (``md:lreq``): each with its
children and the day it asked, and ``md:adopt:<family>`` to take it. Taking is one conditional update (only a
pending family with the parent's yes, so two mediators pressing at once cannot both take it, and a forged id for
someone else's or a never-asking family is refused and changes nothing); the family is then "accepted": hers,
in her families, and the parent's 🙋 reaches her. The parent is told once, by a planned message (outbox kind
``handover``: the mediator is not in the parent's turn), which does not name her. Everything goes to the audit log.
"""

from __future__ import annotations

from bot.core import caseload
from bot.core.desk import Desk, back_to_menu, parse_id
from bot.core.mediation import CONSENT_IN_CHAT, HANDOVER_TAKEN, FamilyProfile
from bot.core.messages import Lines, Text
from bot.core.turn import button, child_name, menu_buttons

VERB = "mlink"
STEP = "mlink"
OTHER_SETTLEMENT = "other"
SHOWN = 8


def pending(profile: FamilyProfile | None) -> bool:
    return profile is not None and profile.mediator_id is None and profile.consent_method == CONSENT_IN_CHAT


async def offer(d: Desk, profile: FamilyProfile | None) -> None:
    """The parent's 🙋 without a mediator: pending already, or the offer to ask for one."""
    t = d.t
    if pending(profile):
        t.goto("")
        t.show_menu(Text("mediator-link-pending"))
        return
    t.goto(STEP)
    t.say(Text("mediator-link-offer"),
          buttons=((button(f"{VERB}:yes", "mediator-link-yes"),), *menu_buttons()))


async def answer(d: Desk, arg: str) -> None:
    """``mlink:yes`` from the parent's chat."""
    t = d.t
    family = t.family
    if arg != "yes" or t.chat.step != STEP or family is None or family.id is None or not t.onboarded:
        t.goto("")
        t.show_menu(Text("button-stale"))
        return
    t.goto("")
    if await d.store.profile(family.id) is not None:  # asked already, or a mediator has the family
        t.show_menu(Text("mediator-link-pending"))
        return
    await d.store.save_profile(FamilyProfile(family.id, None, "", t.chat.locale or "sr-Latn", OTHER_SETTLEMENT,
                                             None, CONSENT_IN_CHAT, t.now))
    await d.audit("link_requested", family.id)
    for mediator in await d.store.active_mediators():
        if mediator.chat_id is not None:
            await d.store.add_notice(mediator.id, family.id, "link_request", t.now)
    t.show_menu(Text("mediator-link-asked"))


async def pending_count(d: Desk) -> int:
    return len(await d.store.link_requests())


async def requests(d: Desk, _arg: str = "", *lead: Text) -> None:
    """The families asking for a mediator (pending), oldest first, each with "take"."""
    waiting = (await d.store.link_requests())[:SHOWN]
    d.t.goto("")
    if not waiting:
        d.show_menu(*lead, Text("mediator-link-none"))
        return
    lines, rows = [], []
    for number, profile in enumerate(waiting, 1):
        facts = await d.store.facts(profile.family_id)
        kids = Lines(tuple(Text("mediator-link-child", {"name": child_name(c), "age": d.t.age(c)})
                           for c in (facts.children if facts else ())), ", ")
        lines.append(Text("mediator-link-line", {"number": number, "children": kids,
                                                 "date": profile.enrolled_at.date() if profile.enrolled_at else "—",
                                                 "language": d.language_name(profile.locale)}))
        rows.append((button(f"md:adopt:{profile.family_id}", "mediator-link-take", number=number),))
    d.t.say(*lead, Text("mediator-link-requests", {"count": len(waiting), "items": Lines(tuple(lines))}),
            buttons=(*rows, back_to_menu()))


async def adopt(d: Desk, raw_id: str) -> None:
    family_id = parse_id(raw_id)
    if family_id is None or not await d.store.adopt(family_id, d.mediator_id):
        await requests(d, "", Text("mediator-link-gone"))
        return
    await d.audit("link_accepted", family_id, f"by:mediator:{d.mediator_id}")
    await d.store.tell_family_of_mediator(family_id, d.mediator_id, HANDOVER_TAKEN, d.t.now, d.t.today)
    await caseload.family_card(d, str(family_id), Text("mediator-link-accepted"))
