"""The lab's dashboard (issue 21): coordinator accounts, one-time sign-in links, sessions and their audit trail.

Revision ID: 0007_h21w_dashboard
Revises: 0006_child_gender
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_h21w_dashboard"
down_revision: str | None = "0007_h20v_voice"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _moment(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _account(owner: str) -> list[sa.Column | sa.ForeignKeyConstraint]:
    return [sa.Column("account_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(["account_id"], ["dashboard_account.id"],
                                    name=f"fk_{owner}_account_id_dashboard_account", ondelete="CASCADE")]


def upgrade() -> None:
    op.create_table(
        "dashboard_account",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("mediator_id", sa.Integer(), nullable=True),
        _moment("created_at"),
        sa.ForeignKeyConstraint(["mediator_id"], ["mediator.id"], name="fk_dashboard_account_mediator_id_mediator",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_dashboard_account"),
    )
    op.create_index("ix_dashboard_account_mediator_id", "dashboard_account", ["mediator_id"])
    op.create_table(
        "dashboard_link",
        sa.Column("token_hash", sa.String(64), nullable=False),
        *_account("dashboard_link"),
        _moment("expires_at"),
        _moment("used_at", nullable=True),
        sa.PrimaryKeyConstraint("token_hash", name="pk_dashboard_link"),
    )
    op.create_index("ix_dashboard_link_account_id", "dashboard_link", ["account_id"])
    op.create_table(
        "dashboard_session",
        sa.Column("token_hash", sa.String(64), nullable=False),
        *_account("dashboard_session"),
        sa.Column("csrf", sa.String(64), nullable=False),
        _moment("created_at"),
        _moment("expires_at"),
        sa.PrimaryKeyConstraint("token_hash", name="pk_dashboard_session"),
    )
    op.create_index("ix_dashboard_session_account_id", "dashboard_session", ["account_id"])
    op.create_table(
        "dashboard_audit",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True,
                  nullable=False),
        _moment("at"),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.String(128), nullable=False, server_default=sa.text("''")),
        sa.PrimaryKeyConstraint("id", name="pk_dashboard_audit"),
    )
    op.create_index("ix_dashboard_audit_at", "dashboard_audit", ["at"])


def downgrade() -> None:
    op.drop_table("dashboard_audit")
    op.drop_table("dashboard_session")
    op.drop_table("dashboard_link")
    op.drop_table("dashboard_account")
