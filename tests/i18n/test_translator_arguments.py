"""Translator: how arguments are converted, numbers and plurals, and the generated Cyrillic."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fluent.runtime import FluentBundle

from bot.core.messages import ENGLISH, ROMANI, SERBIAN_CYRILLIC, SERBIAN_LATIN, Localized, Serbian, Text
from bot.i18n import PLACEHOLDER, FormatError, MissingMessageError, Translator

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


# -- arguments --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        pytest.param(ROMANI, "Avela vakcina: 12.03.2024.", id="rom-numeric"),
        pytest.param(SERBIAN_LATIN, "Sledeća vakcina: 12. mart 2024.", id="sr-Latn"),
        pytest.param(SERBIAN_CYRILLIC, "Следећа вакцина: 12. март 2024.", id="sr-Cyrl"),
        pytest.param(ENGLISH, "Next vaccine: 12 March 2024", id="en"),
    ],
)
def test_date_argument_is_formatted_for_the_locale(strict, locale, expected):
    assert strict.format(locale, Text("next-vaccine", {"date": date(2024, 3, 12)})) == expected


def test_aware_datetime_argument_shows_the_belgrade_date(strict):
    late_evening_utc = datetime(2024, 3, 11, 23, 30, tzinfo=UTC)
    assert (
        strict.format(ENGLISH, Text("next-vaccine", {"date": late_evening_utc}))
        == "Next vaccine: 12 March 2024"
    )


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(datetime(2024, 3, 12, 9, 0), id="naive-datetime"),  # noqa: DTZ001 - the refused case
        pytest.param(True, id="bool"),
        pytest.param(None, id="none"),
        pytest.param(["a"], id="list"),
    ],
)
def test_unsupported_argument_is_refused_in_strict_mode(strict, value):
    with pytest.raises(FormatError, match="argument date has unsupported type"):
        strict.format(ENGLISH, Text("next-vaccine", {"date": value}))


def test_unsupported_argument_becomes_a_placeholder_in_lenient_mode(lenient, caplog):
    with caplog.at_level(logging.ERROR, logger="bot.i18n.translator"):
        shown = lenient.format(ENGLISH, Text("next-vaccine", {"date": object()}))
    assert shown == f"Next vaccine: {PLACEHOLDER}"


def test_string_argument_is_user_input_and_never_transliterated(strict):
    assert strict.format(SERBIAN_CYRILLIC, Text("greeting", {"name": "Ljubica"})) == "Здраво, Ljubica!"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        pytest.param(ROMANI, "Čhavo: 3 đesa", id="rom"),
        pytest.param(SERBIAN_CYRILLIC, "Дете: 3 дана", id="sr-Cyrl"),
        pytest.param(ENGLISH, "Child: 3 days", id="en"),
    ],
)
def test_nested_text_is_formatted_in_the_same_locale(strict, locale, expected):
    nested = Text("child-line", {"child": Text("days-count", {"count": 3})})
    assert strict.format(locale, nested) == expected


@pytest.mark.parametrize(
    ("locale", "values", "expected"),
    [
        pytest.param(ROMANI, {"rom": "Sastipe", "sr": "Zdravlje"}, "Usluga: Sastipe", id="rom-own"),
        pytest.param(
            ROMANI, {"sr": "Zdravlje", "en": "Health"}, "Usluga: Zdravlje", id="rom-falls-back-to-sr"
        ),
        pytest.param(ROMANI, {"en": "Health"}, "Usluga: Health", id="rom-falls-back-to-en"),
        pytest.param(
            SERBIAN_LATIN, {"sr": "Savetovalište", "en": "Advice"}, "Usluga: Savetovalište", id="sr-Latn"
        ),
        pytest.param(SERBIAN_CYRILLIC, {"sr": "Injekcije", "en": "Shots"}, "Услуга: Инјекције", id="sr-Cyrl"),
        pytest.param(SERBIAN_CYRILLIC, {"en": "Shots"}, "Услуга: Shots", id="sr-Cyrl-english-untouched"),
        pytest.param(ENGLISH, {"sr": "Zdravlje", "en": "Health"}, "Service: Health", id="en"),
    ],
)
def test_localized_argument_follows_the_fallback_chain(strict, locale, values, expected):
    assert strict.format(locale, Text("service-line", {"service": Localized(values)})) == expected


def test_localized_argument_missing_in_the_chain_raises_in_strict_mode(strict):
    with pytest.raises(MissingMessageError, match="argument service"):
        strict.format(ENGLISH, Text("service-line", {"service": Localized({"sr": "Zdravlje"})}))


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        pytest.param(SERBIAN_CYRILLIC, "Услуга: Дом здравља Земун", id="sr-Cyrl-transliterated"),
        pytest.param(SERBIAN_LATIN, "Usluga: Dom zdravlja Zemun", id="sr-Latn"),
        pytest.param(ROMANI, "Usluga: Dom zdravlja Zemun", id="rom"),
        pytest.param(ENGLISH, "Service: Dom zdravlja Zemun", id="en"),
    ],
)
def test_serbian_argument_is_transliterated_only_for_cyrillic_readers(strict, locale, expected):
    assert strict.format(locale, Text("service-line", {"service": Serbian("Dom zdravlja Zemun")})) == expected


# -- numbers and plurals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        pytest.param(1, "1 dan", id="1"),
        pytest.param(2, "2 dana", id="2"),
        pytest.param(5, "5 dana", id="5"),
        pytest.param(11, "11 dana", id="11"),
        pytest.param(21, "21 dan", id="21"),
        pytest.param(22, "22 dana", id="22"),
        pytest.param(25, "25 dana", id="25"),
    ],
)
def test_serbian_days_take_the_right_plural(strict, count, expected):
    assert strict.format(SERBIAN_LATIN, Text("days-count", {"count": count})) == expected


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        pytest.param(1, "1 година", id="1"),
        pytest.param(3, "3 године", id="3"),
        pytest.param(12, "12 година", id="12"),
        pytest.param(24, "24 године", id="24"),
    ],
)
def test_serbian_cyrillic_uses_serbian_plurals(strict, count, expected):
    assert strict.format(SERBIAN_CYRILLIC, Text("years-count", {"count": count})) == expected


@pytest.mark.parametrize(
    ("locale", "number", "category"),
    [
        pytest.param(SERBIAN_LATIN, 21, "one", id="sr-21"),
        pytest.param(SERBIAN_LATIN, 3, "few", id="sr-3"),
        pytest.param(ENGLISH, 21, "other", id="en-21"),
        pytest.param(ENGLISH, 1, "one", id="en-1"),
        pytest.param(ROMANI, 1, "one", id="rom-1"),
        pytest.param(ROMANI, 21, "other", id="rom-21-not-serbian"),
        pytest.param(ROMANI, 3, "other", id="rom-3-not-serbian"),
        pytest.param(ROMANI, 1.0, "one", id="rom-1.0-not-english"),
    ],
)
def test_each_bundle_uses_our_explicit_plural_rule(strict, locale, number, category):
    # The Romani bundle formats numbers with Babel's sr_Latn locale: without the override, 21 would be "one".
    assert strict.format(locale, Text("plural-category", {"n": number})) == category


def test_fluent_alone_gives_romani_the_servers_default_plural_rule():
    """Why the override exists: an unknown locale silently gets Babel's default locale."""
    bundle = FluentBundle(["rom"])
    assert bundle._babel_locale.language != "rom"


