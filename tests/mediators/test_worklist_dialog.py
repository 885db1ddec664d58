"""The mediator's work list, her families and what she records, in her chat."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.channels.delivery import PermanentDeliveryError
from bot.clock import FixedClock
from bot.core.mediator import HELP_PRESS
from bot.core.messages import ChannelUser, Inbound
from bot.storage.mediators import SqlMediators
from bot.storage.models import OutboxRow
from scheduler.dispatcher import Dispatcher
from tests.fakes.chat import NOW, ChatDriver
from tests.fakes.sender import FakeSender
from tests.mediators.field import mediator_chat, seed_family
from tests.scheduler.outbox_rows import chat_active

pytestmark = pytest.mark.asyncio(loop_scope="package")
NEWBORN = date(2026, 11, 1)  # 21 days old on NOW: nothing is overdue
TODDLER = date(2025, 3, 3)  # 20 months old, nothing recorded: many doses overdue


async def _not_yet_twice(app, family_id: int, child_id: int) -> None:
    async with app.database.transaction() as store:
        for stage in ("on", "followup-1"):
            store.session.add(OutboxRow(
                family_id=family_id, child_id=child_id, kind="vaccine", item="hepb_2", stage=stage, due_at=NOW,
                local_day=NOW.date(), idempotency_key=f"{child_id}:vaccine:hepb_2:{stage}:1", state="sent",
                answer="not_yet", answered_at=NOW))


def _order(chat: ChatDriver, names: list[str]) -> list[str]:
    text = chat.transcript
    return sorted((n for n in names if n in text), key=text.index)


async def test_the_work_list_puts_help_first_then_overdue_not_yet_unreachable_and_unopened(field) -> None:
    mediator, ana = await mediator_chat(field, "Ana", "wl-ana-1")
    m = mediator.id
    await seed_family(field, m, "Fine", NEWBORN, chat=ChannelUser("telegram", "wl-fine"))
    helpme = ChatDriver(field, "wl-help", "viber")
    await seed_family(field, m, "Helena", NEWBORN, chat=helpme.user)
    await seed_family(field, m, "Olga", TODDLER, chat=ChannelUser("telegram", "wl-olga"))
    nina, nina_child = await seed_family(field, m, "Nina", NEWBORN, chat=ChannelUser("telegram", "wl-nina"))
    await _not_yet_twice(field, nina, nina_child)
    await seed_family(field, m, "Uma", NEWBORN, chat=ChannelUser("viber", "wl-uma"))
    await field.inbox.set_reachable(ChannelUser("viber", "wl-uma"), False)  # she blocked the bot
    await seed_family(field, m, "Xenia", NEWBORN, enrolled=NOW - timedelta(days=2))
    await seed_family(field, m, "Yara", NEWBORN)  # enrolled just now: she may still open it today
    helpme.locale = "en"
    await helpme.raw_press(HELP_PRESS)  # the parent's menu button
    assert helpme.transcript == helpme.say("mediator-help-sent")

    await ana.press_id("mediator-menu-worklist")
    names = ["Helena", "Olga", "Nina", "Uma", "Xenia", "Yara", "Fine"]
    assert _order(ana, names) == ["Helena", "Olga", "Nina", "Uma", "Xenia"]
    assert ana.say("mediator-reason-overdue", doses=7, days=569) in ana.transcript  # not PCV 2, 3: unconfirmed
    assert ana.say("mediator-reason-unreachable") in ana.transcript
    assert ana.labels[:2] == ["Helena", "Olga"]


async def test_an_unopened_invitation_is_listed_after_a_day(field, clock) -> None:
    mediator, ana = await mediator_chat(field, "Ana", "wl-ana-2")
    await seed_family(field, mediator.id, "Petra", NEWBORN)
    await ana.press_id("mediator-menu-worklist")
    assert ana.transcript == ana.say("mediator-worklist-empty")
    clock.advance(days=1)
    await ana.press_id("mediator-menu-worklist")
    assert ana.say("mediator-reason-not-opened") in ana.transcript


async def test_a_parents_call_for_help_reaches_the_mediator_until_she_marks_it_handled(field) -> None:
    mediator, ana = await mediator_chat(field, "Ana", "wl-ana-3", channel="telegram")
    parent = ChatDriver(field, "wl-parent-3", "viber")
    parent.locale = "en"
    family_id, _ = await seed_family(field, mediator.id, "Rada", NEWBORN, chat=parent.user)
    await parent.raw_press(HELP_PRESS)
    await parent.raw_press(HELP_PRESS)  # twice: still one notice

    sender = FakeSender("telegram")
    dispatcher = Dispatcher(field.database, {"telegram": sender}, lambda: field.translator, field.content.library,
                            FixedClock(NOW))  # 10:00
    assert (await dispatcher.dispatch()).notices >= 1  # hers (and those of the package's other mediators)
    assert (await dispatcher.dispatch()).notices == 0
    (message,) = sender.to("wl-ana-3")
    assert message.text == ana.say("mediator-notice-help", caregiver="Rada")

    await ana.send(Inbound(ana.user, command="menu"))
    assert ana.say("mediator-notices", count=1) in ana.transcript
    await ana.press_id("mediator-menu-worklist")
    await ana.press("Rada")
    await ana.press_id("mediator-help-handled")
    assert ana.say("mediator-help-marked-handled") in ana.transcript
    await ana.start()
    assert ana.say("mediator-notices", count=1) not in ana.transcript
    async with field.database.transaction() as store:
        profile = await SqlMediators(store.session).profile(family_id)
        actions = [e.action for e in await SqlMediators(store.session).audit_trail(family_id)]
    assert profile is not None and profile.help_requested_at is None
    assert actions.count("help_requested") == 2 and "help_handled" in actions


async def test_recording_a_vaccination_lowers_the_overdue_count_and_is_audited(field) -> None:
    mediator, ana = await mediator_chat(field, "Ana", "wl-ana-4")
    family_id, child_id = await seed_family(field, mediator.id, "Olga", TODDLER)
    await ana.raw_press(f"md:fam:{family_id}")
    await ana.press_id("mediator-record-vaccination")
    assert ana.transcript == ana.say("record-mediator-pick", name="Olga jr")
    await ana.press_id("record-mediator-unpicked", name=ana.say("vaccine-short-hepb-2"))
    await ana.press_id("record-mediator-next", count=1)
    await ana.text("1.1.2025")
    assert ana.say("mediator-vaccination-before-birth", born=TODDLER) == ana.transcript
    await ana.text("10.4.2025")
    assert ana.say("mediator-vaccination-saved", name="Olga jr", vaccine=ana.say("vaccine-hepb-2"),
                   date=date(2025, 4, 10)) in ana.transcript
    assert ana.say("mediator-status-overdue") in ana.transcript
    await ana.press_id("button-back-to-menu")
    await ana.press_id("mediator-menu-worklist")
    assert ana.say("mediator-reason-overdue", doses=6, days=538) in ana.transcript  # hepb_2 was the oldest
    async with field.database.transaction() as store:
        (record,) = await store.records(child_id)
        trail = await SqlMediators(store.session).audit_trail(family_id)
    assert (record.dose_id, record.given_on, record.recorded_by) == ("hepb_2", date(2025, 4, 10),
                                                                     f"mediator:{mediator.id}")
    assert ("record_vaccination", f"child:{child_id}:dose:hepb_2") in [(e.action, e.detail) for e in trail]


async def test_my_families_show_ages_and_status_and_search_finds_a_child_by_nickname(field) -> None:
    mediator, ana = await mediator_chat(field, "Ana", "wl-ana-5")
    await seed_family(field, mediator.id, "Dana", NEWBORN, chat=ChannelUser("telegram", "wl-dana"))
    await seed_family(field, mediator.id, "Olga", TODDLER, chat=ChannelUser("telegram", "wl-olga-5"))
    await ana.press_id("mediator-menu-families")
    assert ana.say("mediator-families", count=2, items="").splitlines()[0] in ana.transcript
    assert "Dana jr (21" in ana.transcript and ana.say("mediator-status-ok") in ana.transcript
    assert "Olga jr (20" in ana.transcript and ana.say("mediator-status-overdue") in ana.transcript
    await ana.press_id("mediator-menu-find")
    await ana.text("olga J")
    assert ana.labels == ["Olga", ana.say("mediator-menu-find"), ana.say("button-back-to-menu")]
    await ana.press_id("mediator-menu-find")
    await ana.text("nobody")
    assert ana.transcript == ana.say("mediator-search-none")


async def test_a_note_a_parent_view_and_a_hand_over(field) -> None:
    ana_record, ana = await mediator_chat(field, "Ana", "wl-ana-6")
    _, bojana_chat = await mediator_chat(field, "Bojana Six", "wl-bojana-6")
    family_id, _ = await seed_family(field, ana_record.id, "Vera", TODDLER)
    await ana.raw_press(f"md:fam:{family_id}")
    await ana.press_id("mediator-add-note")
    await ana.text("Needs a ride to the health centre")
    assert ana.say("mediator-note-saved") in ana.transcript and "Needs a ride" in ana.transcript
    await ana.press_id("mediator-parent-view")
    assert ana.last[0].text == ana.say("mediator-parent-view-header", caregiver="Vera")
    assert ana.say("vaccine-hepb-2") in ana.transcript  # the plan, as the parent sees it
    assert ana.labels == [ana.say("mediator-family-open"), ana.say("button-back-to-menu")]
    await ana.press_id("mediator-family-open")
    await ana.press_id("mediator-hand-over")
    await ana.press("Bojana Six")
    assert ana.transcript.startswith(ana.say("mediator-handed-over", caregiver="Vera", name="Bojana Six"))
    await ana.raw_press(f"md:fam:{family_id}")
    assert ana.last[0].text == ana.say("mediator-not-your-family")
    await bojana_chat.raw_press(f"md:fam:{family_id}")
    assert "Needs a ride" in bojana_chat.transcript


async def test_notices_wait_for_the_morning_and_a_chat_that_blocked_the_bot_is_not_retried(field) -> None:
    mediator, _ = await mediator_chat(field, "Ana", "wl-ana-7", channel="viber")
    parent = ChatDriver(field, "wl-parent-7", "telegram")
    await seed_family(field, mediator.id, "Sena", NEWBORN, chat=parent.user)
    await parent.raw_press(HELP_PRESS)
    sender = FakeSender("viber")
    sender.always_fail["wl-ana-7"] = PermanentDeliveryError("blocked")
    night = Dispatcher(field.database, {"viber": sender}, lambda: field.translator, field.content.library,
                       FixedClock(NOW.replace(hour=21)))  # 22:00 in Belgrade
    assert (await night.dispatch()).quiet and sender.attempts == 0
    day = Dispatcher(field.database, {"viber": sender}, lambda: field.translator, field.content.library,
                     FixedClock(NOW))
    assert (await day.dispatch()).notices == 0 and sender.attempts == 1
    assert (await day.dispatch()).notices == 0 and sender.attempts == 1
    assert await chat_active(field.database, ChannelUser("viber", "wl-ana-7"))  # still hers: she is staff
