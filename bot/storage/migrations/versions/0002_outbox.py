"""Reminders: the outbox table (planned and sent messages) and the family's reminder settings.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _moment(name: str, *, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("family") as family:
        family.add_column(sa.Column("tip_weekday", sa.Integer(), nullable=False, server_default=sa.text("1")))
        family.add_column(sa.Column("tip_hour", sa.Integer(), nullable=False, server_default=sa.text("10")))
        family.add_column(_moment("reminders_paused_until"))
        family.add_column(
            sa.Column("reminders_stopped", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "outbox",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("item", sa.String(64), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        _moment("due_at", nullable=False),
        sa.Column("local_day", sa.Date(), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.Column("schedule_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("state", sa.String(16), nullable=False, server_default=sa.text("'pending'")),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0")),
        _moment("lease_until"),
        _moment("next_attempt_at"),
        _moment("sent_at"),
        sa.Column("channel_message_id", sa.String(128), nullable=True),
        sa.Column("last_error", sa.String(64), nullable=True),
        sa.Column("answer", sa.String(16), nullable=True),
        _moment("answered_at"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("idempotency_key", name="uq_outbox_idempotency_key"),
        sa.ForeignKeyConstraint(
            ["family_id"], ["family.id"], name="fk_outbox_family_id_family", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], name="fk_outbox_child_id_child", ondelete="CASCADE"),
    )
    # Deleting a child cascades here, and re-planning reads a child's rows: without this both would scan.
    op.create_index("ix_outbox_child_id", "outbox", ["child_id"])
    # Small partial indexes for the planner's questions "is this tip planned already?" and "did the parent
    # answer done?", asked for every child concerned by a day.
    open_tip = sa.text("kind = 'tip' AND state IN ('pending', 'sending')")
    op.create_index("ix_outbox_open_tip", "outbox", ["child_id", "item"], sqlite_where=open_tip,
                    postgresql_where=open_tip)
    answered = sa.text("answer IS NOT NULL")
    op.create_index("ix_outbox_answered", "outbox", ["child_id", "kind", "item"], sqlite_where=answered,
                    postgresql_where=answered)
    op.create_index("ix_outbox_state_due_at", "outbox", ["state", "due_at"])
    # Also serves every lookup by family alone (its leading column), so family_id needs no index of its own.
    op.create_index("ix_outbox_family_id_local_day", "outbox", ["family_id", "local_day"])


    # The planner finds the children with something due on a day from their birth dates (one range per
    # schedule item) and re-plans what changed since its last look (updated_at, a new vaccination record).
    op.create_index("ix_child_birth_date_family_id", "child", ["birth_date", "family_id"])
    op.create_index("ix_child_updated_at", "child", ["updated_at"])
    op.create_index("ix_family_updated_at", "family", ["updated_at"])
    op.create_index("ix_family_tip_weekday", "family", ["tip_weekday"])  # the day's weekly tips start here
    op.create_index("ix_vaccination_record_created_at", "vaccination_record", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_vaccination_record_created_at", table_name="vaccination_record")
    op.drop_index("ix_family_tip_weekday", table_name="family")
    op.drop_index("ix_family_updated_at", table_name="family")
    op.drop_index("ix_child_updated_at", table_name="child")
    op.drop_index("ix_child_birth_date_family_id", table_name="child")
    op.drop_index("ix_outbox_family_id_local_day", table_name="outbox")
    op.drop_index("ix_outbox_state_due_at", table_name="outbox")
    op.drop_index("ix_outbox_answered", table_name="outbox")
    op.drop_index("ix_outbox_open_tip", table_name="outbox")
    op.drop_index("ix_outbox_child_id", table_name="outbox")
    op.drop_table("outbox")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch: a batch copies and drops the table, which with
    # foreign keys on deletes every child (tests/storage/test_migration_keeps_data.py).
    for column in ("reminders_stopped", "reminders_paused_until", "tip_hour", "tip_weekday"):
        op.drop_column("family", column)
