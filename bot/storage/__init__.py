"""Persistence: SQLAlchemy 2 async on SQLite (default) or PostgreSQL, Alembic migrations, the SQL Store.

Typical use (in the composition root)::

    await migrate(url)
    database = Database.from_url(url)
    async with database.transaction() as store:
        if await store.claim_inbound("telegram", str(update_id)):
            ...  # store implements bot.core.ports.Store
    await database.dispose()
"""

from bot.storage.database import Database, make_engine, migrate
from bot.storage.store import NotFound, SqlStore

__all__ = ["Database", "NotFound", "SqlStore", "make_engine", "migrate"]
