"""Loading the reference data of content/data/ into a :class:`bot.core.library.Library`.

Files, each a mapping with ``version: 1``:

- ``immunization.yaml``: ``doses`` (``id``, ``vaccine``, ``recommended_age_days``, ``window: {start_days,
  latest_days}``, ``place``, ``verified``, optional ``min_interval_from_previous_days``) and a free ``meta``.
- ``checkups.yaml``: ``visits`` (``id``, ``type``, ``window_days: {start, end}``, ``verified``, optional
  ``age_days`` (default: the window start), ``vaccines`` (dose ids), ``count``) and a free ``meta``.
- ``tips.yaml``: ``tips`` (``id``, ``days: [start, end]``, ``topic``, optional ``media``).
- ``services.yaml``: ``categories`` (menu order) and ``services`` (see :func:`load_services`).

Any malformed entry raises :class:`CatalogError` naming the file and the entry: a missing field, a wrong type,
a window ending before it starts, an unknown topic, category, place, visit type or dose, a duplicate id, and
also an unknown field (usually a typo that would silently hide a fact) or a key given twice in one mapping.
Fields kept only for human readers (sources, notes, Serbian labels) are accepted and ignored.

A ``verified`` flag is true, false or ``partly``; ``partly`` is read as False.

Opening hours: a closing time of ``24:00`` is represented as ``datetime.time.max`` (23:59:59.999999), so a
range ``(opens, closes)`` means ``opens <= t < closes``, and ``closes == time.max`` means open until midnight.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterator, Mapping
from datetime import date, datetime, time
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn

import yaml
from babel import Locale

from bot.core.library import TOPICS, Dose, Hours, Library, Service, TipEntry, Visit

logger = logging.getLogger(__name__)

SUPPORTED_VERSION = 1
PLACES = ("porodiliste", "dom_zdravlja")
VISIT_TYPES = (
    "pediatric_preventive",
    "pediatric_systematic",
    "pediatric_control_if_needed",
    "patronage_home_visit",
    "screening",
)
MONTH_LOCALES = ("sr_Latn", "sr_Cyrl", "en")
_SERBIAN_LOCALES = ("sr_Latn", "sr_Cyrl")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_KEY = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*\Z")  # ids and keys: usable inside Fluent message ids
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])\Z")
_NOTES = frozenset({"sources", "note", "notes"})
_DOSE_FIELDS = {"id", "vaccine", "recommended_age_days", "window", "place", "verified"}
_DOSE_FIELDS |= {"min_interval_from_previous_days", "label_sr", "protects_against", "dose"} | _NOTES
_VISIT_FIELDS = {"id", "type", "age_days", "window_days", "vaccines", "count", "verified"}
_VISIT_FIELDS |= {"who", "what"} | _NOTES
_TIP_FIELDS = {"id", "days", "topic", "media"} | _NOTES
_SERVICE_FIELDS = {"id", "category", "address", "address_verified", "coordinates", "coordinates_verified"}
_SERVICE_FIELDS |= {"coordinates_source", "phones", "phone_verified", "hours", "hours_verified", "offers"}
_SERVICE_FIELDS |= {"documents", "romani_spoken", "website", "verified", "last_checked"} | _NOTES


class CatalogError(Exception):
    """A data file that cannot be read or holds a malformed entry."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class _UniqueKeyLoader(yaml.SafeLoader):
    """Safe YAML loading that refuses a key given twice in a mapping (plain YAML silently keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys = [self.construct_object(key, deep=True) for key, _ in node.value]
        for key in keys:
            if keys.count(key) > 1:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", node.start_mark)
        return super().construct_mapping(node, deep=deep)


class _Entry:
    """One mapping of a data file, with typed accessors that fail naming the file and the entry."""

    def __init__(self, path: Path, raw: Mapping[str, Any], label: str, fields: Collection[str]) -> None:
        self.path, self.raw, self.label = path, raw, label
        unknown = sorted(str(key) for key in raw if key not in fields)
        if unknown:
            self.fail(f"unknown field(s) {', '.join(unknown)}")

    def fail(self, message: str) -> NoReturn:
        raise CatalogError(self.path, f"{self.label}: {message}")

    def value(self, key: str, kind: type | tuple[type, ...], what: str, *, optional: bool = False) -> Any:
        """The value, checked to be ``kind`` (a bool is no int); None if optional and absent or null."""
        value = self.raw.get(key)
        if value is None:
            if optional:
                return None
            self.fail(f"missing field {key!r}")
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            self.fail(f"field {key!r} must be {what}, not {value!r}")
        return value

    def text(self, key: str, *, optional: bool = False) -> str | None:
        value = self.value(key, str, "text", optional=optional)
        if value is not None and not value.strip():
            self.fail(f"field {key!r} is empty")
        return value

    def days(self, key: str, *, optional: bool = False) -> int | None:
        value = self.value(key, int, "a whole number of days", optional=optional)
        if value is not None and value < 0:
            self.fail(f"field {key!r} must not be negative")
        return value

    def one_of(self, key: str, allowed: Collection[str]) -> str:
        value = self.text(key)
        if value not in allowed:
            self.fail(f"unknown {key} {value!r}; expected one of {', '.join(allowed)}")
        return value

    def flag(self, key: str, *, required: bool = False) -> bool:
        """A verified flag: true, false or "partly" (read as False); absent means False unless required."""
        if key not in self.raw and not required:
            return False
        value = self.value(key, (bool, str), "true, false or partly")
        if value != "partly" and not isinstance(value, bool):
            self.fail(f"field {key!r} must be true, false or partly, not {value!r}")
        return value is True

    def keys(self, key: str, *, pattern: re.Pattern[str] | None = _KEY) -> tuple[str, ...]:
        """A list of texts (absent or null: empty), each matching ``pattern``."""
        values = self.value(key, list, "a list", optional=True) or []
        for value in values:
            if not isinstance(value, str) or (pattern is not None and not pattern.match(value)):
                self.fail(f"field {key!r} holds {value!r}, which is not a valid entry")
        return tuple(values)

    def child(self, key: str, fields: Collection[str]) -> _Entry:
        return _Entry(self.path, self.value(key, dict, "a mapping"), f"{self.label}, {key}", fields)


def load_library(content_dir: Path) -> Library:
    """The whole reference library from ``content_dir/data``, with month names for date parsing."""
    data = content_dir / "data"
    doses = load_doses(data / "immunization.yaml")
    visits = load_visits(data / "checkups.yaml", {dose.id for dose in doses})
    tips = load_tips(data / "tips.yaml")
    categories, services = load_services(data / "services.yaml")
    logger.info(
        "catalog loaded: %s doses, %s visits, %s tips, %s services",
        len(doses),
        len(visits),
        len(tips),
        len(services),
    )
    return Library(doses, visits, tips, services, categories, month_names())


def load_doses(path: Path) -> tuple[Dose, ...]:
    _, entries = _read(path, "doses", _DOSE_FIELDS, extra_top={"meta"})
    return tuple(_dose(entry) for entry in entries)


def load_visits(path: Path, dose_ids: Collection[str]) -> tuple[Visit, ...]:
    """The visits of ``path``; every vaccine a visit names must be one of ``dose_ids``."""
    _, entries = _read(path, "visits", _VISIT_FIELDS, extra_top={"meta"})
    return tuple(_visit(entry, dose_ids) for entry in entries)


def load_tips(path: Path) -> tuple[TipEntry, ...]:
    _, entries = _read(path, "tips", _TIP_FIELDS)
    return tuple(_tip(entry) for entry in entries)


def load_services(path: Path) -> tuple[tuple[str, ...], tuple[Service, ...]]:
    """(categories in menu order, services). Opening hours map day specs (``mon``..``sun``, a range like
    ``mon-fri``, or ``all_days``) to ranges like ``"09:00-15:00"``, several separated by commas."""
    top, entries = _read(path, "services", _SERVICE_FIELDS, extra_top={"categories"})
    categories = top.keys("categories")
    if not categories or len(set(categories)) != len(categories):
        top.fail("'categories' must be a non-empty list of distinct keys")
    return categories, tuple(_service(entry, categories) for entry in entries)


def _read(
    path: Path, list_key: str, fields: Collection[str], extra_top: Collection[str] = ()
) -> tuple[_Entry, Iterator[_Entry]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # a SafeLoader
    except OSError as error:
        raise CatalogError(path, f"cannot be read: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise CatalogError(path, f"is not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise CatalogError(path, f"must be a mapping with 'version' and {list_key!r}")
    top = _Entry(path, data, "top level", {"version", list_key, *extra_top})
    if top.value("version", int, "a whole number") != SUPPORTED_VERSION:
        top.fail(f"unsupported version {data['version']!r}; this program reads version {SUPPORTED_VERSION}")
    return top, _entries(path, top.value(list_key, list, "a list"), fields)


def _entries(path: Path, items: list[Any], fields: Collection[str]) -> Iterator[_Entry]:
    seen: set[str] = set()
    for number, raw in enumerate(items, 1):
        if not isinstance(raw, dict):
            raise CatalogError(path, f"entry #{number} must be a mapping")
        entry_id = raw.get("id")
        if not isinstance(entry_id, str) or not _KEY.match(entry_id):
            raise CatalogError(path, f"entry #{number}: 'id' must be a key like 'abc-1', not {entry_id!r}")
        if entry_id in seen:
            raise CatalogError(path, f"entry {entry_id!r}: duplicate id")
        seen.add(entry_id)
        yield _Entry(path, raw, f"entry {entry_id!r}", fields)


def _window(entry: _Entry, start: int, end: int, typical: int) -> None:
    if end < start:
        entry.fail(f"window ends (day {end}) before it starts (day {start})")
    if not start <= typical <= end:
        entry.fail(f"recommended day {typical} is outside its window [{start}, {end}]")


def _dose(entry: _Entry) -> Dose:
    window = entry.child("window", {"start_days", "latest_days"})
    start, latest = window.days("start_days"), window.days("latest_days")
    recommended = entry.days("recommended_age_days")
    _window(entry, start, latest, recommended)
    return Dose(
        id=entry.raw["id"],
        vaccine=entry.text("vaccine"),
        recommended_age_days=recommended,
        start_days=start,
        latest_days=latest,
        place=entry.one_of("place", PLACES),
        verified=entry.flag("verified", required=True),
        min_interval_from_previous_days=entry.days("min_interval_from_previous_days", optional=True),
    )


def _visit(entry: _Entry, dose_ids: Collection[str]) -> Visit:
    window = entry.child("window_days", {"start", "end"})
    start, end = window.days("start"), window.days("end")
    age_days = entry.days("age_days", optional=True)
    age_days = start if age_days is None else age_days
    _window(entry, start, end, age_days)
    vaccines = entry.keys("vaccines")
    for dose_id in vaccines:
        if dose_id not in dose_ids:
            entry.fail(f"unknown vaccine dose {dose_id!r}")
    return Visit(
        id=entry.raw["id"],
        type=entry.one_of("type", VISIT_TYPES),
        age_days=age_days,
        start_days=start,
        end_days=end,
        vaccines=vaccines,
        verified=entry.flag("verified", required=True),
        count=entry.days("count", optional=True),
    )


def _tip(entry: _Entry) -> TipEntry:
    days = entry.value("days", list, "a list [start, end]")
    if len(days) != 2 or not all(
        isinstance(day, int) and not isinstance(day, bool) and day >= 0 for day in days
    ):
        entry.fail(f"field 'days' must be two whole numbers of days [start, end], not {days!r}")
    if days[1] < days[0]:
        entry.fail(f"window ends (day {days[1]}) before it starts (day {days[0]})")
    media = entry.keys("media", pattern=None)
    for item in media:
        parts = PurePosixPath(item).parts
        if not parts or item.startswith("/") or ".." in parts:
            entry.fail(f"media {item!r} must be a path inside content/media/")
    return TipEntry(entry.raw["id"], days[0], days[1], entry.one_of("topic", TOPICS), media)


def _service(entry: _Entry, categories: Collection[str]) -> Service:
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


def _degrees(entry: _Entry, key: str, limit: int) -> float:
    value = entry.value(key, (int, float), "a number")
    if not -limit <= value <= limit:
        entry.fail(f"{key} {value} is out of range")
    return float(value)


def _day(entry: _Entry, key: str) -> date | None:
    value = entry.value(key, (date, str), "a date like 2025-01-31", optional=True)
    if isinstance(value, datetime):
        entry.fail(f"field {key!r} must be a date without a time")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            entry.fail(f"field {key!r} must be a date like 2025-01-31, not {value!r}")
    return value


def _hours(entry: _Entry, raw: Mapping[Any, Any]) -> Hours:
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


def _weekdays(entry: _Entry, spec: Any) -> range:
    if spec == "all_days":
        return range(7)
    first, dash, last = str(spec).partition("-")
    last = last if dash else first
    if first not in _DAYS or last not in _DAYS or _DAYS.index(last) < _DAYS.index(first):
        entry.fail(f"hours: unknown day spec {spec!r}; use mon..sun, a range like mon-fri, or all_days")
    return range(_DAYS.index(first), _DAYS.index(last) + 1)


def _ranges(entry: _Entry, spec: Any, value: Any) -> tuple[tuple[time, time], ...]:
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


def month_names() -> dict[str, int]:
    """Lower-cased month words -> 1..12, from Babel for Serbian (Latin, Cyrillic) and English.

    Wide and abbreviated names, format and stand-alone contexts, each with and without a trailing dot, plus
    the Serbian genitive of wide names ("12. marta", "12. септембра"), which CLDR does not list.
    """
    names: dict[str, int] = {}
    for code in MONTH_LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in months[context][width].items():
                    words = {name.lower().rstrip(".")}
                    if code in _SERBIAN_LOCALES and width == "wide":
                        words.add(_serbian_genitive(name.lower()))
                    for word in words:
                        _add_month(names, word, month)
                        _add_month(names, word + ".", month)
    return names


def _serbian_genitive(name: str) -> str:
    """Genitive of a Serbian month name: mart -> marta; a fleeting a drops: septembar -> septembra."""
    cyrillic = any("\u0400" <= char <= "\u04ff" for char in name)
    ending = "\u0430" if cyrillic else "a"
    if name[-2:] in ("ar", "\u0430\u0440") and name[-3] not in "aeiou\u0430\u0435\u0438\u043e\u0443":
        return name[:-2] + name[-1] + ending
    return name + ending


def _add_month(names: dict[str, int], word: str, month: int) -> None:
    if names.setdefault(word, month) != month:
        raise ValueError(f"month word {word!r} means both {names[word]} and {month}")
