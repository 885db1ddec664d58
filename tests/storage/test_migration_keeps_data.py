"""Upgrading a database that holds families keeps every family and child.

On SQLite a batch migration that copies and drops the ``family`` table cascades, with foreign keys on, to every
child (and from the child to its records): each revision after the last one real deployments ran must upgrade
with the data in place."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import command

from bot.storage import make_engine, migrate
from bot.storage.database import alembic_config

DEPLOYED = "0006_child_gender"  # the head of the last release: every later revision runs on live data


def _to(revision: str):
    def run(connection: sa.Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    return run


async def test_upgrading_from_the_last_release_keeps_families_children_and_records(database_url: str) -> None:
    await migrate(database_url)
    engine = make_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_to(DEPLOYED))
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
        await migrate(engine)
        async with engine.connect() as connection:
            counts = [(await connection.execute(sa.text(f"SELECT count(*) FROM {table}"))).scalar_one()
                      for table in ("family", "child", "vaccination_record")]
    finally:
        await engine.dispose()
    assert counts == [2, 3, 1]
