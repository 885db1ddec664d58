"""One child's plan in memory: what its outbox should hold now (re-planning), and its whole plan (preview).

Pure: takes a :class:`~bot.storage.outbox.ChildSnapshot` and the child's existing outbox rows, returns rows to
insert and keys to keep. The planner cancels every pending planner row whose key is not kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.core.age import age_in_days
from bot.core.library import Dose
from bot.storage.outbox import ChildSnapshot, OutboxEntry, PlannedRow
from scheduler.calendar import DeliveryCalendar
from scheduler.timeline import (
    CATCHUP,
    TIP,
    VACCINE,
    ChildFacts,
    ScheduleItem,
    Slot,
    TipBook,
    catchup_slot,
    corrected_age,
    is_planner_stage,
    item_slots,
    tip_key,
    tip_slot_days,
    tip_slots,
)

PREVIEW_YEARS_DAYS = 7 * 366
OPEN_STATES = ("pending", "sending")  # planned, not sent yet  # a preview covers the first seven years


@dataclass(frozen=True)
class Wanted:
    rows: list[PlannedRow]  # to insert (existing keys are skipped by the insert)
    keep: set[str]  # keys of existing rows the plan still wants


def facts_of(snapshot: ChildSnapshot, existing: Sequence[OutboxEntry]) -> ChildFacts:
    return ChildFacts(
        child_id=snapshot.child_id,
        birth_date=snapshot.birth_date,
        gestational_weeks=snapshot.gestational_weeks,
        enrolled_on=snapshot.enrolled_on,
        recorded=snapshot.recorded,
        records=snapshot.records,
        done=frozenset((e.kind, e.item) for e in existing if e.answer == "done"),
        seen_tips=snapshot.seen_tips,
    )


@dataclass(frozen=True)
class ChildPlanner:
    items: Sequence[ScheduleItem]
    book: TipBook
    calendar: DeliveryCalendar
    doses: Sequence[Dose] = ()  # the whole calendar: records move the doses after them

    def row(self, snapshot: ChildSnapshot, slot: Slot, not_before: datetime | None) -> PlannedRow:
        due = self.calendar.slot(slot.day, slot.hour, not_before)
        return PlannedRow(
            snapshot.family_id, snapshot.child_id, slot.kind, slot.item, slot.stage, due,
            self.calendar.local_day(due), slot.key, slot.fingerprint,
        )

    def wanted(
        self, snapshot: ChildSnapshot, existing: Sequence[OutboxEntry], now: datetime, last_day: date
    ) -> Wanted:
        """What the outbox should hold for this child: doses and visits (past pending ones stay, new ones from
        today up to ``last_day``), weekly tips from today, and the one catch-up of a late enrolment."""
        if snapshot.stopped:
            return Wanted([], set())
        today = self.calendar.local_day(now)
        facts = facts_of(snapshot, existing)
        hour = snapshot.tip_hour
        slots = item_slots(facts, self.items, hour, facts.birth_date, last_day, self.doses,
                           moved_until=facts.birth_date + timedelta(days=PREVIEW_YEARS_DAYS))
        keep = {slot.key for slot in slots}
        new = [slot for slot in slots if slot.day >= today]
        kept_tips = self._valid_tips(snapshot, facts, existing)
        keep |= {entry.key for entry in kept_tips}
        # Taken: tips planned and not sent yet (a sent tip is seen), except those being cancelled now.
        taken = frozenset(e.item for e in existing if e.kind == TIP and e.state in OPEN_STATES and
                          (e.state != "pending" or e in kept_tips))
        kept_days = {_slot_day(entry.key) for entry in kept_tips}
        free_days = [day for day in tip_slot_days(snapshot.tip_weekday, today, last_day) if day not in kept_days]
        new += tip_slots(facts, self.book, snapshot.tip_weekday, hour, free_days, taken)
        catchup = catchup_slot(facts, self.items, hour, today)
        rows = [self.row(snapshot, slot, now) for slot in new]
        rows = [row for row in rows if _allowed(snapshot, row.due_at)]  # paused: nothing in the pause
        if catchup is not None:  # a pause postpones the catch-up instead
            keep.add(catchup.key)
            rows.append(self.row(snapshot, catchup, max(now, snapshot.paused_until or now)))
        keep -= {e.key for e in existing if e.kind != CATCHUP and not _allowed(snapshot, e.due_at)}
        return Wanted(rows, keep)

    def _valid_tips(
        self, snapshot: ChildSnapshot, facts: ChildFacts, existing: Sequence[OutboxEntry]
    ) -> list[OutboxEntry]:
        """Pending weekly tips that still fit: the family's weekday and hour, the child's age, the season."""
        valid = []
        for entry in existing:
            if entry.kind != TIP or entry.state != "pending" or not is_planner_stage(entry.stage):
                continue
            day = _slot_day(entry.key)
            if day is None or entry.key != tip_key(snapshot.child_id, day, snapshot.tip_hour):
                continue
            if day.weekday() == snapshot.tip_weekday and entry.item not in facts.seen_tips and \
                    self.book.fits(entry.item, corrected_age(facts, day), age_in_days(facts.birth_date, day),
                                   day.month):
                valid.append(entry)
        return valid

    def obsolete(self, snapshot: ChildSnapshot | None, existing: Sequence[OutboxEntry], keep: set[str]) -> list[int]:
        """Pending rows to cancel: planner rows the plan no longer wants, and answers' reminders ("later")
        of an item now recorded or answered done, or of a family that stopped reminders."""
        done = {(e.kind, e.item) for e in existing if e.answer == "done"}
        recorded = snapshot.recorded if snapshot is not None else frozenset()
        stopped = snapshot is None or snapshot.stopped
        ids = []
        for entry in existing:
            if entry.state != "pending":
                continue
            if is_planner_stage(entry.stage):
                if entry.key not in keep:
                    ids.append(entry.id)
            elif stopped or (entry.kind, entry.item) in done or (entry.kind == VACCINE and entry.item in recorded):
                ids.append(entry.id)
        return ids

    def whole_plan(self, snapshot: ChildSnapshot, existing: Sequence[OutboxEntry]) -> list[PlannedRow]:
        """Every reminder of the first seven years at its natural time, from the enrolment day on, as if every
        tip were read when sent (the preview)."""
        facts = facts_of(snapshot, existing)
        first = max(facts.birth_date, facts.enrolled_on)
        last = facts.birth_date + timedelta(days=PREVIEW_YEARS_DAYS)
        hour = snapshot.tip_hour
        slots = item_slots(facts, self.items, hour, first, last, self.doses)
        taken = frozenset(e.item for e in existing if e.kind == TIP and e.state in OPEN_STATES)
        slots += tip_slots(facts, self.book, snapshot.tip_weekday, hour,
                           tip_slot_days(snapshot.tip_weekday, first, last), taken)
        catchup = catchup_slot(facts, self.items, hour, first)
        if catchup is not None:
            slots.append(catchup)
        rows = [self.row(snapshot, slot, None) for slot in slots]
        return sorted(rows, key=lambda row: (row.due_at, row.kind, row.item))


def _allowed(snapshot: ChildSnapshot, due_at: datetime) -> bool:
    return snapshot.paused_until is None or snapshot.paused_until <= due_at


def _slot_day(key: str) -> date | None:
    """The planned local day in a tip key ``tip:<YYYYMMDD>T<HH>:<child>``."""
    try:
        stamp = key.split(":")[1]
        return date(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]))
    except (IndexError, ValueError):
        return None
