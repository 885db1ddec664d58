"""What a mediator records for one of her families: a vaccination (which child, which dose, which day), and
handing the family to another mediator. Ownership of every family and child id is checked by the Desk.
"""

from __future__ import annotations

from datetime import date

from bot.core import caseload
from bot.core.dates import BirthDateError, parse_birth_date
from bot.core.desk import Desk, parse_id
from bot.core.family import Child, VaccinationRecord
from bot.core.mediation import FamilyProfile
from bot.core.messages import Button, Text
from bot.core.schedule import Status, vaccine_plan
from bot.core.turn import button, child_name

RECORDABLE = (Status.DUE, Status.OVERDUE, Status.AT_BIRTH)


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
            buttons=(*rows, (button(f"md:fam:{profile.family_id}", "button-cancel"),)))


async def child_chosen(d: Desk, raw_id: str) -> None:
    mine = await d.my_child(raw_id)
    if mine is None:
        _not_yours(d)
        return
    await _choose_dose(d, *mine)


async def _choose_dose(d: Desk, profile: FamilyProfile, child: Child) -> None:
    assert child.id is not None
    plan = vaccine_plan(child.birth_date, d.t.today, d.t.library.doses, await d.t.store.records(child.id))
    open_doses = [item.dose for item in plan if item.status in RECORDABLE]
    if not open_doses:
        await caseload.family_card(d, str(profile.family_id), Text("mediator-vaccination-nothing-open",
                                                                   {"name": child_name(child)}))
        return
    rows = tuple((button(f"md:vxd:{child.id}:{dose.id}", "vaccine-" + dose.id.replace("_", "-")),)
                 for dose in open_doses)
    d.t.say(Text("mediator-vaccination-which-dose", {"name": child_name(child)}),
            buttons=(*rows, (button(f"md:fam:{profile.family_id}", "button-cancel"),)))


async def dose_chosen(d: Desk, arg: str) -> None:
    raw_child, _, dose_id = arg.partition(":")
    mine = await d.my_child(raw_child)
    if mine is None:
        _not_yours(d)
        return
    profile, child = mine
    if dose_id not in {dose.id for dose in d.t.library.doses}:
        await _choose_dose(d, profile, child)
        return
    d.t.goto("md-vacc-date", child=child.id, dose=dose_id)
    _ask_date(d, profile.family_id)


def _ask_date(d: Desk, family_id: int) -> None:
    d.t.say(Text("mediator-vaccination-ask-date"), buttons=(
        (button("md:vxt", "mediator-vaccination-today"),), (button(f"md:fam:{family_id}", "button-cancel"),)))


async def date_typed(d: Desk, text: str) -> None:
    try:
        given = parse_birth_date(text, d.t.today, d.t.library.month_names, d.t.library.date_words)
    except BirthDateError as error:
        d.t.say(Text("birth-date-error-" + error.code.replace("_", "-"), {"example": _example(d.t.today)}))
        return
    await _record(d, given)


async def today_pressed(d: Desk, _arg: str) -> None:
    await _record(d, d.t.today)


def _example(today: date) -> str:
    return f"{today.day}.{today.month}.{today.year}."


async def _record(d: Desk, given: date) -> None:
    mine = await d.my_child(str(d.t.chat.data.get("child", "")))
    dose_id = str(d.t.chat.data.get("dose", ""))
    if mine is None or dose_id not in {dose.id for dose in d.t.library.doses}:
        _not_yours(d)
        return
    profile, child = mine
    if given < child.birth_date:
        d.t.say(Text("mediator-vaccination-before-birth", {"born": child.birth_date}))
        return
    assert child.id is not None
    await d.t.store.add_record(VaccinationRecord(child.id, dose_id, given, recorded_by=d.actor))
    await d.audit("record_vaccination", profile.family_id, f"child:{child.id}:dose:{dose_id}")
    done = Text("mediator-vaccination-saved", {"name": child_name(child), "date": given,
                                               "vaccine": Text("vaccine-" + dose_id.replace("_", "-"))})
    await caseload.family_card(d, str(profile.family_id), done)


async def choose_mediator(d: Desk, raw_id: str) -> None:
    profile = await d.my_family(raw_id)
    if profile is None:
        _not_yours(d)
        return
    others = [m for m in await d.store.active_mediators() if m.id != d.mediator_id]
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
    profile.mediator_id = target.id
    await d.store.save_profile(profile)
    await d.audit("hand_over", profile.family_id, f"to:mediator:{target.id}")
    await d.store.add_notice(target.id, profile.family_id, "handed_over", d.t.now)
    d.show_menu(Text("mediator-handed-over", {"caregiver": profile.caregiver, "name": target.name}))

