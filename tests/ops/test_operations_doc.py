"""docs/operations.md names only commands the `cavororo` CLI has, and links to files that exist."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from bot.cli import parser

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "operations.md"


def code_block_commands() -> list[str]:
    """Lines of the sh blocks that run cavororo (not the shell function's definition)."""
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    return [line.strip() for block in blocks for line in block.splitlines()
            if line.strip().startswith("cavororo ")]


def inline_commands() -> list[str]:
    return sorted(set(re.findall(r"`(cavororo [^`]+)`", DOC.read_text(encoding="utf-8"))))


def subcommand_exists(words: list[str]) -> bool:
    """The words up to the first option or argument name a (sub)command of the CLI."""
    current: argparse.ArgumentParser = parser()
    for word in words:
        subparsers = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if word.startswith("-") or not subparsers:
            return True
        if word not in subparsers[0].choices:
            return False
        current = subparsers[0].choices[word]
    return True


def test_the_doc_shows_commands() -> None:
    assert len(code_block_commands()) >= 5 and len(inline_commands()) >= 5


@pytest.mark.parametrize("line", code_block_commands())
def test_every_command_line_parses(line: str) -> None:
    words = shlex.split(line, comments=True)
    assert parser().parse_args(words[1:]).run is not None


@pytest.mark.parametrize("command", inline_commands())
def test_every_command_named_in_the_text_exists(command: str) -> None:
    assert subcommand_exists(command.split()[1:]), command


def test_the_links_lead_to_files() -> None:
    for target in re.findall(r"\]\(([^)#:]+)\)", DOC.read_text(encoding="utf-8")):
        assert (DOC.parent / target).exists(), target


def test_the_deploy_files_it_names_exist() -> None:
    for name in set(re.findall(r"deploy/[\w./@-]+[\w@]", DOC.read_text(encoding="utf-8"))):
        assert (ROOT / name).exists(), name
