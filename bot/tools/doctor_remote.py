"""The part of `cavororo doctor` that talks to other systems: the database, the Telegram Bot API, the Viber API.

- database: it answers within ``TIMEOUT_S`` seconds, and its schema is this version's newest Alembic revision
  (``cavororo migrate``, or ``cavororo serve``, which migrates at start). A SQLite file that does not exist yet is
  not created here.
- Telegram: the webhook settings (both or neither, an https URL, a secret of at least ``MIN_SECRET`` characters),
  ``getMe`` works with the token (at TELEGRAM_API_BASE), TELEGRAM_BOT_USERNAME is that bot, and what
  ``getWebhookInfo`` says: the URL Telegram has, updates waiting, the last error of its calls.
- Viber: VIBER_MEDIA_BASE_URL is https, ``get_account_info`` works with the token, the webhook Viber has is an
  https URL of ``POST /viber``, VIBER_CHAT_URI is the account's.

Errors are named by type or by the API's own words, never by exception text that could hold a URL with a token.
The clients are imported with this module, before any check's timeout starts (aiogram takes a while to import).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import PRODUCTION, TelegramAPIServer
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError, TelegramUnauthorizedError
from aiogram.utils.token import TokenValidationError
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, make_url

from bot.channels.viber.client import ViberClient
from bot.channels.viber.status import ViberError, ViberStatusError
from bot.config import Settings
from bot.storage.database import alembic_config, make_engine
from bot.tools.doctor_findings import Finding, error, ok, shown_url, warning

TIMEOUT_S = 10.0
MIN_SECRET = 32
VIBER_PATH = "/viber"
MIGRATE = "`cavororo migrate` (or `cavororo serve`, which migrates at start)"


async def database_findings(settings: Settings) -> list[Finding]:
    url = settings.database_url
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).exists():
        return [warning("DATABASE_URL", f"{parsed.database} does not exist yet: {MIGRATE} creates it")]
    options: dict[str, Any] = {"poolclass": sa.pool.NullPool}
    if parsed.get_backend_name() == "postgresql":
        options["connect_args"] = {"timeout": TIMEOUT_S}
    engine = make_engine(url, **options)
    try:
        async with asyncio.timeout(TIMEOUT_S), engine.connect() as connection:
            current = await connection.run_sync(_revisions)
    except Exception as failure:  # any failure to reach it is the finding
        return [error("DATABASE_URL", f"cannot use {shown_url(url)} ({type(failure).__name__})")]
    finally:
        await engine.dispose()
    return [_schema_finding(url, current)]


def _revisions(connection: Connection) -> tuple[str, ...]:
    return tuple(MigrationContext.configure(connection).get_current_heads())


def _schema_finding(url: str, current: tuple[str, ...]) -> Finding:
    script = ScriptDirectory.from_config(alembic_config())
    heads = tuple(script.get_heads())
    shown, newest = ", ".join(current), ", ".join(heads)
    if set(current) == set(heads):
        return ok("DATABASE_URL", f"{shown_url(url)} answers; schema at the newest revision {newest}")
    if not current:
        return error("DATABASE_URL", f"{shown_url(url)} has no tables yet (needs revision {newest}): {MIGRATE}")
    known = {revision.revision for revision in script.walk_revisions()}
    if not set(current) <= known:
        return error("DATABASE_URL", f"schema revision {shown} is unknown to this version (needs {newest}): a "
                                     "newer cavororo migrated it; install that version")
    return error("DATABASE_URL", f"schema at revision {shown}, this version needs {newest}: {MIGRATE}")


def _https(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and bool(parts.hostname)


def telegram_settings_findings(settings: Settings) -> list[Finding]:
    url, secret = settings.telegram_webhook_url, settings.telegram_webhook_secret
    if url is None and secret is None:
        return []
    if url is None or secret is None:
        missing = "TELEGRAM_WEBHOOK_URL" if url is None else "TELEGRAM_WEBHOOK_SECRET"
        return [error(missing, "not set: TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET go together")]
    found = []
    if not _https(url):
        found.append(error("TELEGRAM_WEBHOOK_URL", f"{url} is not an https URL: Telegram calls only https"))
    length = len(secret.get_secret_value())
    if length < MIN_SECRET:
        found.append(warning("TELEGRAM_WEBHOOK_SECRET", f"only {length} characters: use at least {MIN_SECRET}, "
                                                        "e.g. from `openssl rand -hex 32`"))
    return found


async def telegram_findings(settings: Settings) -> list[Finding]:
    if settings.telegram_bot_token is None:
        return [ok("telegram", "off (TELEGRAM_BOT_TOKEN is not set)")]
    found = telegram_settings_findings(settings)
    base = settings.telegram_api_base
    try:
        bot = Bot(settings.telegram_bot_token.get_secret_value(),
                  session=AiohttpSession(api=TelegramAPIServer.from_base(base) if base else PRODUCTION))
    except TokenValidationError:
        return [*found, error("TELEGRAM_BOT_TOKEN", "is not a bot token (it looks like 123456789:AA...)")]
    try:
        me = await bot.get_me(request_timeout=int(TIMEOUT_S))
        info = await bot.get_webhook_info(request_timeout=int(TIMEOUT_S))
    except TelegramUnauthorizedError:
        return [*found, error("TELEGRAM_BOT_TOKEN", "Telegram refused the token (401 Unauthorized): copy it again "
                                                    "from @BotFather")]
    except TelegramNetworkError:
        return [*found, error("TELEGRAM_API_BASE", f"cannot reach the Bot API at {base or 'api.telegram.org'}")]
    except TelegramAPIError as failure:
        return [*found, error("TELEGRAM_BOT_TOKEN", f"the Bot API answered: {failure.message}")]
    finally:
        await bot.session.close()
    found.append(ok("TELEGRAM_BOT_TOKEN", f"works for @{me.username}"))
    if settings.telegram_bot_username and settings.telegram_bot_username.lstrip("@") != me.username:
        found.append(warning("TELEGRAM_BOT_USERNAME", f"is {settings.telegram_bot_username} but the token is "
                                                      f"@{me.username}'s: invitation links open the wrong bot"))
    return found + webhook_info_findings(settings, info.url, info.pending_update_count, info.last_error_message)


def webhook_info_findings(settings: Settings, url: str, pending: int, last_error: str | None) -> list[Finding]:
    wanted = settings.telegram_webhook_url
    found = []
    if wanted is None and url:
        found.append(warning("telegram", f"Telegram has the webhook {url} but TELEGRAM_WEBHOOK_URL is not set: "
                                         "`cavororo serve` removes it and polls"))
    elif wanted is not None and url != wanted:
        found.append(warning("TELEGRAM_WEBHOOK_URL", f"Telegram has {url or 'no webhook'}; `cavororo serve` "
                                                     f"registers {wanted} at start"))
    elif wanted is not None:
        found.append(ok("TELEGRAM_WEBHOOK_URL", f"registered with Telegram, {pending} update(s) waiting"))
    if last_error:
        found.append(warning("telegram", f"Telegram's last call to the webhook failed: {last_error} "
                                         f"({pending} update(s) waiting)"))
    return found


async def viber_findings(settings: Settings) -> list[Finding]:
    if settings.viber_auth_token is None:
        return [ok("viber", "off (VIBER_AUTH_TOKEN is not set)")]
    found = []
    media = settings.viber_media_base_url
    if media and not _https(media):
        found.append(error("VIBER_MEDIA_BASE_URL", f"{media} is not an https URL: Viber fetches pictures only over "
                                                   "https"))
    client = ViberClient(settings.viber_auth_token.get_secret_value(), sender_name=settings.viber_bot_name,
                         api_base=settings.viber_api_base, timeout=TIMEOUT_S, retry_delays=())
    try:
        account = await client.get_account_info()
    except ViberStatusError as failure:
        return [*found, error("VIBER_AUTH_TOKEN", f"Viber refused it (status {failure.status}, {failure.name})")]
    except ViberError as failure:
        return [*found, error("VIBER_API_BASE", f"cannot reach Viber at {settings.viber_api_base} "
                                                f"({failure.code})")]
    finally:
        await client.close()
    found.append(ok("VIBER_AUTH_TOKEN", f"works for {account.get('name') or '?'} ({account.get('uri') or '?'})"))
    hook = str(account.get("webhook") or "")
    command = "`cavororo viber set-webhook https://<your host>/viber`"
    if not hook:
        found.append(error("viber", f"no webhook registered with Viber: {command}"))
    elif not _https(hook) or urlsplit(hook).path != VIBER_PATH:
        found.append(error("viber", f"Viber calls {hook}, but the bot answers at https://<host>{VIBER_PATH}: "
                                    f"{command}"))
    else:
        found.append(ok("viber", f"Viber calls {hook}"))
    uri = settings.viber_chat_uri
    if uri and account.get("uri") and uri != account.get("uri"):
        found.append(warning("VIBER_CHAT_URI", f"is {uri} but the account's is {account.get('uri')}: invitation "
                                               "links open the wrong chat"))
    return found
