"""What became of each claim, written back to the outbox in one transaction.

Every claimed row gets one change: sent (with the channel's message id), cancelled (a reason from compose),
failed (a permanent error code), back to pending at ``next_attempt_at`` (a transient error), or released
(not attempted: back to pending, the attempt not counted). A change applies only while the row is still
``sending`` under the same lease: a row whose lease ran out and was claimed again by someone else is theirs.

SQLite gets one ``UPDATE`` per row (executemany); PostgreSQL one ``UPDATE ... FROM unnest(...)`` for all of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.messages import ChannelUser
from bot.storage.database import Database
from bot.storage.models import ChatRow, OutboxRow, TipSeenRow, UtcDateTime
from scheduler.claims import Claim, NoticeClaim

OUTBOX = OutboxRow.__table__
CHAT = ChatRow.__table__
TIP_SEEN = TipSeenRow.__table__
COLUMNS = ("rid", "lease", "state", "mid", "error", "at", "delta")  # one change: see _changes
_TYPES: tuple[sa.types.TypeEngine[Any], ...] = (
    sa.BigInteger(), UtcDateTime(), sa.String(), sa.String(), sa.String(), UtcDateTime(), sa.Integer())


@dataclass(frozen=True)
class Outcome:
    """What became of one claim."""

    claim: Claim | NoticeClaim
    sent_ids: Sequence[int] = ()
    message_id: str | None = None
    dropped: dict[int, str] = field(default_factory=dict)  # row id -> reason: cancelled
    retry_at: datetime | None = None  # transient failure: back to pending then
    failed: str | None = None  # permanent failure code: every remaining row failed
    error: str | None = None  # the error code behind a retry
    release: bool = False  # not attempted (the lease was too short): back to pending, attempt not counted
    unreachable: Sequence[ChannelUser] = ()  # chats to mark inactive


def _changes(outcome: Outcome) -> list[tuple[object, ...]]:
    """(row id, lease, new state, message id, last_error, next_attempt_at, attempts delta) per claimed row."""
    lease = outcome.claim.lease_until
    changes: list[tuple[object, ...]] = [(rid, lease, "sent", outcome.message_id, None, None, 0)
                                         for rid in outcome.sent_ids]
    changes += [(rid, lease, "cancelled", None, why, None, 0) for rid, why in outcome.dropped.items()]
    rest = [i.id for i in outcome.claim.items if i.id not in outcome.dropped and i.id not in outcome.sent_ids]
    if outcome.release:
        changes += [(rid, lease, "pending", None, None, None, -1) for rid in rest]
    elif outcome.failed is not None:
        changes += [(rid, lease, "failed", None, outcome.failed, None, 0) for rid in rest]
    elif outcome.retry_at is not None:
        changes += [(rid, lease, "pending", None, outcome.error, outcome.retry_at, 0) for rid in rest]
    return changes


def _update(source: Mapping[str, Any], now: datetime) -> sa.Update:
    return (
        sa.update(OUTBOX)
        .where(OUTBOX.c.id == source["rid"], OUTBOX.c.state == "sending", OUTBOX.c.lease_until == source["lease"])
        .values(state=source["state"], lease_until=None, last_error=source["error"],
                sent_at=sa.case((source["state"] == "sent", sa.literal(now, UtcDateTime())), else_=OUTBOX.c.sent_at),
                channel_message_id=sa.func.coalesce(source["mid"], OUTBOX.c.channel_message_id),
                next_attempt_at=sa.func.coalesce(source["at"], OUTBOX.c.next_attempt_at),
                attempts=OUTBOX.c.attempts + source["delta"])
    )


async def _apply(connection: AsyncConnection, changes: list[tuple[object, ...]], now: datetime) -> None:
    if connection.dialect.name == "postgresql":
        arrays: list[sa.BindParameter[Any]] = [sa.bindparam(f"a_{name}", list(values), type_=postgresql.ARRAY(kind))
                  for name, values, kind in zip(COLUMNS, zip(*changes, strict=True), _TYPES, strict=True)]
        source = sa.func.unnest(*arrays).table_valued(*COLUMNS).render_derived(name="change")
        await connection.execute(_update({name: source.c[name] for name in COLUMNS}, now))
        return
    params: dict[str, sa.BindParameter[Any]] = {
        name: sa.bindparam(f"b_{name}", type_=kind) for name, kind in zip(COLUMNS, _TYPES, strict=True)}
    await connection.execute(_update(params, now), [{f"b_{n}": v for n, v in zip(COLUMNS, change, strict=True)}
                                                    for change in changes])


async def record(database: Database, outcomes: Sequence[Outcome], now: datetime) -> None:
    """Write what became of the claims, in one transaction."""
    changes = [change for outcome in outcomes for change in _changes(outcome)]
    tips = [{"child_id": item.child_id, "tip_id": item.item, "seen_at": now}
            for o in outcomes for item in o.claim.items
            if item.id in o.sent_ids and item.kind == "tip" and item.child_id is not None]
    async with database.engine.begin() as connection:
        if changes:
            await _apply(connection, changes, now)
        if tips:
            insert = (postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert)(TIP_SEEN)
            await connection.execute(insert.on_conflict_do_nothing(), tips)
        for user in (u for o in outcomes for u in o.unreachable):
            await connection.execute(sa.update(CHAT).where(CHAT.c.channel == user.channel,
                                                           CHAT.c.user_id == user.user_id).values(active=False))
