"""Retention with a fixed clock: children past 7 and inactive families go, everything else stays."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.clock import FixedClock
from bot.core.family import Chat, Child, Family
from bot.core.mediation import AuditEntry
from bot.core.messages import ChannelUser
from bot.storage import Database
from bot.storage.mediators import SqlMediators
from bot.storage.models import AuditRow, ChatRow, ChildRow, FamilyRow, ProcessedInboundRow
from bot.storage.privacy_store import statistics
from scheduler.retention import DailyRetention, Retention, RetentionPolicy
from scheduler.runner import ReminderRunner
from tests.fakes.chat import NOW

LONG_AGO = NOW - timedelta(days=800)
RECENTLY = NOW - timedelta(days=10)


async def family(database: Database, user: str, *born: date) -> tuple[int, list[int]]:
    async with database.transaction() as store:
        made = await store.create_family(Family(consent_at=NOW, consent_by="parent"))
        assert made.id is not None
        await store.save_chat(Chat(ChannelUser("telegram", user), locale="en", family_id=made.id))
        kids = [await store.add_child(Child(made.id, day, f"kid of {user}", enrolled_on=day)) for day in born]
    return made.id, [k.id for k in kids if k.id is not None]


async def lone_chat(database: Database, user: str, last_wrote: datetime | None) -> None:
    async with database.transaction() as store:
        await store.save_chat(Chat(ChannelUser("viber", user), locale="rom", step="declined"))
    async with database.engine.begin() as connection:
        await connection.execute(sa.update(ChatRow).where(ChatRow.user_id == user).values(
            created_at=LONG_AGO, updated_at=LONG_AGO, last_inbound_at=last_wrote))


async def age(database: Database, family_id: int, *, last_wrote: datetime | None = LONG_AGO) -> None:
    """Make every timestamp of the family 800 days old (the chat's last message: ``last_wrote``)."""
    async with database.engine.begin() as connection:
        await connection.execute(sa.update(FamilyRow).where(FamilyRow.id == family_id).values(
            created_at=LONG_AGO, updated_at=LONG_AGO, consent_at=LONG_AGO))
        await connection.execute(sa.update(ChildRow).where(ChildRow.family_id == family_id).values(
            created_at=LONG_AGO, updated_at=LONG_AGO))
        await connection.execute(sa.update(ChatRow).where(ChatRow.family_id == family_id).values(
            created_at=LONG_AGO, updated_at=LONG_AGO, last_inbound_at=last_wrote))


async def snapshot(database: Database) -> dict[str, list[tuple[object, ...]]]:
    async with database.engine.connect() as connection:
        return {table.name: sorted(map(tuple, (await connection.execute(sa.select(table))).all()), key=repr)
                for table in (FamilyRow.__table__, ChildRow.__table__, ChatRow.__table__, AuditRow.__table__)}


async def ids(database: Database, model: type) -> set[int]:
    async with database.engine.connect() as connection:
        return set((await connection.execute(sa.select(model.id))).scalars())


async def test_children_past_seven_and_inactive_families_are_erased_and_counted(database: Database) -> None:
    clock = FixedClock(NOW)  # Sunday 22 November 2026 in Belgrade
    mixed, (seven_yesterday, baby) = await family(database, "mixed", date(2019, 11, 21), date(2025, 5, 1))
    _, (almost_seven, seven_today) = await family(database, "almost", date(2019, 11, 23), date(2019, 11, 22))
    only_old, _ = await family(database, "only-old", date(2019, 1, 1))
    asleep, _ = await family(database, "asleep", date(2025, 1, 1))
    wrote, _ = await family(database, "wrote", date(2025, 1, 1))
    visited, _ = await family(database, "visited", date(2025, 1, 1))
    await age(database, asleep)
    await age(database, wrote, last_wrote=RECENTLY)
    await age(database, visited)
    async with database.transaction() as store:  # a mediator looked at this family 100 days ago
        await SqlMediators(store.session).audit(AuditEntry("mediator:1", "view_family", NOW - timedelta(days=100),
                                                           visited, 1))
    await lone_chat(database, "silent", LONG_AGO)
    await lone_chat(database, "mediator-ana", LONG_AGO)  # a mediator's own chat is hers, not a family's
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        ana = await mediators.add_mediator("Ana")
        chat = await store.get_chat(ChannelUser("viber", "mediator-ana"))
        assert chat is not None and chat.id is not None
        await mediators.bind_mediator_chat(ana.id, chat.id)
    await lone_chat(database, "talking", RECENTLY)
    retention = Retention(database, clock, RetentionPolicy(inactive_days=730, child_max_age_years=7), batch=1)

    before = await snapshot(database)
    dry = await retention.run(dry_run=True)
    assert await snapshot(database) == before  # a dry run changes nothing
    report = await retention.run()

    assert (dry.children, dry.childless_families, dry.inactive_families, dry.chats) == (2, 1, 1, 1)
    assert (report.children, report.childless_families, report.inactive_families, report.chats) == (2, 1, 1, 1)
    assert await ids(database, ChildRow) >= {baby, almost_seven, seven_today}
    assert not await ids(database, ChildRow) & {seven_yesterday}
    assert await ids(database, FamilyRow) == {mixed, await _family_of(database, almost_seven), wrote, visited}
    async with database.engine.connect() as connection:
        users = set((await connection.execute(sa.select(ChatRow.user_id))).scalars())
        erased = (await connection.execute(sa.select(AuditRow.actor, AuditRow.action, AuditRow.detail,
                                                     AuditRow.family_id).where(AuditRow.family_id.is_(None)))).all()
    assert users == {"mixed", "almost", "wrote", "visited", "talking", "mediator-ana"}
    async with database.transaction() as store:
        counts = set(await statistics(store.session))
    day = date(2026, 11, 22)
    assert counts == {(day, "child_erased:age", 2), (day, "family_erased:no_children", 1),
                      (day, "family_erased:inactive", 1), (day, "chat_erased:inactive", 1)}
    assert sorted(erased) == [("retention", "chat_erased", "inactive", None),
                              ("retention", "family_erased", "inactive", None),
                              ("retention", "family_erased", "no_children", None)]
    assert (await retention.run()).total == 0  # nothing left


async def _family_of(database: Database, child_id: int) -> int:
    async with database.engine.connect() as connection:
        return (await connection.execute(sa.select(ChildRow.family_id).where(ChildRow.id == child_id))).scalar_one()


async def test_a_longer_limit_keeps_the_same_family(database: Database) -> None:
    asleep, _ = await family(database, "asleep", date(2025, 1, 1))
    await age(database, asleep)
    report = await Retention(database, FixedClock(NOW), RetentionPolicy(inactive_days=1000)).run()
    assert report.total == 0 and await ids(database, FamilyRow) == {asleep}


async def test_the_daily_run_starts_once_a_day_from_three_at_night() -> None:
    runs: list[date] = []

    class Counting(Retention):
        def __init__(self, clock: FixedClock) -> None:
            self.clock = clock

        async def run(self, *, dry_run: bool = False):  # type: ignore[override]
            runs.append(self.clock.today())
            return None

    clock = FixedClock(datetime(2026, 11, 22, 1, 30, tzinfo=UTC))  # 02:30 in Belgrade
    daily = DailyRetention(Counting(clock), clock)
    assert await daily() is None and runs == []
    clock.advance(hours=1)  # 03:30
    await daily()
    await daily()
    clock.advance(days=1)
    await daily()
    assert runs == [date(2026, 11, 22), date(2026, 11, 23)]


@pytest.mark.parametrize("fails", [False, True], ids=["works", "fails"])
async def test_the_reminders_tick_runs_the_daily_step_after_sending(fails: bool) -> None:
    calls: list[str] = []

    async def step(name: str) -> None:
        calls.append(name)
        if name == "daily" and fails:
            raise RuntimeError("database gone")

    runner = ReminderRunner(lambda: step("plan"), lambda: step("dispatch"), 30, daily=lambda: step("daily"))
    report = await runner.tick()
    assert calls == ["plan", "dispatch", "daily"] and report.failed is fails


async def test_old_dedupe_marks_of_inbound_updates_are_dropped(database: Database) -> None:
    async with database.transaction() as store:
        await store.claim_inbound("telegram", "old")
        await store.claim_inbound("telegram", "recent")
    async with database.engine.begin() as connection:
        await connection.execute(sa.update(ProcessedInboundRow).where(ProcessedInboundRow.inbound_id == "old")
                                 .values(processed_at=NOW - timedelta(days=8)))
        await connection.execute(sa.update(ProcessedInboundRow).where(ProcessedInboundRow.inbound_id == "recent")
                                 .values(processed_at=NOW - timedelta(days=6)))
    report = await Retention(database, FixedClock(NOW)).run()
    assert report.processed_inbound == 1 and report.total == 0
    async with database.engine.connect() as connection:
        kept = (await connection.execute(sa.select(ProcessedInboundRow.inbound_id))).scalars().all()
    assert kept == ["recent"]
