"""The main menu's actions: a tip now, the vaccine plan, where to get help, my children, help."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.core import guides, onboarding
from bot.core.age import age_in_days, corrected_age_days
from bot.core.family import Child
from bot.core.messages import Button, Lines, Text
from bot.core.plan_view import plan as plan  # the vaccine plan: a menu action like the others
from bot.core.tips import tip_for_now
from bot.core.turn import Turn, button, child_name, menu_buttons
from bot.core.voice import voice_on

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
    entry = tip_for_now(t.library.tips, age, await t.store.seen_tips(child.id),
                        chronological=age_in_days(child.birth_date, t.today), month=t.today.month)
    if entry is None:
        t.say_with_menu(Text("tip-none-left", {"name": child_name(child)}))
        return
    await t.store.mark_tip_seen(child.id, entry.id, t.now)
    t.say(Text("tip-header", {"name": child_name(child), "age": t.age(child)}), Text(entry.id),
          buttons=guides.tip_buttons(entry, t.library) + menu_buttons(), media=entry.media,
          voice=(entry.id,) if t.family is not None and voice_on(t.family.voice_notes, t.chat.locale) else ())


async def children(t: Turn) -> None:
    kids = await t.children()
    rows: list[tuple[Button, ...]] = [(button("kids:add", "children-add"),)]
    if kids:
        lines = tuple(Text("children-item", {"name": child_name(c), "age": t.age(c), "born": c.birth_date})
                      for c in kids)
        lead = Text("children-list", {"items": Lines(lines), "count": len(kids)})
        rows += [(button("kids:how", "children-how"),),  # 📈 milestone check-ins (bot.core.checkin_dialog)
                 (button("kids:rename", "children-rename"), button("kids:early", "children-early")),
                 (button("kids:date", "children-change-date"), button("kids:gender", "children-set-gender")),
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


def help_text(t: Turn) -> None:
    t.say(Text("help-text"), buttons=menu_buttons() if t.onboarded else ())
