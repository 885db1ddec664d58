"""Translator: loading content, fallback chains per locale, strict and lenient errors."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.core.messages import ENGLISH, ROMANI, SERBIAN_CYRILLIC, SERBIAN_LATIN, Text
from bot.i18n import (
    PLACEHOLDER,
    ContentError,
    FormatError,
    MissingMessageError,
    Resolution,
    Translator,
    UnknownLocaleError,
)

CONTENT = Path(__file__).parent.parent / "fixtures" / "i18n" / "content"


@pytest.fixture(scope="module")
def strict() -> Translator:
    return Translator.from_directory(CONTENT, strict=True)


@pytest.fixture(scope="module")
def lenient() -> Translator:
    return Translator.from_directory(CONTENT)


def write_content(root: Path, files: dict[str, str]) -> Path:
    for folder in ("sr", "rom", "en"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for name, source in files.items():
        (root / name).write_text(source, encoding="utf-8")
    return root


# -- loading ----------------------------------------------------------------------------------------------


def test_junk_is_refused_with_file_line_and_column(tmp_path):
    root = write_content(tmp_path, {"sr/a.ftl": "ok = Dobro\n\nbroken = { $x ]\n", "en/a.ftl": "ok = Good\n"})
    with pytest.raises(ContentError, match=r"sr/a\.ftl:3:15: E0003 Expected token"):
        Translator.from_directory(root)


def test_every_junk_entry_is_reported_at_once(tmp_path):
    root = write_content(
        tmp_path, {"en/a.ftl": "one = { ]\ntwo = ok\nthree = { ]\n", "en/b.ftl": "= nothing\n"}
    )
    with pytest.raises(ContentError) as raised:
        Translator.from_directory(root)
    message = str(raised.value)
    assert "en/a.ftl:1:9:" in message and "en/a.ftl:3:11:" in message and "en/b.ftl:1:1:" in message


def test_duplicate_message_id_in_one_folder_is_refused(tmp_path):
    root = write_content(tmp_path, {"sr/a.ftl": "hello = Zdravo\n", "sr/b.ftl": "\nhello = Opet\n"})
    with pytest.raises(ContentError, match=r"sr/b\.ftl:2:1: hello is already defined at .*sr/a\.ftl:1:1"):
        Translator.from_directory(root)


def test_missing_content_folder_is_refused(tmp_path):
    (tmp_path / "sr").mkdir()
    with pytest.raises(ContentError, match="content folder missing"):
        Translator.from_directory(tmp_path)


def test_bad_exceptions_file_is_refused(tmp_path):
    root = write_content(tmp_path, {"sr/a.ftl": "ok = Dobro\n"})
    (root / "data").mkdir()
    (root / "data" / "sr-cyrillic-exceptions.toml").write_text(
        '[split]\n"injekc" = "ињекц"\n', encoding="utf-8"
    )
    with pytest.raises(ContentError, match="sr-cyrillic-exceptions.toml: split entry 'injekc'"):
        Translator.from_directory(root)


def test_ids_lists_messages_of_a_folder_without_terms(strict):
    assert "sr-only" in strict.ids("sr") and "sr-only" not in strict.ids("en")
    assert "en-only" in strict.ids("en")
    assert not any(msg_id.startswith("-") for msg_id in strict.ids("sr"))


# -- fallback chains --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "chain"),
    [
        pytest.param(ROMANI, ("rom", "sr", "en"), id="rom"),
        pytest.param(SERBIAN_LATIN, ("sr", "en"), id="sr-Latn"),
        pytest.param(SERBIAN_CYRILLIC, ("sr", "en"), id="sr-Cyrl"),
        pytest.param(ENGLISH, ("en",), id="en"),
    ],
)
def test_each_locale_has_its_fallback_chain(strict, locale, chain):
    assert strict.fallbacks(locale) == chain


@pytest.mark.parametrize(
    ("locale", "msg_id", "expected"),
    [
        pytest.param(ROMANI, "greeting", "Sar san, Mila!", id="rom-own"),
        pytest.param(
            ROMANI, "sr-and-en-only", "Samo srpski i engleski.", id="rom-falls-back-to-serbian-latin"
        ),
        pytest.param(ROMANI, "en-only", "Only English.", id="rom-falls-back-to-english"),
        pytest.param(SERBIAN_LATIN, "en-only", "Only English.", id="sr-Latn-falls-back-to-english"),
        pytest.param(SERBIAN_CYRILLIC, "sr-only", "Само српски.", id="sr-Cyrl-from-serbian-latin"),
        pytest.param(SERBIAN_CYRILLIC, "en-only", "Only English.", id="sr-Cyrl-falls-back-to-english"),
    ],
)
def test_message_comes_from_the_first_folder_of_the_chain_that_has_it(strict, locale, msg_id, expected):
    assert strict.format(locale, Text(msg_id, {"name": "Mila"})) == expected


@pytest.mark.parametrize(
    ("locale", "msg_id", "resolution"),
    [
        pytest.param(ROMANI, "greeting", Resolution("rom", False), id="rom-own"),
        pytest.param(ROMANI, "sr-only", Resolution("sr", True), id="rom-serbian"),
        pytest.param(ROMANI, "en-only", Resolution("en", True), id="rom-english"),
        pytest.param(SERBIAN_CYRILLIC, "sr-only", Resolution("sr", False), id="cyrillic-is-not-a-fallback"),
        pytest.param(SERBIAN_CYRILLIC, "en-only", Resolution("en", True), id="sr-Cyrl-english"),
        pytest.param(ENGLISH, "menu-help.hint", Resolution("en", False), id="attribute"),
        pytest.param(ENGLISH, "sr-only", None, id="missing"),
        pytest.param(ENGLISH, "menu-help.nothing", None, id="missing-attribute"),
    ],
)
def test_resolve_tells_which_folder_is_used_and_whether_it_fell_back(strict, locale, msg_id, resolution):
    assert strict.resolve(locale, msg_id) == resolution
    assert strict.has(locale, msg_id) is (resolution is not None)


def test_fallback_ids_lists_every_message_shown_from_another_folder(strict):
    rom = strict.fallback_ids(ROMANI)
    assert rom["sr-only"] == "sr" and rom["en-only"] == "en" and "greeting" not in rom
    assert strict.fallback_ids(SERBIAN_CYRILLIC) == {"en-only": "en"}
    assert strict.fallback_ids(ENGLISH) == {}


def test_fallback_to_serbian_is_logged_at_info_without_arguments(lenient, caplog):
    with caplog.at_level(logging.INFO, logger="bot.i18n.translator"):
        lenient.format(ROMANI, Text("reference-to-greeting", {"name": "Mila"}))
    [record] = caplog.records
    assert record.levelno == logging.INFO
    assert "reference-to-greeting" in record.getMessage() and "rom" in record.getMessage()
    assert "Mila" not in record.getMessage()


def test_fallback_to_english_is_logged_as_warning(lenient, caplog):
    with caplog.at_level(logging.INFO, logger="bot.i18n.translator"):
        lenient.format(SERBIAN_CYRILLIC, Text("en-only"))
    [record] = caplog.records
    assert record.levelno == logging.WARNING and "en-only" in record.getMessage()


def test_missing_message_raises_in_strict_mode(strict):
    with pytest.raises(MissingMessageError, match="sr-only"):
        strict.format(ENGLISH, Text("sr-only"))


def test_missing_message_shows_a_placeholder_not_its_id_and_logs_an_error(lenient, caplog):
    with caplog.at_level(logging.ERROR, logger="bot.i18n.translator"):
        shown = lenient.format(ENGLISH, Text("no-such-message"))
    assert shown == PLACEHOLDER and "no-such-message" not in shown
    assert [r.levelno for r in caplog.records] == [logging.ERROR]


def test_unknown_locale_is_refused(lenient):
    with pytest.raises(UnknownLocaleError):
        lenient.format("de", Text("greeting", {"name": "Mila"}))


# -- Fluent errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("msg_id", "args", "error"),
    [
        pytest.param("broken-reference", {}, "Unknown message: missing-message", id="unknown-reference"),
        pytest.param("greeting", {}, "Unknown external: name", id="missing-argument"),
    ],
)
def test_fluent_errors_raise_in_strict_mode(strict, msg_id, args, error):
    with pytest.raises(FormatError, match=error):
        strict.format(SERBIAN_LATIN, Text(msg_id, args))


def test_fluent_errors_are_logged_in_lenient_mode_and_text_still_shown(lenient, caplog):
    with caplog.at_level(logging.ERROR, logger="bot.i18n.translator"):
        shown = lenient.format(ENGLISH, Text("broken-reference"))
    assert shown.startswith("See ")
    assert "Unknown message: missing-message" in caplog.text


def test_fluent_error_log_never_quotes_an_argument_value(lenient, caplog):
    with caplog.at_level(logging.ERROR, logger="bot.i18n.translator"):
        lenient.format(SERBIAN_LATIN, Text("date-function", {"when": "Ljubica Petrović"}))
    assert "TypeError in a function call" in caplog.text
    assert "Ljubica" not in caplog.text
