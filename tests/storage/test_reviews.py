"""Romani review proposals in the database: stored with who and when, voice bytes intact, decided once."""

from __future__ import annotations

from datetime import timedelta

from bot.core.family import Chat
from bot.core.messages import ChannelUser
from bot.core.romani_review import STEP_RECORD, Proposal
from bot.storage.database import Database
from bot.storage.mediators import SqlMediators
from bot.storage.reviews import APPLIED, PENDING, REJECTED, SqlReviews, awaits_recording
from tests.fakes.chat import NOW

VOICE = bytes(range(256)) * 40  # every byte value: a binary column, not text


async def test_proposals_keep_who_when_and_the_voice_until_decided_once(database: Database) -> None:
    async with database.transaction() as store:
        mira = await SqlMediators(store.session).add_mediator("Mira Jovanović")
        reviews = SqlReviews(store.session)
        text_id = await reviews.add_proposal(Proposal("tip-a", "text", "f1", mira.id, NOW, text="Nevo"))
        voice_id = await reviews.add_proposal(Proposal("tip-a", "voice", "f1", mira.id, NOW + timedelta(minutes=1),
                                                       voice=VOICE, media_type="audio/ogg", duration_s=4.5))
        assert await reviews.answered(mira.id) == {("tip-a", "f1")}
    async with database.transaction() as store:
        reviews = SqlReviews(store.session)
        listed = await reviews.proposals()
        assert [(s.id, s.proposal.kind, s.mediator_name, s.state, s.proposal.voice) for s in listed] == [
            (text_id, "text", "Mira Jovanović", PENDING, None), (voice_id, "voice", "Mira Jovanović", PENDING, None)]
        (with_voice,) = await reviews.proposals(ids=[voice_id], with_voice=True)
        assert with_voice.proposal.voice == VOICE and with_voice.proposal.duration_s == 4.5
        assert with_voice.proposal.at == NOW + timedelta(minutes=1)
        assert await reviews.decide(text_id, REJECTED, NOW, "not Romani") is True
        assert await reviews.decide(text_id, APPLIED, NOW) is False  # decided once
        assert await reviews.decide(999_999, APPLIED, NOW) is False
        assert [s.id for s in await reviews.proposals()] == [voice_id]
        assert await reviews.decide(voice_id, APPLIED, NOW) is True
        (applied,) = await reviews.proposals(state=APPLIED, with_voice=True)
        assert applied.proposal.voice is None  # the bytes live in content/media/ now
        (rejected,) = await reviews.proposals(state=REJECTED)
        assert rejected.reason == "not Romani" and rejected.decided_at == NOW


async def test_only_a_chat_waiting_for_a_recording_has_its_media_downloaded(database: Database) -> None:
    waiting, other = ChannelUser("viber", "m1"), ChannelUser("viber", "p1")
    async with database.transaction() as store:
        await store.save_chat(Chat(user=waiting, locale="rom", step=STEP_RECORD))
        await store.save_chat(Chat(user=other, locale="rom"))
    assert await awaits_recording(database, waiting) is True
    assert await awaits_recording(database, other) is False
    assert await awaits_recording(database, ChannelUser("telegram", "nobody")) is False
