"""A weekday or hour chosen in ⚙️ Settings re-plans the family's pending weekly tips (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.clock import FixedClock
from bot.core.conversation import Conversation
from bot.core.library import Library
from bot.i18n.translator import Translator
from bot.inbound.inbox import Inbox
from bot.storage.database import Database
from scheduler.calendar import DeliveryCalendar
from tests.fakes.chat import ChatDriver
from tests.scheduler.outbox_rows import library, local, translator
from tests.scheduler.planner_world import outbox, planner

MONDAY_9 = local(2026, 4, 27, 9)


@dataclass
class SettingsApp:
    database: Database
    inbox: Inbox
    translator: Translator
    library: Library


@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "sr-Cyrl", "en"])
async def test_a_new_weekday_and_hour_move_the_pending_weekly_tips(fast_database: Database, locale: str) -> None:
    clock = FixedClock(MONDAY_9)
    app = SettingsApp(fast_database, Inbox(fast_database, Conversation(library, clock), translator, clock),
                      translator(), library())
    parent = ChatDriver(app)  # type: ignore[arg-type]
    await parent.onboard(locale, nickname="Mila", born="10.1.2026")
    plan = planner(fast_database, clock)
    await plan.tick()
    calendar = DeliveryCalendar()
    before = await outbox(fast_database, kind="tip", state="pending")
    assert before and {calendar.local_day(row["due_at"]).weekday() for row in before} == {1}  # Tuesday

    await parent.press_id("menu-settings")
    await parent.press_id("settings-reminders")
    await parent.press_id("settings-button-day")
    await parent.press_id("settings-day-fri")
    await parent.press_id("settings-button-hour")
    await parent.press_id("settings-hour", hour=18)
    await plan.tick()

    after = await outbox(fast_database, kind="tip", state="pending")
    assert after and {calendar.local_day(row["due_at"]).weekday() for row in after} == {4}  # Friday
    assert {row["due_at"].astimezone(calendar.zone).hour for row in after} == {18}
    cancelled = await outbox(fast_database, kind="tip", state="cancelled")
    assert {row["id"] for row in cancelled} == {row["id"] for row in before}
