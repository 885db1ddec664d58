"""No page and no download of the dashboard names a family: a family with a distinctive name, phone, child's
nickname, birth date and messenger id is seeded, and every response is searched for each of them.

The panels come from bot/dashboard/aggregates.py through the composition root's own wiring (after the daily rollup
is rebuilt over the seed, so the real panels have the seeded families in them), and from the tests' stand-in, which
reads the same seeded tables."""

from __future__ import annotations

import re
from pathlib import Path

from bot.app import dashboard_sources
from bot.catalog import load_library
from bot.dashboard import aggregates
from bot.dashboard.pages import Dashboard
from bot.dashboard.panels import Filters
from bot.dashboard.rollup import rebuild
from tests.dashboard.support import NOW, SECRETS, FakePanels, seed, sign_in, site

CONTENT = Path(__file__).resolve().parents[2] / "content"


async def providers(database) -> list[object]:
    await rebuild(database, NOW.date(), NOW, load_library(CONTENT).doses)
    whole = await aggregates.panels(database, Filters(NOW.date().replace(year=2020), NOW.date()))
    assert any(isinstance(cell, int) and cell > 0 for panel in whole for row in panel.rows for cell in row)
    real, _choices = dashboard_sources(database, CONTENT)
    return [FakePanels(database), real]


async def responses(s, limited: bool) -> list[str]:
    bodies = []
    for lang in ("sr", "en"):
        for query in ({}, {"settlement": "altina"}, {"start": "2025-01-01", "end": "2026-03-02"}):
            answer = await s.client.get("/dashboard/", params={"lang": lang, **query})
            assert answer.status == 200
            page = await answer.text()
            bodies.append(page)
            for key in re.findall(r'href="/dashboard/csv/([a-z0-9_-]+)\?', page):
                download = await s.client.get(f"/dashboard/csv/{key}", params={"lang": lang, **query})
                assert download.status == 200
                bodies.append((await download.read()).decode("utf-8-sig"))
                bodies.append(str(dict(download.headers)))
    assert limited or any("csv" in body for body in bodies)
    return bodies


async def test_no_response_and_no_audit_row_names_the_family(database):
    await seed(database)
    for provider in await providers(database):
        for mediator in (None, 2):  # the whole lab's view and the secret family's own mediator's view
            async with site(database, panels=provider) as s:  # type: ignore[arg-type]
                _account, token = await s.accounts.add("K", mediator, NOW)
                await sign_in(s, token)
                bodies = await responses(s, limited=mediator is not None)
                assert len(bodies) > 6
                for body in bodies:
                    for secret in SECRETS:
                        assert secret.lower() not in body.lower(), (secret, body[:200])
                for line in await s.accounts.audit_trail():
                    assert all(secret not in f"{line.action} {line.detail}" for secret in SECRETS)
                    assert re.fullmatch(r"(csv:[a-z0-9_-]+)?", line.detail)


def test_the_composition_root_builds_the_dashboard(tmp_path):
    from bot.app import dashboard
    from bot.config import Settings
    from bot.storage.database import Database

    url = f"sqlite+aiosqlite:///{tmp_path / 'x.sqlite3'}"
    built = dashboard(Settings(DATABASE_URL=url), Database.from_url(url), lambda: None)  # type: ignore[arg-type,return-value]
    assert isinstance(built, Dashboard)
