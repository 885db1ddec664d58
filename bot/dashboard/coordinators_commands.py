"""`cavororo coordinators add --name NAME [--mediator ID] | link ID | list | remove ID`: who may open /dashboard.

``add`` creates an account and prints its one-time sign-in link (valid DASHBOARD_LINK_HOURS); ``--mediator ID``
limits the account to that mediator's families. ``link`` prints a new link for an account (its unused old link
stops working). ``remove`` deletes the account and signs it out everywhere. The link is
``<base>/dashboard/sign-in?token=...`` with base ``--base-url``, else PUBLIC_BASE_URL, else http://HOST:PORT.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from bot.clock import SystemClock
from bot.config import Settings
from bot.core.free_text import clean_free_text
from bot.dashboard.accounts import NAME_MAX, Accounts
from bot.storage.database import Database, migrated
from bot.storage.mediators import SqlMediators


def accounts_for(settings: Settings, database: Database) -> Accounts:
    return Accounts(database, link_valid=timedelta(hours=settings.dashboard_link_hours),
                    session_valid=timedelta(hours=settings.dashboard_session_hours))


@asynccontextmanager
async def _open(args: argparse.Namespace) -> AsyncIterator[tuple[Settings, Accounts]]:
    from bot.config import settings_from

    settings = settings_from(args)
    async with migrated(settings.database_url, settings.timezone) as database:
        yield settings, accounts_for(settings, database)


def sign_in_link(base: str, token: str) -> str:
    return f"{base.rstrip('/')}/dashboard/sign-in?{urlencode({'token': token})}"


def _base(args: argparse.Namespace, settings: Settings) -> str:
    return args.base_url or settings.public_base_url or f"http://{settings.host}:{settings.port}"


def _print_link(args: argparse.Namespace, settings: Settings, token: str) -> None:
    until = (SystemClock().now() + timedelta(hours=settings.dashboard_link_hours)).astimezone(
        ZoneInfo(settings.timezone)).strftime("%d.%m.%Y %H:%M")
    sys.stdout.write(f"sign-in link (works once, until {until}):\n  {sign_in_link(_base(args, settings), token)}\n")


async def _add(args: argparse.Namespace) -> None:
    name = clean_free_text(args.name, NAME_MAX)
    if name is None:
        raise SystemExit(f"cavororo: --name must be 1-{NAME_MAX} characters")
    async with _open(args) as (settings, accounts):
        if args.mediator is not None:
            async with accounts.database.transaction() as store:
                mediator = await SqlMediators(store.session).get_mediator(args.mediator)
            if mediator is None or not mediator.active:
                raise SystemExit(f"cavororo: no active mediator {args.mediator}")
        account, token = await accounts.add(name, args.mediator, SystemClock().now())
        view = f"limited to mediator {account.mediator_id}" if account.mediator_id is not None else "every family"
        sys.stdout.write(f"coordinator {account.id} added ({view})\n")
        _print_link(args, settings, token)


async def _link(args: argparse.Namespace) -> None:
    async with _open(args) as (settings, accounts):
        if await accounts.get(args.id) is None:
            raise SystemExit(f"cavororo: no coordinator {args.id}")
        _print_link(args, settings, await accounts.new_link(args.id, SystemClock().now()))


async def _list(args: argparse.Namespace) -> None:
    async with _open(args) as (_settings, accounts):
        everyone = await accounts.all()
    sys.stdout.write(f"{'id':>4}  {'view':14}  name\n")
    for account in everyone:
        view = f"mediator {account.mediator_id}" if account.mediator_id is not None else "all"
        sys.stdout.write(f"{account.id:>4}  {view:14}  {account.name}\n")


async def _remove(args: argparse.Namespace) -> None:
    async with _open(args) as (_settings, accounts):
        if not await accounts.remove(args.id):
            raise SystemExit(f"cavororo: no coordinator {args.id}")
    sys.stdout.write(f"coordinator {args.id} removed and signed out\n")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("coordinators", help="who may open the lab's dashboard (/dashboard)")
    actions = parser.add_subparsers(dest="coordinators_command", required=True)
    add = actions.add_parser("add", help="add an account and print its one-time sign-in link")
    add.add_argument("--name", required=True, help="who the account is for (shown only in this list)")
    add.add_argument("--mediator", type=int, metavar="ID", help="limit the view to this mediator's families")
    add.set_defaults(run=_add)
    link = actions.add_parser("link", help="a new one-time sign-in link for an account")
    link.add_argument("id", type=int)
    link.set_defaults(run=_link)
    listing = actions.add_parser("list", help="every account and its view")
    listing.set_defaults(run=_list)
    remove = actions.add_parser("remove", help="delete an account; it is signed out at once")
    remove.add_argument("id", type=int)
    remove.set_defaults(run=_remove)
    for sub in (add, link):
        sub.add_argument("--base-url", help="where the dashboard is reached (default: PUBLIC_BASE_URL or "
                                            "http://HOST:PORT)")
    for sub in (add, link, listing, remove):
        sub.add_argument("--db", help="database URL (default: DATABASE_URL)")
