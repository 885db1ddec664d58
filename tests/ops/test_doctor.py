"""`cavororo doctor` against the fake Telegram and Viber APIs and real databases: one line per problem."""

from __future__ import annotations

import os
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic import command

from bot.cli import parser
from bot.config import Settings
from bot.storage.database import alembic_config, make_engine, migrate
from bot.tools.doctor_commands import guarded
from bot.tools.doctor_findings import Finding
from bot.tools.doctor_remote import webhook_info_findings
from tests.fakes.chat import CONTENT
from tests.fakes.telegram_api import BOT_USERNAME, TOKEN, FakeTelegram
from tests.fakes.viber_api import FakeViberApi

VIBER_TOKEN = "4453b6ac1s345678-e02c5f12174805f9-daec9cbb5448c51r"
HOOK = "https://bot.example.org/telegram"
SECRET = "s3cret_" + "x" * 40
PG_PASSWORD = "pg-Pa55word"


@dataclass
class Deployment:
    telegram: FakeTelegram
    viber: FakeViberApi
    monkeypatch: pytest.MonkeyPatch
    capsys: pytest.CaptureFixture[str]

    def set(self, **values: str) -> None:
        for key, value in values.items():
            self.monkeypatch.setenv(key, value)

    async def doctor(self, *options: str) -> tuple[int, list[str]]:
        args = parser().parse_args(["doctor", *options])
        try:
            await args.run(args)
            status = 0
        except SystemExit as exit_:
            status = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        for secret in (TOKEN, VIBER_TOKEN, SECRET, PG_PASSWORD):
            assert secret not in out + err
        return status, out.splitlines()


def problems(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith("ok: ")]


@pytest.fixture
async def deployment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                     capsys: pytest.CaptureFixture[str]) -> AsyncIterator[Deployment]:
    """A good deployment: a migrated SQLite file only its owner reads, Telegram by webhook, Viber."""
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    for key in [k for k in os.environ if k.startswith(("TELEGRAM_", "VIBER_", "DATABASE_", "QUIET_", "HOST"))]:
        monkeypatch.delenv(key)
    telegram = await FakeTelegram().start()
    viber = FakeViberApi(VIBER_TOKEN)
    await viber.start()
    telegram.webhook = {"url": HOOK, "secret_token": SECRET}
    viber.account["webhook"] = "https://bot.example.org/viber"
    database = tmp_path / "deployed.sqlite3"
    await migrate(f"sqlite+aiosqlite:///{database}")
    database.chmod(0o600)
    world = Deployment(telegram, viber, monkeypatch, capsys)
    world.set(DATABASE_URL=f"sqlite+aiosqlite:///{database}", CONTENT_DIR=str(CONTENT),
              GENERATED_MEDIA_DIR=str(tmp_path / "media"), TELEGRAM_BOT_TOKEN=TOKEN,
              TELEGRAM_API_BASE=telegram.base_url, TELEGRAM_WEBHOOK_URL=HOOK, TELEGRAM_WEBHOOK_SECRET=SECRET,
              TELEGRAM_BOT_USERNAME=BOT_USERNAME, VIBER_AUTH_TOKEN=VIBER_TOKEN, VIBER_API_BASE=viber.url)
    try:
        yield world
    finally:
        await telegram.close()
        await viber.close()


async def test_a_good_deployment_passes(deployment: Deployment) -> None:
    status, lines = await deployment.doctor()
    assert status == 0, lines
    assert problems(lines) == []
    assert f"ok: TELEGRAM_BOT_TOKEN: works for @{BOT_USERNAME}" in lines
    assert "ok: viber: Viber calls https://bot.example.org/viber" in lines
    assert any(line.startswith("ok: DATABASE_URL: ") and "newest revision" in line for line in lines)
    assert any(line.startswith("ok: CONTENT_DIR: ") for line in lines)


