"""The settlements a mediator chooses from when she enrols a family (content/data/settlements.yaml)."""

from __future__ import annotations

from pathlib import Path

from bot.catalog.reader import NOTES, Entry, read
from bot.core.mediation import Settlement

FILE_NAME = "settlements.yaml"
RESERVED = "other"  # the "Other place" button every list gets
MAX_KEY = 32  # keeps the button data "md:es:<key>" well inside Telegram's 64 bytes
_FIELDS = {"id", "name", "verified"} | NOTES


def load_settlements(content_dir: Path) -> tuple[Settlement, ...]:
    """The configured settlements in menu order; an absent file means none (only "Other place")."""
    path = content_dir / "data" / FILE_NAME
    if not path.is_file():
        return ()
    _, entries = read(path, "settlements", _FIELDS)
    return tuple(_settlement(entry) for entry in entries)


def _settlement(entry: Entry) -> Settlement:
    key = entry.raw["id"]
    if key == RESERVED or len(key) > MAX_KEY:
        entry.fail(f"id must be at most {MAX_KEY} characters and not {RESERVED!r}")
    entry.flag("verified")
    name = entry.text("name")
    assert name is not None
    return Settlement(key, name.strip())
