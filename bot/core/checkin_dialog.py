"""The milestone check-in in the chat (issue 19; rules in bot.core.checkins).

The weekly message offers a due check-in with one button (scheduler/compose.py); "👶 My children → 📈 How is my
child doing?" shows the answers by age and runs the current check-in at any time. Button data (at most 64 bytes):

    ci:<child>               the offer: start / ask me next week / skip
    ci-go:<child>            start (a re-check when one is due, else the current checkpoint's questions)
    ci-a:<child>:<n>:<y|n|u> the answer to question n (only in step "checkin", for that child and that question)
    ci-later:<child>         ask me next week;  ci-skip:<child>: skip this checkpoint
    ci-tell:<child>          after an act-early answer: tell the mediator (only right after that question)
    ci-how:<child>           📈 the answers by age and what comes next

Every answer is stored at once, with the day and the corrected age. A replayed or forged press is stale and
changes nothing. On Viber every reply answers the parent's own press, so nothing here is a paid message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, runtime_checkable

from bot.core import checkins
from bot.core.age import corrected_age_days
from bot.core.checkins import CheckinAnswer, CheckinStatus
from bot.core.family import Child
from bot.core.library import CheckinQuestion, Checkpoint
from bot.core.messages import Button, Lines, Text
from bot.core.services_menu import service_reply
from bot.core.turn import Turn, button, child_name

STEP = "checkin"
TELL_STEP = "checkin_tell"
DEVELOPMENT = "development"  # services.yaml links: the development counselling service
VERBS = frozenset({"ci", "ci-go", "ci-a", "ci-later", "ci-skip", "ci-tell", "ci-how"})
_ANSWER_LABELS = {checkins.YES: "checkin-button-yes", checkins.NOT_YET: "checkin-button-not-yet",
                  checkins.NOT_SURE: "checkin-button-not-sure"}
_CODE_OF = {answer: code for code, answer in checkins.CODES.items()}


@runtime_checkable
class CheckinStore(Protocol):
    """What the check-ins need from storage, on the dialog's transaction (bot.storage.checkin_answers)."""

    async def checkin_statuses(self, child_id: int) -> dict[int, CheckinStatus]: ...

    async def checkin_answers(self, child_id: int) -> list[CheckinAnswer]: ...

    async def add_checkin_answer(self, child_id: int, answer: CheckinAnswer) -> None: ...

    async def save_checkin_status(self, child_id: int, status: CheckinStatus) -> None: ...

    async def act_early_to_mediator(self, family_id: int, child_id: int, months: int, at: datetime) -> bool:
        """Notice to the family's mediator (her work list shows it); False when the family has none."""
        ...


def _store(t: Turn) -> CheckinStore:
    if not isinstance(t.store, CheckinStore):
        raise TypeError("the store cannot keep check-ins")
    return t.store


def _age(t: Turn, child: Child) -> int:
    return corrected_age_days(child.birth_date, t.today, child.gestational_weeks)


def offer_button(child: Child) -> Button:
    """The weekly message's button for a due check-in."""
    return button(f"ci:{child.id}", "checkin-button-offer", name=child_name(child))


async def press(t: Turn, verb: str, arg: str) -> bool:
    """Handle a check-in button; False when the press is stale (the caller says so)."""
    raw_child, _, rest = arg.partition(":")
    child = await t.child(raw_child)
    if child is None or child.id is None:
        return False
    if verb == "ci-a":
        return await _answer(t, child, rest)
    if rest:
        return False
    if verb == "ci":
        return await _offer(t, child)
    if verb == "ci-go":
        return await _start(t, child)
    if verb in ("ci-later", "ci-skip"):
        return await _postpone(t, child, skip=verb == "ci-skip")
    if verb == "ci-tell":
        return await _tell(t, child)
    if verb == "ci-how":
        await how(t, child)
        return True
    return False


async def _current(t: Turn, child: Child) -> tuple[Checkpoint, bool] | None:
    """The checkpoint to ask now and whether it is a re-check: the due one, else the current one."""
    assert child.id is not None
    age = _age(t, child)
    found = checkins.due(t.library.checkpoints, age, await _store(t).checkin_statuses(child.id), t.today)
    if found is not None:
        return found.checkpoint, found.recheck
    checkpoint = checkins.current_checkpoint(t.library.checkpoints, age)
    return None if checkpoint is None else (checkpoint, False)


