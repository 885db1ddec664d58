"""``sources.yaml``: the sources of the health texts, each defined once (``id``, ``title``, ``publisher``,
``year``, ``address``, optional ``note``); and the medical review fields every tip, note and illness topic
carries (``sources``, ``reviewed-by``, ``reviewed-on``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from bot.catalog.reader import SUPPORTED_VERSION, CatalogError, Entry, UniqueKeyLoader
from bot.core.library import Review

SOURCE_ID = re.compile(r"[a-zA-Z][a-zA-Z0-9_./-]*\Z")  # the schedules' older ids hold dots and slashes
REVIEW_FIELDS = frozenset({"sources", "reviewed-by", "reviewed-on"})
_FIELDS = {"id", "title", "publisher", "year", "address", "note"}


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    year: int | None
    address: str | None  # None: no address known (``note`` says why)
    note: str | None = None


def load_sources(path: Path) -> dict[str, Source]:
    """The sources by id; none when the file does not exist."""
    if not path.is_file():
        return {}
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)  # a SafeLoader
    except yaml.YAMLError as error:
        raise CatalogError(path, f"is not valid YAML: {error}") from None
    if not isinstance(data, dict) or data.get("version") != SUPPORTED_VERSION:
        raise CatalogError(path, f"must be a mapping with 'version: {SUPPORTED_VERSION}' and 'sources'")
    sources: dict[str, Source] = {}
    for number, raw in enumerate(data.get("sources") or [], 1):
        source_id = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(source_id, str) or not SOURCE_ID.match(source_id) or source_id in sources:
            raise CatalogError(path, f"entry #{number}: a unique 'id' is needed, not {source_id!r}")
        entry = Entry(path, raw, f"entry {source_id!r}", _FIELDS)
        sources[source_id] = Source(
            source_id, entry.text("title") or "", entry.text("publisher") or "",
            entry.value("year", int, "a year", optional=True), entry.text("address", optional=True),
            entry.text("note", optional=True),
        )
    return sources


def review_of(entry: Entry) -> Review:
    """The ``sources`` and medical review of an entry; an empty ``reviewed-by`` means awaiting review."""
    sources = entry.keys("sources", pattern=SOURCE_ID)
    by = entry.value("reviewed-by", str, "a name", optional=True) or None
    on = entry.value("reviewed-on", date, "a date YYYY-MM-DD", optional=True)
    if (by is None) != (on is None):
        entry.fail("'reviewed-by' and 'reviewed-on' go together: both set, or both empty")
    return Review(sources, by, on)
