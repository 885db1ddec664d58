"""Onboarding and child entry: language, privacy consent, nickname, girl or boy, birth date, born early.

The child-entry steps serve both the first onboarding (``purpose="first"``) and "add another child"
(``purpose="add"``). What a step has collected so far lives in ``chat.data``, so a restart resumes.
"""

from __future__ import annotations

from datetime import date

from bot.core import guides
from bot.core.age import add_months
from bot.core.dates import BirthDateError, parse_birth_date
from bot.core.family import GENDERS, UNKNOWN_GENDER, Child, Family
from bot.core.free_text import clean_free_text
from bot.core.messages import LOCALES, Button, Text
from bot.core.turn import Turn, button, child_name, menu_buttons

# The privacy notice's version, recorded with every consent. "2026-12": the notice is also shown in writing when a
# parent joins by invitation, and the mediator's consent script names everything stored. A bump changes nothing
# for families who agreed earlier: their consent keeps the version they saw (/mydata shows it).
PRIVACY_NOTICE_VERSION = "2026-12"
NICKNAME_MAX = 30
EARLY_WEEKS = range(22, 37)  # weeks of pregnancy at birth that count as born early
EARLY_ASKED_MONTHS = 24  # "born early?" is asked only for children up to two years (corrected age stops there)

_LANGUAGE_LABELS = {
    "rom": "language-rom",
    "sr-Latn": "language-sr-latn",
    "sr-Cyrl": "language-sr-cyrl",
    "en": "language-en",
}


def ask_language(t: Turn) -> None:
    t.goto("language")
    rows = tuple((button(f"lang:{code}", _LANGUAGE_LABELS[code]),) for code in LOCALES)
    t.say(Text("onboarding-choose-language"), buttons=rows)


async def choose_language(t: Turn, code: str) -> None:
    if code not in LOCALES:
        ask_language(t)
        return
    t.chat.locale = code
    if t.onboarded:
        t.goto("")
        t.show_menu(Text("language-changed"))
    else:
        ask_consent(t)


def ask_consent(t: Turn) -> None:
    t.goto("consent")
    t.say(
        Text("onboarding-privacy-notice"),
        buttons=(
            (button("consent:yes", "onboarding-consent-yes"),),
            (button("consent:no", "onboarding-consent-no"),),
        ),
    )


async def answer_consent(t: Turn, answer: str) -> None:
    if answer == "no":
        t.goto("declined")
        t.say(Text("onboarding-declined"), buttons=((button("start", "onboarding-start-again"),),))
        return
    if answer != "yes":
        ask_consent(t)
        return
    if t.family is None:
        t.family = await t.store.create_family(Family())
        t.chat.family_id = t.family.id
    t.family.consent_at = t.now
    t.family.consent_by = "parent"
    t.family.notice_version = PRIVACY_NOTICE_VERSION
    await t.store.save_family(t.family)
    if await t.children():
        t.goto("")
        t.show_menu(Text("onboarding-consent-thanks"))
        return
    t.say(Text("onboarding-consent-thanks"))
    ask_nickname(t, "first")


def ask_nickname(t: Turn, purpose: str) -> None:
    t.goto("nickname", purpose=purpose)
    t.say(Text("child-ask-nickname"), buttons=((button("skip", "button-skip"),),))


def clean_nickname(text: str) -> str | None:
    """A nickname as typed, cleaned as all free text is (bot/core/free_text.py); None if empty or too long."""
    return clean_free_text(text, NICKNAME_MAX)


async def answer_nickname(t: Turn, text: str | None) -> None:
    purpose = str(t.chat.data.get("purpose", "first"))
    if text is None:  # skipped
        ask_gender(t, purpose, None)
        return
    name = clean_nickname(text)
    if name is None:
        t.say(Text("child-nickname-invalid", {"max": NICKNAME_MAX}), buttons=((button("skip", "button-skip"),),))
        return
    born = _as_date(t, name)
    if born is not None:  # "12.3.2025" typed where the name is asked: meant as the birth date?
        t.goto(NAME_OR_DATE_STEP, purpose=purpose, typed=name, born=born.isoformat())
        ask_name_or_date(t)
        return
    ask_gender(t, purpose, name)


def gender_buttons(*extra: tuple[Button, ...]) -> tuple[tuple[Button, ...], ...]:
    return ((button("gender:girl", "child-gender-girl"), button("gender:boy", "child-gender-boy")), *extra)


def ask_gender(t: Turn, purpose: str, nickname: str | None) -> None:
    """Girl or boy, so the words about the child agree with it; skipping keeps the wording neutral."""
    t.goto("gender", purpose=purpose, nickname=nickname)
    question = Text("child-ask-gender-named", {"name": nickname}) if nickname else Text("child-ask-gender")
    t.say(question, buttons=gender_buttons((button("skip", "button-skip"),)))


async def answer_gender(t: Turn, answer: str | None) -> None:
    """``answer`` is "girl", "boy" or None (skipped); anything else asks again."""
    purpose, nickname = str(t.chat.data.get("purpose", "first")), t.chat.data.get("nickname")
    if answer is not None and answer not in GENDERS:
        ask_gender(t, purpose, str(nickname) if nickname else None)
        return
    ask_birth_date(t, purpose, str(nickname) if nickname else None, answer)


NAME_OR_DATE_STEP = "nickname_date"


def _as_date(t: Turn, text: str) -> date | None:
    try:
        return parse_birth_date(text, t.today, t.library.month_names, t.library.date_words)
    except BirthDateError:
        return None


def ask_name_or_date(t: Turn) -> None:
    data = t.chat.data
    t.say(Text("conversation-name-looks-like-date", {"typed": str(data.get("typed", "")),
                                                      "born": date.fromisoformat(str(data["born"]))}),
          buttons=((button("nick:date", "conversation-it-is-the-birth-date"),),
                   (button("nick:name", "conversation-it-is-the-name"),)))


