"""Settings from the environment (and a .env file), validated once at start.

Secrets are ``SecretStr``: they print as ``**********``. See .env.example for every key.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.core.ports import DEFAULT_TIMEZONE

_REPO_CONTENT = Path(__file__).resolve().parent.parent / "content"


def default_content_dir() -> Path:
    """The content/ folder next to the package (a source checkout), else ./content."""
    return _REPO_CONTENT if _REPO_CONTENT.is_dir() else Path.cwd() / "content"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Storage and content
    # not in repr(): a PostgreSQL URL carries its password
    database_url: str = Field("sqlite+aiosqlite:///cavororo.sqlite3", alias="DATABASE_URL", repr=False)
    content_dir: Path = Field(default_factory=default_content_dir, alias="CONTENT_DIR")
    show_unreviewed_romani: bool = Field(True, alias="SHOW_UNREVIEWED_ROMANI")
    # Two mediators pressing ✅ on the same unchanged Romani text count as its review (`content reviews apply`)
    romani_two_confirmations: bool = Field(False, alias="ROMANI_TWO_CONFIRMATIONS")
    log_level: str = Field("INFO", alias="LOG_LEVEL")

    # The web server (webhooks and /healthz)
    host: str = Field("127.0.0.1", alias="HOST")
    port: int = Field(8080, ge=0, le=65535, alias="PORT")
    max_body_bytes: int = Field(256 * 1024, ge=1024, alias="MAX_BODY_BYTES")
    # Per-chat flood limit on inbound messages (bot/inbound/ratelimit.py); 0 turns it off
    inbound_rate_per_minute: int = Field(20, ge=0, alias="INBOUND_RATE_PER_MINUTE")
    inbound_burst: int = Field(20, ge=1, alias="INBOUND_BURST")

    # Telegram
    telegram_bot_token: SecretStr | None = Field(None, alias="TELEGRAM_BOT_TOKEN")
    telegram_webhook_url: str | None = Field(None, alias="TELEGRAM_WEBHOOK_URL")
    telegram_webhook_secret: SecretStr | None = Field(None, alias="TELEGRAM_WEBHOOK_SECRET")
    telegram_api_base: str | None = Field(None, alias="TELEGRAM_API_BASE")
    telegram_bot_username: str | None = Field(None, alias="TELEGRAM_BOT_USERNAME")

    # Viber
    viber_auth_token: SecretStr | None = Field(None, alias="VIBER_AUTH_TOKEN")
    viber_bot_name: str = Field("Čavororo", max_length=28, alias="VIBER_BOT_NAME")
    viber_bot_avatar: str | None = Field(None, alias="VIBER_BOT_AVATAR")
    viber_api_base: str = Field("https://chatapi.viber.com/pa", alias="VIBER_API_BASE")
    viber_chat_uri: str | None = Field(None, alias="VIBER_CHAT_URI")
    viber_media_base_url: str | None = Field(None, alias="VIBER_MEDIA_BASE_URL")

    # Mediators: invitation codes
    invitation_days: int = Field(14, ge=1, le=90, alias="INVITATION_DAYS")

    # The lab's dashboard (/dashboard, docs/dashboard.md): sign-in links and sessions; Secure cookies even when the
    # request does not look like https (behind https they are Secure anyway)
    dashboard_link_hours: int = Field(72, ge=1, le=24 * 30, alias="DASHBOARD_LINK_HOURS")
    dashboard_session_hours: int = Field(12, ge=1, le=24 * 30, alias="DASHBOARD_SESSION_HOURS")
    dashboard_secure_cookies: bool = Field(False, alias="DASHBOARD_SECURE_COOKIES")

    # Files made for one user (an invitation's QR picture, a data export) that a channel can only send by URL
    # (Viber): kept in GENERATED_MEDIA_DIR for a while and served at PUBLIC_BASE_URL/files/
    # (bot/channels/viber/generated_files.py)
    public_base_url: str | None = Field(None, alias="PUBLIC_BASE_URL")
    generated_media_dir: Path = Field(default_factory=lambda: Path(tempfile.gettempdir()) / "cavororo-media",
                                      alias="GENERATED_MEDIA_DIR")

    # Reminders
    timezone: str = Field(DEFAULT_TIMEZONE, alias="TIMEZONE")
    quiet_hours_start: int = Field(21, ge=0, le=23, alias="QUIET_HOURS_START")
    quiet_hours_end: int = Field(8, ge=0, le=23, alias="QUIET_HOURS_END")
    scheduler_tick_seconds: int = Field(30, ge=1, alias="SCHEDULER_TICK_SECONDS")
    # Doses and check-ups the schedule data marks `verified: false` (PCV dose 2, 3 and booster, the 3½-month
    # check-up...): reminded only when true, and then as "ask the pediatrician whether your child needs it now"
    remind_unverified: bool = Field(False, alias="REMIND_UNVERIFIED")

    # Privacy: the daily retention job (scheduler/retention.py, docs/privacy.md)
    retention_inactive_days: int = Field(730, ge=30, alias="RETENTION_INACTIVE_DAYS")
    retention_child_max_age_years: int = Field(7, ge=7, le=18, alias="RETENTION_CHILD_MAX_AGE_YEARS")

    @field_validator("database_url")
    @classmethod
    def _known_driver(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("DATABASE_URL must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("content_dir")
    @classmethod
    def _content_exists(cls, value: Path) -> Path:
        if not (value / "sr").is_dir():
            raise ValueError(f"CONTENT_DIR {value} has no sr/ folder")
        return value

    @field_validator("public_base_url")
    @classmethod
    def _public_origin(cls, value: str | None) -> str | None:
        """An https address without query or fragment (plain http only for this machine: local proxies, tests)."""
        if not value:
            return None
        parts = urlsplit(value)
        local = parts.hostname in ("127.0.0.1", "localhost", "::1")
        if not (parts.scheme == "https" or (parts.scheme == "http" and local)) or not parts.hostname \
                or parts.query or parts.fragment:
            raise ValueError("PUBLIC_BASE_URL must be an https address such as https://bot.example.org")
        return value.rstrip("/")

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and -.
        if value is not None:
            raw = value.get_secret_value()
            if not (1 <= len(raw) <= 256 and all(c.isascii() and (c.isalnum() or c in "_-") for c in raw)):
                raise ValueError("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ or -")
        return value


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the environment, with --db if given; a bad setting ends the program with one line."""
    overrides = {"DATABASE_URL": args.db} if getattr(args, "db", None) else {}
    try:
        return Settings(**overrides)
    except ValidationError as error:
        for problem in error.errors():
            where = ".".join(str(p) for p in problem["loc"])
            sys.stderr.write(f"cavororo: setting {where}: {problem['msg']}\n")
        raise SystemExit(2) from None
