"""Sending: the Sender the reminders use, and what Telegram's errors do (403, 429, 5xx, timeouts, the network)."""

from __future__ import annotations

import asyncio
import logging

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.methods import SendMessage

from bot.channels.delivery import PermanentDeliveryError, TransientDeliveryError
from bot.channels.telegram.courier import Courier
from bot.channels.telegram.pacing import Pacer
from bot.core.messages import ChannelUser
from bot.i18n.render import RenderedButton, RenderedMessage
from tests.channels.telegram.harness import VirtualTimer, World
from tests.fakes.telegram_api import TOKEN, Fault
from tests.fakes.telegram_updates import membership_update

pytestmark = pytest.mark.asyncio(loop_scope="session")


def note(text: str, *buttons: tuple[str, str], media: tuple[str, ...] = ()) -> RenderedMessage:
    rows = tuple((RenderedButton(label, data),) for label, data in buttons)
    return RenderedMessage(text, rows, None, media)


def user(chat_id: int) -> ChannelUser:
    return ChannelUser("telegram", str(chat_id))


async def test_the_sender_delivers_text_intact_and_returns_the_message_ids(webhook_world: World, chat_ids) -> None:
    chat_id = next(chat_ids)
    text = "Vakcina _MMR_ *danas*: <donesite> knjižicu & karton"
    ids = await webhook_world.channel.send(user(chat_id), [note(text, ("Urađeno", "rem-done:1")), note("Drugo")])
    sent = webhook_world.fake.sent(chat_id)
    assert [c.text for c in sent] == [text, "Drugo"]
    assert sent[0].buttons == [[("Urađeno", "rem-done:1")]]
    assert ids == [str(c) for c in range(int(ids[0]), int(ids[0]) + 2)]


async def test_the_sender_splits_a_long_text_at_paragraphs(webhook_world: World, chat_ids) -> None:
    chat_id = next(chat_ids)
    paragraphs = [f"{n} " + "a" * 2500 for n in range(4)]
    ids = await webhook_world.channel.send(user(chat_id), [note("\n\n".join(paragraphs))])
    assert [c.text for c in webhook_world.fake.sent(chat_id)] == paragraphs
    assert len(ids) == 4


async def test_the_sender_sends_a_photo_with_the_text_as_caption(webhook_world: World, chat_ids) -> None:
    chat_id = next(chat_ids)
    await webhook_world.channel.send(user(chat_id), [note("Čitajte & pevajte", media=("tips/reading.jpg",))])
    (photo,) = webhook_world.fake.sent(chat_id)
    assert photo.method == "sendPhoto" and photo.text == "Čitajte & pevajte"
    assert list(photo.files.values()) == [len(b"\xff\xd8\xff\xe0fake-jpeg")]


async def test_a_message_with_button_data_telegram_would_refuse_is_not_sent(webhook_world: World, chat_ids) -> None:
    chat_id = next(chat_ids)
    with pytest.raises(PermanentDeliveryError) as caught:
        await webhook_world.channel.send(user(chat_id), [note("Podsetnik", ("Urađeno", "rem-done:" + "9" * 60))])
    assert caught.value.code == "rejected"
    assert webhook_world.fake.sent(chat_id) == []


async def test_a_chat_on_another_channel_is_refused(webhook_world: World) -> None:
    with pytest.raises(PermanentDeliveryError) as caught:
        await webhook_world.channel.send(ChannelUser("viber", "abc="), [note("x")])
    assert caught.value.code == "not_a_telegram_chat"


async def test_a_parent_who_blocked_the_bot_is_marked_unreachable_and_not_sent_to(webhook_world: World,
                                                                                  chat_ids) -> None:
    world = webhook_world
    parent = world.parent(next(chat_ids))
    await parent.onboard("en")
    world.fake.blocked.add(parent.chat_id)
    with pytest.raises(PermanentDeliveryError) as caught:
        await world.channel.send(parent.user, [note("Podsetnik")])
    assert caught.value.code == "blocked"
    assert (await world.chat(parent.chat_id)).active is False
    calls = len(world.fake.calls)
    with pytest.raises(PermanentDeliveryError):
        await world.channel.send(parent.user, [note("Podsetnik")])
    assert len(world.fake.calls) == calls, "no call to Telegram for a chat known to be blocked"

    world.fake.blocked.discard(parent.chat_id)
    await parent.text("/menu")
    assert parent.transcript == parent.say("menu-title")
    assert (await world.chat(parent.chat_id)).active is True
    assert await world.channel.send(parent.user, [note("Podsetnik")])


