"""`cavororo content preview`: what a parent of a child of a given age receives, per language and script."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.messages import Text
from bot.tools.preview import Content, Fallback, birth_date_for_age, gestational_weeks, preview
from tests.tools.content_fixtures import GOOD, TODAY, content_tree

# A child who is 9 months old on TODAY (1 December 2025): born 1 March 2025, 275 days old.
NINE_MONTHS = {
    "rom": ("Savet vaš čhavo bijandilo 01.03.2025., 9 čhona:\n\nVaker e bebasa kana parues la.\n\n"
            "Tlo glaso si e bebaki angluni škola.",
            "Kana si 9 čhona, but bebe bešen korkore. Te nešto brinil tut, vaker e pedijatrosa.",
            "Vakcine: čhavo bijandilo 01.03.2025. (9 čhona)", "• MMR, angluni doza: katar 01.03.2026."),
    "sr-Latn": ("Savet za dete rođeno 1. mart 2025., 9 meseci:\n\nPričaj sa bebom dok je presvlačiš.\n\n"
                "Tvoj glas je bebina prva škola.",
                "Sa 9 meseci većina beba sedi bez pomoći. Ako te nešto brine, razgovaraj sa pedijatrom.",
                "Vakcine: dete rođeno 1. mart 2025. (9 meseci)", "• MMR, 1. doza: od 1. mart 2026."),
    "sr-Cyrl": ("Савет за дете рођено 1. март 2025., 9 месеци:\n\nПричај са бебом док је пресвлачиш.\n\n"
                "Твој глас је бебина прва школа.",
                "Са 9 месеци већина беба седи без помоћи. Ако те нешто брине, разговарај са педијатром.",
                "Вакцине: дете рођено 1. март 2025. (9 месеци)", "• ММР, 1. доза: од 1. март 2026."),
    "en": ("A tip for your child born 1 March 2025, 9 months:\n\nTalk to your baby while you change her.\n\n"
           "Your voice is your baby's first school.",
           "At 9 months most babies sit without help. If something worries you, talk to the pediatrician.",
           "Vaccines: your child born 1 March 2025 (9 months)", "• MMR, dose 1: from 1 March 2026"),
}


async def run(root, locale: str, age: str, *, show: bool = True, **child):
    content = Content.load(root, show_unreviewed_romani=show)
    return await preview(content, locale, birth_date_for_age(age, TODAY), TODAY, **child)


@pytest.mark.parametrize("locale", list(NINE_MONTHS))
async def test_preview_of_a_nine_month_old_is_what_the_parent_receives(locale):
    tip, milestone, plan_header, plan_line = NINE_MONTHS[locale]
    result = await run(GOOD, locale, "9m")
    assert [s.title for s in result.sections] == ["tip 1 of 1", "milestone note", "vaccines and check-ups"]
    tip_section, milestone_section, plan_section = result.sections
    assert tip_section.message.text == tip
    assert tip_section.message.media == ("pictures/talk.png", "voice/talk.ogg")
    assert milestone_section.message.text == milestone
    assert plan_section.message.text.splitlines()[0] == plan_header
    assert plan_line in plan_section.message.text.splitlines()
    assert (result.born, result.age_days, result.corrected_days) == (date(2025, 3, 1), 275, 275)


@pytest.mark.parametrize(
    ("age", "tip_id", "milestone"),
    [
        pytest.param("40d", "tip-baby-talk", False, id="40-days"),
        pytest.param("20w", "tip-baby-talk", False, id="20-weeks"),
        pytest.param("2y", "tip-toddler-books", False, id="2-years"),
        pytest.param("5y", "tip-child-rules", False, id="5-years"),
    ],
)
async def test_preview_gives_the_tip_of_the_age(age, tip_id, milestone):
    result = await run(GOOD, "en", age)
    expected = Content.load(GOOD, show_unreviewed_romani=True).translator.format("en", Text(tip_id))
    assert result.sections[0].message.text.endswith(expected)
    assert ("milestone note" in [s.title for s in result.sections]) is milestone


async def test_preview_uses_the_corrected_age_of_a_baby_born_early_for_tips_only():
    on_time = await run(GOOD, "en", "12m")
    early = await run(GOOD, "en", "12m", weeks_early=6)  # born at 34 weeks: 42 days younger for tips
    assert on_time.sections[0].message.text.endswith("Look at a picture book together and name what you see.")
    assert early.corrected_days == on_time.age_days - 42
    assert early.sections[0].message.text.endswith("Your voice is your baby's first school.")
    assert early.sections[-1].message.text == on_time.sections[-1].message.text  # vaccines by birth date


@pytest.mark.parametrize(
    ("show", "tip_text", "fallbacks", "awaiting"),
    [
        pytest.param(True, "Vaker e bebasa kana parues la.", [], ["tip-baby-talk"], id="unreviewed-shown"),
        pytest.param(False, "Pričaj sa bebom dok je presvlačiš.",
                     [Fallback("tip-baby-talk", "sr", "awaiting review, hidden")], [], id="unreviewed-hidden"),
    ],
)
async def test_preview_lists_romani_awaiting_review_and_what_fell_back(tmp_path, show, tip_text, fallbacks, awaiting):
    root = content_tree(tmp_path, "romani-awaiting-review")
    tip = (await run(root, "rom", "9m", show=show)).sections[0]
    assert tip.message.text.split("\n\n")[1] == tip_text
    assert [f for f in tip.fallbacks if f.message_id.startswith("tip-")] == fallbacks
    assert list(tip.awaiting_review) == awaiting


async def test_preview_names_a_missing_romani_text_and_the_language_shown_instead(tmp_path):
    root = content_tree(tmp_path, "missing-in-romani")
    tip = (await run(root, "rom", "5y")).sections[0]
    assert tip.message.text.endswith("Dogovorite jedno jednostavno kućno pravilo i pohvalite dete kad ga poštuje.")
    assert Fallback("tip-child-rules", "sr", "missing") in tip.fallbacks


@pytest.mark.parametrize(
    ("age", "born"),
    [
        pytest.param("9m", date(2025, 3, 1), id="months"),
        pytest.param("20w", date(2025, 7, 14), id="weeks"),
        pytest.param("40d", date(2025, 10, 22), id="days"),
        pytest.param("2y", date(2023, 12, 1), id="years"),
        pytest.param("1y6m", date(2024, 6, 1), id="years-and-months"),
        pytest.param(" 9M ", date(2025, 3, 1), id="spaces-and-capitals"),
    ],
)
def test_an_age_is_read_as_completed_months_or_exact_weeks_and_days(age, born):
    assert birth_date_for_age(age, TODAY) == born


@pytest.mark.parametrize("age", ["", "9", "nine months", "9m2y", "-3m"])
def test_an_unreadable_age_is_refused_with_an_example(age):
    with pytest.raises(ValueError, match="write it like 9m"):
        birth_date_for_age(age, TODAY)


@pytest.mark.parametrize(("weeks_early", "weeks"), [(0, None), (3, None), (4, 36), (18, 22)])
def test_weeks_early_become_the_weeks_of_pregnancy_at_birth(weeks_early, weeks):
    assert gestational_weeks(weeks_early) == weeks


def test_the_command_prints_the_preview(capsys):
    main(["content", "preview", "--content", str(GOOD), "--lang", "sr-Cyrl", "--born", "2025-03-01",
          "--today", "2025-12-01", "--name", "Мила"])
    out = capsys.readouterr().out
    assert out.startswith("Preview for sr-Cyrl: child born 2025-03-01, today 2025-12-01, 275 days old\n")
    assert "=== tip 1 of 1 (93 characters) ===\nСавет за Мила, 9 месеци:\n\nПричај са бебом" in out
    assert "media: pictures/talk.png, voice/talk.ogg\n" in out


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["--lang", "de", "--age", "9m"], id="unknown-language"),
        pytest.param(["--lang", "en"], id="no-age"),
        pytest.param(["--lang", "en", "--age", "9m", "--born", "2025-03-01"], id="age-and-birth-date"),
        pytest.param(["--lang", "en", "--born", "1.3.2025"], id="not-iso-date"),
    ],
)
def test_the_command_refuses_what_it_cannot_preview(argv, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["content", "preview", "--content", str(GOOD), *argv])
    assert stopped.value.code == 2


def test_the_command_refuses_a_birth_date_after_today(capsys):
    with pytest.raises(SystemExit, match="the birth date is after today"):
        main(["content", "preview", "--content", str(GOOD), "--lang", "en", "--born", "2026-01-01",
              "--today", "2025-12-01"])


SHIPPED = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def shipped() -> Content:
    return Content.load(SHIPPED, show_unreviewed_romani=True)


@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "sr-Cyrl", "en"])
async def test_preview_runs_the_check_in_of_the_age_answering_not_yet(shipped, locale):
    result = await preview(shipped, locale, birth_date_for_age("9m", TODAY), TODAY)
    checkpoint = next(c for c in shipped.library.checkpoints if c.months == 9)
    sections = {s.title: s for s in result.sections if s.title.startswith("check-in 9 months")}
    say = partial(shipped.translator.format, locale)
    assert say(Text("checkin-button-start")) in sections["check-in 9 months: offer"].message.buttons[0][0].label
    for number, question in enumerate(checkpoint.questions, 1):
        flag = ", act-early sign" if question.act_early else ""
        asked = sections[f"check-in 9 months: question {number} ({question.id}{flag})"].message
        assert say(Text("checkin-q-" + question.id)) in asked.text
        if not question.act_early:
            after = sections[f"check-in 9 months: after “Not yet” to {question.id}"].message.text
            assert say(Text("checkin-play-" + question.id)) in after
    end = "\n".join(s.message.text for title, s in sections.items() if "after the last answer" in title)
    assert say(Text("checkin-act-early", {"name": "x"})).splitlines()[-1] in end
    assert say(Text("checkin-ask-tell")) in end
    assert len([title for title in sections if "after the last answer" in title]) == 3  # message, card, question
    assert result.sections[-1].title == "vaccines and check-ups"  # the plan is still there, after the check-in


async def test_preview_has_no_check_in_before_the_first_checkpoint(shipped):
    result = await preview(shipped, "en", birth_date_for_age("40d", TODAY), TODAY)
    assert not [s for s in result.sections if s.title.startswith("check-in")]
