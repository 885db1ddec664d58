"""What one chat turn costs in SQL: the chat and its family in one query, and the family read from it is the
family the store would read on its own (also after a change in the same transaction)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from bot.core.family import Chat, Family
from bot.core.messages import ChannelUser, Inbound
from bot.storage import Database
from tests.fakes.chat import ChatDriver, make_app

# A menu turn: the dedupe claim, the chat with its family, the mediator check, last_inbound_at. A new statement
# in every turn costs every update (docs/performance.md, "Telegram inbound"): raise this only on purpose.
MENU_TURN_STATEMENTS = 4


async def test_a_menu_turn_reads_the_chat_and_its_family_in_one_statement(tmp_path) -> None:
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path / 'turn.sqlite3'}")
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()))

    try:
        driver = ChatDriver(app, channel="telegram")
        await driver.onboard("en")
        sa.event.listen(app.database.engine.sync_engine, "before_cursor_execute", record)
        replies = await app.inbox.handle(Inbound(driver.user, press="menu"), inbound_id="update-1")  # as channels do
    finally:
        sa.event.remove(app.database.engine.sync_engine, "before_cursor_execute", record)
        await app.close()
    assert replies
    assert not [s for s in statements if s.startswith("SELECT") and " FROM family WHERE" in s]
    assert any("FROM chat LEFT OUTER JOIN family" in s for s in statements)
    assert len(statements) <= MENU_TURN_STATEMENTS, statements


async def test_the_family_read_with_the_chat_is_the_family_the_store_reads(database: Database) -> None:
    user = ChannelUser("telegram", "4242")
    async with database.transaction() as store:
        ours = await store.create_family(Family(consent_by="parent"))
        other = await store.create_family(Family(consent_by="mediator:1"))
        await store.save_chat(Chat(user=user, family_id=ours.id))
    async with database.transaction() as store:
        chat = await store.get_chat(user)
        assert chat is not None
        assert await store.get_family(other.id) == other  # not the chat's family, read on its own
        await store.get_chat(user)
        await store.save_family(Family(consent_by="parent", tip_hour=18, id=ours.id))
        assert await store.get_family(ours.id) == Family(consent_by="parent", tip_hour=18, id=ours.id)
        assert await store.get_family(ours.id) == Family(consent_by="parent", tip_hour=18, id=ours.id)
