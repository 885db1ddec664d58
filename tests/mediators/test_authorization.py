"""A mediator sees and changes only her own families; a parent's chat never reaches a mediator's action."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import pytest_asyncio
import sqlalchemy as sa

from bot.core.mediation import Mediator
from bot.storage.mediators import SqlMediators
from bot.storage.models import AuditRow, FamilyNoteRow, InvitationRow, VaccinationRecordRow
from tests.fakes.chat import ChatDriver
from tests.mediators.field import enrol, family_ids, mediator_chat

pytestmark = pytest.mark.asyncio(loop_scope="package")

# Every mediator action that names a family or a child, as forged button data ({f}: family, {c}: child, {m}: a
# mediator id).
FORGED = ["md:fam:{f}", "md:vx:{f}", "md:vxc:{c}", "md:vxd:{c}:hepb_2", "md:note:{f}", "md:inv:{f}", "md:ho:{f}",
          "md:hot:{f}:{m}", "md:pv:{f}", "md:ok:{f}", "md:vxf:{f}"]
PARENT_PRESSES = ["md:enrol", "md:work", "md:fams", "md:find", "md:menu", "md:fam:1", "md:el:en", "md:consent:yes",
                  "md:lreq", "md:adopt:1", "md:vxg", "md:vxz"]


async def _counts(app) -> tuple[int, ...]:
    async with app.database.transaction() as store:
        session = store.session
        return tuple([await session.scalar(sa.select(sa.func.count()).select_from(table)) for table in
                      (VaccinationRecordRow, FamilyNoteRow, InvitationRow)])


@dataclass
class Pair:
    """Ana with her family (Mira and Luka), and Bojana, another mediator, at her menu."""

    ana: Mediator
    ana_chat: ChatDriver
    bojana: Mediator
    bojana_chat: ChatDriver
    family_id: int
    child_id: int


@pytest_asyncio.fixture(scope="module", loop_scope="package")
async def pair(shared_field) -> Pair:
    app, _ = shared_field
    ana, ana_chat = await mediator_chat(app, "Ana", "auth-ana")
    await enrol(ana_chat, "Mira")
    (family_id,) = await family_ids(app, ana.id)
    async with app.database.transaction() as store:
        (child,) = await store.children(family_id)
    bojana, bojana_chat = await mediator_chat(app, "Bojana", "auth-bojana")
    assert child.id is not None
    return Pair(ana, ana_chat, bojana, bojana_chat, family_id, child.id)


@pytest.mark.parametrize("template", FORGED)
async def test_another_mediators_family_is_neither_shown_nor_changed(field, pair: Pair, template: str) -> None:
    before = await _counts(field)
    await pair.bojana_chat.raw_press(template.format(f=pair.family_id, c=pair.child_id, m=pair.bojana.id))
    assert pair.bojana_chat.last[0].text == pair.bojana_chat.say("mediator-not-your-family")
    assert "Mira" not in pair.bojana_chat.transcript and "Luka" not in pair.bojana_chat.transcript
    assert await _counts(field) == before
    async with field.database.transaction() as store:
        profile = await SqlMediators(store.session).profile(pair.family_id)
        trail = await SqlMediators(store.session).audit_trail(pair.family_id)
    assert profile is not None and profile.mediator_id == pair.ana.id and profile.help_requested_at is None
    assert not [entry for entry in trail if entry.actor == f"mediator:{pair.bojana.id}"]


async def test_her_own_family_opens_for_the_same_button(field, pair: Pair) -> None:
    await pair.ana_chat.raw_press(f"md:fam:{pair.family_id}")
    assert "Mira" in pair.ana_chat.transcript and "Luka" in pair.ana_chat.transcript


async def test_a_note_typed_after_the_family_was_handed_over_is_refused(field) -> None:
    ana, ana_chat = await mediator_chat(field, "Ana", "auth-ana-note")
    await enrol(ana_chat, "Zora")
    (family_id,) = await family_ids(field, ana.id)
    other, _ = await mediator_chat(field, "Other", "auth-other-note")
    await ana_chat.raw_press(f"md:note:{family_id}")
    assert ana_chat.transcript == ana_chat.say("mediator-note-ask", caregiver="Zora")
    async with field.database.transaction() as store:
        mediators = SqlMediators(store.session)
        profile = await mediators.profile(family_id)
        assert profile is not None
        profile.mediator_id = other.id
        await mediators.save_profile(profile)
    await ana_chat.text("Visited, all fine")
    assert ana_chat.last[0].text == ana_chat.say("mediator-not-your-family")
    async with field.database.transaction() as store:
        assert await SqlMediators(store.session).notes(family_id, 10) == []


@pytest.mark.parametrize("data", PARENT_PRESSES)
async def test_a_parent_pressing_a_mediator_button_gets_the_stale_answer(field, data: str) -> None:
    parent = ChatDriver(field, f"auth-parent-{data}")
    await parent.onboard("en")
    await parent.raw_press(data)
    assert parent.last[0].text == parent.say("button-stale")
    async with field.database.transaction() as store:
        chat = await store.get_chat(parent.user)
        assert chat is not None and chat.id is not None
        assert await SqlMediators(store.session).mediator_for_chat(chat.id) is None
        actors = set(await store.session.scalars(sa.select(AuditRow.actor)))
    assert f"chat:{chat.id}" not in actors


async def test_nothing_a_parent_types_makes_the_chat_a_mediators(field) -> None:
    parent = ChatDriver(field, "auth-typist")
    await parent.onboard("en")
    for attempt in ("md:enrol", "/start md:enrol", "mediator", "lang:en"):
        await parent.text(attempt)
    await parent.start("md:enrol")
    await parent.press_id("menu-mediator")
    async with field.database.transaction() as store:
        chat = await store.get_chat(parent.user)
        assert chat is not None and chat.id is not None
        assert await SqlMediators(store.session).mediator_for_chat(chat.id) is None
