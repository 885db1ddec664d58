"""A family's due outbox rows of one day turned into ONE message (a core :class:`Reply`).

Viber bills every message the bot starts, and parents read one message better than five, so everything due
for a family goes out together: a header, one part per item, a footer, and the answer buttons.

What is said is decided from the child's data on the day of sending, not from the row alone (the row may have
waited through a pause or an outage): a vaccine shows as coming, due, still open or late by its window, and a
row that no longer makes sense is dropped with a stable reason instead of being sent:

- ``recorded``: the dose has a vaccination record;
- ``superseded``: a newer row for the same item (or a newer tip for the same child) is in the same message;
- ``unknown_item``: the dose, visit or tip is not in the schedule any more; ``no_child``: the child is gone;
- ``window_passed``: a check-up whose window has ended; ``nothing_overdue``: a catch-up with nothing missing;
- ``at_birth``: a maternity-ward dose (the plan asks to check the card instead).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.core.age import describe_age
from bot.core.family import Child, VaccinationRecord
from bot.core.guides import tip_buttons
from bot.core.library import Library
from bot.core.messages import Button, Lines, Reply, Text
from bot.core.reminders import answer_buttons, item_name
from bot.core.schedule import PlanItem, Status, checkup_plan, vaccine_plan
from bot.core.turn import button, child_name


@dataclass(frozen=True)
class DueItem:
    """One claimed outbox row."""

    id: int
    child_id: int | None
    kind: str
    item: str
    stage: str
    due_at: datetime


@dataclass
class Composition:
    reply: Reply | None  # None when every row was dropped
    included: list[int] = field(default_factory=list)  # row ids the message carries
    dropped: dict[int, str] = field(default_factory=dict)  # row id -> reason


@dataclass(frozen=True)
class _Part:
    row: DueItem
    child: Child
    text: Text
    answers: str  # "all" (Done / Not yet / Later), "later" (catch-up) or "" (tips)


def compose(
    items: Sequence[DueItem],
    children: Mapping[int, Child],
    records: Mapping[int, Sequence[VaccinationRecord]],
    library: Library,
    today: date,
) -> Composition:
    """The one message for these rows of one family (oldest child first, then by kind)."""
    result = Composition(reply=None)
    parts: list[_Part] = []
    for row in _latest(items, result.dropped):
        child = children.get(row.child_id) if row.child_id is not None else None
        if child is None:
            result.dropped[row.id] = "no_child"
            continue
        part = _part(row, child, records.get(row.child_id or 0, ()), library, today)
        if isinstance(part, str):
            result.dropped[row.id] = part
        else:
            parts.append(part)
    if not parts:
        return result
    order = {"catchup": 0, "vaccine": 1, "checkup": 2, "tip": 3}
    parts.sort(key=lambda p: (p.child.birth_date, p.child.id or 0, order.get(p.row.kind, 4), p.row.id))
    result.included = [p.row.id for p in parts]
    texts = [Text("reminders-header"), *(p.text for p in parts)]
    rows = _buttons(parts)
    if rows:
        texts.append(Text("reminders-footer"))
    rows += _guide_buttons(parts, library)
    result.reply = Reply(parts=tuple(texts), buttons=(*rows, (button("menu", "button-back-to-menu"),)))
    return result


def _latest(items: Sequence[DueItem], dropped: dict[int, str]) -> list[DueItem]:
    """One row per (child, kind, item) and one tip per child: the one due last; the others are superseded."""
    keep: dict[tuple[object, ...], DueItem] = {}
    for row in sorted(items, key=lambda r: (r.due_at, r.id)):
        key = (row.child_id, "tip") if row.kind == "tip" else (row.child_id, row.kind, row.item)
        if key in keep:
            dropped[keep[key].id] = "superseded"
        keep[key] = row
    return list(keep.values())


def _part(row: DueItem, child: Child, records: Sequence[VaccinationRecord], library: Library,
          today: date) -> _Part | str:
    name = child_name(child)
    if row.kind == "vaccine":
        plan = {i.dose.id: i for i in vaccine_plan(child.birth_date, today, library.doses, records)}
        item = plan.get(row.item)
        return "unknown_item" if item is None else _vaccine(row, child, item)
    if row.kind == "checkup":
        visits = {v.visit.id: v for v in checkup_plan(child.birth_date, today, library.visits)}
        visit = visits.get(row.item)
        if visit is None:
            return "unknown_item"
        what = item_name("checkup", row.item)
        if visit.status is Status.UPCOMING:
            return _Part(row, child, Text("reminders-checkup-before", {"name": name, "visit": what,
                                                                       "date": visit.due_on}), "all")
        if visit.status is Status.DUE:
            return _Part(row, child, Text("reminders-checkup-on", {"name": name, "visit": what,
                                                                   "until": visit.window_end}), "all")
        return "window_passed"
    if row.kind == "catchup":
        missing = [i for i in vaccine_plan(child.birth_date, today, library.doses, records)
                   if i.status in (Status.OVERDUE, Status.DUE)]
        if not missing:
            return "nothing_overdue"
        lines = Lines(tuple(Text("reminders-catchup-item", {"vaccine": item_name("vaccine", i.dose.id)})
                            for i in missing))
        return _Part(row, child, Text("reminders-catchup", {"name": name, "items": lines}), "later")
    if row.kind == "tip" and any(t.id == row.item for t in library.tips):
        header = Text("tip-header", {"name": name, "age": describe_age(child.birth_date, today)})
        return _Part(row, child, Text("reminders-tip", {"header": header, "tip": Text(row.item)}), "")
    return "unknown_item"


def _vaccine(row: DueItem, child: Child, item: PlanItem) -> _Part | str:
    name, what = child_name(child), item_name("vaccine", row.item)
    if item.status is Status.DONE:
        return "recorded"
    if item.status is Status.AT_BIRTH:
        return "at_birth"
    if item.status is Status.UPCOMING:
        text = Text("reminders-vaccine-before", {"name": name, "vaccine": what, "date": item.due_on})
    elif item.status is Status.OVERDUE:
        text = Text("reminders-vaccine-late", {"name": name, "vaccine": what, "since": item.window_end})
    elif row.stage == "on":
        text = Text("reminders-vaccine-on", {"name": name, "vaccine": what, "until": item.window_end})
    else:
        text = Text("reminders-vaccine-followup", {"name": name, "vaccine": what, "until": item.window_end})
    return _Part(row, child, text, "all")


def _guide_buttons(parts: Sequence[_Part], library: Library) -> list[tuple[Button, ...]]:
    """A "step by step" button for each tip that points to a documents-and-rights guide."""
    tips = {tip.id: tip for tip in library.tips}
    return [row for p in parts if p.row.kind == "tip" for row in tip_buttons(tips.get(p.row.item), library)]


def _buttons(parts: Sequence[_Part]) -> list[tuple[Button, ...]]:
    """The answer buttons: directly for a single answerable item, else one "answer this" button per item."""
    answerable = [p for p in parts if p.answers]
    if len(answerable) == 1:
        only = answerable[0]
        rows = [answer_buttons(only.row.id, only.row.kind)]
        if only.answers == "later":
            rows.insert(0, (button(f"plan:{only.child.id}", "reminders-button-plan"),))
        return rows
    return [(Button(Text("reminders-button-item", {"name": child_name(p.child), "what": item_name(p.row.kind,
            p.row.item)}), f"rem:{p.row.id}"),) for p in answerable]
