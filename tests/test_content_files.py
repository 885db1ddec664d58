"""The real content/ tree: every .ftl parses, the languages agree, every message formats strictly.

Parametrized per file (and locale) so a failure names what an editor has to fix. Arguments are inferred
from each message: an int for a variable used in a selector or NUMBER(), a string otherwise.
"""

from __future__ import annotations

import itertools
from functools import cache
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.core.messages import LOCALES, Text
from bot.i18n import ContentError, Translator
from bot.i18n.translator import EXCEPTIONS_FILE, FOLDERS
from bot.i18n.transliteration import Exceptions, latin_leftovers, resource_to_cyrillic, suspicious_words
from bot.tools.channel_limits import MessageVariables

CONTENT = Path(__file__).parent.parent / "content"
FILE_NAMES = sorted({path.name for folder in FOLDERS for path in (CONTENT / folder).glob("*.ftl")})
FTL_PATHS = sorted(path for folder in FOLDERS for path in (CONTENT / folder).glob("*.ftl"))
NUMBERS = (0, 1, 2, 5, 21)  # one of each Serbian, English and Romani plural category


def relative(path: Path) -> str:
    return str(path.relative_to(CONTENT))


@cache
def parsed(path: Path) -> ast.Resource:
    return FluentParser().parse(path.read_text(encoding="utf-8-sig")) if path.is_file() else ast.Resource([])


def entries(folder: str, name: str, kind: type = ast.Message) -> dict[str, ast.Message]:
    return {entry.id.name: entry for entry in parsed(CONTENT / folder / name).body if isinstance(entry, kind)}


def folder_messages(folder: str) -> dict[str, ast.Message]:
    return {msg_id: entry for name in FILE_NAMES for msg_id, entry in entries(folder, name).items()}


def variables_of(message: ast.Message) -> MessageVariables:
    found = MessageVariables()
    found.visit(message)
    return found


def arguments(folder: str, msg_id: str, number: int, text: str = "x") -> dict[str, object]:
    """Plausible arguments for a message and every message it references, in one folder."""
    messages = folder_messages(folder)
    names: set[str] = set()
    numeric: set[str] = set()
    pending, seen = [msg_id], set()
    while pending:
        current = pending.pop()
        if current in seen or current not in messages:
            continue
        seen.add(current)
        found = variables_of(messages[current])
        names |= found.names
        numeric |= found.numeric
        pending.extend(found.references)
    return {name: number if name in numeric else text for name in names}


def report(heading: str, problems: list[str]) -> None:
    """Fail with one readable line per problem (no assertion introspection noise)."""
    if problems:
        pytest.fail(f"{heading}\n  " + "\n  ".join(problems), pytrace=False)


def message_ids_with_attributes(message: ast.Message) -> list[str]:
    own = [message.id.name] if message.value is not None else []
    return own + [f"{message.id.name}.{attribute.id.name}" for attribute in message.attributes]


@pytest.fixture(scope="module")
def translator() -> Translator:
    try:
        return Translator.from_directory(CONTENT, strict=True)
    except ContentError as error:
        pytest.fail(f"content does not load:\n{error}", pytrace=False)


@pytest.mark.parametrize("path", FTL_PATHS, ids=relative)
def test_file_parses_without_junk(path):
    junk = [entry for entry in parsed(path).body if isinstance(entry, ast.Junk)]
    report(
        f"{relative(path)} has text Fluent cannot read:",
        [
            f"{note.code} {note.message}: {entry.content.splitlines()[0]!r}"
            for entry in junk
            for note in entry.annotations
        ],
    )


def test_every_language_folder_has_the_same_file_names():
    present = {folder: {path.name for path in (CONTENT / folder).glob("*.ftl")} for folder in FOLDERS}
    report(
        "files missing:",
        [f"{folder}/{name}" for folder in FOLDERS for name in FILE_NAMES if name not in present[folder]],
    )


