"""What the dashboard's web tests share: a panels provider that stands in for bot/dashboard/aggregates.py (it
counts the seeded families itself, with the small-cell rule), a seeded database, and a client signed in."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.clock import FixedClock
from bot.dashboard.accounts import Accounts
from bot.dashboard.pages import Choices, Dashboard, mount
from bot.dashboard.panels import Filters, Panel, suppress
from bot.i18n.translator import Translator
from bot.storage.database import Database
from bot.storage.models import ChatRow, ChildRow, FamilyProfileRow, FamilyRow, MediatorRow

CONTENT = Path(__file__).resolve().parents[2] / "content"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
LINK_VALID = timedelta(hours=72)
SESSION_VALID = timedelta(hours=12)
# A family no response may ever mention (tests/dashboard/test_privacy.py greps for each of these)
SECRET_NAME = "Zvezdana Kvrgić-Šljivančanin"
SECRET_PHONE = "+381641239876"
SECRET_CHILD = "Dragoljupčica"
SECRET_BIRTH = date(2025, 7, 13)
SECRET_USER_ID = "tg-user-918273645"
SECRETS = (SECRET_NAME, SECRET_PHONE, "641239876", SECRET_CHILD, SECRET_USER_ID, "2025-07-13", "13.07.2025",
           "13.7.2025")


@dataclass
class FakePanels:
    """The aggregates' stand-in: counts families by settlement (a bar chart), children by birth month (a line)
    and a table of shares; remembers every Filters it was asked with."""

    database: Database
    asked: list[Filters] = field(default_factory=list)

    async def __call__(self, filters: Filters) -> list[Panel]:
        self.asked.append(filters)
        query = sa.select(FamilyProfileRow.settlement, sa.func.count()).group_by(FamilyProfileRow.settlement)
        if filters.mediator_id is not None:
            query = query.where(FamilyProfileRow.mediator_id == filters.mediator_id)
        if filters.settlement is not None:
            query = query.where(FamilyProfileRow.settlement == filters.settlement)
        async with self.database.transaction() as store:
            counts = sorted((await store.session.execute(query)).all())
        rows = tuple((settlement, suppress(count), suppress(count)) for settlement, count in counts)
        return [
            Panel("families", "dashboard-test-families", ("dashboard-test-settlement", "dashboard-test-count",
                                                          "dashboard-test-active"), rows, "bar"),
            Panel("enrolled", "dashboard-test-enrolled", ("dashboard-test-month", "dashboard-test-count"),
                  (("2026-01", 12), ("2026-02", "<5"), ("2026-03", 30)), "line"),
            Panel("coverage", "dashboard-test-coverage", ("dashboard-test-dose", "dashboard-test-share"),
                  (("=HYPERLINK(1)", 0.5), ("mmr-1", "<5")), "table", ("dashboard-small-cells",)),
        ]


async def choices() -> Choices:
    return Choices((("busije", "Busije"), ("altina", "Altina")), ((1, "Mediator 1"), (2, "Mediator 2")))


async def seed(database: Database) -> None:
    """Two mediators; nine families in Busije (seven of mediator 1), one in Altina: the distinctive one."""
    async with database.transaction() as store:
        session = store.session
        session.add_all([MediatorRow(id=1, name="Mediator 1"), MediatorRow(id=2, name="Mediator 2")])
        await session.flush()
        for number in range(10):
            family = FamilyRow()
            session.add(family)
            await session.flush()
            secret = number == 9
            session.add(FamilyProfileRow(
                family_id=family.id, mediator_id=1 if number < 7 else 2,
                caregiver=SECRET_NAME if secret else f"Parent {number}", locale="rom",
                settlement="altina" if secret else "busije", phone=SECRET_PHONE if secret else None,
                consent_method="paper", enrolled_at=NOW - timedelta(days=30)))
            session.add(ChildRow(family_id=family.id, nickname=SECRET_CHILD if secret else None,
                                 birth_date=SECRET_BIRTH, enrolled_on=date(2026, 1, 5)))
            session.add(ChatRow(channel="telegram", user_id=SECRET_USER_ID if secret else f"u{number}",
                                family_id=family.id, locale="rom"))


@dataclass
class Site:
    client: TestClient
    accounts: Accounts
    clock: FixedClock
    panels: FakePanels


@asynccontextmanager
async def site(database: Database, panels: FakePanels | None = None, secure: bool = False) -> AsyncIterator[Site]:
    clock = FixedClock(NOW)
    accounts = Accounts(database, link_valid=LINK_VALID, session_valid=SESSION_VALID)
    panels = panels or FakePanels(database)
    translator = Translator.from_directory(CONTENT, strict=True)
    web_app = web.Application()
    mount(web_app, Dashboard(accounts, panels, choices, lambda: translator, clock, secure_cookies=secure))
    client = TestClient(TestServer(web_app, host="127.0.0.1"))
    await client.start_server()
    try:
        yield Site(client, accounts, clock, panels)
    finally:
        await client.close()


def sign_in_form(page: str) -> dict[str, str]:
    """The hidden fields of the sign-in page's form."""
    import re

    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', page))


async def sign_in(site: Site, token: str) -> None:
    page = await site.client.get("/dashboard/sign-in", params={"token": token})
    assert page.status == 200
    answer = await site.client.post("/dashboard/sign-in", data=sign_in_form(await page.text()),
                                    allow_redirects=False)
    assert answer.status == 303, await answer.text()
