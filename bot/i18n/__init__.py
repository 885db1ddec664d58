"""Words for the reader: Fluent content, fallback chains, Serbian Cyrillic generated from Latin, dates.

``Translator.from_directory(content_dir)`` loads content/{sr,rom,en}/*.ftl; ``render(translator, locale,
reply)`` turns a core :class:`~bot.core.messages.Reply` into a :class:`RenderedMessage` for a channel.
"""

from bot.i18n.formatting import format_date
from bot.i18n.render import RenderedButton, RenderedLocation, RenderedMessage, render
from bot.i18n.translator import (
    PLACEHOLDER,
    ContentError,
    FormatError,
    I18nError,
    MissingMessageError,
    Resolution,
    Translator,
    UnknownLocaleError,
)
from bot.i18n.transliteration import cyrillic_to_latin, latin_to_cyrillic, suspicious_words

__all__ = [
    "PLACEHOLDER",
    "ContentError",
    "FormatError",
    "I18nError",
    "MissingMessageError",
    "RenderedButton",
    "RenderedLocation",
    "RenderedMessage",
    "Resolution",
    "Translator",
    "UnknownLocaleError",
    "cyrillic_to_latin",
    "format_date",
    "latin_to_cyrillic",
    "render",
    "suspicious_words",
]
