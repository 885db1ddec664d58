"""A mediator records a child's card: several doses at once with one date or "dates unknown", or the whole card
up to today; every dose goes to the audit log, and presses outside the checklist change nothing."""

from __future__ import annotations

from datetime import date

from bot.storage.mediators import SqlMediators
from tests.mediators.field import mediator_chat, seed_family

TODDLER = date(2025, 3, 3)  # 20 months old on NOW, nothing recorded
TODAY = date(2026, 11, 22)


async def _card(field, family_id: int, child_id: int):
    async with field.database.transaction() as store:
        records = {r.dose_id: r for r in await store.records(child_id)}
        trail = [(e.action, e.detail) for e in await SqlMediators(store.session).audit_trail(family_id)]
    return records, trail


async def _checklist(field, name: str, user: str):
    mediator, ana = await mediator_chat(field, "Ana", user)
    family_id, child_id = await seed_family(field, mediator.id, name, TODDLER)
    await ana.raw_press(f"md:fam:{family_id}")
    await ana.press_id("mediator-record-vaccination")
    return mediator, ana, family_id, child_id


async def test_several_doses_ticked_then_dates_unknown_are_recorded_and_audited(field) -> None:
    mediator, ana, family_id, child_id = await _checklist(field, "Vesna", "ck-ana-1")
    assert ana.transcript == ana.say("record-mediator-pick", name="Vesna jr")
    for dose in ("hepb-2", "dtap-ipv-hib-1", "pcv-1"):
        await ana.press_id("record-mediator-unpicked", name=ana.say("vaccine-short-" + dose))
    await ana.press_id("record-mediator-picked", name=ana.say("vaccine-short-pcv-1"))  # unticked again
    assert ana.say("record-mediator-picked", name=ana.say("vaccine-short-hepb-2")) in ana.labels
    await ana.press_id("record-mediator-next", count=2)
    await ana.press_id("record-mediator-dates-unknown")

    assert ana.say("record-mediator-saved-many", name="Vesna jr", count=2, items="")[:20] in ana.transcript
    records, trail = await _card(field, family_id, child_id)
    assert sorted(records) == ["dtap_ipv_hib_1", "hepb_2"]
    assert all(not r.date_known and r.recorded_by == f"mediator:{mediator.id}" for r in records.values())
    assert [d for a, d in trail if a == "record_vaccination"] == [
        f"child:{child_id}:dose:hepb_2:date:unknown", f"child:{child_id}:dose:dtap_ipv_hib_1:date:unknown"]


async def test_several_doses_with_one_typed_date(field) -> None:
    _, ana, family_id, child_id = await _checklist(field, "Dragana", "ck-ana-2")
    for dose in ("dtap-ipv-hib-1", "pcv-1"):
        await ana.press_id("record-mediator-unpicked", name=ana.say("vaccine-short-" + dose))
    await ana.press_id("record-mediator-next", count=2)
    await ana.text("5.6.2025")

    records, trail = await _card(field, family_id, child_id)
    assert {d: (r.given_on, r.date_known) for d, r in records.items()} == {
        "dtap_ipv_hib_1": (date(2025, 6, 5), True), "pcv_1": (date(2025, 6, 5), True)}
    assert sum(a == "record_vaccination" for a, _ in trail) == 2


async def test_the_card_complete_up_to_today_records_every_dose_due_so_far(field) -> None:
    _, ana, family_id, child_id = await _checklist(field, "Milica", "ck-ana-3")
    await ana.press_id("record-button-complete")
    assert ana.say("vaccine-mmr-1") in ana.transcript and ana.say("vaccine-mmr-2") not in ana.transcript
    await ana.press_id("record-complete-yes")

    records, trail = await _card(field, family_id, child_id)
    assert len(records) == 13 and "mmr_2" not in records and all(r.given_on == TODAY for r in records.values())
    assert sum(a == "record_vaccination" for a, _ in trail) == 13
    await ana.raw_press("md:vxy")  # replayed: not in that step any more
    assert ana.say("button-stale") in ana.transcript
    assert len((await _card(field, family_id, child_id))[0]) == 13


async def test_a_tick_outside_the_checklist_changes_nothing(field) -> None:
    _, ana = await mediator_chat(field, "Ana", "ck-ana-4")
    await ana.raw_press("md:vxk:hepb_2")
    assert ana.say("button-stale") in ana.transcript
