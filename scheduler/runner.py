"""The ticker: an APScheduler 3.x ``AsyncIOScheduler`` job that plans, then sends, every few seconds.

One job, not one job per reminder: the outbox table is the truth, so a restart loses nothing and several
processes can share the work (see DESIGN.md). The job runs on the bot's own event loop; ``coalesce`` folds
ticks missed while the process was busy or asleep into one, and ``max_instances=1`` means a long tick (a big
backlog after an outage) is never overlapped by the next.

A failing tick is logged (error type only, never data) and the next tick tries again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.library import Library
from bot.core.ports import Clock
from bot.delivery import Sender
from bot.health import Now, TickLog
from bot.i18n.translator import Translator
from bot.storage.database import Database
from scheduler.calendar import DeliveryCalendar
from scheduler.dispatcher import Dispatcher, DispatchPolicy
from scheduler.planner import Planner
from scheduler.retention import DailyRetention, Retention, RetentionPolicy

log = logging.getLogger(__name__)

JOB_ID = "reminders-tick"
STOP_GRACE_SECONDS = 20.0


@dataclass
class TickReport:
    planned: int = 0
    sent: int = 0
    failed: bool = False


class ReminderRunner:
    """Plans and dispatches on a timer; ``tick`` is also callable directly (tests, one-off runs)."""

    def __init__(self, plan: Callable[[], Awaitable[object]], dispatch: Callable[[], Awaitable[object]],
                 tick_seconds: float, *, halt: Callable[[], None] = lambda: None,
                 grace_seconds: float = STOP_GRACE_SECONDS, now: Now | None = None,
                 daily: Callable[[], Awaitable[object]] | None = None) -> None:
        self._plan = plan
        self._dispatch = dispatch
        self._daily = daily  # once-a-day work that decides itself when it is due (scheduler/retention.py)
        self._halt = halt
        self.tick_seconds = tick_seconds
        self.grace_seconds = grace_seconds
        self.scheduler: AsyncIOScheduler | None = None
        self._current: asyncio.Task[object] | None = None
        self.ticks = TickLog(now)  # for /healthz

    @classmethod
    def build(cls, database: Database, senders: Mapping[str, Sender], translator: Callable[[], Translator],
              library: Callable[[], Library], clock: Clock, settings: object) -> ReminderRunner:
        """Planner and dispatcher from :class:`bot.config.Settings` (time zone, quiet hours, tick)."""
        calendar = DeliveryCalendar.from_settings(settings)
        planner = Planner(database, library, calendar, clock,
                          remind_unverified=bool(getattr(settings, "remind_unverified", False)))
        dispatcher = Dispatcher(database, senders, translator, library, clock, DispatchPolicy(calendar=calendar))
        tick = getattr(settings, "scheduler_tick_seconds")  # noqa: B009 - any object with these settings
        retention = DailyRetention(Retention(database, clock, RetentionPolicy.from_settings(settings)), clock)
        return cls(planner.tick, dispatcher.dispatch, tick, halt=dispatcher.halt, now=clock.now, daily=retention)

    async def tick(self) -> TickReport:
        self._current = asyncio.current_task()
        report = TickReport()
        self.ticks.begin()
        daily = (("retention", self._daily),) if self._daily is not None else ()
        for name, step in (("planning", self._plan), ("dispatch", self._dispatch), *daily):
            try:
                result = await step()
            except Exception as error:  # the next tick tries again; the outbox keeps what is owed
                log.error("reminders %s failed: %s", name, type(error).__name__)  # no text: it may quote data
                report.failed = True
                continue
            if name == "planning":
                report.planned = int(getattr(result, "added", 0))
            elif name == "dispatch":
                report.sent = int(getattr(result, "sent", 0))
        self.ticks.end(report.failed)
        return report

    def start(self) -> None:
        """Start ticking on the running event loop; the first tick runs right away."""
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self.scheduler.add_job(self.tick, "interval", seconds=self.tick_seconds, id=JOB_ID, coalesce=True,
                               max_instances=1, next_run_time=datetime.now(UTC), misfire_grace_time=None)
        self.scheduler.start()
        self.ticks.start()
        log.info("reminders tick every %ss", self.tick_seconds)

    async def health(self) -> dict[str, object]:
        """The /healthz report of the ticks (see bot/health.py)."""
        return self.ticks.report(self.tick_seconds)

    async def stop(self) -> None:
        """Stop ticking. A tick in progress finishes the batch it is sending (up to ``grace_seconds``), then
        stops; if it is cut short, its claimed rows are taken again when their lease ends."""
        if self.scheduler is None:
            return
        self.scheduler.pause()
        self._halt()
        current = self._current
        if current is not None and not current.done():
            await asyncio.wait({current}, timeout=self.grace_seconds)
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.scheduler = None
