"""`cavororo chat`: the interactive terminal and the JSON-lines mode, as real processes and as functions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.channels.terminal import Keyboard, parse_json, parse_typed
from bot.core.messages import ChannelUser, Inbound
from bot.i18n.render import RenderedButton, RenderedMessage

ROOT = Path(__file__).resolve().parents[2]
USER = ChannelUser("terminal", "local")


def _keyboard(*labels: str) -> Keyboard:
    keyboard = Keyboard()
    buttons = tuple((RenderedButton(label, f"data-{i}"),) for i, label in enumerate(labels, 1))
    keyboard.update([RenderedMessage(text="", buttons=buttons, location=None, media=())])
    return keyboard


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        pytest.param("2", Inbound(USER, press="data-2"), id="number"),
        pytest.param("  english ", Inbound(USER, press="data-1"), id="label-any-case"),
        pytest.param("7", Inbound(USER, text="7"), id="number-without-button"),
        pytest.param("12.3.2024", Inbound(USER, text="12.3.2024"), id="text"),
        pytest.param("/start abc", Inbound(USER, start="abc"), id="start-code"),
        pytest.param("/MENU", Inbound(USER, command="menu"), id="command"),
        pytest.param("/location 44.8 20.4", Inbound(USER, location=(44.8, 20.4)), id="location"),
        pytest.param("/location here", Inbound(USER, text="/location here"), id="bad-location"),
    ],
)
def test_typed_lines_become_inbound_events(typed: str, expected: Inbound) -> None:
    assert parse_typed(typed, USER, _keyboard("English", "Srpski latinica")) == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param({"press": 9}, id="no-such-button"),
        pytest.param({"press": True}, id="bool-press"),
        pytest.param({"location": [1]}, id="short-location"),
        pytest.param({"location": ["a", "b"]}, id="text-location"),
        pytest.param({"text": "a", "press": 1}, id="two-keys"),
        pytest.param({"command": "rm -rf"}, id="unknown-command"),
        pytest.param([], id="not-an-object"),
    ],
)
def test_unreadable_json_lines_are_refused(line: object) -> None:
    with pytest.raises(ValueError):
        parse_json(line, USER, _keyboard("English"))


def _run(args: list[str], stdin: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}")
    return subprocess.run(
        [sys.executable, "-m", "bot", "chat", *args], input=stdin, capture_output=True, text=True,
        env=env, cwd=tmp_path, timeout=120, check=False,
    )


def test_jsonl_chat_onboards_and_keeps_the_family_across_runs(tmp_path: Path) -> None:
    lines = [{"start": ""}, {"press": "English"}, {"press": 1}, {"text": "Mila"}, {"text": "12.3.2025"},
             {"press": 1}, {"press": "nonsense"}, "not json", {"location": [44.8456, 20.3858]}, {"press": "📍 Map"}]
    stdin = "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n"
    first = _run(["--jsonl", "--user", "ana"], stdin, tmp_path)
    assert first.returncode == 0, first.stderr
    out = [json.loads(line) for line in first.stdout.splitlines()]
    assert out[0]["buttons"] == [["Romani čhib"], ["Srpski latinica"], ["Српски ћирилица"], ["English"]]
    assert any("12 March 2025" in o.get("text", "") for o in out)
    errors = [o for o in out if "error" in o]
    assert len(errors) == 2
    pins = [o["location"] for o in out if "location" in o]
    assert pins and pins[0]["lat"] == pytest.approx(44.8456)

    again = _run(["--jsonl", "--user", "ana"], '{"start": ""}\n', tmp_path)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout.splitlines()[0])["text"].startswith("Welcome back")


def test_interactive_chat_numbers_buttons_and_ends_cleanly_at_end_of_input(tmp_path: Path) -> None:
    result = _run([], "4\n1\nskip\n1.9.2026\n1\n/help\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "[4] English" in result.stdout
    assert "Born on 1 September 2026." in result.stdout
    assert "[1] 🤒 My child is ill" in result.stdout and "[2] 💡 Tip for my child now" in result.stdout
    assert "Traceback" not in result.stderr
