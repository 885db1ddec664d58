"""Every CSV the project writes is safe to open in a spreadsheet (issue 18, defect 6): a caregiver's name that
starts with ``=``, ``+``, ``-`` or ``@`` is text, never a formula, in invitations.csv (next to other families'
live codes) and in the export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from bot.tools.family_files import EXPORT_COLUMNS, FORMULA_PREFIXES, write_export
from tests.mediators.field import run_cli
from tests.mediators.test_import import HEADER, _mediator, links  # noqa: F401 - links is a fixture

HOSTILE = {
    "a hyperlink formula": '=HYPERLINK("//x.io";"open")',
    "a sum": "+1+2",
    "a minus": "-2+3",
    "an at-sign": "@SUM(1)",
}


def cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as sheet:
        return list(csv.reader(sheet))


def formulas_in_a_spreadsheet(rows: list[list[str]], folder: Path) -> list[str]:
    """The cells a spreadsheet would evaluate once the CSV is opened in it (openpyxl reads ``=...`` as formulas)."""
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(folder / "opened.xlsx")
    return [c.value for row in load_workbook(folder / "opened.xlsx").active.iter_rows() for c in row
            if c.data_type == "f"]


@pytest.mark.parametrize("name", list(HOSTILE.values()), ids=list(HOSTILE))
async def test_invitations_csv_holds_a_formula_like_name_as_text(database_url, tmp_path, links, name) -> None:  # noqa: F811
    mediator = await _mediator(database_url)
    roster = tmp_path / "roster.csv"
    with roster.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        csv.writer(out).writerow([name, "rom", "", "Altina", "Luka", "3.3.2025", "", "da"])
    folder = tmp_path / "invitations"
    assert await run_cli("families", "import", str(roster), "--mediator", str(mediator), "--db", database_url,
                         "--invitations", str(folder)) == 0

    rows = cells(folder / "invitations.csv")
    assert [cell for row in rows for cell in row if cell.startswith(FORMULA_PREFIXES)] == []
    assert rows[1][1] == "'" + name  # the name itself is kept, shown as typed
    assert formulas_in_a_spreadsheet(rows, tmp_path) == []


def test_the_export_writes_formula_like_values_as_text(tmp_path) -> None:
    out = io.StringIO()
    row = dict.fromkeys(EXPORT_COLUMNS, "")
    row.update(family_id=1, settlement="=cmd|' /C calc'!A0", status="-active", consent_method="@x")
    write_export(out, [row])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert [cell for cell in rows[1] if cell.startswith(FORMULA_PREFIXES)] == []
    assert formulas_in_a_spreadsheet(rows, tmp_path) == []
