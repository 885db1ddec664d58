"""Mediators' loose ends (issue 20, items 7-9) and a whole family's card at once (issue 14), in the chat.

7. A family is handed only to a mediator who opened her invitation (chat and `cavororo mediators disable`).
8. The parent who joins by invitation gets the privacy notice in writing, once; the consent script is complete.
9. A self-enrolled parent asks for a mediator; a mediator takes the family only after the parent's yes.
B. "Whole family: complete up to today", with a confirmation that lists every child's doses, and undo.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import pytest
import pytest_asyncio

from bot.app import App
from bot.cli import parser
from bot.core.family import Child
from bot.core.mediation import CONSENT_IN_CHAT
from bot.core.mediator import HELP_PRESS
from bot.core.messages import LOCALES, Inbound
from bot.storage.mediators import SqlMediators
from tests.fakes.chat import ChatDriver
from tests.mediators.field import enrol, make_field_app, mediator_chat, new_mediator, seed_family

pytestmark = pytest.mark.asyncio(loop_scope="package")
TODDLER = date(2025, 3, 3)  # 20 months old on NOW, nothing recorded: many doses open


async def _profile(app: App, family_id: int):
    async with app.database.transaction() as store:
        return await SqlMediators(store.session).profile(family_id)


async def _records(app: App, family_id: int) -> dict[str, set[str]]:
    async with app.database.transaction() as store:
        return {child.nickname or "": {r.dose_id for r in await store.records(child.id or 0)}
                for child in await store.children(family_id)}


# -- 7. hand-over only to a mediator who opened her invitation -------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_mediator_who_never_opened_her_invitation_is_not_offered_and_a_forged_press_is_refused(
        field, locale: str) -> None:
    ana_record, ana = await mediator_chat(field, "Ana", f"le-ana-{locale}", locale=locale)
    silent, _code = await new_mediator(field, f"Silent {locale}")  # added, invitation never opened
    _, _bojana = await mediator_chat(field, f"Bojana {locale}", f"le-bojana-{locale}")
    family_id, _ = await seed_family(field, ana_record.id, "Vera", TODDLER)
    await ana.raw_press(f"md:fam:{family_id}")
    await ana.press_id("mediator-hand-over")
    assert ana.say("mediator-name", name=f"Bojana {locale}") in ana.labels
    assert ana.say("mediator-name", name=f"Silent {locale}") not in ana.labels
    await ana.raw_press(f"md:hot:{family_id}:{silent.id}")  # forged, or a keyboard from before
    assert ana.last[0].text == ana.say("mediator-hand-over-not-active", name=f"Silent {locale}")
    assert ana.say("mediator-hand-over-to-whom", caregiver="Vera") in ana.transcript  # asked again
    assert (await _profile(field, family_id)).mediator_id == ana_record.id  # the family stays with her


async def test_the_command_line_refuses_a_hand_over_to_a_mediator_who_never_opened_her_invitation(
        field, tmp_path) -> None:
    url = str(field.database.engine.url.render_as_string(hide_password=False))
    leaving, _ = await mediator_chat(field, "Leaving", "le-cli-leaving")
    silent, _code = await new_mediator(field, "Silent CLI")
    family_id, _ = await seed_family(field, leaving.id, "Zora", TODDLER)
    args = parser().parse_args(["mediators", "disable", str(leaving.id), "--hand-over-to", str(silent.id),
                                "--db", url])
    with pytest.raises(SystemExit, match="has not opened her invitation yet.*nothing changed"):
        await args.run(args)
    assert (await _profile(field, family_id)).mediator_id == leaving.id
    async with field.database.transaction() as store:
        assert (await SqlMediators(store.session).get_mediator(leaving.id)).active  # not disabled either
    target, _ = await mediator_chat(field, "Opened CLI", "le-cli-opened")
    args = parser().parse_args(["mediators", "disable", str(leaving.id), "--hand-over-to", str(target.id),
                                "--db", url])
    await args.run(args)
    assert (await _profile(field, family_id)).mediator_id == target.id


# -- 8. the privacy notice when a parent joins by invitation; the consent script ----------------------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_parent_who_joins_by_invitation_reads_the_privacy_notice_once(field, locale: str) -> None:
    _, ana = await mediator_chat(field, "Ana", f"le-notice-ana-{locale}")
    code = await enrol(ana, "Mira", language=locale)
    parent = ChatDriver(field, f"le-notice-parent-{locale}", "telegram")
    parent.locale = locale
    await parent.start(code)
    welcome, notice = parent.last
    assert welcome.text == parent.say("invitation-family-welcome")
    assert notice.text == parent.say("invitation-privacy-intro") + "\n\n" + parent.say("privacy-notice")
    assert parent.say("menu-tip") in parent.labels  # the menu comes with the notice
    await parent.start(code)  # the link again: welcome back, no second notice
    assert parent.transcript == parent.say("invitation-welcome-back")


async def test_the_consent_script_names_everything_the_bot_stores(field) -> None:
    chat = ChatDriver(field)
    chat.locale = "en"
    script = chat.say("mediator-enrol-ask-consent")
    for stored in ("name you use for the parent", "settlement", "phone", "notes", "nickname", "girl or boy",
                   "birth date", "born early", "vaccines", "/delete"):
        assert stored in script
    chat.locale = "sr-Latn"
    script = chat.say("mediator-enrol-ask-consent")
    for stored in ("ime", "naselje", "telefona", "beleške", "nadimak", "devojčica ili dečak", "datum rođenja",
                   "pre vremena", "vakcine"):
        assert stored in script


# -- 9. a self-enrolled parent asks for a mediator; a mediator takes the family ----------------------------


@pytest_asyncio.fixture
async def app(database_url: str, tmp_path) -> AsyncIterator[App]:
    """A bot of its own: the families asking for a mediator are seen by every mediator."""
    app = await make_field_app(database_url, tmp_path / "media")
    yield app
    await app.close()


async def _asking_parent(app: App, locale: str, user_id: str) -> tuple[ChatDriver, int]:
    parent = ChatDriver(app, user_id)
    await parent.onboard(locale, "Mila", "1.9.2026")
    await parent.raw_press(HELP_PRESS)
    assert parent.last[0].text == parent.say("mediator-link-offer")
    await parent.press_id("mediator-link-yes")
    assert parent.transcript == parent.say("mediator-link-asked")
    async with app.database.transaction() as store:
        chat = await store.get_chat(parent.user)
    assert chat is not None and chat.family_id is not None
    return parent, chat.family_id


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_self_enrolled_parent_asks_and_a_mediator_takes_the_family_after_the_parents_yes(
        app, locale: str) -> None:
    ana_record, ana = await mediator_chat(app, "Ana", "link-ana", locale=locale)
    parent, family_id = await _asking_parent(app, locale, "link-parent")
    profile = await _profile(app, family_id)
    assert (profile.mediator_id, profile.consent_method) == (None, CONSENT_IN_CHAT)  # pending
    await parent.raw_press(HELP_PRESS)  # asked again: still waiting, nothing new
    assert parent.transcript == parent.say("mediator-link-pending")
    async with app.database.transaction() as store:
        assert await SqlMediators(store.session).unseen_notices(ana_record.id) == 1  # once

    await ana.press_id("mediator-menu-worklist")
    await ana.press_id("mediator-link-requests-button", count=1)
    assert "Mila" in ana.transcript and ana.say("language-" + locale.lower()) in ana.transcript
    await ana.press_id("mediator-link-take", number=1)
    assert ana.transcript.startswith(ana.say("mediator-link-accepted"))
    assert (await _profile(app, family_id)).mediator_id == ana_record.id  # accepted
    await ana.raw_press("md:work")
    assert ana.say("mediator-link-requests-button", count=1) not in ana.labels  # nothing pending any more

    await parent.raw_press(HELP_PRESS)  # now "I need my mediator" reaches her
    assert parent.transcript == parent.say("mediator-help-sent")
    await parent.send(Inbound(parent.user, command="mydata"))  # how she came to the family
    assert parent.say("privacy-consent-method-in-chat") in parent.transcript


async def test_forged_presses_take_nothing_and_give_no_one_a_family(app) -> None:
    ana_record, ana = await mediator_chat(app, "Ana", "forge-ana")
    bojana_record, bojana = await mediator_chat(app, "Bojana", "forge-bojana")
    parent = ChatDriver(app, "forge-parent")
    await parent.onboard("en")
    await parent.raw_press("mlink:yes")  # never offered: a forged press
    assert parent.last[0].text == parent.say("button-stale")
    async with app.database.transaction() as store:
        chat = await store.get_chat(parent.user)
    assert await _profile(app, chat.family_id) is None  # nothing stored, the family did not ask
    await ana.raw_press(f"md:adopt:{chat.family_id}")  # a family that never said yes
    assert ana.last[0].text.startswith(ana.say("mediator-link-gone"))
    assert await _profile(app, chat.family_id) is None
    theirs, _ = await seed_family(app, bojana_record.id, "Vera", TODDLER)
    for data in (f"md:adopt:{theirs}", "md:adopt:x", "md:adopt:", "md:adopt:99999999"):
        await ana.raw_press(data)
        assert ana.last[0].text.startswith(ana.say("mediator-link-gone"))
    assert (await _profile(app, theirs)).mediator_id == bojana_record.id

    other, asking = await _asking_parent(app, "en", "forge-asking")
    await bojana.raw_press(f"md:adopt:{asking}")
    await ana.raw_press(f"md:adopt:{asking}")  # a moment later: taken already
    assert ana.last[0].text.startswith(ana.say("mediator-link-gone"))
    assert (await _profile(app, asking)).mediator_id == bojana_record.id
    await other.raw_press("mlink:yes")  # an old keyboard: changes nothing
    assert (await _profile(app, asking)).mediator_id == bojana_record.id
    assert ana_record.id != bojana_record.id


# -- B. a whole family's card complete up to today, with undo ----------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_whole_family_is_marked_complete_in_one_step_and_undone(field, locale: str) -> None:
    mediator, ana = await mediator_chat(field, "Ana", f"whole-ana-{locale}", locale=locale)
    family_id, _ = await seed_family(field, mediator.id, "Mira", TODDLER)
    async with field.database.transaction() as store:
        await store.add_child(Child(family_id, date(2026, 9, 1), "Sara", enrolled_on=date(2026, 9, 1)))
    await ana.raw_press(f"md:vx:{family_id}")
    await ana.press_id("mediator-family-complete")
    confirm = ana.transcript
    assert "Mira jr" in confirm and "Sara" in confirm and ana.say("vaccine-bcg-1") in confirm
    assert await _records(field, family_id) == {"Mira jr": set(), "Sara": set()}  # nothing yet
    await ana.press_id("mediator-family-complete-yes")
    recorded = await _records(field, family_id)
    assert "bcg_1" in recorded["Mira jr"] and "bcg_1" in recorded["Sara"] and len(recorded["Mira jr"]) > 3
    count = len(recorded["Mira jr"]) + len(recorded["Sara"])
    assert ana.transcript == ana.say("mediator-family-complete-saved", caregiver="Mira", count=count)
    await ana.press_id("mediator-family-complete-undo")
    assert ana.transcript.startswith(ana.say("mediator-family-complete-undone", count=count))
    assert await _records(field, family_id) == {"Mira jr": set(), "Sara": set()}
    await ana.raw_press("md:vxz")  # undo again, from an old keyboard: nothing left to remove
    assert ana.last[0].text == ana.say("button-stale")


async def test_forged_whole_family_presses_record_nothing(field) -> None:
    mediator, ana = await mediator_chat(field, "Ana", "whole-forge-ana")
    other, _ = await mediator_chat(field, "Bojana", "whole-forge-bojana")
    theirs, _ = await seed_family(field, other.id, "Vera", TODDLER)
    mine, _ = await seed_family(field, mediator.id, "Mira", TODDLER)
    await ana.raw_press(f"md:vxf:{theirs}")
    assert ana.last[0].text == ana.say("mediator-not-your-family")
    await ana.raw_press("md:vxg")  # confirm without having been asked
    assert ana.last[0].text == ana.say("button-stale")
    await ana.raw_press(f"md:vxf:{mine}")
    await ana.raw_press("md:vxz")  # undo before anything was recorded: not this step
    assert ana.last[0].text == ana.say("button-stale")
    assert await _records(field, theirs) == {"Vera jr": set()}
    assert await _records(field, mine) == {"Mira jr": set()}
