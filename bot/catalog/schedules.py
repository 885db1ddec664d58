"""The immunization calendar (doses) and the check-up schedule (visits)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from bot.catalog.reader import NOTES, Entry, read
from bot.core.library import Dose, Visit

PLACES = ("porodiliste", "dom_zdravlja")
VISIT_TYPES = (
    "pediatric_preventive",
    "pediatric_systematic",
    "pediatric_control_if_needed",
    "patronage_home_visit",
    "screening",
)
_DOSE_FIELDS = {"id", "vaccine", "recommended_age_days", "window", "place", "verified"}
_DOSE_FIELDS |= {"min_interval_from_previous_days", "label_sr", "protects_against", "dose"} | NOTES
_VISIT_FIELDS = {"id", "type", "age_days", "window_days", "vaccines", "count", "verified"}
_VISIT_FIELDS |= {"who", "what"} | NOTES


def load_doses(path: Path) -> tuple[Dose, ...]:
    _, entries = read(path, "doses", _DOSE_FIELDS, extra_top={"meta"})
    return tuple(_dose(entry) for entry in entries)


def load_visits(path: Path, dose_ids: Collection[str]) -> tuple[Visit, ...]:
    """The visits of ``path``; every vaccine a visit names must be one of ``dose_ids``."""
    _, entries = read(path, "visits", _VISIT_FIELDS, extra_top={"meta"})
    return tuple(_visit(entry, dose_ids) for entry in entries)



def _window(entry: Entry, start: int, end: int, typical: int) -> None:
    if end < start:
        entry.fail(f"window ends (day {end}) before it starts (day {start})")
    if not start <= typical <= end:
        entry.fail(f"recommended day {typical} is outside its window [{start}, {end}]")


def _dose(entry: Entry) -> Dose:
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


def _visit(entry: Entry, dose_ids: Collection[str]) -> Visit:
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
