"""Secrets come from the environment (or .env) and never show when settings are printed or logged."""

from __future__ import annotations

import logging

import pytest

from bot.config import Settings
from tests.fakes.chat import CONTENT

TELEGRAM = "7777777777:" + "S3cret-Telegram-Token_" + "x" * 13
VIBER = "-".join(["5ec7e75ec7e75ec7"] * 3)
WEBHOOK = "webhook-secret-never-printed"
PASSWORD = "pg-password-never-printed"


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    for key, value in {"TELEGRAM_BOT_TOKEN": TELEGRAM, "VIBER_AUTH_TOKEN": VIBER, "TELEGRAM_WEBHOOK_SECRET": WEBHOOK,
                       "DATABASE_URL": f"postgresql+asyncpg://cavororo:{PASSWORD}@db.example.org/cavororo",
                       "CONTENT_DIR": str(CONTENT)}.items():
        monkeypatch.setenv(key, value)
    return Settings()  # type: ignore[call-arg]


def test_secrets_are_read_from_the_environment(settings: Settings) -> None:
    assert settings.telegram_bot_token is not None and settings.telegram_bot_token.get_secret_value() == TELEGRAM
    assert settings.viber_auth_token is not None and settings.viber_auth_token.get_secret_value() == VIBER
    assert PASSWORD in settings.database_url


def test_printed_or_logged_settings_show_no_secret(settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    logging.getLogger("bot.test").info("settings: %s %r", settings, settings)
    shown = [str(settings), repr(settings), *(r.getMessage() for r in caplog.records)]
    for secret in (TELEGRAM, TELEGRAM.split(":", 1)[1], VIBER, WEBHOOK, PASSWORD):
        assert not [text for text in shown if secret in text], secret
