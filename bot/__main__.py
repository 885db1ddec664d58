"""The composition root: the only place that builds infrastructure and wires it together."""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass, field

from aiohttp import web

from bot.catalog import load_library
from bot.clock import SystemClock
from bot.config import Settings
from bot.core.conversation import Conversation
from bot.core.library import Library
from bot.core.ports import Clock
from bot.i18n.translator import Translator
from bot.inbox import Inbox
from bot.storage.database import Database, migrate
from bot.web import ChannelService, make_web_app

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    database: Database
    library: Library
    translator: Translator
    inbox: Inbox
    channels: list[ChannelService] = field(default_factory=list)

    async def close(self) -> None:
        await self.database.dispose()


def configure_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # HTTP clients log request URLs, and Telegram's URLs contain the bot token.
    for noisy in ("aiohttp.access", "aiohttp.client", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


async def build(settings: Settings, clock: Clock | None = None, *, strict_content: bool = False) -> App:
    """Everything the bot needs, with the database migrated to the newest schema.

    ``strict_content`` makes a missing message or a Fluent formatting error raise (tests) instead of being
    logged and replaced.
    """
    library = load_library(settings.content_dir)
    translator = Translator.from_directory(settings.content_dir, strict=strict_content)
    await migrate(settings.database_url)
    database = Database.from_url(settings.database_url)
    conversation = Conversation(lambda: library, clock or SystemClock())
    inbox = Inbox(database, conversation, lambda: translator)
    return App(settings, database, library, translator, inbox)


def connect_channels(app: App) -> None:
    """The messengers that have a token in the settings."""
    settings = app.settings
    if settings.telegram_bot_token is not None:
        from bot.channels.telegram import TelegramChannel

        app.channels.append(TelegramChannel.from_settings(settings, app.inbox, app.database, app.translator))
    if settings.viber_auth_token is not None:
        from bot.channels.viber import ViberChannel

        app.channels.append(ViberChannel.from_settings(settings, app.inbox, app.database, app.translator))


async def _database_health(app: App) -> dict[str, object]:
    return {"ok": await app.database.ping()}


async def serve(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Run the web server, the channels and the scheduler until SIGINT/SIGTERM (or ``stop`` is set)."""
    app = await build(settings)
    connect_channels(app)
    checks = {"database": lambda: _database_health(app)}
    checks.update({channel.name: channel.health for channel in app.channels})
    web_app = make_web_app(checks, max_body_bytes=settings.max_body_bytes)
    for channel in app.channels:
        channel.register(web_app)
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await site.start()
        log.info("listening on %s:%s with channels: %s", settings.host, settings.port,
                 ", ".join(c.name for c in app.channels) or "none")
        for channel in app.channels:
            await channel.start()
        await stop.wait()
    finally:
        for channel in reversed(app.channels):
            await channel.stop()
        await runner.cleanup()
        await app.close()


if __name__ == "__main__":
    from bot.cli import main

    main()
