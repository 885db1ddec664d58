"""Clocks: the system clock, and a fixed one for tests, demos and `--now`.

Both know the local time zone (the ``TIMEZONE`` setting, which the composition root passes in): "today" and
every local day or hour of the domain are read in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from bot.core.ports import DEFAULT_TIMEZONE

DEFAULT_ZONE = ZoneInfo(DEFAULT_TIMEZONE)


class SystemClock:
    def __init__(self, zone: tzinfo | str = DEFAULT_ZONE) -> None:
        self.zone: tzinfo = ZoneInfo(zone) if isinstance(zone, str) else zone

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return self.now().astimezone(self.zone).date()


@dataclass
class FixedClock:
    """A clock that says what it is told; ``advance`` moves it forward."""

    instant: datetime
    zone: tzinfo = field(default=DEFAULT_ZONE)

    def __post_init__(self) -> None:
        if self.instant.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        if isinstance(self.zone, str):
            self.zone = ZoneInfo(self.zone)

    def now(self) -> datetime:
        return self.instant

    def today(self) -> date:
        return self.instant.astimezone(self.zone).date()

    def advance(self, **delta: float) -> None:
        self.instant += timedelta(**delta)
