"""The Romani messages awaiting review, as mediators see them in "🗣 Romani texts" (bot.core.romani_review).

Read from the .ftl files of content/rom and content/sr, again whenever one of them changed (an editor applied
proposals, the content was reloaded). A message with a review mark (bot.i18n.review) is left out; so is one without
a value (attributes only).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast

from bot.catalog.recordings import text_fingerprint
from bot.core.romani_review import ReviewItem
from bot.i18n.review import review_marks


def message_value(message: ast.Message) -> str:
    """The words of a message as an editor writes them after ``id =`` (placeholders as ``{ $name }``)."""
    bare = ast.Message(message.id, message.value, [], comment=None)
    source = FluentSerializer().serialize_entry(bare)
    return textwrap.dedent(source.partition("=")[2].strip("\n").removeprefix(" ")).strip()


def message_source(message: ast.Message) -> str:
    """What bot.catalog.recordings fingerprints: the message serialized without its comment."""
    bare = ast.Message(message.id, message.value, message.attributes, comment=None)
    return FluentSerializer().serialize_entry(bare)


def _messages(path: Path) -> list[ast.Message]:
    resource = FluentParser(with_spans=False).parse(path.read_text(encoding="utf-8"))
    return [entry for entry in resource.body if isinstance(entry, ast.Message)]


class ContentReviewCatalog:
    def __init__(self, content_root: Path) -> None:
        self._root = content_root
        self._stamp: tuple[tuple[str, int], ...] | None = None
        self._items: tuple[ReviewItem, ...] = ()

    def _files(self) -> list[Path]:
        return sorted([*(self._root / "rom").glob("*.ftl"), *(self._root / "sr").glob("*.ftl")])

    def items(self) -> tuple[ReviewItem, ...]:
        stamp = tuple((str(path), path.stat().st_mtime_ns) for path in self._files())
        if stamp != self._stamp:
            self._items = tuple(self._load())
            self._stamp = stamp
        return self._items

    def _load(self) -> list[ReviewItem]:
        serbian: dict[str, str] = {}
        for path in sorted((self._root / "sr").glob("*.ftl")):
            serbian.update({m.id.name: message_value(m) for m in _messages(path) if m.value is not None})
        found: list[ReviewItem] = []
        for path in sorted((self._root / "rom").glob("*.ftl")):
            resource = FluentParser(with_spans=False).parse(path.read_text(encoding="utf-8"))
            marks = review_marks(resource)
            for entry in resource.body:
                if isinstance(entry, ast.Message) and entry.value is not None and marks.get(entry.id.name) is None:
                    found.append(ReviewItem(entry.id.name, path.name, message_value(entry),
                                            serbian.get(entry.id.name, "-"), text_fingerprint(message_source(entry))))
        return found
