"""Telling a mediator, in her own chat, that one of her families needs her (it asked for help, or another
mediator handed it to her).

The dialog only writes a ``mediator_notice`` row (in the same transaction as the request); :meth:`deliver`, a job
on the scheduler (scheduler/runner.py), sends them as the dispatcher sends reminders: claimed with a lease (two
processes never send one notice twice: bot/storage/notice_claims.py), never in the quiet hours of
:class:`scheduler.calendar.DeliveryCalendar`, one message per mediator per batch, a transient failure retried
after the dispatcher's backoff (:class:`scheduler.dispatcher.DispatchPolicy`) up to its ``max_attempts``. A chat
gone for good (blocked) ends the notices' delivery. Her menu also counts the notices she has not seen, so
nothing is lost on a channel that cannot send (the terminal).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

from bot.channels.delivery import DeliveryError, PermanentDeliveryError, Sender
from bot.core.messages import Button, ChannelUser, Reply, Text
from bot.core.ports import Clock
from bot.i18n.render import render
from bot.i18n.translator import Translator
from bot.storage.database import Database
from bot.storage.notice_claims import ClaimedNotice, claim_notices, notices_done, notices_later
from scheduler.calendar import DeliveryCalendar
from scheduler.dispatcher import DispatchPolicy

log = logging.getLogger(__name__)

BATCH = 50


class MediatorNotices:
    def __init__(self, database: Database, senders: Mapping[str, Sender], translator: Callable[[], Translator],
                 clock: Clock, *, calendar: DeliveryCalendar | None = None,
                 policy: DispatchPolicy | None = None, batch: int = BATCH) -> None:
        self._database = database
        self._senders = senders
        self._translator = translator
        self._clock = clock
        self.calendar = calendar or DeliveryCalendar()
        self.policy = policy or DispatchPolicy(calendar=self.calendar)
        self.batch = batch  # notices per claim

    async def deliver(self) -> int:
        """Send what is due now; returns how many notices went out."""
        now = self._clock.now()
        if self.calendar.is_quiet(now) or not self._senders:
            return 0
        claimed = await claim_notices(self._database, list(self._senders), now, now + self.policy.lease, self.batch)
        by_mediator: dict[int, list[ClaimedNotice]] = {}
        for notice in claimed:
            by_mediator.setdefault(notice.mediator_id, []).append(notice)
        sent = 0
        for notices in by_mediator.values():
            sent += await self._send(notices)
        return sent

    async def _send(self, notices: Sequence[ClaimedNotice]) -> int:
        """One message to one mediator with all her notices of this batch; how many were delivered."""
        first, ids = notices[0], [n.id for n in notices]
        lines = tuple(Text("mediator-notice-" + n.kind.replace("_", "-"), {"caregiver": n.caregiver})
                      for n in notices)
        reply = Reply(parts=lines, buttons=((Button(Text("mediator-menu-worklist"), "md:work"),),))
        message = render(self._translator(), first.locale, reply)
        try:
            await self._senders[first.channel].send(ChannelUser(first.channel, first.user_id), [message])
        except PermanentDeliveryError as error:
            log.warning("mediator notices %s not deliverable: %s", ids, error.code)
            await notices_done(self._database, ids, self._clock.now())
            return 0
        except DeliveryError as error:
            attempts = max(n.attempts for n in notices)
            if attempts >= self.policy.max_attempts:
                log.warning("mediator notices %s given up after %s attempts: %s", ids, attempts, error.code)
                await notices_done(self._database, ids, self._clock.now())
                return 0
            wait = self.policy.backoff(attempts, error.retry_after)
            log.info("mediator notices %s postponed by %ss: %s", ids, int(wait.total_seconds()), error.code)
            await notices_later(self._database, ids, self._clock.now() + wait)
            return 0
        await notices_done(self._database, ids, self._clock.now())
        return len(notices)
