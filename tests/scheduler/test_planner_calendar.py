"""Local time for reminders: DST days, quiet hours, slots that are never in the past."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scheduler.calendar import DeliveryCalendar

BELGRADE = ZoneInfo("Europe/Belgrade")
CALENDAR = DeliveryCalendar()  # Europe/Belgrade, quiet 21:00-08:00
SPRING_FORWARD = date(2026, 3, 29)  # 02:00 CET -> 03:00 CEST
FALL_BACK = date(2026, 10, 25)  # 03:00 CEST -> 02:00 CET


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("day", "hour", "expected"),
    [
        pytest.param(date(2026, 3, 28), 10, utc(2026, 3, 28, 9), id="winter-day"),
        pytest.param(SPRING_FORWARD, 10, utc(2026, 3, 29, 8), id="spring-forward-morning-is-summer-time"),
        pytest.param(SPRING_FORWARD, 1, utc(2026, 3, 29, 0), id="spring-forward-before-the-gap"),
        pytest.param(SPRING_FORWARD, 2, utc(2026, 3, 29, 1), id="spring-forward-missing-hour-lands-after-the-gap"),
        pytest.param(SPRING_FORWARD, 3, utc(2026, 3, 29, 1), id="spring-forward-first-summer-hour"),
        pytest.param(FALL_BACK, 2, utc(2026, 10, 25, 0), id="fall-back-repeated-hour-is-the-first-one"),
        pytest.param(FALL_BACK, 3, utc(2026, 10, 25, 2), id="fall-back-after-the-repeat"),
        pytest.param(FALL_BACK, 10, utc(2026, 10, 25, 9), id="fall-back-morning-is-winter-time"),
    ],
)
def test_local_hours_become_deliberate_instants_on_dst_days(day: date, hour: int, expected: datetime) -> None:
    assert CALENDAR.local_instant(day, hour) == expected


@pytest.mark.parametrize("day", [SPRING_FORWARD, FALL_BACK], ids=["spring-forward", "fall-back"])
def test_a_dst_day_still_has_exactly_one_morning_slot_at_eight(day: date) -> None:
    slot = CALENDAR.slot(day, 8)
    local = slot.astimezone(BELGRADE)
    assert (local.date(), local.hour, local.minute) == (day, 8, 0)
    assert CALENDAR.local_day(slot) == day


@pytest.mark.parametrize(
    ("day", "hour", "expected"),
    [
        pytest.param(date(2026, 6, 1), 10, (date(2026, 6, 1), 10), id="daytime-stays"),
        pytest.param(date(2026, 6, 1), 20, (date(2026, 6, 1), 20), id="last-hour-before-quiet"),
        pytest.param(date(2026, 6, 1), 21, (date(2026, 6, 2), 8), id="evening-waits-for-next-morning"),
        pytest.param(date(2026, 6, 1), 23, (date(2026, 6, 2), 8), id="late-evening-waits-for-next-morning"),
        pytest.param(date(2026, 6, 1), 0, (date(2026, 6, 1), 8), id="midnight-waits-for-this-morning"),
        pytest.param(date(2026, 6, 1), 7, (date(2026, 6, 1), 8), id="early-morning-waits-until-eight"),
        pytest.param(SPRING_FORWARD, 2, (date(2026, 3, 29), 8), id="missing-dst-hour-waits-until-eight"),
        pytest.param(date(2026, 3, 28), 22, (date(2026, 3, 29), 8), id="evening-before-spring-forward"),
        pytest.param(date(2026, 10, 24), 22, (date(2026, 10, 25), 8), id="evening-before-fall-back"),
    ],
)
def test_nothing_is_due_in_quiet_hours(day: date, hour: int, expected: tuple[date, int]) -> None:
    slot = CALENDAR.slot(day, hour).astimezone(BELGRADE)
    assert (slot.date(), slot.hour, slot.minute) == (*expected, 0)
    assert not CALENDAR.is_quiet(slot)


def test_a_slot_already_passed_goes_out_now_and_a_quiet_now_waits_for_the_morning() -> None:
    day = date(2026, 6, 1)
    afternoon = datetime(2026, 6, 1, 15, 20, tzinfo=BELGRADE)
    late_evening = datetime(2026, 6, 1, 22, 5, tzinfo=BELGRADE)

    assert CALENDAR.slot(day, 10, not_before=afternoon) == afternoon.astimezone(UTC)
    assert CALENDAR.slot(day, 10, not_before=late_evening) == datetime(2026, 6, 2, 8, tzinfo=BELGRADE)


@pytest.mark.parametrize(
    ("start", "end", "hour", "quiet"),
    [
        pytest.param(13, 15, 14, True, id="daytime-quiet-hours-inside"),
        pytest.param(13, 15, 15, False, id="daytime-quiet-hours-end"),
        pytest.param(13, 15, 22, False, id="daytime-quiet-hours-evening"),
        pytest.param(9, 9, 9, False, id="equal-start-and-end-means-none"),
    ],
)
def test_quiet_hours_within_one_day_or_none(start: int, end: int, hour: int, quiet: bool) -> None:
    calendar = DeliveryCalendar(quiet_start=start, quiet_end=end)
    assert calendar.is_quiet(calendar.local_instant(date(2026, 6, 1), hour)) is quiet


def test_the_calendar_comes_from_the_settings() -> None:
    settings = SimpleNamespace(timezone="Europe/Belgrade", quiet_hours_start=22, quiet_hours_end=7)
    assert DeliveryCalendar.from_settings(settings) == DeliveryCalendar(ZoneInfo("Europe/Belgrade"), 22, 7)


@pytest.mark.parametrize(("zone", "utc_hour", "quiet_at_utc_22"), [
    pytest.param("Europe/Belgrade", 9, True, id="belgrade-winter"),
    pytest.param("America/New_York", 15, False, id="new-york-winter"),
    pytest.param("Asia/Tokyo", 1, True, id="tokyo"),  # 07:00 the next morning there
])
def test_the_timezone_setting_moves_the_local_hours_and_the_quiet_hours(
    zone: str, utc_hour: int, quiet_at_utc_22: bool,
) -> None:
    settings = SimpleNamespace(timezone=zone, quiet_hours_start=21, quiet_hours_end=8)
    calendar = DeliveryCalendar.from_settings(settings)
    assert calendar.local_instant(date(2026, 12, 7), 10).astimezone(UTC).hour == utc_hour
    assert calendar.is_quiet(datetime(2026, 12, 7, 22, tzinfo=UTC)) is quiet_at_utc_22
    assert calendar.local_day(datetime(2026, 12, 7, 23, 30, tzinfo=UTC)) == (
        date(2026, 12, 7) if zone == "America/New_York" else date(2026, 12, 8))


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        CALENDAR.is_quiet(datetime(2026, 6, 1, 10))  # noqa: DTZ001 - the point of the test


@given(
    day=st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)),
    hour=st.integers(0, 23),
    start=st.integers(0, 23),
    end=st.integers(0, 23),
    late=st.integers(0, 48 * 60),
)
def test_a_slot_is_never_quiet_never_early_and_never_before_not_before(
    day: date, hour: int, start: int, end: int, late: int
) -> None:
    calendar = DeliveryCalendar(quiet_start=start, quiet_end=end)
    wanted = calendar.local_instant(day, hour)
    not_before = wanted + timedelta(minutes=late - 24 * 60)
    slot = calendar.slot(day, hour, not_before)
    assert not calendar.is_quiet(slot)
    assert slot >= wanted and slot >= not_before
    assert slot - max(wanted, not_before) <= timedelta(hours=25)  # at most one night (and a DST hour) later
