"""Which generated files (bot/channels/viber/generated_files.py) may still be served, and to whom they belong.

A row is written before the file's bytes; a file without a row is never served and is deleted. Erasing a chat
or a family deletes its rows (``generated_file.chat_id`` cascades; :mod:`bot.storage.privacy_store` deletes them for
chats it keeps), so a /mydata file stops being downloadable the moment the family is erased, in every process.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

import sqlalchemy as sa

from bot.core.messages import ChannelUser
from bot.storage.database import Database
from bot.storage.models import ChatRow, GeneratedFileRow


class FileLedger:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def record(self, name: str, owner: ChannelUser | None, expires_at: datetime) -> None:
        """The file ``name`` is made for ``owner``'s chat (None: for nobody in particular) until ``expires_at``."""
        async with self._database.transaction() as store:
            chat_id = None
            if owner is not None:
                chat_id = await store.session.scalar(sa.select(ChatRow.id).where(
                    ChatRow.channel == owner.channel, ChatRow.user_id == owner.user_id))
            store.session.add(GeneratedFileRow(name=name, chat_id=chat_id, expires_at=expires_at))

    async def holds(self, name: str, now: datetime) -> bool:
        """True while the file may be served: recorded, not expired, its chat not erased."""
        async with self._database.transaction() as store:
            expires = await store.session.scalar(sa.select(GeneratedFileRow.expires_at)
                                                 .where(GeneratedFileRow.name == name))
        return expires is not None and expires > now

    async def unknown(self, names: Collection[str], now: datetime) -> set[str]:
        """Of ``names`` (files on disk), those no longer held; expired rows are deleted on the way."""
        async with self._database.transaction() as store:
            await store.session.execute(sa.delete(GeneratedFileRow).where(GeneratedFileRow.expires_at <= now))
            held: set[str] = set()
            listed = list(names)
            for start in range(0, len(listed), 500):
                held |= set(await store.session.scalars(sa.select(GeneratedFileRow.name).where(
                    GeneratedFileRow.name.in_(listed[start:start + 500]))))
        return set(names) - held
