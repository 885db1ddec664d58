"""Reading roster rows and the checks enrolment shares: phones, languages, settlements, dates, duplicates."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.mediation import Settlement
from bot.core.roster import RosterRow, find_duplicates, normalize_phone, read_row, read_weeks

TODAY = date(2026, 11, 22)
SETTLEMENTS = (Settlement("altina", "Altina"), Settlement("zemun-polje", "Zemun Polje"))
GOOD = {"caregiver": "Mira", "language": "rom", "phone": "064 123 4567", "settlement": "Zemun polje",
        "child_nickname": "Luka", "birth_date": "3.3.2025", "born_early_weeks": "", "consent": "da"}


@pytest.mark.parametrize(("typed", "expected"), [
    ("064/123-4567", "+381641234567"), ("+381 64 123 4567", "+381641234567"), ("00381641234567", "+381641234567"),
    ("381641234567", "+381641234567"), ("011 2345 678", "+381112345678"), ("+43 660 1234567", "+436601234567"),
    ("12345", None), ("064 12a 4567", None), ("641234567", None), ("+1234567890123456", None),
], ids=["slash-dash", "international", "double-zero", "country-code", "landline", "abroad", "short", "letter",
        "no-prefix", "too-long"])
def test_phone_numbers_are_stored_in_one_international_shape(typed: str, expected: str | None) -> None:
    assert normalize_phone(typed) == expected


def _read(**changes: str) -> RosterRow | list:
    return read_row(17, {**GOOD, **changes}, TODAY, {"mart": 3}, SETTLEMENTS)


def test_a_good_row_is_read_with_day_first_dates_and_names_of_settlements() -> None:
    row = _read()
    assert isinstance(row, RosterRow)
    assert (row.caregiver, row.locale, row.phone, row.settlement, row.birth_date, row.weeks) == (
        "Mira", "rom", "+381641234567", "zemun-polje", date(2025, 3, 3), None)
    assert _read(birth_date="12. mart 2025").birth_date == date(2025, 3, 12)  # type: ignore[union-attr]
    assert _read(birth_date=date(2025, 3, 3)).birth_date == date(2025, 3, 3)  # type: ignore[arg-type,union-attr]


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"birth_date": "31.02.2024"}, "birth_date", "date_impossible"),
    ({"birth_date": "yesterday"}, "birth_date", "date_unreadable"),
    ({"birth_date": "1.1.2027"}, "birth_date", "date_future"),
    ({"birth_date": ""}, "birth_date", "missing"),
    ({"language": "fr"}, "language", "invalid"),
    ({"settlement": "Atlantis"}, "settlement", "invalid"),
    ({"phone": "12"}, "phone", "invalid"),
    ({"consent": "no"}, "consent", "no_consent"),
    ({"born_early_weeks": "12"}, "born_early_weeks", "invalid"),
    ({"mediator": "Ana"}, "mediator", "invalid"),
], ids=["impossible-date", "unreadable-date", "future", "no-date", "language", "settlement", "phone", "consent",
        "weeks", "mediator"])
def test_a_bad_row_names_its_row_field_and_problem(changes: dict[str, str], field: str, code: str) -> None:
    problems = _read(**changes)
    assert isinstance(problems, list)
    assert [(p.row, p.field, p.code) for p in problems] == [(17, field, code)]


def test_weeks_from_a_spreadsheet_number_and_on_time_births() -> None:
    assert (read_weeks("34.0"), read_weeks("39"), read_weeks("")) == (34, None, None)


def test_a_child_repeated_in_the_file_is_reported_against_its_first_row_but_twins_are_not() -> None:
    rows = [read_row(n, {**GOOD, **changes}, TODAY, {}, SETTLEMENTS) for n, changes in (
        (2, {}), (3, {"phone": "+381641234567"}), (4, {"child_nickname": "Lana"}), (5, {"phone": ""}))]
    kept, problems = find_duplicates([r for r in rows if isinstance(r, RosterRow)])
    assert [r.row for r in kept] == [2, 4, 5]
    assert [(p.row, p.code, p.other_row) for p in problems] == [(3, "duplicate", 2)]
