""""🗣 Romani texts": a mediator reviews and records the Romani messages in the chat (issue 20).

She sees one Romani message at a time with its Serbian beside it and answers ✅ Correct, ✏️ Write it better (her
next text), 🎙 Record it (her next voice note) or ⏭ Skip. Every answer is stored as a *proposal* with who and when
(:class:`ReviewStore`); nothing reaches parents until an editor applies it (``cavororo content reviews apply``).

The order (:func:`order`): first the tips her families' children get in the coming weeks (soonest first), then the
reminders, then the menus and buttons, then everything else in file order. Messages she already answered are left
out; skipped ones come back in a later session.

Buttons carry ``md:rv<action>:<fingerprint>``: the short fingerprint of the text shown. A press whose fingerprint
is not the one of the message in front of her (an old button, forged data) changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from bot.core.age import corrected_age_days
from bot.core.desk import Desk
from bot.core.library import TipEntry
from bot.core.messages import Button, Inbound, Text
from bot.core.turn import button

STEP_SHOW = "md-review"
STEP_WRITE = "md-review-write"
STEP_RECORD = "md-review-record"
COMING_DAYS = 28  # "the coming weeks": tips whose window opens within four weeks
MAX_TEXT = 2000
MAX_VOICE_BYTES = 2_000_000
MAX_VOICE_SECONDS = 90.0
MAX_SKIPPED = 200
FINGERPRINT_CHARS = 16
REMINDER_FILES = ("reminders.ftl", "schedule.ftl", "plan.ftl")
MENU_FILES = ("menu.ftl", "settings.ftl", "conversation.ftl", "onboarding.ftl")


@dataclass(frozen=True)
class ReviewItem:
    """One Romani message as the mediator sees it: its current source and the Serbian one."""

    message_id: str
    file: str  # "tips.ftl"
    romani: str
    serbian: str
    fingerprint: str  # of the Romani message's source (bot.catalog.recordings.text_fingerprint)


@dataclass(frozen=True)
class Proposal:
    """A mediator's answer to one Romani message: "confirm" (correct as it is), "text" or "voice"."""

    message_id: str
    kind: str
    fingerprint: str  # of the Romani text she saw
    mediator_id: int
    at: datetime
    text: str | None = None  # "text": her wording; "voice": the wording she spoke when it was her own
    voice: bytes | None = None
    media_type: str | None = None
    duration_s: float | None = None
    lang: str = "rom"


class ReviewCatalog(Protocol):
    def items(self) -> Sequence[ReviewItem]:
        """Every Romani message awaiting review, in file order."""
        ...


class ReviewStore(Protocol):
    async def add_proposal(self, proposal: Proposal) -> int: ...

    async def answered(self, mediator_id: int) -> set[tuple[str, str]]:
        """(message id, fingerprint) of every proposal this mediator made that is still pending."""
        ...


@dataclass
class Reviews:
    catalog: ReviewCatalog
    store: ReviewStore


def coming_tips(tips: Iterable[TipEntry], children: Iterable[tuple[date, int | None]], today: date,
                days: int = COMING_DAYS) -> list[str]:
    """Tip ids the children (birth date, gestational weeks) get within ``days``, soonest first."""
    due: dict[str, int] = {}
    for birth, weeks in children:
        age = corrected_age_days(birth, today, weeks)
        for tip in tips:
            if tip.end_days >= age and tip.start_days <= age + days:
                wait = max(0, tip.start_days - age)
                due[tip.id] = min(wait, due.get(tip.id, wait))
    return sorted(due, key=lambda tip_id: (due[tip_id], tip_id))


def order(items: Sequence[ReviewItem], coming: Sequence[str]) -> list[ReviewItem]:
    """Most-sent first: the coming tips, the reminders, the menus, the rest (each in file order)."""
    rank = {tip_id: i for i, tip_id in enumerate(coming)}

    def key(pair: tuple[int, ReviewItem]) -> tuple[int, int, int]:
        position, item = pair
        if item.message_id in rank:
            return (0, rank[item.message_id], position)
        if item.file in REMINDER_FILES:
            return (1, 0, position)
        if item.file in MENU_FILES or item.message_id.startswith(("menu-", "button-")):
            return (2, 0, position)
        return (3, 0, position)

    return [item for _, item in sorted(enumerate(items), key=key)]


async def _queue(d: Desk, reviews: Reviews) -> list[ReviewItem]:
    children: list[tuple[date, int | None]] = []
    for facts in await d.store.caseload(d.mediator_id):
        children += [(c.birth_date, c.gestational_weeks) for c in facts.children]
    coming = coming_tips(d.t.library.tips, children, d.t.today)
    answered = await reviews.store.answered(d.mediator_id)
    skipped = set(d.t.chat.data.get("skipped") or ())
    return [item for item in order(reviews.catalog.items(), coming)
            if (item.message_id, item.fingerprint) not in answered and item.message_id not in skipped]


def _buttons(item: ReviewItem) -> tuple[tuple[Button, ...], ...]:
    fp = item.fingerprint[:FINGERPRINT_CHARS]
    return ((button(f"md:rvok:{fp}", "review-button-correct"),),
            (button(f"md:rvwr:{fp}", "review-button-write"),),
            (button(f"md:rvrec:{fp}", "review-button-record"),),
            (button(f"md:rvskip:{fp}", "review-button-skip"), button("md:menu", "button-back-to-menu")))


