"""The neutral message vocabulary between the core and the channels.

The core never produces final text: it names Fluent messages (:class:`Text`) with arguments, and the
channel-side renderer (``bot.i18n.render``) turns them into words in the reader's language and script.

Argument values a :class:`Text` may carry: ``str`` (shown as is), ``int``, ``datetime.date`` (formatted
for the locale; numeric for Romani), :class:`Text` (a nested message, rendered first),
:class:`Localized` (a text per language, from data files) and :class:`Serbian` (Serbian Latin text
from data, transliterated for Cyrillic readers) and :class:`Lines` (several texts, each rendered, joined by
its separator).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Locale codes a chat can choose. Serbian Cyrillic is generated from the Serbian Latin source.
ROMANI = "rom"
SERBIAN_LATIN = "sr-Latn"
SERBIAN_CYRILLIC = "sr-Cyrl"
ENGLISH = "en"
LOCALES: tuple[str, ...] = (ROMANI, SERBIAN_LATIN, SERBIAN_CYRILLIC, ENGLISH)


@dataclass(frozen=True)
class ChannelUser:
    """One chat on one channel: ``("telegram", "12345")``, ``("viber", "abc=")``, ``("terminal", "local")``."""

    channel: str
    user_id: str


@dataclass(frozen=True)
class VoiceNote:
    """A voice recording a user sent (a Telegram voice note, a Viber voice or video file), already downloaded by the
    channel. Only a mediator recording a Romani text keeps it (bot.core.romani_review); anyone else gets the answer
    to a message the bot cannot read."""

    content: bytes
    media_type: str  # "audio/ogg" (Telegram voice notes: Opus), "video/mp4", "audio/mp4", ...
    duration_s: float | None = None


@dataclass(frozen=True)
class Inbound:
    """Something a user did. Exactly one of the payload fields is set."""

    user: ChannelUser
    text: str | None = None
    press: str | None = None  # the data of a button the user pressed
    location: tuple[float, float] | None = None  # (lat, lon) the user shared
    start: str | None = None  # a start/invitation code ("" for a plain /start)
    command: str | None = None  # "help", "language", "menu" (without the slash)
    voice: VoiceNote | None = None  # a recording; comes with text="" so a parent's dialog answers it as unreadable


@dataclass(frozen=True)
class Text:
    """A Fluent message id with its arguments."""

    id: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Localized:
    """A text per language code ("rom", "sr", "en") taken from data; "sr" is Serbian Latin."""

    values: Mapping[str, str]


@dataclass(frozen=True)
class Serbian:
    """Serbian Latin text from data (an address, a name): transliterated for Cyrillic readers."""

    value: str


@dataclass(frozen=True)
class Lines:
    """Several texts shown as one value: each rendered in the reader's locale, then joined."""

    items: tuple[Text, ...]
    separator: str = "\n"


@dataclass(frozen=True)
class Button:
    label: Text
    data: str  # at most 64 bytes: Telegram's callback_data limit


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float
    title: Text
    address: Serbian | None = None


@dataclass(frozen=True)
class Attachment:
    """A file the bot makes for one user (their data export, an invitation's QR code): bytes, not a path.

    ``filename`` is what the user sees; ``media_type`` is a MIME type (``image/png``, ``application/json``).
    Channels send it as a photo (images) or a document; it is never written to content/.
    """

    filename: str
    content: bytes
    media_type: str


@dataclass(frozen=True)
class Reply:
    """One message from the bot: text parts joined by a blank line, buttons in rows, an optional pin."""

    parts: tuple[Text, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()
    location: Location | None = None
    media: tuple[str, ...] = ()  # paths relative to content/media/
    attachment: Attachment | None = None
    # Messages whose voice recording may follow (the first that has one is sent; bot.core.voice, issue 20).
    voice: tuple[str, ...] = ()


@dataclass(frozen=True)
class Response:
    """What the engine answers to one Inbound: replies to send, in the chat's locale."""

    locale: str
    replies: tuple[Reply, ...]
