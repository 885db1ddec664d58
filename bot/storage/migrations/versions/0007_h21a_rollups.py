"""Dashboard: dashboard_rollup, the daily pre-aggregated counts the dashboard's panels read (issue 21).

Counts only, by day, settlement and mediator id: no family, child or chat id, no name, phone or birth date.
Rebuilt from the other tables by ``cavororo dashboard-rollup`` and once a day by the scheduler.

Revision ID: 0007_h21a_rollups
Revises: 0006_child_gender
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h21a_rollups"
down_revision: str | None = "0007_h20r_reviews"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dashboard_rollup",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("measure", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("settlement", sa.String(64), nullable=False, server_default=sa.text("''")),
        sa.Column("mediator_id", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("a", sa.String(64), nullable=False, server_default=sa.text("''")),
        sa.Column("b", sa.String(64), nullable=False, server_default=sa.text("''")),
        sa.Column("c", sa.String(64), nullable=False, server_default=sa.text("''")),
        sa.Column("value", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  server_default=sa.text("0")),
        sa.PrimaryKeyConstraint("id", name="pk_dashboard_rollup"),
    )
    op.create_index("ix_dashboard_rollup_measure_day", "dashboard_rollup", ["measure", "day"])


def downgrade() -> None:
    op.drop_index("ix_dashboard_rollup_measure_day", table_name="dashboard_rollup")
    op.drop_table("dashboard_rollup")
