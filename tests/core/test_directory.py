"""The directory's facts as texts: "open now" at fixed instants in Belgrade, distances, phone numbers, hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.catalog.services import load_holidays, parse_hours
from bot.core.directory import (
    Dial,
    Openness,
    by_distance,
    dial,
    distance_text,
    hours_lines,
    opening,
    opening_text,
    status_lines,
)
from bot.core.library import Service
from bot.core.messages import Text

BELGRADE = ZoneInfo("Europe/Belgrade")  # the opening hours in the data are Belgrade's

RULES = load_holidays(Path(__file__).resolve().parents[2] / "content" / "data" / "holidays.yaml")
assert RULES is not None
# A health-centre-like week: two shifts on weekdays, Saturday morning, closed on Sunday.
CLINIC = parse_hours({"mon-fri": "07:00-12:00, 13:00-19:00", "sat": "08:00-12:00"})
DAILY = parse_hours({"all_days": "08:00-20:00"})
ALWAYS = parse_hours({"all_days": "00:00-24:00"})
NIGHT = parse_hours({"sun": "02:00-03:00, 03:15-04:00"})


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def next_on(day: str, at: str) -> Text:
    return Text("service-next-day", {"day": Text(f"weekday-on-{day}"), "time": at})


def tomorrow(at: str) -> Text:
    return Text("service-next-tomorrow", {"time": at})


def closed(state: str, when: Text) -> Text:
    return Text("service-status-next", {"status": Text(f"service-status-{state}"), "next": when})


OPEN_NOW_CASES = {
    # Belgrade is UTC+1 in winter (CET), UTC+2 in summer (CEST).
    "weekday-evening-open": (CLINIC, utc(2026, 11, 18, 17, 30), None, Text("service-status-open", {"until": "19:00"})),
    "weekday-evening-closed": (CLINIC, utc(2026, 11, 18, 18, 30), None, closed("closed-now", tomorrow("07:00"))),
    "lunch-break": (CLINIC, utc(2026, 11, 18, 11, 30), None, Text("service-status-opens-today", {"time": "13:00"})),
    "before-opening": (CLINIC, utc(2026, 11, 18, 5, 0), None, Text("service-status-opens-today", {"time": "07:00"})),
    "friday-night": (CLINIC, utc(2026, 11, 20, 19, 0), None, closed("closed-now", tomorrow("08:00"))),
    "saturday-afternoon": (CLINIC, utc(2026, 11, 21, 12, 0), None, closed("closed-now", next_on("mon", "07:00"))),
    "sunday": (CLINIC, utc(2026, 11, 22, 9, 0), None, closed("closed-today", tomorrow("07:00"))),
    "orthodox-good-friday-2026": (CLINIC, utc(2026, 4, 10, 8, 0), False, closed("holiday", next_on("tue", "07:00"))),
    "good-friday-unknown-holiday-hours": (CLINIC, utc(2026, 4, 10, 8, 0), None, Text("service-status-holiday-unknown")),
    "good-friday-open-on-holidays": (CLINIC, utc(2026, 4, 10, 8, 0), True,
                                     Text("service-status-open", {"until": "12:00"})),
    "second-of-january": (CLINIC, utc(2026, 1, 2, 9, 0), False, closed("holiday", tomorrow("08:00"))),
    "day-after-statehood-day-on-sunday": (CLINIC, utc(2026, 2, 17, 9, 0), False, closed("holiday", tomorrow("07:00"))),
    "day-after-christmas-on-sunday-is-open": (CLINIC, utc(2029, 1, 8, 9, 0), False,
                                              Text("service-status-open", {"until": "12:00"})),
    "holiday-ahead-with-unknown-hours": (CLINIC, utc(2026, 4, 9, 18, 30), None, Text("service-status-closed-now")),
    "always-open": (ALWAYS, utc(2026, 11, 22, 3, 0), None, Text("service-status-always")),
    "always-open-on-good-friday": (ALWAYS, utc(2026, 4, 10, 8, 0), True, Text("service-status-always")),
    "spring-forward-morning-is-summer-time": (DAILY, utc(2026, 3, 29, 6, 30), None,
                                              Text("service-status-open", {"until": "20:00"})),
    "spring-forward-before-the-jump": (NIGHT, utc(2026, 3, 29, 0, 59), None,
                                       Text("service-status-opens-today", {"time": "02:00"})),
    "spring-forward-after-the-jump": (NIGHT, utc(2026, 3, 29, 1, 20), None,
                                      Text("service-status-open", {"until": "04:00"})),
    "fall-back-morning-is-winter-time": (DAILY, utc(2026, 10, 25, 6, 30), None,
                                         Text("service-status-opens-today", {"time": "08:00"})),
    "fall-back-first-0230": (NIGHT, utc(2026, 10, 25, 0, 30), None, Text("service-status-open", {"until": "03:00"})),
    "fall-back-second-0230": (NIGHT, utc(2026, 10, 25, 1, 30), None, Text("service-status-open", {"until": "03:00"})),
    "fall-back-after-the-repeat": (NIGHT, utc(2026, 10, 25, 2, 30), None,
                                   Text("service-status-open", {"until": "04:00"})),
    "fall-back-between-ranges": (NIGHT, utc(2026, 10, 25, 2, 0), None,
                                 Text("service-status-opens-today", {"time": "03:15"})),
    "fall-back-night-over": (NIGHT, utc(2026, 10, 25, 3, 0), None, closed("closed-now", next_on("sun", "02:00"))),
}


@pytest.mark.parametrize(("hours", "when", "on_holidays", "expected"), OPEN_NOW_CASES.values(), ids=OPEN_NOW_CASES)
def test_open_now_at_fixed_instants_in_belgrade(hours, when, on_holidays, expected):
    assert opening_text(opening(hours, when, RULES, BELGRADE, on_holidays=on_holidays)) == expected


def test_touching_ranges_are_open_until_the_last_one_closes():
    found = opening(parse_hours({"mon-fri": "07:00-12:00, 12:00-15:00, 16:00-19:00"}), utc(2026, 11, 18, 9), RULES,
                    BELGRADE)
    assert opening_text(found) == Text("service-status-open", {"until": "15:00"})


def test_open_until_midnight_says_24_00():
    late = parse_hours({"all_days": "18:00-24:00"})
    found = opening(late, utc(2026, 11, 18, 22, 0), RULES, BELGRADE)
    assert (found.state, opening_text(found)) == (Openness.OPEN, Text("service-status-open", {"until": "24:00"}))


def service(**facts: object) -> Service:
    return Service(id="clinic", category="health", **facts)  # type: ignore[arg-type]


SUNDAY_MORNING = utc(2026, 11, 22, 9, 0)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        pytest.param({"hours": CLINIC, "hours_verified": True}, ["service-status-next"], id="verified-hours"),
        pytest.param({"hours": CLINIC}, ["service-status-unconfirmed"], id="unverified-hours-get-a-note"),
        pytest.param({}, [], id="unknown-hours-say-nothing"),
        pytest.param({"on_duty": True}, ["service-on-duty-check"], id="on-duty-unverified"),
        pytest.param({"hours": CLINIC, "hours_verified": True, "on_duty": True, "on_duty_verified": True},
                     ["service-status-next", "service-on-duty"], id="closed-with-on-duty"),
        pytest.param({"hours": ALWAYS, "hours_verified": True, "on_duty": True}, ["service-status-always"],
                     id="no-on-duty-note-while-open"),
    ],
)
def test_status_lines_follow_the_verified_flags(facts, expected):
    assert [line.id for line in status_lines(service(**facts), SUNDAY_MORNING, RULES, BELGRADE)] == expected


def test_unverified_hours_wrap_the_same_status():
    (line,) = status_lines(service(hours=CLINIC), SUNDAY_MORNING, RULES, BELGRADE)
    assert line.args["status"] == closed("closed-today", tomorrow("07:00"))


def test_without_holiday_rules_no_open_now_is_claimed():
    assert status_lines(service(hours=CLINIC, hours_verified=True), SUNDAY_MORNING, None, BELGRADE) == ()


def test_hours_lines_group_days_with_the_same_hours():
    assert hours_lines(CLINIC) == (
        Text("hours-days", {"first": Text("weekday-mon"), "last": Text("weekday-fri"),
                            "times": "07:00–12:00, 13:00–19:00"}),
        Text("hours-day", {"day": Text("weekday-sat"), "times": "08:00–12:00"}),
        Text("hours-closed-otherwise"),
    )
    assert hours_lines(ALWAYS) == (Text("hours-always-open"),)
    assert hours_lines(DAILY) == (Text("hours-every-day", {"times": "08:00–20:00"}),)


def test_services_are_ordered_by_distance_and_those_without_coordinates_come_last():
    far = Service("far", "health", lat=44.8200, lon=20.4600)  # Belgrade centre, about 6.6 km
    near = Service("near", "health", lat=44.8456, lon=20.3858)
    unknown_a, unknown_b = Service("unknown-a", "health"), Service("unknown-b", "health")
    ranked = by_distance([unknown_a, far, unknown_b, near], 44.8470, 20.3858)
    assert [s.id for s, _ in ranked] == ["near", "far", "unknown-a", "unknown-b"]
    assert [round(d) if d is not None else None for _, d in ranked] == [156, 6576, None, None]


@pytest.mark.parametrize(
    ("metres", "expected"),
    [
        (0, Text("distance-metres", {"metres": 0})),
        (156, Text("distance-metres", {"metres": 160})),
        (994, Text("distance-metres", {"metres": 990})),
        (996, Text("distance-kilometres", {"whole": 1, "tenth": 0})),
        (2449, Text("distance-kilometres", {"whole": 2, "tenth": 4})),
        (12_960, Text("distance-kilometres", {"whole": 13, "tenth": 0})),
    ],
    ids=str,
)
def test_distances_are_shown_in_metres_or_kilometres(metres, expected):
    assert distance_text(metres) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("011/2195-422", Dial("+381112195422")),
        ("011 3168-088", Dial("+381113168088")),
        ("011 2606-662 lok. 22", Dial("+381112606662", "22")),
        ("060/123-45-67", Dial("+381601234567")),
        ("+381 60 123 4567", Dial("+381601234567")),
        ("00381 11 2195422", Dial("+381112195422")),
        ("(011) 2195-422", Dial("+381112195422")),
        ("194", Dial("194")),
        ("2195-422", None),
        ("011", None),
        ("+44 20 7946 0000", None),
        ("ask at the desk", None),
        ("", None),
    ],
    ids=str,
)
def test_phone_numbers_are_dialled_in_international_form(written, expected):
    assert dial(written) == expected


def test_a_date_far_in_the_future_still_finds_the_next_opening():
    found = opening(CLINIC, utc(2099, 12, 31, 20, 0), RULES, BELGRADE)  # Thursday evening before New Year
    assert (found.state, found.next_day, found.at) == (Openness.CLOSED_NOW, None, None)  # 1 Jan: unknown
    found = opening(CLINIC, utc(2099, 12, 31, 20, 0), RULES, BELGRADE, on_holidays=False)
    assert (found.next_day, found.at) == (date(2100, 1, 4), time(7, 0))  # Saturday 2 Jan 2100 is a holiday
