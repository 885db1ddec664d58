"""A rendered message as Bot API calls: HTML with everything escaped, long texts split, buttons, pins, media,
and a file made for the user (an attachment) uploaded from memory: a photo for a PNG, JPEG or WebP, a document
for anything else.

Telegram's limits (shared/domain/channels.md): 4096 characters of text and 1024 of caption after entity
parsing, counted in UTF-16 code units; callback data up to 64 bytes. Texts come from content and from users, so
they are escaped whole (``<``, ``>``, ``&``) and sent in HTML parse mode: ``_`` and ``*`` mean nothing there.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from aiogram.enums import ParseMode
from aiogram.methods import SendDocument, SendLocation, SendMessage, SendPhoto, SendVenue, SendVoice, TelegramMethod
from aiogram.types import BufferedInputFile, FSInputFile, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions

from bot.core.messages import Attachment
from bot.i18n.render import RenderedButton, RenderedLocation, RenderedMessage

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64  # bytes, UTF-8
PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})
VOICE_SUFFIXES = frozenset({".ogg", ".oga", ".opus"})
PHOTO_TYPES = frozenset({"image/png", "image/jpeg", "image/webp"})  # what sendPhoto takes; other files are documents
PHOTO_MAX_BYTES = 10 * 1024 * 1024  # a larger picture goes as a document
_SEPARATORS = ("\n\n", "\n")  # split at paragraphs first, then at lines, then anywhere
# Links in tips and service cards would otherwise fetch a preview: data the parents pay for.
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """``text`` in pieces of at most ``limit``: at paragraph boundaries, else at lines, else hard cuts."""
    return [piece for piece in _split(text, limit, 0) if piece.strip()]


def _split(text: str, limit: int, level: int) -> list[str]:
    if telegram_length(text) <= limit:
        return [text]
    if level == len(_SEPARATORS):
        return _hard_cut(text, limit)
    separator = _SEPARATORS[level]
    pieces: list[str] = []
    current: str | None = None
    for block in text.split(separator):
        for part in _split(block, limit, level + 1):
            joined = part if current is None else current + separator + part
            if telegram_length(joined) <= limit:
                current = joined
            else:
                if current is not None:
                    pieces.append(current)
                current = part
    if current is not None:
        pieces.append(current)
    return pieces


def _hard_cut(text: str, limit: int) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in text:  # never between the two halves of a surrogate pair
        width = 2 if ord(char) > 0xFFFF else 1
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    if current:
        pieces.append("".join(current))
    return pieces


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def keyboard(rows: tuple[tuple[RenderedButton, ...], ...]) -> InlineKeyboardMarkup | None:
    """Inline buttons; button data longer than Telegram accepts is a bug in the core: ValueError."""
    if not rows:
        return None
    for row in rows:
        for button in row:
            if not 1 <= len(button.data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
                raise ValueError(f"button data {button.data!r} is not 1-{CALLBACK_DATA_LIMIT} bytes")
    return InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text=button.label, callback_data=button.data) for button in row] for row in rows
    ])


def media_files(paths: tuple[str, ...], media_dir: Path | None) -> list[Path]:
    """The media that exist inside ``media_dir`` and that Telegram can show as a photo or a voice message."""
    if media_dir is None or not paths:
        return []
    root = media_dir.resolve()
    found: list[Path] = []
    for name in paths:
        path = (root / name).resolve()
        suffix = path.suffix.lower()
        if path.is_relative_to(root) and path.is_file() and suffix in PHOTO_SUFFIXES | VOICE_SUFFIXES:
            found.append(path)
    return found


def voice_file(message: RenderedMessage, media_dir: Path | None) -> Path | None:
    """The message's voice recording (issue 20) when it exists inside ``media_dir`` and is Ogg/Opus."""
    if message.voice is None or media_dir is None:
        return None
    root = media_dir.resolve()
    path = (root / message.voice).resolve()
    if path.is_relative_to(root) and path.is_file() and path.suffix.lower() in VOICE_SUFFIXES:
        return path
    return None


def _media_call(chat_id: int, path: Path, caption: str | None) -> TelegramMethod[Any]:
    file = FSInputFile(path)
    if path.suffix.lower() in PHOTO_SUFFIXES:
        return SendPhoto(chat_id=chat_id, photo=file, caption=caption, parse_mode=ParseMode.HTML)
    return SendVoice(chat_id=chat_id, voice=file, caption=caption, parse_mode=ParseMode.HTML)


def _attachment_call(chat_id: int, attachment: Attachment, caption: str | None) -> TelegramMethod[Any]:
    file = BufferedInputFile(attachment.content, filename=attachment.filename)
    media_type = attachment.media_type.split(";")[0].strip().lower()
    if media_type in PHOTO_TYPES and len(attachment.content) <= PHOTO_MAX_BYTES:
        return SendPhoto(chat_id=chat_id, photo=file, caption=caption, parse_mode=ParseMode.HTML)
    return SendDocument(chat_id=chat_id, document=file, caption=caption, parse_mode=ParseMode.HTML)


def _pin(chat_id: int, where: RenderedLocation) -> TelegramMethod[Any]:
    if where.address:
        return SendVenue(chat_id=chat_id, latitude=where.lat, longitude=where.lon, title=where.title,
                         address=where.address)
    return SendLocation(chat_id=chat_id, latitude=where.lat, longitude=where.lon)


def calls_for(chat_id: int, message: RenderedMessage, media_dir: Path | None) -> list[TelegramMethod[Any]]:
    """The Bot API calls that deliver one message, in order; the buttons go on the last of them.

    One photo, voice message or attachment carries the text as its caption when it fits. Otherwise media go
    first and the text follows, then the message's voice recording (issue 20: after the words it reads, no
    caption), then the attachment (what the reader acts on, such as a QR code to scan, ends up
    at the bottom of the chat). A location goes last, as a venue when it has an address.
    """
    files = media_files(message.media, media_dir)
    attachment = message.attachment
    text = message.text
    caption = None
    if len(files) + (attachment is not None) == 1 and text.strip() and telegram_length(text) <= CAPTION_LIMIT:
        caption, text = escape(text), ""
    calls: list[TelegramMethod[Any]] = [_media_call(chat_id, path, caption) for path in files]
    calls += [SendMessage(chat_id=chat_id, text=escape(piece), parse_mode=ParseMode.HTML,
                          link_preview_options=NO_PREVIEW) for piece in split_text(text)]
    voice = voice_file(message, media_dir)
    if voice is not None:  # after the words it reads aloud, as a voice note (sendVoice)
        duration = round(message.voice_duration_s) if message.voice_duration_s else None
        calls.append(SendVoice(chat_id=chat_id, voice=FSInputFile(voice), duration=duration))
    if attachment is not None:
        calls.append(_attachment_call(chat_id, attachment, caption))
    if message.location is not None:
        calls.append(_pin(chat_id, message.location))
    markup = keyboard(message.buttons)
    if markup is not None and calls:
        calls[-1] = calls[-1].model_copy(update={"reply_markup": markup})
    return calls
