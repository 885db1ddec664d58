"""Activity check-backs (issue 19, items 4-5): two days after an activity tip, one question "Did you try ...?".

A tip marked ``checkback: true`` in content/data/tips.yaml (responsive care or play and learning) is followed,
two days after it was delivered, by an outbox row of kind ``checkback`` (planned by
``scheduler/checkback_planning.py``). The weekly-message composer turns that row into the question
``checkback-<tip id>`` (content/<lang>/checkbacks.ftl) with three buttons. Button data, at most 64 bytes::

    chk:<row id>:y     👍 Yes
    chk:<row id>:n     🙁 Not yet
    chk:<row id>:h     💬 It was hard

Each answer gets one short encouraging line of its own and is kept per child with the date and the child's age
(``checkback_answer``): /mydata shows it, /delete and retention erase it, the coordinators' export counts the
answers per tip without any identity.

Every press is checked: the row must exist, be a check-back that went out, and belong to the sender's family;
otherwise the button is stale and nothing changes. A second press of an answered question says it was answered
already (the first answer stays); a press more than ``ANSWER_DAYS`` after the question was sent says the
question is closed. Neither changes anything.

The parent turns check-backs off (and on) in ⚙️ Settings → 🔔 Reminders (``set:chk:off`` / ``set:chk:on``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol, runtime_checkable

from bot.core.age import age_in_days
from bot.core.family import Child
from bot.core.messages import Button, Lines, Text
from bot.core.personal_data import CheckbackAnswer
from bot.core.turn import Turn, button, child_name

VERB = "chk"
KIND = "checkback"  # the outbox kind; its item is the tip's id, its stage STAGE
STAGE = "checkback"
DELAY_DAYS = 2  # the question comes this many days after the tip was delivered
HOLD_DAYS = 5  # Viber: held at most this long after its day (it can ride on the next weekly message), then dropped
ANSWER_DAYS = 14  # a press later than this after the question was sent is too late
ANSWERS = {"y": "yes", "n": "not_yet", "h": "hard"}  # button code -> stored answer
LABELS = {"yes": "checkback-button-yes", "not_yet": "checkback-button-not-yet", "hard": "checkback-button-hard"}
SENT_STATES = frozenset({"sent", "sending"})  # a question the parent may have seen


@dataclass(frozen=True)
class CheckbackRow:
    """A check-back outbox row as the dialog sees it."""

    id: int
    family_id: int
    child_id: int | None
    kind: str
    tip_id: str
    state: str
    sent_at: datetime | None


@runtime_checkable
class CheckbackStore(Protocol):
    """What the answers need from storage, on the same transaction as the dialog's Store."""

    async def checkback_row(self, row_id: int) -> CheckbackRow | None: ...

    async def checkback_answered(self, row_id: int) -> str | None:
        """The stored answer to this question, or None."""
        ...

    async def save_checkback_answer(self, row: CheckbackRow, child_id: int, answer: CheckbackAnswer) -> bool:
        """Keep the answer; False when this question has an answer already (the first one stays)."""
        ...

    async def cancel_checkbacks(self, family_id: int) -> int:
        """Cancel the family's check-backs not sent yet (the parent turned them off); returns how many."""
        ...


def question_id(tip_id: str) -> str:
    return f"checkback-{tip_id}"


def question(child: Child, tip_id: str) -> Text:
    """The question part of a message: the child's name and "Did you try ...?"."""
    return Text("checkback-question", {"name": child_name(child), "question": Text(question_id(tip_id))})


def answer_buttons(row_id: int, child: Child | None = None) -> tuple[Button, ...]:
    """The three answers as one row; with ``child`` (several questions in one message) each label names it."""
    if child is None:
        return tuple(button(f"{VERB}:{row_id}:{code}", LABELS[answer]) for code, answer in ANSWERS.items())
    return tuple(button(f"{VERB}:{row_id}:{code}", LABELS[answer] + "-named", name=child_name(child))
                 for code, answer in ANSWERS.items())


def too_old(due_day: date, today: date) -> bool:
    """A question whose day is more than HOLD_DAYS ago is not asked any more."""
    return due_day < today - timedelta(days=HOLD_DAYS)


def _store(t: Turn) -> CheckbackStore:
    if not isinstance(t.store, CheckbackStore):
        raise TypeError("the store cannot keep check-back answers")
    return t.store


def _menu_row() -> tuple[Button, ...]:
    return (button("menu", "button-back-to-menu"),)


async def press(t: Turn, arg: str) -> bool:
    """A ``chk:`` button; False when it is stale or forged (the caller says so, nothing changes)."""
    raw_id, _, code = arg.partition(":")
    if t.family is None or code not in ANSWERS or not raw_id.isascii() or not raw_id.isdigit() or len(raw_id) > 18:
        return False
    store = _store(t)
    row = await store.checkback_row(int(raw_id))
    if row is None or row.family_id != t.family.id or row.kind != KIND or row.child_id is None \
            or row.state not in SENT_STATES:
        return False
    child = await t.child(str(row.child_id))
    if child is None or child.id is None:
        return False
    if await store.checkback_answered(row.id) is not None:
        t.say(Text("checkback-already"), buttons=(_menu_row(),))
        return True
    if row.sent_at is not None and t.now - row.sent_at > timedelta(days=ANSWER_DAYS):
        t.say(Text("checkback-too-late"), buttons=(_menu_row(),))
        return True
    answer = ANSWERS[code]
    kept = CheckbackAnswer(row.tip_id, answer, t.now, max(age_in_days(child.birth_date, t.today), 0))
    if not await store.save_checkback_answer(row, child.id, kept):
        t.say(Text("checkback-already"), buttons=(_menu_row(),))
        return True
    t.say(Text("checkback-answer-" + answer.replace("_", "-"), {"name": child_name(child)}), buttons=(_menu_row(),))
    return True


# -- settings ------------------------------------------------------------------------------------------------


def settings_line(t: Turn) -> Text:
    assert t.family is not None
    return Text("checkback-settings-off" if t.family.checkbacks_off else "checkback-settings-on")


def settings_button(t: Turn) -> Button:
    assert t.family is not None
    if t.family.checkbacks_off:
        return button("set:chk:on", "checkback-settings-button-on")
    return button("set:chk:off", "checkback-settings-button-off")


async def switch(t: Turn, value: str) -> bool:
    """``set:chk:on`` / ``set:chk:off``: False for anything else."""
    if t.family is None or value not in ("on", "off"):
        return False
    t.family.checkbacks_off = value == "off"
    await t.store.save_family(t.family)
    if t.family.checkbacks_off and t.family.id is not None:
        await _store(t).cancel_checkbacks(t.family.id)
    return True


# -- /mydata -------------------------------------------------------------------------------------------------


def answers_text(child: Child, answers: tuple[CheckbackAnswer, ...], tip_ids: set[str]) -> Text:
    """The child's answers, oldest first (a tip no longer in the library is named by its id)."""
    lines = tuple(Text("checkback-mydata-item", {
        "date": a.answered_at, "question": Text(question_id(a.tip_id)) if a.tip_id in tip_ids else a.tip_id,
        "answer": Text(LABELS.get(a.answer, "checkback-button-hard"))}) for a in answers)
    return Text("checkback-mydata", {"name": child_name(child), "answers": Lines(lines)})
