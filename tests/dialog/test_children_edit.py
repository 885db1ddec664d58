"""👶 My children: rename a child and change "born early" after the fact, in all four language choices."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from datetime import date

import pytest
import pytest_asyncio
import sqlalchemy as sa

from bot.app import App
from bot.clock import FixedClock
from tests.fakes.chat import NOW, ChatDriver, make_app

CLOCK = FixedClock(NOW)  # Sunday 22 November 2026
USERS = itertools.count(1)
LOCALES = ["rom", "sr-Latn", "sr-Cyrl", "en"]
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared_app(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[App]:
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('kids') / 'bot.sqlite3'}", CLOCK)
    yield app
    await app.close()


@pytest_asyncio.fixture(loop_scope="module")
async def app(shared_app: App) -> AsyncIterator[App]:
    yield shared_app
    CLOCK.instant = NOW


async def children(app: App, locale: str) -> ChatDriver:
    chat = ChatDriver(app, f"kids-{next(USERS)}")
    await chat.onboard(locale)
    await chat.press_id("menu-children")
    return chat


async def child_row(app: App, chat: ChatDriver) -> sa.Row:
    async with app.database.engine.connect() as connection:
        return (await connection.execute(sa.text(
            "SELECT child.* FROM child JOIN chat ON chat.family_id = child.family_id WHERE chat.user_id = :u"),
            {"u": chat.user.user_id})).one()


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_child_is_renamed(app, locale: str) -> None:
    chat = await children(app, locale)
    await chat.press_id("children-rename")
    assert chat.transcript == chat.say("children-ask-new-name", name="Mila")
    await chat.text("x" * 31)
    assert chat.transcript == chat.say("children-name-invalid", max=30)
    await chat.text("  Mila  Marija ")
    assert chat.transcript == chat.say("children-renamed", name="Mila Marija")
    assert (await child_row(app, chat)).nickname == "Mila Marija"


@pytest.mark.parametrize("locale", LOCALES)
async def test_born_early_is_changed_after_the_fact_and_back(app, locale: str) -> None:
    chat = await children(app, locale)
    await chat.press_id("children-early")
    assert chat.transcript == "\n\n".join([chat.say("children-early-now-on-time", name="Mila", gender="unknown"),
                                           chat.say("children-ask-weeks")])
    await chat.text("20")
    assert chat.transcript == chat.say("children-weeks-invalid")
    await chat.text("34")
    assert chat.transcript == chat.say("children-early-saved-weeks", name="Mila", weeks=34, gender="unknown")
    assert (await child_row(app, chat)).gestational_weeks == 34
    await chat.press_id("menu-children")
    await chat.press_id("children-early")
    assert chat.say("children-early-now-weeks", name="Mila", weeks=34, gender="unknown") in chat.transcript
    await chat.press_id("children-born-on-time")
    assert chat.transcript == chat.say("children-early-saved-on-time", name="Mila", gender="unknown")
    assert (await child_row(app, chat)).gestational_weeks is None


async def test_a_replayed_on_time_press_changes_nothing(app) -> None:
    chat = await children(app, "en")
    await chat.press_id("children-early")
    on_time = next(b.data for row in chat.last[-1].buttons for b in row if b.data.startswith("wk-on-time:"))
    await chat.text("33")
    await chat.raw_press(on_time)
    assert chat.say("button-stale") in chat.transcript
    assert (await child_row(app, chat)).gestational_weeks == 33


@pytest.mark.parametrize("locale", LOCALES)
async def test_born_early_is_not_asked_for_a_child_over_two_years(app, locale: str) -> None:
    chat = await children(app, locale)
    await chat.press_id("children-add")
    await chat.text("Luka")
    await chat.text("3.4.2023")
    assert chat.transcript.startswith(chat.say("conversation-date-read", born=date(2023, 4, 3)))
    assert chat.say("child-added", name="Luka", age=chat.say("age-years-months", years=3, months=7)) in chat.transcript
    assert chat.say("menu-tip") in chat.labels
    assert chat.say("child-early-no") not in chat.labels
