"""🗣 Romani texts: a mediator reviews and records Romani messages in the chat; an editor applies or rejects."""

from __future__ import annotations

from datetime import date

import pytest

from bot.catalog.recordings import LiveRecordings, current_fingerprints, read_recording, recording_path
from bot.core.messages import Inbound, Text
from bot.core.romani_review import coming_tips
from bot.i18n.review import review_marks
from tests.fakes.chat import NOW, ChatDriver
from tests.mediators.field import enrol, mediator_chat, run_cli
from tests.mediators.review_kit import (
    current_item,
    mp4,
    opus,
    probe,
    proposals,
    review_app,
    send_voice,
    skip_to_plain_text,
)

NEW_TEXT = "Lačho đes! Kava si nevo teksto andar e medijatorka."


async def test_a_text_and_a_voice_note_from_the_chat_reach_the_files_and_the_romani_parent(tmp_path):
    app, root, url = await review_app(tmp_path)
    try:
        _mediator, mira = await mediator_chat(app, "Mira Jovanović", "mira", locale="rom")
        await mira.press_id("mediator-menu-romani")
        assert mira.say("review-button-correct") in mira.labels and mira.say("review-button-skip") in mira.labels
        item = await skip_to_plain_text(app, mira)
        await mira.press_id("review-button-write")
        await mira.text(NEW_TEXT)
        assert mira.say("review-thanks-text") in mira.transcript
        await mira.press_id("review-button-record")
        assert NEW_TEXT in mira.transcript  # she reads her own words
        await send_voice(mira, opus(tmp_path / "note.ogg"))
        assert mira.say("review-thanks-voice") in mira.transcript
        stored = await proposals(app)
        assert [(s.proposal.kind, s.proposal.message_id, s.mediator_name, s.state) for s in stored] == [
            ("text", item, "Mira Jovanović", "pending"), ("voice", item, "Mira Jovanović", "pending")]
        assert stored[0].proposal.at == NOW
        before = app.translator.format("rom", Text(item))
        assert NEW_TEXT not in before  # nothing reaches parents before an editor applies it

        assert await run_cli("content", "reviews", "apply", *(str(s.id) for s in stored), "--content", str(root),
                             "--db", url) == 0

        ftl = next(p for p in (root / "rom").glob("*.ftl") if f"\n{item} =" in p.read_text(encoding="utf-8"))
        text = ftl.read_text(encoding="utf-8")
        assert f"# reviewed: MJ {NOW.date().isoformat()}\n{item} =" in text and NEW_TEXT in text
        recording = read_recording(root, "rom", item)
        assert recording is not None and recording.recorded_by == "MJ" and recording.recorded_on == NOW.date()
        assert recording.text == current_fingerprints(root, "rom")[item]  # speaks the text as it is now
        codec, seconds = probe(recording_path(root, "rom", item))
        assert codec == "opus" and 1.5 < seconds < 2.5
        assert {s.state for s in await proposals(app)} == {"applied"}

        app.content.reload_if_changed()
        assert NEW_TEXT in app.translator.format("rom", Text(item))  # what a parent reading Romani gets now
        sendable = LiveRecordings(root)().first("rom", [item])  # the index the dispatcher sends voice notes from
        assert sendable is not None and sendable.path == f"rom/{item}.ogg"
        await mira.press_id("button-back-to-menu")
        await mira.press_id("mediator-menu-romani")
        assert await current_item(app, mira) != item  # reviewed: no longer asked
    finally:
        await app.close()


async def test_a_rejected_proposal_changes_nothing_and_keeps_its_reason(tmp_path, capsys):
    app, root, url = await review_app(tmp_path)
    try:
        _mediator, ana = await mediator_chat(app, "Ana Nikolić", "ana", locale="sr-Latn")
        await ana.press_id("mediator-menu-romani")
        await ana.press_id("review-button-write")
        await ana.text("Nešto drugo")
        before = {p: p.read_bytes() for p in (root / "rom").glob("*.ftl")}
        (stored,) = await proposals(app)
        assert await run_cli("content", "reviews", "reject", str(stored.id), "--reason", "Serbian, not Romani",
                             "--db", url) == 0
        assert await run_cli("content", "reviews", "apply", str(stored.id), "--content", str(root), "--db", url) == 1
        assert {p: p.read_bytes() for p in (root / "rom").glob("*.ftl")} == before
        capsys.readouterr()
        assert await run_cli("content", "reviews", "--all", "--db", url) == 0
        assert "[rejected: Serbian, not Romani]" in capsys.readouterr().out
    finally:
        await app.close()


