"""`cavororo doctor`: is this deployment's configuration right, and can it reach what it needs?

One line per finding, ``level: subject: message``, where the subject is the setting concerned (``DATABASE_URL``,
``TELEGRAM_BOT_TOKEN``, ...) or the part (``telegram``, ``content``); the message says what is wrong and what to do.
Exit status 0 when nothing is an error (1 otherwise; ``--strict``: warnings count too).

Checked here: the settings load, the ``.env`` file is not readable by everyone, TIMEZONE, quiet hours, HOST,
GENERATED_MEDIA_DIR, the SQLite file (its folder writable, the file not readable by others: it holds children's
data), ffmpeg when Viber is configured (voice recordings go to Viber as video) and the content check. The
database, Telegram and Viber: bot/tools/doctor_remote.py.

Nothing secret is printed: URLs are shown with ``***`` for the password, and every line is scrubbed of the
tokens, the webhook secret and the database password before it is written.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import shutil
import stat
import sys
from collections.abc import Awaitable, Iterable, Mapping
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.tools.doctor_findings import Finding, error, ok, warning

NIGHT_HOUR = 3  # quiet hours that leave 03:00 open are probably swapped
MIN_SENDING_HOURS = 8
ENV_FILE = Path(".env")


def register(subparsers: argparse._SubParsersAction) -> None:
    doctor = subparsers.add_parser("doctor", help="check this deployment's settings and connections")
    doctor.add_argument("--db", help="database URL (default: DATABASE_URL)")
    doctor.add_argument("--strict", action="store_true", help="warnings count as problems too (exit status 1)")
    doctor.set_defaults(run=run)


async def run(args: argparse.Namespace) -> None:
    if not logging.getLogger().handlers:  # the clients log refusals too; the findings say it once
        logging.getLogger().addHandler(logging.NullHandler())
    overrides = {"DATABASE_URL": args.db} if args.db else {}
    findings, secrets = await diagnose(overrides)
    for finding in findings:
        sys.stdout.write(scrub(str(finding), secrets) + "\n")
    errors = sum(f.level == "error" for f in findings)
    warnings = sum(f.level == "warning" for f in findings)
    sys.stderr.write(f"{errors} error(s), {warnings} warning(s)\n")
    if errors or (args.strict and warnings):
        raise SystemExit(1)


async def diagnose(overrides: Mapping[str, str] | None = None) -> tuple[list[Finding], list[str]]:
    """Every finding, and the secret values to scrub from the output."""
    from bot.tools.doctor_remote import database_findings, telegram_findings, viber_findings

    findings = env_file_findings()
    try:
        settings = Settings(**dict(overrides or {}))  # type: ignore[arg-type]
    except ValidationError as invalid:
        return findings + settings_errors(invalid), []
    findings.append(ok("settings", "loaded from the environment" + (" and .env" if ENV_FILE.is_file() else "")))
    findings += local_findings(settings)
    parts = await asyncio.gather(guarded("DATABASE_URL", database_findings(settings)),
                                 guarded("CONTENT_DIR", asyncio.to_thread(content_findings, settings)),
                                 guarded("telegram", telegram_findings(settings)),
                                 guarded("viber", viber_findings(settings)))
    return findings + [finding for part in parts for finding in part], secrets_of(settings)


async def guarded(subject: str, check: Awaitable[list[Finding]]) -> list[Finding]:
    """A check that breaks is a finding too, named by the error's type (its text may hold a URL with a token)."""
    try:
        return await check
    except Exception as failure:
        return [error(subject, f"the check itself failed ({type(failure).__name__})")]


def settings_errors(invalid: ValidationError) -> list[Finding]:
    """One line per bad setting, named by its variable; the value is never repeated (it may be a token)."""
    return [error(".".join(str(p) for p in problem["loc"]) or "settings", problem["msg"])
            for problem in invalid.errors()]


def secrets_of(settings: Settings) -> list[str]:
    values = [s.get_secret_value() for s in (settings.telegram_bot_token, settings.telegram_webhook_secret,
                                             settings.viber_auth_token) if s is not None]
    password = make_url(settings.database_url).password
    return [v for v in [*values, str(password) if password else ""] if len(v) >= 4]