async def test_a_403_on_a_reply_stops_the_rest_of_that_reply(webhook_world: World, chat_ids) -> None:
    world = webhook_world
    parent = world.parent(next(chat_ids))
    await parent.onboard("en")
    world.fake.blocked.add(parent.chat_id)
    calls = len(world.fake.calls)
    await parent.press_data("m:plan")
    refused = [c for c in world.fake.calls[calls:] if c.chat_id == parent.chat_id]
    assert [c.status for c in refused] == [403]
    assert (await world.chat(parent.chat_id)).active is False


@pytest.mark.parametrize(("status", "reachable"), [("kicked", False), ("member", True)], ids=["blocked", "back"])
async def test_telegram_telling_of_a_block_marks_the_chat(webhook_world: World, chat_ids, status, reachable) -> None:
    world = webhook_world
    parent = world.parent(next(chat_ids))
    await parent.onboard("en")
    if reachable:
        await world.deliver(membership_update(world.fake.next_update_id(), parent.chat_id, "kicked"))
    await world.deliver(membership_update(world.fake.next_update_id(), parent.chat_id, status))
    assert (await world.chat(parent.chat_id)).active is reachable


async def test_a_429_burst_waits_retry_after_then_delivers_everything_in_order(webhook_world: World,
                                                                              chat_ids) -> None:
    world = webhook_world
    chats = [next(chat_ids) for _ in range(3)]
    stamps: list[tuple[int | None, int, float]] = []
    world.fake.on_call = lambda call: stamps.append((call.chat_id, call.status, world.timer.now))
    world.fake.faults += [Fault(429, chat_id=c, retry_after=7, times=2, skip=1) for c in chats]
    try:
        await asyncio.gather(*(world.channel.send(user(c), [note(f"{c}-{n}") for n in range(3)]) for c in chats))
    finally:
        world.fake.on_call = None
    for chat_id in chats:
        assert [c.text for c in world.fake.sent(chat_id)] == [f"{chat_id}-{n}" for n in range(3)]
        mine = [(status, at) for cid, status, at in stamps if cid == chat_id]
        assert [status for status, _ in mine] == [200, 429, 429, 200, 200]
        assert mine[2][1] - mine[1][1] >= 7 - 1e-9 and mine[3][1] - mine[2][1] >= 7 - 1e-9


async def test_a_429_on_a_reply_is_waited_out(webhook_world: World, chat_ids) -> None:
    world = webhook_world
    parent = world.parent(next(chat_ids))
    await parent.onboard("en")
    world.fake.faults.append(Fault(429, chat_id=parent.chat_id, retry_after=3))
    slept = len(world.timer.slept)
    await parent.press_data("menu")
    assert parent.transcript == parent.say("menu-title")
    assert any(s == pytest.approx(3.0) for s in world.timer.slept[slept:])


async def test_a_long_retry_after_goes_back_to_the_dispatcher(webhook_world: World, chat_ids) -> None:
    chat_id = next(chat_ids)
    webhook_world.fake.faults.append(Fault(429, chat_id=chat_id, retry_after=3600))
    with pytest.raises(TransientDeliveryError) as caught:
        await webhook_world.channel.send(user(chat_id), [note("x")])
    assert (caught.value.code, caught.value.retry_after, caught.value.maybe_delivered) == ("rate_limited", 3600, False)


