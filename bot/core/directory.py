"""The local services directory's facts as texts: distances, opening hours, "open now", phone numbers, addresses.

Every fact of a service carries its own verified flag: an unverified address, phone or opening hours is shown
with a "please check by phone" note (a different message id), and an unknown fact (None) is never shown as if
known. Opening hours are read in the local zone (the TIMEZONE setting, through the Clock; daylight saving time
through ``zoneinfo``), closed on the
public holidays of :mod:`bot.core.holidays` unless the data says the service works on them.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from bot.core.holidays import HolidayRules, is_non_working
from bot.core.library import Hours, Service
from bot.core.messages import Lines, Serbian, Text

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOOK_AHEAD_DAYS = 14  # how far "opens on ..." looks for the next opening
_EARTH_RADIUS_M = 6_371_000.0
_ALWAYS = ((time(0, 0), time.max),)


# -- distances -------------------------------------------------------------------------------------------------

def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def by_distance(services: Iterable[Service], lat: float, lon: float) -> list[tuple[Service, float | None]]:
    """Services with coordinates nearest first, then those without (in their catalog order)."""
    located: list[tuple[Service, float]] = []
    unknown: list[tuple[Service, float | None]] = []
    for service in services:
        if service.lat is None or service.lon is None:
            unknown.append((service, None))
        else:
            located.append((service, distance_m(lat, lon, service.lat, service.lon)))
    located.sort(key=lambda pair: pair[1])
    return [*located, *unknown]


def distance_text(metres: float) -> Text:
    """Under a kilometre in tens of metres ("160 m"), else in kilometres with one decimal ("2,4 km")."""
    if round(metres / 10.0) * 10 < 1000:
        return Text("distance-metres", {"metres": int(round(metres / 10.0) * 10)})
    tenths = int(round(metres / 100.0))
    return Text("distance-kilometres", {"whole": tenths // 10, "tenth": tenths % 10})


# -- opening hours ---------------------------------------------------------------------------------------------

def clock(t: time) -> str:
    return "24:00" if t == time.max else t.strftime("%H:%M")


def _ranges_text(ranges: Sequence[tuple[time, time]]) -> str:
    return ", ".join(f"{clock(start)}–{clock(end)}" for start, end in ranges)


def hours_lines(hours: Hours) -> tuple[Text, ...]:
    """Opening hours as lines, consecutive weekdays with the same hours grouped ("Mon–Fri 09:00–15:00")."""
    days = [tuple(hours.by_weekday.get(day, ())) for day in range(7)]
    if all(d == _ALWAYS for d in days):
        return (Text("hours-always-open"),)
    if all(d == days[0] for d in days) and days[0]:
        return (Text("hours-every-day", {"times": _ranges_text(days[0])}),)
    lines: list[Text] = []
    start = 0
    while start < 7:
        end = start
        while end + 1 < 7 and days[end + 1] == days[start]:
            end += 1
        if days[start]:
            first = Text(f"weekday-{WEEKDAYS[start]}")
            if start == end:
                lines.append(Text("hours-day", {"day": first, "times": _ranges_text(days[start])}))
            else:
                last = Text(f"weekday-{WEEKDAYS[end]}")
                lines.append(Text("hours-days", {"first": first, "last": last, "times": _ranges_text(days[start])}))
        start = end + 1
    if any(not d for d in days):
        lines.append(Text("hours-closed-otherwise"))
    return tuple(lines)


class Openness(enum.Enum):
    ALWAYS = "always"  # day and night, every day
    OPEN = "open"  # open now, until ``at``
    LATER_TODAY = "later-today"  # closed now, opens today at ``at``
    CLOSED_NOW = "closed-now"  # was open today, closed for the rest of the day
    CLOSED_TODAY = "closed-today"  # no hours on this weekday
    HOLIDAY = "holiday"  # a public holiday, and the service is closed on them
    HOLIDAY_UNKNOWN = "holiday-unknown"  # a public holiday, and nobody knows whether the service works


@dataclass(frozen=True)
class Opening:
    state: Openness
    local_day: date  # the local day at the instant asked about
    at: time | None = None  # OPEN: closes at; LATER_TODAY: opens at; closed states: opens at on ``next_day``
    next_day: date | None = None  # closed states: the next day it opens, None when not known


def _open_on(hours: Hours, day: date, rules: HolidayRules, on_holidays: bool | None) -> tuple[tuple[time, time], ...]:
    if on_holidays is not True and is_non_working(day, rules):
        return ()
    return tuple(hours.by_weekday.get(day.weekday(), ()))


def _next_opening(hours: Hours, day: date, rules: HolidayRules, on_holidays: bool | None) -> tuple[date, time] | None:
    for offset in range(1, LOOK_AHEAD_DAYS + 1):
        later = day + timedelta(days=offset)
        usual = hours.by_weekday.get(later.weekday(), ())
        if usual and on_holidays is None and is_non_working(later, rules):
            return None  # a holiday first: whether they open on it is unknown
        ranges = _open_on(hours, later, rules, on_holidays)
        if ranges:
            return later, ranges[0][0]
    return None


def opening(
    hours: Hours, when: datetime, rules: HolidayRules, zone: tzinfo, *, on_holidays: bool | None = None
) -> Opening:
    """Whether a service with these hours (local time in ``zone``) is open at ``when`` (aware), and when it opens
    next."""
    local = when.astimezone(zone)
    day, now = local.date(), local.time()
    usual = tuple(hours.by_weekday.get(day.weekday(), ()))
    holiday = is_non_working(day, rules)
    if all(hours.by_weekday.get(d) == _ALWAYS for d in range(7)) and (on_holidays or not holiday):
        return Opening(Openness.ALWAYS, day)
    if holiday and usual and on_holidays is None:
        return Opening(Openness.HOLIDAY_UNKNOWN, day)
    today = _open_on(hours, day, rules, on_holidays)
    for index, (opens, closes) in enumerate(today):
        if opens <= now < closes:
            for later_opens, later_closes in today[index + 1:]:  # "07:00-12:00, 12:00-19:00" is open until 19:00
                closes = later_closes if later_opens == closes else closes
            return Opening(Openness.OPEN, day, closes)
        if now < opens:
            return Opening(Openness.LATER_TODAY, day, opens)
    state = Openness.CLOSED_NOW if today else Openness.HOLIDAY if holiday and usual else Openness.CLOSED_TODAY
    upcoming = _next_opening(hours, day, rules, on_holidays)
    if upcoming is None:
        return Opening(state, day)
    return Opening(state, day, upcoming[1], upcoming[0])


def opening_text(found: Opening) -> Text:
    """One line: "Open now, until 15:00", "Closed today. Opens tomorrow at 09:00", ..."""
    if found.state is Openness.ALWAYS:
        return Text("service-status-always")
    if found.state is Openness.HOLIDAY_UNKNOWN:
        return Text("service-status-holiday-unknown")
    if found.state is Openness.OPEN and found.at is not None:
        return Text("service-status-open", {"until": clock(found.at)})
    if found.state is Openness.LATER_TODAY and found.at is not None:
        return Text("service-status-opens-today", {"time": clock(found.at)})
    closed = Text(f"service-status-{found.state.value}")
    if found.next_day is None or found.at is None:
        return closed
    if found.next_day == found.local_day + timedelta(days=1):
        when = Text("service-next-tomorrow", {"time": clock(found.at)})
    else:
        day = Text(f"weekday-on-{WEEKDAYS[found.next_day.weekday()]}")
        when = Text("service-next-day", {"day": day, "time": clock(found.at)})
    return Text("service-status-next", {"status": closed, "next": when})


def status_lines(service: Service, when: datetime, rules: HolidayRules | None, zone: tzinfo) -> tuple[Text, ...]:
    """"Open now" for a service with hours (with a check-by-phone note when the hours are unverified; nothing
    when the hours or the holidays are unknown), and the on-duty note unless it is open now."""
    lines: list[Text] = []
    found = None
    if service.hours is not None and rules is not None:
        found = opening(service.hours, when, rules, zone, on_holidays=service.open_on_holidays)
        line = opening_text(found)
        lines.append(line if service.hours_verified else Text("service-status-unconfirmed", {"status": line}))
    if service.on_duty and (found is None or found.state not in (Openness.OPEN, Openness.ALWAYS)):
        lines.append(Text("service-on-duty" if service.on_duty_verified else "service-on-duty-check"))
    return tuple(lines)


# -- phones and addresses --------------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s/().-]")
_EXTENSION = re.compile(r"\s*(?:lok|ext)\.?\s*(\d{1,5})\s*\Z", re.IGNORECASE)
_NATIONAL = re.compile(r"(?:0|\+381|00381)([1-9]\d{7,9})\Z")
_SHORT = re.compile(r"1\d{2,3}\Z")  # 192 police, 193 fire, 194 ambulance: dialled as they are


@dataclass(frozen=True)
class Dial:
    number: str  # "+381112195422", or a short number as dialled ("194")
    extension: str | None = None  # "22" for "011 2606-662 lok. 22"


def dial(phone: str) -> Dial | None:
    """A Serbian phone number as written in data, in the international form a messenger makes tappable.
    None when it is not a number we can read (the services check reports those)."""
    extension = _EXTENSION.search(phone)
    digits = _SEPARATORS.sub("", phone[: extension.start()] if extension else phone)
    ext = extension[1] if extension else None
    if _SHORT.match(digits):
        return Dial(digits, ext)
    national = _NATIONAL.match(digits)
    return Dial("+381" + national[1], ext) if national else None


def address_lines(service: Service) -> tuple[Text, ...]:
    """The address (with a check note when unverified) and the landmark; nothing when the address is unknown."""
    if not service.address:
        return ()
    key = "service-card-address" if service.address_verified else "service-card-address-check"
    lines = [Text(key, {"address": Serbian(service.address)})]
    if service.landmark:
        lines.append(Text("service-card-landmark", {"landmark": Text(f"service-{service.id}-landmark")}))
    return tuple(lines)


def phone_line(service: Service) -> Text | None:
    if not service.phones:
        return None
    key = "service-card-phone" if service.phone_verified else "service-card-phone-check"
    return Text(key, {"phone": ", ".join(service.phones)})


def hours_line(service: Service) -> Text | None:
    """The weekly hours (with a check note when unverified); "unknown, call first" when only a phone is known."""
    if service.hours is not None:
        key = "service-card-hours" if service.hours_verified else "service-card-hours-check"
        return Text(key, {"hours": Lines(hours_lines(service.hours))})
    return Text("service-card-hours-unknown") if service.phones else None


def listed(prefix: str, keys: Sequence[str], separator: str = ", ") -> Lines:
    return Lines(tuple(Text(f"{prefix}{key}") for key in keys), separator)
