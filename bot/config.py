"""Settings from the environment (and a .env file), validated once at start.

Secrets are ``SecretStr``: they print as ``**********``. See .env.example for every key.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO_CONTENT = Path(__file__).resolve().parent.parent / "content"


def default_content_dir() -> Path:
    """The content/ folder next to the package (a source checkout), else ./content."""
    return _REPO_CONTENT if _REPO_CONTENT.is_dir() else Path.cwd() / "content"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///cavororo.sqlite3", alias="DATABASE_URL")
    content_dir: Path = Field(default_factory=default_content_dir, alias="CONTENT_DIR")
    log_level: str = Field("INFO", alias="LOG_LEVEL")
    telegram_bot_token: SecretStr | None = Field(None, alias="TELEGRAM_BOT_TOKEN")

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
