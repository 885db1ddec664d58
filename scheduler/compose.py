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
- ``at_birth``: a maternity-ward dose (the plan asks to check the card instead);
- ``not_open_yet``: a dose whose window a late previous dose moved (its moved reminders come at their day);
- ``previous_in_message``: a dose waiting for the dose before it, which this message reminds already;
- ``too_old``: an activity check-back (kind ``checkback``) held more than ``HOLD_DAYS`` (bot/core/checkbacks.py).

A family-level row (kind ``handover``, no child: a mediator now looks after the family) comes first, before the
reminders' header; alone, it is the whole message (only the latest such row: an older one is superseded).

A check-back asks "Did you try ...?" about a tip sent two days before, with its three answer buttons (each label
names the child when the message asks about more than one child).

The text fits the stage: ``before`` says from when and where to book and what to bring; ``on`` says today;
follow-ups say it is not recorded yet and not too late; a late dose says so. A dose waiting for the dose before
it says "first the dose before it"; a dose or visit the data does not confirm (``verified: false``, reminded
only with REMIND_UNVERIFIED) asks the parent to ask the pediatrician whether the child needs it now.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.core import checkbacks
from bot.core.age import TERM_WEEKS, age_in_days, corrected_age_days, describe_age
from bot.core.checkin_dialog import offer_button
from bot.core.checkins import CheckinStatus
from bot.core.checkins import due as checkin_due
from bot.core.family import Child, VaccinationRecord
from bot.core.guides import tip_buttons
from bot.core.library import Library
from bot.core.mediation import HANDOVER, HANDOVER_MOVED, HANDOVER_TAKEN
from bot.core.messages import Button, Lines, Reply, Text
from bot.core.reminders import answer_buttons, item_name
from bot.core.schedule import OPEN, PlanItem, Status, VisitItem, checkup_plan, vaccine_plan
from bot.core.tips import WEEK_DAYS, milestones_this_week
from bot.core.turn import button, child_name
from scheduler.timeline import BEFORE_DAYS, is_planner_stage


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
    notes: tuple[Text, ...] = ()  # with a weekly tip: the week's milestone notes, the corrected-age note


def compose(
    items: Sequence[DueItem],
    children: Mapping[int, Child],
    records: Mapping[int, Sequence[VaccinationRecord]],
    library: Library,
    today: date,
    checkin_statuses: Mapping[int, Mapping[int, CheckinStatus]] | None = None,
) -> Composition:
    """The one message for these rows of one family (oldest child first, then by kind). A weekly tip of a child
    with a milestone check-in due (bot.core.checkins; ``checkin_statuses`` by child id) offers it with a button."""
    result = Composition(reply=None)
    parts: list[_Part] = []
    latest = _latest(items, result.dropped)
    in_message = {(row.child_id, row.item) for row in latest if row.kind == "vaccine"}
    family_notes = _family_notes([row for row in latest if row.kind == HANDOVER], result)
    for row in latest:
        if row.kind == HANDOVER:
            continue
        child = children.get(row.child_id) if row.child_id is not None else None
        if child is None:
            result.dropped[row.id] = "no_child"
            continue
        part = _part(row, child, records.get(row.child_id or 0, ()), library, today, in_message)
        if isinstance(part, str):
            result.dropped[row.id] = part
        else:
            parts.append(part)
    if not parts:
        if family_notes:
            result.reply = Reply(parts=tuple(family_notes), buttons=((button("menu", "button-back-to-menu"),),))
        return result
    order = {"catchup": 0, "vaccine": 1, "checkup": 2, "tip": 3, checkbacks.KIND: 4}
    parts.sort(key=lambda p: (p.child.birth_date, p.child.id or 0, order.get(p.row.kind, 4), p.row.id))
    result.included += [p.row.id for p in parts]
    texts = [*family_notes, Text("reminders-header"), *(text for p in parts for text in (p.text, *p.notes))]
    rows = _buttons(parts)
    if rows:
        texts.append(Text("reminders-footer"))
    rows += _guide_buttons(parts, library)
    rows += _checkin_buttons(parts, library, today, checkin_statuses or {})
    tips = tuple(p.row.item for p in parts if p.row.kind == "tip")  # a recording may follow the first that has one
    result.reply = Reply(parts=tuple(texts), buttons=(*rows, (button("menu", "button-back-to-menu"),)), voice=tips)
    return result


