"""``illness.yaml``: the topics of "My child is ill" (``id``, ``texts``: ``{id, days: [start, end or null],
args}``, ``call``: service ids, and the review fields of :mod:`bot.catalog.sources`). Optional file."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from bot.catalog.reader import KEY, NOTES, Entry, read
from bot.catalog.sources import REVIEW_FIELDS, review_of
from bot.core.library import IllnessText, IllnessTopic

_TOPIC_FIELDS = {"id", "texts", "call"} | REVIEW_FIELDS | NOTES
_TEXT_FIELDS = {"id", "days", "args"}


def load_illness(path: Path, services: Collection[str]) -> tuple[IllnessTopic, ...]:
    if not path.is_file():
        return ()
    _, entries = read(path, "topics", _TOPIC_FIELDS)
    return tuple(_topic(entry, services) for entry in entries)


def _topic(entry: Entry, services: Collection[str]) -> IllnessTopic:
    texts = entry.value("texts", list, "a list of texts by age")
    if not texts:
        entry.fail("field 'texts' is empty")
    call = entry.keys("call")
    unknown = [service for service in call if service not in services]
    if unknown:
        entry.fail(f"unknown service(s) in 'call': {', '.join(unknown)}")
    return IllnessTopic(entry.raw["id"], tuple(_text(entry, raw, n) for n, raw in enumerate(texts, 1)), call,
                        review_of(entry))


def _text(topic: Entry, raw: object, number: int) -> IllnessText:
    if not isinstance(raw, dict):
        topic.fail(f"text #{number} must be a mapping")
    entry = Entry(topic.path, raw, f"{topic.label}, text #{number}", _TEXT_FIELDS)
    message = entry.text("id") or ""
    if not KEY.match(message):
        entry.fail(f"'id' must be a Fluent message id, not {message!r}")
    days = entry.value("days", list, "a list [start, end]")
    start, end = (days + [None, None])[:2] if len(days) == 2 else (None, None)
    if not isinstance(start, int) or start < 0 or (end is not None and (not isinstance(end, int) or end < start)):
        entry.fail(f"field 'days' must be [start, end] with end null or not before start, not {days!r}")
    args = entry.value("args", dict, "a mapping of numbers", optional=True) or {}
    if not all(isinstance(value, int | str) for value in args.values()):
        entry.fail("field 'args' holds only numbers and short texts")
    return IllnessText(message, start, end, dict(args))
