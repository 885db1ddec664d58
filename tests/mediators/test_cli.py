"""`cavororo mediators add | invite | list | disable`: the operator's side, through the command line."""

from __future__ import annotations

import re

import zxingcpp
from PIL import Image

from bot.core.invitation_codes import EXPIRED, VALID, hash_code, state_of
from bot.storage import Database, make_engine
from bot.storage.mediators import SqlMediators
from tests.mediators.field import BOT_USERNAME, CHAT_URI, LINK_SETTINGS, run_cli

LINK = re.compile(r"(https://t\.me/\S+|viber://\S+)")



async def _invitation_state(url: str, code: str) -> str:
    database = Database(make_engine(url))
    try:
        async with database.transaction() as store:
            invitation = await SqlMediators(store.session).find_invitation(hash_code(code))
    finally:
        await database.dispose()
    assert invitation is not None
    return state_of(invitation, invitation.created_at)


async def test_adding_a_mediator_prints_her_links_and_a_qr_code_that_reads_back(tmp_path, capsys,
                                                                                 monkeypatch) -> None:
    for key, value in LINK_SETTINGS.items():
        monkeypatch.setenv(key, value)
    url = f"sqlite+aiosqlite:///{tmp_path / 'ops.sqlite3'}"
    qr = tmp_path / "ana.png"
    assert await run_cli("mediators", "add", "--name", "  Ana   Petrović ", "--qr", str(qr), "--db", url) == 0
    out = capsys.readouterr().out
    telegram, viber = sorted(LINK.findall(out))
    code = telegram.rsplit("=", 1)[1]
    assert telegram == f"https://t.me/{BOT_USERNAME}?start={code}"
    assert viber == f"viber://pa?chatURI={CHAT_URI}&context={code}"
    assert {r.text for r in zxingcpp.read_barcodes(Image.open(qr))} == {telegram, viber}
    assert qr.stat().st_mode & 0o077 == 0

    assert await run_cli("mediators", "invite", "1", "--qr", str(tmp_path / "again.png"), "--db", url) == 0
    new_code = LINK.findall(capsys.readouterr().out)[0].rsplit("=", 1)[1]
    assert await _invitation_state(url, code) == EXPIRED  # replaced
    assert await _invitation_state(url, new_code) == VALID

    assert await run_cli("mediators", "add", "--name", "Bojana", "--qr", str(tmp_path / "b.png"), "--db", url) == 0
    assert await run_cli("mediators", "disable", "1", "--hand-over-to", "1", "--db", url) == 1
    capsys.readouterr()
    # Bojana never opened her invitation: the families would reach no one, so nothing changes
    assert await run_cli("mediators", "disable", "1", "--hand-over-to", "2", "--db", url) == 1
    assert await run_cli("mediators", "disable", "1", "--db", url) == 0
    assert await run_cli("mediators", "disable", "1", "--db", url) == 1
    capsys.readouterr()
    assert await run_cli("mediators", "list", "--db", url) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["1", "disabled", "no", "0", "Ana", "Petrović"]
    assert lines[2].split() == ["2", "active", "no", "0", "Bojana"]
    assert await _invitation_state(url, new_code) == EXPIRED  # a disabled mediator's invitation is revoked


async def test_without_messenger_settings_the_code_is_printed_for_the_terminal(tmp_path, capsys,
                                                                               monkeypatch) -> None:
    for key in LINK_SETTINGS:
        monkeypatch.delenv(key, raising=False)
    url = f"sqlite+aiosqlite:///{tmp_path / 'ops.sqlite3'}"
    assert await run_cli("mediators", "add", "--name", "Ana", "--qr", str(tmp_path / "x.png"), "--db", url) == 0
    out, err = capsys.readouterr()
    assert re.search(r"terminal:\s+/start [A-Za-z0-9_-]{22}\n", out)
    assert "TELEGRAM_BOT_USERNAME" in err and not (tmp_path / "x.png").exists()
    assert await run_cli("mediators", "add", "--name", "", "--db", url) != 0