def _family_notes(rows: Sequence[DueItem], result: Composition) -> list[Text]:
    """What concerns the whole family, before the reminders: that a mediator now looks after it (kind
    ``handover``, one row at most after ``_latest``; an unknown item is dropped)."""
    notes: list[Text] = []
    for row in rows:
        if row.item in (HANDOVER_TAKEN, HANDOVER_MOVED):
            notes.append(Text(f"handover-{row.item}"))
            result.included.append(row.id)
        else:
            result.dropped[row.id] = "unknown_item"
    return notes


def _latest(items: Sequence[DueItem], dropped: dict[int, str]) -> list[DueItem]:
    """One row per (child, kind, item) and one tip per child: the one due last; the others are superseded."""
    keep: dict[tuple[object, ...], DueItem] = {}
    for row in sorted(items, key=lambda r: (r.due_at, r.id)):
        key = (row.child_id, row.kind) if row.kind in ("tip", checkbacks.KIND, HANDOVER) else \
            (row.child_id, row.kind, row.item)
        if key in keep:
            dropped[keep[key].id] = "superseded"
        keep[key] = row
    return list(keep.values())


def _part(row: DueItem, child: Child, records: Sequence[VaccinationRecord], library: Library,
          today: date, in_message: set[tuple[int | None, str]]) -> _Part | str:
    name = child_name(child)
    if row.kind == "vaccine":
        plan = {i.dose.id: i for i in vaccine_plan(child.birth_date, today, library.doses, records)}
        item = plan.get(row.item)
        if item is None:
            return "unknown_item"
        if item.after is not None and item.previous_open and (row.child_id, item.after.id) in in_message:
            return "previous_in_message"
        return _vaccine(row, child, item, today)
    if row.kind == "checkup":
        visits = {v.visit.id: v for v in checkup_plan(child.birth_date, today, library.visits)}
        visit = visits.get(row.item)
        return "unknown_item" if visit is None else _checkup(row, child, visit)
    if row.kind == "catchup":
        return _catchup(row, child, vaccine_plan(child.birth_date, today, library.doses, records))
    if row.kind == checkbacks.KIND:
        if not any(t.id == row.item and t.checkback for t in library.tips):
            return "unknown_item"
        if checkbacks.too_old(row.due_at.date(), today):
            return "too_old"  # held on Viber past the next weekly message: not asked any more
        return _Part(row, child, checkbacks.question(child, row.item), checkbacks.KIND)
    if row.kind == "tip" and any(t.id == row.item for t in library.tips):
        header = Text("tip-header", {"name": name, "age": describe_age(child.birth_date, today)})
        return _Part(row, child, Text("reminders-tip", {"header": header, "tip": Text(row.item)}), "",
                     tip_notes(child, library, today))
    return "unknown_item"


def tip_notes(child: Child, library: Library, today: date) -> tuple[Text, ...]:
    """What a weekly tip message carries besides the tip: once, in the first week after a baby born early was
    added, what corrected age is; and the milestone notes whose window starts this week (corrected age)."""
    notes: list[Text] = []
    corrected = corrected_age_days(child.birth_date, today, child.gestational_weeks)
    if corrected != age_in_days(child.birth_date, today) and child.enrolled_on is not None and \
            0 <= (today - child.enrolled_on).days < WEEK_DAYS:
        weeks = TERM_WEEKS - (child.gestational_weeks or TERM_WEEKS)
        notes.append(Text("tip-corrected-age-note", {"name": child_name(child), "weeks": weeks}))
    notes += [Text(milestone.id) for milestone in milestones_this_week(library.milestones, corrected)]
    return tuple(notes)


def _vaccine(row: DueItem, child: Child, item: PlanItem, today: date) -> _Part | str:
    name, what = child_name(child), item_name("vaccine", row.item)
    if item.status is Status.DONE:
        return "recorded"
    if item.status is Status.AT_BIRTH:
        return "at_birth"
    if item.previous_open and item.after is not None:  # first the dose before it
        return _Part(row, child, Text("record-reminder-waiting", {
            "name": name, "vaccine": what, "previous": item_name("vaccine", item.after.id)}), "plan")
    if item.status is Status.UPCOMING and is_planner_stage(row.stage) and \
            (today - item.window_start).days < -BEFORE_DAYS - 1:
        return "not_open_yet"  # a late previous dose moved it: its moved reminders come at their day
    if not item.certain:
        return _Part(row, child, Text("record-reminder-unverified", {"name": name, "vaccine": what,
                                                                      "date": item.due_on}), "all")
    if item.status is Status.OVERDUE:
        text = Text("reminders-vaccine-late", {"name": name, "vaccine": what, "since": item.window_end})
    elif row.stage == "before" or item.status is Status.UPCOMING:
        text = Text("reminders-vaccine-before", {"name": name, "vaccine": what, "date": item.due_on,
                                                 "place": Text("place-" + item.dose.place.replace("_", "-"))})
    elif row.stage == "on":
        text = Text("reminders-vaccine-on", {"name": name, "vaccine": what, "until": item.window_end})
    else:
        text = Text("reminders-vaccine-followup", {"name": name, "vaccine": what, "until": item.window_end})
    return _Part(row, child, text, "all")


