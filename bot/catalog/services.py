"""The services directory: facts with their verified flags, opening hours, links for reminders; public holidays.

``services.yaml``: ``categories`` (menu order), ``services`` and optional ``links`` (a kind of reminder or tip ->
the id of the service it points to, e.g. ``vaccination: dz-zemun``). ``holidays.yaml``: the Serbian public
holidays (see :func:`load_holidays`). The loader refuses what would break the bot; ``cavororo services check``
also reports what a person should fix (phone formats, missing Fluent names, stale ``last_checked``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import yaml

from bot.catalog.reader import KEY, NOTES, CatalogError, Entry, UniqueKeyLoader, read
from bot.core.holidays import HolidayRules, MonthDay, orthodox_easter
from bot.core.library import Hours, Service

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])\Z")
_MONTH_DAY = re.compile(r"(\d\d)-(\d\d)\Z")
SERVICE_FIELDS = frozenset({
    "id", "category", "address", "address_verified", "landmark", "coordinates", "coordinates_verified",
    "coordinates_source", "phones", "phone_verified", "hours", "hours_verified", "open_on_holidays", "on_duty",
    "on_duty_verified", "offers", "documents", "documents_verified", "romani_spoken", "website", "verified",
    "last_checked", *NOTES,
})
TOP_FIELDS = frozenset({"categories", "links"})
HOLIDAY_FIELDS = frozenset({"version", "fixed_non_working", "sunday_rule", "easter_offsets",
                            "orthodox_easter_sunday", "verified", *NOTES})


def load_services(path: Path) -> tuple[tuple[str, ...], tuple[Service, ...]]:
    """(categories in menu order, services). Opening hours map day specs (``mon``..``sun``, a range like
    ``mon-fri``, or ``all_days``) to ranges like ``"09:00-15:00"``, several separated by commas."""
    top, entries = read(path, "services", SERVICE_FIELDS, extra_top=TOP_FIELDS)
    categories = top.keys("categories")
    if not categories or len(set(categories)) != len(categories):
        top.fail("'categories' must be a non-empty list of distinct keys")
    return categories, tuple(_service(entry, categories) for entry in entries)


def load_links(path: Path, services: Collection[Service]) -> dict[str, str]:
    """The ``links`` of services.yaml: kind -> service id, each id one of ``services``."""
    top, _ = read(path, "services", SERVICE_FIELDS, extra_top=TOP_FIELDS)
    links = top.value("links", dict, "a mapping of kinds to service ids", optional=True) or {}
    known = {service.id for service in services}
    for kind, service_id in links.items():
        if not isinstance(kind, str) or not KEY.match(kind) or service_id not in known:
            top.fail(f"links: {kind!r} -> {service_id!r} must name a kind and a service id of this file")
    return dict(links)


def _service(entry: Entry, categories: Collection[str]) -> Service:
    lat = lon = None
    if entry.raw.get("coordinates") is not None:
        coordinates = entry.child("coordinates", {"lat", "lon"})
        lat, lon = _degrees(coordinates, "lat", 90), _degrees(coordinates, "lon", 180)
    hours = entry.value("hours", dict, "a mapping of days to hours", optional=True)
    return Service(
        id=entry.raw["id"],
        category=entry.one_of("category", categories),
        address=entry.text("address", optional=True),
        address_verified=entry.flag("address_verified"),
        lat=lat,
        lon=lon,
        coordinates_verified=entry.flag("coordinates_verified"),
        phones=entry.keys("phones", pattern=None),
        phone_verified=entry.flag("phone_verified"),
        hours=None if hours is None else _hours(entry, hours),
        hours_verified=entry.flag("hours_verified"),
        offers=entry.keys("offers"),
        documents=entry.keys("documents"),
        romani_spoken=entry.value("romani_spoken", bool, "true, false or null", optional=True),
        website=entry.text("website", optional=True),
        verified=entry.flag("verified", required=True),
        sources=entry.keys("sources", pattern=None),
        last_checked=_day(entry, "last_checked"),
        landmark=entry.value("landmark", bool, "true or false", optional=True) or False,
        documents_verified=entry.flag("documents_verified"),
        open_on_holidays=entry.value("open_on_holidays", bool, "true, false or null", optional=True),
        on_duty=entry.value("on_duty", bool, "true or false", optional=True) or False,
        on_duty_verified=entry.flag("on_duty_verified"),
    )


def _degrees(entry: Entry, key: str, limit: int) -> float:
    value = entry.value(key, (int, float), "a number")
    if not -limit <= value <= limit:
        entry.fail(f"{key} {value} is out of range")
    return float(value)


def _day(entry: Entry, key: str) -> date | None:
    value = entry.value(key, (date, str), "a date like 2025-01-31", optional=True)
    if isinstance(value, datetime):
        entry.fail(f"field {key!r} must be a date without a time")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            entry.fail(f"field {key!r} must be a date like 2025-01-31, not {value!r}")
    return value


def _hours(entry: Entry, raw: Mapping[Any, Any]) -> Hours:
    try:
        return parse_hours(raw)
    except ValueError as error:
        entry.fail(str(error))


def parse_hours(raw: Mapping[Any, Any]) -> Hours:
    """Opening hours from their data form; ValueError saying what is wrong."""
    if not raw:
        raise ValueError("'hours' is empty; write null when they are unknown")
    by_weekday: dict[int, tuple[tuple[time, time], ...]] = {}
    for spec, value in raw.items():
        ranges = parse_ranges(spec, value)
        for weekday in parse_day_spec(spec):
            if weekday in by_weekday:
                raise ValueError(f"hours for {DAYS[weekday]} are given twice")
            by_weekday[weekday] = ranges
    return Hours(by_weekday=dict(sorted(by_weekday.items())))


def parse_day_spec(spec: Any) -> range:
    if spec == "all_days":
        return range(7)
    first, dash, last = str(spec).partition("-")
    last = last if dash else first
    if first not in DAYS or last not in DAYS or DAYS.index(last) < DAYS.index(first):
        raise ValueError(f"hours: unknown day spec {spec!r}; use mon..sun, a range like mon-fri, or all_days")
    return range(DAYS.index(first), DAYS.index(last) + 1)


def parse_ranges(spec: Any, value: Any) -> tuple[tuple[time, time], ...]:
    if not isinstance(value, str):
        raise ValueError(f'hours {spec}: {value!r} must be text like "09:00-15:00"')
    ranges = []
    for part in value.split(","):
        opens_text, _, closes_text = part.strip().partition("-")
        opens, closes = _clock(opens_text), _clock(closes_text, closing=True)
        if opens is None or closes is None:
            raise ValueError(f"hours {spec}: {part.strip()!r} is not a range like 09:00-15:00")
        if closes <= opens:
            raise ValueError(f"hours {spec}: {part.strip()!r} closes before it opens")
        ranges.append((opens, closes))
    ranges.sort()
    for earlier, later in zip(ranges, ranges[1:], strict=False):
        if later[0] < earlier[1]:
            raise ValueError(f"hours {spec}: ranges overlap")
    return tuple(ranges)


def _clock(text: str, *, closing: bool = False) -> time | None:
    if closing and text == "24:00":
        return time.max
    match = _CLOCK.match(text)
    return time(int(match[1]), int(match[2])) if match else None


# -- public holidays ---------------------------------------------------------------------------------------------

def load_holidays(path: Path) -> HolidayRules | None:
    """The public holidays of holidays.yaml; None when the file does not exist (then no "open now" is shown,
    and ``cavororo services check`` reports the missing file).

    Fields: ``fixed_non_working`` and ``sunday_rule`` ("MM-DD" lists, the second a subset of the first),
    ``easter_offsets`` (days from Orthodox Easter Sunday), ``orthodox_easter_sunday`` (published dates the
    computed Easter must match), ``verified``, ``sources``.
    """
    if not path.is_file():
        return None
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)  # a SafeLoader
    except (OSError, yaml.YAMLError) as error:
        raise CatalogError(path, f"cannot be read as YAML: {error}") from None
    if not isinstance(data, dict):
        raise CatalogError(path, "must be a mapping with 'version' and 'fixed_non_working'")
    top = Entry(path, data, "top level", HOLIDAY_FIELDS)
    if top.value("version", int, "a whole number") != 1:
        top.fail(f"unsupported version {data['version']!r}; this program reads version 1")
    fixed, sunday = _month_days(top, "fixed_non_working"), _month_days(top, "sunday_rule")
    if not sunday <= fixed:
        top.fail("every day of 'sunday_rule' must also be in 'fixed_non_working'")
    offsets = top.value("easter_offsets", list, "a list of whole numbers of days")
    if not offsets or not all(isinstance(o, int) and not isinstance(o, bool) and -7 <= o <= 7 for o in offsets):
        top.fail("'easter_offsets' must list whole numbers of days from -7 to 7")
    for year, published in (top.value("orthodox_easter_sunday", dict, "a mapping", optional=True) or {}).items():
        computed = orthodox_easter(year) if isinstance(year, int) and year >= 1583 else None
        if computed != published:
            top.fail(f"orthodox_easter_sunday {year}: the file says {published}, the computus gives {computed}")
    return HolidayRules(fixed, sunday, tuple(offsets), verified=top.flag("verified", required=True))


def _month_days(top: Entry, key: str) -> frozenset[MonthDay]:
    days: set[MonthDay] = set()
    for value in top.keys(key, pattern=_MONTH_DAY):
        month, day = int(value[:2]), int(value[3:])
        try:
            date(2000, month, day)  # a leap year: 02-29 would exist
        except ValueError:
            top.fail(f"{key}: {value!r} is not a day of the year")
        days.add((month, day))
    return frozenset(days)
