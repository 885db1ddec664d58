"""Milestone check-ins (issue 19): the answers per child with the day and the corrected age, and one status per
child and checkpoint (done, skipped, postponed, re-check; act early and whether the mediator was told).

Both tables go with their child (``ON DELETE CASCADE``; erasure also deletes them explicitly).

Revision ID: 0007_h19a_checkins
Revises: 0006_child_gender
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h19a_checkins"
down_revision: str | None = "0006_child_gender"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checkin_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(64), nullable=False),
        sa.Column("answer", sa.String(16), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("age_days", sa.Integer(), nullable=False),
        sa.Column("recheck", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_checkin_answer"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], name="fk_checkin_answer_child_id_child",
                                ondelete="CASCADE"),
    )
    op.create_index("ix_checkin_answer_child_id_months", "checkin_answer", ["child_id", "months"])
    op.create_table(
        "checkin_status",
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("not_before", sa.Date(), nullable=True),
        sa.Column("act_early", sa.Boolean(), nullable=False),
        sa.Column("told_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("child_id", "months", name="pk_checkin_status"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], name="fk_checkin_status_child_id_child",
                                ondelete="CASCADE"),
    )


def downgrade() -> None:
    op.drop_table("checkin_status")
    op.drop_index("ix_checkin_answer_child_id_months", table_name="checkin_answer")
    op.drop_table("checkin_answer")
