"""Upgrading a database that holds families keeps every family and child.

On SQLite a batch migration that copies and drops the ``family`` table cascades, with foreign keys on, to every
child (and from the child to its records): each revision after the last one real deployments ran must upgrade
with the data in place."""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import command
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.storage import make_engine, migrate
from bot.storage.database import alembic_config

DEPLOYED = "0006_child_gender"  # the head of the last release: every later revision runs on live data


def _to(revision: str):
    def run(connection: sa.Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    return run


async def _two_families_three_children_one_record(connection: AsyncConnection) -> None:
    await connection.execute(sa.text("INSERT INTO family (id, consent_by) VALUES (1, 'parent'), (2, 'parent')"))
    for child_id, family_id in ((1, 1), (2, 1), (3, 2)):
        await connection.execute(
            sa.text("INSERT INTO child (id, family_id, birth_date, created_at, updated_at, enrolled_on) "
                    "VALUES (:id, :family, :born, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :born)").bindparams(
                sa.bindparam("born", type_=sa.Date())),
            {"id": child_id, "family": family_id, "born": date(2026, 1, 5)})
    await connection.execute(sa.text(
        "INSERT INTO vaccination_record (child_id, dose_id, given_on, recorded_by) "
        "VALUES (1, 'bcg', :given, 'parent')").bindparams(sa.bindparam("given", type_=sa.Date())),
        {"given": date(2026, 1, 6)})


async def _counts(engine: AsyncEngine) -> list[int]:
    """Families, children, vaccination records."""
    async with engine.connect() as connection:
        return [(await connection.execute(sa.text(f"SELECT count(*) FROM {table}"))).scalar_one()
                for table in ("family", "child", "vaccination_record")]


async def test_upgrading_from_the_last_release_keeps_families_children_and_records(database_url: str) -> None:
    await migrate(database_url)
    engine = make_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_to(DEPLOYED))
            await _two_families_three_children_one_record(connection)
        await migrate(engine)
        counts = await _counts(engine)
    finally:
        await engine.dispose()
    assert counts == [2, 3, 1]


async def test_upgrading_carries_unsent_mediator_notices_into_the_outbox_and_back(database_url: str) -> None:
    """0008_notices_outbox: an unsent notice becomes a pending outbox row of kind "notice" (nothing is lost on
    upgrade); one sent or seen already does not; the downgrade gives the unsent one back to mediator_notice."""
    await migrate(database_url)
    engine = make_engine(database_url)
    created = sa.bindparam("at", type_=sa.DateTime(timezone=True))
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_to("0007_h21a_rollups"))
            await connection.execute(sa.text("INSERT INTO family (id, consent_by) VALUES (1, 'parent')"))
            await connection.execute(sa.text(
                "INSERT INTO mediator (id, name, active, created_at, updated_at) "
                "VALUES (7, 'Ana', true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            for notice_id, sent, seen in ((1, False, False), (2, True, False), (3, False, True)):
                await connection.execute(sa.text(
                    "INSERT INTO mediator_notice (id, mediator_id, family_id, kind, created_at, sent_at, seen_at, "
                    "attempts) VALUES (:id, 7, 1, 'help', :at, "
                    + ("CURRENT_TIMESTAMP" if sent else "NULL") + ", " + ("CURRENT_TIMESTAMP" if seen else "NULL")
                    + ", 2)").bindparams(created), {"id": notice_id, "at": datetime(2026, 11, 22, 9, tzinfo=UTC)})
            await connection.execute(sa.text(  # about no family: a thank-you for an applied Romani proposal
                "INSERT INTO mediator_notice (id, mediator_id, family_id, kind, created_at, attempts) "
                "VALUES (4, 7, NULL, 'review_applied', :at, 0)").bindparams(created),
                {"at": datetime(2026, 11, 22, 10, tzinfo=UTC)})
        await migrate(engine)
        async with engine.connect() as connection:
            carried = list(await connection.execute(sa.text(
                "SELECT family_id, mediator_id, kind, item, state, attempts, idempotency_key, local_day "
                "FROM outbox ORDER BY idempotency_key")))
        assert [tuple(r)[:7] for r in carried] == [(1, 7, "notice", "help", "pending", 2, "notice:1"),
                                                   (None, 7, "notice", "review_applied", "pending", 0, "notice:4")]
        assert str(carried[0].local_day) == "2026-11-22"
        async with engine.begin() as connection:
            await connection.run_sync(_to("0007_h21a_rollups"))
            unsent = list(await connection.scalars(sa.text(
                "SELECT id FROM mediator_notice WHERE sent_at IS NULL ORDER BY id")))
            left = await connection.scalar(sa.text("SELECT count(*) FROM outbox"))
        assert (unsent, left) == ([1, 4], 0)
        await migrate(engine)
    finally:
        await engine.dispose()


async def test_downgrading_to_before_the_last_release_and_back_keeps_families_children_and_records(
        database_url: str) -> None:
    """The downgrades that drop a column of ``family`` or ``child`` (voice notes, check-backs, gender, enrolment
    day) drop only the column: on SQLite they used to copy and drop the whole table, and with foreign keys on that
    deleted every child, and every child's records."""
    await migrate(database_url)
    engine = make_engine(database_url)

    try:
        async with engine.begin() as connection:
            await _two_families_three_children_one_record(connection)
        async with engine.begin() as connection:
            await connection.run_sync(_to("0005"))  # below 0006_enrolled_on: every such downgrade ran
        assert await _counts(engine) == [2, 3, 1]
        await migrate(engine)  # 0006_enrolled_on copies child on SQLite: with foreign keys off, records stay
        assert await _counts(engine) == [2, 3, 1]
        if engine.dialect.name == "sqlite":  # and they are on again for the bot
            async with engine.connect() as connection:
                assert (await connection.exec_driver_sql("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        await engine.dispose()
