"""Every benchmark in bench/ still runs: each once, as ``python -m bench.<name>``, at a tiny size.

The figures of docs/performance.md come from full-size runs; these only make sure no bench rots unnoticed (an
import, a table or a signature that moved). Each prints JSON objects, one a line; the last one is checked.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import _postgres_schema_url, postgres_url

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 300  # a few seconds each on an idle machine; generous for a loaded one


def _run(name: str, *args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", f"bench.{name}", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=TIMEOUT_S, check=False)
    assert done.returncode == 0, f"bench.{name} failed:\n{done.stderr[-3000:]}"
    last = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(last, dict)
    return last


@pytest.mark.parametrize(("name", "args", "check"), [
    pytest.param("plan_bench", ("--children", "30"), "pending_rows", id="planning"),
    pytest.param("dashboard_bench", ("--children", "30", "--rounds", "1"), "slowest_seconds", id="dashboard"),
    pytest.param("turn_bench", ("--users", "2", "--turns", "10"), "turns_per_s", id="turns"),
    pytest.param("telegram_load", ("--mode", "webhook", "--users", "2", "--seconds", "1", "--think", "0.3"),
                 "updates_per_s", id="telegram-load"),
])
def test_each_bench_runs_at_a_tiny_size(tmp_path: Path, name: str, args: tuple[str, ...], check: str) -> None:
    on_file = name in ("plan_bench", "dashboard_bench")
    extra = ("--db", f"sqlite+aiosqlite:///{tmp_path / 'bench.sqlite3'}") if on_file else ()
    last = _run(name, *args, *extra)
    assert check in last, last


def test_the_sending_bench_sends_every_message() -> None:
    assert _run("dispatch_bench", "--families", "4", "--batch", "2")["all_sent"] is True


def test_the_trust_bench_chats_and_reports_its_reminder_batch(tmp_path: Path) -> None:
    last = _run("trust_load", "--parents", "1", "--children", "10", "--duration", "1", "--think", "0.5",
                "--workdir", str(tmp_path))
    assert last["lost"] == 0 and "reminders_sent" in last, last


@pytest.mark.postgres
async def test_the_claiming_bench_runs_on_postgresql() -> None:
    async with _postgres_schema_url():  # skips (or fails under CAVORORO_REQUIRE_PG=1) without a server
        pass
    last = _run("claim_bench", "--db", postgres_url(), "--families", "40", "--workers", "2", "--batch", "10")
    assert last["claimed_twice"] == 0, last
