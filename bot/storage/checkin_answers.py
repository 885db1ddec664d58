"""The milestone check-ins on the dialog's transaction (bot.core.checkin_dialog.CheckinStore): answers and one
status per child and checkpoint, and the act-early notice to the family's mediator."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.checkins import CheckinAnswer, CheckinStatus
from bot.storage.models import CheckinAnswerRow, CheckinStatusRow, ChildRow

ACT_EARLY_NOTICE = "act_early"  # mediator_notice.kind; Fluent "mediator-notice-act-early"


class CheckinAnswers:
    _session: AsyncSession

    async def checkin_statuses(self, child_id: int) -> dict[int, CheckinStatus]:
        rows = await self._session.scalars(sa.select(CheckinStatusRow).where(CheckinStatusRow.child_id == child_id))
        return {row.months: status_of(row) for row in rows}

    async def checkin_answers(self, child_id: int) -> list[CheckinAnswer]:
        rows = await self._session.scalars(sa.select(CheckinAnswerRow).where(CheckinAnswerRow.child_id == child_id)
                                           .order_by(CheckinAnswerRow.id))
        return [answer_of(row) for row in rows]

    async def add_checkin_answer(self, child_id: int, answer: CheckinAnswer) -> None:
        self._session.add(CheckinAnswerRow(child_id=child_id, months=answer.months, question=answer.question,
                                           answer=answer.answer, answered_on=answer.answered_on,
                                           age_days=answer.age_days, recheck=answer.recheck))
        await self._session.flush()

    async def save_checkin_status(self, child_id: int, status: CheckinStatus) -> None:
        row = await self._session.get(CheckinStatusRow, (child_id, status.months))
        if row is None:
            row = CheckinStatusRow(child_id=child_id, months=status.months)
            self._session.add(row)
        row.state, row.not_before, row.act_early = status.state, status.not_before, status.act_early
        row.told_at = status.told_at.astimezone(UTC) if status.told_at else None
        row.handled_at = status.handled_at.astimezone(UTC) if status.handled_at else None
        await self._session.flush()

    async def act_early_to_mediator(self, family_id: int, child_id: int, months: int, at: datetime) -> bool:
        """Write the notice to the family's active mediator and mark the check-in told; False without one."""
        mediator = await self.family_mediator(family_id)
        row = await self._session.get(CheckinStatusRow, (child_id, months))
        if mediator is None or row is None:
            return False
        if row.told_at is None:
            row.told_at, row.handled_at = at.astimezone(UTC), None
            await self.tell_mediator(mediator, family_id, ACT_EARLY_NOTICE, at)
        await self._session.flush()
        return True

    async def family_mediator(self, family_id: int) -> int | None:  # bot.storage.child_removal
        raise NotImplementedError

    async def tell_mediator(self, mediator_id: int, family_id: int, kind: str, at: datetime) -> None:
        raise NotImplementedError


def status_of(row: CheckinStatusRow) -> CheckinStatus:
    return CheckinStatus(row.months, row.state, row.not_before, row.act_early, row.told_at, row.handled_at)


def answer_of(row: CheckinAnswerRow) -> CheckinAnswer:
    return CheckinAnswer(row.months, row.question, row.answer, row.answered_on, row.age_days, row.recheck)


async def act_early_open(session: AsyncSession, family_ids: list[int]) -> dict[int, int]:
    """Per family: act-early check-ins its parent told the mediator about that she has not marked handled."""
    if not family_ids:
        return {}
    query = (sa.select(ChildRow.family_id, sa.func.count())
             .join(CheckinStatusRow, CheckinStatusRow.child_id == ChildRow.id)
             .where(ChildRow.family_id.in_(family_ids), CheckinStatusRow.told_at.is_not(None),
                    CheckinStatusRow.handled_at.is_(None))
             .group_by(ChildRow.family_id))
    return {family_id: count for family_id, count in await session.execute(query)}


async def act_early_handled(session: AsyncSession, family_id: int, at: datetime) -> None:
    """The mediator marked the family's act-early notices handled (with "help handled")."""
    children = sa.select(ChildRow.id).where(ChildRow.family_id == family_id).scalar_subquery()
    await session.execute(sa.update(CheckinStatusRow).where(
        CheckinStatusRow.child_id.in_(children), CheckinStatusRow.told_at.is_not(None),
        CheckinStatusRow.handled_at.is_(None)).values(handled_at=at.astimezone(UTC)))


async def answer_counts(session: AsyncSession, child_ids: list[int]) -> dict[int, tuple[int, int, int]]:
    """Per child, for the lab's export (counts only): answers given, "Not yet" answers, act-early check-ins."""
    if not child_ids:
        return {}
    counts: dict[int, list[int]] = {}
    query = (sa.select(CheckinAnswerRow.child_id, CheckinAnswerRow.answer, sa.func.count())
             .where(CheckinAnswerRow.child_id.in_(child_ids))
             .group_by(CheckinAnswerRow.child_id, CheckinAnswerRow.answer))
    for child_id, answer, count in await session.execute(query):
        entry = counts.setdefault(child_id, [0, 0, 0])
        entry[0] += count
        entry[1] += count if answer == "not_yet" else 0
    flagged = (sa.select(CheckinStatusRow.child_id, sa.func.count())
               .where(CheckinStatusRow.child_id.in_(child_ids), CheckinStatusRow.act_early.is_(True))
               .group_by(CheckinStatusRow.child_id))
    for child_id, count in await session.execute(flagged):
        counts.setdefault(child_id, [0, 0, 0])[2] = count
    return {child_id: (a, b, c) for child_id, (a, b, c) in counts.items()}
