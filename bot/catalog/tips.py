"""The tip catalog: which tip fits which (corrected) age, and its topic and media."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from bot.catalog.reader import NOTES, Entry, read
from bot.core.library import TOPICS, TipEntry

_TIP_FIELDS = {"id", "days", "topic", "media"} | NOTES


def load_tips(path: Path) -> tuple[TipEntry, ...]:
    _, entries = read(path, "tips", _TIP_FIELDS)
    return tuple(_tip(entry) for entry in entries)



def _tip(entry: Entry) -> TipEntry:
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
