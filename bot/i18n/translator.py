"""Fluent content behind a strict wrapper: fallback chains, explicit plurals, generated Cyrillic.

fluent.runtime on its own returns the message id for a missing message, drops formatting errors and uses
the server's locale for a language Babel does not know. :class:`Translator` makes each of those explicit:
a logged fallback chain per reader locale, errors raised in strict mode (tests) and logged otherwise, and
our own plural rules on every bundle.

Errors (each has a stable ``code``)::

    I18nError
     +-- ContentError          content files that cannot be loaded: Junk, duplicate ids, bad exceptions file
     +-- UnknownLocaleError    a reader locale that is not in bot.core.messages.LOCALES
     +-- MissingMessageError   a message in no folder of the locale's chain (strict mode only)
     +-- FormatError           Fluent reported errors, or an argument of unsupported type (strict mode only)
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, tzinfo
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from fluent.runtime import FluentBundle
from fluent.runtime.errors import FluentFormatError
from fluent.syntax import FluentParser, ast

from bot.core.messages import (
    ENGLISH,
    ROMANI,
    SERBIAN_CYRILLIC,
    SERBIAN_LATIN,
    Lines,
    Localized,
    Serbian,
    Text,
)
from bot.core.ports import DEFAULT_TIMEZONE
from bot.i18n import plurals
from bot.i18n.formatting import format_date, one_full_stop
from bot.i18n.review import hide_unreviewed
from bot.i18n.transliteration import NO_EXCEPTIONS, Exceptions, latin_to_cyrillic, resource_to_cyrillic

logger = logging.getLogger(__name__)

# Reader locale -> content folders (= language codes of Localized values) tried in order.
CHAINS: Mapping[str, tuple[str, ...]] = {
    ROMANI: ("rom", "sr", "en"),
    SERBIAN_LATIN: ("sr", "en"),
    SERBIAN_CYRILLIC: ("sr", "en"),  # "sr" transliterated to Cyrillic
    ENGLISH: ("en",),
}
# Babel locales per bundle: they decide number formatting only (plural rules are ours, dates arrive as text).
# Babel has no Romani; Romani numbers follow Serbian conventions, the numbers these readers see around them.
_BABEL_LOCALES: Mapping[str, list[str]] = {
    "rom": ["rom", "sr-Latn"],
    "sr": ["sr-Latn"],
    "sr-Cyrl": ["sr-Cyrl"],
    "en": ["en-GB"],
}
FOLDERS: tuple[str, ...] = ("sr", "rom", "en")  # content/<folder>/*.ftl, the same file names in each
EXCEPTIONS_FILE = Path("data", "sr-cyrillic-exceptions.toml")  # relative to the content directory
DATE_MESSAGE = "date-full"  # how a date reads: $day, $month (1-12, selects the month's word), $year
PLACEHOLDER = "…"  # shown instead of a message that exists nowhere; never the raw id
DEFAULT_ZONE = ZoneInfo(DEFAULT_TIMEZONE)  # tests and tools; the bot passes its TIMEZONE setting


class I18nError(Exception):
    code = "i18n_failed"


class ContentError(I18nError):
    code = "content_invalid"


class UnknownLocaleError(I18nError):
    code = "locale_unknown"


class MissingMessageError(I18nError):
    code = "message_missing"


class FormatError(I18nError):
    code = "format_failed"


class Resolution(NamedTuple):
    folder: str  # the content folder whose message is used
    fell_back: bool  # True when that is not the locale's own folder


class Translator:
    """Formats :class:`Text` for a reader locale. Build it with :meth:`from_directory`."""

    def __init__(
        self,
        resources: Mapping[str, Sequence[ast.Resource]],
        *,
        exceptions: Exceptions = NO_EXCEPTIONS,
        strict: bool = False,
        show_unreviewed_romani: bool = True,
        zone: tzinfo = DEFAULT_ZONE,
    ) -> None:
        self.strict = strict
        self.zone = zone  # an aware datetime argument is shown as its local date in this zone
        self.exceptions = exceptions
        self.show_unreviewed_romani = show_unreviewed_romani
        if not show_unreviewed_romani:  # Romani readers get Serbian for what no native speaker checked yet
            resources = {**resources, "rom": hide_unreviewed(resources.get("rom", ()))}
        self._ids = {folder: _message_ids(resources.get(folder, ())) for folder in FOLDERS}
        bundles = {folder: _bundle(folder, folder, resources.get(folder, ())) for folder in FOLDERS}
        cyrillic = [resource_to_cyrillic(resource, exceptions) for resource in resources.get("sr", ())]
        by_locale = {locale: bundles for locale in CHAINS}
        by_locale[SERBIAN_CYRILLIC] = {**bundles, "sr": _bundle("sr-Cyrl", "sr", cyrillic)}
        self._chains: dict[str, tuple[tuple[str, FluentBundle], ...]] = {
            locale: tuple((folder, by_locale[locale][folder]) for folder in folders)
            for locale, folders in CHAINS.items()
        }

    @classmethod
    def from_directory(
        cls,
        content_dir: Path,
        *,
        strict: bool = False,
        exceptions_file: Path | None = None,
        show_unreviewed_romani: bool = True,
        zone: tzinfo = DEFAULT_ZONE,
    ) -> Translator:
        """Load content/{sr,rom,en}/*.ftl and the Cyrillic exceptions (content/data/ by default).

        With ``show_unreviewed_romani=False`` a Romani message without a review mark (``bot.i18n.review``)
        is left out, so Romani readers get its Serbian (Latin) fallback.

        Raises ContentError naming file:line:column for Junk, and for duplicate ids or a bad exceptions file.
        """
        exceptions_file = exceptions_file or content_dir / EXCEPTIONS_FILE
        exceptions = load_exceptions(exceptions_file) if exceptions_file.is_file() else NO_EXCEPTIONS
        resources = {folder: load_folder(content_dir / folder) for folder in FOLDERS}
        return cls(
            resources, exceptions=exceptions, strict=strict, show_unreviewed_romani=show_unreviewed_romani, zone=zone
        )

    # -- introspection ------------------------------------------------------------------------------------

    def fallbacks(self, locale: str) -> tuple[str, ...]:
        """The content folders tried for a locale, in order."""
        return tuple(folder for folder, _ in self._chain(locale))

    def ids(self, lang_folder: str) -> set[str]:
        """Message ids (not terms) defined in a content folder: "sr", "rom" or "en"."""
        return set(self._ids[lang_folder])

    def has(self, locale: str, msg_id: str) -> bool:
        """True when some folder of the locale's chain has the message (``id`` or ``id.attribute``)."""
        return self.resolve(locale, msg_id) is not None

    def resolve(self, locale: str, msg_id: str) -> Resolution | None:
        """Which folder a message comes from for a locale, and whether that is a fallback."""
        for position, (folder, bundle) in enumerate(self._chain(locale)):
            if _pattern(bundle, msg_id) is not None:
                return Resolution(folder, position > 0)
        return None

    def fallback_ids(self, locale: str) -> dict[str, str]:
        """Every message the locale shows from a fallback folder: id -> folder used."""
        every = set().union(*(self._ids[folder] for folder in self.fallbacks(locale)))
        found = {msg_id: self.resolve(locale, msg_id) for msg_id in sorted(every)}
        return {msg_id: res.folder for msg_id, res in found.items() if res is not None and res.fell_back}

    # -- formatting ---------------------------------------------------------------------------------------

    def format(self, locale: str, text: Text) -> str:
        """The words of ``text`` for a reader of ``locale``."""
        for position, (folder, bundle) in enumerate(self._chain(locale)):
            pattern = _pattern(bundle, text.id)
            if pattern is None:
                continue
            if position:
                level = logging.INFO if folder == "sr" else logging.WARNING
                logger.log(level, "message %s for locale %s comes from fallback %s", text.id, locale, folder)
            args = {name: self._argument(locale, text.id, name, value) for name, value in text.args.items()}
            args.update(_agreement(text))
            result, errors = bundle.format_pattern(pattern, args)
            if errors:
                described = "; ".join(_describe(error) for error in errors)
                self._fail(FormatError(f"{text.id} in {locale} ({folder}): {described}"))
            return one_full_stop(result) if isinstance(result, str) else PLACEHOLDER
        self._fail(MissingMessageError(f"{text.id} exists in no folder of {locale}'s chain"))
        return PLACEHOLDER

    def _argument(self, locale: str, msg_id: str, name: str, value: Any) -> Any:
        """An argument converted before Fluent sees it (see bot.core.messages for the kinds)."""
        if isinstance(value, bool) or value is None:
            pass  # unsupported: bool is an int, None has no words
        elif isinstance(value, Text):
            return self.format(locale, value)
        elif isinstance(value, Lines):
            return value.separator.join(self.format(locale, item) for item in value.items)
        elif isinstance(value, Localized):
            return self._localized(locale, msg_id, name, value)
        elif isinstance(value, Serbian):
            return self.serbian(locale, value.value)
        elif isinstance(value, datetime):
            if value.tzinfo is not None:
                return self.date(locale, value.astimezone(self.zone).date())
        elif isinstance(value, date):
            return self.date(locale, value)
        elif isinstance(value, (int, float, Decimal, str)):
            return value
        self._fail(FormatError(f"{msg_id} in {locale}: argument {name} has unsupported type {type(value)}"))
        return PLACEHOLDER

    def date(self, locale: str, day: date) -> str:
        """A calendar date in the reader's words: the content's ``date-full`` message (Serbian: the month in the
        genitive, "15. januara 2027."), or Babel's long date where the content has none."""
        if not self.has(locale, DATE_MESSAGE):
            return format_date(day, locale)
        parts = {"day": str(day.day), "month": day.month, "year": str(day.year)}
        return self.format(locale, Text(DATE_MESSAGE, parts))

    def _localized(self, locale: str, msg_id: str, name: str, value: Localized) -> str:
        for position, language in enumerate(self.fallbacks(locale)):
            if value.values.get(language):
                if position:
                    logger.info(
                        "argument %s of %s for locale %s comes from %s", name, msg_id, locale, language
                    )
                chosen = value.values[language]
                return self.serbian(locale, chosen) if language == "sr" else chosen
        self._fail(MissingMessageError(f"{msg_id} in {locale}: argument {name} has no text in its chain"))
        return PLACEHOLDER

    def serbian(self, locale: str, latin: str) -> str:
        """Serbian Latin text from data as the reader of ``locale`` reads it (Cyrillic for sr-Cyrl)."""
        return latin_to_cyrillic(latin, self.exceptions) if locale == SERBIAN_CYRILLIC else latin

    def _chain(self, locale: str) -> tuple[tuple[str, FluentBundle], ...]:
        try:
            return self._chains[locale]
        except KeyError:
            raise UnknownLocaleError(f"unknown locale {locale!r}") from None

    def _fail(self, error: I18nError) -> None:
        if self.strict:
            raise error
        logger.error("%s: %s", error.code, error)


def _bundle(babel_key: str, language: str, resources: Iterable[ast.Resource]) -> FluentBundle:
    bundle = FluentBundle(_BABEL_LOCALES[babel_key], use_isolating=False)
    plurals.install(bundle, language)
    for resource in resources:
        bundle.add_resource(resource)
    return bundle


GRAMMAR_ARGUMENTS = ("gender",)  # features a named thing carries to the message that names it


def _agreement(text: Text) -> dict[str, Any]:
    """Grammatical features of the message's nested arguments that the message itself does not set.

    ``Text("child-added", {"name": Text("child-name", {"name": "Džemila", "gender": "girl"})})`` lets
    ``child-added`` select on ``$gender`` as well: the words around a child's name agree with the child.
    """
    found: dict[str, Any] = {}
    for value in text.args.values():
        if isinstance(value, Text):
            for feature in GRAMMAR_ARGUMENTS:
                if feature not in text.args and feature not in found and feature in value.args:
                    found[feature] = value.args[feature]
    return found


def _describe(error: Exception) -> str:
    """A Fluent error fit for a log line.

    Fluent's own errors name only ids and variables. Others, raised by functions such as DATETIME(), may
    quote an argument value, which can be personal data: only their type is kept.
    """
    if isinstance(error, FluentFormatError):
        return str(error)
    return f"{type(error).__name__} in a function call"


def _message_ids(resources: Iterable[ast.Resource]) -> frozenset[str]:
    return frozenset(
        entry.id.name for resource in resources for entry in resource.body if isinstance(entry, ast.Message)
    )


def _pattern(bundle: FluentBundle, msg_id: str) -> Any:
    """The compiled pattern of ``id`` or ``id.attribute`` in a bundle, or None."""
    name, _, attribute = msg_id.partition(".")
    if not bundle.has_message(name):
        return None
    message = bundle.get_message(name)
    return message.attributes.get(attribute) if attribute else message.value


@lru_cache(maxsize=256)
def parse_source(source: str) -> ast.Resource:
    """A parsed Fluent file, cached by its text: an unchanged file is parsed once, which keeps hot reload and
    the content check fast (fluent.syntax parses in pure Python). Callers must not change the result."""
    return FluentParser().parse(source)


def load_folder(folder: Path) -> list[ast.Resource]:
    """Parse every .ftl file of a content folder; ContentError lists every Junk entry and duplicate id."""
    if not folder.is_dir():
        raise ContentError(f"{folder}: content folder missing")
    problems: list[str] = []
    resources: list[ast.Resource] = []
    defined: dict[str, str] = {}
    for path in sorted(folder.glob("*.ftl")):
        source = path.read_text(encoding="utf-8-sig")
        resource = parse_source(source)
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                problems.extend(_junk_problems(path, source, entry))
            elif isinstance(entry, (ast.Message, ast.Term)):
                key = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
                where = f"{path}:{_line_column(source, entry.span.start if entry.span else 0)}"
                if key in defined:
                    problems.append(f"{where}: {key} is already defined at {defined[key]}")
                defined.setdefault(key, where)
        resources.append(resource)
    if problems:
        raise ContentError("\n".join(problems))
    return resources


def _junk_problems(path: Path, source: str, junk: ast.Junk) -> list[str]:
    if not junk.annotations:
        return [f"{path}:{_line_column(source, junk.span.start if junk.span else 0)}: unparsable text"]
    return [
        f"{path}:{_line_column(source, note.span.start if note.span else 0)}: {note.code} {note.message}"
        for note in junk.annotations
    ]


def _line_column(source: str, offset: int) -> str:
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def load_exceptions(path: Path) -> Exceptions:
    try:
        return Exceptions.from_toml(path)
    except (OSError, ValueError) as error:  # tomllib.TOMLDecodeError is a ValueError
        message = str(error)
        raise ContentError(message if str(path) in message else f"{path}: {message}") from error
