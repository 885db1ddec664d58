"""Child: the grammatical gender the parent gave ("girl", "boy"), so the words about the child agree with it.

NULL (the parent skipped the question, and every child added before this revision) means neutral wording.

Revision ID: 0006_child_gender
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_child_gender"
down_revision: str | None = "0006_child_loss"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("child") as batch:
        batch.add_column(sa.Column("gender", sa.String(8), nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch: a batch copies and drops the table, which with
    # foreign keys on deletes every record of the child (tests/storage/test_migration_keeps_data.py).
    op.drop_column("child", "gender")
