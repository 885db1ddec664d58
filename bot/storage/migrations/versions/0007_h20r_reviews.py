"""Romani review proposals: a mediator confirms a Romani message, writes it better or records it (issue 20).

Revision ID: 0007_h20r_reviews
Revises: 0006_child_gender
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h20r_reviews"
down_revision: str | None = "0007_h21w_dashboard"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("message_id", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("mediator_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("voice", sa.LargeBinary(), nullable=True),
        sa.Column("media_type", sa.String(64), nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False, server_default=sa.text("'pending'")),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_review_proposal"),
    )
    op.create_index("ix_review_proposal_message_id", "review_proposal", ["message_id"])
    op.create_index("ix_review_proposal_mediator_id", "review_proposal", ["mediator_id"])


def downgrade() -> None:
    op.drop_index("ix_review_proposal_mediator_id", table_name="review_proposal")
    op.drop_index("ix_review_proposal_message_id", table_name="review_proposal")
    op.drop_table("review_proposal")
