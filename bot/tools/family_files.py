"""Files of `cavororo families`: reading a roster (CSV or .xlsx), writing the invitations of imported families
and the export for the lab's reports.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first family row is row 2.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.core.roster import COLUMNS

Cells = Mapping[str, str | date]


class RosterFileError(Exception):
    """A roster that cannot be read at all (not a row-level problem)."""


@dataclass(frozen=True)
class Roster:
    rows: list[tuple[int, Cells]]  # (spreadsheet row number, cells by column name)
    ignored_columns: list[str]


def column_name(header: object) -> str:
    return "_".join(str(header or "").strip().lower().replace("-", " ").split())


def read_roster(path: Path) -> Roster:
    if path.suffix.lower() == ".xlsx":
        return _roster(_xlsx_rows(path))
    if path.suffix.lower() == ".csv":
        return _roster(_csv_rows(path))
    raise RosterFileError(f"{path.name}: expected a .csv or .xlsx file")


def _roster(lines: Iterator[list[Any]]) -> Roster:
    header = next(lines, None)
    if header is None:
        raise RosterFileError("the file is empty")
    names = [column_name(h) for h in header]
    missing = [c for c in ("caregiver", "birth_date") if c not in names]
    if missing:
        raise RosterFileError(f"row 1: missing column(s) {', '.join(missing)}; columns are {', '.join(COLUMNS)}")
    rows: list[tuple[int, Mapping[str, str | date]]] = []
    for number, values in enumerate(lines, start=2):
        cells = {name: _cell(value) for name, value in zip(names, values, strict=False) if name in COLUMNS}
        if any(str(v).strip() for v in cells.values()):
            rows.append((number, cells))
    return Roster(rows, sorted({n for n in names if n and n not in COLUMNS}))


def _cell(value: Any) -> str | date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _csv_rows(path: Path) -> Iterator[list[Any]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise RosterFileError(f"{path.name}: cannot be read as UTF-8 text ({type(error).__name__})") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","  # Serbian spreadsheets save with ";"
    yield from csv.reader(io.StringIO(text), delimiter=delimiter)


def _xlsx_rows(path: Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise RosterFileError(f"{path.name}: not a readable .xlsx workbook ({type(error).__name__})") from None
    try:
        sheet = workbook.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            yield list(values)
    finally:
        workbook.close()


def private_file(path: Path) -> io.TextIOWrapper:
    """A new text file readable by this user only (it holds live invitation codes or personal data)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return open(descriptor, "w", encoding="utf-8", newline="")  # noqa: SIM115 - returned to the caller


INVITATION_COLUMNS = ("family_id", "caregiver", "rows", "valid_until", "viber_link", "telegram_link", "qr_file",
                      "terminal_code")


# A cell starting with one of these is a formula to a spreadsheet (=HYPERLINK(...) in a caregiver's name, next to
# other families' live codes). A leading apostrophe makes it text, as OWASP's "CSV injection" page advises.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """``value`` as a cell no spreadsheet evaluates: text starting with a formula prefix gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_rows(out: io.TextIOBase | Any, columns: Sequence[str], rows: Sequence[Mapping[str, object]]) -> None:
    """A CSV with a header: every CSV the project writes goes through here (see :func:`spreadsheet_safe`)."""
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    writer.writerows({name: spreadsheet_safe(value) for name, value in row.items()} for row in rows)


def write_invitations(path: Path, rows: Sequence[Mapping[str, object]]) -> None:
    with private_file(path) as out:
        write_rows(out, INVITATION_COLUMNS, rows)


EXPORT_COLUMNS = ("family_id", "mediator_id", "settlement", "language", "enrolled_on", "consent_method",
                  "invitation_opened", "reachable", "asked_for_help", "status", "child_id", "child_age_months",
                  "born_early_weeks", "doses_recorded", "doses_overdue",
                  "checkin_answers", "checkin_not_yet", "checkin_act_early")


def write_export(out: io.TextIOBase | Any, rows: Sequence[Mapping[str, object]]) -> None:
    write_rows(out, EXPORT_COLUMNS, rows)
