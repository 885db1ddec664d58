"""`cavororo coordinators add / link / list / remove` on a SQLite file, and the link it prints signing in once."""

from __future__ import annotations

import re

import pytest

from bot.cli import main
from bot.config import Settings
from bot.dashboard.coordinators_commands import accounts_for
from bot.storage.database import Database


def run(capsys, *argv: str) -> str:
    main(list(argv))
    return capsys.readouterr().out


def test_an_account_is_added_listed_given_a_new_link_and_removed(tmp_path, capsys, monkeypatch):
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.delenv("PUBLIC_BASE_URL", raising=False)
    added = run(capsys, "coordinators", "add", "--name", "Lab coordinator", "--db", url,
                "--base-url", "https://lab.example.org")
    assert "coordinator 1 added (every family)" in added
    first = re.search(r"https://lab\.example\.org/dashboard/sign-in\?token=([A-Za-z0-9_-]{40,})", added)
    assert first is not None
    listing = run(capsys, "coordinators", "list", "--db", url)
    assert re.search(r"1\s+all\s+Lab coordinator", listing)
    again = run(capsys, "coordinators", "link", "1", "--db", url)
    second = re.search(r"/dashboard/sign-in\?token=([A-Za-z0-9_-]{40,})", again)
    assert second is not None and second.group(1) != first.group(1)

    import asyncio

    from bot.clock import SystemClock

    async def redeem(token: str) -> bool:
        database = Database.from_url(url)
        try:
            return await accounts_for(Settings(DATABASE_URL=url), database).redeem(token, SystemClock().now()) \
                is not None
        finally:
            await database.dispose()

    assert asyncio.run(redeem(first.group(1))) is False  # replaced by the new link
    assert asyncio.run(redeem(second.group(1))) is True
    assert asyncio.run(redeem(second.group(1))) is False  # once only
    assert "removed" in run(capsys, "coordinators", "remove", "1", "--db", url)
    assert "Lab coordinator" not in run(capsys, "coordinators", "list", "--db", url)


def test_a_limited_account_needs_an_active_mediator_and_a_name(tmp_path, capsys):
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    with pytest.raises(SystemExit, match="no active mediator 4"):
        run(capsys, "coordinators", "add", "--name", "M", "--mediator", "4", "--db", url)
    with pytest.raises(SystemExit, match="--name"):
        run(capsys, "coordinators", "add", "--name", "   ", "--db", url)
    with pytest.raises(SystemExit, match="no coordinator 9"):
        run(capsys, "coordinators", "remove", "9", "--db", url)
