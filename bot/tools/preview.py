"""`cavororo content preview`: what a parent of a child of a given age receives, in one language and script.

The bot's own code makes the messages: the menu actions "Tip for my child now" (pressed once per tip of the
age) and "Vaccines and check-ups" run on an in-memory family with one child, and the real Translator and
renderer turn them into words. When a milestone check-in is current for the (corrected) age, the check-in dialog
runs too, answering "Not yet" to every question: so the preview shows the offer, each question, each play idea
and the act-early message with the development service's card (what a parent who answers so reads).

Each message lists which of its texts came from another language (a Romani
text missing, or awaiting review while ``SHOW_UNREVIEWED_ROMANI=false``; an English or Serbian text missing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from fluent.syntax import ast

from bot.catalog import load_library
from bot.core import checkin_dialog, checkins, menu
from bot.core.age import TERM_WEEKS, add_months, corrected_age_days
from bot.core.checkins import CheckinAnswer, CheckinStatus
from bot.core.family import Chat, Child, Family, VaccinationRecord
from bot.core.library import Library
from bot.core.messages import ROMANI, ChannelUser, Lines, Reply, Text
from bot.core.tips import milestones_due, tips_for_age
from bot.core.turn import Turn
from bot.i18n.render import RenderedMessage, render
from bot.i18n.review import unreviewed_ids
from bot.i18n.translator import Translator, load_folder

_AGE = re.compile(r"(?:(?P<y>\d+)y)?(?:(?P<m>\d+)m)?(?:(?P<w>\d+)w)?(?:(?P<d>\d+)d)?\Z")
MAX_WEEKS_EARLY = 18  # born at 22 weeks: the earliest a baby survives
_NOT_YET_CODE = next(code for code, answer in checkins.CODES.items() if answer == checkins.NOT_YET)


def birth_date_for_age(age: str, today: date) -> date:
    """The birth date of a child who is ``age`` old today: ``9m``, ``20w``, ``40d``, ``2y``, ``1y6m``.

    Months and years are completed calendar months (as on the health card); weeks and days are exact.
    """
    found = _AGE.match(age.strip().lower())
    if not age.strip() or found is None:
        raise ValueError(f"cannot read the age {age!r}: write it like 9m, 20w, 40d, 2y or 1y6m")
    months = int(found["y"] or 0) * 12 + int(found["m"] or 0)
    days = int(found["w"] or 0) * 7 + int(found["d"] or 0)
    return add_months(today, -months) - timedelta(days=days)


def gestational_weeks(weeks_early: int) -> int | None:
    """``Child.gestational_weeks`` for a baby born ``weeks_early`` weeks before term (None: on time)."""
    if not 0 <= weeks_early <= MAX_WEEKS_EARLY:
        raise ValueError(f"weeks early must be 0 to {MAX_WEEKS_EARLY}")
    weeks = TERM_WEEKS - weeks_early
    return weeks if weeks < 37 else None


class PreviewStore:
    """The little of the Store that the tip and plan actions use, in memory, for one child."""

    def __init__(self, child: Child | None = None) -> None:
        self.seen: set[str] = set()
        self.child = child
        self.statuses: dict[int, CheckinStatus] = {}
        self.answers: list[CheckinAnswer] = []

    async def seen_tips(self, child_id: int) -> set[str]:
        return set(self.seen)

    async def mark_tip_seen(self, child_id: int, tip_id: str, at: datetime) -> None:
        self.seen.add(tip_id)

    async def records(self, child_id: int) -> list[VaccinationRecord]:
        return []

    async def children(self, family_id: int) -> list[Child]:
        return [self.child] if self.child is not None else []

    async def checkin_statuses(self, child_id: int) -> dict[int, CheckinStatus]:
        return dict(self.statuses)

    async def checkin_answers(self, child_id: int) -> list[CheckinAnswer]:
        return list(self.answers)

    async def add_checkin_answer(self, child_id: int, answer: CheckinAnswer) -> None:
        self.answers.append(answer)

    async def save_checkin_status(self, child_id: int, status: CheckinStatus) -> None:
        self.statuses[status.months] = status

    async def act_early_to_mediator(self, family_id: int, child_id: int, months: int, at: datetime) -> bool:
        return False  # the preview tells nobody


@dataclass(frozen=True)
class Fallback:
    message_id: str
    folder: str  # the content folder the text came from
    reason: str


@dataclass(frozen=True)
class Section:
    title: str
    message: RenderedMessage
    fallbacks: tuple[Fallback, ...]
    awaiting_review: tuple[str, ...]  # Romani texts shown although no native speaker reviewed them yet


@dataclass
class Preview:
    locale: str
    born: date
    today: date
    age_days: int
    corrected_days: int
    show_unreviewed_romani: bool
    sections: list[Section] = field(default_factory=list)


def message_ids(reply: Reply) -> list[str]:
    """Every Fluent message a reply uses: parts, their nested arguments, button labels, the pin's title."""
    texts = [*reply.parts, *(b.label for row in reply.buttons for b in row)]
    if reply.location is not None:
        texts.append(reply.location.title)

    def walk(text: Text) -> Iterator[str]:
        yield text.id
        for value in text.args.values():
            nested = value.items if isinstance(value, Lines) else (value,) if isinstance(value, Text) else ()
            for item in nested:
                yield from walk(item)

    return list(dict.fromkeys(msg_id for text in texts for msg_id in walk(text)))


