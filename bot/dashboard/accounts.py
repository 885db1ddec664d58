"""Coordinator accounts, one-time sign-in links, server-side sessions and the dashboard's audit trail.

Tokens are 32 random bytes (URL-safe); the database keeps only their SHA-256, so a copy of it signs nobody in.
A link works once, until it expires; a session ends when it expires, on sign-out, or with its account. The
audit rows name the account's id and what it did (``sign_in``, ``sign_out``, ``export`` with the panel's key),
never a family, a name or a filter value that could point at one.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.models import DashboardAccountRow, DashboardAuditRow, DashboardLinkRow, DashboardSessionRow

NAME_MAX = 100


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    mediator_id: int | None  # set: the view limited to this mediator's families


@dataclass(frozen=True)
class Session:
    account: Account
    csrf: str
    expires_at: datetime


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    account_id: int
    action: str
    detail: str


def _account(row: DashboardAccountRow) -> Account:
    return Account(row.id, row.name, row.mediator_id)


class Accounts:
    """Everything the dashboard stores about who may look at it."""

    def __init__(self, database: Database, *, link_valid: timedelta, session_valid: timedelta) -> None:
        self.database = database
        self.link_valid = link_valid
        self.session_valid = session_valid

    # -- accounts (the operator's command line) ------------------------------------------------------------

    async def add(self, name: str, mediator_id: int | None, now: datetime) -> tuple[Account, str]:
        """A new account and its first sign-in link's token."""
        async with self.database.transaction() as store:
            row = DashboardAccountRow(name=name, mediator_id=mediator_id, created_at=now)
            store.session.add(row)
            await store.session.flush()
            account = _account(row)
        return account, await self.new_link(account.id, now)

    async def new_link(self, account_id: int, now: datetime) -> str:
        """A one-time sign-in token for the account; its unused older links stop working."""
        token = new_token()
        async with self.database.transaction() as store:
            await store.session.execute(sa.delete(DashboardLinkRow).where(
                DashboardLinkRow.account_id == account_id, DashboardLinkRow.used_at.is_(None)))
            store.session.add(DashboardLinkRow(token_hash=token_hash(token), account_id=account_id,
                                               expires_at=now + self.link_valid))
        return token

    async def get(self, account_id: int) -> Account | None:
        async with self.database.transaction() as store:
            row = await store.session.get(DashboardAccountRow, account_id)
            return None if row is None else _account(row)

    async def all(self) -> list[Account]:
        async with self.database.transaction() as store:
            rows = await store.session.scalars(sa.select(DashboardAccountRow).order_by(DashboardAccountRow.id))
            return [_account(row) for row in rows]

    async def remove(self, account_id: int) -> bool:
        """Delete the account with its links and sessions (signed out at once); its audit rows stay."""
        async with self.database.transaction() as store:
            await store.session.execute(sa.delete(DashboardSessionRow).where(
                DashboardSessionRow.account_id == account_id))
            await store.session.execute(sa.delete(DashboardLinkRow).where(DashboardLinkRow.account_id == account_id))
            result = await store.session.execute(sa.delete(DashboardAccountRow).where(
                DashboardAccountRow.id == account_id))
            return bool(getattr(result, "rowcount", 0))

    # -- signing in and out (the web pages) ---------------------------------------------------------------

    async def redeem(self, token: str, now: datetime) -> tuple[str, Session] | None:
        """Spend a sign-in link: a new session (its cookie token and the session) or None when the link is
        unknown, used or expired. Audited as ``sign_in``."""
        async with self.database.transaction() as store:
            used = await store.session.execute(
                sa.update(DashboardLinkRow)
                .where(DashboardLinkRow.token_hash == token_hash(token), DashboardLinkRow.used_at.is_(None),
                       DashboardLinkRow.expires_at > now)
                .values(used_at=now)
                .returning(DashboardLinkRow.account_id))
            account_id = used.scalar_one_or_none()
            if account_id is None:
                return None
            row = await store.session.get(DashboardAccountRow, account_id)
            if row is None:
                return None
            cookie, csrf = new_token(), new_token()
            session = Session(_account(row), csrf, now + self.session_valid)
            store.session.add(DashboardSessionRow(token_hash=token_hash(cookie), account_id=account_id, csrf=csrf,
                                                  created_at=now, expires_at=session.expires_at))
            store.session.add(DashboardAuditRow(at=now, account_id=account_id, action="sign_in", detail=""))
        return cookie, session

    async def session(self, cookie: str, now: datetime) -> Session | None:
        """The live session of a cookie, or None (unknown, expired, or its account removed)."""
        async with self.database.transaction() as store:
            found = (await store.session.execute(
                sa.select(DashboardSessionRow, DashboardAccountRow)
                .join(DashboardAccountRow, DashboardAccountRow.id == DashboardSessionRow.account_id)
                .where(DashboardSessionRow.token_hash == token_hash(cookie)))).first()
            if found is None:
                return None
            row, account = found
            if row.expires_at <= now:
                await store.session.delete(row)
                return None
            return Session(_account(account), row.csrf, row.expires_at)

    async def sign_out(self, cookie: str, account_id: int, now: datetime) -> None:
        async with self.database.transaction() as store:
            await store.session.execute(sa.delete(DashboardSessionRow).where(
                DashboardSessionRow.token_hash == token_hash(cookie)))
            store.session.add(DashboardAuditRow(at=now, account_id=account_id, action="sign_out", detail=""))

    async def audit(self, account_id: int, action: str, detail: str, now: datetime) -> None:
        async with self.database.transaction() as store:
            store.session.add(DashboardAuditRow(at=now, account_id=account_id, action=action, detail=detail[:128]))

    async def audit_trail(self) -> list[AuditLine]:
        async with self.database.transaction() as store:
            rows = await store.session.scalars(sa.select(DashboardAuditRow).order_by(DashboardAuditRow.id))
            return [AuditLine(row.at, row.account_id, row.action, row.detail) for row in rows]
