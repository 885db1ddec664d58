"""🗣 Romani texts on the messengers: a Telegram voice note (getFile) and a Viber video message (its media URL) are
downloaded and kept as the mediator's recording; a parent's voice note is still only "please use the buttons"."""

from __future__ import annotations

from tests.channels.telegram.harness import telegram_world
from tests.channels.viber.harness import running
from tests.fakes.telegram_updates import message_update
from tests.mediators.field import LANGUAGE_LABELS, new_mediator
from tests.mediators.review_kit import mp4, opus, proposals


async def test_a_telegram_voice_note_is_kept_as_the_mediators_recording(tmp_path):
    async with telegram_world(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}") as world:
        _mediator, code = await new_mediator(world.app, "Mira Jovanović")
        mira = world.parent(7101, language_code="sr")
        mira.locale = "rom"
        await mira.text(f"/start {code}")
        await mira.press_id(LANGUAGE_LABELS["rom"])
        await mira.press_id("mediator-menu-romani")
        await mira.press_id("review-button-record")
        note = opus(tmp_path / "note.ogg")
        world.fake.add_file("voice-mira-1", note)
        await mira.send(message_update(world.fake.next_update_id(), 7101, language_code="sr", voice={
            "file_id": "voice-mira-1", "file_unique_id": "vm1", "duration": 2, "mime_type": "audio/ogg",
            "file_size": len(note)}))
        assert mira.say("review-thanks-voice") in mira.transcript
        (stored,) = await proposals(world.app)
        assert stored.proposal.kind == "voice" and stored.proposal.voice == note
        assert stored.proposal.duration_s == 2.0 and stored.proposal.media_type == "audio/ogg"

        parent = world.parent(7102)
        await parent.onboard("en")
        world.fake.add_file("voice-parent", note)
        await parent.send(message_update(world.fake.next_update_id(), 7102, voice={
            "file_id": "voice-parent", "file_unique_id": "vp", "duration": 2}))
        assert parent.transcript  # answered as before (what the bot can read), nothing stored
        assert len(await proposals(world.app)) == 1
        assert len(world.fake.methods("getFile")) == 1  # a parent's voice note is never downloaded


async def test_a_viber_video_message_is_kept_as_the_mediators_recording(tmp_path):
    async with running(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}") as harness:
        _mediator, code = await new_mediator(harness.app, "Dana Stojković")
        dana = harness.user()
        dana.locale = "sr-Cyrl"
        await dana.open(context=code)
        await dana.press_id(LANGUAGE_LABELS["sr-Cyrl"])
        await dana.press_id("mediator-menu-romani")
        await dana.press_id("review-button-record")
        video = mp4(tmp_path / "note.mp4")
        url = harness.api.media_url("note.mp4", video)
        await dana.message({"type": "video", "media": url, "size": len(video), "duration": 2})
        assert dana.say("review-thanks-voice") in dana.transcript
        (stored,) = await proposals(harness.app)
        assert stored.proposal.voice == video and stored.proposal.media_type == "video/mp4"

        await dana.message({"type": "picture", "media": harness.api.media_url("p.jpg", b"\xff\xd8"), "size": 2})
        assert len(await proposals(harness.app)) == 1  # a picture is never a recording
        parent = harness.user()
        await parent.onboard("en")
        await parent.message({"type": "video", "media": harness.api.media_url("kid.mp4", video), "size": len(video)})
        assert len(await proposals(harness.app)) == 1  # nor a parent's video (it is not even downloaded)
