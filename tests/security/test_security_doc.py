"""docs/security.md names the test that proves each defence: every `path::test` it names exists, every test file it
names exists, and every threat of the issue has its section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
TEST_REFERENCES = sorted(set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", DOC)))
FILE_REFERENCES = sorted(set(re.findall(r"`(tests/[\w/]+\.py)`", DOC)))
THREATS = ("Forged webhooks", "Forged callbacks", "Stolen or guessed invitation codes", "A curious mediator",
           "A leaked database file", "Token leaks", "Flooding", "Replayed updates", "Oversized and hostile bodies",
           "A malicious or careless content edit")


def test_the_doc_names_tests() -> None:
    assert len(TEST_REFERENCES) >= 40


@pytest.mark.parametrize(("path", "name"), TEST_REFERENCES, ids=[f"{p}::{n}" for p, n in TEST_REFERENCES])
def test_every_named_test_exists(path: str, name: str) -> None:
    source = (ROOT / path).read_text(encoding="utf-8")
    assert re.search(rf"^(async )?def {name}\(", source, re.MULTILINE), f"{path} has no test {name}"


@pytest.mark.parametrize("path", FILE_REFERENCES)
def test_every_named_test_file_exists(path: str) -> None:
    assert (ROOT / path).is_file()


@pytest.mark.parametrize("threat", THREATS)
def test_every_threat_has_a_section_with_defence_place_tests_and_what_is_left(threat: str) -> None:
    section = DOC.split(f"## {threat}", 1)[1].split("\n## ", 1)[0]
    for part in ("**Defence.**", "**Where.**", "**Tests.**", "**Left"):
        assert part in section, f"{threat}: no {part}"