@pytest.mark.parametrize(
    ("locale", "count", "expected"),
    [
        pytest.param(ROMANI, 5, "Sa e čhave: 5.", id="rom-small"),
        pytest.param(ROMANI, 1234, "Sa e čhave: 1.234.", id="rom-no-english-grouping"),
        pytest.param(SERBIAN_LATIN, 1234, "Ukupno dece: 1.234.", id="sr-Latn"),
        pytest.param(ENGLISH, 1234, "Children in total: 1,234.", id="en"),
    ],
)
def test_numbers_follow_the_readers_conventions(strict, locale, count, expected):
    assert strict.format(locale, Text("total-children", {"count": count})) == expected


# -- generated Cyrillic -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("msg_id", "expected"),
    [
        pytest.param(
            "transliteration-traps",
            "Инјекција, конјунктивитис, надживети, поджупан, оджвакати; Љубав, ЊИВА, џеп, Ђурђа.",
            id="digraph-traps-from-exceptions-file",
        ),
        pytest.param("clinic-open", "Дом здравља је отворен.", id="term-attribute-still-selects"),
        pytest.param("menu-help.hint", "Притисните дугме", id="message-attribute"),
        pytest.param(
            "web-and-mail",
            "Више на https://www.zdravlje.gov.rs/vakcine или пишите на info@example.rs.",
            id="urls-and-mail-untouched",
        ),
        pytest.param("shown-literal", 'Реч Džep " и Чавороро.', id="string-literal-kept-as-written"),
        pytest.param(
            "reference-to-greeting", "Здраво, Mila! Добро дошли у Чавороро.", id="message-reference"
        ),
    ],
)
def test_cyrillic_is_generated_from_the_serbian_latin_source(strict, msg_id, expected):
    assert strict.format(SERBIAN_CYRILLIC, Text(msg_id, {"name": "Mila"})) == expected


def test_latin_reader_sees_the_source_unchanged(strict):
    expected = "Injekcija, konjunktivitis, nadživeti, podžupan, odžvakati; Ljubav, NJIVA, džep, Đurđa."
    assert strict.format(SERBIAN_LATIN, Text("transliteration-traps")) == expected


def test_without_exceptions_file_digraphs_become_one_letter(tmp_path):
    root = write_content(tmp_path, {"sr/a.ftl": "shot = Injekcija\n"})
    assert Translator.from_directory(root, strict=True).format(SERBIAN_CYRILLIC, Text("shot")) == "Ињекција"
