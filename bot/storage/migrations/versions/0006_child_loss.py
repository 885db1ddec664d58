"""Removing a child: child_removal (daily counts of the reasons a family removed a child; no ids).

Revision ID: 0006_child_loss
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_child_loss"
down_revision: str | None = "0006_record_dates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "child_removal",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.PrimaryKeyConstraint("day", "reason", name="pk_child_removal"),
    )


def downgrade() -> None:
    op.drop_table("child_removal")
