"""Vaccination records: "given, I don't know the date" (a complete card, a lost paper).

A record with ``date_known`` false keeps in ``given_on`` the day it was recorded (the dose was given by then).

Revision ID: 0006_record_dates
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_record_dates"
down_revision: str | None = "0006_files_and_notices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("vaccination_record") as batch:
        batch.add_column(sa.Column("date_known", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("vaccination_record") as batch:
        batch.drop_column("date_known")
