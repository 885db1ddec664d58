"""Recordings coming in: a Telegram voice note or audio file, a Viber video or audio file, read into what the
channel downloads for a mediator's review (bot.core.romani_review); the Inbound itself stays "unreadable" (text="")
so a parent's media is answered as before."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiogram import Bot

from bot.channels.telegram.updates import Said, VoiceFile, parse_update, read_update
from bot.channels.viber.events import MediaFile, parse_callback
from bot.core.messages import ChannelUser, Inbound
from tests.fakes.telegram_api import TOKEN
from tests.fakes.telegram_updates import message_update

VIBER_USER = ChannelUser("viber", "01234567890A=")


@pytest.mark.parametrize(("content", "expected"), [
    pytest.param({"voice": {"file_id": "v1", "file_unique_id": "u", "duration": 7, "file_size": 900,
                            "mime_type": "audio/ogg"}}, VoiceFile("v1", 7.0, 900, "audio/ogg"), id="voice-note"),
    pytest.param({"voice": {"file_id": "v2", "file_unique_id": "u", "duration": 3}}, VoiceFile("v2", 3.0, None,
                                                                                             "audio/ogg"),
                 id="voice-without-type"),
    pytest.param({"audio": {"file_id": "a1", "file_unique_id": "u", "duration": 5, "mime_type": "audio/mpeg"}},
                 VoiceFile("a1", 5.0, None, "audio/mpeg"), id="audio-file"),
])
def test_a_telegram_recording_is_named_for_download(content: dict[str, Any], expected: VoiceFile) -> None:
    update = parse_update(message_update(1, 501, **content), Bot(TOKEN))
    assert update is not None
    event = read_update(update)
    assert isinstance(event, Said) and event.voice == expected
    assert event.inbound == Inbound(ChannelUser("telegram", "501"), text="")


def _viber(message: dict[str, Any]) -> bytes:
    return json.dumps({"event": "message", "message_token": 491266184665523814, "sender": {"id": VIBER_USER.user_id},
                       "message": message}).encode()


@pytest.mark.parametrize(("message", "expected"), [
    pytest.param({"type": "video", "media": "https://dl.viber.com/v.mp4", "size": 900, "duration": 4},
                 MediaFile("https://dl.viber.com/v.mp4", 900, 4.0, "video/mp4"), id="video"),
    pytest.param({"type": "file", "media": "https://dl.viber.com/a", "size": 9, "file_name": "Snimak.M4A"},
                 MediaFile("https://dl.viber.com/a", 9, None, "audio/mp4"), id="audio-file"),
    pytest.param({"type": "file", "media": "https://dl.viber.com/d", "size": 9, "file_name": "papir.pdf"}, None,
                 id="document"),
    pytest.param({"type": "picture", "media": "https://dl.viber.com/p.jpg"}, None, id="picture"),
    pytest.param({"type": "video", "media": "file:///etc/passwd", "size": 9}, None, id="not-http"),
    pytest.param({"type": "video", "media": 17}, None, id="not-a-url"),
    pytest.param({"type": "video", "media": "https://dl.viber.com/v.mp4", "size": True, "duration": "x"},
                 MediaFile("https://dl.viber.com/v.mp4", None, None, "video/mp4"), id="odd-numbers"),
])
def test_a_viber_recording_is_named_for_download(message: dict[str, Any], expected: MediaFile | None) -> None:
    callback = parse_callback(_viber(message))
    assert callback.media == expected
    assert callback.inbound == Inbound(VIBER_USER, text="")
