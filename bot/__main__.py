"""The composition root: the only place that builds infrastructure and wires it together."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.catalog import load_library
from bot.clock import SystemClock
from bot.config import Settings
from bot.core.conversation import Conversation
from bot.core.library import Library
from bot.core.ports import Clock
from bot.i18n.translator import Translator
from bot.inbox import Inbox
from bot.storage.database import Database, migrate


@dataclass
class App:
    settings: Settings
    database: Database
    library: Library
    translator: Translator
    inbox: Inbox

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


if __name__ == "__main__":
    from bot.cli import main

    main()
