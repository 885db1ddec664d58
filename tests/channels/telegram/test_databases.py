"""The Telegram conversation on each database the bot supports (SQLite and PostgreSQL)."""

from __future__ import annotations

from tests.channels.telegram.harness import telegram_world
from tests.fakes.telegram_updates import callback_update


async def test_a_conversation_over_the_webhook_is_kept_and_deduplicated(database_url: str) -> None:
    async with telegram_world(database_url, "webhook") as world:
        parent = world.parent(7001)
        await parent.onboard("sr-Cyrl", nickname="Мила")
        await parent.press_id("menu-tip")
        assert parent.transcript.startswith("💡 Мила")
        sent = len(world.fake.sent(parent.chat_id))
        await world.deliver_twice(callback_update(world.fake.next_update_id(), parent.chat_id, "m:plan"))
        assert len(world.fake.sent(parent.chat_id)) == sent + 1
        chat = await world.chat(parent.chat_id)
        assert chat is not None and chat.locale == "sr-Cyrl" and chat.active
