"""Where every channel hands in what a user did: dedupe, one transaction, the engine, rendering.

A crash (or any exception) inside the transaction rolls everything back, including the dedupe claim, so the
platform's retry is processed normally; a duplicate of an update that was committed is answered with nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.clock import SystemClock
from bot.core.conversation import Conversation
from bot.core.messages import ChannelUser, Inbound
from bot.core.ports import Clock
from bot.i18n.render import RenderedMessage, render
from bot.i18n.translator import Translator
from bot.storage.database import Database

log = logging.getLogger(__name__)


class Inbox:
    def __init__(
        self, database: Database, conversation: Conversation, translator: Callable[[], Translator],
        clock: Clock | None = None,
    ) -> None:
        self._database = database
        self._clock = clock or SystemClock()
        self._conversation = conversation
        self._translator = translator

    async def handle(self, inbound: Inbound, inbound_id: str | None = None) -> list[RenderedMessage] | None:
        """The rendered replies, or None when ``inbound_id`` was already processed on this channel."""
        async with self._database.transaction() as store:
            if inbound_id is not None and not await store.claim_inbound(inbound.user.channel, inbound_id):
                log.info("duplicate inbound on %s ignored", inbound.user.channel)
                return None
            response = await self._conversation.handle(store, inbound)
            if inbound.start is None:  # the user wrote: on Viber that opens 24 hours of free messages
                await store.note_inbound(inbound.user, self._clock.now())
        translator = self._translator()
        return [render(translator, response.locale, reply) for reply in response.replies]

    async def set_reachable(self, user: ChannelUser, reachable: bool) -> None:
        """Mark a chat (un)reachable: blocked the bot, unsubscribed, or came back. Unknown chats are ignored."""
        async with self._database.transaction() as store:
            chat = await store.get_chat(user)
            if chat is not None and chat.active != reachable:
                chat.active = reachable
                await store.save_chat(chat)
                log.info("chat on %s marked %s", user.channel, "reachable" if reachable else "unreachable")
