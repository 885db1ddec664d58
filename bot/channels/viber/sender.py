"""Delivering rendered messages to one Viber user: replies in the free session window, and messages the bot
starts (reminders; the :class:`bot.delivery.Sender` port).

Bot-initiated sends are refused before any API call when the chat is unreachable (unsubscribed, blocked), when
Viber asked us to slow down for this user (status 12, :class:`~bot.channels.viber.quota.Backoff`), or when the
user already got 100 such messages this hour (:class:`~bot.channels.viber.quota.HourlyQuota`, counted per process).
Status 5, 6 or 11 marks the chat unreachable. A batch that fails half way reports the error; the messages before
it were delivered, so a retry of the whole batch repeats them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from bot.channels.viber.client import ViberClient
from bot.channels.viber.keyboard import build_keyboard, build_rich_media, menu_keyboard
from bot.channels.viber.payloads import Payload, messages_for, welcome_for
from bot.channels.viber.quota import HOURLY_LIMIT, Backoff, HourlyQuota, Now
from bot.channels.viber.status import (
    QUOTA,
    TOO_MANY_REQUESTS,
    UNREACHABLE,
    ViberError,
    ViberStatusError,
    delivery_error,
)
from bot.core.family import Chat
from bot.core.messages import SERBIAN_LATIN, ChannelUser, Text
from bot.delivery import DeliveryError, PermanentDeliveryError, TransientDeliveryError
from bot.i18n.render import RenderedMessage
from bot.i18n.translator import Translator
from bot.inbox import Inbox
from bot.storage.database import Database

log = logging.getLogger(__name__)

MENU_LABEL = "viber-button-menu"
# The translator, or a function returning the current one (content is reloaded while the bot runs).
Translators = Translator | Callable[[], Translator]


class ViberSender:
    channel = "viber"

    def __init__(self, client: ViberClient, inbox: Inbox, database: Database, translator: Translators, *,
                 now: Now, media_base_url: str | None = None, hourly_limit: int = HOURLY_LIMIT) -> None:
        self.client = client
        self._inbox = inbox
        self._database = database
        self._translator: Callable[[], Translator] = translator if callable(translator) else lambda: translator
        self._media_base_url = media_base_url
        self.quota = HourlyQuota(now, hourly_limit)
        self.backoff = Backoff(now)

    async def send(self, user: ChannelUser, messages: list[RenderedMessage]) -> list[str]:
        """A message the bot starts (a reminder): the Sender port. Raises DeliveryError."""
        chat = await self._chat(user)
        if chat is not None and not chat.active:
            raise PermanentDeliveryError("viber_unreachable")
        payloads = self._payloads(messages, chat)
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
        chat = await self._chat(user) if not messages[-1].buttons else None
        try:
            return await self._deliver(user, self._payloads(messages, chat), initiated=False)
        except DeliveryError as error:
            log.info("viber reply not delivered: %s", error.code)
            return []

    async def notice(self, user: ChannelUser, message_id: str) -> None:
        """A short note of this channel's own (e.g. "I cannot read contacts") in the user's language."""
        chat = await self._chat(user)
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

    def _payloads(self, messages: Sequence[RenderedMessage], chat: Chat | None) -> list[Payload]:
        """Each message's buttons under it as rich media, except the last's: they are the keyboard (or a menu
        button when it has none, so the menu is always one tap away)."""
        payloads: list[Payload] = []
        for message in messages[:-1]:
            payloads += messages_for(message, None, self._media_base_url, build_rich_media(message.buttons))
        if messages:
            keyboard = build_keyboard(messages[-1].buttons)
            if keyboard is None:
                keyboard = menu_keyboard(self._translator().format(_locale(chat), Text(MENU_LABEL)))
            payloads += messages_for(messages[-1], keyboard, self._media_base_url)
        return payloads

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


def _locale(chat: Chat | None) -> str:
    return chat.locale if chat is not None and chat.locale else SERBIAN_LATIN
