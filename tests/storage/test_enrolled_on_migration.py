"""Migration 0006: a child's enrolment day becomes a column, backfilled from created_at in the TIMEZONE setting."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from alembic import command

from bot.storage import make_engine, migrate
from bot.storage.database import alembic_config

# 22:30 and 23:30 UTC on 28 March 2026: still the 28th in UTC, 23:30 and 00:30 (the 29th) in Belgrade (CET).
LATE_EVENING = datetime(2026, 3, 28, 22, 30, tzinfo=UTC)
AFTER_MIDNIGHT_IN_BELGRADE = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)


def _downgrade(connection: sa.Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.downgrade(config, "0005")


@pytest.mark.parametrize(("zone", "days"), [
    pytest.param("Europe/Belgrade", [date(2026, 3, 28), date(2026, 3, 29)], id="belgrade"),
    pytest.param("UTC", [date(2026, 3, 28), date(2026, 3, 28)], id="utc"),
    pytest.param("America/New_York", [date(2026, 3, 28), date(2026, 3, 28)], id="new-york"),
])
async def test_existing_children_get_the_local_day_of_their_creation_in_the_configured_zone(
    database_url: str, zone: str, days: list[date],
) -> None:
    await migrate(database_url)
    engine = make_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_downgrade)
            await connection.execute(sa.text("INSERT INTO family (id, consent_by) VALUES (1, 'parent')"))
            for child_id, at in enumerate((LATE_EVENING, AFTER_MIDNIGHT_IN_BELGRADE), start=1):
                at_value = at.replace(tzinfo=None) if connection.dialect.name == "sqlite" else at
                await connection.execute(
                    sa.text("INSERT INTO child (id, family_id, birth_date, created_at, updated_at) "
                            "VALUES (:id, 1, :born, :at, :at)").bindparams(
                        sa.bindparam("born", type_=sa.Date()), sa.bindparam("at", type_=sa.DateTime(timezone=True))),
                    {"id": child_id, "born": date(2026, 1, 5), "at": at_value})
        await migrate(engine, zone)
        async with engine.connect() as connection:
            query = sa.text("SELECT enrolled_on FROM child ORDER BY id").columns(enrolled_on=sa.Date())
            found = list((await connection.execute(query)).scalars())
    finally:
        await engine.dispose()
    assert found == days
