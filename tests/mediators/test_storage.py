"""The mediators' tables on SQLite and PostgreSQL: invitations used once, bindings, facts, notices, audit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from bot.core.family import Chat, Child, Family, VaccinationRecord
from bot.core.invitation_codes import hash_code, make_invitation
from bot.core.mediation import FAMILY_INVITATION, AuditEntry, FamilyProfile, Note
from bot.core.messages import ChannelUser
from bot.storage import Database
from bot.storage.mediators import SqlMediators
from bot.storage.models import NOTICE, OutboxRow

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


async def _family(database: Database, mediator_id: int, phone: str | None = None) -> tuple[int, int]:
    async with database.transaction() as store:
        family = await store.create_family(Family(consent_at=NOW, consent_by=f"mediator:{mediator_id}"))
        child = await store.add_child(Child(family.id, date(2026, 1, 5), "Luka", enrolled_on=date(2026, 1, 6)))
        await SqlMediators(store.session).save_profile(
            FamilyProfile(family.id, mediator_id, "Mira", "rom", "altina", phone, "in_person", NOW))
    return family.id, child.id


async def test_invitations_are_used_once_and_a_chat_has_at_most_one_mediator(database: Database) -> None:
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        mediator = await mediators.add_mediator("Ana")
        chat = await store.save_chat(Chat(user=ChannelUser("telegram", "1")))
        other = await store.save_chat(Chat(user=ChannelUser("viber", "2")))
    family_id, _ = await _family(database, mediator.id)
    codes = []
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        for days in (14, 14, 1):
            code, invitation = make_invitation(FAMILY_INVITATION, NOW, timedelta(days=days), "test",
                                               family_id=family_id)
            codes.append((code, await mediators.add_invitation(invitation)))
    (_, first), (_, second), (_, short) = codes
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        assert await mediators.use_invitation(first.id, chat.id, NOW) is True
        assert await mediators.use_invitation(first.id, other.id, NOW) is False
        assert await mediators.revoke_invitations(family_id=family_id, at=NOW) == 2
        assert await mediators.use_invitation(second.id, other.id, NOW) is False
        assert await mediators.use_invitation(short.id, other.id, NOW + timedelta(days=2)) is False
        used = await mediators.find_invitation(hash_code(codes[0][0]))
    assert used is not None and used.used_at == NOW and used.revoked_at is None

    # a chat belongs to at most one mediator, and a disabled mediator has none
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        ana, bojana = mediator, await mediators.add_mediator("Bojana")
        await mediators.bind_mediator_chat(ana.id, chat.id)
        await mediators.bind_mediator_chat(bojana.id, chat.id)
        assert (await mediators.mediator_for_chat(chat.id)).name == "Bojana"
        assert (await mediators.get_mediator(ana.id)).chat_id is None
        assert await mediators.disable_mediator(bojana.id, NOW, hand_over_to=ana.id)
        assert await mediators.disable_mediator(bojana.id, NOW) is False
        assert await mediators.mediator_for_chat(chat.id) is None
        assert [m.name for m in await mediators.active_mediators()] == ["Ana"]


async def test_the_caseload_gathers_what_the_work_list_needs_and_profiles_are_found(database: Database) -> None:
    async with database.transaction() as store:
        mediator = await SqlMediators(store.session).add_mediator("Ana")
    family_id, child_id = await _family(database, mediator.id, "+381641234567")
    async with database.transaction() as store:
        await store.add_record(VaccinationRecord(child_id, "hepb_2", date(2026, 2, 5), "mediator:1"))
        await store.save_chat(Chat(user=ChannelUser("viber", "v"), family_id=family_id, active=False))
        await store.save_chat(Chat(user=ChannelUser("telegram", "t"), family_id=family_id))
        for item, stage, answer in (("hepb_2", "on", "not_yet"), ("hepb_2", "followup-1", "not_yet"),
                                    ("mmr_1", "on", "not_yet"), ("mmr_1", "followup-1", "done")):
            store.session.add(OutboxRow(family_id=family_id, child_id=child_id, kind="vaccine", item=item,
                                        stage=stage, due_at=NOW, local_day=NOW.date(), state="sent", answer=answer,
                                        idempotency_key=f"{child_id}:{item}:{stage}"))
    async with database.transaction() as store:
        (facts,) = await SqlMediators(store.session).caseload(mediator.id)
        assert await SqlMediators(store.session).caseload(mediator.id + 1) == []
    assert [c.nickname for c in facts.children] == ["Luka"]
    assert [r.dose_id for r in facts.records[child_id]] == ["hepb_2"]
    assert sorted(facts.chats_active) == [False, True]
    assert facts.not_yet_twice == 1

    without, _ = await _family(database, mediator.id, None)
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        by_phone = await mediators.find_profiles(phone="+381641234567", settlement=None)
        by_place = await mediators.find_profiles(phone=None, settlement="altina")
    assert [p.family_id for p in by_phone] == [family_id]
    assert [p.family_id for p in by_place] == [without]


async def test_notices_notes_and_the_audit_trail(database: Database) -> None:
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        ana = await mediators.add_mediator("Ana")
        chat = await store.save_chat(Chat(user=ChannelUser("telegram", "ana"), locale="en"))
        await mediators.bind_mediator_chat(ana.id, chat.id)
    family_id, _ = await _family(database, ana.id)
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        await mediators.add_notice(ana.id, family_id, "help", NOW)
        await mediators.add_note(Note(family_id, ana.id, "first", NOW))
        await mediators.add_note(Note(family_id, ana.id, "second", NOW + timedelta(minutes=1)))
        await mediators.audit(AuditEntry(f"mediator:{ana.id}", "note", NOW, family_id, ana.id))
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        outbox = sa.select(OutboxRow.kind, OutboxRow.item, OutboxRow.mediator_id, OutboxRow.family_id,
                           OutboxRow.state, OutboxRow.last_error).where(OutboxRow.kind == NOTICE)
        assert list(await store.session.execute(outbox)) == [("notice", "help", ana.id, family_id, "pending", None)]
        assert await mediators.unseen_notices(ana.id) == 1
        await mediators.mark_notices_seen(ana.id, NOW)
        assert await mediators.unseen_notices(ana.id) == 0
        # seen before it went out: it need not go
        assert list(await store.session.execute(outbox)) == [("notice", "help", ana.id, family_id, "cancelled",
                                                              "seen")]
        assert [n.text for n in await mediators.notes(family_id, 5)] == ["second", "first"]
        (entry,) = await mediators.audit_trail(family_id)
    assert (entry.actor, entry.action, entry.at, entry.family_id) == (f"mediator:{ana.id}", "note", NOW, family_id)
