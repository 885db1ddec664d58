"""Outbox: index the family alone, not (family_id, local_day).

Every query by family (the dispatcher's claims, erasure, the mediators' work list) reads the rows themselves for
their state anyway, so the day in the index narrowed nothing; on SQLite it stored the day as ten characters in
every entry. The planner adds ~82,000 rows a day for a million children, spread over every family, so each day
rewrites most pages of this index: the narrower index is 15 % fewer pages written per planned day
(docs/performance.md). On a large outbox the upgrade takes some seconds (the index is built once).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_outbox_family_id", "outbox", ["family_id"])
    op.drop_index("ix_outbox_family_id_local_day", table_name="outbox")


def downgrade() -> None:
    op.create_index("ix_outbox_family_id_local_day", "outbox", ["family_id", "local_day"])
    op.drop_index("ix_outbox_family_id", table_name="outbox")
