"""One whole Viber conversation on SQLite and on PostgreSQL; the composition root connecting Viber."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build, connect_channels
from bot.channels.delivery import PermanentDeliveryError
from bot.channels.viber import ViberChannel
from bot.core.messages import ChannelUser
from bot.i18n.render import RenderedMessage
from tests.channels.viber.harness import running, settings_for


async def test_a_viber_conversation_works_on_both_databases(database_url: str) -> None:
    async with running(database_url) as viber:
        user = viber.user()
        await user.onboard("sr-Cyrl")
        tip = user.action_body(user.say("menu-tip"))
        await user.type(tip, token=770_001)
        assert user.texts[0].startswith("💡 Mila")
        await user.type(tip, token=770_001)  # Viber repeating the callback
        assert user.received == []
        viber.api.answer(user.user_id, 6)
        with pytest.raises(PermanentDeliveryError):
            await viber.channel.send(ChannelUser("viber", user.user_id), [RenderedMessage("x", (), None, ())])
        assert (await viber.chat(user.user_id)).active is False


async def test_the_composition_root_connects_viber_when_its_token_is_set(tmp_path: Path) -> None:
    settings = settings_for(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", "http://127.0.0.1:9/pa")
    app = await build(settings, strict_content=True)
    try:
        connect_channels(app)
        [channel] = app.channels
        assert isinstance(channel, ViberChannel) and channel.name == channel.channel == "viber"
        assert await channel.health() == {"ok": True, "pending": 0}
    finally:
        for connected in app.channels:
            await connected.stop()
        await app.close()
