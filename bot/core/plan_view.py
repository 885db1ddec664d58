"""The child's plan in "💉 Vaccines and check-ups": what is late, due, waiting, next and done, with the card's
buttons (``bot.core.card``) and the whole calendar (``bot.core.whole_calendar``).

Doses and visits the data marks ``verified: false`` are never stated as certain: they carry a mark (*), an
open one is listed under "ask the pediatrician whether your child needs it now" instead of "late" or "due",
and the footnote explaining the mark appears only when an item shown carries it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.core.family import Child
from bot.core.messages import Button, Lines, Text
from bot.core.schedule import OPEN, PlanItem, Status, VisitItem, checkup_plan, vaccine_plan
from bot.core.turn import Turn, button, child_name

MARKABLE = frozenset({Status.DUE, Status.OVERDUE, Status.WAITING, Status.AT_BIRTH})  # due so far, not recorded
MARK = "plan-unverified-mark"


def vaccine_name(dose_id: str) -> Text:
    return Text("vaccine-" + dose_id.replace("_", "-"))


def short_name(dose_id: str) -> Text:
    """A dose's name short enough for a button."""
    return Text("vaccine-short-" + dose_id.replace("_", "-"))


def numeric(day: date) -> str:
    """A date as digits, the way the vaccination card writes it (the same in every language)."""
    return f"{day.day}.{day.month}.{day.year}."


async def plan_items(t: Turn, child: Child) -> list[PlanItem]:
    if child.id is None:
        return []
    return vaccine_plan(child.birth_date, t.today, t.library.doses, await t.store.records(child.id))


def markable(items: Sequence[PlanItem]) -> list[PlanItem]:
    """The doses due so far without a record, by due day (schedule order on the same day)."""
    return [i for i in items if i.status in MARKABLE]  # vaccine_plan sorts them so already


def dose_text(item: PlanItem) -> Text:
    name = vaccine_name(item.dose.id)
    return name if item.certain else Text(MARK, {"name": name})


def visit_text(item: VisitItem) -> Text:
    name = Text("visit-" + item.visit.id.replace("_", "-"))
    return name if item.visit.verified else Text(MARK, {"name": name})


def _section(message_id: str, lines: Sequence[Text], **args: object) -> list[Text]:
    return [Text(message_id, {"items": Lines(tuple(lines)), **args})] if lines else []


def vaccine_sections(items: Sequence[PlanItem], name: Text) -> list[Text]:
    def having(*statuses: Status, certain: bool | None = None) -> list[PlanItem]:
        return [i for i in items if i.status in statuses and (certain is None or i.certain is certain)]

    upcoming = having(Status.UPCOMING)
    next_dates = sorted({i.due_on for i in upcoming})[:2]
    parts = _section("plan-overdue", [Text("plan-item-overdue", {"name": dose_text(i), "since": i.window_end})
                                      for i in having(Status.OVERDUE, certain=True)])
    parts += _section("plan-due", [Text("plan-item-due", {"name": dose_text(i), "until": i.window_end})
                                   for i in having(Status.DUE, certain=True)])
    parts += _section("record-plan-ask", [Text("record-item", {"name": dose_text(i)})
                                          for i in having(*OPEN, certain=False)], name=name)
    parts += _section("record-plan-waiting", [
        Text("record-plan-item-waiting", {"name": dose_text(i), "previous": short_name(i.after.id)})
        for i in having(Status.WAITING) if i.after is not None])
    parts += _section("plan-next", [Text("plan-item-next", {"name": dose_text(i), "date": i.due_on})
                                    for i in upcoming if i.due_on in next_dates])
    parts += _section("plan-done", [
        Text("plan-item-done", {"name": dose_text(i), "date": i.given_on}) if i.date_known
        else Text("record-plan-item-done-undated", {"name": dose_text(i)}) for i in having(Status.DONE)])
    parts += _section("plan-at-birth", [Text("plan-item-at-birth", {"name": dose_text(i)})
                                        for i in having(Status.AT_BIRTH)])
    return parts


def visit_sections(items: Sequence[VisitItem]) -> list[Text]:
    due = [Text("plan-item-visit-due", {"name": visit_text(i), "until": i.window_end})
           for i in items if i.status is Status.DUE]
    upcoming = [i for i in items if i.status is Status.UPCOMING]
    if upcoming:
        first = min(i.due_on for i in upcoming)
        due += [Text("plan-item-visit-next", {"name": visit_text(i), "date": i.due_on})
                for i in upcoming if i.due_on == first]
    return _section("plan-checkups", due)


def carries_mark(parts: Sequence[object]) -> bool:
    """True when a text (or a text inside its arguments) is the unverified mark."""
    for part in parts:
        if isinstance(part, Text):
            if part.id == MARK or carries_mark(list(part.args.values())):
                return True
        elif isinstance(part, Lines) and carries_mark(part.items):
            return True
    return False


def card_buttons(child: Child, items: Sequence[PlanItem]) -> tuple[tuple[Button, ...], ...]:
    """The plan's buttons: mark a dose, the whole card, undo, the whole calendar, back to the menu."""
    rows: list[tuple[Button, ...]] = []
    if markable(items):
        rows += [(button(f"card:{child.id}", "record-button-mark"),),
                 (button(f"card-all:{child.id}", "record-button-complete"),)]
    if any(i.status is Status.DONE for i in items):
        rows.append((button(f"card-undo:{child.id}", "record-button-undo"),))
    rows += [(button(f"cal:{child.id}", "record-button-calendar"),), (button("menu", "button-back-to-menu"),)]
    return tuple(rows)


async def plan(t: Turn, child: Child) -> None:
    items = await plan_items(t, child)
    visits = checkup_plan(child.birth_date, t.today, t.library.visits)
    name = child_name(child)
    parts = [Text("plan-header", {"name": name, "age": t.age(child)})]
    parts += vaccine_sections(items, name) or [Text("plan-nothing")]
    parts += visit_sections(visits)
    if carries_mark(parts):
        parts.append(Text("plan-unverified-note"))
    parts.append(Text("plan-footer"))
    t.say(*parts, buttons=card_buttons(child, items))
