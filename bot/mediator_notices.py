"""Telling a mediator, in her own chat, that one of her families needs her (it asked for help, or another
mediator handed it to her).

The dialog only writes a ``mediator_notice`` row (in the same transaction as the request); this loop sends the
rows that are not sent yet through the mediator's channel (a :class:`bot.delivery.Sender`), outside quiet hours.
A notice is marked sent after the channel accepted it, or when the chat is gone for good (blocked); a transient
failure leaves it for the next round. Her menu also counts the notices she has not seen, so nothing is lost on
a channel that cannot send (the terminal).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping

from bot.core.messages import Button, ChannelUser, Reply, Text
from bot.core.ports import Clock
from bot.delivery import DeliveryError, PermanentDeliveryError, Sender
from bot.i18n.render import render
from bot.i18n.translator import Translator
from bot.storage.database import Database
from bot.storage.mediators import PendingNotice, SqlMediators

log = logging.getLogger(__name__)

BATCH = 50


class MediatorNotices:
    def __init__(self, database: Database, senders: Mapping[str, Sender], translator: Callable[[], Translator],
                 clock: Clock, *, quiet_hours: tuple[int, int] = (21, 8), every_s: float = 30.0) -> None:
        self._database = database
        self._senders = senders
        self._translator = translator
        self._clock = clock
        self._quiet = quiet_hours
        self.every_s = every_s

    def quiet_now(self) -> bool:
        hour = self._clock.now().astimezone(self._clock.zone).hour
        start, end = self._quiet
        return (start <= hour or hour < end) if start > end else start <= hour < end

    async def deliver(self) -> int:
        """Send what is due now; returns how many notices went out."""
        if self.quiet_now():
            return 0
        async with self._database.transaction() as store:
            pending = await SqlMediators(store.session).unsent_notices(list(self._senders), BATCH)
        sent = 0
        for notice in pending:
            if await self._send(notice):
                sent += 1
        return sent

    async def _send(self, notice: PendingNotice) -> bool:
        lead = Text("mediator-notice-" + notice.kind.replace("_", "-"), {"caregiver": notice.caregiver})
        reply = Reply(parts=(lead,), buttons=((Button(Text("mediator-menu-worklist"), "md:work"),),))
        message = render(self._translator(), notice.locale, reply)
        delivered = True
        try:
            await self._senders[notice.channel].send(ChannelUser(notice.channel, notice.user_id), [message])
        except PermanentDeliveryError as error:
            log.warning("mediator notice %s not deliverable: %s", notice.id, error.code)
            delivered = False
        except DeliveryError as error:
            log.info("mediator notice %s postponed: %s", notice.id, error.code)
            return False
        async with self._database.transaction() as store:
            await SqlMediators(store.session).mark_notice_sent(notice.id, self._clock.now())
        return delivered

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver every ``every_s`` seconds until ``stop`` is set."""
        while not stop.is_set():
            try:
                await self.deliver()
            except Exception as error:  # the next round tries again; the rows keep what is owed
                log.error("mediator notices failed: %s", type(error).__name__)
            try:
                await asyncio.wait_for(stop.wait(), self.every_s)
            except TimeoutError:
                pass