def scrub(line: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        line = line.replace(secret, "***")
    return line


def env_file_findings() -> list[Finding]:
    if ENV_FILE.is_file() and ENV_FILE.stat().st_mode & stat.S_IROTH:
        return [warning(".env", "every user of this machine can read it, and it may hold tokens and passwords: "
                                "chmod 600 .env")]
    return []


def local_findings(settings: Settings) -> list[Finding]:
    return [*timezone_findings(settings), *quiet_hours_findings(settings), *host_findings(settings),
            *folder_findings("GENERATED_MEDIA_DIR", settings.generated_media_dir), *sqlite_findings(settings),
            *ffmpeg_findings(settings)]


def ffmpeg_findings(settings: Settings) -> list[Finding]:
    """Viber gets voice recordings as an MP4 that ffmpeg makes (issue 20): without it, the text alone."""
    if settings.viber_auth_token is None:
        return []
    found = shutil.which("ffmpeg")
    if found is None:
        return [warning("ffmpeg", "not installed: Viber families get no voice recordings, only the text "
                                  "(apt-get install ffmpeg)")]
    return [ok("ffmpeg", f"{found} (voice recordings as video on Viber)")]


def timezone_findings(settings: Settings) -> list[Finding]:
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return [error("TIMEZONE", f"{settings.timezone!r} is not a time zone name (such as Europe/Belgrade)")]
    return [ok("TIMEZONE", settings.timezone)]


def quiet_hours_findings(settings: Settings) -> list[Finding]:
    start, end = settings.quiet_hours_start, settings.quiet_hours_end
    span = f"QUIET_HOURS_START={start}, QUIET_HOURS_END={end}"
    if start == end:
        return [warning("QUIET_HOURS_START", f"{span}: no quiet hours, reminders may go out in the middle of the "
                                             "night")]
    quiet = set(range(start, end)) if start < end else set(range(start, 24)) | set(range(end))
    if NIGHT_HOUR not in quiet:
        return [warning("QUIET_HOURS_START", f"{span}: the quiet hours leave the night open (03:00); are START "
                                             "and END swapped?")]
    if 24 - len(quiet) < MIN_SENDING_HOURS:
        return [warning("QUIET_HOURS_START", f"{span}: only {24 - len(quiet)} hours a day to send reminders")]
    return [ok("QUIET_HOURS_START", f"nothing is sent from {start:02d}:00 to {end:02d}:00 ({settings.timezone})")]


def host_findings(settings: Settings) -> list[Finding]:
    if settings.host in ("0.0.0.0", "::", ""):  # noqa: S104 - this is the check for it
        return [warning("HOST", f"{settings.host or 'empty'}: the web server listens on every network interface "
                                "without TLS; behind nginx use HOST=127.0.0.1")]
    return []


def folder_findings(subject: str, folder: Path) -> list[Finding]:
    """A folder the bot writes to: it exists and is writable, or it can be made."""
    if folder.exists():
        if not folder.is_dir():
            return [error(subject, f"{folder} is not a folder")]
        if not os.access(folder, os.W_OK | os.X_OK):
            return [error(subject, f"{folder} is not writable by this user ({_user()})")]
        return [ok(subject, f"{folder} is writable")]
    parent = next((p for p in folder.parents if p.exists()), None)
    if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        return [error(subject, f"{folder} does not exist and {parent} is not writable by this user ({_user()})")]
    return [ok(subject, f"{folder} does not exist yet; the bot creates it")]


def sqlite_findings(settings: Settings) -> list[Finding]:
    """The SQLite file: its folder must be writable (the journal lives beside it), and nobody else may read it."""
    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return []
    path = Path(url.database).expanduser()
    folder = path.parent.resolve()
    if not folder.is_dir():
        return [error("DATABASE_URL", f"the folder of the SQLite file, {folder}, does not exist")]
    if not os.access(folder, os.W_OK | os.X_OK):
        return [error("DATABASE_URL", f"{folder} is not writable by this user ({_user()}); SQLite writes its "
                                      "journal beside the database file")]
    if path.is_file() and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        return [warning("DATABASE_URL", f"{path} holds children's data and other users of this machine can read "
                                        f"it (mode {stat.filemode(path.stat().st_mode)}): chmod 600 {path}")]
    return []


def content_findings(settings: Settings) -> list[Finding]:
    from bot.tools.content_check import content_errors

    problems = content_errors(settings.content_dir)
    if problems:
        return [error("CONTENT_DIR", f"{len(problems)} error(s) in {settings.content_dir}, the first: "
                                     f"{problems[0]}; see `cavororo content check`")]
    return [ok("CONTENT_DIR", f"{settings.content_dir} passes the content check")]


def _user() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.geteuid()).pw_name
    except (ImportError, KeyError):
        return str(os.geteuid())
