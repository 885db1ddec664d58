"""The main menu's actions: a tip now, the vaccine plan, where to get help, my children, help."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from bot.core import onboarding
from bot.core.age import corrected_age_days
from bot.core.family import Child
from bot.core.messages import Button, Lines, Text
from bot.core.schedule import PlanItem, Status, VisitItem, checkup_plan, vaccine_plan
from bot.core.tips import tip_for_now
from bot.core.turn import Turn, button, child_name, menu_buttons

ChildAction = Callable[[Turn, Child], Awaitable[None]]


async def with_child(t: Turn, verb: str, question: str, action: ChildAction) -> None:
    """Run ``action`` for the only child, or ask which child (buttons ``<verb>:<child id>``)."""
    children = await t.children()
    if not children:
        t.say(Text("children-none-yet"))
        onboarding.ask_nickname(t, "add")
    elif len(children) == 1:
        await action(t, children[0])
    else:
        t.say(Text(question), buttons=t.child_buttons(verb, children))


async def tip(t: Turn, child: Child) -> None:
    assert child.id is not None
    age = corrected_age_days(child.birth_date, t.today, child.gestational_weeks)
    entry = tip_for_now(t.library.tips, age, await t.store.seen_tips(child.id))
    if entry is None:
        t.say_with_menu(Text("tip-none-left", {"name": child_name(child)}))
        return
    await t.store.mark_tip_seen(child.id, entry.id, t.now)
    t.say_with_menu(Text("tip-header", {"name": child_name(child), "age": t.age(child)}), Text(entry.id),
                    media=entry.media)


def _vaccine(item: PlanItem) -> Text:
    name = Text("vaccine-" + item.dose.id.replace("_", "-"))
    return name if item.dose.verified else Text("plan-unverified-mark", {"name": name})


def _visit(item: VisitItem) -> Text:
    name = Text("visit-" + item.visit.id.replace("_", "-"))
    return name if item.visit.verified else Text("plan-unverified-mark", {"name": name})


def _section(message_id: str, lines: Sequence[Text]) -> list[Text]:
    return [Text(message_id, {"items": Lines(tuple(lines))})] if lines else []


def _vaccine_sections(items: list[PlanItem]) -> list[Text]:
    def having(status: Status) -> list[PlanItem]:
        return [i for i in items if i.status is status]

    upcoming = having(Status.UPCOMING)
    next_dates = sorted({i.due_on for i in upcoming})[:2]
    parts = _section("plan-overdue", [Text("plan-item-overdue", {"name": _vaccine(i), "since": i.window_end})
                                      for i in having(Status.OVERDUE)])
    parts += _section("plan-due", [Text("plan-item-due", {"name": _vaccine(i), "until": i.window_end})
                                   for i in having(Status.DUE)])
    parts += _section("plan-next", [Text("plan-item-next", {"name": _vaccine(i), "date": i.due_on})
                                    for i in upcoming if i.due_on in next_dates])
    parts += _section("plan-done", [Text("plan-item-done", {"name": _vaccine(i), "date": i.given_on})
                                    for i in having(Status.DONE)])
    parts += _section("plan-at-birth", [Text("plan-item-at-birth", {"name": _vaccine(i)})
                                        for i in having(Status.AT_BIRTH)])
    return parts


def _visit_sections(items: list[VisitItem]) -> list[Text]:
    due = [Text("plan-item-visit-due", {"name": _visit(i), "until": i.window_end})
           for i in items if i.status is Status.DUE]
    upcoming = [i for i in items if i.status is Status.UPCOMING]
    if upcoming:
        first = min(i.due_on for i in upcoming)
        due += [Text("plan-item-visit-next", {"name": _visit(i), "date": i.due_on})
                for i in upcoming if i.due_on == first]
    return _section("plan-checkups", due)


async def plan(t: Turn, child: Child) -> None:
    assert child.id is not None
    records = await t.store.records(child.id)
    items = vaccine_plan(child.birth_date, t.today, t.library.doses, records)
    visits = checkup_plan(child.birth_date, t.today, t.library.visits)
    parts = [Text("plan-header", {"name": child_name(child), "age": t.age(child)})]
    parts += _vaccine_sections(items) or [Text("plan-nothing")]
    parts += _visit_sections(visits)
    if any(not i.dose.verified for i in items) or any(not v.visit.verified for v in visits):
        parts.append(Text("plan-unverified-note"))
    parts.append(Text("plan-footer"))
    t.say_with_menu(*parts)


async def children(t: Turn) -> None:
    kids = await t.children()
    rows: list[tuple[Button, ...]] = [(button("kids:add", "children-add"),)]
    if kids:
        lines = tuple(Text("children-item", {"name": child_name(c), "age": t.age(c), "born": c.birth_date})
                      for c in kids)
        lead = Text("children-list", {"items": Lines(lines), "count": len(kids)})
        rows += [(button("kids:date", "children-change-date"),), (button("kids:gender", "children-set-gender"),),
                 (button("kids:remove", "children-remove"),)]
    else:
        lead = Text("children-none-yet")
    rows.append((button("menu", "button-back-to-menu"),))
    t.say(lead, buttons=tuple(rows))


async def ask_new_birth_date(t: Turn, child: Child) -> None:
    t.goto("change_date", child=child.id)
    t.say(Text("child-ask-new-birth-date", {"name": child_name(child), "born": child.birth_date}),
          buttons=((button("menu", "button-cancel"),),))


async def change_birth_date(t: Turn, text: str) -> None:
    child = await t.child(str(t.chat.data.get("child", "")))
    if child is None:
        t.goto("")
        t.show_menu(Text("button-stale"))
        return
    born = onboarding.read_birth_date(t, text)
    if born is None:
        return
    child.birth_date = born
    await t.store.save_child(child)
    t.goto("")
    t.show_menu(Text("child-birth-date-changed", {"name": child_name(child), "born": born}))


REMOVE_STEP = "remove"


async def confirm_remove(t: Turn, child: Child) -> None:
    t.goto(REMOVE_STEP, child=str(child.id))
    t.say(Text("child-remove-confirm", {"name": child_name(child)}),
          buttons=((button(f"rm-yes:{child.id}", "child-remove-yes"),), (button("menu", "child-remove-no"),)))


async def remove(t: Turn, child: Child) -> None:
    """Only right after the question about this very child: a replayed or stale "Yes, remove" changes nothing."""
    assert child.id is not None
    if t.chat.step != REMOVE_STEP or t.chat.data.get("child") != str(child.id):
        t.say(Text("button-stale"))
        t.goto("")
        t.show_menu()
        return
    await t.store.remove_child(child.id)
    t.goto("")
    t.show_menu(Text("child-removed", {"name": child_name(child)}))


def help_text(t: Turn) -> None:
    t.say(Text("help-text"), buttons=menu_buttons() if t.onboarded else ())
