"""When the reminders' ticks started and ended, for the ``scheduler`` check of ``GET /healthz`` (bot/health.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

LAG_TICKS = 3

Now = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment is not None else None


class TickLog:
    """When the reminders' ticks started and ended, and whether the last one failed."""

    def __init__(self, now: Now | None = None) -> None:
        self._now = now or _utc_now
        self.started_at: datetime | None = None  # the runner's start
        self.tick_started_at: datetime | None = None
        self.tick_finished_at: datetime | None = None
        self.succeeded_at: datetime | None = None  # the end of the last tick that did not fail
        self.failed = False

    def start(self) -> None:
        self.started_at = self._now()

    def begin(self) -> None:
        self.tick_started_at = self._now()

    def end(self, failed: bool) -> None:
        self.tick_finished_at = self._now()
        self.failed = failed
        if not failed:
            self.succeeded_at = self.tick_finished_at

    def report(self, tick_seconds: float) -> dict[str, Any]:
        report: dict[str, Any] = {
            "tick_s": tick_seconds, "last_tick_started_at": _stamp(self.tick_started_at),
            "last_tick_finished_at": _stamp(self.tick_finished_at), "last_tick_failed": self.failed,
            "running": self.tick_started_at is not None and (
                self.tick_finished_at is None or self.tick_finished_at < self.tick_started_at),
        }
        since = self.succeeded_at or self.started_at
        if since is None:
            return {"ok": False, "error": "not started", **report}
        lag = max(0.0, (self._now() - since).total_seconds())
        return {"ok": not self.failed and lag <= LAG_TICKS * tick_seconds, "lag_s": round(lag, 1), **report}
