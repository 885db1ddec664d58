"""A /mydata file on Viber goes with the family (issue 18, defect 8): after /delete its address answers 404 at once
(not an hour later) and its bytes are deleted, by the request for it or by the periodic clean-up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.channels.viber.harness import Harness, ViberUser, running

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def served(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    folder: Path = tmp_path_factory.mktemp("viber-erased-files")
    async with running(f"sqlite+aiosqlite:///{folder / 'viber.sqlite3'}", serve_files=True,
                       GENERATED_MEDIA_DIR=str(folder / "generated")) as harness:
        yield harness


async def _status(harness: Harness, url: str) -> int:
    async with harness.http.get(url) as answer:
        return answer.status


async def _my_data_file(harness: Harness) -> tuple[ViberUser, str, Path]:
    user = harness.user()
    await user.onboard("en")
    await user.type("/mydata")
    await user.press_id("privacy-button-file")
    (sent,) = [m for m in harness.api.sent_to(user.user_id) if m["type"] == "file"]
    assert harness.channel.files is not None
    path = harness.channel.files.folder / sent["media"].rsplit("/", 1)[1]
    assert await _status(harness, sent["media"]) == 200 and path.exists()
    return user, sent["media"], path


async def _delete(user: ViberUser) -> None:
    await user.type("/delete")
    await user.press_id("privacy-delete-yes")
    assert user.say("privacy-deleted") in user.transcript


async def test_after_delete_the_data_file_answers_404_and_is_gone(served: Harness) -> None:
    user, url, path = await _my_data_file(served)
    await _delete(user)
    assert await _status(served, url) == 404
    assert not path.exists()


async def test_the_periodic_clean_up_deletes_the_file_of_an_erased_family(served: Harness) -> None:
    user, url, path = await _my_data_file(served)
    other, _, kept = await _my_data_file(served)
    await _delete(user)
    assert served.channel.files is not None
    assert await served.channel.files.forget_erased() == 1
    assert not path.exists() and kept.exists()
    assert await _status(served, url) == 404
