"""Clocks: the system clock, and a fixed one for tests, demos and `--now`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

BELGRADE = ZoneInfo("Europe/Belgrade")


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return self.now().astimezone(BELGRADE).date()


@dataclass
class FixedClock:
    """A clock that says what it is told; ``advance`` moves it forward."""

    instant: datetime

    def __post_init__(self) -> None:
        if self.instant.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")

    def now(self) -> datetime:
        return self.instant

    def today(self) -> date:
        return self.instant.astimezone(BELGRADE).date()

    def advance(self, **delta: float) -> None:
        self.instant += timedelta(**delta)
