"""Generated files erased with their chat; mediator notices claimed with a lease and retried with backoff.

- ``generated_file``: one row per file served at /files/ (bot/generated_files.py); a file without a row is not
  served. The row goes with its chat (``ON DELETE CASCADE``), so /delete stops a /mydata download at once.
- ``mediator_notice``: ``lease_until`` (claimed by a dispatcher until then), ``attempts`` and ``next_attempt_at``
  (a failed send waits the dispatcher's backoff), so two processes never send one notice twice.

Revision ID: 0006_files_and_notices
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_files_and_notices"
down_revision: str | None = "0006_enrolled_on"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "generated_file",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_generated_file"),
        sa.ForeignKeyConstraint(["chat_id"], ["chat.id"], name="fk_generated_file_chat_id_chat", ondelete="CASCADE"),
    )
    op.create_index("ix_generated_file_chat_id", "generated_file", ["chat_id"])
    with op.batch_alter_table("mediator_notice") as batch:
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0")))
        batch.add_column(sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mediator_notice") as batch:
        batch.drop_column("next_attempt_at")
        batch.drop_column("attempts")
        batch.drop_column("lease_until")
    op.drop_index("ix_generated_file_chat_id", table_name="generated_file")
    op.drop_table("generated_file")
