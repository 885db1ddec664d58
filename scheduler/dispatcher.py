"""Sending what is due: claim a batch of families, compose one message each, send, record, repeat.

Delivery is at least once. Each family's message is recorded as soon as it is sent (results that finish while
a recording transaction runs are written by the next one), so a crash repeats at most the messages in flight.

Per family and claim::

    nothing left to say (all rows obsolete)   rows cancelled with the reason (see scheduler/compose.py)
    delivered to at least one active chat     rows sent, with the channel's message id
    TransientDeliveryError on every chat      rows back to pending at next_attempt_at (backoff, at least the
                                              channel's retry_after); failed after policy.max_attempts
    ... and the outcome is unknown            (``maybe_delivered``: a timeout, an unreadable answer) the
                                              rows wait at least the lease, marked ``timeout-unknown``;
                                              if the one retry is unknown too, they fail ``timeout-unknown``
    PermanentDeliveryError on every chat      chats marked inactive, rows failed: the family is unreachable
    no active chat on a known channel         rows failed with "unreachable"

A send whose outcome is unknown is repeated once, not blindly: reminders are at least once (a parent missing a
vaccine reminder is worse than reading it twice), but a message that probably arrived is not sent again and
again. The retry waits at least ``policy.lease`` (and the backoff), so a slow channel has settled; the rows keep
the ``timeout-unknown`` mark until delivered, whatever later errors say, and a second unknown outcome fails them
instead of trying a third time. So a family gets a reminder at most twice (the crash case aside: a dispatcher
killed mid-send repeats what was in flight once its lease ends). ``DispatchReport.unknown_outcome`` counts them.

A weekly message may carry one voice recording (issue 20): the first tip in it with a fresh recording in the chat's
language, when the family's setting allows it on that chat (bot.core.voice: on Viber outside the free window only
for families who chose voice). The channel sends it after the text.

Mediator notices (outbox kind ``notice``, bot/storage/notices.py) are claimed first in every tick
(``OutboxClaims.claim_notices``), all of one mediator's claimed notices as one message to her chat, in her chat's
language, with a button to her work list. The same lease, quiet hours, backoff, ``max_attempts`` and
unknown-outcome rule hold; a permanent error fails them (her chat is not marked inactive: she is staff, and her
menu still counts the notices), and so does a mediator who cannot be reached (``unreachable``: not active, no
active chat, or a channel this process cannot send on). None of the family rules holds them back.

Nothing goes out in quiet hours, and the rate limits of each channel live in its Sender: the dispatcher only
bounds how many sends run at once (``policy.concurrency``) so it never outruns them.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta

from bot.catalog.recordings import RecordingIndex
from bot.channels.delivery import PermanentDeliveryError, Sender, TransientDeliveryError
from bot.core.family import Chat
from bot.core.library import Library
from bot.core.messages import SERBIAN_LATIN, Button, ChannelUser, Reply, Text
from bot.core.ports import Clock
from bot.core.voice import send_voice
from bot.i18n.render import render, with_voice
from bot.i18n.translator import Translator
from bot.storage.database import Database
from scheduler.calendar import DeliveryCalendar
from scheduler.claims import UNKNOWN_OUTCOME, Batch, Claim, NoticeClaim, OutboxClaims
from scheduler.compose import compose
from scheduler.outcomes import Outcome, record
from scheduler.recorder import GroupCommit

log = logging.getLogger(__name__)

CONTENDED_TRIES = 50  # empty claims in a row (everything due locked by other dispatchers) before the tick ends


@dataclass(frozen=True)
class DispatchPolicy:
    calendar: DeliveryCalendar = field(default_factory=DeliveryCalendar)  # local time and quiet hours
    batch: int = 100  # families per claim
    concurrency: int = 16  # sends in flight at once (each channel paces its own; this only bounds the waiting)
    lease: timedelta = timedelta(minutes=5)
    lease_margin: timedelta = timedelta(seconds=30)  # a send is not started this close to the lease's end
    max_attempts: int = 8
    backoff_first: timedelta = timedelta(minutes=1)
    backoff_max: timedelta = timedelta(hours=6)
    free_window: timedelta = timedelta(hours=23)  # Viber's 24 h after the parent wrote, with an hour to spare
    free_days: int = 3  # in that window, rows due up to this many days ahead go out now

    def backoff(self, attempts: int, retry_after: float | None) -> timedelta:
        """Exponential from ``backoff_first`` (doubling per attempt), capped, never under ``retry_after``."""
        delay = min(self.backoff_first * (1 << max(attempts - 1, 0)), self.backoff_max)
        return max(delay, timedelta(seconds=retry_after or 0))


@dataclass
class DispatchReport:
    claimed_families: int = 0
    claimed_rows: int = 0
    sent: int = 0  # messages delivered (one per family, one per mediator for her notices)
    notices: int = 0  # of which to mediators
    notice_rows: int = 0  # mediator notices claimed
    retried: int = 0
    failed: int = 0
    dropped_rows: int = 0
    unknown_outcome: int = 0  # families whose message may or may not have arrived (see the module doc)
    quiet: bool = False
    errors: dict[str, int] = field(default_factory=dict)


class Dispatcher:
    def __init__(self, database: Database, senders: Mapping[str, Sender], translator: Callable[[], Translator],
                 library: Callable[[], Library], clock: Clock, policy: DispatchPolicy | None = None, *,
                 voices: Callable[[], RecordingIndex] | None = None) -> None:
        self.policy = policy or DispatchPolicy()
        self._voices = voices  # the sendable voice recordings (issue 20); None: no voice notes
        self._voice_index = RecordingIndex()
        self._free: set[int] = set()
        self._database = database
        self._senders = dict(senders)
        self._translator = translator
        self._library = library
        self._clock = clock
        self._claims = OutboxClaims(database, self.policy.calendar.zone)
        self._slots = asyncio.Semaphore(self.policy.concurrency)
        self._recorder: GroupCommit[Outcome] = GroupCommit(lambda outcomes: record(database, outcomes, clock.now()))
        self._halted = False

    def halt(self) -> None:
        """Finish what is claimed, then claim no more (the process is stopping)."""
        self._halted = True

    async def dispatch(self, *, max_batches: int | None = None) -> DispatchReport:
        """One tick: claim and send until nothing is due (or ``max_batches`` claims were made).

        Claims overlap sending: the next batch is claimed when half of the current one is done, so the senders
        never wait for the database. At most 1.5 batches are claimed and unsent at any time.
        """
        report = DispatchReport()
        now = self._clock.now()
        if self.policy.calendar.is_quiet(now):
            report.quiet = True
            return report
        await self._notices(report)
        free = await self._claims.free_window_families(now - self.policy.free_window)
        self._free = free
        self._voice_index = self._voices() if self._voices is not None else RecordingIndex()
        batches, contended, running = 0, 0, set[asyncio.Task[Outcome]]()
        try:
            while (max_batches is None or batches < max_batches) and not self._halted:
                batch = await self._claim(free)
                if batch is None:
                    break
                if not batch.claims:
                    contended = contended + 1 if batch.contended else CONTENDED_TRIES
                    if contended >= CONTENDED_TRIES:
                        break
                    await asyncio.sleep(random.uniform(0.02, 0.1))  # another dispatcher holds what is due
                    continue
                contended, batches = 0, batches + 1
                report.claimed_families += len(batch.claims)
                report.claimed_rows += sum(len(c.items) for c in batch.claims)
                running |= {asyncio.create_task(self._deliver_and_record(c)) for c in batch.claims}
                while len(running) > self.policy.batch // 2:
                    done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                    _count(report, [task.result() for task in done])
        finally:
            await _finish(running, report)
        return report

    async def _notices(self, report: DispatchReport) -> None:
        """Claim and send mediator notices until none is due (or quiet hours begin, or the process stops)."""
        while not self._halted:
            now = self._clock.now()
            if self.policy.calendar.is_quiet(now):
                return
            claims = await self._claims.claim_notices(now, now + self.policy.lease, self.policy.batch)
            if not claims:
                return
            report.notice_rows += sum(len(c.items) for c in claims)
            _count(report, await asyncio.gather(*(self._deliver_notice_and_record(c) for c in claims)))

    async def _deliver_notice_and_record(self, claim: NoticeClaim) -> Outcome:
        outcome = await self._deliver_notice(claim)
        await self._recorder.add(outcome)
        return outcome

    async def _deliver_notice(self, claim: NoticeClaim) -> Outcome:
        """One message to one mediator with all her notices of this claim."""
        if claim.user is None or claim.user.channel not in self._senders:
            return Outcome(claim, failed="unreachable")
        lines = tuple(Text("mediator-notice-" + i.item.replace("_", "-"), {"caregiver": claim.caregivers[i.id]})
                      for i in claim.items)
        reply = Reply(parts=lines, buttons=((Button(Text("mediator-menu-worklist"), "md:work"),),))
        async with self._slots:
            now = self._clock.now()
            if now > claim.lease_until - self.policy.lease_margin or self.policy.calendar.is_quiet(now):
                if claim.uncertain:
                    return Outcome(claim, retry_at=now, error=UNKNOWN_OUTCOME)
                return Outcome(claim, release=True)
            result = await self._send(claim.user, claim.locale, reply)
        if isinstance(result, str):
            return Outcome(claim, sent_ids=[i.id for i in claim.items], message_id=result or None)
        if not isinstance(result, TransientDeliveryError):  # a PermanentDeliveryError: _send returns no other
            code = str(getattr(result, "code", "permanent"))[:64]
            log.warning("mediator notices %s not deliverable: %s", [i.id for i in claim.items], code)
            return Outcome(claim, failed=code)
        unknown = result.maybe_delivered
        if unknown and claim.uncertain:  # the one repeat may have arrived too: no third message
            return Outcome(claim, failed=UNKNOWN_OUTCOME)
        code = UNKNOWN_OUTCOME if unknown or claim.uncertain else result.code[:64]
        if claim.attempts >= self.policy.max_attempts:
            return Outcome(claim, failed=code)
        wait = self.policy.backoff(claim.attempts, result.retry_after)
        if unknown:
            wait = max(wait, self.policy.lease)
        return Outcome(claim, retry_at=self._clock.now() + wait, error=code)

    async def _claim(self, free: set[int]) -> Batch | None:
        """The next batch, or None once quiet hours have begun."""
        now = self._clock.now()
        if self.policy.calendar.is_quiet(now):
            return None
        window = self._claims.window(now, morning_hour=self.policy.calendar.quiet_end,
                                     free_days=self.policy.free_days, free_families=free)
        return await self._claims.claim(window, now + self.policy.lease, self.policy.batch)

    async def _deliver_and_record(self, claim: Claim) -> Outcome:
        outcome = await self._deliver(claim)
        await self._recorder.add(outcome)
        return outcome

    async def _deliver(self, claim: Claim) -> Outcome:
        library = self._library()
        today = self._clock.today()
        composition = compose(claim.items, claim.children, claim.records, library, today, claim.checkins)
        if composition.reply is None:
            return Outcome(claim, dropped=composition.dropped)
        chats = [c for c in claim.chats if c.user.channel in self._senders]
        if not chats:
            return Outcome(claim, dropped=composition.dropped, failed="unreachable")
        async with self._slots:
            now = self._clock.now()  # the wait for a slot may have been long: the lease or the day may be over
            if now > claim.lease_until - self.policy.lease_margin or self.policy.calendar.is_quiet(now):
                if claim.uncertain:  # not attempted, but a release would clear the mark: back to pending with it
                    return Outcome(claim, dropped=composition.dropped, retry_at=now, error=UNKNOWN_OUTCOME)
                return Outcome(claim, dropped=composition.dropped, release=True)
            results = [await self._send(chat.user, chat.locale, self._with_voice(composition.reply, claim, chat))
                       for chat in chats]
        return self._outcome(claim, composition.included, composition.dropped, results)

    async def _send(self, user: ChannelUser, locale: str | None, reply: Reply) -> str | Exception:
        """The channel's message id, or the error (never raised: one chat's failure must not hide another's)."""
        try:
            message = with_voice(render(self._translator(), locale or SERBIAN_LATIN, reply), reply, locale,
                                 self._voice_index)
            ids = await self._senders[user.channel].send(user, [message])
        except (TransientDeliveryError, PermanentDeliveryError) as error:
            return error
        except Exception as error:  # a bug or an unexpected library error: retried like a transient failure
            # The type only: an exception's text may quote a user id or a message.
            log.error("sending a reminder on %s failed unexpectedly: %s", user.channel, type(error).__name__)
            return TransientDeliveryError(f"internal_{type(error).__name__}"[:64])
        return ",".join(ids)[:128] if ids else ""

    def _with_voice(self, reply: Reply, claim: Claim, chat: Chat) -> Reply:
        """The reply with its voice candidates only when this chat may get a recording (bot.core.voice)."""
        if reply.voice and send_voice(claim.voice_notes, chat.locale, channel=chat.user.channel,
                                      free_window=claim.family_id in self._free):
            return reply
        return replace(reply, voice=())

    def _outcome(self, claim: Claim, included: Sequence[int], dropped: dict[int, str],
                 results: list[str | Exception]) -> Outcome:
        users = [c.user for c in claim.chats if c.user.channel in self._senders]
        gone = [u for u, r in zip(users, results, strict=True) if isinstance(r, PermanentDeliveryError)]
        delivered = [r for r in results if isinstance(r, str)]
        if delivered:
            return Outcome(claim, sent_ids=included, message_id=delivered[0] or None, dropped=dropped,
                           unreachable=gone)
        transient = [r for r in results if isinstance(r, TransientDeliveryError)]
        if not transient:
            codes = {r.code for r in results if isinstance(r, PermanentDeliveryError)}
            return Outcome(claim, dropped=dropped, failed=sorted(codes)[0][:64], unreachable=gone)
        unknown = any(r.maybe_delivered for r in transient)
        if unknown and claim.uncertain:  # the one repeat may have arrived too: no third message
            return Outcome(claim, dropped=dropped, failed=UNKNOWN_OUTCOME, unreachable=gone)
        code = UNKNOWN_OUTCOME if unknown or claim.uncertain else transient[0].code[:64]
        if claim.attempts >= self.policy.max_attempts:
            return Outcome(claim, dropped=dropped, failed=code, unreachable=gone)
        wait = self.policy.backoff(claim.attempts, max((r.retry_after or 0.0) for r in transient))
        if unknown:
            wait = max(wait, self.policy.lease)
        return Outcome(claim, dropped=dropped, retry_at=self._clock.now() + wait, error=code, unreachable=gone)


async def _finish(running: set[asyncio.Task[Outcome]], report: DispatchReport) -> None:
    """Wait for the sends still under way; their first error is raised unless one is already on its way."""
    if not running:
        return
    results = await asyncio.gather(*running, return_exceptions=True)
    _count(report, [r for r in results if isinstance(r, Outcome)])
    errors = [r for r in results if isinstance(r, BaseException)]
    if errors and sys.exc_info()[1] is None:
        raise errors[0]


def _count(report: DispatchReport, outcomes: Sequence[Outcome]) -> None:
    for outcome in outcomes:
        report.dropped_rows += len(outcome.dropped)
        if UNKNOWN_OUTCOME in (outcome.error, outcome.failed):
            report.unknown_outcome += 1
        if outcome.sent_ids:
            report.sent += 1
            report.notices += isinstance(outcome.claim, NoticeClaim)
        elif outcome.failed is not None:
            report.failed += 1
            report.errors[outcome.failed] = report.errors.get(outcome.failed, 0) + 1
        elif outcome.retry_at is not None:
            report.retried += 1
            if outcome.error:
                report.errors[outcome.error] = report.errors.get(outcome.error, 0) + 1
