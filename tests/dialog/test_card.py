"""The vaccination card in "💉 Vaccines and check-ups", in every language choice: mark a dose given (today,
another date, date unknown), the card complete up to today, undo, the whole calendar; stale and forged presses."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.family import VaccinationRecord
from tests.fakes.chat import ChatDriver, make_app

LOCALES = ["rom", "sr-Latn", "sr-Cyrl", "en"]
TODAY = date(2026, 11, 22)  # tests.fakes.chat.NOW; Mila, born 1.9.2026, is 82 days old
DUE_SO_FAR = ["bcg_1", "hepb_1", "hepb_2", "dtap_ipv_hib_1", "pcv_1"]  # by due day, then schedule order


@pytest.fixture
async def app(tmp_path):
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    yield app
    await app.close()


async def _parent(app, locale: str) -> ChatDriver:
    chat = ChatDriver(app)
    await chat.onboard(locale)
    await chat.press_id("menu-plan")
    return chat


async def _records(app) -> dict[str, VaccinationRecord]:
    async with app.database.transaction() as store:
        return {r.dose_id: r for r in await store.records(1)}


def _name(chat: ChatDriver, dose_id: str) -> str:
    return chat.say("vaccine-" + dose_id.replace("_", "-"))


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_dose_marked_given_today_is_recorded_and_moves_the_next_dose(app, locale) -> None:
    chat = await _parent(app, locale)
    assert chat.say("record-button-mark") in chat.labels and chat.say("record-button-calendar") in chat.labels

    await chat.press_id("record-button-mark")
    assert chat.transcript == chat.say("record-ask-which", name="Mila")
    assert chat.labels[:-1] == [chat.say("vaccine-short-" + d.replace("_", "-")) for d in DUE_SO_FAR]
    assert all(len(label) <= 30 for label in chat.labels)
    await chat.press_id("vaccine-short-dtap-ipv-hib-1")
    await chat.press_id("reminders-button-today", date=TODAY)

    assert chat.say("reminders-recorded", name="Mila", vaccine=_name(chat, "dtap_ipv_hib_1"), date=TODAY) \
        in chat.transcript
    assert (await _records(app))["dtap_ipv_hib_1"].given_on == TODAY
    # dose 2: not at 107 days (17 December) but 28 days after dose 1
    assert chat.say("plan-item-next", name=_name(chat, "dtap_ipv_hib_2"), date=date(2026, 12, 20)) in chat.transcript
    assert chat.say("record-button-undo") in chat.labels


@pytest.mark.parametrize("locale", LOCALES)
async def test_another_date_and_an_unknown_date(app, locale) -> None:
    chat = await _parent(app, locale)
    await chat.press_id("record-button-mark")
    await chat.press_id("vaccine-short-hepb-2")
    await chat.press_id("reminders-button-other-date")
    await chat.text("31.2.2026")
    assert chat.transcript.startswith(chat.say("reminders-date-error-impossible", example="19.11.2026.")[:20])
    await chat.text("5.10.2026")
    assert (await _records(app))["hepb_2"].given_on == date(2026, 10, 5)

    await chat.press_id("record-button-mark")
    await chat.press_id("vaccine-short-pcv-1")
    await chat.press_id("record-button-date-unknown")
    assert chat.say("record-recorded-undated", name="Mila", vaccine=_name(chat, "pcv_1"), date=TODAY) \
        in chat.transcript
    assert chat.say("record-plan-item-done-undated", name=_name(chat, "pcv_1")) in chat.transcript
    assert (await _records(app))["pcv_1"].date_known is False


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_card_complete_up_to_today_records_every_dose_due_so_far_once(app, locale) -> None:
    chat = await _parent(app, locale)
    await chat.press_id("record-button-complete")
    assert all(_name(chat, d) in chat.transcript for d in DUE_SO_FAR)
    assert _name(chat, "dtap_ipv_hib_2") not in chat.transcript  # not due yet
    await chat.press_id("record-complete-yes")

    assert chat.say("record-recorded-many", name="Mila", count=5) in chat.transcript
    records = await _records(app)
    assert sorted(records) == sorted(DUE_SO_FAR) and not any(r.date_known for r in records.values())
    assert chat.say("record-button-mark") not in chat.labels  # nothing left to mark
    await chat.raw_press("card-all-yes:1")  # a replayed "yes" changes nothing
    assert chat.say("button-stale") in chat.transcript and len(await _records(app)) == 5


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_dose_marked_by_mistake_is_undone(app, locale) -> None:
    chat = await _parent(app, locale)
    await chat.press_id("record-button-mark")
    await chat.press_id("vaccine-short-hepb-2")
    await chat.press_id("reminders-button-today", date=TODAY)
    await chat.press_id("record-button-undo")
    assert chat.transcript == chat.say("record-ask-undo", name="Mila")
    await chat.press_id("vaccine-short-hepb-2")

    assert chat.say("record-undone", name="Mila", vaccine=_name(chat, "hepb_2")) in chat.transcript
    assert await _records(app) == {}
    await chat.raw_press("card-x:1:hepb_2")  # nothing to undo any more
    assert chat.say("button-stale") in chat.transcript


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_whole_calendar_lists_every_dose_and_check_up_with_its_dates(app, locale) -> None:
    chat = await _parent(app, locale)
    await chat.press_id("record-button-calendar")
    text = chat.transcript

    assert all(_name(chat, d.id) in text for d in app.library.doses)
    assert all(chat.say("visit-" + v.id.replace("_", "-")) in text for v in app.library.visits)
    assert "1.11.2026.–1.12.2026." in text  # the 2-month doses: two calendar months to day 91
    assert "1.9.2032.–1.9.2034." in text  # the school doses: the sixth to the eighth birthday
    assert text.index(_name(chat, "hepb_2")) < text.index(_name(chat, "mmr_1")) < text.index(_name(chat, "mmr_2"))
    assert chat.say("plan-unverified-note") in text  # PCV 2, 3 and booster carry the mark
    assert len(text) < 4096


@pytest.mark.parametrize("data", ["card:99", "card-d:1:rotavirus_1", "card-t:1:mmr_1", "card-o:abc:hepb_2",
                                  "card-all-yes:1", "card-undo:1", "cal:2"])
async def test_forged_and_stale_card_presses_change_nothing(app, data) -> None:
    chat = await _parent(app, "en")
    await chat.raw_press(data)
    assert chat.say("button-stale") in chat.transcript
    assert await _records(app) == {}


async def test_a_ten_day_old_plan_has_no_footnote_without_a_marked_item(app) -> None:
    chat = ChatDriver(app)
    await chat.onboard("en", born="12.11.2026")
    await chat.press_id("menu-plan")
    assert "*" not in chat.transcript and chat.say("plan-unverified-note") not in chat.transcript
