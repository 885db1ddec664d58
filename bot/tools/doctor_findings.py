"""What `cavororo doctor` reports: one :class:`Finding` per check (level, the setting or part concerned, what to
do), made by bot/tools/doctor_commands.py (local checks) and bot/tools/doctor_remote.py (database, Telegram, Viber)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.engine import make_url

Level = Literal["ok", "warning", "error"]


@dataclass(frozen=True)
class Finding:
    level: Level
    subject: str  # the setting (DATABASE_URL) or the part (telegram, content) concerned
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.subject}: {self.message}"


def ok(subject: str, message: str) -> Finding:
    return Finding("ok", subject, message)


def warning(subject: str, message: str) -> Finding:
    return Finding("warning", subject, message)


def error(subject: str, message: str) -> Finding:
    return Finding("error", subject, message)


def shown_url(url: str) -> str:
    """A database URL fit to print: the password as ***."""
    return make_url(url).render_as_string(hide_password=True)
