"""Telegram inbound load: N simulated parents chatting through the fake Bot API with the real `cavororo serve`.

    .venv/bin/python -m bench.telegram_load                      # both modes, 200 parents, 20 s measured each
    .venv/bin/python -m bench.telegram_load --mode webhook --users 300 --seconds 20

The server runs as a subprocess (``python -m bot serve``) on a fresh SQLite file, pointed at the fake Bot API
(tests/fakes/telegram_api.py) running in this process. Each parent onboards (warm-up, not measured), then loops:
press a menu button or type, wait for the bot's answer, think (exponential, ``--think`` seconds on average).

Figures per mode: updates/s answered in the measured window, and server-side latency: from the moment the update
left the fake (the webhook POST started / the getUpdates answer was written) to the bot's first answering
sendMessage arriving at the fake. For polling, also the latency from the update being queued (it waits in the fake
while the bot processes the previous batch), and the CPU the server used. Prints one JSON object per mode.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SECRET = secrets.token_urlsafe(24)
# What a parent does: ("text", what they type) or ("press", the button's data).
ONBOARDING = (("text", "/start"), ("press", "lang:en"), ("press", "consent:yes"), ("text", "Mila"),
              ("text", "{born}"), ("press", "early:no"))
LOOP = (("press", "m:tip"), ("press", "m:plan"), ("press", "menu"), ("press", "m:help"), ("press", "m:kids"),
        ("text", "/menu"), ("text", "hello"))
ANSWER_TIMEOUT_S = 10.0


@dataclass
class Stats:
    server_ms: list[float] = field(default_factory=list)
    queued_ms: list[float] = field(default_factory=list)
    sent: int = 0
    lost: int = 0  # no answer within ANSWER_TIMEOUT_S
    refused: int = 0  # webhook POST not answered 200


@dataclass
class Parent:
    chat_id: int
    waiting: asyncio.Future[float] | None = None
    update_id: int = -1  # the update waiting for its answer


class Load:
    def __init__(self, fake: Any, updates: Any, mode: str, users: int, think: float) -> None:
        self.fake, self.updates, self.mode, self.think = fake, updates, mode, think
        self.parents = {chat_id: Parent(chat_id) for chat_id in range(1, users + 1)}
        self.stats = Stats()
        self.measuring = False
        self.born = (datetime.now(UTC).date() - timedelta(days=100)).strftime("%d.%m.%Y")
        fake.on_call = self._on_call

    def _on_call(self, call: Any) -> None:
        parent = self.parents.get(call.chat_id) if call.method.startswith("send") and call.status == 200 else None
        if parent is None or parent.waiting is None or parent.waiting.done():
            return
        delivered = self.fake.delivered_at.get(parent.update_id)
        if delivered is not None and call.at >= delivered:  # not the tail of the previous answer
            parent.waiting.set_result(call.at)

    def _update(self, chat_id: int, step: tuple[str, str]) -> dict[str, Any]:
        uid = self.fake.next_update_id()
        kind, value = step
        if kind == "press":
            return self.updates.callback_update(uid, chat_id, value)
        return self.updates.message_update(uid, chat_id, text=value.format(born=self.born))

    async def say(self, parent: Parent, step: tuple[str, str]) -> None:
        update = self._update(parent.chat_id, step)
        parent.waiting = asyncio.get_running_loop().create_future()
        parent.update_id = update["update_id"]
        queued = time.monotonic()
        if self.mode == "webhook":
            if await self.fake.post_update(update) != 200:
                self.stats.refused += 1
        else:
            self.fake.queue(update)
        try:
            answered = await asyncio.wait_for(parent.waiting, ANSWER_TIMEOUT_S)
        except TimeoutError:
            self.stats.lost += self.measuring
            return
        if self.measuring:
            self.stats.sent += 1
            self.stats.server_ms.append((answered - self.fake.delivered_at[update["update_id"]]) * 1000)
            self.stats.queued_ms.append((answered - queued) * 1000)

    async def onboard(self, parent: Parent) -> None:
        await asyncio.sleep(random.uniform(0, 2.0))
        for step in ONBOARDING:
            await self.say(parent, step)

    async def chat(self, parent: Parent) -> None:
        for step in iter(lambda: random.choice(LOOP), None):
            await asyncio.sleep(random.expovariate(1 / self.think))
            await self.say(parent, step)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.asynccontextmanager
async def serving(env: dict[str, str], log: Path, profile: Path | None) -> AsyncIterator[subprocess.Popen[bytes]]:
    profiler = ["-m", "cProfile", "-o", str(profile)] if profile else []
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, *profiler, "-m", "bot", "serve"], cwd=ROOT,
                                   env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield process
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.to_thread(process.wait, 30)
            except subprocess.TimeoutExpired:
                process.kill()


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 10) - 1] if len(values) > 1 else 0.0


async def run_mode(mode: str, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from tests.fakes import telegram_updates as updates
    from tests.fakes.telegram_api import TOKEN, FakeTelegram

    fake = await FakeTelegram().start()
    port = _free_port()
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE": fake.base_url, "HOST": "127.0.0.1", "PORT": str(port),
           "DATABASE_URL": args.db or f"sqlite+aiosqlite:///{work / f'{mode}.sqlite3'}", "LOG_LEVEL": "WARNING",
           "SCHEDULER_TICK_SECONDS": "86400", "INBOUND_RATE_PER_MINUTE": "0"}  # simulated parents outpace the limit
    if mode == "webhook":
        env |= {"TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram/hook", "TELEGRAM_WEBHOOK_SECRET": SECRET}
    load = Load(fake, updates, mode, args.users, args.think)
    try:
        profile = work / f"{mode}.prof" if args.profile else None
        async with serving(env, work / f"{mode}.log", profile) as process:
            def ready() -> bool:
                return bool(fake.webhook if mode == "webhook" else fake.methods("getUpdates"))

            await fake.wait_for(lambda: ready() or process.poll() is not None, timeout=120)
            if process.poll() is not None:
                raise SystemExit(f"cavororo serve ended early; see {work / f'{mode}.log'}")
            await asyncio.gather(*(load.onboard(p) for p in load.parents.values()))
            chats = [asyncio.create_task(load.chat(p)) for p in load.parents.values()]
            await asyncio.sleep(args.think)  # let the loop reach its steady state
            server_cpu, bench_cpu = _cpu_seconds(process.pid), time.process_time()
            load.measuring, started = True, time.monotonic()
            await asyncio.sleep(args.seconds)
            load.measuring, elapsed = False, time.monotonic() - started
            server_cpu = _cpu_seconds(process.pid) - server_cpu
            bench_cpu = time.process_time() - bench_cpu
            for task in chats:
                task.cancel()
            await asyncio.gather(*chats, return_exceptions=True)
    finally:
        await fake.close()
    stats = load.stats
    return {"mode": mode, "users": args.users, "seconds": round(elapsed, 1),
            "updates_per_s": round(stats.sent / elapsed, 1),
            "p50_ms": round(_percentile(stats.server_ms, 50), 1), "p99_ms": round(_percentile(stats.server_ms, 99), 1),
            "max_ms": round(max(stats.server_ms, default=0.0), 1),
            "queued_p99_ms": round(_percentile(stats.queued_ms, 99), 1), "lost": stats.lost, "refused": stats.refused,
            "server_cpu_%": round(100 * server_cpu / elapsed), "bench_cpu_%": round(100 * bench_cpu / elapsed),
            "server_cpu_ms_per_update": round(1000 * server_cpu / max(stats.sent, 1), 1),
            "load_avg_1m": round(os.getloadavg()[0], 1)}  # other work on the machine while measuring


async def main_async(args: argparse.Namespace) -> None:
    modes = ("webhook", "polling") if args.mode == "both" else (args.mode,)
    with tempfile.TemporaryDirectory(prefix="cavororo-telegram-bench-") as tmp:
        work = Path(args.workdir) if args.workdir else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = [await run_mode(mode, args, work) for mode in modes]
    for row in rows:
        print(json.dumps(row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("webhook", "polling", "both"), default="both")
    parser.add_argument("--users", type=int, default=200, help="simulated parents (default 200)")
    parser.add_argument("--seconds", type=float, default=20.0, help="measured window per mode (default 20)")
    parser.add_argument("--think", type=float, default=1.5, help="mean pause between a parent's inputs, s")
    parser.add_argument("--db", help="database URL for the server (default: a fresh SQLite file per mode)")
    parser.add_argument("--profile", action="store_true", help="run the server under cProfile (<workdir>/<mode>.prof)")
    parser.add_argument("--workdir", help="keep the databases and server logs here (default: a temporary folder)")
    args = parser.parse_args()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
