from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.catalog import month_names
from bot.core.dates import (
    DATE_FUTURE,
    DATE_IMPOSSIBLE,
    DATE_TOO_OLD,
    DATE_UNREADABLE,
    BirthDateError,
    earliest_birth_date,
    parse_birth_date,
)

TODAY = date(2025, 6, 15)
MONTHS = month_names()
MARCH_12 = date(2024, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("12.3.2024", id="dots"),
        pytest.param("12.03.2024.", id="dots-leading-zero-trailing-dot"),
        pytest.param("12/03/2024", id="slashes"),
        pytest.param("12-3-2024", id="dashes"),
        pytest.param("2024-03-12", id="iso"),
        pytest.param("12 3 2024", id="spaces"),
        pytest.param("  12.3.2024  \n", id="surrounding-whitespace"),
        pytest.param("12. 3. 2024.", id="dots-and-spaces"),
        pytest.param("12,3,2024", id="commas"),
        pytest.param("12.3.24", id="two-digit-year"),
        pytest.param("12. mart 2024", id="sr-latn-nominative"),
        pytest.param("12. marta 2024.", id="sr-latn-genitive"),
        pytest.param("12 MART 2024", id="sr-latn-upper-case"),
        pytest.param("12. mar. 2024", id="sr-latn-abbreviated-with-dot"),
        pytest.param("12. март 2024", id="sr-cyrl-nominative"),
        pytest.param("12. марта 2024.", id="sr-cyrl-genitive"),
        pytest.param("12 Март 2024", id="sr-cyrl-capitalised"),
        pytest.param("12 march 2024", id="en-wide"),
        pytest.param("12 Mar 2024", id="en-abbreviated"),
        pytest.param("March 12, 2024", id="en-month-first"),
        pytest.param("12 mart, 2024", id="comma-after-month"),
    ],
)
def test_accepted_forms_of_a_birth_date(text):
    assert parse_birth_date(text, TODAY, MONTHS) == MARCH_12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1. septembra 2023.", date(2023, 9, 1), id="fleeting-a-genitive"),
        pytest.param("5 септембар 2022", date(2022, 9, 5), id="cyrillic-september"),
        pytest.param("29.2.2024", date(2024, 2, 29), id="leap-day"),
        pytest.param("15.6.2025", TODAY, id="today"),
        pytest.param("15.6.2018", date(2018, 6, 15), id="exactly-seven-years"),
        pytest.param("31 dec 2020", date(2020, 12, 31), id="en-december"),
        pytest.param("3 avg 2021", date(2021, 8, 3), id="sr-abbreviated-august"),
    ],
)
def test_accepted_dates_are_read_day_first(text, expected):
    assert parse_birth_date(text, TODAY, MONTHS) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("", DATE_UNREADABLE, id="empty"),
        pytest.param("   ", DATE_UNREADABLE, id="blank"),
        pytest.param("yesterday", DATE_UNREADABLE, id="a-word"),
        pytest.param("12.3", DATE_UNREADABLE, id="no-year"),
        pytest.param("12.3.2024.5", DATE_UNREADABLE, id="four-numbers"),
        pytest.param("12.3.202", DATE_UNREADABLE, id="three-digit-year"),
        pytest.param("123.3.2024", DATE_UNREADABLE, id="three-digit-day"),
        pytest.param("12 martovski 2024", DATE_UNREADABLE, id="unknown-month-word"),
        pytest.param("12 mart mart", DATE_UNREADABLE, id="no-year-number"),
        pytest.param("12.3.2024" + " " * 40, DATE_UNREADABLE, id="longer-than-40"),
        pytest.param("1" * 10_000, DATE_UNREADABLE, id="very-long"),
        pytest.param("12.3.\x002024", DATE_UNREADABLE, id="nul-character"),
        pytest.param("12\u200b.3.2024", DATE_UNREADABLE, id="zero-width-space"),
        pytest.param("١٢.٣.٢٠٢٤", DATE_UNREADABLE, id="arabic-indic-digits"),
        pytest.param("１２.３.２０２４", DATE_UNREADABLE, id="fullwidth-digits"),
        pytest.param("12+3+2024", DATE_UNREADABLE, id="unknown-separator"),
        pytest.param("31.02.2024", DATE_IMPOSSIBLE, id="31-february"),
        pytest.param("29.2.2023", DATE_IMPOSSIBLE, id="29-february-common-year"),
        pytest.param("12.13.2024", DATE_IMPOSSIBLE, id="month-13"),
        pytest.param("0.3.2024", DATE_IMPOSSIBLE, id="day-0"),
        pytest.param("2024-02-30", DATE_IMPOSSIBLE, id="iso-impossible"),
        pytest.param("16.6.2025", DATE_FUTURE, id="tomorrow"),
        pytest.param("1 jan 2030", DATE_FUTURE, id="future-year"),
        pytest.param("20.12.25", DATE_FUTURE, id="two-digit-year-later-this-year"),
        pytest.param("14.6.2018", DATE_TOO_OLD, id="one-day-over-seven-years"),
        pytest.param("12.3.1990", DATE_TOO_OLD, id="a-parents-birth-date"),
        pytest.param("12.3.99", DATE_TOO_OLD, id="two-digit-year-last-century"),
        pytest.param("12.3.26", DATE_TOO_OLD, id="two-digit-year-next-year-is-read-as-1926"),
        pytest.param("1.1.0000", DATE_TOO_OLD, id="year-zero"),
    ],
)
def test_refused_inputs_have_a_stable_code(text, code):
    with pytest.raises(BirthDateError) as caught:
        parse_birth_date(text, TODAY, MONTHS)
    assert caught.value.code == code


def test_month_words_come_from_the_table_the_caller_gives():
    romani_like = {"marto": 3}
    assert parse_birth_date("12 marto 2024", TODAY, romani_like) == MARCH_12
    with pytest.raises(BirthDateError) as caught:
        parse_birth_date("12 mart 2024", TODAY, romani_like)
    assert caught.value.code == DATE_UNREADABLE


def test_seven_year_limit_on_a_leap_day_clamps_to_28_february():
    assert earliest_birth_date(date(2032, 2, 29)) == date(2025, 2, 28)


@given(text=st.text(max_size=60), today=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_random_text_gives_a_date_in_range_or_a_birth_date_error(text, today):
    try:
        born = parse_birth_date(text, today, MONTHS)
    except BirthDateError as error:
        assert error.code in {DATE_UNREADABLE, DATE_IMPOSSIBLE, DATE_FUTURE, DATE_TOO_OLD}
    else:
        assert earliest_birth_date(today) <= born <= today


@given(
    day=st.integers(min_value=0, max_value=40),
    month=st.integers(min_value=0, max_value=14),
    year=st.integers(min_value=0, max_value=9999),
    separator=st.sampled_from([".", "/", "-", " ", ". "]),
)
def test_random_numeric_dates_give_a_date_in_range_or_a_birth_date_error(day, month, year, separator):
    text = f"{day}{separator}{month}{separator}{year}"
    try:
        born = parse_birth_date(text, TODAY, MONTHS)
    except BirthDateError:
        return
    assert earliest_birth_date(TODAY) <= born <= TODAY
    assert (born.day, born.month) == (day, month)