async def show_next(d: Desk, reviews: Reviews, *lead: Text) -> None:
    queue = await _queue(d, reviews)
    skipped = list(d.t.chat.data.get("skipped") or ())
    if not queue:
        d.show_menu(*lead, Text("review-none-left"))
        return
    item = queue[0]
    d.t.goto(STEP_SHOW, item=item.message_id, fp=item.fingerprint, skipped=skipped)
    d.t.say(*lead, Text("review-item", {"romani": item.romani, "serbian": item.serbian, "id": item.message_id,
                                        "left": len(queue)}), buttons=_buttons(item))


def _current(d: Desk, reviews: Reviews, fp: str) -> ReviewItem | None:
    """The message in front of her, when the pressed button belongs to it and its text has not changed."""
    data = d.t.chat.data
    if d.t.chat.step not in (STEP_SHOW, STEP_WRITE, STEP_RECORD) or not fp or len(fp) > FINGERPRINT_CHARS:
        return None
    if not str(data.get("fp", "")).startswith(fp):
        return None
    for item in reviews.catalog.items():
        if item.message_id == data.get("item") and item.fingerprint == data.get("fp"):
            return item
    return None


async def _stale(d: Desk, reviews: Reviews) -> None:
    await show_next(d, reviews, Text("button-stale"))


def _proposal(d: Desk, item: ReviewItem, kind: str, **fields: object) -> Proposal:
    return Proposal(item.message_id, kind, item.fingerprint, d.mediator_id, d.t.now, **fields)  # type: ignore[arg-type]


async def press(d: Desk, reviews: Reviews, action: str, fp: str) -> None:
    if action == "rv":
        d.t.chat.data = {"skipped": list(d.t.chat.data.get("skipped") or ())} if d.t.chat.step.startswith(
            STEP_SHOW) else {}
        await show_next(d, reviews)
        return
    item = _current(d, reviews, fp)
    if item is None:
        await _stale(d, reviews)
        return
    skipped = list(d.t.chat.data.get("skipped") or ())
    if action == "rvok":
        await reviews.store.add_proposal(_proposal(d, item, "confirm"))
        await d.audit("romani_confirmed", detail=item.message_id)
        await show_next(d, reviews, Text("review-thanks"))
    elif action == "rvskip":
        d.t.chat.data["skipped"] = (skipped + [item.message_id])[-MAX_SKIPPED:]
        await show_next(d, reviews)
    elif action == "rvwr":
        d.t.goto(STEP_WRITE, item=item.message_id, fp=item.fingerprint, skipped=skipped)
        d.t.say(Text("review-ask-text", {"romani": item.romani}), buttons=((button("md:rv", "review-button-cancel"),),))
    elif action == "rvrec":
        written = d.t.chat.data.get("written")  # she wrote it better just before: she records her own words
        words = written if isinstance(written, str) else item.romani
        d.t.goto(STEP_RECORD, item=item.message_id, fp=item.fingerprint, skipped=skipped, written=written)
        d.t.say(Text("review-ask-voice", {"romani": words, "seconds": int(MAX_VOICE_SECONDS)}),
                buttons=((button("md:rv", "review-button-cancel"),),))
    else:
        await _stale(d, reviews)


async def text(d: Desk, reviews: Reviews, written: str) -> None:
    """Her next text after ✏️: the better Romani wording."""
    item = _current(d, reviews, str(d.t.chat.data.get("fp", ""))[:FINGERPRINT_CHARS])
    if item is None:
        await _stale(d, reviews)
        return
    written = written.strip()
    if not written or len(written) > MAX_TEXT:
        d.t.say(Text("review-text-refused", {"max": MAX_TEXT}), buttons=((button("md:rv", "review-button-cancel"),),))
        return
    await reviews.store.add_proposal(_proposal(d, item, "text", text=written))
    await d.audit("romani_text_proposed", detail=item.message_id)
    skipped = list(d.t.chat.data.get("skipped") or ())
    d.t.goto(STEP_SHOW, item=item.message_id, fp=item.fingerprint, skipped=skipped, written=written)
    fp = item.fingerprint[:FINGERPRINT_CHARS]
    d.t.say(Text("review-thanks-text"), buttons=((button(f"md:rvrec:{fp}", "review-button-record"),),
                                                 (button("md:rv", "review-button-next"),)))


async def voice(d: Desk, reviews: Reviews, inbound: Inbound) -> None:
    """A voice note: kept when she is recording a message, otherwise she is told what the voice is for."""
    note = inbound.voice
    assert note is not None
    if d.t.chat.step == STEP_SHOW:  # a message is in front of her: the buttons again
        await show_next(d, reviews, Text("review-voice-unexpected"))
        return
    if d.t.chat.step != STEP_RECORD:
        d.t.say(Text("review-voice-unexpected"))
        return
    item = _current(d, reviews, str(d.t.chat.data.get("fp", ""))[:FINGERPRINT_CHARS])
    if item is None:
        await _stale(d, reviews)
        return
    too_long = note.duration_s is not None and note.duration_s > MAX_VOICE_SECONDS
    if too_long or not note.content or len(note.content) > MAX_VOICE_BYTES:
        d.t.say(Text("review-voice-refused", {"seconds": int(MAX_VOICE_SECONDS)}),
                buttons=((button("md:rv", "review-button-cancel"),),))
        return
    written = d.t.chat.data.get("written")  # the words she spoke: her own wording, else the current text
    await reviews.store.add_proposal(_proposal(d, item, "voice", voice=note.content, media_type=note.media_type,
                                               duration_s=note.duration_s,
                                               text=written if isinstance(written, str) else None))
    await d.audit("romani_voice_proposed", detail=item.message_id)
    await show_next(d, reviews, Text("review-thanks-voice"))
