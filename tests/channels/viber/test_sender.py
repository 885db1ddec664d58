"""Messages the bot starts (the Sender port): Viber's statuses, retries, the hourly limit, Viber's size limits."""

from __future__ import annotations

import logging

import pytest

from bot.channels.delivery import PermanentDeliveryError, TransientDeliveryError
from bot.channels.viber.client import MAX_REQUEST_BYTES
from bot.channels.viber.payloads import MAX_TEXT_CHARS
from bot.channels.viber.quota import HOURLY_LIMIT
from bot.channels.viber.status import ViberQuotaError
from bot.core.messages import ChannelUser
from bot.i18n.render import RenderedButton, RenderedMessage
from tests.channels.viber.harness import Harness, ViberUser

pytestmark = pytest.mark.asyncio(loop_scope="module")

PLAIN = RenderedMessage("💡 A tip", (), None, ())
REMINDER = RenderedMessage("💉 Mila: vaccine tomorrow", ((RenderedButton("✅ Done", "rem:done:1"),),), None, ())


async def _onboarded(viber: Harness) -> tuple[ViberUser, ChannelUser]:
    user = viber.user()
    await user.onboard("en")
    return user, ChannelUser("viber", user.user_id)


async def test_a_send_delivers_each_message_and_returns_viber_message_tokens(viber: Harness) -> None:
    user, chat = await _onboarded(viber)
    tokens = await viber.channel.send(chat, [REMINDER])
    sent = viber.api.sent_to(user.user_id)[-1]
    assert len(tokens) == 1 and tokens[0].isdigit()
    assert (sent["type"], sent["text"], sent["sender"]) == ("text", REMINDER.text, {"name": "Čavororo"})
    assert sent["keyboard"]["Buttons"][0]["ActionBody"] == "press:rem:done:1"


@pytest.mark.parametrize("status", [pytest.param(5, id="not-registered"), pytest.param(6, id="not-subscribed")])
async def test_a_receiver_viber_cannot_reach_is_marked_unreachable_and_sends_stop(viber: Harness, status: int) -> None:
    user, chat = await _onboarded(viber)
    viber.api.answer(user.user_id, status)
    with pytest.raises(PermanentDeliveryError) as raised:
        await viber.channel.send(chat, [REMINDER])
    assert raised.value.code in ("viber_receiverNotRegistered", "viber_receiverNotSubscribed")
    assert (await viber.chat(user.user_id)).active is False
    attempts = viber.api.attempts_to(user.user_id)
    with pytest.raises(PermanentDeliveryError):
        await viber.channel.send(chat, [REMINDER])
    assert viber.api.attempts_to(user.user_id) == attempts  # not even tried


async def test_too_many_requests_pauses_the_user_with_a_growing_backoff(viber: Harness) -> None:
    user, chat = await _onboarded(viber)
    viber.api.answer(user.user_id, 12, times=2)
    with pytest.raises(TransientDeliveryError) as first:
        await viber.channel.send(chat, [REMINDER])
    assert (first.value.code, first.value.retry_after) == ("viber_tooManyRequests", 60.0)
    attempts = viber.api.attempts_to(user.user_id)
    viber.clock.advance(seconds=30)
    with pytest.raises(TransientDeliveryError) as paused:
        await viber.channel.send(chat, [REMINDER])
    assert paused.value.retry_after == 30.0
    assert viber.api.attempts_to(user.user_id) == attempts  # paused: Viber is not asked
    viber.clock.advance(seconds=31)
    with pytest.raises(TransientDeliveryError) as second:
        await viber.channel.send(chat, [REMINDER])
    assert second.value.retry_after == 120.0
    viber.clock.advance(seconds=121)
    assert len(await viber.channel.send(chat, [REMINDER])) == 1
    assert (await viber.chat(user.user_id)).active is True


@pytest.mark.parametrize("status", [pytest.param(23, id="free-messages-exceeded"), pytest.param(24, id="no-balance")])
async def test_an_exhausted_quota_or_balance_is_its_own_error_logged_by_name(
        viber: Harness, caplog: pytest.LogCaptureFixture, status: int) -> None:
    user, chat = await _onboarded(viber)
    viber.api.answer(user.user_id, status, times=1)
    with caplog.at_level(logging.WARNING, logger="bot"), pytest.raises(ViberQuotaError) as raised:
        await viber.channel.send(chat, [REMINDER])
    assert raised.value.retry_after == 3600.0
    assert {23: "freeMessagesExceeded", 24: "noBalance"}[status] in caplog.text
    assert (await viber.chat(user.user_id)).active is True  # the family did nothing wrong


