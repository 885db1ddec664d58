"""`cavororo mediators add --name NAME | invite ID | list | disable ID`: the operator's side of mediators.

``add`` creates a mediator and prints her one-time invitation: a Telegram link (needs TELEGRAM_BOT_USERNAME),
a Viber link (needs VIBER_CHAT_URI) and a PNG with their QR codes (``--qr PATH``). Opening it in the
messenger makes that chat her mediator chat. ``invite`` issues a new one for an existing mediator (she changed
phone); her unused invitations stop working. ``disable`` ends a mediator's access (``--hand-over-to ID`` moves
her families to another mediator; refused while that mediator has not opened her invitation, because the
families' "I need my mediator" would reach no one: send her ``invite`` and hand over once she opened it). Every
action is written to the audit log with the actor "operator".
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.clock import SystemClock
from bot.config import Settings
from bot.core.free_text import clean_free_text
from bot.core.invitation_codes import make_invitation
from bot.core.mediation import HANDOVER_MOVED, MEDIATOR_INVITATION, AuditEntry
from bot.invitation_links import InvitationLinks
from bot.storage.database import Database, migrated
from bot.storage.mediators import SqlMediators

OPERATOR = "operator"
NAME_MAX = 100


@asynccontextmanager
async def open_database(args: argparse.Namespace) -> AsyncIterator[tuple[Settings, Database]]:
    from bot.config import settings_from

    settings = settings_from(args)
    async with migrated(settings.database_url, settings.timezone) as database:
        yield settings, database


def links_from(settings: Settings) -> InvitationLinks:
    return InvitationLinks(settings.telegram_bot_username, settings.viber_chat_uri)


def print_invitation(links: InvitationLinks, code: str, qr: Path | None, until: str) -> None:
    out = sys.stdout
    out.write(f"invitation (single use, valid until {until}):\n")
    for name, link in links.links(code):
        out.write(f"  {name + ':':10} {link}\n")
    if not links.links(code):
        out.write(f"  terminal:  /start {code}\n")
        sys.stderr.write("cavororo: set TELEGRAM_BOT_USERNAME and/or VIBER_CHAT_URI for links and a QR code\n")
    elif qr is not None:
        out.write(f"  QR code:   {links.write_image(code, qr)}\n")


async def _invite(settings: Settings, database: Database, mediator_id: int, qr: Path | None) -> None:
    now = SystemClock().now()
    valid_for = timedelta(days=settings.invitation_days)
    async with database.transaction() as store:
        mediators = SqlMediators(store.session)
        await mediators.revoke_invitations(mediator_id=mediator_id, at=now)
        code, invitation = make_invitation(MEDIATOR_INVITATION, now, valid_for, OPERATOR, mediator_id=mediator_id)
        await mediators.add_invitation(invitation)
        await mediators.audit(AuditEntry(OPERATOR, "mediator_invited", now, mediator_id=mediator_id))
    until = invitation.expires_at.astimezone(ZoneInfo(settings.timezone)).strftime("%d.%m.%Y %H:%M")
    print_invitation(links_from(settings), code, qr, until)


async def _add(args: argparse.Namespace) -> None:
    name = clean_free_text(args.name, NAME_MAX)
    if name is None:
        raise SystemExit(f"cavororo: --name must be 1-{NAME_MAX} characters")
    async with open_database(args) as (settings, database):
        async with database.transaction() as store:
            mediator = await SqlMediators(store.session).add_mediator(name)
            await SqlMediators(store.session).audit(
                AuditEntry(OPERATOR, "mediator_added", SystemClock().now(), mediator_id=mediator.id))
        sys.stdout.write(f"mediator {mediator.id} added\n")
        await _invite(settings, database, mediator.id, args.qr or Path(f"mediator-{mediator.id}-invitation.png"))


async def _reinvite(args: argparse.Namespace) -> None:
    async with open_database(args) as (settings, database):
        async with database.transaction() as store:
            mediator = await SqlMediators(store.session).get_mediator(args.id)
        if mediator is None or not mediator.active:
            raise SystemExit(f"cavororo: no active mediator {args.id}")
        await _invite(settings, database, mediator.id, args.qr or Path(f"mediator-{mediator.id}-invitation.png"))


async def _list(args: argparse.Namespace) -> None:
    async with open_database(args) as (_settings, database), database.transaction() as store:
        mediators = SqlMediators(store.session)
        everyone, counts = await mediators.mediators(), await mediators.family_counts()
    sys.stdout.write(f"{'id':>4}  {'status':8}  {'chat':5}  {'families':>8}  name\n")
    for m in everyone:
        status = "active" if m.active else "disabled"
        chat = "yes" if m.chat_id is not None else "no"
        sys.stdout.write(f"{m.id:>4}  {status:8}  {chat:5}  {counts.get(m.id, 0):>8}  {m.name}\n")


async def _disable(args: argparse.Namespace) -> None:
    now = SystemClock().now()
    async with open_database(args) as (settings, database), database.transaction() as store:
        mediators = SqlMediators(store.session)
        handed = [p.family_id for p in await mediators.profiles(args.id)] if args.hand_over_to is not None else []
        if args.hand_over_to is not None:
            target = await mediators.get_mediator(args.hand_over_to)
            if target is None or not target.active or target.id == args.id:
                raise SystemExit(f"cavororo: no other active mediator {args.hand_over_to}")
            if target.chat_id is None:
                raise SystemExit(
                    f"cavororo: mediator {target.id} has not opened her invitation yet, so her families could not "
                    f"reach her; nothing changed. Send her one (`cavororo mediators invite {target.id}`) and hand "
                    f"over once `cavororo mediators list` shows her chat")
        if not await mediators.disable_mediator(args.id, now, args.hand_over_to):
            raise SystemExit(f"cavororo: no active mediator {args.id}")
        today = now.astimezone(ZoneInfo(settings.timezone)).date()
        for family_id in handed:  # each parent is told once that another mediator looks after the family
            await mediators.tell_family_of_mediator(family_id, args.hand_over_to, HANDOVER_MOVED, now, today)
        detail = f"families_to:mediator:{args.hand_over_to}" if args.hand_over_to is not None else ""
        await mediators.audit(AuditEntry(OPERATOR, "mediator_disabled", now, mediator_id=args.id, detail=detail))
    sys.stdout.write(f"mediator {args.id} disabled\n")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("mediators", help="Roma health mediators: add, invite, list, disable")
    actions = parser.add_subparsers(dest="mediators_command", required=True)
    add = actions.add_parser("add", help="add a mediator and print her one-time invitation")
    add.add_argument("--name", required=True, help="how the bot and the other mediators call her")
    add.add_argument("--qr", type=Path, help="where to write the QR code PNG (default: mediator-<id>-invitation.png)")
    add.set_defaults(run=_add)
    invite = actions.add_parser("invite", help="a new invitation for a mediator (the old one stops working)")
    invite.add_argument("id", type=int)
    invite.add_argument("--qr", type=Path, help="where to write the QR code PNG")
    invite.set_defaults(run=_reinvite)
    listing = actions.add_parser("list", help="every mediator with her status and number of families")
    listing.set_defaults(run=_list)
    disable = actions.add_parser("disable", help="end a mediator's access")
    disable.add_argument("id", type=int)
    disable.add_argument("--hand-over-to", type=int, metavar="ID",
                         help="give her families to this mediator (refused until she has opened her invitation)")
    disable.set_defaults(run=_disable)
    for sub in (add, invite, listing, disable):
        sub.add_argument("--db", help="database URL (default: DATABASE_URL)")
