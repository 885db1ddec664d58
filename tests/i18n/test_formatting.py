"""Dates per locale: Babel for Serbian and English, numeric for Romani."""

from __future__ import annotations

from datetime import date

import pytest
from babel.dates import get_month_names

from bot.core.messages import ENGLISH, ROMANI, SERBIAN_CYRILLIC, SERBIAN_LATIN
from bot.i18n import format_date

DAY = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        pytest.param(SERBIAN_LATIN, "12. mart 2024.", id="sr-Latn"),
        pytest.param(SERBIAN_CYRILLIC, "12. март 2024.", id="sr-Cyrl"),
        pytest.param(ENGLISH, "12 March 2024", id="en"),
        pytest.param(ROMANI, "12.03.2024.", id="rom-numeric"),
    ],
)
def test_date_is_written_as_the_reader_writes_it(locale, expected):
    assert format_date(DAY, locale) == expected


@pytest.mark.parametrize("month", range(1, 13), ids=lambda month: f"month-{month}")
def test_romani_never_sees_a_month_name(month):
    shown = format_date(date(2025, month, 1), ROMANI)
    assert shown == f"01.{month:02d}.2025."
    english = get_month_names("wide", locale="en").values()
    serbian = get_month_names("wide", locale="sr_Latn").values()
    assert not any(name.lower() in shown.lower() for name in [*english, *serbian])


def test_serbian_latin_date_has_no_cyrillic_and_cyrillic_no_latin():
    for month in range(1, 13):
        latin, cyrillic = (
            format_date(date(2025, month, 5), SERBIAN_LATIN),
            format_date(date(2025, month, 5), "sr-Cyrl"),
        )
        assert not any("\u0400" <= letter <= "\u04ff" for letter in latin)
        assert not any(letter.isascii() and letter.isalpha() for letter in cyrillic)


def test_unknown_locale_is_refused():
    with pytest.raises(ValueError, match="no date format"):
        format_date(DAY, "de")