async def test_a_proposal_the_content_check_refuses_is_rolled_back(tmp_path):
    app, root, url = await review_app(tmp_path)
    try:
        _mediator, ana = await mediator_chat(app, "Ana Nikolić", "ana", locale="en")
        await ana.press_id("mediator-menu-romani")
        await ana.press_id("review-button-write")
        await ana.text("Adadive si lačho đes.")  # "adadive" is a rejected glossary variant: an error
        before = {p: p.read_bytes() for p in (root / "rom").glob("*.ftl")}
        (stored,) = await proposals(app)
        assert await run_cli("content", "reviews", "apply", str(stored.id), "--content", str(root), "--db", url) == 1
        assert {p: p.read_bytes() for p in (root / "rom").glob("*.ftl")} == before
        assert (await proposals(app))[0].state == "pending"
    finally:
        await app.close()


@pytest.mark.parametrize("setting", [pytest.param("false", id="setting-off"), pytest.param("true", id="setting-on")])
async def test_two_mediators_confirming_the_same_text_count_as_reviewed_only_with_the_setting(
        tmp_path, monkeypatch, setting):
    monkeypatch.setenv("ROMANI_TWO_CONFIRMATIONS", setting)
    app, root, url = await review_app(tmp_path)
    try:
        _m1, mira = await mediator_chat(app, "Mira Jovanović", "mira", locale="rom")
        _m2, dana = await mediator_chat(app, "Dana Stojković", "dana", locale="en")
        await mira.press_id("mediator-menu-romani")
        item = await current_item(app, mira)
        await mira.press_id("review-button-correct")
        assert await current_item(app, mira) != item  # the next one
        first = (await proposals(app))[0]
        assert await run_cli("content", "reviews", "apply", str(first.id), "--content", str(root), "--db", url) == 1
        await dana.press_id("mediator-menu-romani")
        assert await current_item(app, dana) == item
        await dana.press_id("review-button-correct")
        before = {p: p.read_bytes() for p in (root / "rom").glob("*.ftl")}
        status = await run_cli("content", "reviews", "apply", str(first.id), "--content", str(root), "--db", url)
        marked = [p for p in (root / "rom").glob("*.ftl") if p.read_bytes() != before[p]]
        if setting == "false":
            assert status == 1 and marked == []
        else:
            assert status == 0 and len(marked) == 1
            from fluent.syntax import FluentParser

            mark = review_marks(FluentParser().parse(marked[0].read_text(encoding="utf-8")))[item]
            assert mark is not None and mark.initials == "MJ/DS"
            assert {s.state for s in await proposals(app)} == {"applied"}
    finally:
        await app.close()


async def test_forged_and_stale_buttons_and_stray_voice_notes_change_nothing(tmp_path):
    app, root, _url = await review_app(tmp_path)
    try:
        _mediator, mira = await mediator_chat(app, "Mira Jovanović", "mira", locale="en")
        await mira.press_id("mediator-menu-romani")
        for forged in ("md:rvx:1", "md:rvok:0000000000000000", "md:rvok:", "md:rvwr:" + "f" * 40, "md:rvrec:zz"):
            await mira.raw_press(forged)
            assert mira.say("button-stale") in mira.transcript, forged
        await send_voice(mira, b"OggS not really")  # not recording now
        assert mira.say("review-voice-unexpected") in mira.transcript
        await mira.press_id("review-button-record")
        await send_voice(mira, b"OggS long", duration=200.0)
        assert mira.say("review-voice-refused", seconds=90) in mira.transcript
        assert await proposals(app) == []
        parent = ChatDriver(app, "parent-x")
        await parent.onboard("en")
        await parent.raw_press("md:rvok:0000000000000000")  # not a mediator: a stale button, nothing stored
        assert parent.say("button-stale") in parent.transcript
        assert await proposals(app) == []
    finally:
        await app.close()


