"""What ``GET /healthz`` reports besides the channels: the database, the reminders' ticks and the outbox backlog.

Every check answers a mapping with ``ok`` and figures only (never an id, a name or a message text), and gives up
after ``timeout`` seconds: a database that is down or hangs makes /healthz answer 503 at once, never hang.

- ``database``: ``ok``, ``latency_ms`` of ``SELECT 1``.
- ``scheduler`` (``TickLog`` of scheduler/ticks.py, kept by scheduler/runner.py): ``ok``, ``tick_s``,
  ``last_tick_started_at``, ``last_tick_finished_at``, ``last_tick_failed``, ``running`` (a tick is under way)
  and ``lag_s``, the seconds since the last successful tick ended (since the runner started, before the first
  one). Not ok when the last tick failed, or when ``lag_s`` is over ``LAG_TICKS`` ticks (a long tick after an
  outage shows here too: the outbox backlog then says why).
- ``outbox``: ``due``, pending rows already due (counted up to ``COUNT_CAP``, cheaply on the (state, due_at)
  index), ``oldest_due_s``, the age of the oldest, and ``max_wait_s``. Not ok when the oldest has waited longer
  than ``max_wait_s`` of sending time; quiet hours do not count (nothing goes out then), and in them ``quiet`` is
  true and the check is ok.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.models import OutboxRow
from scheduler.calendar import DeliveryCalendar
from scheduler.ticks import Now

CHECK_TIMEOUT_S = 2.0
COUNT_CAP = 10_000
MAX_WAIT = timedelta(hours=1)
OUTBOX = OutboxRow.__table__


def _utc_now() -> datetime:
    return datetime.now(UTC)


async def database_health(database: Database, timeout: float = CHECK_TIMEOUT_S) -> dict[str, Any]:
    """``SELECT 1`` within ``timeout`` seconds; failures are the error's type name (no text: it may hold a URL)."""
    began = time.monotonic()
    try:
        async with asyncio.timeout(timeout), database.engine.connect() as connection:
            await connection.execute(sa.text("SELECT 1"))
    except Exception as error:  # reported, never raised: /healthz must answer
        return {"ok": False, "error": type(error).__name__}
    return {"ok": True, "latency_ms": round((time.monotonic() - began) * 1000, 1)}


def _due(now: datetime) -> sa.ColumnElement[bool]:
    """Pending rows the dispatcher may take now (a retry waiting for its next attempt is not due yet)."""
    return sa.and_(OUTBOX.c.state == "pending", OUTBOX.c.due_at <= now,
                   sa.or_(OUTBOX.c.next_attempt_at.is_(None), OUTBOX.c.next_attempt_at <= now))


class OutboxBacklog:
    """Reminders already due and not sent: how many, and how long the oldest has waited."""

    def __init__(self, database: Database, calendar: DeliveryCalendar, now: Now | None = None, *,
                 max_wait: timedelta = MAX_WAIT, timeout: float = CHECK_TIMEOUT_S) -> None:
        self._database = database
        self._calendar = calendar
        self._now = now or _utc_now
        self.max_wait = max_wait
        self.timeout = timeout

    async def check(self) -> dict[str, Any]:
        now = self._now()
        counted = sa.select(OUTBOX.c.id).where(_due(now)).limit(COUNT_CAP).subquery()
        oldest = sa.select(OUTBOX.c.due_at).where(_due(now)).order_by(OUTBOX.c.due_at).limit(1)
        try:
            async with asyncio.timeout(self.timeout), self._database.engine.connect() as connection:
                due = int(await connection.scalar(sa.select(sa.func.count()).select_from(counted)) or 0)
                first: datetime | None = await connection.scalar(oldest)
        except Exception as error:  # reported, never raised
            return {"ok": False, "error": type(error).__name__}
        report: dict[str, Any] = {"due": due, "oldest_due_s": None, "max_wait_s": self.max_wait.total_seconds()}
        quiet = self._calendar.is_quiet(now)
        if quiet:
            report["quiet"] = True
        if first is None:
            return {"ok": True, **report}
        report["oldest_due_s"] = round((now - first).total_seconds(), 1)
        return {"ok": quiet or self.waited(first, now) <= self.max_wait, **report}

    def waited(self, due_at: datetime, now: datetime) -> timedelta:
        """How long a row due at ``due_at`` has waited in sending time (since the last quiet hours ended)."""
        since = max(due_at, self._resumed_at(now) or due_at)
        return max(timedelta(0), now - since)

    def _resumed_at(self, now: datetime) -> datetime | None:
        """When the last quiet hours ended, at or before ``now`` (None: there are no quiet hours)."""
        calendar = self._calendar
        if calendar.quiet_start == calendar.quiet_end:
            return None
        day = calendar.local_day(now)
        moment = calendar.local_instant(day, calendar.quiet_end)
        return moment if moment <= now else calendar.local_instant(day - timedelta(days=1), calendar.quiet_end)
