"""A mediator whose Romani proposal an editor applies is thanked once, in her chat, by a mediator notice; a
mediator whose proposal was rejected, or who proposed nothing, is not."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import sqlalchemy as sa

from bot.clock import FixedClock
from bot.storage.models import NOTICE, MediatorNoticeRow, OutboxRow
from scheduler.dispatcher import Dispatcher
from tests.fakes.sender import FakeSender
from tests.mediators.field import mediator_chat, run_cli
from tests.mediators.review_kit import proposals, review_app, skip_to_plain_text


async def _notices(app) -> list[tuple[int, str]]:
    query = sa.select(MediatorNoticeRow.mediator_id, MediatorNoticeRow.kind).order_by(MediatorNoticeRow.id)
    async with app.database.transaction() as store:
        return [tuple(r) for r in await store.session.execute(query)]


async def test_a_mediator_is_thanked_once_when_her_proposal_is_applied(tmp_path):
    app, root, url = await review_app(tmp_path)
    try:
        mira_record, mira = await mediator_chat(app, "Mira Jovanović", "thanks-mira", locale="rom")
        ana_record, ana = await mediator_chat(app, "Ana Nikolić", "thanks-ana", locale="sr-Latn")
        dana_record, _dana = await mediator_chat(app, "Dana Stojković", "thanks-dana", locale="en")
        await mira.press_id("mediator-menu-romani")
        await skip_to_plain_text(app, mira)  # a message without placeholders: her words pass the content check
        await mira.press_id("review-button-write")
        await mira.text("Lačho đes! Kava si nevo teksto andar e medijatorka.")
        await ana.press_id("mediator-menu-romani")
        await ana.press_id("review-button-write")
        await ana.text("Nešto drugo")
        mine, hers = await proposals(app)
        assert await run_cli("content", "reviews", "reject", str(hers.id), "--reason", "Serbian", "--db", url) == 0
        assert await _notices(app) == []  # a rejection thanks no one
        assert await run_cli("content", "reviews", "apply", str(mine.id), "--content", str(root), "--db", url) == 0

        assert await _notices(app) == [(mira_record.id, "review_applied")]
        sender = FakeSender("terminal")
        # The command wrote the notice at the machine's time: send it at 10:00 UTC the next day, outside quiet hours.
        async with app.database.transaction() as store:
            written = await store.session.scalar(sa.select(OutboxRow.due_at).where(OutboxRow.kind == NOTICE))
        assert written is not None
        later = datetime.combine(written.astimezone(UTC).date() + timedelta(days=1), time(10), tzinfo=UTC)
        report = await Dispatcher(app.database, {"terminal": sender}, lambda: app.translator, lambda: app.library,
                                  FixedClock(later)).dispatch()
        assert report.notices == 1
        [(user, message)] = sender.sent
        assert user == mira.user and message.text == mira.say("mediator-notice-review-applied")
        assert {ana_record.id, dana_record.id}.isdisjoint(m for m, _ in await _notices(app))
    finally:
        await app.close()
