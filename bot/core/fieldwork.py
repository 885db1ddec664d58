"""What a mediator records for one of her families: a vaccination (which child; the doses and the day are in
``bot.core.mediator_card``), and handing the family to another mediator. Ownership of every family and child
id is checked by the Desk.

A family is handed only to a mediator who is active AND has opened her invitation (her chat is bound): one who
has not could not be told, and the family's "I need my mediator" would reach no one. Such mediators are not
offered, and a forged or stale press naming one is refused with a clear message; the family stays with her.
The parent is told once that another mediator now looks after the family (outbox kind ``handover``, unnamed).
"""

from __future__ import annotations

from bot.core import caseload, mediator_card
from bot.core.desk import Desk, parse_id
from bot.core.family import Child
from bot.core.mediation import HANDOVER_MOVED, FamilyProfile
from bot.core.messages import Button, Text
from bot.core.turn import button, child_name


def _not_yours(d: Desk) -> None:
    d.show_menu(Text("mediator-not-your-family"))


async def choose_child(d: Desk, raw_id: str) -> None:
    profile = await d.my_family(raw_id)
    if profile is None:
        _not_yours(d)
        return
    children = await d.t.store.children(profile.family_id)
    if len(children) == 1:
        await _choose_dose(d, profile, children[0])
        return
    rows = tuple((Button(child_name(c), f"md:vxc:{c.id}"),) for c in children)
    d.t.say(Text("mediator-vaccination-which-child"),
            buttons=(*rows, (button(f"md:vxf:{profile.family_id}", "mediator-family-complete"),),
                     (button(f"md:fam:{profile.family_id}", "button-cancel"),)))


async def child_chosen(d: Desk, raw_id: str) -> None:
    mine = await d.my_child(raw_id)
    if mine is None:
        _not_yours(d)
        return
    await _choose_dose(d, *mine)


async def _choose_dose(d: Desk, profile: FamilyProfile, child: Child) -> None:
    await mediator_card.checklist(d, profile, child)


async def dose_chosen(d: Desk, arg: str) -> None:
    """One dose (a keyboard from before the checklist): straight to its date."""
    raw_child, _, dose_id = arg.partition(":")
    mine = await d.my_child(raw_child)
    if mine is None:
        _not_yours(d)
        return
    profile, child = mine
    if dose_id not in {dose.id for dose in d.t.library.doses}:
        await _choose_dose(d, profile, child)
        return
    d.t.goto(mediator_card.DATE_STEP, child=child.id, doses=[dose_id])
    mediator_card.ask_date(d, profile.family_id)


async def choose_mediator(d: Desk, raw_id: str) -> None:
    profile = await d.my_family(raw_id)
    if profile is None:
        _not_yours(d)
        return
    others = [m for m in await d.store.active_mediators() if m.id != d.mediator_id and m.chat_id is not None]
    if not others:
        await caseload.family_card(d, raw_id, Text("mediator-hand-over-nobody"))
        return
    rows = tuple((button(f"md:hot:{profile.family_id}:{m.id}", "mediator-name", name=m.name),) for m in others)
    d.t.say(Text("mediator-hand-over-to-whom", {"caregiver": profile.caregiver}),
            buttons=(*rows, (button(f"md:fam:{profile.family_id}", "button-cancel"),)))


async def hand_over(d: Desk, arg: str) -> None:
    raw_family, _, raw_mediator = arg.partition(":")
    profile = await d.my_family(raw_family)
    target_id = parse_id(raw_mediator)
    target = await d.store.get_mediator(target_id) if target_id is not None else None
    if profile is None:
        _not_yours(d)
        return
    if target is None or not target.active or target.id == d.mediator_id:
        await choose_mediator(d, raw_family)
        return
    if target.chat_id is None:  # she never opened her invitation: nobody would hear the family
        d.t.say(Text("mediator-hand-over-not-active", {"name": target.name}))
        await choose_mediator(d, raw_family)
        return
    profile.mediator_id = target.id
    await d.store.save_profile(profile)
    await d.audit("hand_over", profile.family_id, f"to:mediator:{target.id}")
    await d.store.add_notice(target.id, profile.family_id, "handed_over", d.t.now)
    await d.store.tell_family_of_mediator(profile.family_id, target.id, HANDOVER_MOVED, d.t.now, d.t.today)
    d.show_menu(Text("mediator-handed-over", {"caregiver": profile.caregiver, "name": target.name}))

