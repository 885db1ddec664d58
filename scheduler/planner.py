"""The planner: children + schedule + history -> outbox rows with unique idempotency keys.

Two ways in, one set of keys (``scheduler/timeline.py``):

- :meth:`Planner.plan_day` plans ONE local day for every child at once, in the database: a dose stage due
  that day concerns exactly the children born ``day - offset`` (one index lookup per schedule stage), and the
  weekly tip concerns the children of the families whose tip weekday it is. Nothing per child in Python.
- :meth:`Planner.replan_child` re-plans one child from scratch in memory (new child, birth date corrected,
  record added, family settings changed): inserts what is missing and cancels pending rows the plan no longer
  wants. A removed child's rows go with it (ON DELETE CASCADE).

:meth:`Planner.tick` (called by the runner) does what is needed now: after a schedule edit, cancel the rows of
the edited items only (their fingerprints changed); re-plan the children whose data changed since the last
look; and plan one more day of the sliding window ``[today, today + horizon]`` - one day per tick, so a
tick stays short even for a million children and the window fills within ``horizon`` ticks of a start.

Changes are found by the database's own timestamps (``updated_at`` of child and family, ``created_at`` of a
vaccination record), compared with a watermark taken from the same clock, minus a margin for transactions that
committed late. Re-planning a child twice is harmless: it adds nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.core.library import Library
from bot.core.ports import Clock
from bot.storage.database import Database
from bot.storage.models import utc_now
from bot.storage.outbox import ChildSnapshot, OutboxEntry, OutboxRepository, PlannedRow
from bot.storage.outbox_bulk import HourSlot, StageTarget, TipBookRows, TipChoice, TipDay
from scheduler.calendar import DeliveryCalendar
from scheduler.child_plan import ChildPlanner
from scheduler.timeline import (
    CHECKUP,
    TIP,
    VACCINE,
    TipBook,
    item_key_head,
    item_key_tail,
    schedule_items,
    tip_key_head,
)

log = logging.getLogger(__name__)

DEFAULT_HORIZON_DAYS = 14
CHANGE_MARGIN = timedelta(minutes=2)  # transactions that stamped a row before the watermark but committed after
PARALLEL_PARTS = 2  # PostgreSQL: a day in this many transactions at once, each for its share of the families
MAX_CHILDREN_PER_TICK = 500  # a bulk import is re-planned over several ticks


@dataclass
class PlanReport:
    added: int = 0
    cancelled: int = 0
    children: int = 0
    days: tuple[date, ...] = ()


class Planner:
    def __init__(
        self,
        database: Database,
        library: Library | Callable[[], Library],
        calendar: DeliveryCalendar,
        clock: Clock,
        horizon_days: int = DEFAULT_HORIZON_DAYS,
    ) -> None:
        self._sessions = async_sessionmaker(database.engine, expire_on_commit=False)
        self._dialect = database.engine.dialect.name
        self._library = library if callable(library) else (lambda: library)
        self.calendar = calendar
        self.clock = clock
        self.horizon = timedelta(days=horizon_days)
        self._loaded: Library | None = None
        self._fingerprints: list[tuple[str, str, int]] = []
        self._planned_through: date | None = None
        self._watermark: datetime | None = None
        self._backlog: dict[int, datetime] = {}  # changed children not re-planned yet -> time of the change
        self._handled: dict[int, datetime] = {}  # children re-planned within the margin -> change handled

    # -- the schedule ---------------------------------------------------------------------------------------

    def _load(self) -> bool:
        """Take the current library (content may be reloaded while running); True when its schedule (the
        fingerprints of doses, visits and tips) differs from the one planned with so far."""
        library = self._library()
        if library is self._loaded:
            return False
        self._loaded = library
        self.items = schedule_items(library)
        self.book = TipBook.of(library.tips)
        self.children_plan = ChildPlanner(self.items, self.book, self.calendar)
        self._tip_rows = {  # one book a month: seasonal tips are in their months only
            month: TipBookRows.of([TipChoice(age, tip, seq, self.book.fingerprints[tip], basis)
                                   for age, basis, tip, seq in self.book.choices(month)])
            for month in range(1, 13)
        }
        before, self._fingerprints = self._fingerprints, self.fingerprints()
        return before != self._fingerprints

    def fingerprints(self) -> list[tuple[str, str, int]]:
        current = [(item.kind, item.item, item.fingerprint) for item in self.items]
        return current + [(TIP, tip, fp) for tip, fp in self.book.fingerprints.items()]

    async def reconcile_schedule(self) -> int:
        """Cancel pending rows of schedule items edited or removed since they were planned; returns how many.
        The next days planned then carry the new fingerprints (new keys); untouched items keep theirs."""
        self._load()
        async with self._transaction() as outbox:
            cancelled = await outbox.cancel_stale(self._fingerprints, (VACCINE, CHECKUP, TIP))
        if cancelled:
            log.info("schedule changed: %s pending rows cancelled for re-planning", cancelled)
        return cancelled

    # -- the tick -------------------------------------------------------------------------------------------

    async def tick(self) -> PlanReport:
        now = self.clock.now()
        today = self.calendar.local_day(now)
        report = PlanReport()
        if self._load() or self._planned_through is None:
            report.cancelled += await self.reconcile_schedule()
            self._planned_through = None  # a new schedule: plan the window again from today
        changed = await self.replan_changed(now)
        report.added += changed.added
        report.cancelled += changed.cancelled
        report.children = changed.children
        day = self._next_day(today)
        if day is not None:
            report.added += await self.plan_day(day, now)
            self._planned_through = day
            report.days = (day,)
        return report

    def _next_day(self, today: date) -> date | None:
        if self._planned_through is None or self._planned_through < today:
            return today
        if self._planned_through < today + self.horizon:
            return self._planned_through + timedelta(days=1)
        return None

    async def replan_changed(self, now: datetime | None = None) -> PlanReport:
        """Re-plan the children added or changed since the last look (at most MAX_CHILDREN_PER_TICK now).

        The look goes back CHANGE_MARGIN before the last one; a child whose change was handled already is
        not re-planned again for it."""
        scan_started = utc_now()  # the clock the database timestamps come from, not the injected one
        async with self._transaction() as outbox:
            if self._watermark is None:
                self._watermark = await outbox.newest_created_at() or scan_started
            since = self._watermark - CHANGE_MARGIN
            changed = await outbox.changed_children(since)
        self._watermark = scan_started
        self._handled = {child: at for child, at in self._handled.items() if at > since}
        fresh = {child: at for child, at in changed.items() if self._handled.get(child, since) < at}
        self._backlog.update(fresh)
        batch = sorted(self._backlog)[:MAX_CHILDREN_PER_TICK]
        report = await self.replan_children(batch, now)
        for child in batch:
            self._handled[child] = self._backlog.pop(child)
        return report

    # -- planning -------------------------------------------------------------------------------------------

    async def plan_day(self, day: date, now: datetime | None = None) -> int:
        """Plan every dose, visit and tip reminder of local ``day`` for every child; returns the new rows.

        SQLite (one writer): one transaction. PostgreSQL: PARALLEL_PARTS transactions at once on as many
        connections, each for the families whose id is its part modulo PARALLEL_PARTS, so the server works on
        them with all its cores and no two of them touch the same family (planning is idempotent: a part that
        fails is simply planned again by the next tick)."""
        parts = PARALLEL_PARTS if self._dialect == "postgresql" else 1
        work = [partial(self.plan_day_in, day=day, now=now, part=n, parts=parts) for n in range(parts)]
        added = sum(await asyncio.gather(*(self._in_transaction(part) for part in work)))
        log.info("planned %s: %s new rows", day.isoformat(), added)
        return added

    async def _in_transaction(self, work: Callable[[OutboxRepository], Awaitable[int]]) -> int:
        async with self._transaction() as outbox:
            return await work(outbox)

    async def plan_day_in(
        self, outbox: OutboxRepository, day: date, now: datetime | None = None, *, part: int = 0, parts: int = 1
    ) -> int:
        """:meth:`plan_day` in the caller's transaction (``cavororo reminders due`` rolls it back), for the
        families whose id is ``part`` modulo ``parts``."""
        self._load()
        now = now or self.clock.now()
        hours = self._hours(day, now)
        added = await outbox.plan_stages(self._stage_targets(day), hours, utc_now(), part, parts)
        return added + await outbox.plan_tips(self._tip_day(day), hours, utc_now(), part, parts)

    def _hours(self, day: date, now: datetime) -> list[HourSlot]:
        return [self._hour(day, hour, now) for hour in range(24)]

    def _hour(self, day: date, hour: int, now: datetime) -> HourSlot:
        due = self.calendar.slot(day, hour, not_before=now)
        return HourSlot(hour, due, self.calendar.local_day(due))

    def _stage_targets(self, day: date) -> list[StageTarget]:
        return [
            StageTarget(
                item.kind, item.item, stage.name, day - timedelta(days=stage.offset_days),
                item_key_head(item.kind, item.item, stage.name, day), item_key_tail(item.fingerprint),
                item.fingerprint, item.dose_id,
            )
            for item in self.items
            for stage in item.stages
        ]

    def _tip_day(self, day: date) -> TipDay:
        return TipDay(day, day.weekday(), tip_key_head(day), self._tip_rows[day.month])

    async def replan_children(self, child_ids: Iterable[int], now: datetime | None = None) -> PlanReport:
        report = PlanReport()
        for child_id in child_ids:
            added, cancelled = await self.replan_child(child_id, now)
            report.added += added
            report.cancelled += cancelled
            report.children += 1
        return report

    async def replan_child(self, child_id: int, now: datetime | None = None) -> tuple[int, int]:
        """Bring one child's outbox in line with its data; returns (rows added, rows cancelled)."""
        self._load()
        now = now or self.clock.now()
        last_day = self.calendar.local_day(now) + self.horizon
        async with self._transaction() as outbox:
            snapshot = await outbox.snapshot(child_id)
            existing = await outbox.child_rows(child_id)
            if snapshot is None:
                return 0, await outbox.cancel(self.children_plan.obsolete(None, existing, set()))
            wanted = self.children_plan.wanted(snapshot, existing, now, last_day)
            cancelled = await outbox.cancel(self.children_plan.obsolete(snapshot, existing, wanted.keep))
            added = await outbox.insert(wanted.rows, utc_now())
        return added, cancelled

    def whole_plan_of(self, snapshot: ChildSnapshot, existing: Sequence[OutboxEntry]) -> list[PlannedRow]:
        """The child's whole plan, in memory (see ChildPlanner.whole_plan): the preview."""
        self._load()
        return self.children_plan.whole_plan(snapshot, existing)

    def _transaction(self) -> _OutboxTransaction:
        return _OutboxTransaction(self._sessions)


class _OutboxTransaction:
    """``async with`` an OutboxRepository on a new session: committed at the end, rolled back on error."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def __aenter__(self) -> OutboxRepository:
        self._session = self._sessions()
        self._transaction = await self._session.begin()
        return OutboxRepository(self._session)

    async def __aexit__(self, kind: object, error: object, traceback: object) -> None:
        try:
            if error is None:
                await self._transaction.commit()
            else:
                await self._transaction.rollback()
        finally:
            await self._session.close()
