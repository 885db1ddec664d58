"""Checks that every message formats, and that what a parent receives fits the channels.

Each message is formatted by the real (strict) Translator in its own language with sample arguments: a number
for a variable that selects a variant or goes through NUMBER(), a short word otherwise. The lengths are
therefore the fixed text plus short values; a list a message receives at run time (the vaccine plan) can make
the real message longer, and channels split such texts themselves.

A tip is measured as the parent receives it: the tip header and the tip, joined as the renderer joins parts.
A tip with a picture (or, on Telegram, a voice recording) may go out as its caption, so it is also held against
the caption limits; a channel sends a longer text as a separate message after the media, hence a warning, not an
error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot.core.library import TipEntry
from bot.core.messages import ENGLISH, ROMANI, SERBIAN_LATIN, Reply, Text
from bot.i18n.render import render
from bot.i18n.translator import GRAMMAR_ARGUMENTS, I18nError, Translator
from bot.tools import Problem
from bot.tools.content_tree import LANGUAGE_NAMES, ContentTree, FtlFile
from bot.tools.media import PICTURE, VOICE, kind_of

TIP_MAX_CHARACTERS = 600  # the rule for tips: short, one thing to do today and why
SAMPLE_NUMBER = 5
SAMPLE_WORD = "Mila"
LOCALE_OF_FOLDER: Mapping[str, str] = {"sr": SERBIAN_LATIN, "rom": ROMANI, "en": ENGLISH}


@dataclass(frozen=True)
class Limit:
    channel: str
    text: int
    caption: int


LIMITS = (Limit("Telegram", 4096, 1024), Limit("Viber", 7000, 512))


class MessageVariables(Visitor):
    """Variables a message uses; which of them select variants (``selectors``) or need a number (``numeric``);
    the messages it references. Term references are skipped: a term's variables are its own call arguments."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.selectors: set[str] = set()
        self.numeric: set[str] = set()
        self.references: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.references.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        selector: ast.InlineExpression | ast.Placeable = node.selector
        if isinstance(selector, ast.FunctionReference) and selector.arguments.positional:
            selector = selector.arguments.positional[0]
        if isinstance(selector, ast.VariableReference):
            self.selectors.add(selector.id.name)
            self.numeric.add(selector.id.name)
        self.generic_visit(node)

    def visit_FunctionReference(self, node: ast.FunctionReference) -> None:
        if node.id.name == "NUMBER":
            self.numeric.update(a.id.name for a in node.arguments.positional if isinstance(a, ast.VariableReference))
        self.generic_visit(node)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        """A term's variables are its call arguments."""

    def signature(self) -> tuple[list[str], list[str]]:
        """Variables and selectors that every language must share; a grammatical feature such as ``$gender``
        is used only where a language's grammar needs it."""
        grammar = set(GRAMMAR_ARGUMENTS)
        return sorted(self.names - grammar), sorted(self.selectors - grammar)


def sample_arguments(messages: Mapping[str, tuple[FtlFile, ast.Message]], msg_id: str) -> dict[str, object]:
    """Plausible arguments for a message and every message it references, within one folder."""
    found = MessageVariables()
    pending, seen = [msg_id], set()
    while pending:
        current = pending.pop()
        if current in seen or current not in messages:
            continue
        seen.add(current)
        before = set(found.references)
        found.visit(messages[current][1])
        pending.extend(found.references - before)
    return {name: SAMPLE_NUMBER if name in found.numeric else SAMPLE_WORD for name in found.names}


def _keys(message: ast.Message) -> list[str]:
    own = [message.id.name] if message.value is not None else []
    return own + [f"{message.id.name}.{attribute.id.name}" for attribute in message.attributes]


def _too_long(ftl: FtlFile, message: ast.Message, what: str, text: str) -> Iterable[Problem]:
    for limit in LIMITS:
        if len(text) > limit.text:
            yield ftl.at(message.id, "error", f"{what} is {len(text)} characters: over {limit.channel}'s limit of "
                                              f"{limit.text}")
            return


def check_formatting(tree: ContentTree, translator: Translator) -> list[Problem]:
    """Every message of every language formats strictly and fits a text message."""
    problems: list[Problem] = []
    for folder, locale in LOCALE_OF_FOLDER.items():
        messages = tree.messages(folder)
        for msg_id, (ftl, message) in messages.items():
            args = sample_arguments(messages, msg_id)
            for key in _keys(message):
                try:
                    text = translator.format(locale, Text(key, args))
                except I18nError as error:
                    problems.append(ftl.at(message.id, "error", f"{key} does not format in "
                                                                f"{LANGUAGE_NAMES[folder]}: {error}"))
                    continue
                problems.extend(_too_long(ftl, message, f"{key} in {LANGUAGE_NAMES[folder]}", text))
    return problems


def tip_reply(translator: Translator, locale: str, tip: TipEntry) -> Reply:
    """The tip as a parent receives it from "Tip for my child now", with a sample name and age."""
    header = Text("tip-header", {"name": Text("child-name", {"name": SAMPLE_WORD}),
                                 "age": Text("age-months", {"months": SAMPLE_NUMBER})})
    parts = (header, Text(tip.id)) if translator.has(locale, "tip-header") else (Text(tip.id),)
    return Reply(parts=parts, media=tip.media)


def check_tips(tree: ContentTree, translator: Translator, tips: Sequence[TipEntry]) -> list[Problem]:
    """Tips longer than the tip rule, and tips with media longer than a caption."""
    problems: list[Problem] = []
    for folder, locale in LOCALE_OF_FOLDER.items():
        messages = tree.messages(folder)
        for tip in tips:
            if tip.id not in messages:
                continue
            ftl, message = messages[tip.id]
            language = LANGUAGE_NAMES[folder]
            try:
                alone = translator.format(locale, Text(tip.id))
                received = render(translator, locale, tip_reply(translator, locale, tip)).text
            except I18nError:
                continue  # reported by check_formatting
            if len(alone) > TIP_MAX_CHARACTERS:
                problems.append(ftl.at(message.id, "warning", f"tip in {language} is {len(alone)} characters: a tip "
                                                              f"should be at most {TIP_MAX_CHARACTERS}"))
            problems += _caption_problems(ftl, message, language, tip, len(received))
    return problems


def _caption_problems(ftl: FtlFile, message: ast.Message, language: str, tip: TipEntry, length: int) -> list[Problem]:
    """A picture's caption on both channels; a voice recording's only on Telegram (Viber sends it as a file)."""
    kinds = {kind_of(path) for path in tip.media}
    limits: tuple[Limit, ...]
    if PICTURE in kinds:
        what, limits = PICTURE, LIMITS
    elif VOICE in kinds:
        what, limits = "voice recording", tuple(limit for limit in LIMITS if limit.channel == "Telegram")
    else:
        return []
    return [
        ftl.at(message.id, "warning", f"tip with a {what} in {language} is {length} characters with its header: over "
               f"{limit.channel}'s caption limit of {limit.caption}, so it goes out after the {what}, not with it")
        for limit in limits if length > limit.caption
    ]
