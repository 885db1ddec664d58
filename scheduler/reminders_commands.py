"""``cavororo reminders preview --child ID`` and ``cavororo reminders due --at "2026-12-01 09:00"``.

- ``preview``: a child's whole plan (the first seven years, from its enrolment) with local send times, in the
  family's language (or ``--lang``), and what became of each reminder already in the outbox.
- ``due``: what would go out at a local moment: the day is planned the way the planner would plan it then,
  inside a transaction that is rolled back (nothing is written), and each family's rows of that day are shown
  as the ONE message the dispatcher composes from them (``scheduler/compose.py``). Activity check-backs due by
  then (of tips already delivered) are planned too and shown in the message like the other kinds; a Viber family
  whose only rows are check-backs gets a note that they go out only inside the free 24-hour window
  (``scheduler/claims.py``: never a paid message of their own), else with the family's next message.

Both take ``--db`` (default: DATABASE_URL). Registered in bot.cli.COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.catalog import load_library
from bot.clock import SystemClock
from bot.config import Settings
from bot.core import checkbacks
from bot.core.age import describe_age
from bot.core.messages import LOCALES, SERBIAN_LATIN, Text
from bot.i18n import RenderedMessage, Translator, render
from bot.storage import Database, SqlStore, migrate
from bot.storage.outbox import FamilyAddress, OutboxEntry, OutboxRepository, PlannedRow
from scheduler.calendar import DeliveryCalendar
from scheduler.compose import DueItem, compose
from scheduler.planner import Planner
from scheduler.timeline import BEFORE_DAYS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reminders = subparsers.add_parser("reminders", help="see what the reminders planner plans and sends")
    commands = reminders.add_subparsers(dest="reminders_command", required=True)
    preview = commands.add_parser("preview", help="a child's whole plan with local send times")
    preview.add_argument("--child", type=int, required=True, help="the child's id")
    due = commands.add_parser(
        "due", help="what would go out at a local time (reminders, tips, check-backs), one message per family")
    due.add_argument("--at", required=True, type=local_moment, help='local time (in TIMEZONE): "YYYY-MM-DD HH:MM"')
    for command in (preview, due):
        command.add_argument("--lang", choices=LOCALES, help="show it in this language instead of the family's")
        command.add_argument("--db", help="database URL (default: DATABASE_URL or ./cavororo.sqlite3)")
    preview.set_defaults(run=_preview)
    due.set_defaults(run=_due)


def local_moment(text: str) -> tuple[date, int, int]:
    """``YYYY-MM-DD HH:MM`` (or with a T) as (day, hour, minute); argparse reports a bad one."""
    try:
        day_text, clock = text.strip().replace("T", " ").split()
        hour, minute = (int(part) for part in clock.split(":"))
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise ValueError(clock)
        return date.fromisoformat(day_text), hour, minute
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a local time like 2026-12-01 09:00: {text!r}") from None


class _Tools:
    """Settings, database, content and planner for one command."""

    def __init__(self, args: argparse.Namespace) -> None:
        from bot.config import settings_from

        self.settings: Settings = settings_from(args)
        self.database = Database.from_url(self.settings.database_url)
        self.sessions = async_sessionmaker(self.database.engine, expire_on_commit=False)
        self.translator = Translator.from_directory(
            self.settings.content_dir, show_unreviewed_romani=self.settings.show_unreviewed_romani,
            zone=ZoneInfo(self.settings.timezone),
        )
        self.library = load_library(self.settings.content_dir)
        self.calendar = DeliveryCalendar.from_settings(self.settings)
        self.planner = Planner(self.database, self.library, self.calendar, SystemClock(self.settings.timezone),
                               remind_unverified=self.settings.remind_unverified)
        self.lang: str | None = args.lang

    def say(self, locale: str, message_id: str, **args: object) -> None:
        sys.stdout.write(self.translator.format(locale, Text(message_id, args)) + "\n")

    def moment(self, instant: datetime) -> tuple[date, str]:
        local = self.calendar.local_time(instant)
        return local.date(), f"{local:%H:%M}"

    def locale(self, address: FamilyAddress | None) -> str:
        return self.lang or (address.locale if address is not None and address.locale else SERBIAN_LATIN)


async def _run(args: argparse.Namespace, command: Callable[[_Tools, AsyncSession], Awaitable[None]]) -> None:
    """Run ``command`` on a migrated database, in a transaction that is rolled back: commands only look."""
    tools = _Tools(args)
    try:
        await migrate(tools.database.engine, tools.settings.timezone)
        async with tools.sessions() as session:
            transaction = await session.begin()
            try:
                await command(tools, session)
            finally:
                await transaction.rollback()
    finally:
        await tools.database.dispose()


async def _preview(args: argparse.Namespace) -> None:
    async def show(tools: _Tools, session: AsyncSession) -> None:
        await _show_plan(tools, session, args.child)

    await _run(args, show)


async def _show_plan(tools: _Tools, session: AsyncSession, child_id: int) -> None:
    outbox = OutboxRepository(session)
    snapshot = await outbox.snapshot(child_id)
    if snapshot is None:
        tools.say(tools.lang or SERBIAN_LATIN, "planner-preview-none", child=child_id)
        return
    existing = await outbox.child_rows(child_id)
    plan: list[PlannedRow | OutboxEntry] = list(tools.planner.whole_plan_of(snapshot, existing))
    states = {entry.key: entry.state for entry in existing}
    planned = {row.key for row in plan}  # and what the outbox holds beyond the plan ("later", cancelled rows)
    plan = sorted(plan + [e for e in existing if e.key not in planned], key=lambda row: (row.due_at, row.kind))
    locale = tools.locale((await outbox.addresses([snapshot.family_id]))[snapshot.family_id])
    today = tools.calendar.local_day(SystemClock(tools.settings.timezone).now())
    age = describe_age(snapshot.birth_date, max(snapshot.birth_date, today))
    tools.say(locale, "planner-preview-header", child=child_id, age=age, language=locale, count=len(plan))
    for row in plan:
        day, time = tools.moment(row.due_at)
        state = states.get(row.key, "planned")
        tools.say(locale, "planner-preview-line", date=day, time=time, what=_what(tools, locale, row),
                  stage=_stage(row.stage), state=Text(f"planner-state-{state}"))


async def _due(args: argparse.Namespace) -> None:
    async def show(tools: _Tools, session: AsyncSession) -> None:
        day, hour, minute = args.at
        await _show_due(tools, session, tools.calendar.local_instant(day, hour, minute))

    await _run(args, show)


async def _show_due(tools: _Tools, session: AsyncSession, at: datetime) -> None:
    frame = tools.lang or "en"
    day, time = tools.moment(at)
    stamp = day.isoformat()  # the operator's frame: ISO dates
    if tools.calendar.is_quiet(at):
        until_day, until = tools.moment(tools.calendar.out_of_quiet_hours(at))
        tools.say(frame, "planner-due-quiet", date=stamp, time=time, until=f"{until_day.isoformat()} {until}")
        return
    outbox = OutboxRepository(session)
    # As serve's planner would have by then: re-planned what changed, planned the day (rolled back at the end).
    await tools.planner.tick_in(outbox, at)
    by_family: dict[int, list[OutboxEntry]] = {}
    for row in await outbox.day_rows(day):
        if row.due_at <= at:
            by_family.setdefault(row.family_id, []).append(row)
    messages = await _messages(tools, session, by_family, day)
    if not messages:
        tools.say(frame, "planner-due-none", date=stamp, time=time)
        return
    tools.say(frame, "planner-due-header", date=stamp, time=time, families=len(messages))
    for family_id, (address, sent_at, rendered) in messages.items():
        tools.say(frame, "planner-due-family", family=family_id, channel=address.channel or Text("planner-due-no-chat"),
                  language=tools.locale(address), time=tools.moment(sent_at)[1])
        sys.stdout.write(rendered.text + "\n")
        for line in rendered.buttons:
            labels = [tools.translator.format(frame, Text("planner-due-button", {"label": b.label})) for b in line]
            sys.stdout.write(" ".join(labels) + "\n")
        if address.channel == "viber" and all(row.kind == checkbacks.KIND for row in by_family[family_id]):
            tools.say(frame, "planner-due-checkback-held")  # scheduler/claims.py: never a paid message alone


async def _messages(
    tools: _Tools, session: AsyncSession, by_family: dict[int, list[OutboxEntry]], day: date
) -> dict[int, tuple[FamilyAddress, datetime, RenderedMessage]]:
    """The one message each family would get (families whose rows all drop out get none)."""
    store = SqlStore(session)
    addresses = await OutboxRepository(session).addresses(by_family)
    messages = {}
    for family_id, rows in sorted(by_family.items()):
        children = {child.id: child for child in await store.children(family_id) if child.id is not None}
        records = {child_id: await store.records(child_id) for child_id in children}
        items = [DueItem(r.id, r.child_id, r.kind, r.item, r.stage, r.due_at) for r in rows]
        composition = compose(items, children, records, tools.library, day)
        if composition.reply is not None:
            rendered = render(tools.translator, tools.locale(addresses[family_id]), composition.reply)
            messages[family_id] = (addresses[family_id], min(r.due_at for r in rows), rendered)
    return messages


def _what(tools: _Tools, locale: str, row: PlannedRow | OutboxEntry) -> Text | str:
    if row.kind == "vaccine":
        return Text("vaccine-" + row.item.replace("_", "-"))
    if row.kind == "checkup":
        return Text("visit-" + row.item.replace("_", "-"))
    if row.kind == checkbacks.KIND:  # the "Did you try ...?" question (content/<lang>/checkbacks.ftl)
        return Text("planner-item-checkback", {"question": Text("checkback-" + row.item)})
    if row.kind == "tip":  # the tip's first line, enough to recognise it
        first = tools.translator.format(locale, Text(row.item)).strip().splitlines()[0]
        return first if len(first) <= 60 else first[:59] + "…"
    return Text("planner-item-catchup")


def _stage(stage: str) -> Text:
    if stage == "before":
        return Text("planner-stage-before", {"days": BEFORE_DAYS})
    if stage.startswith("followup-"):
        return Text("planner-stage-followup", {"number": int(stage.split("-")[1])})
    if stage in ("on", "weekly", "catchup", checkbacks.STAGE):
        return Text(f"planner-stage-{stage}")
    return Text("planner-stage-again")
