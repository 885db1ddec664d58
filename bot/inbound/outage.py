"""The database out of reach: which errors mean that, and what the inbox remembers meanwhile.

While the database is away the inbox answers every new update with one "try again in a moment" and does not
raise, so webhooks still answer 200 and the platforms do not retry for an hour. Nothing about the update is kept:
the parent sends it again. Recovery needs no restart: PostgreSQL's pool checks a connection before lending it
(``pool_pre_ping``) and opens a new one once the server answers again.

What counts as an outage (the error or anything in its cause chain):

- ``ConnectionError`` (refused, reset), a name that does not resolve, no route to the host, and ``TimeoutError``
  (asyncpg's connect ``timeout`` and ``command_timeout``): the server cannot be reached or did not answer in time.
  Other ``OSError`` (a file that cannot be written) is not about the database and is raised as before;
- SQLAlchemy's ``DBAPIError`` with ``connection_invalidated``: the driver said the connection is gone;
- SQLAlchemy's ``InterfaceError`` (DB-API: an error of the connection, not of the SQL) and, from PostgreSQL,
  ``OperationalError`` (shutting down, starting up, too many connections);
- SQLAlchemy's pool ``TimeoutError``: no connection came free within ``pool_timeout``;
- asyncpg's own errors of SQLSTATE class 08, 57P01-57P03 or 53300 (raised while connecting, before SQLAlchemy
  wraps anything);
- SQLite "unable to open database file" and "disk I/O error": the file or its disk is gone.

Busy, not away (:func:`is_busy`): SQLite "database is locked" after its ``busy_timeout`` (5 s: another process,
such as a long ``cavororo families import``, held the write lock), and :class:`bot.storage.database.DatabaseBusy`
(this process's write queue did not move within the turn's wait). The update gets the same "try again in a
moment" answer and is not kept, but the database is not marked away (issue 18: a 500 got no answer on Telegram,
and on Viber the message was lost). Anything else is a bug and is raised as before.

The outage is logged once when it starts and once when it ends, with the error's type only.
"""

from __future__ import annotations

import errno
import logging
import socket
import sqlite3
from collections import OrderedDict
from collections.abc import Iterator

from sqlalchemy import exc

from bot.core.messages import SERBIAN_LATIN, ChannelUser
from bot.storage.database import DatabaseBusy

log = logging.getLogger(__name__)

REMEMBERED_IDS = 10_000  # inbound ids answered with the apology, per channel
REMEMBERED_LOCALES = 10_000  # chats whose language is known without the database
SKIPPED_HINTS = 1_000  # "blocked" / "came back" hints kept to record once the database is back
# SQLSTATEs of asyncpg errors that mean the connection, not the statement: connection exceptions (08),
# admin/crash shutdown and "cannot connect now" (57P01-57P03), too many connections (53300).
_CONNECTION_STATES = ("08", "57P01", "57P02", "57P03", "53300")
_SQLITE_OUTAGES = ("unable to open database file", "disk i/o error")
_NETWORK_ERRNOS = frozenset({errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTUNREACH, errno.EHOSTDOWN,
                             errno.ETIMEDOUT})


def is_outage(error: BaseException) -> bool:
    """True when ``error`` says the database cannot be reached (see the list above)."""
    for cause in _chain(error):
        if isinstance(cause, ConnectionError | TimeoutError | socket.gaierror | exc.TimeoutError):
            return True
        if isinstance(cause, OSError) and cause.errno in _NETWORK_ERRNOS:
            return True
        if isinstance(cause, exc.DBAPIError):
            if cause.connection_invalidated:
                return True
            if isinstance(cause.orig, sqlite3.Error):
                return any(text in str(cause.orig).lower() for text in _SQLITE_OUTAGES)
            if isinstance(cause, exc.OperationalError | exc.InterfaceError):
                return True
        if type(cause).__module__.startswith("asyncpg"):
            state = str(getattr(cause, "sqlstate", "") or "")
            if state.startswith(_CONNECTION_STATES) or "InterfaceError" in {t.__name__ for t in type(cause).mro()}:
                return True
    return False


_SQLITE_BUSY = ("database is locked", "database table is locked")


def is_busy(error: BaseException) -> bool:
    """True when another writer kept the database from this turn (see the module docstring)."""
    for cause in _chain(error):
        if isinstance(cause, DatabaseBusy):
            return True
        if isinstance(cause, exc.OperationalError) and isinstance(cause.orig, sqlite3.Error):
            return any(text in str(cause.orig).lower() for text in _SQLITE_BUSY)
    return False


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


class Outage:
    """Whether the database is away, the inbound ids already answered meanwhile, and recent chats' languages."""

    def __init__(self, *, remembered_ids: int = REMEMBERED_IDS, remembered_locales: int = REMEMBERED_LOCALES) -> None:
        self.down = False
        self._capacity = remembered_ids
        self._answered: dict[str, OrderedDict[str, None]] = {}
        self._locale_capacity = remembered_locales
        self._locales: OrderedDict[ChannelUser, str] = OrderedDict()
        self._skipped: OrderedDict[ChannelUser, bool] = OrderedDict()  # reachability hints not yet recorded

    def went_down(self, error: BaseException) -> None:
        if not self.down:
            self.down = True
            log.warning("database unreachable (%s): answering \"try again in a moment\" until it is back",
                         type(error).__name__)

    def came_back(self) -> None:
        if self.down:
            self.down = False
            log.warning("database reachable again")

    def first_answer(self, channel: str, inbound_id: str | None) -> bool:
        """True the first time an inbound id is seen during outages (a platform's retry gets nothing)."""
        if inbound_id is None:
            return True
        answered = self._answered.setdefault(channel, OrderedDict())
        if inbound_id in answered:
            return False
        answered[inbound_id] = None
        if len(answered) > self._capacity:
            answered.popitem(last=False)
        return True

    def skip(self, user: ChannelUser, reachable: bool) -> None:
        """A chat (un)reachable hint that could not be recorded: kept (the latest per chat, a bounded number)."""
        self._skipped.pop(user, None)
        self._skipped[user] = reachable
        if len(self._skipped) > SKIPPED_HINTS:
            self._skipped.popitem(last=False)

    def take_skipped(self) -> list[tuple[ChannelUser, bool]]:
        taken, self._skipped = list(self._skipped.items()), OrderedDict()
        return taken

    def remember(self, user: ChannelUser, locale: str) -> None:
        self._locales[user] = locale
        self._locales.move_to_end(user)
        if len(self._locales) > self._locale_capacity:
            self._locales.popitem(last=False)

    def locale(self, user: ChannelUser) -> str:
        """The chat's language from its last good turn; Serbian Latin (the default) when unknown."""
        return self._locales.get(user, SERBIAN_LATIN)
