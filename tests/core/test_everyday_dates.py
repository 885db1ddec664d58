"""Everyday date forms: day words, "N days/weeks/months ago", a day and month without the year."""

from datetime import date
from pathlib import Path

import pytest

from bot.catalog import CatalogError, month_names
from bot.catalog.date_words import load_date_words
from bot.core.dates import DATE_IMPOSSIBLE, DATE_UNREADABLE, DATE_YEAR_MISSING, BirthDateError, parse_birth_date

CONTENT = Path(__file__).resolve().parents[2] / "content"
WORDS = load_date_words(CONTENT / "data" / "date_words.yaml")
MONTHS = month_names()
TODAY = date(2026, 1, 10)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("danas", date(2026, 1, 10), id="today"),
    pytest.param("JUČE", date(2026, 1, 9), id="yesterday-upper-case"),
    pytest.param("prekjuče", date(2026, 1, 8), id="day-before-yesterday"),
    pytest.param("pre 3 dana", date(2026, 1, 7), id="days-ago-serbian"),
    pytest.param("3 days ago", date(2026, 1, 7), id="days-ago-english"),
    pytest.param("pre 1 nedelju", date(2026, 1, 3), id="week-ago"),
    pytest.param("pre 2 meseca", date(2025, 11, 10), id="months-ago"),
    pytest.param("angla 5 đesa", date(2026, 1, 5), id="days-ago-romani"),
    pytest.param("28.12", date(2025, 12, 28), id="yearless-last-year"),
    pytest.param("5 jan", date(2026, 1, 5), id="yearless-month-word"),
    pytest.param("Dec 28", date(2025, 12, 28), id="yearless-month-first"),
])
def test_everyday_forms_are_read(text: str, expected: date) -> None:
    assert parse_birth_date(text, TODAY, MONTHS, WORDS) == expected


@pytest.mark.parametrize(("text", "code"), [
    pytest.param("20.1", DATE_YEAR_MISSING, id="yearless-would-be-a-year-ago"),
    pytest.param("1.9", DATE_YEAR_MISSING, id="yearless-more-than-three-months-ago"),
    pytest.param("30.2", DATE_IMPOSSIBLE, id="yearless-impossible"),
    pytest.param("pre dana", DATE_UNREADABLE, id="no-count"),
    pytest.param("pre 3 godine", DATE_UNREADABLE, id="unknown-unit"),
    pytest.param("3 dana", DATE_UNREADABLE, id="no-ago-word"),
    pytest.param("sutra", DATE_UNREADABLE, id="unknown-word"),
])
def test_ambiguous_or_unknown_everyday_forms_are_refused(text: str, code: str) -> None:
    with pytest.raises(BirthDateError) as error:
        parse_birth_date(text, TODAY, MONTHS, WORDS)
    assert error.value.code == code


def test_without_words_only_full_dates_are_read() -> None:
    with pytest.raises(BirthDateError):
        parse_birth_date("juče", TODAY, MONTHS)
    with pytest.raises(BirthDateError):
        parse_birth_date("28.12", TODAY, MONTHS)


def test_a_word_in_two_entries_is_refused_naming_both(tmp_path: Path) -> None:
    path = tmp_path / "date_words.yaml"
    path.write_text("version: 1\nwords:\n  - {id: today, role: day, days_before: 0, words: [danas]}\n"
                    "  - {id: yesterday, role: day, days_before: 1, words: [Danas]}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="'danas' is also in entry 'today'"):
        load_date_words(path)


def test_the_romani_forms_are_listed_for_editors() -> None:
    assert {"adjes", "ič"} <= set(WORDS.days_before) and "angla" in WORDS.ago_before
