"""Migration 0002 (outbox, family reminder settings) and the outbox repository, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.family import Family
from bot.storage import Database, make_engine, migrate
from bot.storage.database import alembic_config
from bot.storage.outbox import OutboxRepository, PlannedRow
from tests.scheduler.planner_world import add_child, add_family, local, outbox

PAUSED = datetime(2026, 7, 1, 6, tzinfo=UTC)


async def test_a_familys_reminder_settings_are_saved_and_read_back(database: Database) -> None:
    async with database.transaction() as store:
        default = await store.create_family(Family(consent_by="parent"))
        chosen = await store.create_family(
            Family(tip_weekday=4, tip_hour=18, reminders_paused_until=PAUSED, reminders_stopped=True)
        )

    async with database.transaction() as store:
        assert await store.get_family(default.id) == Family(consent_by="parent", id=default.id)
        loaded = await store.get_family(chosen.id)
    assert loaded is not None
    assert (loaded.tip_weekday, loaded.tip_hour, loaded.reminders_paused_until, loaded.reminders_stopped) == (
        4, 18, PAUSED, True,
    )


async def test_the_outbox_migration_goes_down_and_up_again(database_url: str) -> None:
    def downgrade(connection: sa.Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")

    await migrate(database_url)
    engine = make_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(downgrade)
            tables = await connection.run_sync(lambda sync: set(sa.inspect(sync).get_table_names()))
            columns = await connection.run_sync(
                lambda sync: {column["name"] for column in sa.inspect(sync).get_columns("family")}
            )
        assert "outbox" not in tables and "tip_weekday" not in columns
        await migrate(engine)
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: set(sa.inspect(sync).get_table_names()))
        assert "outbox" in tables
    finally:
        await engine.dispose()


async def test_an_existing_key_is_skipped_and_a_cancelled_row_frees_its_key(fast_database: Database) -> None:
    family = await add_family(fast_database)
    child = await add_child(fast_database, family, datetime(2026, 4, 1, tzinfo=UTC).date())
    due = local(datetime(2026, 6, 1, tzinfo=UTC).date(), 10)
    row = PlannedRow(family, child, "vaccine", "hepb_2", "on", due, due.date(), "vaccine:hepb_2:on:x:1", 7)

    async with AsyncSession(fast_database.engine) as session, session.begin():
        repository = OutboxRepository(session)
        assert await repository.insert([row], due) == 1
        assert await repository.insert([row], due) == 0
        [planned] = await repository.child_rows(child)
        assert await repository.cancel([planned.id]) == 1
        assert await repository.cancel([planned.id]) == 0  # only pending rows are cancelled
        assert await repository.insert([row], due) == 1

    rows = await outbox(fast_database, child_id=child)
    assert [(r["state"], r["idempotency_key"]) for r in rows] == [
        ("cancelled", f"vaccine:hepb_2:on:x:1#{planned.id}"), ("pending", "vaccine:hepb_2:on:x:1"),
    ]
