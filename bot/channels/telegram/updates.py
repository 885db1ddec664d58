"""What a Telegram update means: something a parent said in a private chat (an Inbound for the core), or
something the channel deals with itself.

=====================================================  =====================================================
update                                                 meaning
=====================================================  =====================================================
private text                                           ``Inbound(text=...)``
``/start`` or ``/start <code>`` (a t.me deep link)     ``Inbound(start=code)``; a malformed code is ignored
a command of CHAT_COMMANDS (``/help``, ``/mydata``,    ``Inbound(command=...)``
..., also as ``/menu@<bot>``)
a button press (callback query)                        ``Inbound(press=data)``, and the query is answered
a shared location or venue                             ``Inbound(location=(lat, lon))``
a sticker, photo, voice, contact, ...                  ``Inbound(text="")``: the core says what it reads
a group, supergroup or channel message                 :class:`Elsewhere`: "private chats only", once
the bot added to a group                               :class:`Elsewhere`
the user blocks / unblocks the bot (my_chat_member)    :class:`Membership`
edited messages, channel posts, service messages,      ``None``: ignored
unknown or malformed updates
=====================================================  =====================================================
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiogram import Bot
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message, Update
from pydantic import ValidationError

from bot.core.commands import CHAT_COMMANDS, command_named
from bot.core.messages import ChannelUser, Inbound

CHANNEL = "telegram"
COMMANDS = frozenset(CHAT_COMMANDS)
START_CODE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what a t.me/<bot>?start=<code> link can carry
# What a person can send that the bot cannot read: answered with "please use the buttons".
UNREADABLE = ("sticker", "photo", "voice", "audio", "document", "video", "video_note", "animation", "contact",
              "dice", "poll", "story", "game", "caption")
# The updates the bot asks Telegram for (setWebhook / getUpdates).
ALLOWED_UPDATES = ("message", "callback_query", "my_chat_member")


@dataclass(frozen=True)
class VoiceFile:
    """A voice note or audio file on Telegram's servers: the channel downloads it (getFile) for the core."""

    file_id: str
    duration_s: float | None
    size: int | None
    media_type: str


@dataclass(frozen=True)
class Said:
    """A parent's input from a private chat, for the core."""

    chat_id: int
    inbound: Inbound
    callback_id: str | None = None  # a button press: the query to answer
    voice: VoiceFile | None = None  # a recording to download before the core sees ``inbound``


@dataclass(frozen=True)
class Elsewhere:
    """Something from a chat that is not private: say once that the bot talks only in private chats."""

    chat_id: int | None  # where to say it (None: nowhere, just answer the callback)
    language_code: str | None = None
    callback_id: str | None = None


@dataclass(frozen=True)
class Membership:
    """The parent blocked the bot (``reachable=False``) or came back (True)."""

    chat_id: int
    user: ChannelUser
    reachable: bool


Event = Said | Elsewhere | Membership


def parse_update(raw: Mapping[str, Any], bot: Bot) -> Update | None:
    """The update, or None when it does not have the shape Telegram documents."""
    try:
        return Update.model_validate(raw, context={"bot": bot})
    except ValidationError:
        return None


def read_update(update: Update) -> Event | None:
    if update.message is not None:
        return _message(update.message)
    if update.callback_query is not None:
        return _callback(update.callback_query)
    if update.my_chat_member is not None:
        return _membership(update.my_chat_member)
    return None


def user_of(chat_id: int) -> ChannelUser:
    return ChannelUser(CHANNEL, str(chat_id))


def _language(message: Message) -> str | None:
    return message.from_user.language_code if message.from_user is not None else None


def _message(message: Message) -> Event | None:
    chat = message.chat
    if chat.type != "private":
        return Elsewhere(chat.id, _language(message))
    user = user_of(chat.id)
    if message.text is not None:
        return Said(chat.id, read_text(user, message.text))
    where = message.location or (message.venue.location if message.venue is not None else None)
    if where is not None:
        return Said(chat.id, Inbound(user, location=(where.latitude, where.longitude)))
    recording = message.voice or message.audio
    if recording is not None:  # a mediator's recording of a Romani text (bot.core.romani_review); else unreadable
        voice = VoiceFile(recording.file_id, float(recording.duration), recording.file_size,
                          recording.mime_type or "audio/ogg")
        return Said(chat.id, Inbound(user, text=""), voice=voice)
    if any(getattr(message, field, None) is not None for field in UNREADABLE):
        return Said(chat.id, Inbound(user, text=""))
    return None  # a service message (pinned, chat background, ...)


def read_text(user: ChannelUser, text: str) -> Inbound:
    """Text typed in a private chat; ``/start``, ``/help``, ``/language`` and ``/menu`` are commands."""
    if text.startswith("/"):
        head, _, rest = text.partition(" ")
        name = command_named(head[1:].split("@", 1)[0])
        if name == "start":
            code = rest.strip()
            return Inbound(user, start=code if START_CODE.fullmatch(code) else "")
        if name in COMMANDS:
            return Inbound(user, command=name)
    return Inbound(user, text=text)


def _callback(query: CallbackQuery) -> Event:
    chat = query.message.chat if query.message is not None else None
    # In a private chat the chat id is the sender's id; the core authorises the press as that person's.
    if chat is None or chat.type != "private" or chat.id != query.from_user.id or query.data is None:
        return Elsewhere(None, callback_id=query.id)
    return Said(chat.id, Inbound(user_of(chat.id), press=query.data), callback_id=query.id)


def _membership(change: ChatMemberUpdated) -> Event | None:
    status = change.new_chat_member.status
    if change.chat.type == "private":
        if status in ("kicked", "member"):
            return Membership(change.chat.id, user_of(change.chat.id), reachable=status == "member")
        return None
    if status in ("member", "administrator"):
        return Elsewhere(change.chat.id, change.from_user.language_code)
    return None
