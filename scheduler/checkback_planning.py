"""Planning activity check-backs (issue 19): "Did you try ...?" two days after an activity tip was delivered.

Each planner tick (``Planner.tick``) looks at the weekly tips delivered in the last ``LOOK_BACK_DAYS`` whose tip
is marked ``checkback: true`` (content/data/tips.yaml) and plans, once per delivered tip row, an outbox row of
kind ``checkback`` (item: the tip id, stage ``checkback``, key ``checkback:<tip row id>``: planning it twice
writes nothing). Its time: the family's weekly-message hour, ``DELAY_DAYS`` local days after the day the tip was
delivered, moved out of the quiet hours by the calendar (``DeliveryCalendar.slot``). Nothing is planned for a
family that stopped reminders or turned check-backs off, nor for a tip delivered so long ago that its check-back
day has passed (a planner that was down does not ask late questions).

Viber bills every message the bot starts outside the 24 hours after the parent last wrote, and a check-back must
never cost a paid message. So the dispatcher (``scheduler/claims.py``) sends a due check-back on its own only to
a family without an active Viber chat (Telegram: at its time) or inside the free window; for a family with a
Viber chat it is HELD: it goes out with the next message the family gets anyway (the parent writes, which opens
the free window, or the next weekly tip or reminder comes due), and a check-back is never sent ahead of its day.
A check-back held more than ``HOLD_DAYS`` after its day (the next weekly message is five days after it) is
dropped: the planner cancels it (``last_error`` ``too_old``), and the composer drops one claimed that late.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.checkbacks import DELAY_DAYS, HOLD_DAYS, KIND, STAGE
from bot.core.library import Library
from bot.storage.models import FamilyRow, OutboxRow, utc_now
from bot.storage.outbox_bulk import insert_ignoring
from scheduler.calendar import DeliveryCalendar

OUTBOX = OutboxRow.__table__
FAMILY = FamilyRow.__table__
LOOK_BACK_DAYS = DELAY_DAYS + 2  # tips delivered this long ago are still looked at (a planner restart)
TOO_OLD = "too_old"


def checkback_tips(library: Library) -> list[str]:
    return sorted(tip.id for tip in library.tips if tip.checkback)


def key_of(tip_row_id: int) -> str:
    return f"{KIND}:{tip_row_id}"


async def plan_checkbacks(session: AsyncSession, library: Library, calendar: DeliveryCalendar,
                          now: datetime) -> int:
    """Plan the check-backs of the marked tips delivered lately; returns how many rows are new."""
    tips = checkback_tips(library)
    if not tips:
        return 0
    today = calendar.local_day(now)
    planned = OUTBOX.alias("planned")  # a tip whose check-back exists is not read again (one index probe each)
    asked = sa.exists().where(planned.c.idempotency_key == sa.literal(f"{KIND}:") + sa.cast(OUTBOX.c.id, sa.String))
    query = (
        sa.select(OUTBOX.c.id, OUTBOX.c.family_id, OUTBOX.c.child_id, OUTBOX.c.item, OUTBOX.c.sent_at,
                  FAMILY.c.tip_hour)
        .join(FAMILY, FAMILY.c.id == OUTBOX.c.family_id)
        .where(OUTBOX.c.state == "sent", OUTBOX.c.kind == "tip", OUTBOX.c.item.in_(tips),
               OUTBOX.c.due_at >= now - timedelta(days=LOOK_BACK_DAYS + 1), OUTBOX.c.sent_at.is_not(None),
               OUTBOX.c.child_id.is_not(None), FAMILY.c.checkbacks_off.is_(False),
               FAMILY.c.reminders_stopped.is_(False), ~asked)
    )
    rows = []
    for tip_row, family_id, child_id, tip, sent_at, hour in await session.execute(query):
        day = calendar.local_day(sent_at) + timedelta(days=DELAY_DAYS)
        if day < today:
            continue  # its day has passed: not asked late
        due = calendar.slot(day, hour, not_before=now)
        rows.append({"family_id": family_id, "child_id": child_id, "kind": KIND, "item": tip, "stage": STAGE,
                     "due_at": due, "local_day": calendar.local_day(due), "idempotency_key": key_of(tip_row),
                     "schedule_version": 1, "state": "pending", "attempts": 0, "created_at": utc_now()})
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    result = await session.execute(insert_ignoring(dialect).returning(OUTBOX.c.id), rows)
    return len(result.all())


async def expire_checkbacks(session: AsyncSession, calendar: DeliveryCalendar, now: datetime) -> int:
    """Cancel the check-backs still held more than HOLD_DAYS after their day; returns how many."""
    oldest = calendar.local_day(now) - timedelta(days=HOLD_DAYS)
    result = await session.execute(
        sa.update(OUTBOX)
        .where(OUTBOX.c.kind == KIND, OUTBOX.c.state == "pending", OUTBOX.c.local_day < oldest)
        .values(state="cancelled", last_error=TOO_OLD, lease_until=None))
    return int(getattr(result, "rowcount", 0) or 0)
