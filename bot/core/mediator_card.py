"""A mediator records a child's vaccination card: several doses at once, or the whole card up to today.

From the family card ("💉 Record a vaccine", then the child): a checklist of the doses due so far without a
record (step ``md-vacc-pick``; ``md:vxk:<dose>`` ticks or unticks one), then ONE date for all of them (typed,
``md:vxt`` today, ``md:vxu`` "dates unknown"; step ``md-vacc-date``). ``md:vxa`` "complete up to today" lists
every such dose and asks (step ``md-vacc-all``); ``md:vxy`` records them all, dates unknown. Every dose recorded
goes to the audit log. The child is read again from the chat's data and checked to be hers at every step.

The whole family in one step: ``md:vxf:<family>`` (offered with "which child?" when the family has more than
one) lists every child's open doses and asks (step ``md-vacc-family``); ``md:vxg`` records them, dates unknown
(only the doses the confirmation listed that are still open), and offers ``md:vxz`` "undo" (step
``md-vacc-undo``; what was recorded waits in the chat's data and is checked against her families again), which
removes exactly those records.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

from bot.core import caseload
from bot.core.dates import BirthDateError, parse_birth_date
from bot.core.desk import Desk
from bot.core.family import Child, VaccinationRecord
from bot.core.mediation import FamilyProfile
from bot.core.messages import Lines, Text
from bot.core.plan_view import markable, numeric, short_name, vaccine_name
from bot.core.schedule import vaccine_plan
from bot.core.turn import button, child_name

PICK_STEP = "md-vacc-pick"
DATE_STEP = "md-vacc-date"
ALL_STEP = "md-vacc-all"
FAMILY_STEP = "md-vacc-family"
UNDO_STEP = "md-vacc-undo"


def _items(doses: list[str]) -> Lines:
    return Lines(tuple(Text("record-item", {"name": vaccine_name(dose)}) for dose in doses))


async def _open_doses(d: Desk, child: Child) -> list[str]:
    if child.id is None:
        return []
    plan = vaccine_plan(child.birth_date, d.t.today, d.t.library.doses, await d.t.store.records(child.id))
    return [item.dose.id for item in markable(plan)]


async def _mine(d: Desk) -> tuple[FamilyProfile, Child] | None:
    mine = await d.my_child(str(d.t.chat.data.get("child", "")))
    if mine is None:
        d.show_menu(Text("mediator-not-your-family"))
    return mine


async def checklist(d: Desk, profile: FamilyProfile, child: Child, picked: list[str] | None = None) -> None:
    open_doses = await _open_doses(d, child)
    if not open_doses:
        await caseload.family_card(d, str(profile.family_id), Text("mediator-vaccination-nothing-open",
                                                                   {"name": child_name(child)}))
        return
    chosen = [dose for dose in picked or [] if dose in open_doses]
    d.t.goto(PICK_STEP, child=child.id, picked=chosen)
    rows = [(button(f"md:vxk:{dose}", "record-mediator-picked" if dose in chosen else "record-mediator-unpicked",
                    name=short_name(dose)),) for dose in open_doses]
    if chosen:
        rows.append((button("md:vxn", "record-mediator-next", count=len(chosen)),))
    rows += [(button("md:vxa", "record-button-complete"),), (button(f"md:fam:{profile.family_id}", "button-cancel"),)]
    d.t.say(Text("record-mediator-pick", {"name": child_name(child)}), buttons=tuple(rows))


async def toggle(d: Desk, dose_id: str) -> None:
    mine = await _mine(d)
    if mine is None:
        return
    picked = [str(dose) for dose in d.t.chat.data.get("picked", [])]
    picked = [dose for dose in picked if dose != dose_id] if dose_id in picked else [*picked, dose_id]
    await checklist(d, *mine, picked)


async def picked_done(d: Desk, _arg: str) -> None:
    mine = await _mine(d)
    if mine is None:
        return
    profile, child = mine
    open_doses = await _open_doses(d, child)
    picked = [str(dose) for dose in d.t.chat.data.get("picked", []) if dose in open_doses]
    if not picked:
        await checklist(d, profile, child)
        return
    d.t.goto(DATE_STEP, child=child.id, doses=picked)
    ask_date(d, profile.family_id)


def ask_date(d: Desk, family_id: int) -> None:
    d.t.say(Text("mediator-vaccination-ask-date"), buttons=(
        (button("md:vxt", "mediator-vaccination-today"),), (button("md:vxu", "record-mediator-dates-unknown"),),
        (button(f"md:fam:{family_id}", "button-cancel"),)))


async def date_typed(d: Desk, text: str) -> None:
    try:
        given = parse_birth_date(text, d.t.today, d.t.library.month_names, d.t.library.date_words)
    except BirthDateError as error:
        d.t.say(Text("birth-date-error-" + error.code.replace("_", "-"), {"example": numeric(d.t.today)}))
        return
    await _record_picked(d, given, known=True)


async def today_pressed(d: Desk, _arg: str) -> None:
    await _record_picked(d, d.t.today, known=True)


async def unknown_pressed(d: Desk, _arg: str) -> None:
    await _record_picked(d, d.t.today, known=False)


async def _record_picked(d: Desk, given: date, *, known: bool) -> None:
    mine = await _mine(d)
    if mine is None:
        return
    profile, child = mine
    known_ids = {dose.id for dose in d.t.library.doses}
    doses = [str(dose) for dose in d.t.chat.data.get("doses", []) if dose in known_ids]
    if not doses:
        d.show_menu(Text("button-stale"))
        return
    if given < child.birth_date:
        d.t.say(Text("mediator-vaccination-before-birth", {"born": child.birth_date}))
        return
    await _record(d, profile, child, doses, given, known)


async def _store_doses(d: Desk, family_id: int, child: Child, doses: list[str], given: date, known: bool) -> None:
    """Record the doses and audit each (the one place that writes a mediator's records)."""
    if child.id is None:
        return
    for dose_id in doses:
        await d.t.store.add_record(VaccinationRecord(child.id, dose_id, given, recorded_by=d.actor, date_known=known))
        detail = f"child:{child.id}:dose:{dose_id}" + ("" if known else ":date:unknown")
        await d.audit("record_vaccination", family_id, detail)


async def _record(d: Desk, profile: FamilyProfile, child: Child, doses: list[str], given: date, known: bool) -> None:
    await _store_doses(d, profile.family_id, child, doses, given, known)
    if len(doses) == 1 and known:
        done = Text("mediator-vaccination-saved", {"name": child_name(child), "date": given,
                                                   "vaccine": vaccine_name(doses[0])})
    else:
        done = Text("record-mediator-saved-many", {"name": child_name(child), "count": len(doses),
                                                   "items": _items(doses)})
    await caseload.family_card(d, str(profile.family_id), done)


async def _complete_open(d: Desk) -> tuple[FamilyProfile, Child, list[str]] | None:
    """The chat's child (checked to be hers) and its open doses; None (the checklist shown) if there are none."""
    mine = await _mine(d)
    if mine is None:
        return None
    profile, child = mine
    doses = await _open_doses(d, child)
    if not doses:
        await checklist(d, profile, child)
        return None
    return profile, child, doses


async def complete_asked(d: Desk, _arg: str) -> None:
    found = await _complete_open(d)
    if found is None:
        return
    profile, child, doses = found
    d.t.goto(ALL_STEP, child=child.id)
    d.t.say(Text("record-complete-confirm", {"name": child_name(child), "count": len(doses), "items": _items(doses)}),
            buttons=((button("md:vxy", "record-complete-yes"),), (button(f"md:fam:{profile.family_id}",
                                                                          "button-cancel"),)))


async def complete_confirmed(d: Desk, _arg: str) -> None:
    found = await _complete_open(d)
    if found is not None:
        await _record(d, *found, d.t.today, known=False)


# -- the whole family at once -----------------------------------------------------------------------------


async def _family_open_doses(d: Desk, profile: FamilyProfile) -> list[tuple[Child, list[str]]]:
    found = [(child, await _open_doses(d, child)) for child in await d.t.store.children(profile.family_id)]
    return [(child, doses) for child, doses in found if doses]


async def family_asked(d: Desk, raw_id: str) -> None:
    profile = await d.my_family(raw_id)
    if profile is None:
        d.show_menu(Text("mediator-not-your-family"))
        return
    open_doses = await _family_open_doses(d, profile)
    if not open_doses:
        await caseload.family_card(d, str(profile.family_id), Text("mediator-family-complete-nothing"))
        return
    d.t.goto(FAMILY_STEP, family=profile.family_id,
             shown={str(child.id): doses for child, doses in open_doses})  # exactly what is confirmed
    blocks = Lines(tuple(Text("mediator-family-complete-child", {"name": child_name(child), "count": len(doses),
                                                                  "items": _items(doses)})
                         for child, doses in open_doses), "\n\n")
    count = sum(len(doses) for _, doses in open_doses)
    d.t.say(Text("mediator-family-complete-confirm", {"caregiver": profile.caregiver, "count": count,
                                                      "children": blocks}),
            buttons=((button("md:vxg", "mediator-family-complete-yes"),),
                     (button(f"md:fam:{profile.family_id}", "button-cancel"),)))


async def family_confirmed(d: Desk, _arg: str) -> None:
    profile = await d.my_family(str(d.t.chat.data.get("family", "")))
    if profile is None:
        d.show_menu(Text("mediator-not-your-family"))
        return
    shown = d.t.chat.data.get("shown", {})
    shown = shown if isinstance(shown, dict) else {}
    open_doses = [(child, [dose for dose in doses if dose in shown.get(str(child.id), [])])
                  for child, doses in await _family_open_doses(d, profile)]
    open_doses = [(child, doses) for child, doses in open_doses if doses]  # what she saw and is still open
    if not open_doses:
        await caseload.family_card(d, str(profile.family_id), Text("mediator-family-complete-nothing"))
        return
    done: dict[str, list[str]] = {}
    for child, doses in open_doses:
        await _store_doses(d, profile.family_id, child, doses, d.t.today, known=False)
        done[str(child.id)] = doses
    d.t.goto(UNDO_STEP, family=profile.family_id, recorded=done)
    count = sum(len(doses) for doses in done.values())
    d.t.say(Text("mediator-family-complete-saved", {"caregiver": profile.caregiver, "count": count}),
            buttons=((button("md:vxz", "mediator-family-complete-undo"),),
                     (button(f"md:fam:{profile.family_id}", "mediator-family-open"),),
                     (button("md:menu", "button-back-to-menu"),)))


async def family_undo(d: Desk, _arg: str) -> None:
    profile = await d.my_family(str(d.t.chat.data.get("family", "")))
    recorded = d.t.chat.data.get("recorded", {})
    if profile is None or not isinstance(recorded, dict):
        d.show_menu(Text("mediator-not-your-family"))
        return
    known = {dose.id for dose in d.t.library.doses}
    removed = 0
    for raw_child, doses in recorded.items():
        mine = await d.my_child(str(raw_child))
        if mine is None or mine[0].family_id != profile.family_id or not isinstance(doses, list):
            continue
        child = mine[1]
        assert child.id is not None
        for dose_id in (str(x) for x in doses if x in known):
            if await d.t.store.remove_record(child.id, dose_id):
                removed += 1
                await d.audit("unrecord_vaccination", profile.family_id, f"child:{child.id}:dose:{dose_id}")
    await caseload.family_card(d, str(profile.family_id), Text("mediator-family-complete-undone", {"count": removed}))


PRESSES: dict[str, dict[str, Callable[[Desk, str], Awaitable[None]]]] = {
    PICK_STEP: {"vxk": toggle, "vxn": picked_done, "vxa": complete_asked},
    DATE_STEP: {"vxt": today_pressed, "vxu": unknown_pressed},
    ALL_STEP: {"vxy": complete_confirmed},
    FAMILY_STEP: {"vxg": family_confirmed},
    UNDO_STEP: {"vxz": family_undo},
}
