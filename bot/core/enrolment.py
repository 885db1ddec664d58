"""Enrolling a family in the field, in the mediator's chat: caregiver, language, phone, settlement, children,
consent; then the family's invitation (links and a QR code) to open on the parent's phone.

Each question is a step (``md-...``) with what was collected so far in ``chat.data``, so a restart resumes.
Nothing is stored until the mediator confirms the consent; "Cancel" at any step drops the draft.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date

from bot.core import invitations, onboarding
from bot.core.age import add_months
from bot.core.desk import LANGUAGE_NAMES, Desk
from bot.core.family import UNKNOWN_GENDER, Child, Family
from bot.core.mediation import CONSENT_IN_PERSON, FamilyProfile
from bot.core.messages import LOCALES, Button, Lines, Text
from bot.core.onboarding import EARLY_WEEKS, NICKNAME_MAX
from bot.core.onboarding import clean_nickname as clean_name
from bot.core.roster import normalize_phone
from bot.core.turn import button, child_name

MAX_CHILDREN = 10
OTHER_SETTLEMENT = "other"
TextStep = Callable[[Desk, str], Awaitable[None]]
PressStep = Callable[[Desk, str], Awaitable[None]]


def _cancel() -> tuple[Button, ...]:
    return (button("md:menu", "button-cancel"),)


def _keep(d: Desk, step: str, **changes: object) -> None:
    d.t.goto(step, **{**d.t.chat.data, **changes})


async def begin(d: Desk) -> None:
    d.t.goto("md-caregiver", children=[])
    d.t.say(Text("mediator-enrol-ask-caregiver"), buttons=(_cancel(),))


async def _caregiver(d: Desk, text: str) -> None:
    name = clean_name(text)
    if name is None:
        d.t.say(Text("mediator-enrol-caregiver-invalid", {"max": NICKNAME_MAX}), buttons=(_cancel(),))
        return
    _keep(d, "md-language", caregiver=name)
    _ask_language(d)


def _ask_language(d: Desk) -> None:
    rows = tuple((button(f"md:el:{code}", LANGUAGE_NAMES[code]),) for code in LOCALES)
    d.t.say(Text("mediator-enrol-ask-language", {"caregiver": str(d.t.chat.data["caregiver"])}),
            buttons=(*rows, _cancel()))


async def _language(d: Desk, code: str) -> None:
    if code not in LOCALES:
        _ask_language(d)
        return
    _keep(d, "md-phone", locale=code)
    _ask_phone(d)


def _ask_phone(d: Desk) -> None:
    d.t.say(Text("mediator-enrol-ask-phone"), buttons=((button("md:skip", "button-skip"),), _cancel()))


async def _phone(d: Desk, text: str) -> None:
    phone = normalize_phone(text)
    if phone is None:
        d.t.say(Text("mediator-enrol-phone-invalid"), buttons=((button("md:skip", "button-skip"),), _cancel()))
        return
    _keep(d, "md-settlement", phone=phone)
    _ask_settlement(d)


async def _skip_phone(d: Desk, _arg: str) -> None:
    _keep(d, "md-settlement", phone=None)
    _ask_settlement(d)


def _ask_settlement(d: Desk) -> None:
    rows = [(Button(d.settlement_name(s.key), f"md:es:{s.key}"),) for s in d.settlements]
    rows.append((button(f"md:es:{OTHER_SETTLEMENT}", "mediator-settlement-other"),))
    d.t.say(Text("mediator-enrol-ask-settlement"), buttons=(*rows, _cancel()))


async def _settlement(d: Desk, key: str) -> None:
    if key != OTHER_SETTLEMENT and key not in {s.key for s in d.settlements}:
        _ask_settlement(d)
        return
    _keep(d, "md-child-nick", settlement=key)
    _ask_child(d)


def _ask_child(d: Desk) -> None:
    first = not d.t.chat.data.get("children")
    d.t.say(Text("mediator-enrol-ask-child" if first else "mediator-enrol-ask-next-child"),
            buttons=((button("md:skip", "button-skip"),), _cancel()))


async def _child_nickname(d: Desk, text: str) -> None:
    name = clean_name(text)
    if name is None:
        d.t.say(Text("child-nickname-invalid", {"max": NICKNAME_MAX}),
                buttons=((button("md:skip", "button-skip"),), _cancel()))
        return
    _keep(d, "md-child-born", nickname=name)
    _ask_born(d)


async def _skip_nickname(d: Desk, _arg: str) -> None:
    _keep(d, "md-child-born", nickname=None)
    _ask_born(d)


def _ask_born(d: Desk) -> None:
    nickname = d.t.chat.data.get("nickname")
    sample = add_months(d.t.today, -14)
    example = f"{sample.day}.{sample.month}.{sample.year}."
    if nickname:
        d.t.say(Text("child-ask-birth-date-named", {"name": str(nickname), "example": example,
                                                    "gender": UNKNOWN_GENDER}), buttons=(_cancel(),))
    else:  # enrolment does not ask girl or boy: the neutral wording (Romani and Serbian need the variable)
        d.t.say(Text("child-ask-birth-date", {"example": example, "gender": UNKNOWN_GENDER}), buttons=(_cancel(),))


async def _born(d: Desk, text: str) -> None:
    born = onboarding.read_birth_date(d.t, text)
    if born is None:  # the error says what to type; keep the way out
        d.t.replies[-1] = replace(d.t.replies[-1], buttons=(_cancel(),))
        return
    _keep(d, "md-child-early", born=born.isoformat())
    _ask_early(d)


def _ask_early(d: Desk) -> None:
    born = date.fromisoformat(str(d.t.chat.data["born"]))
    d.t.say(Text("child-ask-early", {"born": born, "gender": UNKNOWN_GENDER}), buttons=(
        (button("md:ee:no", "child-early-no"),), (button("md:ee:yes", "child-early-yes"),),
        (button("md:ee:unknown", "child-early-unknown"),), _cancel()))


async def _early(d: Desk, answer: str) -> None:
    if answer == "yes":
        _keep(d, "md-child-weeks")
        d.t.say(Text("child-ask-weeks"), buttons=((button("md:skip", "button-skip"),), _cancel()))
    elif answer in ("no", "unknown"):
        await _add_child(d, None)
    else:
        _ask_early(d)


async def _weeks(d: Desk, text: str) -> None:
    raw = text.strip().split()[0] if text.strip() else ""
    weeks = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 2 else 0
    if weeks >= 37:
        await _add_child(d, None)
    elif weeks in EARLY_WEEKS:
        await _add_child(d, weeks)
    else:
        d.t.say(Text("child-weeks-invalid"), buttons=((button("md:skip", "button-skip"),), _cancel()))


async def _skip_weeks(d: Desk, _arg: str) -> None:
    await _add_child(d, None)


async def _add_child(d: Desk, weeks: int | None) -> None:
    data = d.t.chat.data
    child = {"nickname": data.get("nickname"), "born": data["born"], "weeks": weeks}
    children = [*data.get("children", []), child]
    rest = {k: v for k, v in data.items() if k not in ("nickname", "born", "children")}
    d.t.goto("md-more", **rest, children=children)
    _ask_more(d)


def _ask_more(d: Desk) -> None:
    count = len(d.t.chat.data.get("children", []))
    rows: tuple[tuple[Button, ...], ...] = ((button("md:more:no", "mediator-enrol-no-more-children"),),)
    if count < MAX_CHILDREN:
        rows = ((button("md:more:yes", "mediator-enrol-another-child"),), *rows)
    d.t.say(Text("mediator-enrol-ask-more", {"count": count}), buttons=(*rows, _cancel()))


async def _more(d: Desk, answer: str) -> None:
    if answer == "yes" and len(d.t.chat.data.get("children", [])) < MAX_CHILDREN:
        _keep(d, "md-child-nick")
        _ask_child(d)
    elif answer == "no":
        _keep(d, "md-consent")
        _ask_consent(d)
    else:
        _ask_more(d)


def _draft_children(d: Desk) -> list[Child]:
    return [Child(0, date.fromisoformat(c["born"]), c.get("nickname"), c.get("weeks"))
            for c in d.t.chat.data.get("children", [])]


def _ask_consent(d: Desk) -> None:
    data = d.t.chat.data
    kids = tuple(Text("mediator-child-line", {"name": child_name(c), "age": d.t.age(c), "born": c.birth_date})
                 for c in _draft_children(d))
    summary = Text("mediator-enrol-summary", {
        "caregiver": str(data["caregiver"]), "language": d.language_name(str(data["locale"])),
        "phone": str(data.get("phone") or "—"), "settlement": d.settlement_name(str(data["settlement"])),
        "children": Lines(kids)})
    d.t.say(summary, Text("mediator-enrol-ask-consent"), buttons=(
        (button("md:consent:yes", "mediator-enrol-consent-yes"),), _cancel()))


async def _consent(d: Desk, answer: str) -> None:
    if answer != "yes" or not d.t.chat.data.get("children"):
        _ask_consent(d)
        return
    data, t = d.t.chat.data, d.t
    family = await t.store.create_family(Family(consent_at=t.now, consent_by=d.actor,
                                                notice_version=onboarding.PRIVACY_NOTICE_VERSION))
    assert family.id is not None
    for child in _draft_children(d):
        child.family_id, child.enrolled_on = family.id, t.today
        await t.store.add_child(child)
    await d.store.save_profile(FamilyProfile(
        family.id, d.mediator_id, str(data["caregiver"]), str(data["locale"]), str(data["settlement"]),
        data.get("phone"), CONSENT_IN_PERSON, t.now))
    await d.audit("enrol", family.id, f"children:{len(data['children'])}")
    await d.audit("consent", family.id, f"{CONSENT_IN_PERSON}:{onboarding.PRIVACY_NOTICE_VERSION}")
    t.goto("")
    await invitations.send_family_invitation(d, family.id, Text("mediator-enrol-done"))


TEXTS: dict[str, TextStep] = {
    "md-caregiver": _caregiver,
    "md-phone": _phone,
    "md-child-nick": _child_nickname,
    "md-child-born": _born,
    "md-child-weeks": _weeks,
}
PRESSES: dict[str, dict[str, PressStep]] = {
    "md-language": {"el": _language},
    "md-phone": {"skip": _skip_phone},
    "md-settlement": {"es": _settlement},
    "md-child-nick": {"skip": _skip_nickname},
    "md-child-early": {"ee": _early},
    "md-child-weeks": {"skip": _skip_weeks},
    "md-more": {"more": _more},
    "md-consent": {"consent": _consent},
}
ASK: dict[str, Callable[[Desk], None]] = {
    "md-caregiver": lambda d: d.t.say(Text("mediator-enrol-ask-caregiver"), buttons=(_cancel(),)),
    "md-language": _ask_language,
    "md-phone": _ask_phone,
    "md-settlement": _ask_settlement,
    "md-child-nick": _ask_child,
    "md-child-born": _ask_born,
    "md-child-early": _ask_early,
    "md-child-weeks": lambda d: d.t.say(Text("child-ask-weeks"), buttons=((button("md:skip", "button-skip"),),
                                                                          _cancel())),
    "md-more": _ask_more,
    "md-consent": _ask_consent,
}
