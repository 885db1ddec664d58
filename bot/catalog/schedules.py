"""The immunization calendar (doses) and the check-up schedule (visits)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from pathlib import Path

from bot.catalog.reader import NOTES, Entry, read
from bot.core.age import Age
from bot.core.library import Dose, Visit

PLACES = ("porodiliste", "dom_zdravlja")
VISIT_TYPES = (
    "pediatric_preventive",
    "pediatric_systematic",
    "pediatric_control_if_needed",
    "patronage_home_visit",
    "screening",
)
_DOSE_FIELDS = {"id", "vaccine", "recommended_age_days", "recommended_age", "window", "place", "verified"}
_DOSE_FIELDS |= {"min_interval_from_previous_days", "label_sr", "protects_against", "dose"} | NOTES
_VISIT_FIELDS = {"id", "type", "age_days", "age", "window_days", "vaccines", "count", "verified"}
_VISIT_FIELDS |= {"who", "what"} | NOTES


def load_doses(path: Path) -> tuple[Dose, ...]:
    _, entries = read(path, "doses", _DOSE_FIELDS, extra_top={"meta"})
    return tuple(_dose(entry) for entry in entries)


def load_visits(path: Path, dose_ids: Collection[str]) -> tuple[Visit, ...]:
    """The visits of ``path``; every vaccine a visit names must be one of ``dose_ids``."""
    _, entries = read(path, "visits", _VISIT_FIELDS, extra_top={"meta"})
    return tuple(_visit(entry, dose_ids) for entry in entries)


# Birth dates the windows are checked for: every month end, leap days, and ordinary days.
_CHECK_BIRTHS = tuple(date(year, month, day) for year in (2023, 2024) for month in range(1, 13) for day in (1, 15, 28))
_CHECK_BIRTHS += (date(2024, 2, 29), date(2023, 1, 31), date(2024, 1, 31), date(2023, 8, 31), date(2024, 12, 31))


def _window(entry: Entry, start: Age, end: Age, typical: Age) -> None:
    """The window must hold its typical day for every birth date (ages in months move with month lengths)."""
    for birth in _CHECK_BIRTHS:
        first, last, day = start.on(birth), end.on(birth), typical.on(birth)
        if last < first:
            entry.fail(f"window ends ({_show(end)}) before it starts ({_show(start)})")
        if not first <= day <= last:
            entry.fail(f"recommended {_show(typical)} is outside its window [{_show(start)}, {_show(end)}]")


def _show(age: Age) -> str:
    return f"day {age.days}" if age.months == 0 else f"{age.months} months {age.days} days"


def _either(entry: Entry, age_key: str, days_key: str) -> Age | None:
    """The age under ``age_key`` (days or "6y") or, in older files, whole days under ``days_key``."""
    if age_key in entry.raw and days_key in entry.raw:
        entry.fail(f"give {age_key!r} or {days_key!r}, not both")
    if age_key in entry.raw:
        return entry.age(age_key)
    days = entry.days(days_key, optional=True)
    return None if days is None else Age(days=days)


def _dose(entry: Entry) -> Dose:
    window = entry.child("window", {"start_days", "latest_days", "start", "latest"})
    start, latest = _either(window, "start", "start_days"), _either(window, "latest", "latest_days")
    recommended = _either(entry, "recommended_age", "recommended_age_days")
    if start is None or latest is None or recommended is None:
        entry.fail("missing field 'recommended_age' or a window's 'start' or 'latest'")
    _window(entry, start, latest, recommended)
    return Dose(
        id=entry.raw["id"],
        vaccine=entry.text("vaccine"),
        recommended_age_days=recommended.approx_days,
        start_days=start.approx_days,
        latest_days=latest.approx_days,
        place=entry.one_of("place", PLACES),
        verified=entry.flag("verified", required=True),
        min_interval_from_previous_days=entry.days("min_interval_from_previous_days", optional=True),
        recommended_age=recommended,
        start_age=start,
        latest_age=latest,
    )


def _visit(entry: Entry, dose_ids: Collection[str]) -> Visit:
    window = entry.child("window_days", {"start", "end"})
    start, end = window.age("start"), window.age("end")
    if start is None or end is None:
        entry.fail("missing field 'start' or 'end' of window_days")
    age = _either(entry, "age", "age_days") or start
    _window(entry, start, end, age)
    vaccines = entry.keys("vaccines")
    for dose_id in vaccines:
        if dose_id not in dose_ids:
            entry.fail(f"unknown vaccine dose {dose_id!r}")
    return Visit(
        id=entry.raw["id"],
        type=entry.one_of("type", VISIT_TYPES),
        age_days=age.approx_days,
        start_days=start.approx_days,
        end_days=end.approx_days,
        vaccines=vaccines,
        verified=entry.flag("verified", required=True),
        count=entry.days("count", optional=True),
        age=age,
        start_age=start,
        end_age=end,
    )
