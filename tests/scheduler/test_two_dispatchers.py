"""Two dispatcher processes on one PostgreSQL database never send the same row (FOR UPDATE SKIP LOCKED)."""

from __future__ import annotations

import asyncio
import json

import pytest

from bot.storage import Database, make_engine, migrate
from tests.conftest import _postgres_schema_url
from tests.fakes.recording_api import RecordingApi
from tests.scheduler.outbox_rows import local, seed_many
from tests.scheduler.test_crash import NOW, start_worker, states

FAMILIES = 60


@pytest.mark.postgres
async def test_two_dispatcher_processes_share_the_work_and_never_send_a_row_twice() -> None:
    async with _postgres_schema_url() as url:
        await migrate(url)
        database = Database(make_engine(url))
        users = await seed_many(database, FAMILIES, "p", (("vaccine", "pcv_2", local(2026, 4, 27, 8)),
                                                          ("checkup", "checkup_3_5m", local(2026, 4, 27, 9))))
        api = await RecordingApi().start()
        api.delay = 0.01
        try:
            workers = [await start_worker(url, api, NOW.isoformat(), "--go", "--batch", "4") for _ in range(2)]
            for worker in workers:
                assert worker.stdout is not None
                assert (await asyncio.wait_for(worker.stdout.readline(), timeout=60)) == b"ready\n"
            results = await asyncio.wait_for(asyncio.gather(*(w.communicate(b"go\n") for w in workers)), 90)
        finally:
            await api.close()
        for worker, (_, err) in zip(workers, results, strict=True):
            assert worker.returncode == 0, err.decode()
        reports = [json.loads(out.decode().splitlines()[-1]) for out, _ in results]

        assert sorted(api.per_user().items()) == sorted((user, 1) for user in users)
        assert sum(r["sent"] for r in reports) == FAMILIES
        assert sum(r["claimed_rows"] for r in reports) == 2 * FAMILIES
        assert all(r["sent"] > 0 for r in reports), "both dispatchers should have taken part"
        assert await states(database) == {"sent": 2 * FAMILIES}
        await database.dispose()