async def _offer(t: Turn, child: Child) -> bool:
    current = await _current(t, child)
    if current is None:
        t.goto("")
        t.show_menu(Text("checkin-nothing-now"))
        return True
    checkpoint, recheck = current
    t.goto("")
    t.say(Text("checkin-recheck-intro" if recheck else "checkin-intro",
               {"name": child_name(child), "months": checkpoint.months}),
          buttons=((button(f"ci-go:{child.id}", "checkin-button-start"),),
                   (button(f"ci-later:{child.id}", "checkin-button-later"),),
                   (button(f"ci-skip:{child.id}", "checkin-button-skip"),),
                   (button("menu", "button-back-to-menu"),)))
    return True


async def _start(t: Turn, child: Child) -> bool:
    assert child.id is not None
    current = await _current(t, child)
    if current is None:
        t.goto("")
        t.show_menu(Text("checkin-nothing-now"))
        return True
    checkpoint, recheck = current
    questions = checkins.questions_for(checkins.Due(checkpoint, recheck), await _store(t).checkin_answers(child.id))
    t.goto(STEP, child=child.id, months=checkpoint.months, ids=[q.id for q in questions], n=0,
           recheck=recheck, given={})
    _ask(t, child)
    return True


def _ask(t: Turn, child: Child) -> None:
    ids, n = list(t.chat.data.get("ids", [])), int(str(t.chat.data.get("n", 0)))
    question = _question(t, str(t.chat.data.get("months")), ids[n])
    code = f"ci-a:{child.id}:{n}:"
    t.say(Text("checkin-question-number", {"number": n + 1, "count": len(ids)}),
          Text("checkin-q-" + ids[n]),
          buttons=((button(code + "y", "checkin-button-yes"),),
                   (button(code + "n", "checkin-button-not-yet"),),
                   (button(code + "u", "checkin-button-not-sure"),)),
          media=(question.media,) if question is not None and question.media else ())


def _question(t: Turn, months: str, question_id: str) -> CheckinQuestion | None:
    for checkpoint in t.library.checkpoints:
        if str(checkpoint.months) == months:
            return next((q for q in checkpoint.questions if q.id == question_id), None)
    return None


async def _answer(t: Turn, child: Child, rest: str) -> bool:
    raw_n, _, code = rest.partition(":")
    data = t.chat.data
    ids = data.get("ids")
    if t.chat.step != STEP or str(data.get("child")) != str(child.id) or not isinstance(ids, list) \
            or raw_n != str(data.get("n")) or code not in checkins.CODES:
        return False
    n, answer = int(raw_n), checkins.CODES[code]
    question = _question(t, str(data.get("months")), str(ids[n]))
    if question is None or child.id is None:
        return False
    months, recheck = int(str(data["months"])), bool(data.get("recheck"))
    await _store(t).add_checkin_answer(child.id, CheckinAnswer(months, question.id, answer, t.today,
                                                                _age(t, child), recheck))
    given = dict(data.get("given") or {})
    given[question.id] = answer
    lines = [Text("checkin-warm-" + answer.replace("_", "-"))]
    if checkins.needs_play_idea(question, answer) and not recheck:
        lines.append(Text("checkin-play-idea", {"idea": Text("checkin-play-" + question.id)}))
    if n + 1 < len(ids):
        t.goto(STEP, **{**data, "n": n + 1, "given": given})
        t.say(*lines)
        _ask(t, child)
        return True
    await _finish(t, child, months, recheck, given, lines)
    return True


