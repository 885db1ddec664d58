"""/delete erases everything that identifies a family: proven by reading every row of every table afterwards."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.core.messages import Inbound
from tests.fakes.chat import NOW, ChatDriver
from tests.mediators.field import family_ids, make_field_app, mediator_chat
from tests.privacy.scenes import (
    Family,
    answer_a_reminder,
    every_row,
    mediator_family,
    parent_family,
    plan_reminders,
    rows_of,
)

REFERENCES = {"family_id": "families", "child_id": "children", "chat_id": "chats", "used_by_chat_id": "chats"}
OWN_ID = {"family": "families", "child": "children", "chat": "chats"}


@pytest.fixture
async def app(database_url: str, tmp_path: Path) -> AsyncIterator[tuple[App, FixedClock]]:
    clock = FixedClock(NOW)
    app = await make_field_app(database_url, tmp_path / "media", clock)
    yield app, clock
    await app.close()


async def delete(chat: ChatDriver) -> None:
    await chat.send(Inbound(chat.user, command="delete"))
    assert chat.transcript == chat.say("privacy-delete-confirm")
    await chat.press_id("privacy-delete-yes")
    assert chat.transcript == chat.say("privacy-deleted")


def leftovers(everything: dict[str, list[dict[str, Any]]], gone: list[Family]) -> list[str]:
    """Every value that still names or points at an erased family, as "table.column = value"."""
    words = {w for f in gone for w in f.secrets}
    days = {d for f in gone for d in f.dates}
    ids = {"families": {f.id for f in gone}, "children": {c for f in gone for c in f.children},
           "chats": {c for f in gone for c in f.chat_ids}}
    pointers = [re.compile(rf"\bchild:{c}\b") for c in ids["children"]]
    pointers += [re.compile(rf"\bchat:{c}\b") for c in ids["chats"]]
    pointers += [re.compile(rf"^{c}:") for c in ids["children"]]  # outbox idempotency keys start with the child
    found = []
    for table, rows in everything.items():
        for row in rows:
            for column, value in row.items():
                text = str(value)
                named = any(w in text for w in words) or (type(value) is date and value in days)
                points = (column in REFERENCES and value in ids[REFERENCES[column]]
                          or column == "id" and table in OWN_ID and value in ids[OWN_ID[table]]
                          or isinstance(value, str) and any(p.search(value) for p in pointers))
                if named or points:
                    found.append(f"{table}.{column} = {value!r}")
    return found


async def test_delete_leaves_nothing_that_identifies_the_family_in_any_table(app) -> None:
    app, clock = app
    ana_record, ana = await mediator_chat(app, "Ana", "ana-privacy")
    mira = await mediator_family(app, ana, ana_record.id, "Mirabela", "064/123-4567",
                                 (("Lukica", "3.3.2025"), ("Sarita", "1.10.2026")), "mira-tg-771",
                                 "Mirabela needs a ride on Tuesdays")
    vesna = await mediator_family(app, ana, ana_record.id, "Vesna", "065 987 6543", (("Ninoslava", "7.7.2024"),),
                                  "vesna-tg-772", "Vesna moved to Altina")
    jovana = await parent_family(app, "Vb7Jovana==", "viber", ("Jovančica", "5.5.2025"), ("Đorđić", "1.2.2026"))
    mila = await parent_family(app, "other-parent", "terminal", ("Milica", "6.6.2025"), ("Petrica", "2.3.2026"))
    await plan_reminders(app, clock)
    await answer_a_reminder(app, mira, "rem-not")
    await answer_a_reminder(app, jovana, "rem-done")
    await answer_a_reminder(app, mila, "rem-done")
    before = {f.id: await rows_of(app, f.id) for f in (vesna, mila)}
    assert before[vesna.id]["family_note"] == 1 and before[mila.id]["vaccination_record"] == 1
    found = {item.split(" = ")[0] for item in leftovers(await every_row(app), [mira, jovana])}
    assert {"family.id", "chat.user_id", "child.nickname", "child.birth_date", "vaccination_record.child_id",
            "tip_seen.child_id", "outbox.family_id", "outbox.idempotency_key", "family_profile.phone",
            "family_profile.caregiver", "family_note.text", "invitation.family_id", "invitation.used_by_chat_id",
            "mediator_notice.family_id", "audit_log.family_id", "audit_log.detail"} <= found  # the check sees them
    notices = {r["family_id"] for r in (await every_row(app))["outbox"] if r["kind"] == "notice"}
    assert {mira.id, jovana.id} & notices  # a notice to Ana waits in the outbox: it goes with the family

    await delete(mira.chat)
    await delete(jovana.chat)

    everything = await every_row(app)
    assert leftovers(everything, [mira, jovana]) == []
    assert not {mira.id, jovana.id} & {r["family_id"] for r in everything["outbox"] if r["kind"] == "notice"}
    erasures = [r for r in everything["audit_log"] if r["action"] == "family_erased"]
    assert [(r["actor"], r["detail"], r["family_id"], r["mediator_id"]) for r in erasures] == [
        ("parent", "parent", None, None)] * 2
    assert {(r["name"], r["value"]) for r in everything["statistic"]} == {("family_erased:parent", 2)}
    assert {f.id: await rows_of(app, f.id) for f in (vesna, mila)} == before  # other families untouched
    assert await family_ids(app, ana_record.id) == [vesna.id]  # gone from the mediator's list

    await mira.chat.start()  # and she can begin again
    assert mira.chat.transcript == mira.chat.say("onboarding-choose-language")


async def test_deleting_before_onboarding_forgets_the_chat_too(app) -> None:
    app, _clock = app
    chat = ChatDriver(app, "declined-1", "telegram")
    chat.locale = "en"
    await chat.start()
    await chat.press_id("language-en")
    await chat.press_id("onboarding-consent-no")
    assert leftovers(await every_row(app), []) == []
    await delete(chat)
    everything = await every_row(app)
    assert everything["chat"] == []
    assert [(r["action"], r["detail"]) for r in everything["audit_log"]] == [("chat_erased", "parent")]
