"""Privacy: statistic (daily aggregate counts that outlive erased data).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "statistic",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  server_default=sa.text("0")),
        sa.PrimaryKeyConstraint("day", "name", name="pk_statistic"),
    )


def downgrade() -> None:
    op.drop_table("statistic")
