"""Engine, migrations and transactions, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from bot.core.family import Chat, Family
from bot.core.messages import ChannelUser
from bot.storage import Database, make_engine, migrate
from bot.storage.database import alembic_config
from bot.storage.models import Base

TABLES = {"family", "chat", "child", "vaccination_record", "tip_seen", "processed_inbound", "outbox"}
TABLES |= {"mediator", "family_profile", "invitation", "family_note", "mediator_notice", "audit_log"}
TABLES |= {"statistic"}  # issue 9: privacy
TABLES |= {"generated_file"}  # issue 18: files served until their chat is erased
TABLES |= {"child_removal"}  # issue 17: children removed, counted by reason
TABLES |= {"checkin_answer", "checkin_status"}  # issue 19: milestone check-ins
TABLES |= {"checkback_answer"}  # issue 19: answers to the activity check-backs
TABLES |= {"dashboard_account", "dashboard_link", "dashboard_session", "dashboard_audit"}  # issue 21: dashboard
TABLES |= {"review_proposal"}  # issue 20: Romani review proposals by mediators
TABLES |= {"dashboard_rollup"}  # issue 21: the dashboard's daily counts
USER = ChannelUser("telegram", "1001")


async def _tables_and_revision(url: str) -> tuple[set[str], str | None]:
    engine = make_engine(url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: set(sa.inspect(sync).get_table_names()))
            revision = await connection.run_sync(
                lambda sync: MigrationContext.configure(sync).get_current_revision()
            )
    finally:
        await engine.dispose()
    return tables, revision


async def test_migrating_a_fresh_database_twice_reaches_head_once(database_url: str) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()

    await migrate(database_url)
    await migrate(database_url)

    tables, revision = await _tables_and_revision(database_url)
    assert tables == TABLES | {"alembic_version"}
    assert revision == head


async def test_models_and_migrations_agree(database: Database) -> None:
    def differences(connection: sa.Connection) -> list[object]:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        return compare_metadata(context, Base.metadata)

    async with database.engine.connect() as connection:
        assert await connection.run_sync(differences) == []


async def test_exception_inside_a_transaction_leaves_nothing(database: Database) -> None:
    class Boom(Exception):
        pass

    try:
        async with database.transaction() as store:
            family = await store.create_family(Family(consent_by="parent"))
            await store.save_chat(Chat(user=USER, family_id=family.id, step="ask-birth-date"))
            assert await store.claim_inbound("telegram", "7")
            raise Boom
    except Boom:
        pass

    async with database.transaction() as store:
        assert await store.get_chat(USER) is None
        assert await store.get_family(family.id) is None
        assert await store.claim_inbound("telegram", "7")


async def test_a_new_database_on_the_same_url_sees_the_saved_chat(database_url: str) -> None:
    await migrate(database_url)
    first = Database.from_url(database_url)
    async with first.transaction() as store:
        await store.save_chat(Chat(user=USER, locale="rom", step="ask-birth-date", data={"child": 1}))
    await first.dispose()

    await migrate(database_url)
    second = Database.from_url(database_url)
    try:
        async with second.transaction() as store:
            chat = await store.get_chat(USER)
    finally:
        await second.dispose()
    assert chat is not None
    assert (chat.locale, chat.step, chat.data) == ("rom", "ask-birth-date", {"child": 1})


async def test_ping_answers_when_the_database_is_there(database: Database) -> None:
    assert await database.ping() is True


async def test_ping_reports_a_database_that_cannot_be_reached() -> None:
    # A closed port. (Not a SQLite file that cannot be opened: aiosqlite then leaves a worker thread that
    # reports to the event loop after the test closed it.)
    missing = Database.from_url("postgresql+asyncpg://nobody@127.0.0.1:1/none")
    try:
        assert await missing.ping() is False
    finally:
        await missing.dispose()


async def test_sqlite_file_uses_wal_foreign_keys_and_busy_timeout(tmp_path) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        async with engine.connect() as connection:
            journal = await connection.scalar(sa.text("PRAGMA journal_mode"))
            foreign_keys = await connection.scalar(sa.text("PRAGMA foreign_keys"))
            busy_timeout = await connection.scalar(sa.text("PRAGMA busy_timeout"))
    finally:
        await engine.dispose()
    assert (journal, foreign_keys, busy_timeout) == ("wal", 1, 5000)


async def test_an_in_memory_database_keeps_data_while_its_engine_is_open() -> None:
    database = Database.from_url("sqlite+aiosqlite://")
    try:
        await migrate(database.engine)
        async with database.transaction() as store:
            await store.save_chat(Chat(user=USER, step="ask-language"))
        async with database.transaction() as store:
            assert (await store.get_chat(USER)).step == "ask-language"
    finally:
        await database.dispose()
