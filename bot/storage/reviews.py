"""Romani review proposals (bot.core.romani_review): what mediators answered, for editors to apply or reject.

:class:`SqlReviews` implements :class:`bot.core.romani_review.ReviewStore` on the dialog's transaction and adds
what ``cavororo content reviews`` needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.messages import ChannelUser
from bot.core.romani_review import STEP_RECORD, Proposal
from bot.storage.database import Database
from bot.storage.models import ChatRow, MediatorRow, ReviewProposalRow

PENDING, APPLIED, REJECTED = "pending", "applied", "rejected"


@dataclass(frozen=True)
class StoredProposal:
    id: int
    proposal: Proposal
    mediator_name: str
    state: str
    decided_at: datetime | None = None
    reason: str | None = None


async def awaits_recording(database: Database, user: ChannelUser) -> bool:
    """True when this chat is a mediator's waiting for her recording of a Romani text: only then does a channel
    download a voice note or video a user sent (nobody else's media is ever fetched)."""
    async with database.transaction() as store:
        step = await store.session.scalar(sa.select(ChatRow.step).where(
            ChatRow.channel == user.channel, ChatRow.user_id == user.user_id))
    return step == STEP_RECORD


class SqlReviews:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_proposal(self, proposal: Proposal) -> int:
        row = ReviewProposalRow(
            lang=proposal.lang, message_id=proposal.message_id, kind=proposal.kind, fingerprint=proposal.fingerprint,
            mediator_id=proposal.mediator_id, created_at=proposal.at, text=proposal.text, voice=proposal.voice,
            media_type=proposal.media_type, duration_s=proposal.duration_s, state=PENDING)
        self._session.add(row)
        await self._session.flush()
        return row.id

    async def answered(self, mediator_id: int) -> set[tuple[str, str]]:
        rows = await self._session.execute(
            sa.select(ReviewProposalRow.message_id, ReviewProposalRow.fingerprint)
            .where(ReviewProposalRow.mediator_id == mediator_id, ReviewProposalRow.state == PENDING))
        return {(message_id, fingerprint) for message_id, fingerprint in rows}

    async def proposals(self, *, state: str | None = PENDING, ids: list[int] | None = None,
                        with_voice: bool = False) -> list[StoredProposal]:
        columns = [c for c in ReviewProposalRow.__table__.columns if with_voice or c.name != "voice"]
        query = (sa.select(*columns, MediatorRow.name)
                 .outerjoin(MediatorRow, MediatorRow.id == ReviewProposalRow.mediator_id)
                 .order_by(ReviewProposalRow.id))
        if state is not None:
            query = query.where(ReviewProposalRow.state == state)
        if ids is not None:
            query = query.where(ReviewProposalRow.id.in_(ids))
        found = []
        for row in (await self._session.execute(query)).mappings():
            proposal = Proposal(row["message_id"], row["kind"], row["fingerprint"], row["mediator_id"],
                                row["created_at"], text=row["text"], voice=row.get("voice"),
                                media_type=row["media_type"], duration_s=row["duration_s"], lang=row["lang"])
            found.append(StoredProposal(row["id"], proposal, row["name"] or "?", row["state"], row["decided_at"],
                                        row["reason"]))
        return found

    async def decide(self, proposal_id: int, state: str, at: datetime, reason: str | None = None) -> bool:
        """Mark a pending proposal applied or rejected; False when it is not pending (or unknown).

        A recording's bytes go with the decision: applied, they live in content/media/; rejected, nobody needs them."""
        result = await self._session.execute(
            sa.update(ReviewProposalRow).where(ReviewProposalRow.id == proposal_id, ReviewProposalRow.state == PENDING)
            .values(state=state, decided_at=at, reason=reason, voice=None))
        return bool(getattr(result, "rowcount", 0))
