"""`cavororo viber set-webhook URL` and `cavororo viber info`: the operator's two Viber chores.

Both read VIBER_AUTH_TOKEN (and VIBER_API_BASE) from the settings. Viber checks a new webhook by calling it
with a signed ``webhook`` event before it answers, so `cavororo serve` must already be reachable at the URL.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from bot.channels.viber.client import WEBHOOK_EVENTS, ViberClient
from bot.channels.viber.status import ViberError, ViberStatusError

INFO_FIELDS = ("name", "uri", "webhook", "subscribers_count", "event_types")


def register(subparsers: Any) -> None:
    viber = subparsers.add_parser("viber", help="Viber: register the webhook, check the account")
    commands = viber.add_subparsers(dest="viber_command", required=True)
    webhook = commands.add_parser("set-webhook", help="tell Viber where to POST callbacks (an https URL)")
    webhook.add_argument("url", help="the public https URL of POST /viber, e.g. https://bot.example.org/viber")
    webhook.set_defaults(run=set_webhook)
    info = commands.add_parser("info", help="show the bot account Viber knows for the token")
    info.set_defaults(run=account_info)


def _client(args: argparse.Namespace) -> ViberClient:
    from bot.config import settings_from

    settings = settings_from(args)
    if settings.viber_auth_token is None:
        _fail("VIBER_AUTH_TOKEN is not set")
    return ViberClient(settings.viber_auth_token.get_secret_value(), sender_name=settings.viber_bot_name,
                       sender_avatar=settings.viber_bot_avatar, api_base=settings.viber_api_base)


def _fail(reason: str) -> NoReturn:
    sys.stderr.write(f"cavororo: viber: {reason}\n")
    raise SystemExit(1)


def _explain(error: ViberError) -> str:
    if isinstance(error, ViberStatusError):
        return f"Viber refused: status {error.status} ({error.name})"
    return f"Viber could not be reached ({error.code})"


async def set_webhook(args: argparse.Namespace) -> None:
    if not args.url.startswith("https://"):
        _fail("the webhook URL must start with https:// (Viber accepts nothing else)")
    client = _client(args)
    try:
        answer = await client.set_webhook(args.url, WEBHOOK_EVENTS)
    except ViberError as error:
        _fail(_explain(error))
    finally:
        await client.close()
    events = ", ".join(answer.get("event_types") or WEBHOOK_EVENTS)
    sys.stdout.write(f"webhook set: {args.url}\nevents: {events}\n")


async def account_info(args: argparse.Namespace) -> None:
    client = _client(args)
    try:
        answer = await client.get_account_info()
    except ViberError as error:
        _fail(_explain(error))
    finally:
        await client.close()
    for field in INFO_FIELDS:
        value = answer.get(field)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        sys.stdout.write(f"{field}: {'-' if value in (None, '') else value}\n")
