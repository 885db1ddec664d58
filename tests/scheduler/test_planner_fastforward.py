"""Seven years of reminders in fast-forward, checked against content/data/immunization.yaml.

Twenty-nine children born 0, 91, 182, ... days before the start and followed for 91 days with an injected clock
cover every day of age from birth to 7 years and 3 months between them (the last follow-ups of the school-age
doses included): the planner treats every day of age alike, so this is a child's first seven years at a
twenty-ninth of the cost. Once with a parent who records every dose two days after its recommended day, once
with a parent who never does. Each simulated day: one planner tick (the window stays 14 days ahead), the fake
parent, then a fake dispatcher that sends everything due that day.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from bot.clock import FixedClock
from bot.core.library import Dose
from bot.storage.database import Database
from tests.scheduler.planner_world import (
    BELGRADE,
    add_child,
    add_family,
    deliver,
    library,
    local,
    planner,
    record,
)

START = date(2026, 1, 5)
DAYS = 91
COHORTS = 29
FOLLOW_UPS = (7, 21, 49, 105, 217, 441)
DOSES = library().doses  # content/data/immunization.yaml


def _expected(dose: Dose, born: date, recorded: bool) -> dict[str, int]:
    """The stages the schedule file asks for, by day of age (calendar months and years for this birth date)."""
    r, latest = (dose.recommended_age.on(born) - born).days, (dose.latest_age.on(born) - born).days
    stages = {"before": r - 3, "on": r}
    if not recorded:
        stages |= {f"followup-{n}": r + gap for n, gap in enumerate(FOLLOW_UPS, 1) if r + gap <= latest}
    return stages


async def _simulate(database: Database) -> tuple[dict[int, tuple[date, bool]], list[dict]]:
    recorder, forgetter = await add_family(database, hour=9), await add_family(database, hour=17)
    children: dict[int, tuple[date, bool]] = {}
    for cohort in range(COHORTS):
        born = START - timedelta(days=DAYS * cohort)
        for family, records in ((recorder, True), (forgetter, False)):
            children[await add_child(database, family, born)] = (born, records)
    due_records: dict[date, list[tuple[int, str]]] = defaultdict(list)  # the parent's records, by day
    for child, (born, records) in children.items():
        for dose in DOSES if records else ():
            if dose.place != "porodiliste":
                due_records[dose.recommended_age.on(born) + timedelta(days=2)].append((child, dose.id))
    for day in sorted(day for day in due_records if day < START):  # what the parent recorded before
        for child, dose_id in due_records.pop(day):
            await record(database, child, dose_id, day)
    clock = FixedClock(local(START, 6))
    plan = planner(database, clock)
    for _ in range(15):  # a fresh start fills the 14-day window, one day per tick
        await plan.tick()
    sent: list[dict] = []
    for offset in range(DAYS):
        today = START + timedelta(days=offset)
        clock.instant = local(today, 6)
        await plan.tick()
        for child, dose_id in due_records.get(today, ()):
            await record(database, child, dose_id, today)
        sent += await deliver(database, local(today, 23, 59))
    return children, sent


async def test_seven_years_of_reminders_follow_the_immunization_file_with_one_tip_a_week(
    fast_database: Database,
) -> None:
    children, sent = await _simulate(fast_database)

    assert all(row["local_day"] == row["due_at"].astimezone(BELGRADE).date() for row in sent)
    assert max(DAYS * COHORTS, *(d.latest_days for d in DOSES if d.id != "mmr_2")) >= 7 * 365
    _check_vaccines(children, [row for row in sent if row["kind"] == "vaccine"])
    _check_tips(children, [row for row in sent if row["kind"] == "tip"])


def _check_vaccines(children: dict[int, tuple[date, bool]], sent: list[dict]) -> None:
    """Every confirmed dose reminded before and on its day, followed up while open unless recorded, none after."""
    by_child: dict[int, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for row in sent:
        born = children[row["child_id"]][0]
        by_child[row["child_id"]][row["item"]][row["stage"]] = (row["local_day"] - born).days
    for child, (born, records) in children.items():
        first, last = (START - born).days, (START - born).days + DAYS - 1  # the ages this child covered
        for dose in DOSES:
            got = by_child[child].get(dose.id, {})
            if dose.place == "porodiliste" or not dose.verified:  # unverified: only with REMIND_UNVERIFIED
                assert got == {}, dose.id
                continue
            wanted = {stage: age for stage, age in _expected(dose, born, records).items() if first <= age <= last}
            assert got == wanted, (dose.id, born, records)


def _check_tips(children: dict[int, tuple[date, bool]], sent: list[dict]) -> None:
    """At most one tip a week per child, at the family's hour, never the same tip twice."""
    per_child: dict[int, list[dict]] = defaultdict(list)
    for row in sent:
        per_child[row["child_id"]].append(row)
    for child, (born, _) in children.items():
        first_age = (START - born).days
        if first_age + DAYS <= 364:  # first year: a new tip every week (13 Tuesdays in 91 days)
            assert len(per_child[child]) == 13, first_age
        if first_age > max(tip.end_days for tip in library().tips):
            assert per_child[child] == [], first_age
    for rows in per_child.values():
        days = sorted(row["local_day"] for row in rows)
        assert all(b - a >= timedelta(days=7) for a, b in zip(days, days[1:], strict=False))
        assert len({row["item"] for row in rows}) == len(rows)
        assert {row["due_at"].astimezone(BELGRADE).hour for row in rows} <= {9, 17}
