"""What each kind of Telegram update means to the bot (parsed by aiogram from Telegram-shaped JSON)."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram import Bot

from bot.channels.telegram.updates import Elsewhere, Membership, Said, parse_update, read_update
from bot.core.messages import ChannelUser, Inbound
from tests.fakes.telegram_api import TOKEN
from tests.fakes.telegram_updates import STICKER, callback_update, membership_update, message_update

PARENT = 501
USER = ChannelUser("telegram", str(PARENT))
GROUP = -100777


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot(TOKEN)  # no request is made: only the parser's context


def said(raw: dict[str, Any], bot: Bot) -> Inbound:
    update = parse_update(raw, bot)
    assert update is not None
    event = read_update(update)
    assert isinstance(event, Said) and event.chat_id == PARENT
    return event.inbound


@pytest.mark.parametrize(("text", "expected"), [
    ("Mila", Inbound(USER, text="Mila")),
    ("/start", Inbound(USER, start="")),
    ("/start inv-7Qx_2", Inbound(USER, start="inv-7Qx_2")),
    ("/start@cavororo_test_bot inv-7Qx_2", Inbound(USER, start="inv-7Qx_2")),
    ("/start not a code!", Inbound(USER, start="")),
    ("/help", Inbound(USER, command="help")),
    ("/MENU", Inbound(USER, command="menu")),
    ("/language@cavororo_test_bot", Inbound(USER, command="language")),
    ("/weather", Inbound(USER, text="/weather")),
    ("12.3.2025.", Inbound(USER, text="12.3.2025.")),
], ids=["text", "start", "start-with-code", "start-addressed-to-the-bot", "start-with-garbage", "help",
        "menu-upper-case", "language-addressed", "unknown-command", "a-date"])
def test_private_text_and_commands_reach_the_core(bot: Bot, text: str, expected: Inbound) -> None:
    assert said(message_update(1, PARENT, text=text), bot) == expected


def test_a_button_press_is_a_press_with_the_query_to_answer(bot: Bot) -> None:
    update = parse_update(callback_update(2, PARENT, "tip:17"), bot)
    assert update is not None
    assert read_update(update) == Said(PARENT, Inbound(USER, press="tip:17"), callback_id="cq-2")


def test_a_press_from_someone_else_than_the_chat_only_gets_its_query_answered(bot: Bot) -> None:
    update = parse_update(callback_update(3, PARENT, "tip:17", from_id=999), bot)
    assert update is not None
    assert read_update(update) == Elsewhere(None, callback_id="cq-3")


@pytest.mark.parametrize("content", [
    {"location": {"latitude": 44.8456, "longitude": 20.3858}},
    {"venue": {"location": {"latitude": 44.8456, "longitude": 20.3858}, "title": "DZ", "address": "Rade Končara"},
     "location": {"latitude": 44.8456, "longitude": 20.3858}},
], ids=["location", "venue"])
def test_a_shared_location_reaches_the_core_as_a_location(bot: Bot, content: dict[str, Any]) -> None:
    assert said(message_update(4, PARENT, **content), bot) == Inbound(USER, location=(44.8456, 20.3858))


@pytest.mark.parametrize("content", [
    STICKER,
    {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}], "caption": "beba"},
    {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 2}},
    {"contact": {"phone_number": "+381600000000", "first_name": "Ana"}},
], ids=["sticker", "photo", "voice", "contact"])
def test_what_the_bot_cannot_read_is_empty_text_so_the_core_asks_again(bot: Bot, content: dict[str, Any]) -> None:
    assert said(message_update(5, PARENT, **content), bot) == Inbound(USER, text="")


@pytest.mark.parametrize(("raw", "expected"), [
    (message_update(6, GROUP, text="/start", chat_type="supergroup", from_id=PARENT, language_code="en"),
     Elsewhere(GROUP, "en")),
    (message_update(7, GROUP, text="hi", chat_type="group", from_id=PARENT), Elsewhere(GROUP, "sr")),
    (membership_update(8, GROUP, "member", chat_type="group"), Elsewhere(GROUP, "sr")),
    (membership_update(9, PARENT, "kicked"), Membership(PARENT, USER, reachable=False)),
    (membership_update(10, PARENT, "member"), Membership(PARENT, USER, reachable=True)),
], ids=["group-command", "group-text", "added-to-group", "blocked", "unblocked"])
def test_what_the_channel_handles_itself(bot: Bot, raw: dict[str, Any], expected: object) -> None:
    update = parse_update(raw, bot)
    assert update is not None and read_update(update) == expected


@pytest.mark.parametrize("raw", [
    message_update(11, PARENT, text="Mila!", kind="edited_message"),
    message_update(12, GROUP, text="news", chat_type="channel", kind="channel_post"),
    membership_update(13, GROUP, "left", chat_type="group"),
    message_update(14, PARENT, pinned_message={"message_id": 1, "date": 0, "chat": {"id": PARENT, "type": "private"}}),
    {"update_id": 15, "message_reaction_count": {"chat": {"id": GROUP, "type": "group"}, "message_id": 1, "date": 0,
                                                 "reactions": []}},
    {"update_id": 16, "something_new": {"x": 1}},
], ids=["edited-message", "channel-post", "removed-from-group", "service-message", "reaction", "unknown-type"])
def test_updates_the_bot_does_not_answer(bot: Bot, raw: dict[str, Any]) -> None:
    update = parse_update(raw, bot)
    assert update is not None and read_update(update) is None


@pytest.mark.parametrize("raw", [
    {"update_id": 17, "message": {"chat": "nope"}},
    {"update_id": 18, "callback_query": {"id": 5}},
    {"update_id": "x"},
], ids=["message-without-shape", "callback-without-sender", "id-not-a-number"])
def test_malformed_updates_are_refused_by_the_parser(bot: Bot, raw: dict[str, Any]) -> None:
    assert parse_update(raw, bot) is None
