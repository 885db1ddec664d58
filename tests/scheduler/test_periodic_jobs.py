"""All periodic work on the one APScheduler (issue 18): sending, planning, retention and the jobs the composition
root adds are separate jobs, and a planning run that takes long does not hold back sending."""

from __future__ import annotations

import asyncio

from scheduler.runner import JOB_ID, PLANNING_JOB_ID, RETENTION_JOB_ID, ReminderRunner


async def test_sending_runs_while_a_long_planning_run_is_under_way() -> None:
    planning_started, planning_may_end, sent = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def plan() -> object:
        planning_started.set()
        await planning_may_end.wait()  # a day for a million children
        return None

    async def dispatch() -> object:
        sent.set()
        return None

    runner = ReminderRunner(plan, dispatch, 30, grace_seconds=1)
    runner.start()
    try:
        await asyncio.wait_for(planning_started.wait(), timeout=5)
        await asyncio.wait_for(sent.wait(), timeout=5)  # not behind the planning run
    finally:
        planning_may_end.set()
        await runner.stop()


async def test_every_periodic_job_is_on_the_one_scheduler_and_runs_at_start() -> None:
    ran: dict[str, asyncio.Event] = {name: asyncio.Event() for name in ("retention", "rollup", "reload")}

    def marking(name: str):  # noqa: ANN202
        async def work() -> object:
            ran[name].set()
            return None
        return work

    async def nothing() -> object:
        return None

    runner = ReminderRunner(nothing, nothing, 30, daily=marking("retention"))
    runner.add_periodic("dashboard-rollup", marking("rollup"), 30)
    runner.add_periodic("content-reload", marking("reload"), 3)
    runner.start()
    try:
        assert runner.scheduler is not None
        jobs = {job.id: job for job in runner.scheduler.get_jobs()}
        assert set(jobs) == {JOB_ID, PLANNING_JOB_ID, RETENTION_JOB_ID, "dashboard-rollup", "content-reload"}
        assert all(job.coalesce and job.max_instances == 1 for job in jobs.values())
        assert jobs["content-reload"].trigger.interval.total_seconds() == 3
        await asyncio.wait_for(asyncio.gather(*(event.wait() for event in ran.values())), timeout=5)
    finally:
        await runner.stop()


async def test_a_failing_job_is_logged_by_name_and_the_others_go_on(caplog) -> None:
    async def failing() -> object:
        raise RuntimeError("a bug")

    async def nothing() -> object:
        return None

    runner = ReminderRunner(nothing, nothing, 30)
    runner.add_periodic("dashboard-rollup", failing, 30)
    runner.start()
    try:
        report = await runner.send_tick()
        for _ in range(50):
            if "dashboard-rollup failed: RuntimeError" in caplog.text:
                break
            await asyncio.sleep(0.05)
    finally:
        await runner.stop()
    assert "dashboard-rollup failed: RuntimeError" in caplog.text and not report.failed
