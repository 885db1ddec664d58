"""Mediator notices become an outbox kind (issue 18, defect 2): one delivery queue for everything sent.

- ``outbox.mediator_id`` (``mediator.id``, ``ON DELETE CASCADE``): set on rows of kind ``notice``, which go to
  that mediator's chat.
- ``outbox.family_id`` may be NULL: a notice about no family (a thank-you for an applied Romani proposal).
- Unsent, unseen ``mediator_notice`` rows become pending outbox rows (idempotency key
  ``notice:<id>``, as bot/storage/notices.py writes them), so nothing is lost on upgrade.
- ``mediator_notice`` keeps what her work list needs (``seen_at``); its delivery columns go.

The downgrade puts the delivery columns back, marks every notice whose outbox row was sent (or ended) as sent,
and removes the notice rows and the column from the outbox.

Revision ID: 0008_notices_outbox
Revises: 0007_h21a_rollups
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_notices_outbox"
down_revision: str | None = "0007_h21a_rollups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK = "fk_outbox_mediator_id_mediator"
INDEX = "ix_outbox_mediator_id"
KEY = "'notice:' || CAST(n.id AS VARCHAR(20))"


def upgrade() -> None:
    bind = op.get_bind()
    # On SQLite a copy of the outbox (nothing refers to it, so dropping the old table cascades nowhere; its partial
    # indexes are copied with their WHERE); on PostgreSQL plain ALTERs.
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("mediator_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(FK, "mediator", ["mediator_id"], ["id"], ondelete="CASCADE")
        batch.create_index(INDEX, ["mediator_id"])
        # a notice about no family (an editor applied her Romani proposal) is an outbox row without a family
        batch.alter_column("family_id", existing_type=sa.Integer(), nullable=True)
    # Every unsent notice waits in the outbox from now on: due at once (quiet hours still hold it back),
    # its local day the UTC day of its creation (notices never use the local day).
    day = ("date(n.created_at)" if bind.dialect.name == "sqlite"
           else "CAST((n.created_at AT TIME ZONE 'UTC') AS DATE)")
    op.execute(
        "INSERT INTO outbox (family_id, child_id, kind, item, stage, due_at, local_day, idempotency_key, "
        "schedule_version, state, attempts, next_attempt_at, created_at, mediator_id) "
        f"SELECT n.family_id, NULL, 'notice', n.kind, 'notice', n.created_at, {day}, {KEY}, "
        "1, 'pending', n.attempts, n.next_attempt_at, n.created_at, n.mediator_id "
        "FROM mediator_notice n WHERE n.sent_at IS NULL AND n.seen_at IS NULL")
    with op.batch_alter_table("mediator_notice") as batch:  # nothing refers to mediator_notice: a copy is safe
        batch.drop_column("next_attempt_at")
        batch.drop_column("attempts")
        batch.drop_column("lease_until")
        batch.drop_column("sent_at")


def downgrade() -> None:
    with op.batch_alter_table("mediator_notice") as batch:
        batch.add_column(sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0")))
        batch.add_column(sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True))
    # A notice is unsent afterwards only while its outbox row still waits (pending, or claimed right now).
    op.execute(
        "UPDATE mediator_notice SET sent_at = created_at WHERE NOT EXISTS (SELECT 1 FROM outbox o "
        "WHERE o.kind = 'notice' AND o.state IN ('pending', 'sending') "
        "AND o.idempotency_key = 'notice:' || CAST(mediator_notice.id AS VARCHAR(20)))")
    op.execute("DELETE FROM outbox WHERE kind = 'notice'")
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("family_id", existing_type=sa.Integer(), nullable=False)
        batch.drop_index(INDEX)
        batch.drop_constraint(FK, type_="foreignkey")
        batch.drop_column("mediator_id")
