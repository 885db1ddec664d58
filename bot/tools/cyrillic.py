"""Serbian Latin words whose Cyrillic spelling is ambiguous (a prefix before nj, lj or dž: injekcija, nadživeti)
and that the exceptions file (content/data/sr-cyrillic-exceptions.toml) does not list.

Such a word would come out wrong in Cyrillic, so it is an error until an editor lists it: under ``[split]`` when
the letters belong to two syllables (in-jekcija = инјекција), under ``[one_letter]`` when not (konj = коњ).
"""

from __future__ import annotations

import re

from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot.i18n.transliteration import suspicious_words
from bot.tools import Problem
from bot.tools.content_tree import SOURCE, ContentTree

ADVICE = ("add it to data/sr-cyrillic-exceptions.toml: under [split] when the j or ž starts a new letter "
          "(in-jekcija = инјекција), under [one_letter] when not (konj = коњ)")


class _TextElements(Visitor):
    """Text a reader sees: message values and attributes, term values, every select variant."""

    def __init__(self) -> None:
        self.found: list[ast.TextElement] = []

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.found.append(node)

    def visit_Term(self, node: ast.Term) -> None:
        self.visit(node.value)  # term attributes select variants, nobody reads them

    def visit_Comment(self, node: ast.Comment) -> None:
        """Comments are for editors."""

    def visit_Junk(self, node: ast.Junk) -> None:
        """Reported by the syntax check."""


def check_cyrillic(tree: ContentTree) -> list[Problem]:
    problems: list[Problem] = []
    for ftl in tree.files[SOURCE].values():
        elements = _TextElements()
        elements.visit(ftl.resource)
        for element in elements.found:
            start = element.span.start if element.span else 0
            for word in suspicious_words(element.value, tree.exceptions):
                found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", element.value)
                offset = start + (found.start() if found else 0)
                problems.append(ftl.problem(offset, "error", f"{word!r} may be wrong in Cyrillic: {ADVICE}"))
    return problems
