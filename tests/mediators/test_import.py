"""`cavororo families import` and `cavororo families export`, through the command line, on both databases."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
import zxingcpp
from openpyxl import Workbook
from PIL import Image

from bot.cli import parser
from bot.core.family import Chat
from bot.core.invitation_codes import hash_code
from bot.core.messages import ChannelUser
from bot.storage import Database, make_engine, migrate
from bot.storage.mediators import SqlMediators
from bot.tools.family_files import EXPORT_COLUMNS
from tests.mediators.field import BOT_USERNAME, CHAT_URI, LINK_SETTINGS, run_cli

HEADER = "caregiver,language,phone,settlement,child_nickname,birth_date,born_early_weeks,consent\n"
ROSTER = HEADER + (
    "Mira,rom,064 123 4567,Altina,Luka,3.3.2025,,da\n"          # row 2: good
    "Mira,rom,064 123 4567,Altina,Sara,1.10.2026,34,da\n"       # row 3: good, Mira's second child
    "Zora,sr-Latn,,Kamendin,,31.02.2024,,da\n"                  # row 4: no such day
    "Mira,rom,+381641234567,Altina,Luka,03.03.2025,,da\n"       # row 5: row 2 again
    "Vesna,en,,Zemun Polje,Ivo,12.5.2024,,yes\n"                # row 6: good, no phone
    "Dara,en,011 222 333,Altina,Mia,1.1.2026,,no\n"             # row 7: no consent
)


@pytest.fixture
def links(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in LINK_SETTINGS.items():
        monkeypatch.setenv(key, value)


async def _mediator(url: str, *, opened: bool = True) -> int:
    """A new active mediator; ``opened``: she opened her invitation (her chat is bound)."""
    await migrate(url)
    database = Database(make_engine(url))
    try:
        async with database.transaction() as store:
            mediators = SqlMediators(store.session)
            mediator = await mediators.add_mediator("Ana")
            if opened:
                chat = await store.save_chat(Chat(user=ChannelUser("telegram", f"mediator-{mediator.id}")))
                assert chat.id is not None
                await mediators.bind_mediator_chat(mediator.id, chat.id)
            return mediator.id
    finally:
        await database.dispose()



async def _profiles(url: str) -> list[tuple[str, list[str]]]:
    database = Database(make_engine(url))
    try:
        async with database.transaction() as store:
            profiles = await SqlMediators(store.session).profiles()
            return [(p.caregiver, [c.nickname or "" for c in await store.children(p.family_id)]) for p in profiles]
    finally:
        await database.dispose()


async def test_a_roster_with_good_bad_and_repeated_rows_imports_once(database_url, tmp_path, capsys, links) -> None:
    mediator = await _mediator(database_url)
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    folder = tmp_path / "invitations"
    argv = ("families", "import", str(roster), "--mediator", str(mediator), "--db", database_url,
            "--invitations", str(folder))

    assert await run_cli(*argv) == 1
    out, err = capsys.readouterr()
    assert "2 families created, 3 children added, 0 already imported, 3 problem(s)" in out
    assert "row 4: birth date 31.02.2024 is not a date" in err
    assert "row 5: the same child as row 2" in err and "row 7: consent is 'no'" in err
    assert "reading 6/6" in err
    assert await _profiles(database_url) == [("Mira", ["Luka", "Sara"]), ("Vesna", ["Ivo"])]

    with (folder / "invitations.csv").open(encoding="utf-8") as sheet:
        invitations = list(csv.DictReader(sheet))
    assert [(i["caregiver"], i["rows"]) for i in invitations] == [("Mira", "2 3"), ("Vesna", "6")]
    first = invitations[0]
    code = re.search(r"start=(.+)", first["telegram_link"]).group(1)
    assert first["viber_link"] == f"viber://pa?chatURI={CHAT_URI}&context={code}"
    decoded = {r.text for r in zxingcpp.read_barcodes(Image.open(folder / first["qr_file"]))}
    assert decoded == {first["telegram_link"], first["viber_link"]}
    assert first["telegram_link"].startswith(f"https://t.me/{BOT_USERNAME}?start=")
    database = Database(make_engine(database_url))
    try:
        async with database.transaction() as store:
            assert await SqlMediators(store.session).find_invitation(hash_code(code)) is not None
    finally:
        await database.dispose()

    assert await run_cli(*argv) == 1  # the same file again: the same problems, nothing new
    out, _ = capsys.readouterr()
    assert "0 families created, 0 children added, 3 already imported, 3 problem(s)" in out
    assert await _profiles(database_url) == [("Mira", ["Luka", "Sara"]), ("Vesna", ["Ivo"])]


async def test_a_dry_run_reports_and_writes_nothing(tmp_path, capsys, links) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'dry.sqlite3'}"
    mediator = await _mediator(url)
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER.replace(",", ";"), encoding="utf-8")  # as Serbian spreadsheets save CSV
    assert await run_cli("families", "import", str(roster), "--mediator", str(mediator), "--db", url,
                      "--dry-run") == 1
    out, _ = capsys.readouterr()
    assert "2 families would be created, 3 children would be added" in out and "dry run" in out
    assert await _profiles(url) == []
    assert not (tmp_path / "roster-invitations").exists()


@pytest.mark.parametrize("state", ["not_opened", "disabled"])
async def test_an_import_to_an_inactive_mediator_is_refused_before_anything_is_written(tmp_path, capsys, links,
                                                                                       state) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'inactive.sqlite3'}"
    mediator = await _mediator(url, opened=state != "not_opened")
    if state == "disabled":
        assert await run_cli("mediators", "disable", str(mediator), "--db", url) == 0
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")

    reason = "has not opened her invitation yet" if state == "not_opened" else "is not an active mediator"
    args = parser().parse_args(["families", "import", str(roster), "--mediator", str(mediator), "--db", url])
    with pytest.raises(SystemExit, match=f"mediator {mediator} {reason}.*nothing imported"):
        await args.run(args)
    assert "families created" not in capsys.readouterr().out
    assert await _profiles(url) == []
    assert not (tmp_path / "roster-invitations").exists()


async def test_rows_naming_a_mediator_who_has_not_opened_her_invitation_are_problems(tmp_path, capsys,
                                                                                     links) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'column.sqlite3'}"
    opened, waiting = await _mediator(url), await _mediator(url, opened=False)
    roster = tmp_path / "roster.csv"
    roster.write_text("caregiver,language,settlement,child_nickname,birth_date,consent,mediator\n"
                      f"Mira,rom,Altina,Luka,3.3.2025,da,{opened}\n"
                      f"Zora,en,Altina,Sara,1.3.2025,da,{waiting}\n", encoding="utf-8")

    assert await run_cli("families", "import", str(roster), "--db", url) == 1
    out, err = capsys.readouterr()
    assert f"row 3: mediator {waiting} has not opened her invitation yet" in err
    assert "1 families created, 1 children added" in out
    assert await _profiles(url) == [("Mira", ["Luka"])]


async def test_an_xlsx_roster_with_date_cells_and_a_mediator_column(tmp_path, capsys, links) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'xlsx.sqlite3'}"
    mediator = await _mediator(url)
    book = Workbook()
    sheet = book.active
    sheet.append(["Caregiver", "Language", "Phone", "Settlement", "Child nickname", "Birth date", "Consent",
                  "Mediator", "Notes"])
    sheet.append(["Ljilja", "sr-Cyrl", 381641112222, "altina", "Mika", date(2025, 6, 1), "da", mediator, "x"])
    sheet.append(["Nobody", "en", None, "Altina", "Ana", "1.1.2026", "da", mediator + 5, ""])
    roster = tmp_path / "roster.xlsx"
    book.save(roster)
    assert await run_cli("families", "import", str(roster), "--db", url) == 1
    out, err = capsys.readouterr()
    assert "1 families created, 1 children added" in out
    assert "ignoring column(s) notes" in err and f"row 3: mediator {mediator + 5} is not an active mediator" in err
    assert await _profiles(url) == [("Ljilja", ["Mika"])]
    assert (tmp_path / "roster-invitations" / "invitations.csv").stat().st_mode & 0o077 == 0


async def test_the_export_has_one_row_per_child_and_no_names_phones_or_birth_dates(tmp_path, capsys,
                                                                                     links) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'export.sqlite3'}"
    mediator = await _mediator(url)
    other = await _mediator(url)
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    await run_cli("families", "import", str(roster), "--mediator", str(mediator), "--db", url)
    capsys.readouterr()
    assert await run_cli("families", "export", "--db", url) == 0
    out, _ = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert [(r["settlement"], r["born_early_weeks"]) for r in rows] == [
        ("altina", ""), ("altina", "34"), ("zemun-polje", "")]
    assert all(r["child_age_months"].isdigit() and r["status"] for r in rows)
    for secret in ("Mira", "Luka", "Vesna", "123", "2025", "12.5"):
        assert secret not in out
    assert all(r["invitation_opened"] == "no" and r["mediator_id"] == str(mediator) for r in rows)
    assert await run_cli("families", "export", "--mediator", str(other), "--db", url) == 0
    assert capsys.readouterr().out.strip() == ",".join(EXPORT_COLUMNS)