async def test_server_errors_are_retried_with_backoff(webhook_world: World, chat_ids) -> None:
    world = webhook_world
    chat_id = next(chat_ids)
    world.fake.faults.append(Fault(502, chat_id=chat_id, times=2))
    slept = len(world.timer.slept)
    assert len(await world.channel.send(user(chat_id), [note("x")])) == 1
    assert [c.status for c in world.fake.calls if c.chat_id == chat_id] == [502, 502, 200]
    assert [s for s in world.timer.slept[slept:] if s >= 0.5] == [0.5, 1.0]


async def test_server_errors_that_persist_give_up_after_a_bounded_number_of_tries(webhook_world: World,
                                                                                  chat_ids) -> None:
    world = webhook_world
    chat_id = next(chat_ids)
    world.fake.faults.append(Fault(500, chat_id=chat_id, times=100))
    with pytest.raises(TransientDeliveryError) as caught:
        await world.channel.send(user(chat_id), [note("x")])
    assert (caught.value.code, caught.value.maybe_delivered) == ("server_error", False)
    assert len([c for c in world.fake.calls if c.chat_id == chat_id]) == 4


async def test_a_send_that_fails_after_a_first_message_arrived_is_reported_as_maybe_delivered(
        webhook_world: World, chat_ids) -> None:
    chat_id = next(chat_ids)
    webhook_world.fake.faults.append(Fault(500, chat_id=chat_id, times=100, skip=1))
    with pytest.raises(TransientDeliveryError) as caught:
        await webhook_world.channel.send(user(chat_id), [note("first"), note("second")])
    assert caught.value.maybe_delivered
    assert [c.text for c in webhook_world.fake.sent(chat_id)] == ["first"]


async def test_a_send_that_timed_out_is_not_repeated(webhook_world: World, chat_ids) -> None:
    chat_id = next(chat_ids)
    webhook_world.fake.faults.append(Fault(200, chat_id=chat_id, delay=0.6))
    timer = VirtualTimer()
    courier = Courier(webhook_world.channel.bot, Pacer(timer), timer, request_timeout=0.2)
    with pytest.raises(TransientDeliveryError) as caught:
        await courier.call(SendMessage(chat_id=chat_id, text="Podsetnik"), chat_id=chat_id)
    assert (caught.value.code, caught.value.maybe_delivered) == ("timeout", True)
    await webhook_world.fake.wait_for(lambda: bool(webhook_world.fake.sent(chat_id)))
    assert len([c for c in webhook_world.fake.calls if c.chat_id == chat_id]) == 1, "the message arrived once"


async def test_network_errors_are_retried_then_reported() -> None:
    timer = VirtualTimer()
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base("http://127.0.0.1:9")))
    try:
        with pytest.raises(TransientDeliveryError) as caught:
            await Courier(bot, Pacer(timer), timer, request_timeout=2.0).call(SendMessage(chat_id=1, text="x"),
                                                                               chat_id=1)
    finally:
        await bot.session.close()
    assert (caught.value.code, caught.value.maybe_delivered) == ("network", False)
    assert [s for s in timer.slept if s >= 0.5] == [0.5, 1.0, 2.0]


async def test_logs_never_show_the_token_or_what_parents_wrote(webhook_world: World, chat_ids, caplog) -> None:
    for name in ("bot.channels.telegram", "aiogram", "aiohttp", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)
    world = webhook_world
    parent = world.parent(next(chat_ids))
    await parent.onboard("en", nickname="Zlatica", born="14.8.2026")
    world.fake.faults += [Fault(429, chat_id=parent.chat_id, retry_after=1), Fault(502, chat_id=parent.chat_id)]
    await parent.press_data("m:tip")
    world.fake.blocked.add(parent.chat_id)
    await parent.press_data("m:plan")
    assert await world.fake.post_update({"update_id": 1}, secret="wrong") == 401
    secret_part = TOKEN.split(":", 1)[1]
    assert all(secret_part not in record.getMessage() for record in caplog.records)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith(("bot.channels.telegram", "aiogram",
                                                                           "aiohttp"))]
    assert ours, "the channel did log what happened"
    assert not [line for line in ours if "Zlatica" in line or "14.8.2026" in line]
