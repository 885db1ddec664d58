"""Viber callbacks (the JSON Viber POSTs to our webhook) read into :class:`Callback` records.

Only the fields the bot uses are read; each is checked for its type, so a body of the right shape with the
wrong types is "malformed", never a crash. Events: webhook, conversation_started, subscribed, unsubscribed,
message, delivered, seen, failed; any other name is kept as an unknown event.

A message becomes an Inbound: text (a ``press:``/``command:`` body from our keyboard is a press or a command; a
typed ``/menu``-style word is a command, ``/start CODE`` a start), a location, or nothing for a contact or media
the bot cannot read (a picture, a voice note sent as a file or video, a sticker: ``Inbound(text="")``, answered
by the core as on Telegram; a contact: nothing, ``kind`` says so and the channel answers politely).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, TypeGuard

from bot.channels.viber.keyboard import read_action
from bot.core.commands import CHAT_COMMANDS, command_named
from bot.core.messages import ChannelUser, Inbound

CHANNEL = "viber"
EVENTS = frozenset({"webhook", "conversation_started", "subscribed", "unsubscribed", "message",
                    "delivered", "seen", "failed"})
MAX_USER_ID = 128
MAX_CONTEXT = 256
# Media the bot cannot read (a voice note, a sticker, a photo, ...): ``Inbound(text="")``, as Telegram's.
UNREADABLE = frozenset({"picture", "video", "file", "sticker", "url", "rich_media"})
_EVENT_NAME = re.compile(r"[a-z_]{1,32}")
_TYPED_COMMAND = re.compile(r"/([^\W\d_]{1,32})(?:\s+(\S.*))?")


class MalformedCallback(ValueError):
    """The body is not JSON, or an event lacks a field it needs. The message names no value from the body."""


@dataclass(frozen=True)
class MediaFile:
    """A video or file message's media (Viber has no voice message type for bots): the channel downloads it for a
    mediator's recording of a Romani text (bot.core.romani_review); for anyone else it is unreadable media."""

    url: str
    size: int | None
    duration_s: float | None
    media_type: str


@dataclass(frozen=True)
class Callback:
    event: str  # one of EVENTS, or "unknown"
    token: str | None = None  # message_token, the id Viber retries with
    user: ChannelUser | None = None
    inbound: Inbound | None = None  # what the user did, for conversation_started and readable messages
    kind: str | None = None  # the message type ("text", "location", "contact", "sticker", ...)
    subscribed: bool = False  # conversation_started: the user already follows the bot
    media: MediaFile | None = None  # a video or file message's media, to download before the core sees ``inbound``


def parse_callback(raw: bytes) -> Callback:
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or a number too long to read
        raise MalformedCallback("not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("event"), str):
        raise MalformedCallback("no event")
    event = body["event"]
    if event not in EVENTS:  # kind keeps the name for the log, when it looks like one
        return Callback(event="unknown", kind=event if _EVENT_NAME.fullmatch(event) else "?")
    token = _token(body.get("message_token"))
    if event == "webhook":
        return Callback(event, token)
    if event == "conversation_started":
        user = _user(_field(body, "user", dict).get("id"))
        context = body.get("context")
        start = context[:MAX_CONTEXT] if isinstance(context, str) else ""
        return Callback(event, token, user, Inbound(user, start=start), subscribed=body.get("subscribed") is True)
    if event == "subscribed":
        return Callback(event, token, _user(_field(body, "user", dict).get("id")))
    if event == "message":
        user = _user(_field(body, "sender", dict).get("id"))
        message = _field(body, "message", dict)
        kind = message.get("type") if isinstance(message.get("type"), str) else "unknown"
        return Callback(event, token, user, _inbound(user, kind, message), kind=kind, media=_media(kind, message))
    return Callback(event, token, _user(body.get("user_id")))  # unsubscribed, delivered, seen, failed


def _field(body: dict[str, Any], name: str, kind: type) -> Any:
    value = body.get(name)
    if not isinstance(value, kind):
        raise MalformedCallback(f"{body['event']} without {name}")
    return value


def _token(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
        return None
    return str(value)[:64]


def _user(value: Any) -> ChannelUser:
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_USER_ID:
        raise MalformedCallback("no user id")
    return ChannelUser(CHANNEL, value)


def _inbound(user: ChannelUser, kind: str, message: dict[str, Any]) -> Inbound | None:
    if kind == "text":
        text = message.get("text")
        return _text(user, text) if isinstance(text, str) else None
    if kind == "location":
        location = message.get("location")
        if isinstance(location, dict):
            lat, lon = location.get("lat"), location.get("lon")
            if _number(lat) and _number(lon):
                return Inbound(user, location=(float(lat), float(lon)))
    if kind in UNREADABLE:  # the core answers it as on Telegram: what it can read, and the question again
        return Inbound(user, text="")
    return None


MEDIA_TYPES = {".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".m4a": "audio/mp4",
               ".mp3": "audio/mpeg", ".mp4": "video/mp4", ".aac": "audio/aac", ".wav": "audio/wav"}


def _media(kind: str, message: dict[str, Any]) -> MediaFile | None:
    """The media of a video, or of a file whose name says it is audio or video; None for anything else."""
    url = message.get("media")
    if kind not in ("video", "file") or not isinstance(url, str) or not url.startswith(("https://", "http://")):
        return None
    raw_name = message.get("file_name")
    name = raw_name if isinstance(raw_name, str) else ""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    media_type = "video/mp4" if kind == "video" else MEDIA_TYPES.get(suffix)
    if media_type is None:
        return None
    size, duration = message.get("size"), message.get("duration")
    return MediaFile(url[:2048], int(size) if _number(size) else None,
                     float(duration) if _number(duration) else None, media_type)


def _number(value: Any) -> TypeGuard[float]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:  # an integer too large for a float
        return False


def _text(user: ChannelUser, text: str) -> Inbound:
    action = read_action(text)
    if action is not None:
        kind, value = action
        return Inbound(user, press=value) if kind == "press" else Inbound(user, command=value)
    typed = _TYPED_COMMAND.fullmatch(text.strip())
    if typed is not None:
        typed_name, rest = typed.group(1), typed.group(2)
        command = command_named(typed_name) or (typed_name.lower() if typed_name.isascii() else None)
        if command is None:
            return Inbound(user, text=text)
        if command == "start":
            return Inbound(user, start=(rest or "").strip()[:MAX_CONTEXT])
        if rest is None and command in CHAT_COMMANDS:  # an unknown /word is text, as on Telegram
            return Inbound(user, command=command)
    return Inbound(user, text=text)
