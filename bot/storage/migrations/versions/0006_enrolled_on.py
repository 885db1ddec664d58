"""Child: the local day it was added (``enrolled_on``), a fact the bot writes from its Clock.

The planner used to take a child's enrolment day from ``child.created_at``, a wall-clock audit stamp. Existing
children get the local day of their ``created_at`` in the configured ``TIMEZONE`` (one UPDATE per local day, so
the day is exact on SQLite too, which has no time zones); new children get the adding turn's ``Clock.today()``.

Revision ID: 0006_enrolled_on
Revises: 0005
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import context, op

revision: str = "0006_enrolled_on"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHILD = sa.table("child", sa.column("enrolled_on", sa.Date()), sa.column("created_at", sa.DateTime(timezone=True)))


def upgrade() -> None:
    with op.batch_alter_table("child") as child:
        child.add_column(sa.Column("enrolled_on", sa.Date(), nullable=True))
    _backfill(_zone())
    with op.batch_alter_table("child") as child:
        child.alter_column("enrolled_on", existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch: a batch copies and drops the table, which with
    # foreign keys on deletes every record of the child (tests/storage/test_migration_keeps_data.py).
    op.drop_column("child", "enrolled_on")


def _zone() -> ZoneInfo:
    """The zone of ``migrate(..., timezone=...)``, else the ``TIMEZONE`` variable, else Europe/Belgrade."""
    name = context.config.attributes.get("timezone") or os.environ.get("TIMEZONE") or "Europe/Belgrade"
    return ZoneInfo(name)


def _backfill(zone: ZoneInfo) -> None:
    bind = op.get_bind()
    first, last = bind.execute(sa.select(sa.func.min(CHILD.c.created_at), sa.func.max(CHILD.c.created_at))).one()
    if first is None:
        return
    day, last_day = _local_day(first, zone), _local_day(last, zone)
    while day <= last_day:
        start, end = _utc_start(day, zone), _utc_start(day + timedelta(days=1), zone)
        bind.execute(sa.update(CHILD).where(CHILD.c.created_at >= start, CHILD.c.created_at < end)
                     .values(enrolled_on=day))
        day += timedelta(days=1)


def _local_day(moment: datetime | str, zone: ZoneInfo) -> date:
    if isinstance(moment, str):  # SQLite hands back the stored text
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def _utc_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
