"""Extra tips reach a first-year child through the weekly message (issue 15), on SQLite and PostgreSQL: the bulk
planner plans each week's tip with a fixed clock, the fake dispatcher sends it (the tip is then seen), and over
sixteen weeks the extra tips arrive in their weeks while the appointment and vaccine tips keep theirs."""

from __future__ import annotations

from datetime import date, timedelta

from bot.clock import FixedClock
from bot.core.tips import extra_weeks, yields
from bot.storage.database import Database
from tests.scheduler.planner_world import add_child, add_family, deliver, library, local, planner

BORN = date(2026, 6, 1)  # a Monday, the family's tip day
WEEKS = 16


async def test_a_first_year_child_gets_extra_tips_over_the_weeks_without_losing_its_appointments(
    fast_database: Database,
) -> None:
    family = await add_family(fast_database, weekday=BORN.weekday(), hour=10)
    child = await add_child(fast_database, family, BORN)
    clock = FixedClock(local(BORN, 6))
    plan = planner(fast_database, clock, horizon=0)
    sent: dict[int, str] = {}
    for week in range(WEEKS):
        day = BORN + timedelta(days=7 * week)
        clock.instant = local(day, 6)
        await plan.plan_day(day)
        for row in await deliver(fast_database, local(day, 23)):
            if row["kind"] == "tip" and row["child_id"] == child:
                sent[week] = row["item"]

    tips = {tip.id: tip for tip in library().tips}
    extras = {week: tip for week, tip in sent.items() if tips[tip].extra}
    assert sorted(sent) == list(range(WEEKS))  # one tip a week
    assert set(extras) == {week for week in extra_weeks(library().tips) if week < WEEKS}  # weeks 2, 6, 9, 15
    assert len(set(extras.values())) == len(extras) >= 4  # a different extra tip each time
    assert "tip-x-hot-weather" in extras.values()  # June: the summer tip's season
    # the chain tips that do not yield (appointments, vaccines, documents, health, safety, feeding) all came
    critical = {tip.id for tip in tips.values() if not tip.extra and tip.end_days < 7 * WEEKS and not yields(tip)}
    assert critical <= set(sent.values())
    assert {"tip-w01-patronage-nurse", "tip-w03-birth-registration", "tip-w08-first-vaccines"} <= critical
