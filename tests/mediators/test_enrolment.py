"""Enrolling a family in the mediator's chat, and the parent opening the family's invitation."""

from __future__ import annotations

import io
from datetime import date

import pytest
import zxingcpp
from PIL import Image

from bot.core.messages import LOCALES
from bot.core.onboarding import PRIVACY_NOTICE_VERSION
from bot.storage.mediators import SqlMediators
from tests.fakes.chat import NOW, ChatDriver
from tests.mediators.field import BOT_USERNAME, CHAT_URI, LANGUAGE_LABELS, enrol, family_ids, mediator_chat

pytestmark = pytest.mark.asyncio(loop_scope="package")


async def test_a_mediator_enrols_a_family_and_gets_links_and_a_qr_code(field) -> None:
    mediator, ana = await mediator_chat(field, "Ana", "ana-1")
    code = await enrol(ana, "Mira", language="rom", phone="064/123-4567",
                       children=(("Luka", "3.3.2025", None), (None, "1.10.2026", 34)))
    text = ana.transcript
    assert ana.say("mediator-enrol-done") in text
    assert f"https://t.me/{BOT_USERNAME}?start={code}" in text
    assert f"viber://pa?chatURI={CHAT_URI}&context={code}" in text
    picture = ana.last[-1].attachment  # made in memory: a live invitation is never left in a file for the chat
    assert picture is not None and (picture.filename, picture.media_type) == ("cavororo-invitation.png", "image/png")
    decoded = {r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(picture.content)))}
    assert decoded == {f"https://t.me/{BOT_USERNAME}?start={code}", f"viber://pa?chatURI={CHAT_URI}&context={code}"}
    assert ana.last[-1].media == ()

    (family_id,) = await family_ids(field, mediator.id)
    async with field.database.transaction() as store:
        family = await store.get_family(family_id)
        kids = await store.children(family_id)
        profile = await SqlMediators(store.session).profile(family_id)
        trail = await SqlMediators(store.session).audit_trail(family_id)
    assert (family.consent_at, family.consent_by, family.notice_version) == (
        NOW, f"mediator:{mediator.id}", PRIVACY_NOTICE_VERSION)
    assert [(k.nickname, k.birth_date, k.gestational_weeks) for k in kids] == [
        ("Luka", date(2025, 3, 3), None), (None, date(2026, 10, 1), 34)]
    assert (profile.caregiver, profile.locale, profile.phone, profile.settlement, profile.consent_method) == (
        "Mira", "rom", "+381641234567", "altina", "in_person")
    assert {"enrol", "consent", "invitation_issued"} <= {e.action for e in trail}
    assert all(e.actor == f"mediator:{mediator.id}" for e in trail)
    assert not any("Mira" in e.detail or "Luka" in e.detail or "2025" in e.detail for e in trail)


async def test_opening_the_family_invitation_skips_onboarding_and_welcomes_in_the_familys_language(field) -> None:
    _, ana = await mediator_chat(field, "Ana", "ana-2")
    code = await enrol(ana, "Mira", language="sr-Cyrl", children=(("Luka", "3.3.2025", None), ("Sara", "1.10.2026",
                                                                                                 None)))
    parent = ChatDriver(field, "mira-telegram", "telegram")
    parent.locale = "sr-Cyrl"
    await parent.start(code)
    assert parent.last[0].text == parent.say("invitation-family-welcome")  # then the privacy notice
    assert parent.say("menu-plan") in parent.labels and parent.say("menu-mediator") in parent.labels
    await parent.press_id("menu-plan")
    assert parent.labels == ["Luka", "Sara", parent.say("button-back-to-menu")]  # nicknames as typed


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_mediator_menu_and_enrolment_speak_her_language(field, locale: str) -> None:
    _, ana = await mediator_chat(field, "Ana", f"ana-lang-{locale}", locale=locale)
    assert ana.labels[:2] == [ana.say("mediator-menu-enrol"), ana.say("mediator-menu-worklist")]
    await ana.press_id("mediator-menu-enrol")
    assert ana.transcript == ana.say("mediator-enrol-ask-caregiver")


async def test_bad_answers_are_asked_again_and_cancel_keeps_nothing(field) -> None:
    mediator, ana = await mediator_chat(field, "Ana", "ana-3")
    await ana.press_id("mediator-menu-enrol")
    await ana.text("x" * 31)
    assert ana.transcript == ana.say("mediator-enrol-caregiver-invalid", max=30)
    await ana.text("Mira")
    await ana.press_id(LANGUAGE_LABELS["sr-Latn"])
    await ana.text("12345")
    assert ana.transcript == ana.say("mediator-enrol-phone-invalid")
    await ana.press_id("button-skip")
    await ana.press("Kamendin")
    await ana.press_id("button-skip")
    await ana.text("31.02.2024")
    assert ana.say("birth-date-error-date-impossible", example="22.9.2025.") == ana.transcript
    await ana.press_id("button-cancel")
    assert ana.labels[0] == ana.say("mediator-menu-enrol")
    assert await family_ids(field, mediator.id) == []


async def test_a_parent_without_a_mediator_is_offered_one_and_nothing_is_stored_before_yes(field) -> None:
    parent = ChatDriver(field, "self-enrolled")
    await parent.onboard("en")
    await parent.press_id("menu-mediator")
    assert parent.last[0].text == parent.say("mediator-link-offer")  # tests/mediators/test_loose_ends.py
    async with field.database.transaction() as store:
        chat = await store.get_chat(parent.user)
        assert chat is not None and chat.family_id is not None
        assert await SqlMediators(store.session).profile(chat.family_id) is None
        assert await SqlMediators(store.session).audit_trail(chat.family_id) == []
