"""Mediators: mediator, family_profile, invitation, family_note, mediator_notice, audit_log.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _moment(name: str, *, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    ]


def _fk(column: str, table: str, owner: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{table}.id"], name=f"fk_{owner}_{column}_{table}", ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "mediator",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("chat_id", sa.Integer(), nullable=True),
        _moment("disabled_at"),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="pk_mediator"),
        sa.UniqueConstraint("chat_id", name="uq_mediator_chat_id"),
        _fk("chat_id", "chat", "mediator", "SET NULL"),
    )
    op.create_table(
        "family_profile",
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("mediator_id", sa.Integer(), nullable=True),
        sa.Column("caregiver", sa.String(64), nullable=False),
        sa.Column("locale", sa.String(16), nullable=False),
        sa.Column("settlement", sa.String(64), nullable=False),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("consent_method", sa.String(32), nullable=False),
        _moment("enrolled_at"),
        _moment("help_requested_at"),
        *_stamps(),
        sa.PrimaryKeyConstraint("family_id", name="pk_family_profile"),
        _fk("family_id", "family", "family_profile", "CASCADE"),
        _fk("mediator_id", "mediator", "family_profile", "SET NULL"),
    )
    op.create_index("ix_family_profile_mediator_id", "family_profile", ["mediator_id"])
    op.create_index("ix_family_profile_phone", "family_profile", ["phone"])
    op.create_table(
        "invitation",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, nullable=False),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("mediator_id", sa.Integer(), nullable=True),
        sa.Column("family_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(64), nullable=False),
        _moment("created_at", nullable=False),
        _moment("expires_at", nullable=False),
        _moment("used_at"),
        sa.Column("used_by_chat_id", sa.Integer(), nullable=True),
        _moment("revoked_at"),
        sa.PrimaryKeyConstraint("id", name="pk_invitation"),
        sa.UniqueConstraint("code_hash", name="uq_invitation_code_hash"),
        _fk("mediator_id", "mediator", "invitation", "CASCADE"),
        _fk("family_id", "family", "invitation", "CASCADE"),
        _fk("used_by_chat_id", "chat", "invitation", "SET NULL"),
    )
    op.create_index("ix_invitation_mediator_id", "invitation", ["mediator_id"])
    op.create_index("ix_invitation_family_id", "invitation", ["family_id"])
    op.create_table(
        "family_note",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("mediator_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        _moment("created_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_family_note"),
        _fk("family_id", "family", "family_note", "CASCADE"),
        _fk("mediator_id", "mediator", "family_note", "SET NULL"),
    )
    op.create_index("ix_family_note_family_id", "family_note", ["family_id"])
    op.create_table(
        "mediator_notice",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, nullable=False),
        sa.Column("mediator_id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        _moment("created_at", nullable=False),
        _moment("sent_at"),
        _moment("seen_at"),
        sa.PrimaryKeyConstraint("id", name="pk_mediator_notice"),
        _fk("mediator_id", "mediator", "mediator_notice", "CASCADE"),
        _fk("family_id", "family", "mediator_notice", "CASCADE"),
    )
    op.create_index("ix_mediator_notice_mediator_id_seen_at", "mediator_notice", ["mediator_id", "seen_at"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
                  autoincrement=True, nullable=False),
        _moment("at", nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=True),
        sa.Column("mediator_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(128), nullable=False, server_default=sa.text("''")),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_family_id", "audit_log", ["family_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_family_id", table_name="audit_log")
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_mediator_notice_mediator_id_seen_at", table_name="mediator_notice")
    op.drop_table("mediator_notice")
    op.drop_index("ix_family_note_family_id", table_name="family_note")
    op.drop_table("family_note")
    op.drop_index("ix_invitation_family_id", table_name="invitation")
    op.drop_index("ix_invitation_mediator_id", table_name="invitation")
    op.drop_table("invitation")
    op.drop_index("ix_family_profile_phone", table_name="family_profile")
    op.drop_index("ix_family_profile_mediator_id", table_name="family_profile")
    op.drop_table("family_profile")
    op.drop_table("mediator")
