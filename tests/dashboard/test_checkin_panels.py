"""The dashboard's check-in panels (issues 19 and 21) on SQLite and PostgreSQL: milestone check-ins answered,
act-early referrals and activity check-back answers, with exact counts over a seed that holds answers of both
kinds, the small-cell rule, the filters, the mediator-limited view and no personal value; and the page, its chart
and its CSV naming doses and visits instead of showing their codes."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from bot.dashboard.aggregates import panels
from bot.dashboard.panels import SUPPRESSED, Filters, Panel
from bot.dashboard.rollup import ROLLUP, rebuild
from bot.storage import Database
from bot.storage.models import CheckbackAnswerRow, CheckinAnswerRow, CheckinStatusRow, OutboxRow
from tests.dashboard import test_aggregates as base
from tests.dashboard.support import NOW as WEB_NOW
from tests.dashboard.support import FakePanels, sign_in, site

ALL_TIME = base.ALL_TIME
S = SUPPRESSED
TALK, TUMMY = "tip-w06-talk-and-smile", "tip-w10-tummy-time"
QUESTIONS = ("smiles-at-people", "looks-at-face", "calms-down")
# Children (= families) of tests/dashboard/test_aggregates.py's seed: 1-6 Altina (mediator 1), 7-8 Kamendin
# (mediator 2), 9-13 enrolled themselves (no settlement, no mediator).
ALTINA, KAMENDIN, SELF = range(1, 7), range(7, 9), range(9, 14)


def at(day: int, month: int = 11, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


async def seed_answers(database: Database) -> None:
    """2 months: Altina's six children answered 3 questions on 2 November (1-5 "Yes" to all; 6 "Yes", "Not yet",
    "Not sure"), child 6 "Not yet" again in the re-check on 23 November: an act-early sign, told the mediator that
    day, handled on the 25th. 12 months: Kamendin's two children "Yes" twice on 5 October. 9 months: the five
    self-enrolled children "Not sure" on 30 November, an act-early sign, nobody to tell. 18 months: Altina 1-5
    "Not yet" on 20 November, act-early, all told that day, 3 handled on the 27th. 24 months: child 7 has an
    act-early status whose answers are gone (counted on the rebuild's day).
    Check-backs: the talk tip asked Altina's six and the five self-enrolled (11), answered "Yes" by 1-5, "It was
    hard" by 6, "Not yet" by 9 and 10; the tummy tip asked Kamendin's two, answered "Yes" by 7."""
    answers: list[dict[str, object]] = []
    statuses: list[dict[str, object]] = []

    def answer(child: int, months: int, question: str, given: str, day: date, recheck: bool = False) -> None:
        answers.append(dict(child_id=child, months=months, question=question, answer=given, answered_on=day,
                            age_days=70, recheck=recheck))

    def status(child: int, months: int, act_early: bool, told: datetime | None = None,
               handled: datetime | None = None) -> None:
        statuses.append(dict(child_id=child, months=months, state="done", not_before=None, act_early=act_early,
                             told_at=told, handled_at=handled))

    for child in ALTINA:
        given = ("yes", "yes", "yes") if child <= 5 else ("yes", "not_yet", "not_sure")
        for question, value in zip(QUESTIONS, given, strict=True):
            answer(child, 2, question, value, date(2026, 11, 2))
    answer(6, 2, "looks-at-face", "not_yet", date(2026, 11, 23), recheck=True)
    status(6, 2, True, at(23), at(25))
    for child in ALTINA[:5]:
        status(child, 2, False)
        answer(child, 18, "says-words", "not_yet", date(2026, 11, 20))
        status(child, 18, True, at(20), at(27) if child <= 3 else None)
    for child in KAMENDIN:
        answer(child, 12, "waves", "yes", date(2026, 10, 5))
        answer(child, 12, "points", "yes", date(2026, 10, 5))
        status(child, 12, False)
    for child in SELF:
        answer(child, 9, "lost-skills", "not_sure", date(2026, 11, 30))
        status(child, 9, True)
    status(7, 24, True)

    outbox: list[dict[str, object]] = []
    replies: list[dict[str, object]] = []

    def checkback(family: int, tip: str, reply: str | None) -> None:
        number = 1000 + len(outbox)
        outbox.append(dict(id=number, family_id=family, child_id=family, kind="checkback", item=tip,
                           stage="checkback", due_at=at(10, hour=9), local_day=date(2026, 11, 10),
                           idempotency_key=f"chk:{number}", state="sent", sent_at=at(10, hour=9), created_at=base.NOW))
        if reply is not None:
            replies.append(dict(outbox_id=number, child_id=family, tip_id=tip, answer=reply, answered_at=at(12),
                                age_days=60))

    for family in ALTINA:
        checkback(family, TALK, "yes" if family <= 5 else "hard")
    for family in SELF:
        checkback(family, TALK, "not_yet" if family <= 10 else None)
    for family in KAMENDIN:
        checkback(family, TUMMY, "yes" if family == 7 else None)
    async with database.engine.begin() as connection:
        for model, rows in ((CheckinAnswerRow, answers), (CheckinStatusRow, statuses), (OutboxRow, outbox),
                            (CheckbackAnswerRow, replies)):
            await connection.execute(sa.insert(model.__table__), rows)


@pytest.fixture
async def seeded(database: Database) -> Database:
    await base.seed(database)
    await seed_answers(database)
    await rebuild(database, base.TODAY, base.NOW, base.DOSES)
    return database


def view(result: list[Panel], key: str) -> dict[object, tuple[object, ...]]:
    found = [panel for panel in result if panel.key == key]
    assert len(found) == 1, key
    return base.rows(found[0])


def between(start: date, end: date, **more: object) -> Filters:
    return Filters(start, end, **more)  # type: ignore[arg-type]


async def test_milestone_checkins_by_checkpoint(seeded: Database) -> None:
    result = await panels(seeded, ALL_TIME)
    panel = next(p for p in result if p.key == "checkins")
    assert panel.columns[0] == "dashboard-col-checkpoint"
    # children asked, "Yes", "Not yet", "Not sure", share "Yes"; checkpoints by age, not by text
    assert [row[0] for row in panel.rows] == ["2", "9", "12", "18"]
    assert view(result, "checkins") == {
        "2": (6, 16, S, S, round(16 / 19, 3)),  # child 6 counted once though it answered on two days
        "9": (5, 0, 0, 5, 0.0),
        "12": (S, S, 0, 0, S),  # 2 children, 4 answers: the share is hidden with them
        "18": (5, 0, 5, 0, 0.0)}


async def test_act_early_referrals(seeded: Database) -> None:
    result = await panels(seeded, ALL_TIME)
    # signs found, the parent agreed to tell the mediator, the mediator marked it handled
    assert view(result, "act-early") == {"2": (S, S, S), "9": (5, 0, 0), "18": (5, 5, S), "24": (S, 0, 0)}


async def test_checkback_answers_by_tip(seeded: Database) -> None:
    result = await panels(seeded, ALL_TIME)
    # asked, "Yes", "Not yet", "It was hard"
    assert view(result, "checkbacks") == {TALK: (11, 5, S, S), TUMMY: (S, S, 0, 0)}
    assert view(result, "reminders")["dashboard-value-kind-checkback"] == (13, 13, 0, 0, 0)


async def test_the_date_range_counts_each_by_its_day(seeded: Database) -> None:
    november = await panels(seeded, between(date(2026, 11, 1), date(2026, 11, 30)))
    assert view(november, "checkins") == {"2": (6, 16, S, S, round(16 / 19, 3)), "9": (5, 0, 0, 5, 0.0),
                                          "18": (5, 0, 5, 0, 0.0)}  # 12 months: answered in October
    assert view(november, "act-early") == {"2": (S, S, S), "9": (5, 0, 0), "18": (5, 5, S)}  # 24: on 1 December
    re_check = await panels(seeded, between(date(2026, 11, 21), date(2026, 11, 24)))
    # child 6's re-check: one more "Not yet", but the child was counted on its first day (2 November)
    assert view(re_check, "checkins") == {"2": (0, 0, S, 0, S)}
    assert view(re_check, "act-early") == {"2": (S, S, 0)}  # handled on the 25th
    assert view(re_check, "checkbacks") == {}
    answered = await panels(seeded, between(date(2026, 11, 12), date(2026, 11, 12)))
    assert view(answered, "checkbacks") == {TALK: (0, 5, S, S), TUMMY: (0, S, 0, 0)}  # asked on the 10th


async def test_settlement_and_mediator_filters(seeded: Database) -> None:
    for filters in (between(ALL_TIME.start, ALL_TIME.end, mediator_id=1),
                    between(ALL_TIME.start, ALL_TIME.end, settlement="altina")):
        mine = await panels(seeded, filters)
        assert view(mine, "checkins") == {"2": (6, 16, S, S, round(16 / 19, 3)), "18": (5, 0, 5, 0, 0.0)}
        assert view(mine, "act-early") == {"2": (S, S, S), "18": (5, 5, S)}
        assert view(mine, "checkbacks") == {TALK: (6, 5, 0, S)}
    other = await panels(seeded, between(ALL_TIME.start, ALL_TIME.end, mediator_id=2))
    assert view(other, "checkins") == {"12": (S, S, 0, 0, S)}
    assert view(other, "act-early") == {"24": (S, 0, 0)}
    assert view(other, "checkbacks") == {TUMMY: (S, S, 0, 0)}


async def test_no_personal_value_and_no_small_count(seeded: Database) -> None:
    personal = [*base.CAREGIVERS, *base.PHONES, *base.NICKNAMES, *base.USER_IDS,
                *(d.isoformat() for d in (base.ALTINA_BIRTH, base.KAMENDIN_BIRTH, base.SELF_BIRTH))]
    keys = ("checkins", "act-early", "checkbacks")
    for filters in (ALL_TIME, between(ALL_TIME.start, ALL_TIME.end, mediator_id=1),
                    between(ALL_TIME.start, ALL_TIME.end, mediator_id=2),
                    between(ALL_TIME.start, ALL_TIME.end, settlement="kamendin")):
        for panel in (p for p in await panels(seeded, filters) if p.key in keys):
            for cell in (cell for row in panel.rows for cell in row):
                assert not any(value in str(cell) for value in personal), (panel.key, cell)
                assert not isinstance(cell, int) or cell == 0 or cell >= 5, (panel.key, cell)
                assert cell not in QUESTIONS, (panel.key, cell)  # which question a child missed stays private
    async with seeded.engine.connect() as connection:
        stored = [tuple(row) for row in await connection.execute(
            sa.select(ROLLUP.c.a, ROLLUP.c.b, ROLLUP.c.c).where(
                ROLLUP.c.measure.in_(("checkin_answer", "checkin_children", "act_early", "checkback",
                                      "checkback_asked"))))]
    assert stored
    values = {value for row in stored for value in row}
    assert values <= {"", "2", "9", "12", "18", "24", "yes", "not_yet", "not_sure", "hard", "found", "told",
                      "handled", TALK, TUMMY}


# -- the page: doses and visits by name ------------------------------------------------------------------------


@dataclass
class NamedPanels(FakePanels):
    """Panels with dose and visit codes in their label columns, as the real overdue and check-up panels have."""

    async def __call__(self, filters: Filters) -> list[Panel]:
        self.asked.append(filters)
        return [
            Panel("overdue", "dashboard-panel-overdue", ("dashboard-col-dose", "dashboard-col-children"),
                  (("hepb_1", 7), ("dtap_ipv_booster_2", 6), ("d0", 5)), "bar"),
            Panel("checkups", "dashboard-panel-checkups", ("dashboard-col-visit", "dashboard-col-planned"),
                  (("checkup_1m", 9), ("dashboard-value-none", S)), "table"),
            Panel("tips", "dashboard-panel-tips", ("dashboard-col-tip", "dashboard-col-sent"), ((TALK, 8),), "table"),
        ]


def section(page: str, key: str) -> str:
    return page.split(f'id="panel-{key}"')[1].split("</section>")[0]


async def test_the_page_and_its_csv_name_doses_and_visits(database: Database) -> None:
    async with site(database, panels=NamedPanels(database)) as s:
        _account, token = await s.accounts.add("K", None, WEB_NOW)
        await sign_in(s, token)
        english = await (await s.client.get("/dashboard/", params={"lang": "en"})).text()
        overdue = section(english, "overdue")
        table = overdue.split("<table>")[1]
        assert '<th scope="row">Hepatitis B, dose 1</th>' in table
        assert "hepb_1" not in overdue  # neither in the table nor in the chart
        assert '<th scope="row">d0</th>' in table  # no name for this code: the code itself
        chart = overdue.split("<table>")[0]
        assert "4-in-1, second booster" in chart  # the chart's axis: the short name
        assert '<th scope="row">Check-up at 1 month</th>' in section(english, "checkups")
        assert '<th scope="row">Not recorded</th>' in section(english, "checkups")
        assert f'<th scope="row">{TALK}</th>' in section(english, "tips")  # tips keep their ids
        serbian = await (await s.client.get("/dashboard/", params={"lang": "sr"})).text()
        assert '<th scope="row">Hepatitis B – 1. doza</th>' in section(serbian, "overdue")
        assert '<th scope="row">Pregled sa mesec dana</th>' in section(serbian, "checkups")
        download = await s.client.get("/dashboard/csv/overdue", params={"lang": "en"})
        lines = list(csv.reader(io.StringIO((await download.read()).decode("utf-8-sig"))))
        assert lines == [["Dose", "Children"], ["Hepatitis B, dose 1", "7"],
                         ["DTaP-IPV (4-in-1), second booster", "6"], ["d0", "5"]]


async def test_the_real_panels_on_the_page(seeded: Database) -> None:
    from bot.app import dashboard_sources

    real, _choices = dashboard_sources(seeded, base.ROOT / "content")
    async with site(seeded, panels=real) as s:  # type: ignore[arg-type]
        _account, token = await s.accounts.add("K", None, WEB_NOW)
        await sign_in(s, token)
        page = await (await s.client.get("/dashboard/", params={"lang": "en", "start": "2026-01-01",
                                                                  "end": "2026-12-01"})).text()
        assert "Milestone check-ins answered, by age" in section(page, "checkins")
        assert "Act-early signs and referrals to the mediator, by age" in section(page, "act-early")
        assert "Answers “It was hard”" in section(page, "checkbacks")
        assert '<th scope="row">Hepatitis B, dose 2</th>' in section(page, "overdue")
        assert '<th scope="row">Check-ups</th>' in section(page, "reminders")
        assert '<th scope="row">Check-backs</th>' in section(page, "reminders")
