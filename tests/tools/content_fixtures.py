"""Content directories for the tools' tests: the good fixture, optionally with one broken case laid over it."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "content_tools"
GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"
CASES = sorted(path.name for path in BROKEN.iterdir() if path.is_dir())
TODAY = date(2025, 12, 1)  # the day the review marks are judged against
LARGE_PICTURE_BYTES = 1_150_000  # just over the 1 MB limit


def content_tree(tmp_path: Path, case: str | None = None) -> Path:
    """A copy of the good fixture in ``tmp_path/content``, with the files of ``broken/<case>`` laid over it."""
    root = tmp_path / "content"
    shutil.copytree(GOOD, root)
    if case is not None:
        shutil.copytree(BROKEN / case, root, dirs_exist_ok=True)
    if case == "media-too-large":
        (root / "media" / "pictures" / "poster.png").write_bytes(
            b"\x89PNG\r\n\x1a\n" + bytes(LARGE_PICTURE_BYTES - 8)
        )
    return root


def line_of(path: Path, text: str) -> int:
    """The 1-based line of the first line of ``path`` that contains ``text``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} is not in {path}")


def column_of(path: Path, text: str) -> int:
    line = path.read_text(encoding="utf-8").splitlines()[line_of(path, text) - 1]
    return line.index(text) + 1
