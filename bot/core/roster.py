"""Reading a roster of families (one row per child) for `cavororo families import`, and the checks it shares
with enrolment in the chat: phone numbers, languages, settlements, weeks born early.

Each row is read on its own into a :class:`RosterRow` or a list of :class:`RowProblem` (with a stable
``code``); rows of one family share a ``family`` label, else a phone number, else each row is a family.
A child is a duplicate when another child has the same caregiver phone and birth date (without a phone: the
same caregiver nickname, settlement and birth date); twins are told apart by their nicknames.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.core.dates import BirthDateError, parse_birth_date
from bot.core.mediation import Settlement
from bot.core.messages import LOCALES
from bot.core.onboarding import EARLY_WEEKS
from bot.core.onboarding import clean_nickname as clean_name

PHONE_DIGITS = range(8, 16)  # E.164 allows at most 15 digits
SERBIA = "381"
COLUMNS = ("family", "caregiver", "language", "phone", "settlement", "child_nickname", "birth_date",
           "born_early_weeks", "consent", "mediator")
REQUIRED = ("caregiver", "language", "settlement", "birth_date", "consent")
_LANGUAGES = {"rom": "rom", "romani": "rom", "sr": "sr-Latn", "sr-latn": "sr-Latn", "sr-cyrl": "sr-Cyrl",
              "en": "en", "english": "en"}
_YES = frozenset({"yes", "y", "da", "va", "1", "true", "x"})


@dataclass(frozen=True)
class RowProblem:
    row: int
    field: str
    code: str  # "missing", "invalid", "date_unreadable", ..., "no_consent", "duplicate"
    value: str = ""
    other_row: int | None = None  # the earlier row of a duplicate


@dataclass(frozen=True)
class RosterRow:
    row: int
    family: str  # the grouping key within the file
    caregiver: str
    locale: str
    settlement: str
    phone: str | None
    child_nickname: str | None
    birth_date: date
    weeks: int | None
    mediator_id: int | None

    @property
    def duplicate_key(self) -> tuple[str, ...]:
        return duplicate_key(self.phone, self.caregiver, self.settlement, self.birth_date, self.child_nickname)


def duplicate_key(phone: str | None, caregiver: str, settlement: str, born: date,
                  nickname: str | None) -> tuple[str, ...]:
    """Children with the same key are one child. The nickname tells twins apart when both have one."""
    who = ("phone", phone) if phone else ("name", caregiver.casefold(), settlement)
    return (*who, born.isoformat(), (nickname or "").casefold())


def normalize_phone(text: str) -> str | None:
    """``+381641234567`` from ``064/123-4567``, ``+381 64 123 4567``, ``00381...``; None if not a phone."""
    raw = "".join(ch for ch in text.strip() if ch not in " -/().")
    plus = raw.startswith("+")
    digits = raw[1:] if plus else raw
    if not digits.isascii() or not digits.isdigit():
        return None
    if not plus and digits.startswith("00"):
        digits = digits[2:]
    elif not plus and digits.startswith("0"):
        digits = SERBIA + digits[1:]
    elif not plus and not digits.startswith(SERBIA):
        return None
    return "+" + digits if len(digits) in PHONE_DIGITS else None


def read_locale(text: str) -> str | None:
    value = text.strip()
    return value if value in LOCALES else _LANGUAGES.get(value.lower())


def read_settlement(text: str, settlements: Sequence[Settlement]) -> str | None:
    wanted = " ".join(text.split()).casefold()
    for settlement in settlements:
        if wanted in (settlement.key.casefold(), settlement.name.casefold()):
            return settlement.key
    return None


def read_weeks(text: str) -> int | None:
    """Weeks of pregnancy at birth when born early; None for on time (37+) or empty. ValueError otherwise."""
    value = text.strip()
    if not value:
        return None
    if value.endswith(".0"):  # spreadsheets turn 34 into 34.0
        value = value[:-2]
    if not value.isascii() or not value.isdigit() or len(value) > 2:
        raise ValueError(value)
    weeks = int(value)
    if weeks >= 37:
        return None
    if weeks not in EARLY_WEEKS:
        raise ValueError(value)
    return weeks


def read_row(number: int, cells: Mapping[str, str | date], today: date, month_names: Mapping[str, int],
             settlements: Sequence[Settlement]) -> RosterRow | list[RowProblem]:
    """One row (cells by column name, strings or dates from a spreadsheet) or what is wrong with it."""
    text = {name: str(cells.get(name) or "").strip() for name in COLUMNS if not isinstance(cells.get(name), date)}
    problems = [RowProblem(number, name, "missing") for name in REQUIRED
                if not isinstance(cells.get(name), date) and not text.get(name)]
    if problems:
        return problems
    caregiver = clean_name(text["caregiver"])
    locale = read_locale(text["language"])
    settlement = read_settlement(text["settlement"], settlements)
    checks = [("caregiver", caregiver, text["caregiver"]), ("language", locale, text["language"]),
              ("settlement", settlement, text["settlement"])]
    problems += [RowProblem(number, name, "invalid", raw) for name, value, raw in checks if value is None]
    if text["consent"].lower() not in _YES:
        problems.append(RowProblem(number, "consent", "no_consent", text["consent"]))
    born = _birth_date(number, cells, today, month_names, problems)
    phone, nickname, weeks, mediator_id = _optional(number, text, problems)
    if problems or born is None or caregiver is None or locale is None or settlement is None:
        return problems
    family = text.get("family") or phone or f"row:{number}"
    return RosterRow(number, family, caregiver, locale, settlement, phone, nickname, born, weeks, mediator_id)


def _optional(number: int, text: Mapping[str, str],
              problems: list[RowProblem]) -> tuple[str | None, str | None, int | None, int | None]:
    """Phone, child nickname, weeks born early and mediator id: each may be empty, but not wrong."""
    phone = normalize_phone(text["phone"]) if text.get("phone") else None
    if text.get("phone") and phone is None:
        problems.append(RowProblem(number, "phone", "invalid", text["phone"]))
    nickname = clean_name(text["child_nickname"]) if text.get("child_nickname") else None
    if text.get("child_nickname") and nickname is None:
        problems.append(RowProblem(number, "child_nickname", "invalid", text["child_nickname"]))
    weeks = None
    try:
        weeks = read_weeks(text.get("born_early_weeks", ""))
    except ValueError:
        problems.append(RowProblem(number, "born_early_weeks", "invalid", text["born_early_weeks"]))
    raw_mediator = text.get("mediator", "")
    mediator_id = int(raw_mediator) if raw_mediator.isascii() and raw_mediator.isdigit() else None
    if raw_mediator and mediator_id is None:
        problems.append(RowProblem(number, "mediator", "invalid", raw_mediator))
    return phone, nickname, weeks, mediator_id


def _birth_date(number: int, cells: Mapping[str, str | date], today: date, month_names: Mapping[str, int],
                problems: list[RowProblem]) -> date | None:
    value = cells.get("birth_date")
    try:
        if isinstance(value, date):
            return parse_birth_date(f"{value.day}.{value.month}.{value.year}", today, month_names)
        return parse_birth_date(str(value or "").strip(), today, month_names)
    except BirthDateError as error:
        shown = value.strftime("%d.%m.%Y") if isinstance(value, date) else str(value or "").strip()
        problems.append(RowProblem(number, "birth_date", error.code, shown))
        return None


def find_duplicates(rows: Sequence[RosterRow]) -> tuple[list[RosterRow], list[RowProblem]]:
    """The rows to keep, and a problem for each row that repeats an earlier child of the file."""
    seen: dict[tuple[str, ...], int] = {}
    kept, problems = [], []
    for row in rows:
        first = seen.setdefault(row.duplicate_key, row.row)
        if first != row.row:
            problems.append(RowProblem(row.row, "birth_date", "duplicate", row.birth_date.isoformat(), first))
        else:
            kept.append(row)
    return kept, problems