@dataclass(frozen=True)
class Content:
    library: Library
    translator: Translator
    romani_unreviewed: frozenset[str]
    romani_ids: frozenset[str]

    @classmethod
    def load(cls, root: Path, *, show_unreviewed_romani: bool) -> Content:
        romani = load_folder(root / "rom")
        ids = frozenset(e.id.name for resource in romani for e in resource.body if isinstance(e, ast.Message))
        translator = Translator.from_directory(root, show_unreviewed_romani=show_unreviewed_romani)
        return cls(load_library(root), translator, frozenset(unreviewed_ids(romani)), ids)

    def section(self, title: str, locale: str, reply: Reply) -> Section:
        fallbacks, waiting = [], []
        for msg_id in message_ids(reply):
            found = self.translator.resolve(locale, msg_id)
            name = msg_id.partition(".")[0]
            if found is None:
                fallbacks.append(Fallback(msg_id, "-", "exists in no language"))
            elif found.fell_back:
                hidden = locale == ROMANI and name in self.romani_ids
                fallbacks.append(Fallback(msg_id, found.folder, "awaiting review, hidden" if hidden else "missing"))
            elif locale == ROMANI and name in self.romani_unreviewed:
                waiting.append(msg_id)
        message = render(self.translator, locale, reply)
        return Section(title, message, tuple(fallbacks), tuple(waiting))


async def preview(
    content: Content, locale: str, born: date, today: date, *, weeks_early: int = 0, nickname: str | None = None
) -> Preview:
    """Tips for the child's age, the milestone note if one is due, the check-in of the age (if any), and the
    vaccine and check-up plan."""
    if born > today:
        raise ValueError("the birth date is after today")
    child = Child(family_id=1, birth_date=born, nickname=nickname, gestational_weeks=gestational_weeks(weeks_early),
                  id=1)
    corrected = corrected_age_days(born, today, child.gestational_weeks)
    now = datetime.combine(today, time(10), tzinfo=UTC)
    # PreviewStore has only what the tip and plan actions read and write; a whole Store would be a database
    turn = Turn(store=PreviewStore(child),  # type: ignore[arg-type]
                chat=Chat(user=ChannelUser("preview", "editor"), locale=locale, family_id=1),
                family=Family(consent_at=now, consent_by="parent", id=1), library=content.library, now=now,
                today=today, zone=UTC)  # the moment is 10:00 UTC of ``today``, so ``today`` is read in UTC
    result = Preview(locale, born, today, (today - born).days, corrected, content.translator.show_unreviewed_romani)
    count = max(1, len(tips_for_age(content.library.tips, corrected, chronological=(today - born).days,
                                    month=today.month)))
    for number in range(1, count + 1):
        await menu.tip(turn, child)
        result.sections.append(content.section(f"tip {number} of {count}", locale, turn.replies.pop()))
    for milestone in milestones_due(content.library.milestones, corrected):
        result.sections.append(content.section("milestone note", locale, Reply(parts=(Text(milestone.id),))))
    result.sections += await _checkin(content, locale, turn, child, corrected)
    await menu.plan(turn, child)
    result.sections.append(content.section("vaccines and check-ups", locale, turn.replies.pop()))
    return result


