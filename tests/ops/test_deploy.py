"""deploy/: the systemd units run a command that exists with an environment file, nginx proxies exactly the
routes `cavororo serve` registers, and the backup script rotates its dumps."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiohttp import web

from bot.app import build, connect_channels, reminder_runner, web_app_for
from bot.cli import parser
from bot.config import Settings
from tests.fakes.chat import CONTENT
from tests.fakes.telegram_api import TOKEN

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
SYSTEMD = DEPLOY / "systemd"
NGINX = DEPLOY / "nginx" / "cavororo.conf"
BACKUP = DEPLOY / "backup" / "cavororo-backup.sh"
INSTALLED = "/opt/cavororo/app/"  # where docs/operations.md puts the checkout
SERVICES = ("cavororo.service", "cavororo@.service")
HARDENING = {"NoNewPrivileges": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes", "Restart": "on-failure",
             "User": "cavororo", "ReadWritePaths": "/var/lib/cavororo"}


def unit(name: str) -> dict[str, dict[str, list[str]]]:
    """A systemd unit file: section -> key -> values (keys may repeat); fails on a line that is neither."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for number, line in enumerate((SYSTEMD / name).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if re.fullmatch(r"\[[A-Za-z]+\]", line):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, equals, value = line.partition("=")
        assert equals and current is not None and re.fullmatch(r"[A-Za-z]+", key), f"{name}:{number}: {line}"
        current.setdefault(key, []).append(value.strip())
    return sections


@pytest.mark.parametrize("name", SERVICES)
def test_the_service_runs_cavororo_serve_with_an_environment_file(name: str) -> None:
    service = unit(name)["Service"]
    [command] = service["ExecStart"]
    program, *arguments = shlex.split(command)
    assert program.endswith("/bin/cavororo")
    assert parser().parse_args(arguments).command == "serve"  # a command the CLI has
    files = [path.lstrip("-") for path in service["EnvironmentFile"]]
    assert "/etc/cavororo/env" in files and all(path.startswith("/etc/cavororo/") for path in files)
    for key, value in HARDENING.items():
        assert value in service[key], key
    assert service["WorkingDirectory"] == ["/var/lib/cavororo"]
    assert unit(name)["Install"]["WantedBy"] == ["multi-user.target"]


def test_the_backup_timer_starts_the_backup_script_of_the_checkout() -> None:
    timer = unit("cavororo-backup.timer")
    [service_name] = timer["Timer"]["Unit"]
    assert timer["Timer"]["OnCalendar"] and timer["Timer"]["Persistent"] == ["true"]
    [command] = unit(service_name)["Service"]["ExecStart"]
    assert command.startswith(INSTALLED)
    script = ROOT / command.removeprefix(INSTALLED)
    assert script == BACKUP and os.access(script, os.X_OK)


def nginx_locations() -> dict[tuple[str, str], str]:
    """(modifier, path) -> the block's body, for every ``location`` of the TLS server."""
    text = re.sub(r"#[^\n]*", "", NGINX.read_text(encoding="utf-8"))
    tls = text[text.index("listen 443"):]
    return {(m.group(1) or "", m.group(2)): m.group(3)
            for m in re.finditer(r"location\s+(=|\^~)?\s*(\S+)\s*\{([^{}]*)\}", tls)}


def example_setting(name: str) -> str:
    """A setting's value as .env.example shows it (commented out or not)."""
    found = re.search(rf"^#?\s*{name}=(\S+)", (ROOT / ".env.example").read_text(encoding="utf-8"), re.MULTILINE)
    assert found, name
    return found.group(1)


@pytest.fixture
async def served_routes(tmp_path: Path) -> AsyncIterator[set[str]]:
    """The paths of the web app `cavororo serve` builds with every channel on, as .env.example describes."""
    settings = Settings(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",  # type: ignore[call-arg]
                        CONTENT_DIR=CONTENT, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_WEBHOOK_SECRET="s" * 32,
                        TELEGRAM_WEBHOOK_URL=example_setting("TELEGRAM_WEBHOOK_URL"), VIBER_AUTH_TOKEN="viber",
                        PUBLIC_BASE_URL="https://bot.example.org", GENERATED_MEDIA_DIR=tmp_path / "generated")
    app = await build(settings)
    connect_channels(app)
    try:
        web_app: web.Application = web_app_for(app, reminder_runner(app))
        yield {route.resource.canonical for route in web_app.router.routes() if route.resource is not None}
    finally:
        for channel in app.channels:
            await channel.stop()
        await app.close()


