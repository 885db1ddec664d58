"""Opening invitations: binding a chat once, and clear answers for used, expired, replaced and forged codes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.invitation_codes import hash_code, make_invitation, new_code
from bot.core.mediation import MEDIATOR_INVITATION
from bot.storage.mediators import SqlMediators
from tests.fakes.chat import NOW, ChatDriver
from tests.mediators.field import code_in, enrol, family_ids, mediator_chat, new_mediator

pytestmark = pytest.mark.asyncio(loop_scope="package")
LANGUAGE_PROMPT = "onboarding-choose-language"


async def _chat_state(app, chat: ChatDriver) -> tuple[int | None, bool]:
    """(family id, is a mediator) of a chat."""
    async with app.database.transaction() as store:
        saved = await store.get_chat(chat.user)
        if saved is None or saved.id is None:
            return None, False
        return saved.family_id, await SqlMediators(store.session).mediator_for_chat(saved.id) is not None


async def test_a_used_family_code_is_refused_in_all_three_languages_before_a_language_is_chosen(field) -> None:
    _, ana = await mediator_chat(field, "Ana", "inv-ana-1")
    code = await enrol(ana)
    first, second = ChatDriver(field, "inv-p1", "viber"), ChatDriver(field, "inv-p2", "telegram")
    await first.start(code)
    await second.start(code)
    assert [m.text for m in second.last] == [second.say("invitation-used-any"), second.say(LANGUAGE_PROMPT)]
    assert "already used" in second.last[0].text and "već iskorišćena" in second.last[0].text
    assert (await _chat_state(field, second))[0] is None
    assert (await _chat_state(field, first))[0] is not None


async def test_an_expired_code_is_refused_and_changes_nothing(field, clock) -> None:
    _, ana = await mediator_chat(field, "Ana", "inv-ana-2")
    code = await enrol(ana)
    clock.advance(days=14)
    parent = ChatDriver(field, "inv-p3")
    await parent.start(code)
    assert parent.last[0].text == parent.say("invitation-expired-any")
    assert await _chat_state(field, parent) == (None, False)


@pytest.mark.parametrize("forged", ["nope", "a" * 65, "with space", "ünïcode", new_code()],
                         ids=["short-word", "too-long", "space", "non-ascii", "well-formed-but-unknown"])
async def test_a_forged_code_is_refused_as_unknown(field, forged: str) -> None:
    parent = ChatDriver(field, f"inv-forged-{len(forged)}-{forged[:3]}")
    await parent.start(forged)
    assert parent.last[0].text == parent.say("invitation-unknown-any")
    assert parent.last[1].text == parent.say(LANGUAGE_PROMPT)


async def test_a_refused_code_in_a_chat_with_a_language_answers_in_that_language_and_resumes(field) -> None:
    parent = ChatDriver(field, "inv-onboarded")
    await parent.onboard("en")
    await parent.start("not-a-real-code")
    assert parent.last[0].text == parent.say("invitation-unknown")
    assert parent.last[1].text == parent.say("menu-welcome-back")


async def test_a_new_invitation_replaces_the_old_one(field) -> None:
    mediator, ana = await mediator_chat(field, "Ana", "inv-ana-3")
    old = await enrol(ana)
    (family_id,) = await family_ids(field, mediator.id)
    await ana.raw_press(f"md:inv:{family_id}")
    new = code_in(ana.transcript)
    assert new != old and ana.say("mediator-invitation-replaced") in ana.transcript
    late = ChatDriver(field, "inv-old-phone")
    await late.start(old)
    assert late.last[0].text == late.say("invitation-expired-any")
    fresh = ChatDriver(field, "inv-new-phone")
    await fresh.start(new)
    assert (await _chat_state(field, fresh))[0] == family_id


async def test_a_family_code_opened_in_the_mediators_own_chat_is_not_used_up(field) -> None:
    _, ana = await mediator_chat(field, "Ana", "inv-ana-4")
    code = await enrol(ana)
    await ana.start(code)
    assert ana.say("invitation-family-in-mediator-chat") in ana.transcript
    parent = ChatDriver(field, "inv-p4")
    await parent.start(code)
    assert (await _chat_state(field, parent))[0] is not None


async def test_a_mediator_invitation_binds_one_chat_once_and_a_new_one_moves_her(field) -> None:
    mediator, code = await new_mediator(field, "Vesna")
    phone = ChatDriver(field, "vesna-old", "telegram")
    await phone.start(code)
    assert phone.last[0].text == phone.say("mediator-welcome-any")
    assert await _chat_state(field, phone) == (None, True)
    stranger = ChatDriver(field, "vesna-copycat", "viber")
    await stranger.start(code)
    assert stranger.last[0].text == stranger.say("invitation-used-any")
    assert await _chat_state(field, stranger) == (None, False)

    async with field.database.transaction() as store:
        again, invitation = make_invitation(MEDIATOR_INVITATION, NOW, timedelta(days=1), "operator",
                                            mediator_id=mediator.id)
        await SqlMediators(store.session).add_invitation(invitation)
    new_phone = ChatDriver(field, "vesna-new", "viber")
    await new_phone.start(again)
    assert await _chat_state(field, new_phone) == (None, True)
    assert await _chat_state(field, phone) == (None, False)


async def test_a_disabled_mediators_invitation_is_refused(field) -> None:
    mediator, code = await new_mediator(field, "Gone")
    async with field.database.transaction() as store:
        assert await SqlMediators(store.session).disable_mediator(mediator.id, NOW)
    chat = ChatDriver(field, "gone-chat")
    await chat.start(code)
    assert chat.last[0].text == chat.say("invitation-expired-any")
    assert await _chat_state(field, chat) == (None, False)


async def test_only_a_hash_of_each_code_is_stored(field) -> None:
    _, ana = await mediator_chat(field, "Ana", "inv-ana-5")
    code = await enrol(ana)
    async with field.database.transaction() as store:
        mediators = SqlMediators(store.session)
        assert await mediators.find_invitation(hash_code(code)) is not None
        assert await mediators.find_invitation(code) is None
