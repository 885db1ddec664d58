"""The services directory: facts with their verified flags, and opening hours."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from bot.catalog.reader import NOTES, Entry, read
from bot.core.library import Hours, Service

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])\Z")
_SERVICE_FIELDS = {"id", "category", "address", "address_verified", "coordinates", "coordinates_verified"}
_SERVICE_FIELDS |= {"coordinates_source", "phones", "phone_verified", "hours", "hours_verified", "offers"}
_SERVICE_FIELDS |= {"documents", "romani_spoken", "website", "verified", "last_checked"} | NOTES


def load_services(path: Path) -> tuple[tuple[str, ...], tuple[Service, ...]]:
    """(categories in menu order, services). Opening hours map day specs (``mon``..``sun``, a range like
    ``mon-fri``, or ``all_days``) to ranges like ``"09:00-15:00"``, several separated by commas."""
    top, entries = read(path, "services", _SERVICE_FIELDS, extra_top={"categories"})
    categories = top.keys("categories")
    if not categories or len(set(categories)) != len(categories):
        top.fail("'categories' must be a non-empty list of distinct keys")
    return categories, tuple(_service(entry, categories) for entry in entries)


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
    if not raw:
        entry.fail("'hours' is empty; write null when they are unknown")
    by_weekday: dict[int, tuple[tuple[time, time], ...]] = {}
    for spec, value in raw.items():
        ranges = _ranges(entry, spec, value)
        for weekday in _weekdays(entry, spec):
            if weekday in by_weekday:
                entry.fail(f"hours for {_DAYS[weekday]} are given twice")
            by_weekday[weekday] = ranges
    return Hours(by_weekday=dict(sorted(by_weekday.items())))


def _weekdays(entry: Entry, spec: Any) -> range:
    if spec == "all_days":
        return range(7)
    first, dash, last = str(spec).partition("-")
    last = last if dash else first
    if first not in _DAYS or last not in _DAYS or _DAYS.index(last) < _DAYS.index(first):
        entry.fail(f"hours: unknown day spec {spec!r}; use mon..sun, a range like mon-fri, or all_days")
    return range(_DAYS.index(first), _DAYS.index(last) + 1)


def _ranges(entry: Entry, spec: Any, value: Any) -> tuple[tuple[time, time], ...]:
    if not isinstance(value, str):
        entry.fail(f'hours {spec}: {value!r} must be text like "09:00-15:00"')
    ranges = []
    for part in value.split(","):
        opens_text, _, closes_text = part.strip().partition("-")
        opens, closes = _clock(opens_text), _clock(closes_text, closing=True)
        if opens is None or closes is None:
            entry.fail(f"hours {spec}: {part.strip()!r} is not a range like 09:00-15:00")
        if closes <= opens:
            entry.fail(f"hours {spec}: {part.strip()!r} closes before it opens")
        ranges.append((opens, closes))
    ranges.sort()
    for earlier, later in zip(ranges, ranges[1:], strict=False):
        if later[0] < earlier[1]:
            entry.fail(f"hours {spec}: ranges overlap")
    return tuple(ranges)


def _clock(text: str, *, closing: bool = False) -> time | None:
    if closing and text == "24:00":
        return time.max
    match = _CLOCK.match(text)
    return time(int(match[1]), int(match[2])) if match else None
