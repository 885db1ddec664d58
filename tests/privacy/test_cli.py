"""`cavororo privacy ...`: the operator's export, erasure, retention run and statistics."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.core.family import Chat, Child, Family
from bot.core.messages import ChannelUser
from bot.storage import Database, make_engine, migrate
from tests.fakes.chat import NOW
from tests.mediators.field import run_cli


@pytest.fixture
async def seeded(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    await migrate(url)
    database = Database(make_engine(url))
    async with database.transaction() as store:
        family = await store.create_family(Family(consent_at=NOW, consent_by="parent", notice_version="2026-11"))
        assert family.id is not None
        await store.save_chat(Chat(ChannelUser("telegram", "cli-parent"), locale="sr-Latn", family_id=family.id))
        await store.add_child(Child(family.id, date(2025, 6, 1), "Zora", enrolled_on=date(2025, 6, 2)))
    await database.dispose()
    return url, family.id


async def test_export_prints_the_familys_file(seeded, capsys) -> None:
    url, family_id = seeded
    assert await run_cli("privacy", "export", str(family_id), "--db", url) == 0
    document = json.loads(capsys.readouterr().out)
    assert [(c["nickname"], c["birth_date"]) for c in document["children"]] == [("Zora", "2025-06-01")]
    assert document["chats"] == [{"channel": "telegram", "language": "sr-Latn", "reachable": True}]
    assert await run_cli("privacy", "export", "999", "--db", url) == 1


async def test_erase_needs_yes_then_leaves_a_count(seeded, capsys) -> None:
    url, family_id = seeded
    assert await run_cli("privacy", "erase", str(family_id), "--db", url) == 1
    assert await run_cli("privacy", "export", str(family_id), "--db", url) == 0  # still there
    capsys.readouterr()
    assert await run_cli("privacy", "erase", str(family_id), "--yes", "--db", url) == 0
    assert capsys.readouterr().out == f"family {family_id} erased\n"
    assert await run_cli("privacy", "export", str(family_id), "--db", url) == 1
    assert await run_cli("privacy", "statistics", "--db", url) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split()[1:] == ["family_erased:operator", "1"]


async def test_retention_dry_run_reports_and_changes_nothing(seeded, capsys) -> None:
    url, family_id = seeded
    assert await run_cli("privacy", "retention", "--dry-run", "--db", url) == 0
    assert capsys.readouterr().out.startswith("would erase: 0 children past 7 years, 0 families left")
    assert await run_cli("privacy", "retention", "--db", url) == 0
    assert capsys.readouterr().out.startswith("erased: 0 children")
    assert await run_cli("privacy", "export", str(family_id), "--db", url) == 0
