"""Milestone check-ins (issue 19): which check-in is due by corrected age, re-checks after "Not yet", and the
act-early decisions, on the project's real data (content/data/milestones.yaml) and on small made-up data."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.catalog import load_library
from bot.catalog.checkins import load_checkins
from bot.catalog.reader import CatalogError
from bot.core import checkins
from bot.core.age import corrected_age_days
from bot.core.checkins import (
    DONE,
    LOST_SKILLS,
    NOT_SURE,
    NOT_YET,
    POSTPONED,
    RECHECK,
    SKIPPED,
    YES,
    CheckinAnswer,
    CheckinStatus,
    Due,
)
from bot.core.library import CheckinQuestion, Checkpoint

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "content")
CHECKPOINTS = LIBRARY.checkpoints
ACT_EARLY = LIBRARY.act_early_answers
TODAY = date(2026, 11, 22)
ORDINARY = CheckinQuestion("x-ordinary")
SIGN = CheckinQuestion("x-sign", act_early=True)
SMALL = (Checkpoint(2, 61, (ORDINARY, SIGN)), Checkpoint(4, 122, (ORDINARY,)))


def months_of(age_days: int, statuses: dict[int, CheckinStatus] | None = None) -> int | None:
    found = checkins.due(CHECKPOINTS, age_days, statuses or {}, TODAY)
    return None if found is None else found.checkpoint.months


def test_the_data_has_every_cdc_checkpoint_with_3_to_6_questions_and_lost_skills_last() -> None:
    assert [c.months for c in CHECKPOINTS] == [2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60]
    for checkpoint in CHECKPOINTS:
        own = checkpoint.questions[:-1]
        assert 3 <= len(own) <= 6
        assert checkpoint.questions[-1] == CheckinQuestion(LOST_SKILLS, act_early=True)
        assert checkpoint.review.sources == ("cdc-milestones-2022", "dz-zemun-development")
    assert ACT_EARLY == {NOT_YET, NOT_SURE}
    signs = {q.id for c in CHECKPOINTS for q in c.questions if q.act_early}
    assert {"2m-smiles", "15m-words", "18m-words", LOST_SKILLS} <= signs


@pytest.mark.parametrize(("age_days", "months"), [
    (0, None), (60, None), (61, 2), (121, 2), (122, 4), (300, 9), (456, 12), (457, 15), (730, 18), (731, 24),
    (1825, 48), (1826, 60), (2190, 60), (2191, None), (3000, None)])
def test_the_check_in_due_is_the_latest_checkpoint_reached(age_days: int, months: int | None) -> None:
    assert months_of(age_days) == months


def test_a_baby_born_early_gets_the_check_in_by_corrected_age_until_two_years() -> None:
    birth = date(2026, 9, 1)  # 82 days old on TODAY
    assert months_of(corrected_age_days(birth, TODAY, None)) == 2
    assert months_of(corrected_age_days(birth, TODAY, 32)) is None  # 8 weeks early: corrected 26 days
    two_years_later = date(2028, 9, 5)  # 735 days: corrected age is over, the 24-month check-in is due
    assert months_of(corrected_age_days(birth, two_years_later, 32)) == 24
    assert months_of(corrected_age_days(birth, date(2028, 8, 20), 32)) == 18  # 719 - 56 = 663 days


def test_done_and_skipped_end_a_check_in_and_postponed_waits_a_week() -> None:
    assert months_of(300, {9: CheckinStatus(9, DONE)}) is None
    assert months_of(300, {9: CheckinStatus(9, SKIPPED)}) is None
    assert months_of(300, {6: CheckinStatus(6, DONE)}) == 9  # another checkpoint's status does not count
    later = checkins.postponed(9, TODAY)
    assert later == CheckinStatus(9, POSTPONED, TODAY + timedelta(days=7))
    assert checkins.due(CHECKPOINTS, 300, {9: later}, TODAY + timedelta(days=6)) is None
    assert checkins.due(CHECKPOINTS, 300, {9: later}, TODAY + timedelta(days=7)) == Due(CHECKPOINTS[3])


def test_not_yet_on_an_ordinary_milestone_plans_a_recheck_in_three_weeks() -> None:
    status = checkins.outcome(2, [(ORDINARY, NOT_YET), (SIGN, YES)], recheck=False, act_early_answers=ACT_EARLY,
                              today=TODAY)
    assert status == CheckinStatus(2, RECHECK, TODAY + timedelta(days=21))
    assert 14 <= (status.not_before - TODAY).days <= 28  # type: ignore[operator]
    assert checkins.due(SMALL, 70, {2: status}, TODAY + timedelta(days=20)) is None
    found = checkins.due(SMALL, 70, {2: status}, TODAY + timedelta(days=21))
    assert found == Due(SMALL[0], recheck=True)
    assert checkins.needs_play_idea(ORDINARY, NOT_YET)
    assert not checkins.needs_play_idea(ORDINARY, NOT_SURE) and not checkins.needs_play_idea(SIGN, NOT_YET)


def test_a_recheck_asks_only_what_was_not_yet_or_not_sure() -> None:
    answers = [CheckinAnswer(2, "x-ordinary", NOT_YET, TODAY, 70), CheckinAnswer(2, "x-sign", YES, TODAY, 70)]
    assert checkins.questions_for(Due(SMALL[0], recheck=True), answers) == (ORDINARY,)
    assert checkins.questions_for(Due(SMALL[0]), answers) == (ORDINARY, SIGN)
    later = [*answers, CheckinAnswer(2, "x-ordinary", YES, TODAY, 91, recheck=True)]
    assert checkins.questions_for(Due(SMALL[0], recheck=True), later) == (ORDINARY, SIGN)  # nothing open: all


@pytest.mark.parametrize(("answer", "expected"), [(YES, False), (NOT_YET, True), (NOT_SURE, True)])
def test_an_act_early_sign_answered_not_yet_or_not_sure_suggests_a_check(answer: str, expected: bool) -> None:
    assert checkins.is_act_early(SIGN, answer, recheck=False, act_early_answers=ACT_EARLY) is expected
    status = checkins.outcome(2, [(ORDINARY, YES), (SIGN, answer)], recheck=False, act_early_answers=ACT_EARLY,
                              today=TODAY)
    assert status.act_early is expected
    assert status.state == (DONE if expected or answer == YES else RECHECK)


def test_which_answers_count_comes_from_the_data() -> None:
    assert not checkins.is_act_early(SIGN, NOT_SURE, recheck=False, act_early_answers={NOT_YET})
    assert not checkins.is_act_early(ORDINARY, NOT_SURE, recheck=False, act_early_answers=ACT_EARLY)


def test_lost_skills_is_asked_at_every_age_and_is_an_act_early_sign() -> None:
    for checkpoint in CHECKPOINTS:
        lost = next(q for q in checkpoint.questions if q.id == LOST_SKILLS)
        assert checkins.is_act_early(lost, NOT_YET, recheck=False, act_early_answers=ACT_EARLY)


def test_not_yet_again_in_a_recheck_suggests_a_check() -> None:
    assert checkins.is_act_early(ORDINARY, NOT_YET, recheck=True, act_early_answers=ACT_EARLY)
    status = checkins.outcome(2, [(ORDINARY, NOT_YET)], recheck=True, act_early_answers=ACT_EARLY, today=TODAY)
    assert status.act_early and status.state == DONE
    assert checkins.outcome(2, [(ORDINARY, YES)], recheck=True, act_early_answers=ACT_EARLY,
                            today=TODAY) == CheckinStatus(2, DONE)


def test_history_keeps_the_latest_answer_in_age_and_question_order_and_skips_unknown_ones() -> None:
    answers = [CheckinAnswer(4, "x-ordinary", NOT_YET, TODAY, 130), CheckinAnswer(2, "x-sign", YES, TODAY, 70),
               CheckinAnswer(2, "x-ordinary", YES, TODAY, 70), CheckinAnswer(4, "x-ordinary", YES, TODAY, 150),
               CheckinAnswer(2, "gone", YES, TODAY, 70)]
    lines = checkins.history(SMALL, answers)
    assert [(h.months, h.question, h.answer) for h in lines] == [
        (2, "x-ordinary", YES), (2, "x-sign", YES), (4, "x-ordinary", YES)]


def test_what_comes_next() -> None:
    assert checkins.next_checkpoint(CHECKPOINTS, 300).months == 12  # type: ignore[union-attr]
    assert checkins.next_checkpoint(CHECKPOINTS, 1826) is None


def test_a_broken_check_in_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "milestones.yaml"
    path.write_text("version: 1\nmilestones: []\ncheckins:\n  - {id: checkin-2m, months: 2, start: 61,"
                    " questions: [{id: a}, {id: b}]}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="3 to 6 questions"):
        load_checkins(path)
    path.write_text("version: 1\nmilestones: []\nact_early_answers: [yes]\ncheckins: []\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="act_early_answers"):
        load_checkins(path)
    path.write_text("version: 1\nmilestones: []\ncheckins:\n  - {id: checkin-2m, months: 2, start: 61,"
                    " questions: [{id: a}, {id: b}, {id: c, media: ../x.png}]}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="inside content/media"):
        load_checkins(path)