@pytest.mark.parametrize(
    ("status", "name"),
    [
        pytest.param(3, "badData", id="bad-data"),
        pytest.param(13, "apiVersionNotSupported", id="api-version"),
        pytest.param(99, "generalError", id="unknown-status"),
    ],
)
async def test_other_statuses_are_logged_by_name_without_personal_data(
        viber: Harness, caplog: pytest.LogCaptureFixture, status: int, name: str) -> None:
    user, chat = await _onboarded(viber)
    viber.api.answer(user.user_id, status, times=1)
    with caplog.at_level(logging.DEBUG, logger="bot"), pytest.raises(TransientDeliveryError) as raised:
        await viber.channel.send(chat, [REMINDER])
    assert raised.value.code == f"viber_{name}"
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))
    assert name in ours
    assert user.user_id not in ours and "Mila" not in ours


async def test_server_errors_are_retried_a_bounded_number_of_times(viber: Harness) -> None:
    user, chat = await _onboarded(viber)
    viber.api.http_errors[:] = [503, 502]
    assert len(await viber.channel.send(chat, [REMINDER])) == 1  # the third attempt got through
    viber.api.http_errors[:] = [500, 503, 504, 500]
    with pytest.raises(TransientDeliveryError) as raised:
        await viber.channel.send(chat, [REMINDER])
    assert raised.value.code == "viber_unavailable"
    assert viber.api.http_errors == [500]  # three attempts, then it gave up


async def test_at_most_100_bot_initiated_messages_per_user_per_hour(viber: Harness) -> None:
    user, chat = await _onboarded(viber)
    other, other_chat = await _onboarded(viber)
    viber.clock.advance(minutes=10)
    assert len(await viber.channel.send(chat, [PLAIN] * (HOURLY_LIMIT - 1))) == HOURLY_LIMIT - 1  # one each
    viber.clock.advance(minutes=20)
    await viber.channel.send(chat, [PLAIN])
    with pytest.raises(TransientDeliveryError) as raised:
        await viber.channel.send(chat, [PLAIN])
    assert raised.value.code == "viber_hourly_limit"
    assert raised.value.retry_after == 40 * 60  # when the first 99 leave the hour
    await viber.channel.send(other_chat, [PLAIN])  # someone else is not affected
    await user.type("/menu")  # the user wrote: Viber's count starts again
    await viber.channel.send(chat, [PLAIN])


async def test_a_long_text_is_split_and_every_request_stays_under_30_kb(viber: Harness) -> None:
    user, chat = await _onboarded(viber)
    paragraphs = ["вакцина " * 700] * 4  # 5,600 Cyrillic characters each: 22,400 in all
    text = "\n\n".join(paragraphs)
    buttons = tuple((RenderedButton(f"Дугме {i} " + "ш" * 40, f"d:{i}"),) for i in range(24))
    calls = len(viber.api.calls)
    tokens = await viber.channel.send(chat, [RenderedMessage(text, buttons, None, ())])
    assert len(tokens) == 4
    sent = viber.api.sent_to(user.user_id)[-4:]
    assert [m["text"] for m in sent] == paragraphs
    assert all(len(m["text"]) <= MAX_TEXT_CHARS for m in sent)
    assert [("keyboard" in m) for m in sent] == [False, False, False, True]
    assert all(call.size <= MAX_REQUEST_BYTES for call in viber.api.calls[calls:])


async def test_pictures_go_out_as_picture_messages_from_the_public_media_address(viber: Harness) -> None:
    user, chat = await _onboarded(viber)
    tip = RenderedMessage("💡 Read together", (), None, ("tips/books.jpg",))
    await viber.channel.send(chat, [tip])
    picture, text = viber.api.sent_to(user.user_id)[-2:]
    assert picture == {**picture, "type": "picture", "media": "https://media.example.org/m/tips/books.jpg"}
    assert text["text"] == "💡 Read together"
    assert text["keyboard"]["Buttons"][0]["ActionBody"] == "command:menu"  # no buttons: the menu is one tap away