async def _finish(t: Turn, child: Child, months: int, recheck: bool, given: dict[str, str],
                  lines: list[Text]) -> None:
    assert child.id is not None
    pairs = [(q, given[q.id]) for c in t.library.checkpoints if c.months == months for q in c.questions
             if q.id in given]
    status = checkins.outcome(months, pairs, recheck=recheck, act_early_answers=t.library.act_early_answers,
                              today=t.today)
    await _store(t).save_checkin_status(child.id, status)
    lines.append(Text("checkin-done"))
    if status.act_early:
        t.goto(TELL_STEP, child=child.id, months=months)
        t.say(*lines, Text("checkin-act-early", {"name": child_name(child)}))
        card = service_reply(t.library, DEVELOPMENT, t.now, t.zone)
        if card is not None:
            t.replies.append(card)
        t.say(Text("checkin-ask-tell"), buttons=((button(f"ci-tell:{child.id}", "checkin-button-tell"),),
                                                  (button("menu", "checkin-button-no-tell"),)))
        return
    t.goto("")
    end = Text("checkin-recheck-planned") if status.state == checkins.RECHECK else Text("checkin-all-well")
    t.show_menu(*lines, end)


async def _tell(t: Turn, child: Child) -> bool:
    if t.chat.step != TELL_STEP or str(t.chat.data.get("child")) != str(child.id) or t.family is None \
            or t.family.id is None or child.id is None:
        return False
    months = int(str(t.chat.data.get("months")))
    told = await _store(t).act_early_to_mediator(t.family.id, child.id, months, t.now)
    t.goto("")
    t.show_menu(Text("checkin-told" if told else "checkin-no-mediator"))
    return True


async def _postpone(t: Turn, child: Child, *, skip: bool) -> bool:
    assert child.id is not None
    current = await _current(t, child)
    if current is None:
        return False
    checkpoint, _ = current
    status = (CheckinStatus(checkpoint.months, checkins.SKIPPED) if skip
              else checkins.postponed(checkpoint.months, t.today))
    await _store(t).save_checkin_status(child.id, status)
    t.goto("")
    t.show_menu(Text("checkin-skipped" if skip else "checkin-postponed"))
    return True


async def how(t: Turn, child: Child) -> None:
    """📈 How is my child doing: the answers by checkpoint age, what comes next, and a button to answer now."""
    assert child.id is not None
    store = _store(t)
    lines: list[Text] = []
    last = None
    for line in checkins.history(t.library.checkpoints, await store.checkin_answers(child.id)):
        if line.months != last:
            lines.append(Text("checkin-how-age", {"months": line.months}))
            last = line.months
        lines.append(Text("checkin-how-line", {"answer": Text(_ANSWER_LABELS[line.answer]),
                                               "question": Text("checkin-q-" + line.question)}))
    age = _age(t, child)
    parts = [Text("checkin-how-title", {"name": child_name(child)}),
             Text("checkin-how-answers", {"items": Lines(tuple(lines))}) if lines else Text("checkin-how-empty")]
    upcoming = checkins.next_checkpoint(t.library.checkpoints, age)
    if upcoming is not None:
        parts.append(Text("checkin-how-next", {"months": upcoming.months}))
    rows: list[tuple[Button, ...]] = []
    if checkins.current_checkpoint(t.library.checkpoints, age) is not None:
        rows.append((button(f"ci-go:{child.id}", "checkin-button-now"),))
    t.goto("")
    t.say(*parts, buttons=(*rows, (button("menu", "button-back-to-menu"),)))


def mydata_text(answers: tuple[CheckinAnswer, ...], known: set[str]) -> tuple[Text, ...]:
    """/mydata: every stored answer of one child with its day and age (nothing when there is none); a question
    the data no longer has shows its stored id."""
    if not answers:
        return ()
    return (Text("checkin-mydata", {"items": Lines(tuple(
        Text("checkin-mydata-line", {"date": a.answered_on, "months": a.months, "days": a.age_days,
                                     "question": Text("checkin-q-" + a.question) if a.question in known
                                     else a.question, "answer": Text(_ANSWER_LABELS[a.answer])})
        for a in answers if a.answer in _ANSWER_LABELS))}),)


async def reask(t: Turn) -> bool:
    """Ask the open question again (the parent typed instead of pressing); False when there is none."""
    child = await t.child(str(t.chat.data.get("child", "")))
    ids = t.chat.data.get("ids")
    if t.chat.step != STEP or child is None or not isinstance(ids, list) \
            or not str(t.chat.data.get("n", "")).isdigit() or int(str(t.chat.data["n"])) >= len(ids):
        return False
    _ask(t, child)
    return True