def _checkup(row: DueItem, child: Child, visit: VisitItem) -> _Part | str:
    name, what = child_name(child), item_name("checkup", row.item)
    if visit.status is Status.OVERDUE:
        return "window_passed"
    if not visit.visit.verified:
        return _Part(row, child, Text("record-reminder-checkup-unverified", {"name": name, "visit": what,
                                                                              "date": visit.due_on}), "all")
    if visit.status is Status.UPCOMING or row.stage == "before":
        return _Part(row, child, Text("reminders-checkup-before", {"name": name, "visit": what,
                                                                   "date": visit.due_on}), "all")
    return _Part(row, child, Text("reminders-checkup-on", {"name": name, "visit": what,
                                                           "until": visit.window_end}), "all")


def _catchup(row: DueItem, child: Child, plan: Sequence[PlanItem]) -> _Part | str:
    """The doses to get now, in schedule order: the first open dose of each series (the others wait for it)."""
    missing = [i for i in plan if i.status in OPEN and not i.previous_open]
    if not missing:
        return "nothing_overdue"
    lines = Lines(tuple(Text("reminders-catchup-item", {"vaccine": item_name("vaccine", i.dose.id)}) if i.certain
                        else Text("record-catchup-item-unverified", {"vaccine": item_name("vaccine", i.dose.id)})
                        for i in sorted(missing, key=lambda i: i.dose.recommended_age.approx_days)))
    return _Part(row, child, Text("reminders-catchup", {"name": child_name(child), "items": lines}), "later")


def _guide_buttons(parts: Sequence[_Part], library: Library) -> list[tuple[Button, ...]]:
    """A "step by step" button for each tip that points to a documents-and-rights guide."""
    tips = {tip.id: tip for tip in library.tips}
    return [row for p in parts if p.row.kind == "tip" for row in tip_buttons(tips.get(p.row.item), library)]


def _checkin_buttons(parts: Sequence[_Part], library: Library, today: date,
                     statuses: Mapping[int, Mapping[int, CheckinStatus]]) -> list[tuple[Button, ...]]:
    """The check-in offer rides on the weekly tip (no message of its own: nothing extra to pay on Viber)."""
    rows: list[tuple[Button, ...]] = []
    for p in parts:
        if p.row.kind != "tip" or p.child.id is None:
            continue
        age = corrected_age_days(p.child.birth_date, today, p.child.gestational_weeks)
        if checkin_due(library.checkpoints, age, statuses.get(p.child.id, {}), today) is not None:
            rows.append((offer_button(p.child),))
    return rows


def _buttons(parts: Sequence[_Part]) -> list[tuple[Button, ...]]:
    """The answer buttons: directly for a single answerable item, else one "answer this" button per item."""
    asked = [p for p in parts if p.answers == checkbacks.KIND]
    questions = [checkbacks.answer_buttons(p.row.id, p.child if len(asked) > 1 else None) for p in asked]
    answerable = [p for p in parts if p.answers and p.answers not in ("plan", checkbacks.KIND)]
    plans = list(dict.fromkeys(p.child.id for p in parts if p.answers == "plan"))  # "first the dose before it"
    plan_rows = [(button(f"plan:{child_id}", "reminders-button-plan"),) for child_id in plans]
    if len(answerable) == 1:
        only = answerable[0]
        rows = [answer_buttons(only.row.id, only.row.kind)]
        if only.answers == "later" and only.child.id not in plans:
            rows.insert(0, (button(f"plan:{only.child.id}", "reminders-button-plan"),))
        return rows + plan_rows + questions
    item_rows: list[tuple[Button, ...]] = [
        (Button(Text("reminders-button-item", {"name": child_name(p.child), "what": item_name(p.row.kind, p.row.item)}),
                f"rem:{p.row.id}"),) for p in answerable]
    return item_rows + plan_rows + questions
