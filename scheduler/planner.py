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
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial

from bot.core.library import Library
from bot.core.ports import Clock
from bot.storage.database import Database
from bot.storage.models import utc_now
from bot.storage.outbox import ChildSnapshot, OutboxEntry, OutboxRepository, PlannedRow
from bot.storage.outbox_bulk import HourSlot, StageTarget, TipBookRows, TipChoice, TipDay
from scheduler.calendar import DeliveryCalendar
from scheduler.checkback_planning import expire_checkbacks, plan_checkbacks
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
# Chunks of a planned day, each one short transaction (docs/performance.md: a parent's turn waits < 100 ms):
# on SQLite a tip chunk costs about 4 ms of CPU per 1,000 family ids (the month's tip book, 12,000 rows, is read
# once per connection into temp.tip_book: bot/storage/outbox_bulk.py; reading it in every chunk cost ~30 ms),
# more while its pages are not cached yet; a stage chunk about 3-4 ms per birth date once cached, 20-40 ms before.
STAGE_TARGETS_PER_CHUNK = 1  # birth dates of dose/visit stages: ~400 of a million children
TIP_FAMILIES_PER_CHUNK = 3_500  # family ids: ~500 families of the day's tip weekday, ~700 children
# PostgreSQL does not make a turn wait for planning (no single writer): chunks 16 times larger, far fewer commits.
POSTGRES_CHUNK_FACTOR = 16


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
        remind_unverified: bool = False,
    ) -> None:
        self._database = database
        self._dialect = database.engine.dialect.name
        self._library = library if callable(library) else (lambda: library)
        self.calendar = calendar
        self.clock = clock
        self.horizon = timedelta(days=horizon_days)
        self.remind_unverified = remind_unverified  # setting REMIND_UNVERIFIED
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
        self.items = schedule_items(library, self.remind_unverified)
        self.book = TipBook.of(library.tips)
        self.children_plan = ChildPlanner(self.items, self.book, self.calendar, library.doses)
        # One book a month (seasonal tips are in their months only), serialised when a day of the month is first
        # planned: all twelve at once take about a second of CPU, which would hold up every turn meanwhile.
        self._tip_rows: dict[int, TipBookRows] = {}
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
        report.added += await self.plan_checkbacks(now)
        day = self._next_day(today)
        if day is not None:
            report.added += await self.plan_day(day, now)
            self._planned_through = day
            report.days = (day,)
        return report

    async def plan_checkbacks(self, now: datetime) -> int:
        """The activity check-backs of tips delivered lately, and the held ones too old to ask (see
        scheduler/checkback_planning.py); returns the rows added."""
        self._load()
        assert self._loaded is not None
        async with self._database.transaction() as store:
            await expire_checkbacks(store.session, self.calendar, now)
            return await plan_checkbacks(store.session, self._loaded, self.calendar, now)

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

        In chunks, each its own short transaction through :meth:`Database.transaction` (on SQLite the queue the
        parents' turns wait in, so a turn waits for one chunk at most, never for the whole day): the dose and
        visit stages STAGE_TARGETS_PER_CHUNK birth dates at a time, the weekly tips TIP_FAMILIES_PER_CHUNK family
        ids at a time. PostgreSQL also runs PARALLEL_PARTS transactions of a chunk at once, each for the
        families whose id is its part modulo PARALLEL_PARTS, so the server uses all its cores and no two touch
        the same family. Planning is idempotent: a chunk that fails is planned again by the next tick."""
        self._load()
        now = now or self.clock.now()
        hours, parts = self._hours(day, now), PARALLEL_PARTS if self._dialect == "postgresql" else 1
        factor = POSTGRES_CHUNK_FACTOR if self._dialect == "postgresql" else 1
        stage_chunk, tip_chunk = STAGE_TARGETS_PER_CHUNK * factor, TIP_FAMILIES_PER_CHUNK * factor
        targets, added = self._stage_targets(day), 0
        for start in range(0, len(targets), stage_chunk):
            chunk = targets[start:start + stage_chunk]
            added += await self._in_parts(parts, partial(_plan_stages, chunk, hours, parts))
        async with self._transaction() as outbox:
            span = await outbox.family_id_range()
        low, high = span or (0, -1)
        for first in range(low, high + 1, tip_chunk):
            families = (first, min(first + tip_chunk - 1, high))
            added += await self._in_parts(parts, partial(_plan_tips, self._tip_day(day), hours, parts, families))
        log.info("planned %s: %s new rows", day.isoformat(), added)
        return added

    async def _in_parts(self, parts: int, work: Callable[[OutboxRepository, int], Awaitable[int]]) -> int:
        async def one(part: int) -> int:
            async with self._transaction() as outbox:
                return await work(outbox, part)

        return sum(await asyncio.gather(*(one(part) for part in range(parts))))

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
        """One target per stage and birth date reaching the stage on ``day`` (none, one, or several at month
        ends); a child whose previous dose was recorded late is left to re-planning (``moved_after``)."""
        return [
            StageTarget(
                item.kind, item.item, stage.name, birth,
                item_key_head(item.kind, item.item, stage.name, day), item_key_tail(item.fingerprint),
                item.fingerprint, item.dose_id, item.previous, item.moved_after(birth),
            )
            for item in self.items
            for stage in item.stages
            for birth in item.due.births_for(day - timedelta(days=stage.after_due))
            if item.days(birth).get(stage.name) == day
        ]

    def _tip_day(self, day: date) -> TipDay:
        return TipDay(day, day.weekday(), tip_key_head(day), self._tip_book(day.month))

    def _tip_book(self, month: int) -> TipBookRows:
        if month not in self._tip_rows:
            self._tip_rows[month] = TipBookRows.of([TipChoice(age, tip, seq, self.book.fingerprints[tip], basis)
                                                    for age, basis, tip, seq in self.book.choices(month)])
        return self._tip_rows[month]

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
        async with self._transaction() as outbox:
            return await self.replan_child_in(outbox, child_id, now or self.clock.now())

    async def replan_child_in(self, outbox: OutboxRepository, child_id: int, now: datetime) -> tuple[int, int]:
        """:meth:`replan_child` in the caller's transaction."""
        self._load()
        last_day = self.calendar.local_day(now) + self.horizon
        snapshot = await outbox.snapshot(child_id)
        existing = await outbox.child_rows(child_id)
        if snapshot is None:
            return 0, await outbox.cancel(self.children_plan.obsolete(None, existing, set()))
        wanted = self.children_plan.wanted(snapshot, existing, now, last_day)
        cancelled = await outbox.cancel(self.children_plan.obsolete(snapshot, existing, wanted.keep))
        added = await outbox.insert(wanted.rows, utc_now())
        return added, cancelled

    async def tick_in(self, outbox: OutboxRepository, at: datetime) -> None:
        """What a tick at ``at`` plans, in the caller's transaction (``cavororo reminders due`` rolls it back):
        the children whose changes the outbox does not reflect yet (a catch-up, a new record) are re-planned,
        then the local day of ``at`` is planned as the day planner plans it in advance, and the activity
        check-backs of the tips delivered by then are planned (and the held ones too old dropped) as a tick at
        ``at`` would."""
        self._load()
        day = self.calendar.local_day(at)
        start = self.calendar.local_instant(day, 0)
        since = await outbox.newest_created_at()
        changed = await outbox.changed_children(since - CHANGE_MARGIN if since else datetime.min.replace(tzinfo=UTC))
        for child_id, changed_at in sorted(changed.items()):  # re-planned when changed that day, else at its start
            await self.replan_child_in(outbox, child_id, changed_at if start <= changed_at <= at else start)
        await self.plan_day_in(outbox, day, now=start)
        assert self._loaded is not None
        await expire_checkbacks(outbox.session, self.calendar, at)
        await plan_checkbacks(outbox.session, self._loaded, self.calendar, at)

    def whole_plan_of(self, snapshot: ChildSnapshot, existing: Sequence[OutboxEntry]) -> list[PlannedRow]:
        """The child's whole plan, in memory (see ChildPlanner.whole_plan): the preview."""
        self._load()
        return self.children_plan.whole_plan(snapshot, existing)

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[OutboxRepository]:
        """An OutboxRepository on one transaction of the Database (its queue on SQLite): committed at the end,
        rolled back on error."""
        async with self._database.transaction() as store:
            yield OutboxRepository(store.session)


async def _plan_stages(targets: Sequence[StageTarget], hours: Sequence[HourSlot], parts: int,
                       outbox: OutboxRepository, part: int) -> int:
    return await outbox.plan_stages(targets, hours, utc_now(), part, parts)


async def _plan_tips(tip_day: TipDay, hours: Sequence[HourSlot], parts: int, families: tuple[int, int],
                     outbox: OutboxRepository, part: int) -> int:
    return await outbox.plan_tips(tip_day, hours, utc_now(), part, parts, families)
