"""A repeated signed callback is processed once, whatever its event (issue 18, defect 7): a replayed
``unsubscribed`` does not mark a parent who wrote in between unreachable again, a replayed ``subscribed`` or
``message`` does not undo a later unsubscribe."""

from __future__ import annotations

from typing import Any

import pytest

from tests.channels.viber.harness import Harness, ViberUser

pytestmark = pytest.mark.asyncio(loop_scope="module")
STAMP = 1_795_000_000_000


def unsubscribed(user: ViberUser, token: int) -> dict[str, Any]:
    return {"event": "unsubscribed", "timestamp": STAMP, "message_token": token, "user_id": user.user_id}


def subscribed(user: ViberUser, token: int) -> dict[str, Any]:
    return {"event": "subscribed", "timestamp": STAMP, "message_token": token,
            "user": {"id": user.user_id, "name": "Parent"}}


def message(user: ViberUser, token: int) -> dict[str, Any]:
    return {"event": "message", "timestamp": STAMP, "message_token": token,
            "sender": {"id": user.user_id, "name": "Parent", "api_version": 8},
            "message": {"type": "text", "text": "/menu"}}


# (what happened, in order; the body replayed afterwards; whether the chat is reachable at the end)
SCENES = {
    "unsubscribed, wrote, unsubscribed replayed": ([unsubscribed, message], 0, True),
    "unsubscribed, subscribed, unsubscribed, subscribed replayed": ([unsubscribed, subscribed, unsubscribed], 1,
                                                                     False),
    "wrote, unsubscribed, the message replayed": ([message, unsubscribed], 0, False),
}


@pytest.mark.parametrize(("steps", "replayed", "reachable"), list(SCENES.values()), ids=list(SCENES))
async def test_a_replayed_callback_changes_nothing(viber: Harness, steps: list[Any], replayed: int,
                                                   reachable: bool) -> None:
    user = viber.user()
    await user.onboard("en")
    bodies = [make(user, 880_000 + 10 * len(viber.api.sent) + index) for index, make in enumerate(steps)]
    for body in bodies:
        assert (await viber.post(body)).status == 200
    before = len(viber.api.sent_to(user.user_id))
    assert (await viber.post(bodies[replayed])).status == 200  # the same signed body again
    assert (await viber.chat(user.user_id)).active is reachable
    assert len(viber.api.sent_to(user.user_id)) == before  # and nothing was answered twice