async def answer_name_or_date(t: Turn, answer: str) -> None:
    data = dict(t.chat.data)
    purpose = str(data.get("purpose", "first"))
    if answer == "name":
        ask_gender(t, purpose, str(data.get("typed", "")))
    elif answer == "date":  # the birth date is known; girl or boy is not asked here: "My children" can set it
        await _born(t, purpose, None, date.fromisoformat(str(data["born"])))
    else:
        ask_name_or_date(t)


def _example(today: date) -> str:
    sample = add_months(today, -14)
    return f"{sample.day}.{sample.month}.{sample.year}."


async def typed_at_gender(t: Turn, text: str) -> None:
    """A date typed instead of choosing girl or boy (text with a digit) answers the next question, with its
    own advice when it is wrong; the gender stays unsaid. Other text gets the gender question again."""
    purpose, nickname = str(t.chat.data.get("purpose", "first")), t.chat.data.get("nickname")
    if not any(ch.isdigit() for ch in text):
        t.say(Text("fallback-not-understood"))
        ask_gender(t, purpose, str(nickname) if nickname else None)
        return
    t.goto("birth_date", purpose=purpose, nickname=nickname, gender=None)
    await answer_birth_date(t, text)


def ask_birth_date(t: Turn, purpose: str, nickname: str | None, gender: str | None = None) -> None:
    t.goto("birth_date", purpose=purpose, nickname=nickname, gender=gender)
    said = gender or UNKNOWN_GENDER
    if nickname:
        t.say(Text("child-ask-birth-date-named", {"name": nickname, "example": _example(t.today), "gender": said}))
    else:
        t.say(Text("child-ask-birth-date", {"example": _example(t.today), "gender": said}))


def read_birth_date(t: Turn, text: str) -> date | None:
    """The date the parent typed, or None after telling them what to type."""
    try:
        return parse_birth_date(text, t.today, t.library.month_names, t.library.date_words)
    except BirthDateError as error:
        code = error.code.replace("_", "-")
        t.say(Text(f"birth-date-error-{code}", {"example": _example(t.today)}))
        return None


async def answer_birth_date(t: Turn, text: str) -> None:
    born = read_birth_date(t, text)
    if born is None:
        return
    nickname, gender = t.chat.data.get("nickname"), t.chat.data.get("gender")
    await _born(t, str(t.chat.data.get("purpose", "first")), str(nickname) if nickname else None, born,
                str(gender) if gender in GENDERS else None)


async def _born(t: Turn, purpose: str, nickname: str | None, born: date, gender: str | None = None) -> None:
    """The birth date is known: ask "born early?", except for a child over two years (it no longer matters).
    The girl-or-boy answer (None when skipped or never asked) is carried on to the saved child."""
    t.goto("early", purpose=purpose, nickname=nickname, born=born.isoformat(), gender=gender)
    if add_months(born, EARLY_ASKED_MONTHS) < t.today:
        t.say(Text("conversation-date-read", {"born": born}))
        await finish_child(t, None)
        return
    ask_early(t)


def ask_early(t: Turn) -> None:
    born = date.fromisoformat(str(t.chat.data["born"]))
    gender = t.chat.data.get("gender") or UNKNOWN_GENDER
    t.say(
        Text("child-ask-early", {"born": born, "gender": gender}),
        buttons=(
            (button("early:no", "child-early-no"),),
            (button("early:yes", "child-early-yes"),),
            (button("early:unknown", "child-early-unknown"),),
        ),
    )


async def answer_early(t: Turn, answer: str) -> None:
    if answer == "yes":
        t.goto("weeks", **t.chat.data)
        ask_weeks(t)
    elif answer in ("no", "unknown"):
        await finish_child(t, None)
    else:
        ask_early(t)


def ask_weeks(t: Turn) -> None:
    gender = t.chat.data.get("gender") or UNKNOWN_GENDER
    t.say(Text("child-ask-weeks", {"gender": gender}), buttons=((button("skip", "button-skip"),),))


async def answer_weeks(t: Turn, text: str | None) -> None:
    if text is None:
        await finish_child(t, None)
        return
    raw = text.strip().split()[0] if text.strip() else ""
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 2):
        t.say(Text("child-weeks-invalid"), buttons=((button("skip", "button-skip"),),))
        return
    weeks = int(raw)
    if weeks >= 37:
        await finish_child(t, None)
    elif weeks in EARLY_WEEKS:
        await finish_child(t, weeks)
    else:
        t.say(Text("child-weeks-invalid"), buttons=((button("skip", "button-skip"),),))


async def finish_child(t: Turn, gestational_weeks: int | None) -> None:
    assert t.family is not None and t.family.id is not None
    data = t.chat.data
    nickname = data.get("nickname")
    child = Child(
        family_id=t.family.id,
        birth_date=date.fromisoformat(str(data["born"])),
        nickname=str(nickname) if nickname else None,
        gestational_weeks=gestational_weeks,
        enrolled_on=t.today,
        gender=data["gender"] if data.get("gender") in GENDERS else None,
    )
    child = await t.store.add_child(child)
    purpose = data.get("purpose")
    t.goto("")
    added = Text("child-added", {"name": child_name(child), "age": t.age(child)})
    lead = (added, Text("onboarding-done")) if purpose == "first" else (added,)
    nudge = guides.enrolment_nudge(t.library, (t.today - child.birth_date).days)  # chronological age
    if nudge is None:
        t.show_menu(*lead)
    else:  # a newborn: the guide that is urgent now, above the menu
        t.say(*lead, *nudge.parts, buttons=nudge.buttons + menu_buttons())
