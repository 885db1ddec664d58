"""A rendered message as the Viber messages that carry it: pictures, text (split to Viber's limits), a pin.

Viber takes at most 7000 characters of text and 30 KB of JSON per request. Text is cut at paragraph boundaries
(then lines, then spaces) into pieces of at most 7000 characters and :data:`MAX_TEXT_BYTES` bytes of UTF-8, which
leaves room in 30 KB for the sender and a keyboard. Pictures need a public URL: they go out as picture messages
only when ``VIBER_MEDIA_BASE_URL`` says where content/media/ is served, and are left out otherwise. A file made
for the user (an attachment) follows the text, so what the reader acts on (a QR code to scan) ends up at the
bottom of the chat: from the address :mod:`bot.channels.viber.generated_files` gave it, a picture message for a PNG,
JPEG or GIF of at most 1 MB (what every Viber app shows), a file message otherwise. A pin is a location message after
its text. Viber shows only the last keyboard sent, so the keyboard rides on the last
message; buttons of an earlier message (service cards) go under it as rich media.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from bot.channels.viber.generated_files import PublishedFile
from bot.i18n.render import RenderedMessage

MAX_TEXT_CHARS = 7000
PICTURE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif"})
MAX_PICTURE_BYTES = 1024 * 1024  # Viber for iOS shows pictures up to 1 MB
MAX_FILE_NAME = 256  # characters, extension included
MAX_TEXT_BYTES = 20 * 1024
RICH_MEDIA_API_VERSION = 2  # Viber 6.7 and later show rich media
_SEPARATORS = ("\n\n", "\n", " ")

Payload = dict[str, Any]


def _fits(text: str, max_chars: int, max_bytes: int) -> bool:
    return len(text) <= max_chars and len(text.encode("utf-8")) <= max_bytes


def _hard_cut(text: str, max_chars: int, max_bytes: int) -> Iterator[str]:
    """Pieces of ``text`` within both limits, cut anywhere (a single unbroken run longer than a message)."""
    start, chars, size = 0, 0, 0
    for index, char in enumerate(text):
        width = len(char.encode("utf-8"))
        if chars + 1 > max_chars or size + width > max_bytes:
            yield text[start:index]
            start, chars, size = index, 0, 0
        chars, size = chars + 1, size + width
    if chars:
        yield text[start:]


def split_text(text: str, max_chars: int = MAX_TEXT_CHARS, max_bytes: int = MAX_TEXT_BYTES,
               separators: tuple[str, ...] = _SEPARATORS) -> list[str]:
    """``text`` in pieces within both limits, cut at the coarsest boundary that works; nothing is lost but the
    separators at the cuts."""
    if _fits(text, max_chars, max_bytes):
        return [text] if text else []
    if not separators:
        return list(_hard_cut(text, max_chars, max_bytes))
    separator, finer = separators[0], separators[1:]
    pieces: list[str] = []
    current = ""
    for block in text.split(separator):
        candidate = f"{current}{separator}{block}" if current else block
        if _fits(candidate, max_chars, max_bytes):
            current = candidate
            continue
        if current:
            pieces.append(current)
        if _fits(block, max_chars, max_bytes):
            current = block
        else:
            *whole, current = split_text(block, max_chars, max_bytes, finer) or [""]
            pieces.extend(whole)
    if current:
        pieces.append(current)
    return pieces


def media_url(base: str, path: str) -> str:
    return base.rstrip("/") + "/" + quote(path.lstrip("/"))


MAX_VIDEO_SECONDS = 180


def file_message(file: PublishedFile) -> Payload:
    """A stored attachment as a picture message (a picture every Viber app shows) or a file message."""
    if file.media_type in PICTURE_TYPES and file.size <= MAX_PICTURE_BYTES:
        return {"type": "picture", "text": "", "media": file.url}
    name = file.name if len(file.name) <= MAX_FILE_NAME else file.name[-MAX_FILE_NAME:]  # keeps the extension
    return {"type": "file", "media": file.url, "size": file.size, "file_name": name}


def messages_for(message: RenderedMessage, keyboard: Mapping[str, Any] | None,
                 media_base_url: str | None = None, inline: Mapping[str, Any] | None = None,
                 file: PublishedFile | None = None, video: Payload | None = None) -> list[Payload]:
    """The Viber messages (without receiver and sender) that carry one rendered message: pictures, text, the
    stored attachment (``file``), its buttons as rich media (``inline``), a pin; the keyboard rides on the last."""
    payloads: list[Payload] = []
    if media_base_url:
        payloads += [{"type": "picture", "text": "", "media": media_url(media_base_url, path)}
                     for path in message.media]
    payloads += [{"type": "text", "text": piece} for piece in split_text(message.text)]
    if video is not None:  # a voice recording as a video, after the words it reads (issue 20)
        payloads.append(dict(video))
    if file is not None:
        payloads.append(file_message(file))
    if inline is not None:
        payloads.append({"type": "rich_media", "min_api_version": RICH_MEDIA_API_VERSION, "rich_media": dict(inline)})
    if message.location is not None:
        pin = message.location
        payloads.append({"type": "location", "location": {"lat": pin.lat, "lon": pin.lon}})
    if keyboard is not None and payloads:  # the core never sends buttons without text
        payloads[-1]["keyboard"] = dict(keyboard)
    return payloads


def video_message(file: PublishedFile, duration_s: float | None) -> Payload:
    """A stored MP4 as a video message (Viber: at most 26 MB and 180 s; the duration is shown to the reader)."""
    payload: Payload = {"type": "video", "media": file.url, "size": file.size}
    if duration_s:
        payload["duration"] = min(max(round(duration_s), 1), MAX_VIDEO_SECONDS)
    return payload


def welcome_for(messages: list[RenderedMessage], keyboard: Mapping[str, Any] | None) -> Payload | None:
    """The one text message allowed in the answer to ``conversation_started``: the engine's replies joined."""
    text = "\n\n".join(m.text for m in messages if m.text.strip())
    pieces = split_text(text)
    if not pieces:
        return None
    welcome: Payload = {"type": "text", "text": pieces[0]}
    if keyboard is not None:
        welcome["keyboard"] = dict(keyboard)
    return welcome
