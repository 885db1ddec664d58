"""No real secret in the repository: the files git tracks (and new files it would add) hold no token or key.

Telegram bot tokens look like ``<8-10 digits>:<35 characters>``, Viber auth tokens like three groups of 16 hex
digits; private keys have a PEM header. Test tokens are made up and allowed only where listed below, each with
the file it belongs to. Secrets come from the environment or a ``.env`` file, which git must ignore.
Git is only read (``ls-files``, ``check-ignore``).
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = {
    "telegram bot token": re.compile(r"(?<![\w-])\d{8,10}:[A-Za-z0-9_-]{35}(?![\w-])"),
    "viber auth token": re.compile(r"\b[0-9a-fA-F]{16}-[0-9a-fA-F]{16}-[0-9a-fA-F]{16}\b"),
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----"),
}
# Made-up tokens of the test fakes: (the file that uses it, token). Anything else that looks like a token fails.
FAKE_TOKENS = {
    ("tests/channels/viber/harness.py", "4f1c2b9a8d7e6f50-1a2b3c4d5e6f7a8b-9c0d1e2f3a4b5c6d"),
}
SECRET_KEYS = re.compile(r"^\s*#?\s*([A-Z_]*(?:TOKEN|SECRET|PASSWORD|KEY)[A-Z_]*)\s*=(.*)$")


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


@cache
def repository_files() -> tuple[str, ...]:
    """Tracked files, and untracked ones git does not ignore (they are what the next commit may add)."""
    listed = git("ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")
    return tuple(sorted({name for name in listed if name and (ROOT / name).is_file()}))


def text_of(name: str) -> str | None:
    try:
        return (ROOT / name).read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return None  # binary (images, audio): no token is typed into those


def findings(name: str, text: str) -> list[str]:
    return [f"{name}: {kind} {match.group(0)[:12]}..." for kind, pattern in PATTERNS.items()
            for match in pattern.finditer(text) if match.group(0) not in {token for _, token in FAKE_TOKENS}]


def test_no_file_in_the_repository_holds_something_like_a_real_token() -> None:
    files = repository_files()
    assert "bot/config.py" in files and len(files) > 100  # the scan sees the repository
    found = [line for name in files if (text := text_of(name)) is not None for line in findings(name, text)]
    assert found == []


def test_the_listed_fake_tokens_are_still_where_they_are_listed() -> None:
    for name, token in FAKE_TOKENS:  # a stale list would let a real token slip in under an old name
        assert token in (text_of(name) or ""), f"{name} no longer holds its fake token: update FAKE_TOKENS"


# Built at run time, so this file holds no token-shaped text itself.
@pytest.mark.parametrize("text", [f"TOKEN = '{'1' * 9}:{'AbC_-' * 7}'", "auth: " + "-".join(["0123456789abcdef"] * 3),
                                  "-----BEGIN " + "OPENSSH PRIVATE KEY-----"],
                         ids=["telegram", "viber", "private-key"])
def test_the_scan_recognises_token_shapes(text: str) -> None:
    assert findings("somewhere.py", text)


def test_the_env_file_is_ignored_by_git() -> None:
    assert git("check-ignore", ".env").strip() == ".env"
    assert ".env" not in repository_files()


def test_the_env_example_has_no_secret_values() -> None:
    filled = []
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        match = SECRET_KEYS.match(line)
        if match and (value := match.group(2).strip()) and not value.startswith("("):
            filled.append(match.group(1))
    assert filled == []