async def test_a_token_telegram_refuses_is_one_error(deployment: Deployment) -> None:
    deployment.set(TELEGRAM_BOT_TOKEN="123456789:AAwrongTokenWrongTokenWrongToken_0123")
    status, lines = await deployment.doctor()
    assert status == 1
    assert problems(lines) == ["error: TELEGRAM_BOT_TOKEN: Telegram refused the token (401 Unauthorized): copy it "
                               "again from @BotFather"]


async def test_a_token_viber_refuses_is_one_error(deployment: Deployment) -> None:
    deployment.set(VIBER_AUTH_TOKEN="not-the-token-of-this-bot")
    status, lines = await deployment.doctor()
    assert status == 1
    assert problems(lines) == ["error: VIBER_AUTH_TOKEN: Viber refused it (status 2, invalidAuthToken)"]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_an_unreachable_database_is_one_error_without_its_password(deployment: Deployment) -> None:
    port = _closed_port()
    deployment.set(DATABASE_URL=f"postgresql+asyncpg://cavororo:{PG_PASSWORD}@127.0.0.1:{port}/cavororo")
    status, lines = await deployment.doctor()
    assert status == 1
    assert problems(lines) == [f"error: DATABASE_URL: cannot use postgresql+asyncpg://cavororo:***@127.0.0.1:{port}"
                               "/cavororo (ConnectionRefusedError)"]


async def test_a_missing_migration_is_one_error(deployment: Deployment, database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_upgrade_to, "0002")
    finally:
        await engine.dispose()
    if database_url.startswith("sqlite"):
        Path(database_url.split("///", 1)[1]).chmod(0o600)
    deployment.set(DATABASE_URL=database_url)
    status, lines = await deployment.doctor()
    assert status == 1
    [problem] = problems(lines)
    assert problem.startswith("error: DATABASE_URL: schema at revision 0002, this version needs ")
    assert problem.endswith(": `cavororo migrate` (or `cavororo serve`, which migrates at start)")


