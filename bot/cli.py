"""The `cavororo` command. Subcommands of other parts register themselves through COMMAND_MODULES: each module
has ``register(subparsers)`` that adds parsers with ``set_defaults(run=<async function taking args>)``."""

from __future__ import annotations

import argparse
import asyncio
import importlib
from collections.abc import Sequence
from functools import partial

from bot.config import settings_from

# Modules that add subcommands (content tools, services check, Viber, reminders, ...).
COMMAND_MODULES: tuple[str, ...] = (
    "bot.channels.viber.viber_commands", "bot.tools.content_commands", "bot.tools.services_commands",
    "bot.tools.mediators_commands", "bot.tools.families_commands", "scheduler.reminders_commands",
    "bot.tools.doctor_commands", "bot.tools.privacy_commands", "bot.dashboard.coordinators_commands",
    "bot.dashboard.rollup_commands",
)


async def _chat(args: argparse.Namespace) -> None:
    from bot.app import build, chat_jobs, configure_logging
    from bot.channels.terminal import chat, describe_in_chat_language

    configure_logging(args.log_level)
    app = await build(settings_from(args))
    jobs = chat_jobs(app.content)  # edited content shows up in the running chat
    jobs.start()
    try:
        await chat(app.inbox.handle, args.user, jsonl=args.jsonl,
                   describe=partial(describe_in_chat_language, app.database, app.content.translator))
    finally:
        jobs.shutdown(wait=False)
        await app.close()


async def _serve(args: argparse.Namespace) -> None:
    from bot.app import configure_logging, serve

    settings = settings_from(args)
    configure_logging(settings.log_level)
    await serve(settings)


async def _dashboard(args: argparse.Namespace) -> None:
    from bot.app import configure_logging, serve_dashboard

    settings = settings_from(args)
    settings = settings.model_copy(update={name: value for name, value in (("host", args.host), ("port", args.port))
                                           if value is not None})
    configure_logging(settings.log_level)
    await serve_dashboard(settings)


async def _migrate(args: argparse.Namespace) -> None:
    from bot.storage.database import migrate

    settings = settings_from(args)
    await migrate(settings.database_url, settings.timezone)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="cavororo", description="Čavororo: tips, reminders and services for parents.")
    sub = root.add_subparsers(dest="command", required=True)
    chat = sub.add_parser("chat", help="chat with the bot in this terminal")
    chat.add_argument("--jsonl", action="store_true", help="JSON lines in and out, for scripts")
    chat.add_argument("--user", default="local", help="who is chatting (default: local)")
    chat.add_argument("--db", help="database URL (default: DATABASE_URL or ./cavororo.sqlite3)")
    chat.add_argument("--log-level", default="WARNING", help="log level on stderr (default: WARNING)")
    chat.set_defaults(run=_chat)
    serve = sub.add_parser("serve", help="run the messengers, the web server and the reminders")
    serve.add_argument("--db", help="database URL")
    serve.set_defaults(run=_serve)
    dashboard = sub.add_parser("dashboard", help="run only the lab's dashboard (/dashboard) on the same database")
    dashboard.add_argument("--db", help="database URL")
    dashboard.add_argument("--host", help="address to listen on (default: HOST, 127.0.0.1)")
    dashboard.add_argument("--port", type=int, help="port to listen on (default: PORT, 8080)")
    dashboard.set_defaults(run=_dashboard)
    migrate = sub.add_parser("migrate", help="apply database migrations and exit")
    migrate.add_argument("--db", help="database URL")
    migrate.set_defaults(run=_migrate)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return root


def main(argv: Sequence[str] | None = None) -> None:
    args = parser().parse_args(argv)
    try:
        asyncio.run(args.run(args))
    except KeyboardInterrupt:
        raise SystemExit(130) from None
