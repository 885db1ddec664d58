"""Who is on a mediator's work list, and in what order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.catalog import load_doses
from bot.core.family import Child, VaccinationRecord
from bot.core.invitation_codes import EXPIRED, UNKNOWN, USED
from bot.core.mediation import FamilyFacts, FamilyProfile
from bot.core.worklist import HELP, NOT_OPENED, NOT_YET, OVERDUE, REASONS, UNREACHABLE, assess, work_list
from bot.i18n.translator import Translator

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
DOSES = load_doses(Path(__file__).resolve().parents[2] / "content" / "data" / "immunization.yaml")


def _facts(family_id: int, born: date = date(2026, 11, 1), *, help_at: datetime | None = None,
           chats: tuple[bool, ...] = (True,), not_yet: int = 0, enrolled: datetime = NOW - timedelta(days=3),
           records: tuple[VaccinationRecord, ...] = ()) -> FamilyFacts:
    profile = FamilyProfile(family_id, 1, f"F{family_id}", "en", "altina", enrolled_at=enrolled,
                            help_requested_at=help_at)
    child = Child(family_id, born, None, None, id=family_id * 10)
    return FamilyFacts(profile, [child], {child.id: list(records)}, chats, not_yet)


@pytest.mark.parametrize(("facts", "reasons"), [
    (_facts(1), ()),
    (_facts(2, help_at=NOW), (HELP,)),
    (_facts(3, born=date(2025, 3, 3)), (OVERDUE,)),
    (_facts(4, not_yet=1), (NOT_YET,)),
    (_facts(5, chats=(False, False)), (UNREACHABLE,)),
    (_facts(6, chats=(False, True)), ()),
    (_facts(7, chats=()), (NOT_OPENED,)),
    (_facts(8, chats=(), enrolled=NOW - timedelta(hours=23)), ()),
    (_facts(9, born=date(2025, 3, 3), help_at=NOW, chats=(False,)), (HELP, OVERDUE, UNREACHABLE)),
], ids=["fine", "help", "overdue", "not-yet", "all-chats-blocked", "one-chat-left", "never-opened",
        "opened-window", "several"])
def test_each_reason_is_found(facts: FamilyFacts, reasons: tuple[str, ...]) -> None:
    assert assess(facts, TODAY, NOW, DOSES).reasons == reasons


def test_doses_of_the_maternity_ward_are_never_overdue() -> None:
    newborn = assess(_facts(1, born=TODAY - timedelta(days=20)), TODAY, NOW, DOSES)
    assert newborn.overdue_doses == 0


def test_families_are_sorted_by_their_most_urgent_reason_then_by_how_late() -> None:
    caseload = [_facts(1), _facts(2, chats=()), _facts(3, chats=(False,)), _facts(4, not_yet=2),
                _facts(5, born=date(2026, 6, 1)), _facts(6, born=date(2025, 3, 3)), _facts(7, help_at=NOW),
                _facts(8, born=date(2025, 3, 3), help_at=NOW)]
    assert [a.family_id for a in work_list(caseload, TODAY, NOW, DOSES)] == [8, 7, 6, 5, 4, 3, 2]


def test_a_recorded_dose_is_not_overdue() -> None:
    born = date(2026, 6, 1)
    before = assess(_facts(1, born=born), TODAY, NOW, DOSES)
    records = tuple(VaccinationRecord(10, dose.id, born + timedelta(days=dose.recommended_age_days))
                    for dose in DOSES)
    after = assess(_facts(1, born=born, records=records), TODAY, NOW, DOSES)
    assert before.overdue_doses > 0 and after.reasons == ()


def test_every_message_id_built_from_a_state_exists_in_serbian() -> None:
    translator = Translator.from_directory(Path(__file__).resolve().parents[2] / "content")
    ids = [f"mediator-status-{r.replace('_', '-')}" for r in (*REASONS, "ok")]
    ids += [f"mediator-reason-{r.replace('_', '-')}" for r in REASONS]
    ids += [f"invitation-{state}{suffix}" for state in (UNKNOWN, USED, EXPIRED) for suffix in ("", "-any")]
    ids += ["mediator-notice-help", "mediator-notice-handed-over"]
    assert [i for i in ids if not translator.has("sr-Latn", i)] == []