def _upgrade_to(connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


async def test_an_empty_database_is_one_error(deployment: Deployment, tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch(mode=0o600)
    deployment.set(DATABASE_URL=f"sqlite+aiosqlite:///{empty}")
    status, lines = await deployment.doctor()
    assert status == 1
    [problem] = problems(lines)
    assert problem.startswith(f"error: DATABASE_URL: sqlite+aiosqlite:///{empty} has no tables yet")


async def test_an_http_webhook_url_is_one_error(deployment: Deployment) -> None:
    deployment.set(TELEGRAM_WEBHOOK_URL="http://bot.example.org/telegram")
    deployment.telegram.webhook = {"url": "http://bot.example.org/telegram", "secret_token": SECRET}
    status, lines = await deployment.doctor()
    assert status == 1
    assert problems(lines) == ["error: TELEGRAM_WEBHOOK_URL: http://bot.example.org/telegram is not an https URL: "
                               "Telegram calls only https"]


async def test_doubtful_settings_are_one_warning_each(deployment: Deployment) -> None:
    deployment.set(TELEGRAM_WEBHOOK_SECRET="short_secret", TELEGRAM_BOT_USERNAME="another_bot",
                   QUIET_HOURS_START="8", QUIET_HOURS_END="21", HOST="0.0.0.0")
    status, lines = await deployment.doctor("--strict")  # warnings alone pass without --strict (see below)
    assert status == 1
    assert sorted(problems(lines)) == sorted([
        "warning: TELEGRAM_WEBHOOK_SECRET: only 12 characters: use at least 32, e.g. from `openssl rand -hex 32`",
        f"warning: TELEGRAM_BOT_USERNAME: is another_bot but the token is @{BOT_USERNAME}'s: invitation links open "
        "the wrong bot",
        "warning: QUIET_HOURS_START: QUIET_HOURS_START=8, QUIET_HOURS_END=21: the quiet hours leave the night open "
        "(03:00); are START and END swapped?",
        "warning: HOST: 0.0.0.0: the web server listens on every network interface without TLS; behind nginx use "
        "HOST=127.0.0.1",
    ])


async def test_wrong_settings_are_one_error_each(deployment: Deployment) -> None:
    deployment.set(TIMEZONE="Europe/Zemun", VIBER_MEDIA_BASE_URL="http://bot.example.org/media")
    status, lines = await deployment.doctor()
    assert status == 1
    assert problems(lines) == [
        "error: TIMEZONE: 'Europe/Zemun' is not a time zone name (such as Europe/Belgrade)",
        "error: VIBER_MEDIA_BASE_URL: http://bot.example.org/media is not an https URL: Viber fetches pictures only "
        "over https",
    ]


async def test_a_setting_that_does_not_load_is_named(deployment: Deployment) -> None:
    deployment.set(PORT="eighty")
    status, lines = await deployment.doctor()
    assert status == 1
    assert problems(lines) == ["error: PORT: Input should be a valid integer, unable to parse string as an integer"]


async def test_webhooks_not_where_the_bot_answers_are_reported(deployment: Deployment) -> None:
    deployment.telegram.webhook = None
    deployment.viber.account["webhook"] = "https://bot.example.org/hooks/viber"
    status, lines = await deployment.doctor()
    assert status == 1
    assert problems(lines) == [
        f"warning: TELEGRAM_WEBHOOK_URL: Telegram has no webhook; `cavororo serve` registers {HOOK} at start",
        "error: viber: Viber calls https://bot.example.org/hooks/viber, but the bot answers at "
        "https://<host>/viber: `cavororo viber set-webhook https://<your host>/viber`",
    ]


async def test_files_others_can_read_are_warned_about(deployment: Deployment, tmp_path: Path) -> None:
    (tmp_path / "deployed.sqlite3").chmod(0o644)
    (tmp_path / ".env").write_text("# nothing\n")
    (tmp_path / ".env").chmod(0o644)
    status, lines = await deployment.doctor()
    assert status == 0
    assert problems(lines) == [
        ".env".join(["warning: ", ": every user of this machine can read it, and it may hold tokens and passwords: "
                                  "chmod 600 .env"]),
        f"warning: DATABASE_URL: {tmp_path / 'deployed.sqlite3'} holds children's data and other users of this "
        f"machine can read it (mode -rw-r--r--): chmod 600 {tmp_path / 'deployed.sqlite3'}",
    ]


async def test_a_missing_sqlite_folder_is_one_error(deployment: Deployment, tmp_path: Path) -> None:
    deployment.set(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'gone' / 'cavororo.sqlite3'}")
    status, lines = await deployment.doctor()
    assert status == 1
    assert problems(lines)[0] == f"error: DATABASE_URL: the folder of the SQLite file, {tmp_path / 'gone'}, does " \
                                 "not exist"


def test_telegram_s_last_webhook_error_is_reported_with_the_waiting_updates() -> None:
    settings = Settings(TELEGRAM_WEBHOOK_URL=HOOK, TELEGRAM_WEBHOOK_SECRET=SECRET)  # type: ignore[call-arg]
    found = [str(f) for f in webhook_info_findings(settings, HOOK, 7, "Wrong response from the webhook: 502")]
    assert found == ["ok: TELEGRAM_WEBHOOK_URL: registered with Telegram, 7 update(s) waiting",
                     "warning: telegram: Telegram's last call to the webhook failed: Wrong response from the webhook: "
                     "502 (7 update(s) waiting)"]


async def test_a_check_that_breaks_is_one_error_named_by_type() -> None:
    async def broken() -> list[Finding]:
        raise RuntimeError(f"https://api.telegram.org/bot{TOKEN}/getMe")

    assert [str(f) for f in await guarded("telegram", broken())] == [
        "error: telegram: the check itself failed (RuntimeError)"]


async def test_ffmpeg_missing_is_a_warning_for_viber_voice(deployment: Deployment,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.tools.doctor_commands as doctor

    monkeypatch.setattr(doctor.shutil, "which", lambda name: None)
    status, lines = await deployment.doctor()
    assert status == 0  # the bot works; Viber families get the text without the voice
    assert problems(lines) == ["warning: ffmpeg: not installed: Viber families get no voice recordings, only the "
                               "text (apt-get install ffmpeg)"]