def _served_by(location: tuple[str, str], route: str) -> bool:
    modifier, path = location
    return route == path if modifier == "=" else route.startswith(path)


async def test_nginx_proxies_exactly_the_routes_the_bot_serves(served_routes: set[str]) -> None:
    locations = nginx_locations()
    proxied = {where for where, body in locations.items() if "proxy_pass http://cavororo;" in body}
    assert {"/healthz", "/viber", urlsplit(example_setting("TELEGRAM_WEBHOOK_URL")).path} <= served_routes
    for route in served_routes:
        assert any(_served_by(where, route) for where in proxied), f"nginx does not pass {route} to the bot"
    for where in proxied:
        assert any(_served_by(where, route) for route in served_routes), f"nginx passes {where}, the bot has none"


def test_nginx_keeps_healthz_local_and_serves_the_content_media() -> None:
    locations = nginx_locations()
    health = locations[("=", "/healthz")]
    assert "allow 127.0.0.1;" in health and "deny all;" in health
    media_path = urlsplit(example_setting("VIBER_MEDIA_BASE_URL")).path
    assert f"alias {INSTALLED}content/media/;" in locations[("", media_path.rstrip("/") + "/")]
    assert "server_name bot.example.org;" in NGINX.read_text(encoding="utf-8")
    assert "ssl_certificate /etc/letsencrypt/live/bot.example.org/fullchain.pem;" in NGINX.read_text(encoding="utf-8")


def test_the_backup_script_dumps_and_deletes_dumps_older_than_30_days(tmp_path: Path) -> None:
    bin_dir, backups = tmp_path / "bin", tmp_path / "backups"
    bin_dir.mkdir()
    backups.mkdir()
    fake_dump = bin_dir / "pg_dump"  # a working stand-in: writes what it was asked to dump
    fake_dump.write_text('#!/bin/sh\nfor a; do case "$a" in --file=*) out="${a#--file=}";; esac; done\n'
                         'printf "%s\\n" "$@" > "$out"\n')
    fake_dump.chmod(0o755)
    day = 24 * 3600
    ages = {"cavororo-old.dump": 31 * day, "cavororo-recent.dump": 29 * day, "cavororo-cut.dump.partial": 40 * day,
            "notes.txt": 90 * day}
    probe = backups / "probe"  # "now" as the file system stamps a new file (the dump's mtime), whatever the
    probe.write_text("x")      # process clock says: libfaketime moves the clock, not the kernel's file times
    now = probe.stat().st_mtime
    probe.unlink()
    for name, age in ages.items():
        (backups / name).write_text("x")
        os.utime(backups / name, (now - age, now - age))
    # The script's find(1) compares those file times with its own clock: the real one, as in production.
    env = {key: value for key, value in os.environ.items() if key not in ("LD_PRELOAD", "FAKETIME")}
    env |= {"PATH": f"{bin_dir}:{os.environ['PATH']}", "BACKUP_DIR": str(backups), "PGDATABASE": "cavororo"}
    done = subprocess.run([str(BACKUP)], env=env, capture_output=True, text=True, check=True, timeout=60)
    left = sorted(p.name for p in backups.iterdir())
    [new] = [name for name in left if name not in ages]
    assert re.fullmatch(r"cavororo-\d{8}T\d{6}Z\.dump", new)
    assert left == sorted(["cavororo-recent.dump", "notes.txt", new])
    arguments = (backups / new).read_text().split()
    assert "--format=custom" in arguments and arguments[-1] == "cavororo"
    assert (backups / new).stat().st_mode & 0o077 == 0 and backups.stat().st_mode & 0o077 == 0
    assert "deleted" in done.stdout and "cavororo-old.dump" in done.stdout
