"""The Romani glossary (content/rom/glossary.md): one spelling per key term, and the variants that are refused.

The bot writes one Romani variety, Gurbet, in the Latin orthography of Serbian Roma media and schoolbooks. The
glossary is a Markdown file editors read; its table with the columns ``term | spelling | rejected variants``
is also read here. A rejected variant in a Romani message is an error naming file:line:column and the
spelling to use instead. Variants are whole words or phrases, matched case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot.tools import Problem
from bot.tools.content_tree import ContentTree

GLOSSARY_FILE = Path("rom", "glossary.md")  # relative to the content directory
ROMANI = "rom"
_HEADER = ("term", "spelling", "rejected variants")


@dataclass(frozen=True)
class Entry:
    term: str  # what it means, in English
    spelling: str  # the one spelling the bot uses
    rejected: tuple[str, ...]
    line: int  # in glossary.md


@dataclass(frozen=True)
class Glossary:
    entries: tuple[Entry, ...]

    @classmethod
    def load(cls, path: Path) -> Glossary:
        """The rows of the first table whose header is ``term | spelling | rejected variants``."""
        entries: list[Entry] = []
        in_table = False
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            cells = _cells(line)
            if cells is None:
                if in_table and entries:
                    break
                in_table = False
            elif tuple(cell.lower() for cell in cells[:3]) == _HEADER:
                in_table = True
            elif in_table and not set("".join(cells)) <= set("-: "):
                variants = tuple(v.strip() for v in cells[2].split(",") if v.strip()) if len(cells) > 2 else ()
                entries.append(Entry(cells[0], cells[1], variants, number))
        return cls(tuple(entries))

    def variants_in(self, text: str) -> list[tuple[str, Entry]]:
        """Each rejected variant found in the text (as written there), with its glossary entry."""
        found = []
        for entry in self.entries:
            for variant in entry.rejected:
                for match in _pattern(variant).finditer(text):
                    found.append((match.group(), entry))
        return found


def _cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if not stripped.startswith("|"):
        return None
    return [cell.strip().strip("`") for cell in stripped.strip("|").split("|")]


def _pattern(variant: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(word) for word in variant.split())
    return re.compile(rf"(?<![\w]){words}(?![\w])", re.IGNORECASE)


class _Text(Visitor):
    """Romani text a reader sees: text elements, not comments, selector keys or string literals (a literal is how
    an editor quotes another language: the three-language invitation messages, the names of languages)."""

    def __init__(self) -> None:
        self.found: list[tuple[int, str]] = []

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.found.append((node.span.start if node.span else 0, node.value))

    def visit_Comment(self, node: ast.Comment) -> None:
        """For editors."""

    def visit_GroupComment(self, node: ast.GroupComment) -> None:
        """For editors."""

    def visit_ResourceComment(self, node: ast.ResourceComment) -> None:
        """For editors."""


def check_glossary(tree: ContentTree, content_dir: Path) -> list[Problem]:
    """A rejected variant anywhere in the Romani content is an error; no glossary file, no check."""
    path = content_dir / GLOSSARY_FILE
    if not path.is_file():
        return []
    glossary = Glossary.load(path)
    problems: list[Problem] = []
    for ftl in tree.files.get(ROMANI, {}).values():
        texts = _Text()
        texts.visit(ftl.resource)
        for start, value in texts.found:
            for written, entry in glossary.variants_in(value):
                offset = start + value.lower().find(written.lower())
                problems.append(ftl.problem(offset, "error", (
                    f"{written!r} is not the bot's Romani: write {entry.spelling!r} ({entry.term}; "
                    f"rom/glossary.md line {entry.line})")))
    return problems
