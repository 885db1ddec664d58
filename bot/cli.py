"""The `cavororo` command."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from bot.config import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cavororo", description="Čavororo: tips, reminders and services for parents.")
    sub = parser.add_subparsers(dest="command", required=True)
    chat = sub.add_parser("chat", help="chat with the bot in this terminal")
    chat.add_argument("--jsonl", action="store_true", help="JSON lines in and out, for scripts")
    chat.add_argument("--user", default="local", help="who is chatting (default: local)")
    chat.add_argument("--db", help="database URL (default: DATABASE_URL or ./cavororo.sqlite3)")
    chat.add_argument("--log-level", default="WARNING", help="log level on stderr (default: WARNING)")
    migrate = sub.add_parser("migrate", help="apply database migrations and exit")
    migrate.add_argument("--db", help="database URL")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {"DATABASE_URL": args.db} if getattr(args, "db", None) else {}
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        for problem in error.errors():
            where = ".".join(str(p) for p in problem["loc"])
            print(f"cavororo: setting {where}: {problem['msg']}", file=sys.stderr)
        raise SystemExit(2) from None


async def _chat(args: argparse.Namespace) -> None:
    from bot.__main__ import build, configure_logging
    from bot.channels.terminal import chat

    configure_logging(args.log_level)
    app = await build(_settings(args))
    try:
        await chat(app.inbox.handle, args.user, jsonl=args.jsonl)
    finally:
        await app.close()


async def _migrate(args: argparse.Namespace) -> None:
    from bot.storage.database import migrate

    await migrate(_settings(args).database_url)


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    commands = {"chat": _chat, "migrate": _migrate}
    try:
        asyncio.run(commands[args.command](args))
    except KeyboardInterrupt:
        raise SystemExit(130) from None
