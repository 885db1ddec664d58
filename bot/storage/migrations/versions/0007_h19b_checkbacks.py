"""Activity check-backs (issue 19, items 4-5): the parents' answers, and a family setting to turn them off.

- ``checkback_answer``: one row per answered check-back (an outbox row of kind ``checkback``): the child, the tip
  asked about, the answer (``yes``, ``not_yet``, ``hard``), when, and the child's age in days then. It goes with
  the child (``ON DELETE CASCADE``), so /delete, removing a child and retention erase it.
- ``family.checkbacks_off``: the parent turned check-backs off in Settings -> Reminders.

Revision ID: 0007_h19b_checkbacks
Revises: 0006_child_gender
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h19b_checkbacks"
down_revision: str | None = "0007_h19a_checkins"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checkback_answer",
        sa.Column("outbox_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("tip_id", sa.String(64), nullable=False),
        sa.Column("answer", sa.String(16), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("age_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("outbox_id", name="pk_checkback_answer"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], name="fk_checkback_answer_child_id_child",
                                ondelete="CASCADE"),
    )
    op.create_index("ix_checkback_answer_child_id", "checkback_answer", ["child_id"])
    # A plain ALTER TABLE ADD COLUMN, also on SQLite: a batch "move and copy" would drop the family table, and with
    # foreign keys on that cascades to every child (tests/storage/test_migration_keeps_data.py).
    op.add_column("family", sa.Column("checkbacks_off", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch: a batch copies and drops the table, which with
    # foreign keys on deletes every child (tests/storage/test_migration_keeps_data.py).
    op.drop_column("family", "checkbacks_off")
    op.drop_index("ix_checkback_answer_child_id", table_name="checkback_answer")
    op.drop_table("checkback_answer")
