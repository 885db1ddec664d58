"""Alembic environment.

``bot.storage.database.migrate`` hands over an open connection in ``config.attributes["connection"]``;
from the alembic command line (``alembic -c bot/storage/alembic.ini upgrade head``, ``... check``,
``... revision --autogenerate -m x``) the URL comes from ``-x url=...`` or ``sqlalchemy.url`` in alembic.ini.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from bot.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_from_url(url: str) -> None:
    from bot.storage.database import make_engine

    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(run_on)
    finally:
        await engine.dispose()


def command_line_url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("no database URL: pass -x url=... or set sqlalchemy.url in alembic.ini")
    return url


def main() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
    elif context.is_offline_mode():
        context.configure(url=command_line_url(), target_metadata=target_metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
    else:
        asyncio.run(run_from_url(command_line_url()))


main()