@pytest.mark.parametrize("name", FILE_NAMES)
def test_every_serbian_message_exists_in_every_language(name):
    serbian = entries("sr", name)
    report(
        f"messages of sr/{name} missing:",
        [
            f"{folder}/{name}: {msg_id}"
            for folder in ("rom", "en")
            for msg_id in sorted(set(serbian) - set(entries(folder, name)))
        ],
    )


@pytest.mark.parametrize("name", FILE_NAMES)
def test_no_translation_without_a_serbian_source(name):
    serbian = entries("sr", name)
    report(
        f"messages with no Serbian source in sr/{name}:",
        [
            f"{folder}/{name}: {msg_id}"
            for folder in ("rom", "en")
            for msg_id in sorted(set(entries(folder, name)) - set(serbian))
        ],
    )


@pytest.mark.parametrize("name", FILE_NAMES)
def test_placeholders_agree_across_languages(name):
    differences = []
    for msg_id, source in entries("sr", name).items():
        expected = variables_of(source).signature()
        for folder in ("rom", "en"):
            translation = entries(folder, name).get(msg_id)
            if translation is None:
                continue  # reported by test_every_serbian_message_exists_in_every_language
            found = variables_of(translation).signature()
            if found != expected:
                differences.append(
                    f"{folder}/{name} {msg_id}: variables, selectors {found}; sr has {expected}"
                )
    report(f"placeholders differ from sr/{name}:", differences)


@pytest.mark.parametrize(("name", "locale"), list(itertools.product(FILE_NAMES, LOCALES)))
def test_every_message_formats_strictly(translator, name, locale):
    messages = {**entries("sr", name), **entries("en", name), **entries("rom", name)}
    failures = []
    for msg_id in (
        msg_id for message in messages.values() for msg_id in message_ids_with_attributes(message)
    ):
        resolution = translator.resolve(locale, msg_id)
        if resolution is None:
            continue  # a missing translation is reported by the existence tests
        for number in NUMBERS:
            try:
                translator.format(
                    locale, Text(msg_id, arguments(resolution.folder, msg_id.split(".")[0], number))
                )
            except Exception as error:  # noqa: BLE001 - every failure is collected and shown at once
                failures.append(f"{msg_id} with numbers = {number}: {type(error).__name__}: {error}")
                break
    report(f"{name} does not format in {locale}:", failures)


class CyrillicText(Visitor):
    """Text elements a Cyrillic reader sees: message values and attributes, term values."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def visit_Term(self, node: ast.Term) -> None:
        self.visit(node.value)

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.texts.append(node.value)


@cache
def exceptions() -> Exceptions:
    path = CONTENT / EXCEPTIONS_FILE
    return Exceptions.from_toml(path) if path.is_file() else Exceptions()


@pytest.mark.parametrize("name", FILE_NAMES)
def test_cyrillic_rendering_has_no_latin_letters(name):
    collector = CyrillicText()
    collector.visit(resource_to_cyrillic(parsed(CONTENT / "sr" / name), exceptions()))
    leftovers = sorted({word for text in collector.texts for word in latin_leftovers(text)})
    report(
        f'sr/{name} keeps Latin words in Cyrillic (to keep one as written, use a {{ "..." }} literal):',
        leftovers,
    )


@pytest.mark.parametrize("name", FILE_NAMES)
def test_serbian_words_at_a_prefix_boundary_are_listed_in_the_exceptions_file(name):
    collector = CyrillicText()  # the same text elements, still in Latin
    collector.visit(parsed(CONTENT / "sr" / name))
    words = sorted({word for text in collector.texts for word in suspicious_words(text, exceptions())})
    report(
        f"sr/{name}: add each word to content/data/sr-cyrillic-exceptions.toml, under [split] when the "
        "j or ž starts a new letter (in-jekcija = инјекција), under [one_letter] when not (konj = коњ):",
        words,
    )
