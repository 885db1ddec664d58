"""The planner on SQLite and PostgreSQL: idempotent keys, re-planning what changed, cancelling what is obsolete."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.clock import FixedClock
from bot.core.age import add_months
from bot.core.library import CHRONOLOGICAL
from bot.storage.database import Database
from tests.scheduler.planner_world import (
    BELGRADE,
    add_child,
    add_family,
    answer,
    edited,
    library,
    local,
    outbox,
    planner,
    record,
    set_child,
    set_family,
)

TODAY = date(2026, 6, 1)  # a Monday


def _keys(rows: list[dict]) -> set[str]:
    return {row["idempotency_key"] for row in rows}


async def _pending(database: Database, child_id: int) -> list[dict]:
    return await outbox(database, child_id=child_id, state="pending")


async def test_planning_the_same_day_twice_adds_nothing(fast_database: Database) -> None:
    family = await add_family(fast_database, weekday=TODAY.weekday())
    for days_old in (58, 61, 68, 300, 365):
        await add_child(fast_database, family, TODAY - timedelta(days=days_old))
    plan = planner(fast_database, FixedClock(local(TODAY, 6)))

    first = await plan.plan_day(TODAY)
    again = await plan.plan_day(TODAY)

    rows = await outbox(fast_database)
    assert first == len(rows) > 0 and again == 0
    assert len(_keys(rows)) == len(rows)
    assert {(row["kind"], row["stage"]) for row in rows} >= {("vaccine", "before"), ("vaccine", "on"),
                                                               ("vaccine", "followup-1"), ("tip", "weekly")}


async def test_planning_all_children_at_once_and_one_by_one_gives_the_same_rows(fast_database: Database) -> None:
    early = await add_family(fast_database, weekday=TODAY.weekday(), hour=9)
    late = await add_family(fast_database, weekday=(TODAY.weekday() + 3) % 7, hour=22)  # quiet: next morning
    children = [await add_child(fast_database, family, TODAY - timedelta(days=age), weeks=weeks)
                for family, age, weeks in [(early, 55, None), (early, 100, 30), (late, 150, None), (late, 700, 33),
                                           (late, 2185, None), (early, 20, 28)]]
    plan = planner(fast_database, FixedClock(local(TODAY, 6)))
    for offset in range(15):
        await plan.plan_day(TODAY + timedelta(days=offset))
    bulk = await outbox(fast_database)

    report = await plan.replan_children(children)

    assert (report.added, report.cancelled) == (0, 0)
    assert len(bulk) > 30 and await outbox(fast_database) == bulk  # without the unverified doses and visits


async def test_a_corrected_birth_date_replans_that_child_and_cancels_its_obsolete_rows(fast_database: Database) -> None:
    family = await add_family(fast_database)
    moved = await add_child(fast_database, family, TODAY - timedelta(days=60))
    sibling = await add_child(fast_database, family, TODAY - timedelta(days=58), enrolled=local(TODAY, 7))
    plan = planner(fast_database, FixedClock(local(TODAY, 6)))
    await plan.tick()
    await plan.replan_children([moved, sibling])
    before, sibling_before = await _pending(fast_database, moved), await _pending(fast_database, sibling)

    await set_child(fast_database, moved, birth_date=TODAY - timedelta(days=40))
    report = await plan.tick()

    after = await _pending(fast_database, moved)
    cancelled = await outbox(fast_database, child_id=moved, state="cancelled")
    # a planned tip that still fits the new age (an extra tip with a wide window) keeps its weekly slot
    kept = [row for row in before if row["id"] not in {row["id"] for row in cancelled}]
    assert all(row["kind"] == "tip" and row in after for row in kept)
    assert report.children >= 1 and report.cancelled == len(before) - len(kept) > 0
    assert {row["id"] for row in cancelled} == {row["id"] for row in before} - {row["id"] for row in kept}
    assert all(row["last_error"] == "replanned" and "#" in row["idempotency_key"] for row in cancelled)
    doses = [row for row in after if row["kind"] != "tip"]  # a tip's key is its weekly slot, whatever the age
    assert doses and not _keys(doses) & _keys(before)
    assert await _pending(fast_database, sibling) == sibling_before

    await set_child(fast_database, moved, birth_date=TODAY - timedelta(days=60))  # put back: planned afresh
    await plan.tick()
    assert _keys(await _pending(fast_database, moved)) == _keys(before)


async def test_a_removed_child_leaves_nothing_to_send(fast_database: Database) -> None:
    family = await add_family(fast_database)
    removed = await add_child(fast_database, family, TODAY - timedelta(days=61))
    kept = await add_child(fast_database, family, TODAY - timedelta(days=61))
    plan = planner(fast_database, FixedClock(local(TODAY, 6)))
    await plan.tick()
    assert await _pending(fast_database, removed)

    async with fast_database.transaction() as store:
        await store.remove_child(removed)
    await plan.tick()

    assert await outbox(fast_database, child_id=removed) == []
    assert await _pending(fast_database, kept)


async def test_late_enrolment_gets_one_catch_up_and_no_stale_reminders(fast_database: Database) -> None:
    family = await add_family(fast_database)
    born = TODAY - timedelta(days=426)  # 14 months old
    child = await add_child(fast_database, family, born, enrolled=local(TODAY, 11))
    plan = planner(fast_database, FixedClock(local(TODAY, 11, 30)))

    await plan.replan_child(child)
    await plan.tick()
    await plan.replan_child(child)

    rows = await _pending(fast_database, child)
    catchups = [row for row in rows if row["kind"] == "catchup"]
    assert len(catchups) == 1 and catchups[0]["local_day"] == TODAY
    assert catchups[0]["due_at"] == local(TODAY, 11, 30)  # the family hour (10:00) has passed: now
    assert all(row["local_day"] >= TODAY for row in rows)


async def test_a_schedule_edit_replans_only_the_edited_dose(fast_database: Database) -> None:
    family = await add_family(fast_database)
    child = await add_child(fast_database, family, TODAY - timedelta(days=360))  # MMR 1 and the 12-month check-up soon
    clock = FixedClock(local(TODAY, 6))
    plan = planner(fast_database, clock)
    for _ in range(15):
        await plan.tick()
    before = {row["id"]: row for row in await _pending(fast_database, child)}
    assert {"mmr_1", "checkup_12_15m"} <= {row["item"] for row in before.values()}

    replanned = planner(fast_database, clock, edited(library(), "mmr_1", recommended_age_days=366))
    await replanned.tick()

    after = {row["id"]: row for row in await _pending(fast_database, child)}
    cancelled = [row for row in await outbox(fast_database, state="cancelled")]
    assert {row["item"] for row in cancelled} == {"mmr_1"}
    assert {row_id for row_id in before if before[row_id]["item"] != "mmr_1"} <= set(after)  # kept, same rows
    new = [row for row in after.values() if row["id"] not in before]
    assert {row["item"] for row in new} == {"mmr_1"}
    assert {row["schedule_version"] for row in new}.isdisjoint({row["schedule_version"] for row in cancelled})


async def test_a_recorded_dose_and_a_done_answer_stop_their_reminders(fast_database: Database) -> None:
    family = await add_family(fast_database)
    child = await add_child(fast_database, family, TODAY - timedelta(days=63))  # 2-month doses open
    plan = planner(fast_database, FixedClock(local(TODAY, 6)))
    for _ in range(15):
        await plan.tick()
    pending = await _pending(fast_database, child)
    assert {"dtap_ipv_hib_1", "pcv_1"} <= {row["item"] for row in pending}

    await record(fast_database, child, "dtap_ipv_hib_1", TODAY)
    await answer(fast_database, next(r["id"] for r in pending if r["item"] == "pcv_1"), "done")
    await plan.tick()

    left = {row["item"] for row in await _pending(fast_database, child)}
    assert not left & {"dtap_ipv_hib_1", "pcv_1"}
    assert await plan.plan_day(TODAY + timedelta(days=5)) == 0  # and not planned again


@pytest.mark.parametrize(
    ("day", "hour", "local_due"),
    [
        pytest.param(date(2026, 3, 29), 10, (date(2026, 3, 29), 10), id="spring-forward"),
        pytest.param(date(2026, 10, 25), 10, (date(2026, 10, 25), 10), id="fall-back"),
        pytest.param(date(2026, 3, 29), 2, (date(2026, 3, 29), 8), id="spring-forward-missing-hour"),
        pytest.param(date(2026, 10, 25), 2, (date(2026, 10, 25), 8), id="fall-back-repeated-hour"),
        pytest.param(date(2026, 10, 24), 23, (date(2026, 10, 25), 8), id="quiet-evening-before-fall-back"),
    ],
)
async def test_reminders_on_dst_days_and_in_quiet_hours_go_out_at_a_sensible_local_time(
    fast_database: Database, day: date, hour: int, local_due: tuple[date, int]
) -> None:
    family = await add_family(fast_database, hour=hour)
    child = await add_child(fast_database, family, add_months(day, -2))  # 2-month doses on `day`
    plan = planner(fast_database, FixedClock(local(day - timedelta(days=1), 6)))

    await plan.plan_day(day)

    rows = [row for row in await _pending(fast_database, child) if row["stage"] == "on"]
    assert rows and {(row["local_day"], row["due_at"].astimezone(BELGRADE).hour) for row in rows} == {local_due}
    assert all(row["due_at"].astimezone(BELGRADE).minute == 0 for row in rows)


async def test_a_stopped_family_gets_nothing_and_a_paused_one_nothing_during_the_pause(fast_database: Database) -> None:
    stopped = await add_child(fast_database, await add_family(fast_database, stopped=True), TODAY - timedelta(days=61))
    pause_end = local(TODAY + timedelta(days=3), 0)
    paused_family = await add_family(fast_database, paused_until=pause_end)
    paused = await add_child(fast_database, paused_family, TODAY - timedelta(days=61))
    plan = planner(fast_database, FixedClock(local(TODAY, 6)))

    for _ in range(15):
        await plan.tick()
    await plan.replan_children([stopped, paused])

    assert await outbox(fast_database, child_id=stopped) == []
    rows = await _pending(fast_database, paused)
    assert rows and all(row["due_at"] >= pause_end for row in rows)

    await set_family(fast_database, paused_family, reminders_stopped=True)  # /stop after the pause
    await plan.tick()
    assert await _pending(fast_database, paused) == []


async def test_weekly_tips_go_on_the_familys_weekday_by_the_age_each_tip_goes_by(fast_database: Database) -> None:
    family = await add_family(fast_database, weekday=3, hour=18)  # Thursdays 18:00
    term = await add_child(fast_database, family, TODAY - timedelta(days=100))
    early = await add_child(fast_database, family, TODAY - timedelta(days=100), weeks=30)  # corrected: 30 days
    plan = planner(fast_database, FixedClock(local(TODAY, 6)))
    for _ in range(15):
        await plan.tick()

    tips = {child: [r for r in await _pending(fast_database, child) if r["kind"] == "tip"] for child in (term, early)}

    for rows in tips.values():
        assert len(rows) == 2 and all(row["local_day"].weekday() == 3 for row in rows)
        assert all(row["due_at"].astimezone(BELGRADE).hour == 18 for row in rows)
    by_id = {tip.id: tip for tip in library().tips}
    for child, corrected_today in ((term, 100), (early, 30)):
        for row in tips[child]:
            tip, later = by_id[row["item"]], (row["local_day"] - TODAY).days
            age = (100 if tip.age == CHRONOLOGICAL else corrected_today) + later
            assert tip.start_days <= age <= tip.end_days
    # The baby born early gets the vaccine tip of its real age (week 14) before the corrected-age tips.
    assert tips[early][0]["item"] == "tip-w14-second-vaccines"


async def test_a_new_tip_weekday_moves_the_planned_tips(fast_database: Database) -> None:
    family = await add_family(fast_database, weekday=3)
    child = await add_child(fast_database, family, TODAY - timedelta(days=100))
    plan = planner(fast_database, FixedClock(local(TODAY, 6)))
    for _ in range(15):
        await plan.tick()

    await set_family(fast_database, family, tip_weekday=5)
    await plan.tick()

    tips = [row for row in await _pending(fast_database, child) if row["kind"] == "tip"]
    assert tips and all(row["local_day"].weekday() == 5 for row in tips)
