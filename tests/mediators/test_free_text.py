"""Free text a mediator types is cleaned as nicknames are (issue 18, defect 5): a NUL (which PostgreSQL refuses),
a lone surrogate (which no UTF-8 database stores) and bidi controls (a note shown reversed) never reach a row."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import pytest
import pytest_asyncio

from bot.app import App
from bot.core.free_text import clean_free_text
from bot.core.onboarding import NICKNAME_MAX, clean_nickname
from bot.storage.mediators import SqlMediators
from tests.mediators.field import make_field_app, mediator_chat, seed_family

NOTES = {
    "a NUL": ("Needs\x00 a ride", "Needs a ride"),
    "a lone surrogate": ("Needs \ud800a ride", "Needs a ride"),
    "a right-to-left override": ("\u202eedir a sdeeN", "edir a sdeeN"),
    "zero-width and a line break": ("Needs\u200b a\nride", "Needs a ride"),
}


@pytest_asyncio.fixture
async def field_app(database_url: str, tmp_path) -> AsyncIterator[App]:
    app = await make_field_app(database_url, tmp_path / "media")
    yield app
    await app.close()


@pytest.mark.parametrize(("typed", "kept"), list(NOTES.values()), ids=list(NOTES))
async def test_a_note_with_hostile_characters_is_stored_clean(field_app: App, typed: str, kept: str) -> None:
    ana_record, ana = await mediator_chat(field_app, "Ana", "free-text-ana")
    family_id, _ = await seed_family(field_app, ana_record.id, "Vera", date(2026, 1, 5))
    await ana.raw_press(f"md:fam:{family_id}")
    await ana.press_id("mediator-add-note")
    await ana.text(typed)
    assert ana.say("mediator-note-saved") in ana.transcript
    async with field_app.database.transaction() as store:
        assert [note.text for note in await SqlMediators(store.session).notes(family_id, 5)] == [kept]


@pytest.mark.parametrize("typed", ["\x00", "\ud800", "\u202e\u200b", " \n "], ids=["nul", "surrogate", "bidi", "blank"])
async def test_a_note_of_nothing_but_hostile_characters_is_refused(field_app: App, typed: str) -> None:
    ana_record, ana = await mediator_chat(field_app, "Ana", "free-text-ana-2")
    family_id, _ = await seed_family(field_app, ana_record.id, "Vera", date(2026, 1, 5))
    await ana.raw_press(f"md:fam:{family_id}")
    await ana.press_id("mediator-add-note")
    await ana.text(typed)
    assert ana.transcript.startswith(ana.say("mediator-note-invalid", max=500))
    async with field_app.database.transaction() as store:
        assert await SqlMediators(store.session).notes(family_id, 5) == []


@pytest.mark.parametrize("typed", ["Mi\x00la", "Mi\ud800la", "\u202eMila", "Mi\u2066la\u2069"],
                         ids=["nul", "surrogate", "rlo", "isolate"])
def test_nicknames_and_notes_share_one_cleaner(typed: str) -> None:
    assert clean_nickname(typed) == clean_free_text(typed, NICKNAME_MAX)
    assert all(ord(ch) >= 32 and not 0xD800 <= ord(ch) <= 0xDFFF and ch not in "\u202e\u2066\u2069"
               for ch in clean_free_text(typed, NICKNAME_MAX) or "")
