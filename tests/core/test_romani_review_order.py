"""The order of "🗣 Romani texts": her families' coming tips, then the reminders, then the menus, then the rest."""

from __future__ import annotations

from datetime import date

from bot.core.library import TipEntry
from bot.core.romani_review import ReviewItem, coming_tips, order


def item(message_id: str, file: str) -> ReviewItem:
    return ReviewItem(message_id, file, "rom", "sr", "f" * 16)


def tip(tip_id: str, start: int, end: int) -> TipEntry:
    return TipEntry(tip_id, start, end, "health")


TIPS = [tip("tip-now", 50, 80), tip("tip-in-two-weeks", 74, 100), tip("tip-in-two-months", 120, 150),
        tip("tip-past", 10, 40)]


def test_coming_tips_are_those_of_the_next_four_weeks_soonest_first():
    today = date(2026, 11, 22)
    born = date(2026, 9, 1)  # 82 days old
    assert coming_tips(TIPS, [(born, None)], today) == ["tip-in-two-weeks"]
    assert coming_tips(TIPS, [(date(2026, 9, 20), None)], today) == ["tip-now", "tip-in-two-weeks"]  # 63 days


def test_a_premature_babys_tips_go_by_the_corrected_age():
    today = date(2026, 11, 22)
    assert coming_tips(TIPS, [(date(2026, 9, 1), 32)], today) == ["tip-past", "tip-now"]  # 82 - 56 = 26 days


def test_the_queue_puts_coming_tips_then_reminders_then_menus_then_the_rest():
    items = [item("about", "privacy.ftl"), item("menu-tip", "menu.ftl"), item("tip-b", "tips.ftl"),
             item("reminder-due", "reminders.ftl"), item("tip-a", "tips.ftl"), item("button-ok", "gender.ftl")]
    assert [i.message_id for i in order(items, ["tip-a", "tip-b"])] == [
        "tip-a", "tip-b", "reminder-due", "menu-tip", "button-ok", "about"]
    assert [i.message_id for i in order(items, [])] == [
        "reminder-due", "menu-tip", "button-ok", "about", "tip-b", "tip-a"]
