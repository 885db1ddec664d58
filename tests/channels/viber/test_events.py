"""Viber callbacks read into what the user did, and refused (never crashing) when they are malformed."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.viber.events import Callback, MalformedCallback, parse_callback
from bot.core.messages import ChannelUser, Inbound

USER = ChannelUser("viber", "01234567890A=")


def _raw(body: Any) -> bytes:
    return json.dumps(body).encode()


def _message(message: dict[str, Any]) -> bytes:
    return _raw({"event": "message", "message_token": 4912661846655238145, "sender": {"id": USER.user_id},
                 "message": message})


@pytest.mark.parametrize(
    ("text", "inbound"),
    [
        pytest.param("12.3.2025", Inbound(USER, text="12.3.2025"), id="typed"),
        pytest.param("press:consent:yes", Inbound(USER, press="consent:yes"), id="button"),
        pytest.param("press:", Inbound(USER, press=""), id="empty-button"),
        pytest.param("command:menu", Inbound(USER, command="menu"), id="menu-button"),
        pytest.param("/menu", Inbound(USER, command="menu"), id="typed-command"),
        pytest.param(" /HELP ", Inbound(USER, command="help"), id="typed-command-any-case"),
        pytest.param("/start abc123", Inbound(USER, start="abc123"), id="typed-start-with-code"),
        pytest.param("/start", Inbound(USER, start=""), id="typed-start"),
        pytest.param("/menu please", Inbound(USER, text="/menu please"), id="command-with-words-is-text"),
        pytest.param("/ 12", Inbound(USER, text="/ 12"), id="slash-is-text"),
    ],
)
def test_a_text_message_is_typed_text_a_press_or_a_command(text: str, inbound: Inbound) -> None:
    callback = parse_callback(_message({"type": "text", "text": text}))
    assert callback == Callback("message", "4912661846655238145", USER, inbound, kind="text")


def test_a_location_message_is_a_shared_location() -> None:
    callback = parse_callback(_message({"type": "location", "location": {"lat": 44.84, "lon": 20.4}}))
    assert callback.inbound == Inbound(USER, location=(44.84, 20.4))


@pytest.mark.parametrize(
    "message",
    [
        pytest.param({"type": "contact", "contact": {"name": "x", "phone_number": "+381"}}, id="contact"),
        pytest.param({"type": "location", "location": {"lat": "44", "lon": 20}}, id="location-as-text"),
        pytest.param({"type": "location", "location": {"lat": 10**400, "lon": 20}}, id="location-huge"),
        pytest.param({"type": "location", "location": {"lat": True, "lon": 20}}, id="location-bool"),
        pytest.param({"type": "text", "text": 5}, id="text-not-a-string"),
        pytest.param({"text": "no type"}, id="no-type"),
    ],
)
def test_a_message_the_bot_cannot_read_has_no_inbound_but_keeps_its_kind(message: dict[str, Any]) -> None:
    callback = parse_callback(_message(message))
    assert callback.event == "message"
    assert callback.user == USER
    assert callback.inbound is None
    assert callback.kind == message.get("type", "unknown")


@pytest.mark.parametrize("kind", ["sticker", "picture", "video", "file", "url"])
def test_media_the_bot_cannot_read_is_empty_text_for_the_core_as_on_telegram(kind: str) -> None:
    callback = parse_callback(_message({"type": kind, "media": "https://example.org/x", "sticker_id": 1}))
    assert callback.inbound == Inbound(USER, text="")
    assert callback.kind == kind


def test_a_number_too_long_to_read_is_a_malformed_callback() -> None:
    with pytest.raises(MalformedCallback):
        parse_callback(b"1" * 10_000)


def test_conversation_started_carries_the_deep_link_context_as_a_start_code() -> None:
    callback = parse_callback(_raw({"event": "conversation_started", "message_token": 1, "type": "open",
                                    "context": "INV-7Q2K", "user": {"id": USER.user_id}, "subscribed": True}))
    assert callback == Callback("conversation_started", "1", USER, Inbound(USER, start="INV-7Q2K"), subscribed=True)


def test_conversation_started_without_context_is_a_plain_start() -> None:
    callback = parse_callback(_raw({"event": "conversation_started", "user": {"id": USER.user_id}}))
    assert callback.inbound == Inbound(USER, start="")
    assert callback.subscribed is False


@pytest.mark.parametrize(
    ("body", "user"),
    [
        pytest.param({"event": "subscribed", "user": {"id": USER.user_id}}, USER, id="subscribed"),
        pytest.param({"event": "unsubscribed", "user_id": USER.user_id}, USER, id="unsubscribed"),
        pytest.param({"event": "webhook"}, None, id="webhook"),
    ],
)
def test_subscription_events_name_the_user(body: dict[str, Any], user: ChannelUser | None) -> None:
    assert parse_callback(_raw(body)).user == user


def test_an_unknown_event_keeps_only_a_name_shaped_like_one() -> None:
    assert parse_callback(_raw({"event": "client_status"})) == Callback("unknown", kind="client_status")
    assert parse_callback(_raw({"event": "<script>" * 10})) == Callback("unknown", kind="?")


@settings(max_examples=80, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["event", "message", "sender", "user", "id", "type", "text", "location",
                                         "lat", "lon", "context", "user_id", "message_token"]), inner, max_size=5),
                    max_leaves=8))
def test_any_json_is_read_or_refused_as_malformed_never_a_crash(body: Any) -> None:
    for event in ("message", "conversation_started", "unsubscribed", "subscribed", None):
        shaped = {**body, "event": event} if isinstance(body, dict) and event else body
        try:
            parse_callback(json.dumps(shaped).encode())
        except MalformedCallback:
            pass
