"""The tip catalog: which tip fits which age, and its topic and media; and the milestone notes.

``tips.yaml``: ``tips`` (``id``, ``days: [start, end]``, ``topic``, optional ``media``, ``age``: ``corrected``
(default) or ``chronological``, ``months``: the season (1-12), ``extra``: outside the weekly chain,
``checkback``: a "Did you try ...?" question two days after it is sent, for responsive/learning tips) with the
review fields (``sources``, ``reviewed-by``, ``reviewed-on``: :mod:`bot.catalog.sources`).

``milestones.yaml``: ``milestones`` (``id``, ``months``: the CDC checkpoint, ``days: [start, end]``: the
inclusive window of corrected age in which the note is due). The file is optional: without it there are none.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path, PurePosixPath

from bot.catalog.checkins import TOP_KEYS as CHECKIN_KEYS
from bot.catalog.reader import NOTES, Entry, read
from bot.catalog.sources import REVIEW_FIELDS, review_of
from bot.core.library import AGE_BASES, CORRECTED, TOPICS, Milestone, TipEntry

_TIP_FIELDS = {"id", "days", "topic", "media", "age", "months", "extra", "guide", "checkback"} | REVIEW_FIELDS | NOTES
CHECKBACK_TOPICS = frozenset({"responsive", "learning"})  # activities a parent can try (issue 19)
_MILESTONE_FIELDS = {"id", "months", "days"} | REVIEW_FIELDS | NOTES


def load_tips(path: Path, guide_ids: Collection[str] | None = None) -> tuple[TipEntry, ...]:
    """The tips; with ``guide_ids``, a tip's ``guide`` must be one of them."""
    _, entries = read(path, "tips", _TIP_FIELDS)
    tips = []
    for entry in entries:
        tip = _tip(entry)
        if tip.guide is not None and guide_ids is not None and tip.guide not in guide_ids:
            entry.fail(f"guide {tip.guide!r} is not in guides.yaml")
        tips.append(tip)
    return tuple(tips)


def load_milestones(path: Path) -> tuple[Milestone, ...]:
    """The milestone notes; none when the file does not exist."""
    if not path.is_file():
        return ()
    _, entries = read(path, "milestones", _MILESTONE_FIELDS, CHECKIN_KEYS)  # check-ins: bot.catalog.checkins
    return tuple(_milestone(entry) for entry in entries)


def _milestone(entry: Entry) -> Milestone:
    start, end = _window(entry)
    months = entry.value("months", int, "a whole number of months")
    if not 0 < months <= 72:
        entry.fail(f"field 'months' must be a checkpoint from 1 to 72, not {months}")
    return Milestone(entry.raw["id"], months, start, end, review_of(entry))


def _window(entry: Entry) -> tuple[int, int]:
    days = entry.value("days", list, "a list [start, end]")
    if len(days) != 2 or not all(
        isinstance(day, int) and not isinstance(day, bool) and day >= 0 for day in days
    ):
        entry.fail(f"field 'days' must be two whole numbers of days [start, end], not {days!r}")
    if days[1] < days[0]:
        entry.fail(f"window ends (day {days[1]}) before it starts (day {days[0]})")
    return days[0], days[1]


def _tip(entry: Entry) -> TipEntry:
    start, end = _window(entry)
    media = entry.keys("media", pattern=None)
    for item in media:
        parts = PurePosixPath(item).parts
        if not parts or item.startswith("/") or ".." in parts:
            entry.fail(f"media {item!r} must be a path inside content/media/")
    age = entry.one_of("age", AGE_BASES) if "age" in entry.raw else CORRECTED
    months = entry.value("months", list, "a list of months 1-12", optional=True) or []
    if not all(isinstance(m, int) and not isinstance(m, bool) and 1 <= m <= 12 for m in months):
        entry.fail(f"field 'months' must list months from 1 to 12, not {months!r}")
    extra = entry.value("extra", bool, "true or false", optional=True) or False
    if months and not extra:
        entry.fail("a tip with a season ('months') must be 'extra: true': out of season its week would be empty")
    guide = entry.text("guide", optional=True)
    topic = entry.one_of("topic", TOPICS)
    checkback = entry.value("checkback", bool, "true or false", optional=True) or False
    if checkback and topic not in CHECKBACK_TOPICS:
        entry.fail(f"'checkback: true' is for activity tips (topic responsive or learning), not {topic!r}")
    return TipEntry(entry.raw["id"], start, end, topic, media, age, tuple(months), extra,
                    review_of(entry), guide, checkback)
