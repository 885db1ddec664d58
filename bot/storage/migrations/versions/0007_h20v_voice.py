"""Family: whether to also send voice recordings of messages (issue 20).

NULL (every family before this revision, and any family that never chose) means the default: on for a chat
reading Romani, off for the others (bot.core.voice); true or false is the parent's choice in Settings -> Reminders.

Revision ID: 0007_h20v_voice
Revises: 0006_child_gender
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h20v_voice"
down_revision: str | None = "0007_h19b_checkbacks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("family") as batch:
        batch.add_column(sa.Column("voice_notes", sa.Boolean(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch: a batch copies and drops the table, which with
    # foreign keys on deletes every child (tests/storage/test_migration_keeps_data.py).
    op.drop_column("family", "voice_notes")
