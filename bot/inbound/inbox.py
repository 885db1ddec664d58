"""Where every channel hands in what a user did: dedupe, one transaction, the engine, rendering.

A crash (or any exception) inside the transaction rolls everything back, including the dedupe claim, so the
platform's retry is processed normally; a duplicate of an update that was committed is answered with nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.catalog.recordings import RecordingIndex
from bot.clock import SystemClock
from bot.core.conversation import Conversation
from bot.core.messages import ChannelUser, Inbound, Reply, Text
from bot.core.ports import Clock
from bot.i18n.render import RenderedMessage, render, with_voice
from bot.i18n.translator import Translator
from bot.inbound.outage import Outage, is_busy, is_outage
from bot.inbound.ratelimit import InboundLimiter, Verdict
from bot.storage.database import Database

log = logging.getLogger(__name__)


class Inbox:
    def __init__(
        self, database: Database, conversation: Conversation, translator: Callable[[], Translator],
        clock: Clock | None = None, limiter: InboundLimiter | None = None,
        voices: Callable[[], RecordingIndex] | None = None,
    ) -> None:
        self.voices = voices  # the sendable voice recordings (issue 20): a tip asked for in the chat carries one
        self.limiter = limiter  # per-chat flood limit, checked before any database work (None: off)
        self._database = database
        self._clock = clock or SystemClock()
        self._conversation = conversation
        self._translator = translator
        self._outage = Outage()  # what is known while the database is away

    async def handle(self, inbound: Inbound, inbound_id: str | None = None) -> list[RenderedMessage] | None:
        """The rendered replies, or None when ``inbound_id`` was already processed on this channel.

        While the database cannot be reached (bot/inbound/outage.py) the answer is one "try again in a moment", once per
        inbound id, and nothing is raised: the platform gets its 200 and does not retry for hours.
        """
        try:
            replies = await self._turn(inbound, inbound_id)
        except Exception as error:
            if is_busy(error):
                log.warning("database busy (%s): answered \"try again in a moment\"", type(error).__name__)
            elif is_outage(error):
                self._outage.went_down(error)
            else:
                raise
            if not self._outage.first_answer(inbound.user.channel, inbound_id):
                return None
            locale = self._outage.locale(inbound.user)
            return [render(self._translator(), locale, Reply((Text("outage-try-again"),)))]
        if self._outage.down:
            self._outage.came_back()
        for user, reachable in self._outage.take_skipped():  # hints that came while it was away or busy
            await self.set_reachable(user, reachable)
        return replies

    async def _turn(self, inbound: Inbound, inbound_id: str | None) -> list[RenderedMessage] | None:
        if self.limiter is not None and (verdict := self.limiter.check(inbound.user)) is not Verdict.ALLOW:
            return self._flooded(inbound.user, verdict)  # dropped unread; the platform still gets its 200
        async with self._database.transaction() as store:  # waits at most QUEUE_WAIT_S for its turn
            if inbound_id is not None and not await store.claim_inbound(inbound.user.channel, inbound_id):
                log.info("duplicate inbound on %s ignored", inbound.user.channel)
                return None
            response = await self._conversation.handle(store, inbound)
            self._outage.remember(inbound.user, response.locale)
            if inbound.start is None:  # the user wrote: on Viber that opens 24 hours of free messages
                await store.note_inbound(inbound.user, self._clock.now())
        translator = self._translator()
        index = self.voices() if self.voices is not None and any(r.voice for r in response.replies) else None
        return [with_voice(render(translator, response.locale, reply), reply, response.locale, index)
                for reply in response.replies]

    def _flooded(self, user: ChannelUser, verdict: Verdict) -> list[RenderedMessage]:
        """One short "too many messages" the first time a chat is over its limit, nothing after."""
        if verdict is not Verdict.WARN:
            return []
        locale = self._outage.locale(user)  # the chat's language from its last turn: no database read
        return [render(self._translator(), locale, Reply((Text("security-too-many-messages"),)))]

    async def set_reachable(self, user: ChannelUser, reachable: bool, inbound_id: str | None = None) -> None:
        """Mark a chat (un)reachable: blocked the bot, unsubscribed, or came back. Unknown chats are ignored.

        ``inbound_id`` (a platform's callback id) is claimed in the same transaction: a repeated callback changes
        nothing. While the database is away the hint is kept in memory and applied after the first good turn.
        """
        try:
            async with self._database.transaction() as store:
                if inbound_id is not None and not await store.claim_inbound(user.channel, inbound_id):
                    log.info("duplicate reachability callback on %s ignored", user.channel)
                    return
                chat = await store.get_chat(user)
                if chat is not None and chat.active != reachable:
                    chat.active = reachable
                    await store.save_chat(chat)
                    log.info("chat on %s marked %s", user.channel, "reachable" if reachable else "unreachable")
        except Exception as error:
            if is_busy(error):
                self._outage.skip(user, reachable)
                return
            if not is_outage(error):
                raise
            self._outage.went_down(error)
            self._outage.skip(user, reachable)
