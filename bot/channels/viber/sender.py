"""Delivering rendered messages to one Viber user: replies in the free session window, and messages the bot
starts (reminders; the :class:`bot.channels.delivery.Sender` port).

Bot-initiated sends are refused before any API call when the chat is unreachable (unsubscribed, blocked), when
Viber asked us to slow down for this user (status 12, :class:`~bot.channels.viber.quota.Backoff`), or when the
user already got 100 such messages this hour (:class:`~bot.channels.viber.quota.HourlyQuota`, counted per process).
Status 5, 6 or 11 marks the chat unreachable. A batch that fails half way reports the error; the messages before
it were delivered, so a retry of the whole batch repeats them.

A message's attachment (a file made for this user) is stored by
:class:`~bot.channels.viber.generated_files.GeneratedFiles` and sent as a picture or file message naming its URL;
without a store (no ``PUBLIC_BASE_URL``) the text says that the file could not be attached
(``viber-attachment-unavailable``). The welcome answer to ``conversation_started`` is one text message: it never
carries an attachment.

A message's voice recording (issue 20) goes as a video message after the text: a short MP4 made once per
recording (:mod:`bot.channels.viber.voice_video`), stored like an attachment for Viber to fetch. It is one more
message, so the hourly quota counts it like any other; without ffmpeg or PUBLIC_BASE_URL only the text goes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.channels.delivery import DeliveryError, PermanentDeliveryError, TransientDeliveryError
from bot.channels.viber.client import ViberClient
from bot.channels.viber.generated_files import GeneratedFiles, PublishedFile
from bot.channels.viber.keyboard import build_keyboard, build_rich_media, menu_keyboard
from bot.channels.viber.payloads import Payload, messages_for, video_message, welcome_for
from bot.channels.viber.quota import HOURLY_LIMIT, Backoff, HourlyQuota, Now
from bot.channels.viber.status import (
    QUOTA,
    TOO_MANY_REQUESTS,
    UNREACHABLE,
    ViberError,
    ViberStatusError,
    delivery_error,
)
from bot.channels.viber.voice_video import VoiceVideos
from bot.core.family import Chat
from bot.core.messages import SERBIAN_LATIN, Attachment, ChannelUser, Text
from bot.i18n.render import PART_SEPARATOR, RenderedMessage
from bot.i18n.translator import Translator
from bot.inbound.inbox import Inbox
from bot.inbound.outage import is_outage
from bot.storage.database import Database

log = logging.getLogger(__name__)

MENU_LABEL = "viber-button-menu"
NO_ATTACHMENT = "viber-attachment-unavailable"
VOICE_VIDEO_NAME = "voice.mp4"
PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png"})
# The translator, or a function returning the current one (content is reloaded while the bot runs).
Translators = Translator | Callable[[], Translator]


class ViberSender:
    channel = "viber"

    def __init__(self, client: ViberClient, inbox: Inbox, database: Database, translator: Translators, *,
                 now: Now, media_base_url: str | None = None, files: GeneratedFiles | None = None,
                 hourly_limit: int = HOURLY_LIMIT, media_dir: Path | None = None,
                 videos: VoiceVideos | None = None) -> None:
        self._media_dir = media_dir  # content/media: the voice recordings (issue 20)
        self.videos = videos
        self.client = client
        self._inbox = inbox
        self._database = database
        self._translator: Callable[[], Translator] = translator if callable(translator) else lambda: translator
        self._media_base_url = media_base_url
        self.files = files
        self.quota = HourlyQuota(now, hourly_limit)
        self.backoff = Backoff(now)

    async def send(self, user: ChannelUser, messages: list[RenderedMessage]) -> list[str]:
        """A message the bot starts (a reminder): the Sender port. Raises DeliveryError."""
        chat = await self._chat(user)
        if chat is not None and not chat.active:
            raise PermanentDeliveryError("viber_unreachable")
        payloads = await self._payloads(messages, chat)
        if (pause := self.backoff.remaining(user)) > 0:
            raise TransientDeliveryError("viber_tooManyRequests", retry_after=pause)
        if (wait := self.quota.wait_for(user, len(payloads))) > 0:
            log.info("viber hourly limit reached for a user; next send in %.0fs", wait)
            raise TransientDeliveryError("viber_hourly_limit", retry_after=wait)
        return await self._deliver(user, payloads, initiated=True)

    async def reply(self, user: ChannelUser, messages: Sequence[RenderedMessage]) -> list[str]:
        """Answers to what the user just did (free session messages). Failures are logged, never raised."""
        if not messages:
            return []
        attached = any(m.attachment is not None for m in messages)  # may need words in the chat's language
        chat = await self._known_chat(user) if attached or not messages[-1].buttons else None
        try:
            return await self._deliver(user, await self._payloads(messages, chat), initiated=False)
        except DeliveryError as error:
            log.info("viber reply not delivered: %s", error.code)
            return []

    async def notice(self, user: ChannelUser, message_id: str) -> None:
        """A short note of this channel's own (e.g. "I cannot read contacts") in the user's language."""
        chat = await self._known_chat(user)
        text = self._translator().format(_locale(chat), Text(message_id))
        await self.reply(user, [RenderedMessage(text, (), None, ())])

    def welcome(self, messages: list[RenderedMessage]) -> dict[str, Any] | None:
        """The answer to conversation_started: one text message with the last keyboard, or None."""
        keyboards = [build_keyboard(m.buttons) for m in messages if m.buttons]
        welcome = welcome_for(messages, keyboards[-1] if keyboards else None)
        return self.client.welcome(welcome) if welcome is not None else None

    def user_wrote(self, user: ChannelUser) -> None:
        """The user wrote: their hourly count of bot-initiated messages starts again."""
        self.quota.reset(user)

    async def _payloads(self, messages: Sequence[RenderedMessage], chat: Chat | None) -> list[Payload]:
        """Each message's buttons under it as rich media, except the last's: they are the keyboard (or a menu
        button when it has none, so the menu is always one tap away)."""
        payloads: list[Payload] = []
        for index, message in enumerate(messages):
            message, file = await self._attach(message, chat)
            video = await self._voice_video(message, chat)
            if index < len(messages) - 1:
                payloads += messages_for(message, None, self._media_base_url, build_rich_media(message.buttons),
                                         file, video)
                continue
            keyboard = build_keyboard(message.buttons)
            if keyboard is None:
                keyboard = menu_keyboard(self._translator().format(_locale(chat), Text(MENU_LABEL)))
            payloads += messages_for(message, keyboard, self._media_base_url, file=file, video=video)
        return payloads

    async def _voice_video(self, message: RenderedMessage, chat: Chat | None) -> Payload | None:
        """The message's voice recording as a video message (issue 20), or None: no recording, no ffmpeg, or no
        place to serve the file from (PUBLIC_BASE_URL). The text always goes out; the video only adds to it."""
        if message.voice is None or self._media_dir is None or self.videos is None or self.files is None:
            return None
        root = self._media_dir.resolve()
        recording = (root / message.voice).resolve()
        if not recording.is_relative_to(root) or not recording.is_file():
            return None
        pictures = [p for p in ((root / m).resolve() for m in message.media)
                    if p.is_relative_to(root) and p.is_file() and p.suffix.lower() in PICTURE_SUFFIXES]
        try:
            video = await self.videos.video_for(recording, pictures[0] if pictures else None)
            if video is None:
                return None
            published = await self.files.publish_for(
                Attachment(VOICE_VIDEO_NAME, video.read_bytes(), "video/mp4"), chat.user if chat else None)
        except OSError as error:
            log.error("viber voice video not stored (%s): sent without it", type(error).__name__)
            return None
        return video_message(published, message.voice_duration_s)

    async def _attach(self, message: RenderedMessage,
                      chat: Chat | None) -> tuple[RenderedMessage, PublishedFile | None]:
        """The message's attachment stored for Viber to fetch; else the message says it could not be attached."""
        if message.attachment is None:
            return message, None
        if self.files is not None:
            try:
                owner = chat.user if chat is not None else None
                return message, await self.files.publish_for(message.attachment, owner)
            except OSError as error:
                log.error("viber attachment not stored (%s): sent without it", type(error).__name__)
        note = self._translator().format(_locale(chat), Text(NO_ATTACHMENT))
        text = PART_SEPARATOR.join(part for part in (message.text, note) if part.strip())
        return replace(message, text=text, attachment=None), None

    async def _deliver(self, user: ChannelUser, payloads: list[Payload], *, initiated: bool) -> list[str]:
        tokens: list[str] = []
        for payload in payloads:
            try:
                tokens.append(await self.client.send_message(user.user_id, payload))
            except ViberError as error:
                raise await self._failed(user, error) from None
            if initiated:
                self.quota.record(user)
        self.backoff.clear(user)
        return tokens

    async def _failed(self, user: ChannelUser, error: ViberError) -> DeliveryError:
        retry_after = None
        if isinstance(error, ViberStatusError):
            if error.status in UNREACHABLE:
                await self._inbox.set_reachable(user, False)
            elif error.status == TOO_MANY_REQUESTS:
                retry_after = self.backoff.strike(user)
                log.warning("viber asked to slow down for a user: pausing %.0fs", retry_after)
            elif error.status in QUOTA:
                log.error("viber account cannot send bot-initiated messages: %s", error.name)
        return delivery_error(error, retry_after=retry_after)

    async def _chat(self, user: ChannelUser) -> Chat | None:
        async with self._database.transaction() as store:
            return await store.get_chat(user)

    async def _known_chat(self, user: ChannelUser) -> Chat | None:
        """The chat for a reply's keyboard and words; None while the database is away, so the inbox's
        "try again in a moment" still reaches the user (as a plain message, in the language it knows)."""
        try:
            return await self._chat(user)
        except Exception as error:
            if not is_outage(error):
                raise
            return None


def _locale(chat: Chat | None) -> str:
    return chat.locale if chat is not None and chat.locale else SERBIAN_LATIN
