"""All periodic work on one APScheduler 3.x ``AsyncIOScheduler``: reminders sending, planning, retention, and the
jobs the composition root adds (mediator notices, content reload, generated files' clean-up).

Each is its own interval job, not one job per reminder: the outbox table is the truth, so a restart loses nothing
and several processes can share the work (see DESIGN.md). Sending and planning are separate jobs, so a long
planning run (a big database's first day) never holds back what is due now. Jobs run on the bot's own event loop;
``coalesce`` folds runs missed while the process was busy or asleep into one, and ``max_instances=1`` means a
long run (a big backlog after an outage) is never overlapped by the next run of the same job.

A failing run is logged (the job's name and the error type only, never data) and the next run tries again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.catalog.recordings import LiveRecordings
from bot.channels.delivery import Sender
from bot.core.library import Library
from bot.core.ports import Clock
from bot.i18n.translator import Translator
from bot.storage.database import Database
from scheduler.calendar import DeliveryCalendar
from scheduler.dispatcher import Dispatcher, DispatchPolicy
from scheduler.planner import Planner
from scheduler.retention import DailyRetention, Retention, RetentionPolicy
from scheduler.ticks import Now, TickLog

log = logging.getLogger(__name__)

JOB_ID = "reminders-tick"  # sending what is due (the dispatcher); /healthz reports on its runs
PLANNING_JOB_ID = "reminders-planning"
RETENTION_JOB_ID = "retention"
STOP_GRACE_SECONDS = 20.0


@dataclass
class TickReport:
    planned: int = 0
    sent: int = 0
    failed: bool = False


class ReminderRunner:
    """The scheduler of every periodic job; ``tick`` (plan, send, retention in turn) is also callable directly
    (tests, one-off runs)."""

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
        self._running: set[asyncio.Task[object]] = set()  # job runs under way, finished (or cut) at stop
        self._periodic: list[tuple[str, Callable[[], Awaitable[object]], float]] = []
        self._planning_failed = False
        self.ticks = TickLog(now)  # for /healthz

    @classmethod
    def build(cls, database: Database, senders: Mapping[str, Sender], translator: Callable[[], Translator],
              library: Callable[[], Library], clock: Clock, settings: object) -> ReminderRunner:
        """Planner and dispatcher from :class:`bot.config.Settings` (time zone, quiet hours, tick)."""
        calendar = DeliveryCalendar.from_settings(settings)
        planner = Planner(database, library, calendar, clock,
                          remind_unverified=bool(getattr(settings, "remind_unverified", False)))
        content_dir = getattr(settings, "content_dir", None)
        voices = None if content_dir is None else LiveRecordings(
            content_dir, show_unreviewed_romani=bool(getattr(settings, "show_unreviewed_romani", True)))
        dispatcher = Dispatcher(database, senders, translator, library, clock, DispatchPolicy(calendar=calendar),
                                voices=voices)
        tick = getattr(settings, "scheduler_tick_seconds")  # noqa: B009 - any object with these settings
        retention = DailyRetention(Retention(database, clock, RetentionPolicy.from_settings(settings)), clock)
        return cls(planner.tick, dispatcher.dispatch, tick, halt=dispatcher.halt, now=clock.now, daily=retention)

    def add_periodic(self, name: str, work: Callable[[], Awaitable[object]], seconds: float) -> None:
        """One more job, every ``seconds`` from the start on (call before :meth:`start`)."""
        self._periodic.append((name, work, seconds))

    async def tick(self) -> TickReport:
        """Plan, send, then the daily work, in this task (the jobs of :meth:`start` run them separately)."""
        report = TickReport()
        self.ticks.begin()
        daily = (("retention", self._daily),) if self._daily is not None else ()
        for name, step in (("planning", self._plan), ("dispatch", self._dispatch), *daily):
            result = await self._attempt(f"reminders {name}", step)
            report.failed |= result is _FAILED
            if name == "planning" and result is not _FAILED:
                report.planned = int(getattr(result, "added", 0))
            elif name == "dispatch" and result is not _FAILED:
                report.sent = int(getattr(result, "sent", 0))
        self.ticks.end(report.failed)
        return report

    async def send_tick(self) -> TickReport:
        """The sending job: what is due now. /healthz counts it failed while the last planning run failed too."""
        self.ticks.begin()
        result = await self._attempt("reminders dispatch", self._dispatch)
        report = TickReport(sent=0 if result is _FAILED else int(getattr(result, "sent", 0)),
                            failed=result is _FAILED or self._planning_failed)
        self.ticks.end(report.failed)
        return report

    async def plan_tick(self) -> None:
        """The planning job (in chunks that commit as they go: scheduler/planner.py)."""
        self._planning_failed = await self._attempt("reminders planning", self._plan) is _FAILED

    async def _attempt(self, name: str, step: Callable[[], Awaitable[object]]) -> object:
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            return await step()
        except Exception as error:  # the next run tries again; the outbox keeps what is owed
            log.error("%s failed: %s", name, type(error).__name__)  # no text: it may quote data
            return _FAILED
        finally:
            if task is not None:
                self._running.discard(task)

    def start(self) -> None:
        """Start every job on the running event loop; sending and planning run right away."""
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        first = datetime.now(UTC)
        jobs: list[tuple[str, Callable[[], Awaitable[object]], float]] = [
            (JOB_ID, self.send_tick, self.tick_seconds), (PLANNING_JOB_ID, self.plan_tick, self.tick_seconds)]
        if self._daily is not None:
            retention = partial(self._attempt, "reminders retention", self._daily)
            jobs.append((RETENTION_JOB_ID, retention, self.tick_seconds))
        jobs += [(name, partial(self._attempt, name, work), seconds) for name, work, seconds in self._periodic]
        for job_id, run, seconds in jobs:
            self.scheduler.add_job(run, "interval", seconds=seconds, id=job_id, coalesce=True, max_instances=1,
                                   next_run_time=first, misfire_grace_time=None)
        self.scheduler.start()
        self.ticks.start()
        log.info("scheduler: %s every %ss and %s more job(s)", JOB_ID, self.tick_seconds, len(jobs) - 1)

    async def health(self) -> dict[str, object]:
        """The /healthz report of the ticks (see bot/health.py)."""
        return self.ticks.report(self.tick_seconds)

    async def stop(self) -> None:
        """Stop every job. Runs in progress finish (a sending run its batch) within ``grace_seconds``; if one
        is cut short, its claimed rows are taken again when their lease ends."""
        if self.scheduler is None:
            return
        self.scheduler.pause()
        self._halt()
        running = {task for task in self._running if not task.done()}
        if running:
            await asyncio.wait(running, timeout=self.grace_seconds)
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.scheduler = None


_FAILED = object()  # what a failed run returns
