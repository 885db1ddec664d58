"""The parent's vaccination card in "💉 Vaccines and check-ups": mark doses given, the whole card at once, undo.

Button data (each at most 64 bytes; ``<c>`` a child id of the family, ``<d>`` a dose id of the schedule)::

    card:<c>            which dose was given? (every dose due so far and not recorded)
    card-d:<c>:<d>      when? today / another date / "I don't know the date"
    card-t:<c>:<d>      given today          card-o:<c>:<d>  another date (step "card_date")
    card-u:<c>:<d>      given, date unknown
    card-all:<c>        "the card is complete up to today": lists the doses and asks (step "card_all")
    card-all-yes:<c>    yes: all of them recorded, dates unknown (only right after that question)
    card-undo:<c>       which record was a mistake?        card-x:<c>:<d>  remove that record

A press naming another family's child, a dose not in the schedule, or a dose that cannot take that answer now
(already recorded, not due yet, nothing to undo) is stale and changes nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.core.dates import BirthDateError, parse_birth_date
from bot.core.family import Child, VaccinationRecord
from bot.core.messages import Lines, Text
from bot.core.plan_view import MARKABLE, markable, numeric, plan, plan_items, short_name, vaccine_name
from bot.core.schedule import PlanItem, Status
from bot.core.turn import Turn, button, child_name

DATE_STEP = "card_date"
ALL_STEP = "card_all"
VERBS = frozenset({"card", "card-d", "card-t", "card-o", "card-u", "card-all", "card-all-yes", "card-undo",
                   "card-x"})


async def press(t: Turn, verb: str, arg: str) -> bool:
    """Handle a card button; False when it is stale (the caller says so)."""
    raw_child, _, dose_id = arg.partition(":")
    child = await t.child(raw_child)
    if child is None or child.id is None:
        return False
    items = {i.dose.id: i for i in await plan_items(t, child)}
    if verb in ("card", "card-all", "card-undo", "card-all-yes"):
        return await _child_press(t, verb, child, list(items.values())) if dose_id == "" else False
    item = items.get(dose_id)
    if item is None:
        return False
    if verb == "card-x":
        return await _undo(t, child, item)
    if item.status not in MARKABLE:
        return False
    if verb == "card-d":
        ask_when(t, child, dose_id)
    elif verb == "card-o":
        t.goto(DATE_STEP, child=child.id, dose=dose_id)
        ask_date(t)
    else:
        await record(t, child, [dose_id], t.today, known=verb == "card-t")
    return True


async def _child_press(t: Turn, verb: str, child: Child, items: list[PlanItem]) -> bool:
    open_items = markable(items)
    if verb == "card":
        if not open_items:
            return False
        rows = tuple((button(f"card-d:{child.id}:{i.dose.id}", short_name(i.dose.id).id),) for i in open_items)
        t.say(Text("record-ask-which", {"name": child_name(child)}),
              buttons=rows + ((button("menu", "button-cancel"),),))
    elif verb == "card-all":
        if not open_items:
            return False
        t.goto(ALL_STEP, child=str(child.id))
        t.say(Text("record-complete-confirm", {"name": child_name(child), "count": len(open_items),
                                               "items": _lines(open_items)}),
              buttons=((button(f"card-all-yes:{child.id}", "record-complete-yes"),),
                       (button("menu", "button-cancel"),)))
    elif verb == "card-all-yes":
        if t.chat.step != ALL_STEP or t.chat.data.get("child") != str(child.id) or not open_items:
            return False
        t.goto("")
        await record(t, child, [i.dose.id for i in open_items], t.today, known=False)
    else:
        done = [i for i in items if i.status is Status.DONE]
        if not done:
            return False
        rows = tuple((button(f"card-x:{child.id}:{i.dose.id}", short_name(i.dose.id).id),) for i in done)
        t.say(Text("record-ask-undo", {"name": child_name(child)}),
              buttons=rows + ((button("menu", "button-cancel"),),))
    return True


def _lines(items: list[PlanItem]) -> Lines:
    return Lines(tuple(Text("record-item", {"name": vaccine_name(i.dose.id)}) for i in items))


def ask_when(t: Turn, child: Child, dose_id: str) -> None:
    data = f"{child.id}:{dose_id}"
    t.say(Text("reminders-ask-when", {"name": child_name(child), "vaccine": vaccine_name(dose_id)}),
          buttons=((button(f"card-t:{data}", "reminders-button-today", date=t.today),),
                   (button(f"card-o:{data}", "reminders-button-other-date"),),
                   (button(f"card-u:{data}", "record-button-date-unknown"),),
                   (button("menu", "button-cancel"),)))


def ask_date(t: Turn) -> None:
    t.say(Text("reminders-ask-date", {"example": numeric(t.today - timedelta(days=3))}),
          buttons=((button("menu", "button-cancel"),),))


async def answer_date(t: Turn, text: str) -> None:
    """The date typed after "another date": recorded, or explained and asked again."""
    child = await t.child(str(t.chat.data.get("child", "")))
    dose_id = str(t.chat.data.get("dose", ""))
    items = {i.dose.id: i for i in await plan_items(t, child)} if child is not None else {}
    if child is None or dose_id not in items or items[dose_id].status not in MARKABLE:
        t.goto("")
        t.show_menu(Text("button-stale"))
        return
    example = numeric(t.today - timedelta(days=3))
    try:
        given = parse_birth_date(text, t.today, t.library.month_names, t.library.date_words)
    except BirthDateError as error:
        t.say(Text("reminders-date-error-" + error.code.removeprefix("date_").replace("_", "-"),
                   {"example": example}), buttons=((button("menu", "button-cancel"),),))
        return
    if given < child.birth_date:
        t.say(Text("reminders-date-error-before-birth", {"name": child_name(child), "born": child.birth_date}),
              buttons=((button("menu", "button-cancel"),),))
        return
    t.goto("")
    await record(t, child, [dose_id], given, known=True)


async def record(t: Turn, child: Child, dose_ids: list[str], given: date, *, known: bool,
                 by: str = "parent") -> None:
    """Record the doses and show the plan again."""
    if child.id is None:
        return
    for dose_id in dose_ids:
        await t.store.add_record(VaccinationRecord(child.id, dose_id, given, by, date_known=known))
    if len(dose_ids) == 1:
        what = {"name": child_name(child), "vaccine": vaccine_name(dose_ids[0]), "date": given}
        t.say(Text("reminders-recorded" if known else "record-recorded-undated", what))
    else:
        t.say(Text("record-recorded-many", {"name": child_name(child), "count": len(dose_ids)}))
    await plan(t, child)


async def _undo(t: Turn, child: Child, item: PlanItem) -> bool:
    if item.status is not Status.DONE or child.id is None:
        return False
    if not await t.store.remove_record(child.id, item.dose.id):
        return False
    t.say(Text("record-undone", {"name": child_name(child), "vaccine": vaccine_name(item.dose.id)}))
    await plan(t, child)
    return True
