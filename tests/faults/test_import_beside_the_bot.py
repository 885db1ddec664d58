"""`cavororo families import` of a big roster in its own process while the bot answers parents on the same SQLite
file (issue 18, defect 1): the import commits in short transactions, so parents' turns get in between; a turn that
cannot get the database in time gets "try again in a moment", never an error or no answer."""

from __future__ import annotations

import asyncio
import csv
import os
import sys
import time
from pathlib import Path

from bot.core.messages import ChannelUser, Inbound, Text
from tests.fakes.chat import CONTENT, make_app
from tests.mediators.test_import import HEADER, _mediator

ROOT = Path(__file__).resolve().parents[2]
FAMILIES = 2000


def roster(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        rows = csv.writer(out)
        for n in range(FAMILIES):
            rows.writerow([f"Mira {n}", "rom", f"064{1_000_000 + n}", "Altina", "Luka", "3.3.2025", "", "da"])


async def test_parents_are_answered_while_a_big_roster_is_imported(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    mediator = await _mediator(url)
    roster(tmp_path / "roster.csv")
    app = await make_app(url)
    app.inbox.limiter = None
    user = ChannelUser("telegram", "4242")
    try_again = app.translator.format("sr-Latn", Text("outage-try-again"))
    importer = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "families", "import", str(tmp_path / "roster.csv"), "--mediator", str(mediator),
        "--db", url, "--invitations", str(tmp_path / "invitations"), cwd=ROOT,
        env={**os.environ, "CONTENT_DIR": str(CONTENT)}, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    answers: list[tuple[float, str]] = []  # (seconds the turn took, first reply)
    turn = 0
    try:
        while importer.returncode is None:
            turn += 1
            started = time.perf_counter()
            replies = await app.inbox.handle(Inbound(user, start=""), inbound_id=str(turn))
            assert replies, "a turn got no answer"
            answers.append((time.perf_counter() - started, replies[0].text))
            try:
                await asyncio.wait_for(importer.wait(), 0.2)
            except TimeoutError:
                pass
        out, err = await importer.communicate()
    finally:
        await app.close()
    assert importer.returncode == 0, err.decode()
    assert f"{FAMILIES} families created" in out.decode()
    assert len(answers) >= 10, "the import was too quick to overlap the turns"
    answered = [text for _, text in answers if text != try_again]
    assert len(answered) >= len(answers) // 2, f"{len(answers) - len(answered)} of {len(answers)} turns were refused"
    assert max(seconds for seconds, _ in answers) < 6.0
