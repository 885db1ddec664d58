"""The dashboard's aggregates (issue 21) against a seeded database, on SQLite and PostgreSQL: exact counts,
small-cell suppression, filters, the mediator-limited view, and no personal value in any cell."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.catalog import load_library
from bot.clock import FixedClock
from bot.dashboard import aggregates
from bot.dashboard.aggregates import panels, settlements_and_mediators, share
from bot.dashboard.panels import SUPPRESSED, Filters, Panel
from bot.dashboard.rollup import ROLLUP, DailyRollup, last_rebuilt, rebuild
from bot.storage import Database
from bot.storage.models import (
    ChatRow,
    ChildRow,
    FamilyProfileRow,
    FamilyRow,
    MediatorRow,
    OutboxRow,
    TipSeenRow,
    VaccinationRecordRow,
)

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ALL_TIME = Filters(date(2020, 1, 1), date(2030, 1, 1))
DOSES = load_library(ROOT / "content").doses

# What the seed holds that is personal: none of it may appear in any cell.
CAREGIVERS = ("Zlatija Caregiverova", "Bisera Seedovna")
PHONES = ("+381641112233", "+381649998877")
NICKNAMES = ("Dragance", "Mirelica")
ALTINA_BIRTH, KAMENDIN_BIRTH, SELF_BIRTH = date(2024, 1, 10), date(2025, 6, 1), date(2026, 1, 15)
USER_IDS = ("tg-user-777001", "viber-user-AbC123==")


async def seed(database: Database) -> tuple[int, int]:
    """Altina: 6 families of mediator 1 (Viber, Romani, active), one child each born 2024-01-10, enrolled in
    March, 5 with MMR 1 recorded. Kamendin: 2 families of mediator 2 (Telegram, Serbian; 1 stopped, 1 paused),
    children born 2025-06-01 enrolled in April. Self-enrolled: 5 families without a profile, chats blocked,
    children born 2026-01-15 enrolled in April. Outbox in November; tips seen."""
    families, chats, children, profiles, records, outbox, seen = [], [], [], [], [], [], []
    stamp = dict(created_at=NOW, updated_at=NOW)
    mediators = [dict(id=1, name="Mediator One", **stamp), dict(id=2, name="Mediator Two", **stamp)]
    groups = (("altina", 1, "viber", "rom", True, ALTINA_BIRTH, date(2026, 3, 5), 6),
              ("kamendin", 2, "telegram", "sr", True, KAMENDIN_BIRTH, date(2026, 4, 10), 2),
              (None, None, "telegram", "en", False, SELF_BIRTH, date(2026, 4, 20), 5))
    fid = 0
    for settlement, mediator, channel, locale, active, birth, enrolled, count in groups:
        for _ in range(count):
            fid += 1
            families.append(dict(id=fid, reminders_stopped=settlement == "kamendin" and fid % 2 == 1,
                                 reminders_paused_until=NOW + timedelta(days=9)
                                 if settlement == "kamendin" and fid % 2 == 0 else None, **stamp))
            chats.append(dict(id=fid, channel=channel, user_id=f"{USER_IDS[fid % 2]}-{fid}", locale=locale,
                              family_id=fid, data={}, active=active,
                              last_inbound_at=datetime(2026, 11, 10, 8, 0, tzinfo=UTC), **stamp))
            children.append(dict(id=fid, family_id=fid, nickname=NICKNAMES[fid % 2], birth_date=birth,
                                 enrolled_on=enrolled, **stamp))
            if settlement is not None:
                profiles.append(dict(family_id=fid, mediator_id=mediator, caregiver=CAREGIVERS[fid % 2],
                                     locale=locale, settlement=settlement, phone=PHONES[fid % 2],
                                     consent_method="paper", enrolled_at=NOW, **stamp))
    for child in range(1, 6):  # altina children 1-5: MMR 1
        records.append(dict(child_id=child, dose_id="mmr_1", given_on=date(2025, 2, 1), recorded_by="parent",
                            created_at=NOW))

    def row(family: int, kind: str, item: str, state: str, answer: str | None = None, error: str | None = None,
            sent_at: datetime | None = None) -> dict[str, object]:
        due = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
        return dict(family_id=family, child_id=family, kind=kind, item=item, stage="on", due_at=due,
                    local_day=due.date(), idempotency_key=f"{family}:{kind}:{item}:{len(outbox)}", state=state,
                    answer=answer, last_error=error, sent_at=sent_at, created_at=NOW)

    free, paid = datetime(2026, 11, 10, 9, 0, tzinfo=UTC), datetime(2026, 11, 12, 9, 0, tzinfo=UTC)
    for family in range(1, 7):  # altina: 6 vaccine reminders sent (5 free, 1 paid), 5 done, 1 not yet
        outbox.append(row(family, "vaccine", "mmr_1", "sent", "done" if family <= 5 else "not_yet",
                          sent_at=free if family <= 5 else paid))
        outbox.append(row(family, "tip", "tip-w02-skin-to-skin", "sent", "done" if family <= 5 else None,
                          sent_at=free))
        seen.append(dict(child_id=family, tip_id="tip-w02-skin-to-skin",
                         seen_at=datetime(2026, 11, 10, 10, 0, tzinfo=UTC)))
    for family in range(1, 6):  # altina: 5 check-up reminders, all done
        outbox.append(row(family, "checkup", "checkup_1m", "sent", "done", sent_at=paid))
    for n in range(5):  # kamendin: 5 failed (blocked), 2 cancelled
        outbox.append(row(7 + n % 2, "vaccine", f"d{n}", "failed", error="blocked"))
    for n in range(2):
        outbox.append(row(7 + n, "vaccine", f"c{n}", "cancelled"))
    async with database.engine.begin() as connection:
        for model, rows in ((MediatorRow, mediators), (FamilyRow, families), (ChatRow, chats),
                            (ChildRow, children), (FamilyProfileRow, profiles), (VaccinationRecordRow, records),
                            (OutboxRow, outbox), (TipSeenRow, seen)):
            await connection.execute(sa.insert(model.__table__), rows)
    return 1, 2


@pytest.fixture
async def seeded(database: Database) -> Database:
    await seed(database)
    await rebuild(database, TODAY, NOW, DOSES)
    return database


def by_key(result: list[Panel]) -> dict[str, Panel]:
    return {panel.key: panel for panel in result}


def rows(panel: Panel) -> dict[object, tuple[object, ...]]:
    return {row[0]: row[1:] for row in panel.rows}


async def test_enrolment_panels(seeded: Database) -> None:
    result = by_key(await panels(seeded, ALL_TIME))
    assert result["enrolled-month"].rows == (("2026-03", 6, 6), ("2026-04", 7, 7))
    assert rows(result["enrolled-settlement"]) == {
        "dashboard-value-none": (5, 5), "altina": (6, 6), "kamendin": (SUPPRESSED, SUPPRESSED)}
    assert rows(result["enrolled-channel"]) == {"telegram": (7, 7), "viber": (6, 6)}
    assert rows(result["enrolled-language"]) == {"en": (5, 5), "rom": (6, 6), "sr": (SUPPRESSED, SUPPRESSED)}
    assert rows(result["enrolled-by"]) == {"dashboard-value-by-mediator": (8, 8), "dashboard-value-by-self": (5, 5)}
    assert rows(result["status"]) == {"dashboard-value-active": (6,), "dashboard-value-paused": (SUPPRESSED,),
                                      "dashboard-value-stopped": (SUPPRESSED,), "dashboard-value-unreachable": (5,)}


async def test_vaccination_panels(seeded: Database) -> None:
    result = by_key(await panels(seeded, ALL_TIME))
    coverage = {(r[0], r[1]): r[2:] for r in result["coverage"].rows}
    assert coverage[("mmr_1", "2024")] == (6, 5, round(5 / 6, 3))
    assert coverage[("mmr_1", "2025")] == (SUPPRESSED, 0, SUPPRESSED)
    assert ("mmr_1", "2026") not in coverage  # born 2026-01-15: MMR 1's window is still open
    assert coverage[("hepb_2", "2026")] == (5, 0, 0.0)
    assert rows(result["recorded"]) == {"dashboard-value-none": (5, 0, 0.0), "altina": (6, 5, round(5 / 6, 3)),
                                        "kamendin": (SUPPRESSED, 0, SUPPRESSED)}
    overdue = rows(result["overdue"])
    assert overdue["hepb_2"] == (13,)
    assert overdue["mmr_1"] == (SUPPRESSED,)  # 1 in Altina + 2 in Kamendin
    assert "bcg_1" not in overdue and "pcv_2" not in overdue  # maternity ward; not confirmed by the data


async def test_reminder_panels(seeded: Database) -> None:
    result = by_key(await panels(seeded, ALL_TIME))
    # planned, sent, failed, done, not yet
    assert rows(result["reminders"]) == {
        "dashboard-value-kind-checkup": (5, 5, 0, 5, 0),
        "dashboard-value-kind-tip": (6, 6, 0, 5, 0),
        "dashboard-value-kind-vaccine": (11, 6, 5, 5, SUPPRESSED)}
    assert result["failures"].rows == (("dashboard-value-kind-vaccine", "blocked", 5),)
    assert result["checkups"].rows == (("checkup_1m", 5, 5, 0, 5, 0),)
    # 6 vaccine + 6 tip reminders sent within 24 h of the parent's message, 1 vaccine + 5 check-ups later
    assert rows(result["viber"]) == {"dashboard-value-free": (11,), "dashboard-value-paid": (6,)}


async def test_mediator_and_content_panels(seeded: Database) -> None:
    result = by_key(await panels(seeded, ALL_TIME))
    assert rows(result["caseload"]) == {"Mediator One": (6, 6, 6), "Mediator Two": (SUPPRESSED,) * 3}
    assert result["tips"].rows == (("tip-w02-skin-to-skin", 6, 6, 5),)
    assert {(r[0], r[1]): r[2] for r in result["languages"].rows} == {("rom", "viber"): 6,
                                                                       ("sr", "telegram"): SUPPRESSED}


async def test_date_range_filters_events_not_snapshots(seeded: Database) -> None:
    april = by_key(await panels(seeded, Filters(date(2026, 4, 1), date(2026, 4, 30))))
    assert april["enrolled-month"].rows == (("2026-04", 7, 7),)
    assert april["reminders"].rows == ()
    assert april["tips"].rows == ()
    assert rows(april["status"])["dashboard-value-active"] == (6,)  # a snapshot: as of the rebuild
    november = by_key(await panels(seeded, Filters(date(2026, 11, 10), date(2026, 11, 10))))
    assert rows(november["reminders"])["dashboard-value-kind-tip"] == (6, 6, 0, 5, 0)
    assert november["enrolled-month"].rows == ()


async def test_settlement_filter(seeded: Database) -> None:
    result = by_key(await panels(seeded, Filters(ALL_TIME.start, ALL_TIME.end, settlement="altina")))
    assert result["enrolled-month"].rows == (("2026-03", 6, 6),)
    assert rows(result["recorded"]) == {"altina": (6, 5, round(5 / 6, 3))}
    assert rows(result["overdue"])["mmr_1"] == (SUPPRESSED,)
    assert rows(result["overdue"])["hepb_2"] == (6,)
    assert rows(result["caseload"]) == {"Mediator One": (6, 6, 6)}
    assert rows(result["status"])["dashboard-value-unreachable"] == (0,)


async def test_mediator_limited_view(seeded: Database) -> None:
    mine = by_key(await panels(seeded, Filters(ALL_TIME.start, ALL_TIME.end, mediator_id=1)))
    assert rows(mine["enrolled-settlement"]) == {"altina": (6, 6)}
    assert rows(mine["enrolled-by"]) == {"dashboard-value-by-mediator": (6, 6)}
    assert rows(mine["caseload"]) == {"Mediator One": (6, 6, 6)}
    assert rows(mine["reminders"])["dashboard-value-kind-vaccine"] == (6, 6, 0, 5, SUPPRESSED)
    assert mine["failures"].rows == ()
    other = by_key(await panels(seeded, Filters(ALL_TIME.start, ALL_TIME.end, mediator_id=2)))
    assert rows(other["enrolled-settlement"]) == {"kamendin": (SUPPRESSED, SUPPRESSED)}
    assert other["failures"].rows == (("dashboard-value-kind-vaccine", "blocked", 5),)
    assert "Mediator One" not in rows(other["caseload"])


async def test_no_personal_value_in_any_cell(seeded: Database) -> None:
    personal = [*CAREGIVERS, *PHONES, *NICKNAMES, *USER_IDS,
                *(d.isoformat() for d in (ALTINA_BIRTH, KAMENDIN_BIRTH, SELF_BIRTH))]
    for filters in (ALL_TIME, Filters(ALL_TIME.start, ALL_TIME.end, mediator_id=1),
                    Filters(ALL_TIME.start, ALL_TIME.end, settlement="kamendin")):
        for panel in await panels(seeded, filters):
            for cell in (cell for row in panel.rows for cell in row):
                assert not any(value in str(cell) for value in personal), (panel.key, cell)
                assert not isinstance(cell, int) or cell == 0 or cell >= 5, (panel.key, cell)
    async with seeded.engine.connect() as connection:  # nor in the rollup table itself
        stored = [str(value) for row in await connection.execute(sa.select(ROLLUP)) for value in row]
    assert not [value for value in stored if any(p in value for p in personal)]


async def test_empty_database_and_the_hook(database: Database) -> None:
    await rebuild(database, TODAY, NOW, DOSES)
    extra: list[object] = []

    async def milestones(connection: object, filters: Filters) -> Panel:
        extra.append(filters)
        return Panel("milestones", "dashboard-panel-enrolled-month", ("dashboard-col-month",), ())

    aggregates.EXTRA_PANELS.append(milestones)
    try:
        result = await panels(database, ALL_TIME)
    finally:
        aggregates.EXTRA_PANELS.remove(milestones)
    assert result[-1].key == "milestones" and extra == [ALL_TIME]
    assert all(panel.rows == () for panel in result if panel.key not in ("status", "viber"))
    assert rows(by_key(result)["status"]) == {f"dashboard-value-{s}": (0,) for s in aggregates.STATUSES}


async def test_daily_job_rebuilds_once_a_day(database: Database, database_url: str) -> None:
    await seed(database)
    clock = FixedClock(NOW)
    job = DailyRollup(database, clock, lambda: DOSES, database_url)  # PostgreSQL: on its own connection
    assert await last_rebuilt(database) is None
    assert await job() > 0
    assert await last_rebuilt(database) == clock.today()
    assert await job() == 0  # done for today
    clock.advance(days=1)
    assert await job() > 0
    assert rows(by_key(await panels(database, ALL_TIME))["status"])["dashboard-value-active"] == (6,)


async def test_filter_choices(seeded: Database) -> None:
    settlements, mediators = await settlements_and_mediators(seeded, ROOT / "content")
    ids = [key for key, _ in settlements]
    assert "altina" in ids and "kamendin" in ids and ids[-1] == "other"
    assert mediators == [(1, "Mediator One"), (2, "Mediator Two")]


def test_share_is_suppressed_with_its_counts() -> None:
    assert share(3, 10) == SUPPRESSED
    assert share(5, 3) == SUPPRESSED
    assert share(0, 0) is None
    assert share(0, 7) == 0.0
    assert share(5, 8) == 0.625


def test_the_rollup_command_rebuilds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    url = f"sqlite+aiosqlite:///{tmp_path / 'rollup.sqlite3'}"
    main(["dashboard-rollup", "--db", url])
    assert "dashboard rollup rebuilt: 1 rows" in capsys.readouterr().out  # an empty database: only the stamp


async def test_a_family_without_chat_or_language_counts_as_not_recorded(database: Database) -> None:
    async with database.engine.begin() as connection:
        await connection.execute(sa.insert(FamilyRow.__table__),
                                 [dict(id=n, created_at=NOW, updated_at=NOW) for n in range(1, 6)])
        await connection.execute(sa.insert(ChildRow.__table__), [
            dict(id=n, family_id=n, birth_date=SELF_BIRTH, enrolled_on=date(2026, 5, 2), created_at=NOW,
                 updated_at=NOW) for n in range(1, 6)])
    await rebuild(database, TODAY, NOW, DOSES)
    result = by_key(await panels(database, ALL_TIME))
    assert result["enrolled-channel"].rows == (("dashboard-value-none", 5, 5),)
    assert result["enrolled-language"].rows == (("dashboard-value-none", 5, 5),)
    assert rows(result["status"])["dashboard-value-active"] == (5,)
