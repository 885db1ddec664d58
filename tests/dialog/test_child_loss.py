"""Removing a child asks why; "the child died" stops everything about that child at once, keeps nothing
identifying, counts the reason only, offers support, tells the mediator only with agreement, and lets the
parent choose when messages about the other children go on. On SQLite and PostgreSQL, in every language."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from bot.clock import FixedClock
from bot.core.mediation import FamilyProfile
from bot.storage.child_removal import removal_counts
from bot.storage.mediators import SqlMediators
from bot.storage.models import Base
from scheduler.dispatcher import Dispatcher
from tests.fakes.chat import NOW, ChatDriver, make_app
from tests.fakes.sender import FakeSender
from tests.mediators.field import mediator_chat, run_cli
from tests.scheduler.planner_world import planner

LOCALES = [pytest.param(locale, id=locale) for locale in ("rom", "sr-Latn", "sr-Cyrl", "en")]
BELGRADE = ZoneInfo("Europe/Belgrade")
TODAY = NOW.astimezone(BELGRADE).date()
LOST = ("Zorica", "1.9.2026", date(2026, 9, 1))


@pytest.fixture
async def app(database_url: str):
    app = await make_app(database_url)
    yield app
    await app.close()


async def _scalar(app, query: str, **params: Any) -> Any:
    async with app.database.engine.connect() as connection:
        return (await connection.execute(sa.text(query), params)).scalar()


async def _family(app, locale: str, *, sibling: bool = True, mediator: bool = False,
                  mediator_id: int | None = None) -> tuple[ChatDriver, int, int]:
    """A parent with the child who will be lost (and a sibling): (chat, lost child id, family id)."""
    chat = ChatDriver(app, f"parent-{locale}")
    await chat.onboard(locale, nickname=LOST[0], born=LOST[1])
    if sibling:
        await chat.press_id("menu-children")
        await chat.press_id("children-add")
        await chat.text("Luka")
        await chat.text("3.3.2025")
        await chat.press_id("child-early-no")
    lost = await _scalar(app, "SELECT id FROM child WHERE nickname = :name", name=LOST[0])
    family = await _scalar(app, "SELECT family_id FROM child WHERE id = :id", id=lost)
    children = [lost] + ([await _scalar(app, "SELECT id FROM child WHERE nickname = 'Luka'")] if sibling else [])
    await planner(app.database, FixedClock(NOW)).replan_children(children, NOW)
    if mediator or mediator_id is not None:
        async with app.database.transaction() as store:
            mediators = SqlMediators(store.session)
            mediator_id = mediator_id if mediator_id is not None else (await mediators.add_mediator("Ana")).id
            profile = FamilyProfile(family, mediator_id, "Rada", locale, "altina", None, "in_person", NOW)
            await mediators.save_profile(profile)
    return chat, lost, family


async def _choose_died(chat: ChatDriver, sibling: bool = True) -> None:
    await chat.press_id("menu-children")
    await chat.press_id("children-remove")
    if sibling:
        await chat.press(LOST[0])
    assert chat.say("removal-ask-reason", name=LOST[0]) in chat.transcript
    await chat.press_id("removal-reason-died")


async def _dump(app) -> list[tuple[str, dict[str, Any]]]:
    rows: list[tuple[str, dict[str, Any]]] = []
    async with app.database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows += [(table.name, dict(row._mapping)) for row in await connection.execute(sa.select(table))]
    return rows


def _mentions(name: str, row: dict[str, Any], child_id: int) -> bool:
    values = [str(value) for value in row.values() if value is not None]
    return (row.get("child_id") == child_id or (name == "child" and row.get("id") == child_id)
            or any(LOST[0] in v or f"child:{child_id}:" in v for v in values)
            or LOST[2] in row.values())


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_childs_death_stops_everything_about_it_and_keeps_nothing_identifying(app, locale) -> None:
    chat, lost, _ = await _family(app, locale)
    assert await _scalar(app, "SELECT count(*) FROM outbox WHERE child_id = :id", id=lost) > 0
    siblings_rows = await _scalar(app, "SELECT count(*) FROM outbox WHERE child_id <> :id", id=lost)
    await _choose_died(chat)
    assert chat.transcript.startswith(chat.say("loss-condolence", name=LOST[0]))
    assert chat.say("service-sos-decja-sela-name") in chat.transcript  # the counselling service of the directory
    assert chat.say("loss-ask-pause") in chat.transcript
    assert await _scalar(app, "SELECT count(*) FROM outbox WHERE child_id = :id", id=lost) == 0
    assert await _scalar(app, "SELECT count(*) FROM outbox WHERE child_id <> :id", id=lost) == siblings_rows
    assert [(table, row) for table, row in await _dump(app) if _mentions(table, row, lost)] == []
    async with app.database.transaction() as store:
        assert await removal_counts(store.session) == [(TODAY, "died", 1)]


async def test_the_operators_statistics_count_the_loss_by_reason_only(app, database_url, capsys) -> None:
    chat, _, _ = await _family(app, "en", sibling=False)
    await _choose_died(chat, sibling=False)
    capsys.readouterr()
    assert await run_cli("privacy", "statistics", "--db", database_url) == 0
    assert capsys.readouterr().out.splitlines() == [f"{TODAY.isoformat()}  {'child_removed:died':32} 1"]


@pytest.mark.parametrize(("choice", "days"), [pytest.param("loss-pause-14", 14, id="two-weeks"),
                                              pytest.param("loss-pause-30", 30, id="a-month"),
                                              pytest.param("loss-pause-90", 90, id="three-months"),
                                              pytest.param("loss-pause-0", 0, id="carry-on-now")])
async def test_the_siblings_messages_go_on_after_the_pause_the_parent_chose(app, choice, days) -> None:
    chat, _, family = await _family(app, "en")
    await _choose_died(chat)
    await chat.press_id(choice)
    paused = await _scalar(app, "SELECT reminders_paused_until FROM family WHERE id = :id", id=family)
    stopped = await _scalar(app, "SELECT reminders_stopped FROM family WHERE id = :id", id=family)
    assert not stopped
    if days == 0:
        assert paused is None
        assert chat.say("loss-carry-on") in chat.transcript
    else:
        until = datetime.combine(TODAY + timedelta(days=days), time(0), tzinfo=BELGRADE).astimezone(UTC)
        assert (paused if isinstance(paused, datetime) else datetime.fromisoformat(str(paused))).replace(
            tzinfo=UTC) == until
        assert chat.say("loss-paused", date=TODAY + timedelta(days=days)) in chat.transcript
    assert await _scalar(app, "SELECT count(*) FROM child WHERE family_id = :id", id=family) == 1
    assert chat.say("menu-tip") in chat.labels


@pytest.mark.parametrize(("answer", "notices"), [pytest.param("loss-tell-yes", 1, id="agreed"),
                                                 pytest.param("loss-tell-no", 0, id="declined")])
async def test_the_mediator_is_told_only_when_the_family_agrees(app, answer, notices) -> None:
    chat, _, family = await _family(app, "sr-Latn", mediator=True)
    await _choose_died(chat)
    assert chat.say("loss-support-mediator") in chat.transcript
    assert chat.say("loss-ask-tell-mediator") in chat.transcript
    assert await _scalar(app, "SELECT count(*) FROM mediator_notice") == 0
    await chat.press_id(answer)
    assert await _scalar(app, "SELECT count(*) FROM mediator_notice WHERE family_id = :id AND kind = 'child_loss'",
                         id=family) == notices
    assert await _scalar(app, "SELECT count(*) FROM outbox WHERE family_id = :id AND kind = 'notice' "
                         "AND item = 'child_loss' AND state = 'pending'", id=family) == notices  # to be sent
    assert chat.say("loss-ask-pause") in chat.transcript


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_mediator_hears_of_the_loss_in_her_language_without_the_childs_name(app, locale) -> None:
    mediator, ana = await mediator_chat(app, "Ana", f"ana-{locale}", channel="telegram", locale=locale)
    chat, _, _ = await _family(app, "en", sibling=False, mediator_id=mediator.id)
    await _choose_died(chat, sibling=False)
    await chat.press_id("loss-tell-yes")
    sender = FakeSender("telegram")
    dispatcher = Dispatcher(app.database, {"telegram": sender}, lambda: app.translator, app.content.library,
                            FixedClock(NOW))
    assert (await dispatcher.dispatch()).notices == 1
    (message,) = sender.to(f"ana-{locale}")
    assert message.text == ana.say("mediator-notice-child-loss", caregiver="Rada")
    assert LOST[0] not in message.text and "2026" not in message.text


async def test_a_family_without_a_mediator_or_other_children_is_not_asked_more(app) -> None:
    chat, _, family = await _family(app, "rom", sibling=False)
    await _choose_died(chat, sibling=False)
    assert chat.say("loss-ask-tell-mediator") not in chat.transcript
    assert chat.say("loss-ask-pause") not in chat.transcript
    assert chat.say("loss-goodbye") in chat.transcript
    assert await _scalar(app, "SELECT count(*) FROM child WHERE family_id = :id", id=family) == 0


@pytest.mark.parametrize(("reason", "label"), [pytest.param("mistake", "removal-reason-mistake", id="mistake"),
                                               pytest.param("moved", "removal-reason-moved", id="moved"),
                                               pytest.param("other", "removal-reason-other", id="other")])
async def test_other_reasons_remove_the_child_and_count_only_the_reason(app, reason, label) -> None:
    chat, lost, _ = await _family(app, "sr-Cyrl", sibling=False)
    await chat.press_id("menu-children")
    await chat.press_id("children-remove")
    await chat.press_id(label)
    assert chat.say("child-removed", name=LOST[0]) in chat.transcript
    assert chat.say("loss-condolence", name=LOST[0]) not in chat.transcript
    assert await _scalar(app, "SELECT count(*) FROM outbox WHERE child_id = :id", id=lost) == 0
    async with app.database.transaction() as store:
        assert await removal_counts(store.session) == [(TODAY, reason, 1)]


async def test_forged_and_replayed_loss_buttons_change_nothing(app) -> None:
    chat, lost, family = await _family(app, "en", mediator=True)
    sibling = await _scalar(app, "SELECT id FROM child WHERE nickname = 'Luka'")
    for forged in (f"rmw:died:{sibling}", "loss:tell:yes", "loss:pause:14"):  # no question is open
        await chat.raw_press(forged)
        assert chat.say("button-stale") in chat.transcript, forged
    await _choose_died(chat)
    await chat.press_id("loss-tell-yes")
    await chat.press_id("loss-pause-30")
    for replayed in (f"rmw:died:{lost}", "loss:tell:yes", "loss:pause:14", "loss:pause:7", f"rm-yes:{sibling}",
                     f"rmw:died:{sibling}", "rmw:nonsense:1", "loss:pause:-1"):
        await chat.raw_press(replayed)
        assert chat.say("button-stale") in chat.transcript, replayed
    assert await _scalar(app, "SELECT count(*) FROM child WHERE family_id = :id", id=family) == 1
    assert await _scalar(app, "SELECT count(*) FROM mediator_notice") == 1
    async with app.database.transaction() as store:
        assert await removal_counts(store.session) == [(TODAY, "died", 1)]
