"""SqlStore against the Store port, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import inspect
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from bot.core.family import Chat, Child, Family, VaccinationRecord
from bot.core.messages import ChannelUser
from bot.core.ports import Store
from bot.storage import Database, NotFound, SqlStore
from bot.storage.models import ChatRow, FamilyRow, TipSeenRow

USER = ChannelUser("viber", "abc=")
BELGRADE_SUMMER = timezone(timedelta(hours=2))
ENROLLED = date(2026, 3, 2)


async def _count(database: Database, table: str) -> int:
    async with database.engine.connect() as connection:
        return await connection.scalar(sa.text(f"SELECT count(*) FROM {table}"))


async def _family_with_child(database: Database, birth: date = date(2024, 3, 1)) -> Child:
    async with database.transaction() as store:
        family = await store.create_family(Family(consent_by="parent"))
        return await store.add_child(Child(family_id=family.id, birth_date=birth, enrolled_on=birth))


def test_sql_store_implements_every_store_method_with_its_signature() -> None:
    wanted = {name for name in vars(Store) if not name.startswith("_")}
    for name in wanted:
        assert inspect.signature(getattr(SqlStore, name)) == inspect.signature(getattr(Store, name)), name


async def test_unknown_chat_and_family_are_none(database: Database) -> None:
    async with database.transaction() as store:
        assert await store.get_chat(USER) is None
        assert await store.get_family(12345) is None


async def test_saved_chat_comes_back_with_every_field(database: Database) -> None:
    async with database.transaction() as store:
        family = await store.create_family(Family())
        chat = Chat(USER, locale="sr-Cyrl", family_id=family.id, step="ask-birth-date", data={"n": [1, "x"]})
        saved = await store.save_chat(chat)
        assert saved.id is not None

    async with database.transaction() as store:
        assert await store.get_chat(USER) == Chat(
            USER, "sr-Cyrl", family.id, "ask-birth-date", {"n": [1, "x"]}, True, saved.id
        )


async def test_data_changed_in_place_is_saved(database: Database) -> None:
    async with database.transaction() as store:
        await store.save_chat(Chat(USER, data={"child": {"name": "a"}}))
    async with database.transaction() as store:
        chat = await store.get_chat(USER)
        chat.data["child"]["weeks"] = 32
        chat.active = False
        await store.save_chat(chat)
    async with database.transaction() as store:
        chat = await store.get_chat(USER)
    assert chat.data == {"child": {"name": "a", "weeks": 32}}
    assert chat.active is False


async def test_chat_data_that_is_not_json_is_refused(database: Database) -> None:
    with pytest.raises(TypeError):
        async with database.transaction() as store:
            await store.save_chat(Chat(USER, data={"when": date(2024, 1, 1)}))
    assert await _count(database, "chat") == 0


async def test_one_chat_per_channel_user(database: Database) -> None:
    async with database.transaction() as store:
        first = await store.save_chat(Chat(USER, step="a"))
        again = await store.save_chat(Chat(USER, step="b"))  # a new Chat object for the same user
        other = await store.save_chat(Chat(ChannelUser("telegram", USER.user_id)))
    assert again.id == first.id != other.id
    assert await _count(database, "chat") == 2

    with pytest.raises(IntegrityError):
        async with database.engine.begin() as connection:
            await connection.execute(sa.insert(ChatRow).values(channel=USER.channel, user_id=USER.user_id))


async def test_family_round_trip_keeps_consent_as_aware_utc(database: Database) -> None:
    consent = datetime(2024, 6, 1, 14, 30, tzinfo=BELGRADE_SUMMER)
    async with database.transaction() as store:
        created = await store.create_family(
            Family(consent_at=consent, consent_by="mediator:7", notice_version="1")
        )
    async with database.transaction() as store:
        loaded = await store.get_family(created.id)
    assert loaded == Family(consent, "mediator:7", "1", created.id) == created
    assert loaded.consent_at.tzinfo == UTC and loaded.consent_at.hour == 12

    async with database.transaction() as store:
        await store.save_family(
            Family(consent_at=None, consent_by="parent", notice_version="2", id=created.id)
        )
    async with database.transaction() as store:
        assert await store.get_family(created.id) == Family(None, "parent", "2", created.id)


async def test_timestamps_come_back_aware_utc(database: Database) -> None:
    child = await _family_with_child(database)
    async with database.transaction() as store:
        await store.mark_tip_seen(child.id, "tip-talk", datetime(2024, 5, 1, 9, 0, tzinfo=BELGRADE_SUMMER))
    async with database.engine.connect() as connection:
        seen_at = await connection.scalar(sa.select(TipSeenRow.seen_at))
        created_at = await connection.scalar(sa.select(FamilyRow.created_at))
    assert seen_at == datetime(2024, 5, 1, 7, 0, tzinfo=UTC) and seen_at.tzinfo == UTC
    assert created_at.tzinfo == UTC and abs(datetime.now(UTC) - created_at) < timedelta(minutes=5)


@pytest.mark.parametrize("write", ["family", "tip"], ids=["family-consent", "tip-seen-at"])
async def test_naive_datetime_is_refused(database: Database, write: str) -> None:
    child = await _family_with_child(database)
    naive = datetime(2024, 5, 1, 9, 0)  # noqa: DTZ001 - the point of the test
    with pytest.raises(ValueError, match="naive"):
        async with database.transaction() as store:
            if write == "family":
                await store.create_family(Family(consent_at=naive))
            else:
                await store.mark_tip_seen(child.id, "tip-talk", naive)


async def test_children_are_oldest_first_then_by_id(database: Database) -> None:
    async with database.transaction() as store:
        family = await store.create_family(Family())
        young = await store.add_child(Child(family.id, date(2024, 5, 1), nickname="Mali", enrolled_on=ENROLLED))
        twin_a = await store.add_child(Child(family.id, date(2022, 1, 9), gestational_weeks=34, enrolled_on=ENROLLED))
        twin_b = await store.add_child(Child(family.id, date(2022, 1, 9), gestational_weeks=34, enrolled_on=ENROLLED))
        young.nickname = None
        young.birth_date = date(2024, 4, 30)
        await store.save_child(young)
    async with database.transaction() as store:
        assert await store.children(family.id) == [twin_a, twin_b, young]
        assert await store.children(family.id + 1) == []


async def test_a_child_keeps_the_enrolment_day_it_was_added_with_and_saving_it_never_moves_that_day(
    database: Database,
) -> None:
    async with database.transaction() as store:
        family = await store.create_family(Family())
        child = await store.add_child(Child(family.id, date(2025, 5, 1), enrolled_on=ENROLLED))
        child.nickname, child.enrolled_on = "Mila", None  # a later change does not carry the day again
        await store.save_child(child)
    async with database.transaction() as store:
        [kept] = await store.children(family.id)
    assert (kept.nickname, kept.enrolled_on) == ("Mila", ENROLLED)


async def test_a_child_without_an_enrolment_day_is_refused_and_nothing_is_added(database: Database) -> None:
    with pytest.raises(ValueError, match="enrolment day"):
        async with database.transaction() as store:
            family = await store.create_family(Family())
            await store.add_child(Child(family.id, date(2025, 5, 1)))
    assert await _count(database, "child") == 0


@pytest.mark.parametrize("kind", ["family", "child"])
async def test_saving_an_unknown_row_is_refused(database: Database, kind: str) -> None:
    with pytest.raises(NotFound):
        async with database.transaction() as store:
            if kind == "family":
                await store.save_family(Family(id=999))
            else:
                await store.save_child(Child(family_id=1, birth_date=date(2024, 1, 1), id=999))


async def test_records_round_trip_and_a_second_record_corrects_the_dose(database: Database) -> None:
    child = await _family_with_child(database)
    async with database.transaction() as store:
        await store.add_record(VaccinationRecord(child.id, "mmr_1", date(2025, 3, 2)))
        await store.add_record(VaccinationRecord(child.id, "bcg", date(2024, 3, 2), recorded_by="mediator:3"))
        await store.add_record(
            VaccinationRecord(child.id, "mmr_1", date(2025, 3, 5), recorded_by="mediator:3")
        )
    async with database.transaction() as store:
        assert await store.records(child.id) == [
            VaccinationRecord(child.id, "bcg", date(2024, 3, 2), "mediator:3"),
            VaccinationRecord(child.id, "mmr_1", date(2025, 3, 5), "mediator:3"),
        ]


async def test_marking_a_tip_twice_keeps_one(database: Database) -> None:
    child = await _family_with_child(database)
    at = datetime(2024, 5, 1, tzinfo=UTC)
    async with database.transaction() as store:
        await store.mark_tip_seen(child.id, "tip-talk", at)
        await store.mark_tip_seen(child.id, "tip-talk", at + timedelta(days=1))
        await store.mark_tip_seen(child.id, "tip-play", at)
    async with database.transaction() as store:
        assert await store.seen_tips(child.id) == {"tip-talk", "tip-play"}
        assert await store.seen_tips(child.id + 1) == set()


async def test_removing_a_child_removes_its_records_and_tips_only(database: Database) -> None:
    child = await _family_with_child(database)
    at = datetime(2024, 5, 1, tzinfo=UTC)
    async with database.transaction() as store:
        sibling = await store.add_child(Child(child.family_id, date(2023, 1, 1), enrolled_on=ENROLLED))
        for kid in (child, sibling):
            await store.add_record(VaccinationRecord(kid.id, "bcg", date(2024, 3, 2)))
            await store.mark_tip_seen(kid.id, "tip-talk", at)
        await store.remove_child(child.id)
        assert await store.children(child.family_id) == [sibling]
    async with database.transaction() as store:
        assert await store.records(child.id) == [] and await store.seen_tips(child.id) == set()
        assert len(await store.records(sibling.id)) == 1 and await store.seen_tips(sibling.id) == {"tip-talk"}
    assert (await _count(database, "vaccination_record"), await _count(database, "tip_seen")) == (1, 1)


async def test_deleting_a_family_deletes_its_children_and_unlinks_its_chat(database: Database) -> None:
    child = await _family_with_child(database)
    async with database.transaction() as store:
        await store.save_chat(Chat(USER, family_id=child.family_id))
    async with database.engine.begin() as connection:
        await connection.execute(sa.delete(FamilyRow).where(FamilyRow.id == child.family_id))
    async with database.transaction() as store:
        assert (await store.get_chat(USER)).family_id is None
    assert await _count(database, "child") == 0


async def test_an_inbound_is_claimed_once_per_channel(database: Database) -> None:
    async with database.transaction() as store:
        assert await store.claim_inbound("telegram", "501") is True
        assert await store.claim_inbound("telegram", "501") is False
        assert await store.claim_inbound("viber", "501") is True
        await store.save_chat(Chat(USER))  # the transaction is still usable after a refused claim
    async with database.transaction() as store:
        assert await store.claim_inbound("telegram", "501") is False


async def test_a_rolled_back_claim_can_be_claimed_again(database: Database) -> None:
    with pytest.raises(RuntimeError):
        async with database.transaction() as store:
            assert await store.claim_inbound("telegram", "502") is True
            raise RuntimeError("handler crashed")
    async with database.transaction() as store:
        assert await store.claim_inbound("telegram", "502") is True


async def test_concurrent_claims_of_one_inbound_let_one_through(database: Database) -> None:
    async def second_claim() -> bool:
        async with database.transaction() as store:
            return await store.claim_inbound("viber", "tok-1")

    async with database.transaction() as store:
        assert await store.claim_inbound("viber", "tok-1") is True
        waiting = asyncio.create_task(second_claim())
        await asyncio.sleep(0.2)  # the second claim now waits for this transaction
        assert not waiting.done()
    assert await asyncio.wait_for(waiting, timeout=10) is False
