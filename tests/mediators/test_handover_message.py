"""A parent is told once, in the family's language, that a mediator now looks after the family: when a mediator
takes a family that asked for one, when a mediator hands a family over, and when the operator disables a mediator
and hands her families over. The mediator is not in the parent's turn, so the message is a planned outbox row
(kind ``handover``) that the dispatcher sends on the family's channel (Telegram and Viber here); it never names
the mediator."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
import sqlalchemy as sa

from bot.app import App
from bot.cli import parser
from bot.clock import FixedClock
from bot.core.mediation import HANDOVER
from bot.core.mediator import HELP_PRESS
from bot.core.messages import ChannelUser
from bot.storage.models import OutboxRow
from scheduler.dispatcher import Dispatcher, DispatchPolicy
from tests.fakes.chat import NOW, ChatDriver
from tests.fakes.sender import FakeSender
from tests.mediators.field import make_field_app, mediator_chat, seed_family
from tests.mediators.test_loose_ends import TODDLER

OUTBOX = OutboxRow.__table__


@pytest_asyncio.fixture
async def app(database_url: str, tmp_path) -> AsyncIterator[App]:
    app = await make_field_app(database_url, tmp_path / "media")
    yield app
    await app.close()


def senders() -> dict[str, FakeSender]:
    return {"telegram": FakeSender("telegram"), "viber": FakeSender("viber")}


async def dispatch(app: App, fakes: dict[str, FakeSender]) -> None:
    await Dispatcher(app.database, fakes, lambda: app.translator, lambda: app.library, FixedClock(NOW),
                     DispatchPolicy()).dispatch()


def received(fakes: dict[str, FakeSender], user: ChannelUser) -> list[str]:
    return [message.text for who, message in fakes[user.channel].sent if who == user]


async def handover_rows(app: App) -> list[tuple[int, str, str]]:
    query = sa.select(OUTBOX.c.family_id, OUTBOX.c.item, OUTBOX.c.state).where(OUTBOX.c.kind == HANDOVER)
    async with app.database.engine.connect() as connection:
        return [tuple(r) for r in await connection.execute(query.order_by(OUTBOX.c.id))]


@pytest.mark.parametrize(("channel", "locale"), [("telegram", "rom"), ("viber", "sr-Latn"), ("telegram", "sr-Cyrl"),
                                                 ("viber", "en")])
async def test_a_parent_is_told_once_when_a_mediator_takes_the_family(app, channel: str, locale: str) -> None:
    ana_record, ana = await mediator_chat(app, "Ana Petrović", "take-ana")
    parent = ChatDriver(app, f"take-parent-{channel}", channel)
    await parent.onboard(locale, "Mila", "1.9.2026")
    await parent.raw_press(HELP_PRESS)
    await parent.press_id("mediator-link-yes")
    fakes = senders()
    await dispatch(app, fakes)
    assert not any(parent.say("handover-taken") in text for text in received(fakes, parent.user))  # not yet

    await ana.press_id("mediator-menu-worklist")
    await ana.press_id("mediator-link-requests-button", count=1)
    await ana.press_id("mediator-link-take", number=1)
    await dispatch(app, fakes)
    await dispatch(app, fakes)  # once: a second tick sends nothing more

    told = [text for text in received(fakes, parent.user) if parent.say("handover-taken") in text]
    assert len(told) == 1 and told[0].startswith(parent.say("handover-taken"))
    assert "Ana" not in told[0] and "Petrović" not in told[0]  # never named: she did not agree to show it
    assert [item for _, item, state in await handover_rows(app)] == ["taken"]
    assert ana_record.id is not None


async def test_a_parent_is_told_when_her_mediator_hands_the_family_over(app) -> None:
    ana_record, ana = await mediator_chat(app, "Ana", "hand-ana")
    await mediator_chat(app, "Bojana Jovanović", "hand-bojana")
    user = ChannelUser("viber", "hand-parent")
    family_id, _ = await seed_family(app, ana_record.id, "Vera", TODDLER, chat=user)
    await ana.raw_press(f"md:fam:{family_id}")
    await ana.press_id("mediator-hand-over")
    await ana.press_id("mediator-name", name="Bojana Jovanović")
    assert await handover_rows(app) == [(family_id, "moved", "pending")]

    fakes = senders()
    await dispatch(app, fakes)
    parent = ChatDriver(app, user.user_id, user.channel)
    parent.locale = "en"  # the seeded family's chat
    [text] = received(fakes, user)
    assert text.startswith(parent.say("handover-moved")) and "Bojana" not in text
    assert await handover_rows(app) == [(family_id, "moved", "sent")]


@pytest_asyncio.fixture
async def sqlite_app(tmp_path) -> AsyncIterator[App]:
    """The command line opens the database by its URL: a file it can open again (a PostgreSQL test schema is
    not in the URL)."""
    app = await make_field_app(f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}", tmp_path / "media")
    yield app
    await app.close()


async def test_the_operators_hand_over_tells_each_reachable_family_once(sqlite_app) -> None:
    app = sqlite_app
    url = str(app.database.engine.url.render_as_string(hide_password=False))
    leaving, _ = await mediator_chat(app, "Leaving", "cli-leaving")
    target, _ = await mediator_chat(app, "Target", "cli-target")
    on_telegram, _ = await seed_family(app, leaving.id, "Zora", TODDLER, chat=ChannelUser("telegram", "cli-zora"))
    unreachable, _ = await seed_family(app, leaving.id, "Mira", TODDLER,
                                       chat=ChannelUser("viber", "cli-mira"), active=False)
    no_chat, _ = await seed_family(app, leaving.id, "Dara", TODDLER)  # imported, invitation not opened
    args = parser().parse_args(["mediators", "disable", str(leaving.id), "--hand-over-to", str(target.id),
                                "--db", url])
    await args.run(args)

    assert await handover_rows(app) == [(on_telegram, "moved", "pending")]
    assert {unreachable, no_chat}.isdisjoint(family for family, _, _ in await handover_rows(app))
