"""A milestone check-in on Viber (issue 19): every message is a reply to the parent's own press, inside the free
window the press opened, and the check-in plans no message of its own (nothing more to pay)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.channels.viber.harness import Harness
from tests.fakes.chat import NOW

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def _scalar(viber: Harness, query: str) -> object:
    async with viber.app.database.engine.connect() as connection:
        return (await connection.execute(sa.text(query))).scalar()


async def test_a_check_in_on_viber_only_answers_the_parents_presses(viber: Harness) -> None:
    user = viber.user()
    await user.onboard("sr-Latn")
    planned = await _scalar(viber, "SELECT count(*) FROM outbox")
    await user.press_id("menu-children")
    await user.press_id("children-how")
    assert user.say("checkin-how-empty") in user.transcript
    await user.press_id("checkin-button-now")
    answers = ("checkin-button-yes", "checkin-button-not-yet", "checkin-button-yes", "checkin-button-yes",
               "checkin-button-yes")  # "not yet" to a smile at 2 months: an act-early sign
    for number, answer in enumerate(answers, 1):
        assert user.say("checkin-question-number", number=number, count=5) in user.transcript
        before = len(viber.api.sent_to(user.user_id))
        await user.press_id(answer)
        assert len(viber.api.sent_to(user.user_id)) > before  # the reply to this press, sent at once
    assert user.say("checkin-act-early", name="Mila") in user.transcript
    assert user.say("checkin-button-tell") in user.labels
    wrote = await _scalar(viber, f"SELECT last_inbound_at FROM chat WHERE user_id = '{user.user_id}'")
    assert str(wrote).startswith(NOW.strftime("%Y-%m-%d %H:%M"))  # every reply is inside the free window
    assert await _scalar(viber, "SELECT count(*) FROM outbox") == planned  # nothing planned for later
    mine = ("SELECT count(*) FROM checkin_answer JOIN child ON child.id = checkin_answer.child_id"
            f" JOIN chat ON chat.family_id = child.family_id WHERE chat.user_id = '{user.user_id}'")
    assert await _scalar(viber, mine) == 5
