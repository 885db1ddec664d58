"""Initial schema: family, chat, child, vaccination_record, tip_seen, processed_inbound.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp(name: str, *, nullable: bool = False, default: bool = True) -> sa.Column:
    return sa.Column(
        name,
        sa.DateTime(timezone=True),
        nullable=nullable,
        server_default=sa.func.now() if default else None,
    )


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, nullable=False)


def upgrade() -> None:
    op.create_table(
        "family",
        _id(),
        _timestamp("consent_at", nullable=True, default=False),
        sa.Column("consent_by", sa.String(64), nullable=False, server_default=sa.text("''")),
        sa.Column("notice_version", sa.String(32), nullable=False, server_default=sa.text("''")),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_family"),
    )
    op.create_table(
        "chat",
        _id(),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("user_id", sa.String(128), nullable=False),
        sa.Column("locale", sa.String(16), nullable=True),
        sa.Column("family_id", sa.Integer(), nullable=True),
        sa.Column("step", sa.String(64), nullable=False, server_default=sa.text("''")),
        sa.Column("data", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        _timestamp("last_inbound_at", nullable=True, default=False),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_chat"),
        sa.UniqueConstraint("channel", "user_id", name="uq_chat_channel_user_id"),
        sa.ForeignKeyConstraint(
            ["family_id"], ["family.id"], name="fk_chat_family_id_family", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_chat_family_id", "chat", ["family_id"])
    op.create_table(
        "child",
        _id(),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("nickname", sa.Text(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("gestational_weeks", sa.Integer(), nullable=True),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_child"),
        sa.ForeignKeyConstraint(
            ["family_id"], ["family.id"], name="fk_child_family_id_family", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_child_family_id", "child", ["family_id"])
    op.create_table(
        "vaccination_record",
        _id(),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("dose_id", sa.String(64), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_vaccination_record"),
        sa.UniqueConstraint("child_id", "dose_id", name="uq_vaccination_record_child_id_dose_id"),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name="fk_vaccination_record_child_id_child", ondelete="CASCADE"
        ),
    )
    op.create_table(
        "tip_seen",
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("tip_id", sa.String(64), nullable=False),
        _timestamp("seen_at", default=False),
        sa.PrimaryKeyConstraint("child_id", "tip_id", name="pk_tip_seen"),
        sa.ForeignKeyConstraint(
            ["child_id"], ["child.id"], name="fk_tip_seen_child_id_child", ondelete="CASCADE"
        ),
    )
    op.create_table(
        "processed_inbound",
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("inbound_id", sa.String(128), nullable=False),
        _timestamp("processed_at"),
        sa.PrimaryKeyConstraint("channel", "inbound_id", name="pk_processed_inbound"),
    )
    op.create_index("ix_processed_inbound_processed_at", "processed_inbound", ["processed_at"])


def downgrade() -> None:
    op.drop_index("ix_processed_inbound_processed_at", table_name="processed_inbound")
    op.drop_table("processed_inbound")
    op.drop_table("tip_seen")
    op.drop_table("vaccination_record")
    op.drop_index("ix_child_family_id", table_name="child")
    op.drop_table("child")
    op.drop_index("ix_chat_family_id", table_name="chat")
    op.drop_table("chat")
    op.drop_table("family")
