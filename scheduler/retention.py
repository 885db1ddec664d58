"""Retention: erase what the bot no longer needs (docs/privacy.md, "Retention").

One run, in this order:

1. children past RETENTION_CHILD_MAX_AGE_YEARS (7): born before the earliest birth date the bot accepts today
   (exactly that many years before today, as in ``bot.core.dates``) are erased with everything recorded about them;
2. families those erasures left without a child are erased;
3. families inactive for RETENTION_INACTIVE_DAYS (730) are erased (``SqlPrivacy.inactive_families``);
4. chats that belong to no family and no mediator, silent as long, are erased;
5. the dedupe marks of inbound updates (``processed_inbound``: a channel and an update id, nothing personal)
   older than PROCESSED_INBOUND_DAYS are dropped, so that table does not grow forever.

Every erasure counts in the ``statistic`` table (day, reason); nothing else of it is kept. Real runs work in
batches, one transaction each; a dry run does the same work in one transaction and rolls it back, so its figures
are exactly what a real run would do now. :class:`DailyRetention` runs it from the reminders tick once a day.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.age import add_months
from bot.core.personal_data import Erasure
from bot.core.ports import Clock
from bot.storage.database import Database
from bot.storage.privacy_store import SqlPrivacy
from bot.storage.store import SqlStore

log = logging.getLogger(__name__)

ACTOR = "retention"
BATCH = 200  # erasures of each kind per transaction
PROCESSED_INBOUND_DAYS = 7  # Telegram keeps an undelivered update for 24 hours; Viber retries for minutes
RUN_HOUR = 3  # local hour from which the daily run starts: the quiet of the night


@dataclass(frozen=True)
class RetentionPolicy:
    inactive_days: int = 730
    child_max_age_years: int = 7

    @classmethod
    def from_settings(cls, settings: object) -> RetentionPolicy:
        """From :class:`bot.config.Settings` (any object; missing settings keep the defaults)."""
        return cls(int(getattr(settings, "retention_inactive_days", cls.inactive_days)),
                   int(getattr(settings, "retention_child_max_age_years", cls.child_max_age_years)))

    def oldest_birth_date(self, today: date) -> date:
        """Children born before this day are past the age limit."""
        return add_months(today, -12 * self.child_max_age_years)


@dataclass
class RetentionReport:
    children: int = 0  # erased past the age limit
    childless_families: int = 0  # erased because those erasures left them without a child
    inactive_families: int = 0
    chats: int = 0  # chats of no family, inactive
    processed_inbound: int = 0  # dedupe marks dropped (not erasures: not in ``total``)
    dry_run: bool = False

    @property
    def total(self) -> int:
        return self.children + self.childless_families + self.inactive_families + self.chats


class Retention:
    def __init__(self, database: Database, clock: Clock, policy: RetentionPolicy | None = None, *,
                 batch: int = BATCH) -> None:
        self._database = database
        self._clock = clock
        self.policy = policy or RetentionPolicy()
        self._batch = batch

    async def run(self, *, dry_run: bool = False) -> RetentionReport:
        report = RetentionReport(dry_run=dry_run)
        if dry_run:
            async with AsyncSession(self._database.engine, expire_on_commit=False) as session:
                try:
                    await self._pass(SqlStore(session), report, None)
                finally:
                    await session.rollback()
            return report
        while True:
            before = report.total
            async with self._database.transaction() as store:
                finished = await self._pass(store, report, self._batch)
            if finished or report.total == before:  # the second: never loop on something that cannot go
                break
        async with self._database.transaction() as store:
            report.processed_inbound = await SqlPrivacy(store).forget_processed_inbound(
                self._clock.now() - timedelta(days=PROCESSED_INBOUND_DAYS))
        if report.total:
            log.info("retention erased %s children, %s families without children, %s inactive families, %s chats",
                     report.children, report.childless_families, report.inactive_families, report.chats)
        return report

    async def _pass(self, store: SqlStore, report: RetentionReport, limit: int | None) -> bool:
        """One batch of each kind; True when nothing is left to erase."""
        privacy = SqlPrivacy(store)
        now, today = self._clock.now(), self._clock.today()

        def erasure(reason: str) -> Erasure:
            return Erasure(ACTOR, reason, now, today)

        children = await privacy.children_born_before(self.policy.oldest_birth_date(today), limit)
        for child_id, _family_id in children:
            report.children += await privacy.erase_child(child_id, erasure("age"))
        for family_id in await privacy.childless(sorted({family_id for _, family_id in children})):
            report.childless_families += await privacy.erase_family(family_id, erasure("no_children"))
        cutoff = now - timedelta(days=self.policy.inactive_days)
        families = await privacy.inactive_families(cutoff, limit)
        for family_id in families:
            report.inactive_families += await privacy.erase_family(family_id, erasure("inactive"))
        chats = await privacy.inactive_lone_chats(cutoff, limit)
        for chat_id in chats:
            report.chats += await privacy.erase_chat_id(chat_id, erasure("inactive"))
        return limit is None or all(len(found) < limit for found in (children, families, chats))


class DailyRetention:
    """Runs the retention once per local day, on the first call from RUN_HOUR on (the reminders tick calls it)."""

    def __init__(self, retention: Retention, clock: Clock) -> None:
        self._retention = retention
        self._clock = clock
        self.last_day: date | None = None

    async def __call__(self) -> RetentionReport | None:
        today = self._clock.today()
        if self.last_day == today or self._clock.now().astimezone(self._clock.zone).hour < RUN_HOUR:
            return None
        self.last_day = today  # a failing run is logged by the tick and tried again tomorrow, not every tick
        return await self._retention.run()
