"""The documents-and-rights guides (``guides.yaml``): steps, what to bring, where to go, sources.

Each guide: ``id``, ``topic`` (a services category it is listed under), ``steps`` (each ``id`` and
``verified``, optional ``sources``), optional ``bring`` (keys) with ``bring_verified``, ``services`` (ids of
services.yaml), ``verified`` and ``sources`` (at least one: a guide states facts only from a named source), and
optional ``enrolment_days`` (a child added at most this many days old gets the guide's nudge). The
texts live in Fluent (``guide-<id>-title``, ``guide-<id>-step-<step>``, ``guide-bring-<key>``).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from bot.catalog.reader import KEY, NOTES, Entry, read
from bot.core.library import Guide, GuideStep

TOPICS: tuple[str, ...] = ("documents", "social", "preschool")  # the services categories that have guides
_GUIDE_FIELDS = {"id", "topic", "steps", "bring", "bring_verified", "services", "verified", "enrolment_days"} | NOTES
_STEP_FIELDS = {"id", "verified"} | NOTES


def load_guides(path: Path, service_ids: Collection[str]) -> tuple[Guide, ...]:
    """The guides; none when the file does not exist. Every service named must be one of ``service_ids``."""
    if not path.is_file():
        return ()
    _, found = read(path, "guides", _GUIDE_FIELDS)
    return tuple(_guide(entry, service_ids) for entry in found)


def _sources(entry: Entry, *, required: bool) -> tuple[str, ...]:
    sources = entry.keys("sources", pattern=None)
    if required and not sources:
        entry.fail("needs 'sources': at least one public source for what the guide says")
    if any(not source.strip() for source in sources):
        entry.fail("field 'sources' holds an empty source")
    return sources


def _guide(entry: Entry, service_ids: Collection[str]) -> Guide:
    raw_steps = entry.value("steps", list, "a list of steps")
    if not raw_steps:
        entry.fail("needs at least one step")
    steps = tuple(GuideStep(step.raw["id"], step.flag("verified", required=True))
                  for step in _steps(entry, raw_steps))
    services = entry.keys("services")
    unknown = [service for service in services if service not in service_ids]
    if unknown:
        entry.fail(f"names service(s) {', '.join(unknown)} that services.yaml does not have")
    _sources(entry, required=True)
    return Guide(entry.raw["id"], entry.one_of("topic", TOPICS), steps, entry.keys("bring"),
                 entry.flag("bring_verified"), services, entry.flag("verified", required=True),
                 _sources(entry, required=True), entry.days("enrolment_days", optional=True))


def _steps(entry: Entry, raw_steps: list[object]) -> list[Entry]:
    found: list[Entry] = []
    for number, raw in enumerate(raw_steps, 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not KEY.match(raw["id"]):
            entry.fail(f"step #{number} must be a mapping with an 'id' like 'at-the-ward'")
        if any(step.raw["id"] == raw["id"] for step in found):
            entry.fail(f"step {raw['id']!r} is given twice")
        step = Entry(entry.path, raw, f"{entry.label}, step {raw['id']!r}", _STEP_FIELDS)
        _sources(step, required=False)
        found.append(step)
    return found
