"""A neutral :class:`~bot.core.messages.Reply` turned into words for one reader: what channels send."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.catalog.recordings import RecordingIndex
from bot.core.messages import Attachment, Reply
from bot.core.voice import recording_language
from bot.i18n.translator import Translator

PART_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class RenderedButton:
    label: str
    data: str


@dataclass(frozen=True)
class RenderedLocation:
    lat: float
    lon: float
    title: str
    address: str | None


@dataclass(frozen=True)
class RenderedMessage:
    text: str
    buttons: tuple[tuple[RenderedButton, ...], ...]
    location: RenderedLocation | None
    media: tuple[str, ...]
    attachment: Attachment | None = None
    voice: str | None = None  # a recording to send after the text, relative to content/media/ (issue 20)
    voice_duration_s: float | None = None


def render(translator: Translator, locale: str, reply: Reply) -> RenderedMessage:
    """Text parts joined by a blank line (a part that renders empty is dropped), buttons and pin in words."""
    parts = (translator.format(locale, part) for part in reply.parts)
    buttons = tuple(
        tuple(RenderedButton(translator.format(locale, button.label), button.data) for button in row)
        for row in reply.buttons
    )
    location = None
    if reply.location is not None:
        pin = reply.location
        address = translator.serbian(locale, pin.address.value) if pin.address is not None else None
        location = RenderedLocation(pin.lat, pin.lon, translator.format(locale, pin.title), address)
    return RenderedMessage(
        text=PART_SEPARATOR.join(part for part in parts if part.strip()),
        buttons=buttons,
        location=location,
        media=reply.media,
        attachment=reply.attachment,
    )


def with_voice(message: RenderedMessage, reply: Reply, locale: str | None,
               index: RecordingIndex | None) -> RenderedMessage:
    """The message with the recording of the first of ``reply.voice`` that has a sendable one in the reader's
    language (issue 20); unchanged when none has. Whether the reader wants voice was decided when ``reply.voice``
    was filled (bot.core.voice)."""
    if not reply.voice or index is None:
        return message
    found = index.first(recording_language(locale), reply.voice)
    if found is None:
        return message
    return replace(message, voice=found.path, voice_duration_s=found.duration_s)
