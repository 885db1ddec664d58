"""Local time for reminders: days and hours in the TIMEZONE setting (Europe/Belgrade by default), quiet hours, and
the two DST days a year.

Everything the planner writes is an aware UTC instant (``due_at``) plus the local day it falls on
(``local_day``, the unit of "one message per family per day"). Local wall-clock times are turned into instants
here and nowhere else, with two deliberate rules for the days the clocks change:

- a wall-clock time that does not exist (spring forward, 02:00-03:00 on the last Sunday of March) is read with
  the offset in force before the change, so it lands as far after the gap as it was into it: 02:30 -> 03:30;
- a wall-clock time that happens twice (fall back, 02:00-03:00 on the last Sunday of October) means the first
  occurrence (still summer time), so nothing is sent an hour later than asked.

Quiet hours ``[start, end)`` (21:00-08:00 by default; they may also lie within one day, and ``start == end``
means none): nothing goes out in them. An instant inside them moves to the next ``end`` o'clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.ports import DEFAULT_TIMEZONE


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime refused: pass an aware datetime")
    return moment


@dataclass(frozen=True)
class DeliveryCalendar:
    zone: ZoneInfo = ZoneInfo(DEFAULT_TIMEZONE)  # from_settings gives the TIMEZONE setting
    quiet_start: int = 21  # hour the quiet hours begin (local)
    quiet_end: int = 8  # hour they end: the first hour anything may go out again

    def __post_init__(self) -> None:
        for hour in (self.quiet_start, self.quiet_end):
            if not 0 <= hour <= 23:
                raise ValueError(f"quiet hours must be whole hours 0-23, not {hour}")

    @classmethod
    def from_settings(cls, settings: object) -> DeliveryCalendar:
        """From :class:`bot.config.Settings` (``timezone``, ``quiet_hours_start``, ``quiet_hours_end``)."""
        return cls(
            ZoneInfo(getattr(settings, "timezone")),  # noqa: B009 - any object with these settings
            getattr(settings, "quiet_hours_start"),  # noqa: B009
            getattr(settings, "quiet_hours_end"),  # noqa: B009
        )

    def local_instant(self, day: date, hour: int, minute: int = 0) -> datetime:
        """The UTC instant of ``hour:minute`` local time on ``day`` (DST rules in the module docstring)."""
        wall = datetime.combine(day, time(hour, minute), tzinfo=self.zone)  # fold=0: the earlier offset
        return wall.astimezone(UTC)

    def local_day(self, moment: datetime) -> date:
        return _aware(moment).astimezone(self.zone).date()

    def local_time(self, moment: datetime) -> datetime:
        return _aware(moment).astimezone(self.zone)

    def is_quiet(self, moment: datetime) -> bool:
        """True when ``moment`` falls in the quiet hours (local wall-clock hour in ``[start, end)``)."""
        if self.quiet_start == self.quiet_end:
            return False
        hour = self.local_time(moment).hour
        if self.quiet_start < self.quiet_end:
            return self.quiet_start <= hour < self.quiet_end
        return hour >= self.quiet_start or hour < self.quiet_end

    def out_of_quiet_hours(self, moment: datetime) -> datetime:
        """``moment`` itself when sending is allowed then, else the end of those quiet hours (UTC)."""
        if not self.is_quiet(moment):
            return _aware(moment).astimezone(UTC)
        local = self.local_time(moment)
        day = local.date()
        if local.hour >= self.quiet_end and self.quiet_start > self.quiet_end:
            day += timedelta(days=1)  # evening part of quiet hours that run past midnight: next morning
        return self.local_instant(day, self.quiet_end)

    def slot(self, day: date, hour: int, not_before: datetime | None = None) -> datetime:
        """When something meant for ``hour`` o'clock on ``day`` may go out: out of quiet hours, and never
        before ``not_before`` (planning late must not put a row in the past behind the dispatcher's back)."""
        moment = self.out_of_quiet_hours(self.local_instant(day, hour))
        if not_before is not None and moment < _aware(not_before):
            moment = self.out_of_quiet_hours(not_before)
        return moment