@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "sr-Cyrl", "en"])
async def test_the_review_speaks_the_mediators_language_and_shows_romani_beside_serbian(tmp_path, locale):
    app, _root, _url = await review_app(tmp_path)
    try:
        _mediator, mira = await mediator_chat(app, "Mira Jovanović", "mira", locale=locale)
        assert mira.say("mediator-menu-romani") in mira.labels
        await mira.press_id("mediator-menu-romani")
        item = await current_item(app, mira)
        items = {i.message_id: i for i in app_catalog(app).items()}
        assert items[item].romani in mira.transcript and items[item].serbian.split("{")[0][:20] in mira.transcript
        await mira.press_id("review-button-skip")
        assert await current_item(app, mira) != item
    finally:
        await app.close()


def app_catalog(app):
    from bot.i18n.review_catalog import ContentReviewCatalog

    return ContentReviewCatalog(app.settings.content_dir)


async def test_the_coming_tips_of_her_families_come_first(tmp_path):
    app, _root, _url = await review_app(tmp_path)
    try:
        _mediator, mira = await mediator_chat(app, "Mira Jovanović", "mira", locale="en")
        await enrol(mira, "Mira", children=(("Luka", "3.3.2025", None),))
        await mira.send(Inbound(mira.user, command="menu"))
        await mira.press_id("mediator-menu-romani")
        coming = coming_tips(app.library.tips, [(date(2025, 3, 3), None)], NOW.date())
        assert coming and await current_item(app, mira) == coming[0]
    finally:
        await app.close()


async def test_a_viber_video_recording_is_applied_as_opus_and_counted_by_coverage(tmp_path, capsys):
    app, root, url = await review_app(tmp_path)
    try:
        _mediator, dana = await mediator_chat(app, "Dana Stojković", "dana", locale="sr-Cyrl")
        await dana.press_id("mediator-menu-romani")
        item = await current_item(app, dana)
        await dana.press_id("review-button-record")
        await send_voice(dana, mp4(tmp_path / "note.mp4", 3.0), duration=3.0, media_type="video/mp4")
        ftl = next(p for p in (root / "rom").glob("*.ftl") if f"\n{item} =" in p.read_text(encoding="utf-8"))
        capsys.readouterr()
        assert await run_cli("content", "coverage", "--content", str(root), "--db", url) == 0
        rom_table = capsys.readouterr().out.split("\n\n")[0].splitlines()
        row = next(line for line in rom_table if line.startswith(ftl.name + " "))
        assert row.split()[-2:] == ["1", "0"]  # proposed 1, recorded 0

        (stored,) = await proposals(app)
        assert await run_cli("content", "reviews", "apply", str(stored.id), "--content", str(root), "--db", url) == 0
        codec, seconds = probe(recording_path(root, "rom", item))
        assert codec == "opus" and 2.5 < seconds < 3.5
        recording = read_recording(root, "rom", item)
        assert recording is not None and recording.recorded_by == "DS" and not recording.reviewed
        assert "# reviewed:" not in ftl.read_text(encoding="utf-8").split(f"\n{item} =")[0].splitlines()[-1]
        capsys.readouterr()
        assert await run_cli("content", "coverage", "--content", str(root), "--db", url) == 0
        rom_table = capsys.readouterr().out.split("\n\n")[0].splitlines()
        row = next(line for line in rom_table if line.startswith(ftl.name + " "))
        assert row.split()[-2:] == ["0", "1"]  # proposed 0 (applied), recorded 1
    finally:
        await app.close()


async def test_a_romani_parent_is_greeted_with_the_applied_wording(tmp_path):
    app, root, url = await review_app(tmp_path)
    try:
        _mediator, mira = await mediator_chat(app, "Mira Jovanović", "mira", locale="rom")
        await mira.press_id("mediator-menu-romani")
        for _ in range(300):  # the reminders come first, then the menus
            if await current_item(app, mira) == "menu-welcome-back":
                break
            await mira.press_id("review-button-skip")
        assert await current_item(app, mira) == "menu-welcome-back"
        await mira.press_id("review-button-write")
        await mira.text("Lačho avilan palpale amende! So trebul tuće?")
        parent = ChatDriver(app, "romani-parent")
        await parent.onboard("rom")
        (stored,) = await proposals(app)
        assert await run_cli("content", "reviews", "apply", str(stored.id), "--content", str(root), "--db", url) == 0
        app.content.reload_if_changed()
        await parent.start()
        assert "Lačho avilan palpale amende! So trebul tuće?" in parent.transcript
    finally:
        await app.close()
