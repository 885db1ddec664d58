"""``cavororo reminders preview`` and ``cavororo reminders due`` (on SQLite: what they print, and that they
write nothing)."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.cli import main
from bot.clock import FixedClock
from bot.storage import Database, make_engine, migrate
from bot.storage.models import ChatRow
from tests.scheduler.planner_world import OUTBOX, add_child, add_family, deliver, local, outbox, planner

DAY = date(2026, 12, 1)  # a Tuesday: the default tip weekday
MARKED = "tip-w10-tummy-time"  # checkback: true in content/data/tips.yaml


def _world(url: str, families: list[tuple[str, int, list[date]]]) -> list[int]:
    """Families (chat language, tip hour, children's birth dates); returns the children's ids."""

    async def build() -> list[int]:
        await migrate(url)
        database = Database(make_engine(url))
        children = []
        try:
            for n, (locale, hour, births) in enumerate(families):
                family = await add_family(database, hour=hour)
                async with database.engine.begin() as connection:
                    await connection.execute(sa.insert(ChatRow.__table__).values(
                        channel="viber", user_id=f"parent-{n}", locale=locale, family_id=family, data={}))
                children += [await add_child(database, family, born) for born in births]
        finally:
            await database.dispose()
        return children

    return asyncio.run(build())


def _rows(url: str) -> list[dict]:
    async def read() -> list[dict]:
        database = Database(make_engine(url))
        try:
            return await outbox(database)
        finally:
            await database.dispose()

    return asyncio.run(read())


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"


def test_preview_shows_a_childs_whole_plan_in_the_familys_language(url: str, capsys) -> None:
    [child] = _world(url, [("en", 9, [date(2026, 1, 5)])])

    main(["reminders", "preview", "--child", str(child), "--db", url])

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"Reminders for child {child} (") and "in en:" in out[0]
    assert out[1].startswith("5 January 2026 09:00  ")  # born and enrolled that day: the newborn visits
    first_dose = [line for line in out if "DTaP-IPV-Hib (5-in-1), dose 1" in line]
    assert [line.split("·")[1].strip() for line in first_dose] == [
        "3 days before", "on the day", "follow-up 1", "follow-up 2"]
    assert all(" 09:00 " in line and line.endswith("to be planned") for line in first_dose)
    assert _rows(url) == []  # looking plans nothing


def test_preview_shows_what_became_of_the_reminders_already_planned(url: str, capsys) -> None:
    [child] = _world(url, [("en", 10, [date(2026, 10, 1)])])

    async def plan_and_send() -> None:
        database = Database(make_engine(url))
        try:
            await planner(database, FixedClock(local(DAY, 6))).plan_day(DAY)
            await deliver(database, local(DAY, 12))
            await planner(database, FixedClock(local(DAY, 12))).plan_day(DAY + timedelta(days=7))
        finally:
            await database.dispose()

    asyncio.run(plan_and_send())
    main(["reminders", "preview", "--child", str(child), "--db", url])

    lines = capsys.readouterr().out.splitlines()
    sent = [line for line in lines if line.endswith("· sent")]
    planned = [line for line in lines if line.endswith("· planned")]
    assert sent and all(line.startswith("1 December 2026 10:00") for line in sent)
    assert planned and all(line.startswith("8 December 2026 10:00") for line in planned)


def test_preview_speaks_the_language_asked_for(url: str, capsys) -> None:
    [child] = _world(url, [("en", 10, [date(2026, 1, 5)])])

    main(["reminders", "preview", "--child", str(child), "--lang", "sr-Latn", "--db", url])

    out = capsys.readouterr().out
    assert f"Podsetnici za dete {child}" in out and "na sam dan" in out and "nedeljni savet" in out


def test_preview_of_an_unknown_child_says_so(url: str, capsys) -> None:
    _world(url, [])

    main(["reminders", "preview", "--child", "404", "--lang", "en", "--db", url])

    assert capsys.readouterr().out.strip() == "There is no child 404."


def test_due_shows_one_message_per_family_and_writes_nothing(url: str, capsys) -> None:
    two_months = date(2026, 10, 1)  # 61 days old on DAY: the 2-month doses and check-up
    _world(url, [("en", 9, [two_months, date(2026, 6, 1)]), ("sr-Latn", 8, [two_months]), ("en", 11, [two_months])])

    main(["reminders", "due", "--at", "2026-12-01 10:00", "--db", url])

    out = capsys.readouterr().out
    assert out.startswith("2026-12-01 10:00: 2 families get a message")  # the third one's hour is 11:00
    assert out.count("— Family ") == 2
    assert out.count("Reminders for your family") == 1 and out.count("Podsetnici za tvoju porodicu") == 1
    assert "(viber, en, 09:00)" in out and "(viber, sr-Latn, 08:00)" in out
    assert out.count("[⬅️ Menu]") == 1 and out.count("[⬅️ Meni]") == 1  # the buttons of each message
    assert _rows(url) == []


@pytest.mark.parametrize(
    ("at", "said"),
    [
        pytest.param("2026-12-01 22:30", "2026-12-01 22:30 is in the quiet hours: nothing goes out until "
                                         "2026-12-02 08:00.", id="quiet-hours"),
        pytest.param("2026-12-01 08:30", "2026-12-01 08:30: nothing goes out.", id="before-the-family-hour"),
    ],
)
def test_due_when_nothing_goes_out_says_so(url: str, capsys, at: str, said: str) -> None:
    _world(url, [("en", 10, [date(2026, 10, 1)])])

    main(["reminders", "due", "--at", at, "--db", url])

    assert capsys.readouterr().out.strip() == said


def test_due_refuses_a_time_it_cannot_read(url: str, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["reminders", "due", "--at", "tomorrow morning", "--db", url])

    assert stopped.value.code == 2 and "not a local time" in capsys.readouterr().err


def test_due_shows_the_catch_up_that_serve_and_the_preview_send_at_that_time(url: str, capsys) -> None:
    async def build() -> int:
        await migrate(url)
        database = Database(make_engine(url))
        try:
            family = await add_family(database, hour=10)
            async with database.engine.begin() as connection:
                await connection.execute(sa.insert(ChatRow.__table__).values(
                    channel="viber", user_id="parent-late", locale="en", family_id=family, data={}))
            return await add_child(database, family, date(2026, 2, 3), enrolled=local(DAY, 9))  # at ten months
        finally:
            await database.dispose()

    child = asyncio.run(build())
    main(["reminders", "preview", "--child", str(child), "--db", url])
    preview = capsys.readouterr().out
    main(["reminders", "due", "--at", "2026-12-01 10:00", "--db", url])
    due = capsys.readouterr().out

    assert any(line.startswith("1 December 2026 10:00") and "catch-up" in line for line in preview.splitlines())
    assert due.startswith("2026-12-01 10:00: one family gets a message")
    assert "is missing some vaccines" in due and "DTaP-IPV-Hib (5-in-1), dose 1" in due
    assert "(5-in-1), dose 2" not in due  # first dose 1: dose 2 waits for it
    assert _rows(url) == []


def _world_with_a_delivered_activity_tip(url: str, channels: list[str], born: date) -> None:
    """One family per channel, tip hour 10:00, weekly tip on Fridays, whose child got the marked activity tip
    on Sunday 29 November at 10:00: its check-back comes due on Tuesday DAY at 10:00."""

    async def build() -> None:
        await migrate(url)
        database = Database(make_engine(url))
        try:
            for n, channel in enumerate(channels):
                family = await add_family(database, weekday=4, hour=10)
                child = await add_child(database, family, born)
                async with database.engine.begin() as connection:
                    await connection.execute(sa.insert(ChatRow.__table__).values(
                        channel=channel, user_id=f"parent-{n}", locale="en", family_id=family, data={}))
                    sent = local(DAY - timedelta(days=2), 10)
                    await connection.execute(sa.insert(OUTBOX).values(
                        family_id=family, child_id=child, kind="tip", item=MARKED, stage="weekly", due_at=sent,
                        local_day=DAY - timedelta(days=2), idempotency_key=f"tip:{n}", created_at=sent,
                        state="sent", sent_at=sent, schedule_version=1, attempts=1))
        finally:
            await database.dispose()

    asyncio.run(build())


def test_due_shows_the_activity_check_backs_and_writes_nothing(url: str, capsys) -> None:
    _world_with_a_delivered_activity_tip(url, ["telegram", "viber"], date(2026, 9, 22))

    main(["reminders", "due", "--at", "2026-12-01 10:00", "--db", url])

    out = capsys.readouterr().out
    assert out.startswith("2026-12-01 10:00: 2 families get a message")
    telegram, viber = out.split("— Family ")[1:]
    question = "Did you try putting your baby on their tummy on a blanket for a little while?"
    for message in (telegram, viber):
        assert question in message and "[👍 Yes] [🙁 Not yet] [💬 It was hard]" in message
    assert telegram.startswith("1 (telegram, en, 10:00)") and "Viber, check-back only" not in telegram
    assert viber.startswith("2 (viber, en, 10:00)") and "(Viber, check-back only: it goes out now only if" in viber
    assert [row["kind"] for row in _rows(url)] == ["tip", "tip"]  # the planned check-backs were rolled back


def test_preview_names_a_planned_check_back_by_its_question(url: str, capsys) -> None:
    _world_with_a_delivered_activity_tip(url, ["telegram"], date(2026, 9, 22))

    async def plan_it() -> None:
        database = Database(make_engine(url))
        try:
            await planner(database, FixedClock(local(DAY, 9))).plan_checkbacks(local(DAY, 9))
        finally:
            await database.dispose()

    asyncio.run(plan_it())
    main(["reminders", "preview", "--child", "1", "--db", url])

    lines = [line for line in capsys.readouterr().out.splitlines() if "Did you try it?" in line]
    assert lines == ["1 December 2026 10:00  “Did you try it?” Did you try putting your baby on their tummy on a "
                     "blanket for a little while? · check-back · planned"]
