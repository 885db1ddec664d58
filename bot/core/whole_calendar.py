"""The whole calendar of one child to six years: every dose and check-up with its date or date range.

One message (about 2,500 characters: within Telegram's 4,096 and Viber's 7,000), dates as digits the way the
vaccination card writes them. Button data: ``cal:<child id>``.
"""

from __future__ import annotations

from datetime import date

from bot.core.age import add_months
from bot.core.family import Child
from bot.core.messages import Lines, Text
from bot.core.plan_view import carries_mark, dose_text, numeric, plan_items, visit_text
from bot.core.schedule import PlanItem, Status, VisitItem, checkup_plan
from bot.core.turn import Turn, button, child_name

YEARS = 6


def _when(start: date, end: date) -> str:
    return numeric(start) if start == end else f"{numeric(start)}–{numeric(end)}"


def _state(item: PlanItem) -> Text | str:
    if item.status is Status.DONE:
        if item.given_on is not None and item.date_known:
            return Text("record-calendar-done", {"date": numeric(item.given_on)})
        return Text("record-calendar-done-undated")
    if item.status is Status.WAITING and item.after is not None:
        return Text("record-calendar-waiting", {"previous": Text("vaccine-short-" + item.after.id.replace("_", "-"))})
    states = {Status.OVERDUE: "record-calendar-late", Status.DUE: "record-calendar-due",
              Status.AT_BIRTH: "record-calendar-at-birth"}
    return Text(states[item.status]) if item.status in states else ""


def _dose_line(item: PlanItem) -> tuple[date, int, Text]:
    start = item.due_on if item.status is Status.AT_BIRTH else item.window_start
    end = item.due_on if item.status is Status.AT_BIRTH else item.window_end
    state = _state(item)
    args = {"when": _when(start, end), "name": dose_text(item)}
    return start, 0, Text("record-calendar-dose-state", {**args, "state": state}) if state else \
        Text("record-calendar-dose", args)


def _visit_line(item: VisitItem) -> tuple[date, int, Text]:
    return item.window_start, 1, Text("record-calendar-visit", {"when": _when(item.window_start, item.window_end),
                                                                "name": visit_text(item)})


async def show(t: Turn, child: Child) -> None:
    last = add_months(child.birth_date, 12 * YEARS)
    lines = [_dose_line(i) for i in await plan_items(t, child) if i.due_on <= last]
    lines += [_visit_line(v) for v in checkup_plan(child.birth_date, t.today, t.library.visits) if v.due_on <= last]
    texts = tuple(text for _, _, text in sorted(lines, key=lambda line: (line[0], line[1])))
    parts = [Text("record-calendar", {"name": child_name(child), "born": child.birth_date, "items": Lines(texts)})]
    if carries_mark(texts):
        parts.append(Text("plan-unverified-note"))
    t.say(*parts, buttons=((button(f"plan:{child.id}", "reminders-button-plan"),),
                           (button("menu", "button-back-to-menu"),)))
