"""A parent with a family opens another family's invitation: she is asked, then one family or hers kept.

No family is ever left behind without a chat (invisible to /mydata and /delete). The dialog runs in all four
language choices; merge and keep run on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
import sqlalchemy as sa

from bot.app import App
from bot.core.messages import Inbound
from tests.fakes.chat import ChatDriver
from tests.mediators.field import enrol, make_field_app, mediator_chat

LOCALES = ["rom", "sr-Latn", "sr-Cyrl", "en"]


@pytest_asyncio.fixture
async def app(database_url: str, tmp_path) -> AsyncIterator[App]:
    app = await make_field_app(database_url, tmp_path / "media")
    yield app
    await app.close()


async def counts(app: App) -> dict[str, int]:
    async with app.database.engine.connect() as connection:
        async def one(sql: str) -> int:
            return (await connection.execute(sa.text(sql))).scalar_one()
        return {"families": await one("SELECT count(*) FROM family"),
                "children": await one("SELECT count(*) FROM child"),
                "families without a chat": await one(
                    "SELECT count(*) FROM family WHERE id NOT IN (SELECT family_id FROM chat "
                    "WHERE family_id IS NOT NULL) AND id NOT IN (SELECT family_id FROM family_profile)")}


async def parent_with_family_and_invitation(app: App, locale: str) -> tuple[ChatDriver, str]:
    _, ana = await mediator_chat(app, "Ana", "join-ana")
    code = await enrol(ana, language=locale)  # Luka, entered by the mediator
    parent = ChatDriver(app, "join-parent", "telegram")
    await parent.onboard(locale)  # Mila, entered by the parent herself
    return parent, code


@pytest.mark.parametrize("locale", LOCALES)
async def test_opening_another_familys_invitation_asks_and_merging_makes_one_family(app, locale: str) -> None:
    parent, code = await parent_with_family_and_invitation(app, locale)
    assert (await counts(app))["families"] == 2
    await parent.start(code)
    assert parent.transcript == parent.say("invitation-join-question", children="Mila", count=1)
    assert (await counts(app))["families"] == 2  # nothing moved yet
    await parent.press_id("invitation-join-merge")
    assert parent.last[0].text == parent.say("invitation-join-merged")
    assert parent.last[1].text.endswith(parent.say("privacy-notice"))  # the notice in writing, as on joining
    assert await counts(app) == {"families": 1, "children": 2, "families without a chat": 0}
    await parent.press_id("menu-tip")
    assert parent.transcript == parent.say("choose-child-tip")
    assert sorted(parent.labels[:2]) == ["Luka", "Mila"]
    await parent.send(Inbound(parent.user, command="mydata"))
    assert "Luka" in parent.transcript and "Mila" in parent.transcript


@pytest.mark.parametrize("locale", LOCALES)
async def test_keeping_her_family_changes_nothing_and_leaves_the_invitation_unused(app, locale: str) -> None:
    parent, code = await parent_with_family_and_invitation(app, locale)
    await parent.start(code)
    await parent.press_id("invitation-join-keep")
    assert parent.transcript == parent.say("invitation-join-kept")
    assert await counts(app) == {"families": 2, "children": 2, "families without a chat": 0}
    other_phone = ChatDriver(app, "join-partner", "viber")
    other_phone.locale = locale  # the family's language, chosen by the mediator
    await other_phone.start(code)  # the invitation still works for the family it was made for
    assert other_phone.last[0].text == other_phone.say("invitation-family-welcome")


async def test_a_stale_merge_press_changes_nothing(app) -> None:
    parent, code = await parent_with_family_and_invitation(app, "en")
    await parent.raw_press("join:merge")
    assert parent.say("button-stale") in parent.transcript
    assert (await counts(app))["families"] == 2


async def test_after_merging_delete_erases_everything_of_both(app) -> None:
    parent, code = await parent_with_family_and_invitation(app, "en")
    await parent.start(code)
    await parent.press_id("invitation-join-merge")
    await parent.send(Inbound(parent.user, command="delete"))
    await parent.press_id("privacy-delete-yes")
    assert await counts(app) == {"families": 0, "children": 0, "families without a chat": 0}
