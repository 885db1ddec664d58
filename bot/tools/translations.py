"""Checks that the languages agree: the same ids, placeholders, selectors and attributes as the Serbian
source, and Romani review marks that can be read.

Severity follows what a reader would see. A Romani message that is missing falls back to Serbian, so it is a
warning; an English one has no fallback (the reader would see "…") and a message without a Serbian source
would show Serbian readers another language, so those are errors. Unreviewed Romani is a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot.i18n.review import MARK_FORMAT, mark_problems, review_marks
from bot.i18n.translator import GRAMMAR_ARGUMENTS
from bot.tools import Problem, Severity
from bot.tools.content_tree import LANGUAGE_NAMES, SOURCE, ContentTree

TRANSLATIONS = ("rom", "en")
_MISSING: dict[str, Severity] = {"rom": "warning", "en": "error"}


@dataclass
class Signature(Visitor):
    """The variables a message uses, the ones that select variants, and its attributes."""

    variables: set[str] = field(default_factory=set)
    selectors: set[str] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        selector: ast.InlineExpression | ast.Placeable = node.selector
        if isinstance(selector, ast.FunctionReference) and selector.arguments.positional:
            selector = selector.arguments.positional[0]
        if isinstance(selector, ast.VariableReference):
            self.selectors.add(selector.id.name)
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.attributes.add(node.id.name)
        self.generic_visit(node)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        """A term's own variables are its call arguments, not the message's."""


def signature(message: ast.Message) -> Signature:
    found = Signature()
    found.visit(message)
    return found


def _names(names: set[str], sigil: str = "$") -> str:
    return ", ".join(f"{sigil}{name}" for name in sorted(names)) or "none"


def _differences(source: Signature, translation: Signature) -> list[str]:
    """What differs from the Serbian source; a grammatical feature (``$gender``) may be used by one language and
    not another, since each language's grammar decides where words agree with the child."""
    found = []
    grammar = set(GRAMMAR_ARGUMENTS)
    for what, mine, theirs, sigil in (
        ("placeholders", translation.variables - grammar, source.variables - grammar, "$"),
        ("selectors", translation.selectors - grammar, source.selectors - grammar, "$"),
        ("attributes", translation.attributes, source.attributes, "."),
    ):
        if mine != theirs:
            found.append(f"{what} {_names(mine, sigil)} differ from Serbian ({_names(theirs, sigil)})")
    return found


def check_languages(tree: ContentTree) -> list[Problem]:
    """Ids missing in a language, ids with no Serbian source, and placeholders that differ."""
    problems: list[Problem] = []
    source = tree.messages(SOURCE)
    for folder in TRANSLATIONS:
        translated = tree.messages(folder)
        for msg_id, (ftl, message) in source.items():
            if msg_id not in translated:
                problems.append(ftl.at(message.id, _MISSING[folder],
                                       f"{msg_id} has no {LANGUAGE_NAMES[folder]} translation in {folder}/"
                                       f"{ftl.path.name}"))
                continue
            other_file, other = translated[msg_id]
            for difference in _differences(signature(message), signature(other)):
                problems.append(other_file.at(other.id, "error", f"{msg_id}: {difference}"))
            if other_file.path.name != ftl.path.name:
                problems.append(other_file.at(other.id, "warning", f"{msg_id} belongs in {folder}/{ftl.path.name}, "
                                              "the file that has it in Serbian"))
        for msg_id, (other_file, other) in translated.items():
            if msg_id not in source:
                problems.append(other_file.at(other.id, "error", f"{msg_id} has no Serbian source in sr/: add it "
                                              "there first (or fix the id)"))
    return problems


def check_review(tree: ContentTree, today: date) -> list[Problem]:
    """Review marks that cannot be read, and one warning per Romani file with messages awaiting review."""
    problems: list[Problem] = []
    for ftl in tree.files["rom"].values():
        problems += [ftl.problem(found.offset, "error", found.message) for found in mark_problems(ftl.resource, today)]
        waiting = [msg_id for msg_id, mark in review_marks(ftl.resource).items() if mark is None]
        if waiting:
            first = ftl.messages[waiting[0]]
            problems.append(ftl.at(first.id, "warning",
                                   f"{len(waiting)} of {len(ftl.messages)} Romani messages await review by a native "
                                   f"speaker, first {waiting[0]}; after review write {MARK_FORMAT!r} above each"))
    return problems
