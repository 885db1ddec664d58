"""Checks of the data files against the Fluent files: every catalog entry names a message that exists, and
the tips cover every day from birth to six years.

Positions come from the YAML itself (the line of each entry's ``id``), so an editor is sent to the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import yaml

from bot.catalog import CatalogError
from bot.core.library import Library, TipEntry
from bot.tools import Problem

LAST_DAY = 2190  # six years: the last day a tip is for
Position = tuple[int, int]
DATA_FILES = {"tips": "tips.yaml", "doses": "immunization.yaml", "visits": "checkups.yaml",
              "services": "services.yaml", "milestones": "milestones.yaml", "checkins": "milestones.yaml",
              "topics": "illness.yaml", "guides": "guides.yaml"}
_ENTRY_ID = re.compile(r"entry '([^']+)'")


def entry_positions(path: Path, list_key: str) -> dict[str, Position]:
    """The line and column of each entry's ``id`` in ``path``'s list ``list_key`` (empty when unreadable)."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    positions: dict[str, Position] = {}
    for key, value in root.value:
        if key.value != list_key or not isinstance(value, yaml.SequenceNode):
            continue
        for item in value.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            for field, node in item.value:
                if field.value == "id" and isinstance(node, yaml.ScalarNode):
                    positions.setdefault(node.value, (field.start_mark.line + 1, field.start_mark.column + 1))
    return positions


class EntryPositions:
    """The positions of a list's entries, read from the YAML only when a problem needs one."""

    def __init__(self, path: Path, list_key: str) -> None:
        self.path, self.list_key = path, list_key
        self._found: dict[str, Position] | None = None

    def get(self, entry_id: str | None, default: Position = (1, 1)) -> Position:
        if self._found is None:
            self._found = entry_positions(self.path, self.list_key)
        return self._found.get(entry_id, default) if entry_id is not None else default


def catalog_problem(error: CatalogError) -> Problem:
    """A catalog that does not load, at the YAML error's position or the named entry's line."""
    line, column = 1, 1
    if "YAML" in error.message:
        return _yaml_problem(error)
    if found := _ENTRY_ID.search(error.message):
        for list_key in DATA_FILES:
            position = entry_positions(error.path, list_key).get(found[1])
            if position:
                line, column = position
    return Problem(error.path, line, column, "error", error.message)


def _yaml_problem(error: CatalogError) -> Problem:
    """A YAML syntax error on one line, at the position where the parser gave up."""
    try:
        yaml.safe_load(error.path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as found:
        mark = found.problem_mark or found.context_mark
        if mark is not None:
            what = " ".join(part for part in (found.context, found.problem) if part)
            return Problem(error.path, mark.line + 1, mark.column + 1, "error", f"not valid YAML: {what}")
    except (OSError, yaml.YAMLError):
        pass
    return Problem(error.path, 1, 1, "error", " ".join(error.message.split()))


def _dashed(key: str) -> str:
    return key.replace("_", "-")


def referenced_messages(library: Library) -> Iterator[tuple[str, str, str]]:
    """(data list, entry id, Fluent message id) for every message the catalog makes the bot say."""
    for tip in library.tips:
        yield "tips", tip.id, tip.id
        if tip.checkback:
            yield "tips", tip.id, f"checkback-{tip.id}"
    for milestone in library.milestones:
        yield "milestones", milestone.id, milestone.id
    for dose in library.doses:
        yield "doses", dose.id, f"vaccine-{_dashed(dose.id)}"
    for visit in library.visits:
        yield "visits", visit.id, f"visit-{_dashed(visit.id)}"
    for service in library.services:
        yield "services", service.id, f"service-{service.id}-name"
        yield "services", service.id, f"service-{service.id}-description"
        if getattr(service, "landmark", False):
            yield "services", service.id, f"service-{service.id}-landmark"
        yield from (("services", service.id, f"service-offer-{key}") for key in service.offers)
        yield from (("services", service.id, f"service-document-{key}") for key in service.documents)
    for key in library.categories:
        yield "services", key, f"services-category-{key}"
    for topic in library.illness:
        yield "topics", topic.id, f"illness-topic-{topic.id}"
        yield from (("topics", topic.id, text.id) for text in topic.texts)
    yield from guide_messages(library)


def guide_messages(library: Library) -> Iterator[tuple[str, str, str]]:
    """The documents-and-rights guides: title, steps, what to bring, the short names of the places, the nudge."""
    for guide in library.guides:
        yield "guides", guide.id, f"guide-{guide.id}-title"
        if guide.enrolment_days is not None:
            yield "guides", guide.id, f"guide-{guide.id}-nudge"
        yield from (("guides", guide.id, f"guide-{guide.id}-step-{step.id}") for step in guide.steps)
        yield from (("guides", guide.id, f"guide-bring-{key}") for key in guide.bring)
        yield from (("guides", guide.id, f"guide-service-{service}") for service in guide.services)


def check_references(root: Path, library: Library, serbian: set[str]) -> list[Problem]:
    """Catalog entries whose message is missing from the Serbian source (each reported once)."""
    data = root / "data"
    positions = {key: EntryPositions(data / name, key) for key, name in DATA_FILES.items()}
    problems: list[Problem] = []
    reported: set[str] = set()
    for list_key, entry_id, msg_id in referenced_messages(library):
        if msg_id in serbian or msg_id in reported:
            continue
        reported.add(msg_id)
        line, column = positions[list_key].get(entry_id)
        problems.append(Problem(data / DATA_FILES[list_key], line, column, "error",
                                f"{entry_id} needs the message {msg_id}, which sr/*.ftl does not define"))
    return problems


def _age(day: int) -> str:
    return f"week {day // 7}" if day < 365 else f"month {day * 12 // 365}"


def check_age_gaps(path: Path, tips: Sequence[TipEntry], positions: EntryPositions) -> list[Problem]:
    """Every day from 0 to six years has a tip; each gap is reported at the tip that ends before it."""
    covered = [False] * (LAST_DAY + 1)
    ends_at: dict[int, str] = {}
    for tip in tips:
        for day in range(tip.start_days, min(tip.end_days, LAST_DAY) + 1):
            covered[day] = True
        ends_at.setdefault(tip.end_days, tip.id)
    problems: list[Problem] = []
    day = 0
    while day <= LAST_DAY:
        if covered[day]:
            day += 1
            continue
        end = day
        while end + 1 <= LAST_DAY and not covered[end + 1]:
            end += 1
        before = ends_at.get(day - 1)
        line, column = positions.get(before)
        span = f"day {day}" if day == end else f"days {day}-{end}"
        ages = _age(day) if _age(day) == _age(end) else f"{_age(day)} to {_age(end)}"
        problems.append(Problem(path, line, column, "error", f"no tip for {span} ({ages}): a parent of a child this "
                                                             "age would get no tip"))
        day = end + 1
    return problems