async def _checkin(content: Content, locale: str, turn: Turn, child: Child, corrected: int) -> list[Section]:
    """The check-in of the age, as the dialog runs it when every answer is "Not yet"."""
    checkpoint = checkins.current_checkpoint(content.library.checkpoints, corrected)
    if checkpoint is None:
        return []
    title = f"check-in {checkpoint.months} months"
    await checkin_dialog.press(turn, "ci", str(child.id))
    sections = [content.section(f"{title}: offer", locale, turn.replies.pop())]
    await checkin_dialog.press(turn, "ci-go", str(child.id))
    for number in range(1, len(checkpoint.questions) + 1):
        question = checkpoint.questions[number - 1]
        flag = ", act-early sign" if question.act_early else ""
        sections.append(content.section(f"{title}: question {number} ({question.id}{flag})", locale,
                                        turn.replies.pop()))
        await checkin_dialog.press(turn, "ci-a", f"{child.id}:{number - 1}:{_NOT_YET_CODE}")
        if number < len(checkpoint.questions):  # the answer's reply (a play idea), then the next question
            sections.append(content.section(f"{title}: after “Not yet” to {question.id}", locale,
                                            turn.replies.pop(-2)))
    last = len(turn.replies)
    sections += [content.section(f"{title}: after the last answer ({n} of {last})", locale, reply)
                 for n, reply in enumerate(turn.replies, 1)]
    turn.replies.clear()
    turn.goto("")
    return sections


def _buttons(message: RenderedMessage) -> str:
    return " | ".join(" · ".join(f"[{b.label}]" for b in row) for row in message.buttons)


def format_preview(result: Preview) -> str:
    """The preview as text for the terminal: each message as the parent sees it, then where texts came from."""
    early = "" if result.age_days == result.corrected_days else f", corrected age {result.corrected_days} days"
    lines = [f"Preview for {result.locale}: child born {result.born.isoformat()}, today {result.today.isoformat()}, "
             f"{result.age_days} days old{early}"]
    if result.locale == ROMANI:
        shown = "shown" if result.show_unreviewed_romani else "hidden: Serbian instead"
        lines.append(f"Romani awaiting review: {shown} (SHOW_UNREVIEWED_ROMANI)")
    for section in result.sections:
        lines += ["", f"=== {section.title} ({len(section.message.text)} characters) ===", section.message.text]
        if section.message.media:
            lines.append(f"media: {', '.join(section.message.media)}")
        if section.message.location is not None:
            pin = section.message.location
            lines.append(f"pin: {pin.title} ({pin.lat}, {pin.lon})")
        if section.message.buttons:
            lines.append(f"buttons: {_buttons(section.message)}")
        groups: dict[tuple[str, str], list[str]] = {}
        for fallback in section.fallbacks:
            groups.setdefault((fallback.folder, fallback.reason), []).append(fallback.message_id)
        for (folder, reason), ids in groups.items():
            lines.append(f"  from {folder} ({reason}): {', '.join(ids)}")
        if section.awaiting_review:
            lines.append(f"  Romani awaiting review: {', '.join(section.awaiting_review)}")
    return "\n".join(lines) + "\n"
