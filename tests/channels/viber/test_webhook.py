"""POST /viber over real HTTP: the signature is checked before anything, bad bodies never crash or get retried."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.channels.viber.webhook import signature
from tests.channels.viber.harness import MAX_BODY_BYTES, TOKEN, Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")

USER_ID = "Zm9vYmFyYmF6cXV4PQ=="  # never gets a chat in this module: every request for it is refused


def _message(user_id: str = USER_ID, token: int = 77, **changes: Any) -> dict[str, Any]:
    body = {"event": "message", "timestamp": 1, "message_token": token,
            "sender": {"id": user_id, "name": "Parent"}, "message": {"type": "text", "text": "zdravo"}}
    return {**body, **changes}


RAW = json.dumps(_message()).encode()


async def _nothing_happened(viber: Harness, calls_before: int) -> None:
    assert len(viber.api.calls) == calls_before
    assert await viber.chat(USER_ID) is None


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(None, id="missing"),
        pytest.param("", id="empty"),
        pytest.param("0" * 64, id="wrong"),
        pytest.param(signature(RAW, "another-token"), id="other-token"),
        pytest.param(signature(RAW + b" ", TOKEN), id="other-body"),
        pytest.param(signature(RAW, TOKEN)[:-1], id="truncated"),
        pytest.param("ž" * 64, id="not-ascii"),
    ],
)
async def test_a_callback_without_the_right_signature_gets_403_and_changes_nothing(
        viber: Harness, header: str | None) -> None:
    calls = len(viber.api.calls)
    answer = await viber.post(RAW, signature_value=header)
    assert answer.status == 403
    await _nothing_happened(viber, calls)


async def test_a_correctly_signed_callback_is_accepted_in_either_case_of_hex(viber: Harness) -> None:
    user = viber.user()
    raw = json.dumps(_message(user.user_id, token=78)).encode()
    answer = await viber.post(raw, signature_value=signature(raw, TOKEN).upper())
    assert answer.status == 200
    assert user.received  # the engine answered


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"{not json", id="not-json"),
        pytest.param(b"\xff\xfe", id="not-utf8"),
        pytest.param(b"[1, 2]", id="array"),
        pytest.param(b'{"timestamp": 1}', id="no-event"),
        pytest.param(json.dumps({"event": "message", "message_token": 1}).encode(), id="message-without-sender"),
        pytest.param(json.dumps(_message(sender={"id": 42})).encode(), id="numeric-user-id"),
        pytest.param(json.dumps(_message(message="hi")).encode(), id="message-not-an-object"),
        pytest.param(json.dumps({"event": "conversation_started", "user": None}).encode(), id="started-no-user"),
        pytest.param(json.dumps({"event": "unsubscribed", "user_id": ""}).encode(), id="empty-user-id"),
        pytest.param(b"[" * 10_000 + b"]" * 10_000, id="deeply-nested"),
    ],
)
async def test_a_signed_body_that_cannot_be_read_gets_200_and_is_ignored(viber: Harness, body: bytes) -> None:
    calls = len(viber.api.calls)
    answer = await viber.post(body)
    assert answer.status == 200  # Viber would repeat anything else for an hour
    assert answer.body == b""
    await _nothing_happened(viber, calls)


async def test_an_unknown_event_gets_200_and_only_its_name_is_logged(
        viber: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    calls = len(viber.api.calls)
    answer = await viber.post({"event": "client_status", "user_id": USER_ID, "message_token": 5})
    assert answer.status == 200
    await _nothing_happened(viber, calls)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))
    assert "client_status" in ours
    assert USER_ID not in ours


async def _chunks(data: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(data), 8192):
        yield data[start:start + 8192]


@pytest.mark.parametrize("chunked", [pytest.param(False, id="content-length"), pytest.param(True, id="chunked")])
async def test_an_oversized_body_gets_413(viber: Harness, chunked: bool) -> None:
    calls = len(viber.api.calls)
    body = json.dumps(_message(message={"type": "text", "text": "a" * MAX_BODY_BYTES})).encode()
    headers = {"X-Viber-Content-Signature": signature(body, TOKEN)}
    async with viber.http.post(viber.url + "/viber", data=_chunks(body) if chunked else body,
                               headers=headers) as response:
        assert response.status == 413
    await viber.settle()
    await _nothing_happened(viber, calls)


@pytest.mark.parametrize("event", ["webhook", "delivered", "seen", "failed"])
async def test_notification_events_get_200_and_send_nothing(viber: Harness, event: str) -> None:
    calls = len(viber.api.calls)
    answer = await viber.post({"event": event, "timestamp": 1, "message_token": 9, "user_id": USER_ID,
                               "desc": "failure"})
    assert answer.status == 200
    await _nothing_happened(viber, calls)


async def test_health_reports_a_token_viber_accepts(viber: Harness) -> None:
    await viber.channel.start()
    assert (await viber.channel.health())["ok"] is True
    async with viber.http.get(viber.url + "/healthz") as response:
        assert response.status == 200
        assert (await response.json())["viber"]["ok"] is True


async def test_health_reports_a_token_viber_refuses(viber: Harness) -> None:
    viber.api.token = "the-token-was-revoked"
    await viber.channel.start()
    assert await viber.channel.health() == {"ok": False, "pending": 0, "error": "viber_invalidAuthToken"}
    viber.api.token = TOKEN
    await viber.channel.start()
    assert (await viber.channel.health())["ok"] is True
