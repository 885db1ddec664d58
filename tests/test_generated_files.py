"""Files made for one user, kept for a while and served by URL (what Viber needs): names, modes, expiry, serving."""

from __future__ import annotations

import os
import stat
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.channels.viber.generated_files import FILE_LIFETIME_S, NAME, PICTURE_LIFETIME_S, GeneratedFiles
from bot.core.messages import Attachment

BASE = "https://bot.example.org"
START = 1_795_338_000.0  # 2026-11-22 09:00 UTC
PICTURE = Attachment("cavororo-invitation.png", b"\x89PNG\r\n\x1a\nfake-picture", "image/png")
EXPORT = Attachment("cavororo-data.json", b'{"family": {"language": "rom"}}', "application/json; charset=utf-8")


class Clock:
    """Wall-clock seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def files(tmp_path: Path, clock: Clock) -> GeneratedFiles:
    return GeneratedFiles(tmp_path / "generated", BASE + "/", clock)


def test_a_file_gets_a_random_192_bit_name_under_the_public_address_readable_by_the_bot_only(files) -> None:
    first, second = files.publish(PICTURE), files.publish(PICTURE)
    name = first.url.removeprefix(BASE + "/files/")
    assert NAME.fullmatch(name) and name.endswith(".png") and len(name.removesuffix(".png")) == 32
    assert first.url != second.url
    assert (first.name, first.size, first.media_type) == ("cavororo-invitation.png", len(PICTURE.content), "image/png")
    path = files.folder / name
    assert path.read_bytes() == PICTURE.content
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(files.folder.stat().st_mode) == 0o700


@pytest.mark.parametrize(("attachment", "extension", "lifetime"), [
    pytest.param(PICTURE, "png", PICTURE_LIFETIME_S, id="picture-24h"),
    pytest.param(EXPORT, "json", FILE_LIFETIME_S, id="data-export-1h"),
    pytest.param(Attachment("x.exe", b"MZ", "application/x-msdownload"), "bin", FILE_LIFETIME_S, id="unknown-type"),
])
def test_each_kind_of_file_expires_after_its_lifetime(files, clock, attachment, extension, lifetime) -> None:
    name = files.publish(attachment).url.rsplit("/", 1)[1]
    assert name.endswith("." + extension)
    assert files.find(name) == files.folder / name
    clock.now = START + lifetime - 1
    assert files.find(name) is not None
    clock.now = START + lifetime
    assert files.find(name) is None


def test_expired_files_are_deleted_on_each_write_and_nothing_else_in_the_folder_is_touched(files, clock) -> None:
    old = files.publish(EXPORT).url.rsplit("/", 1)[1]
    picture = files.publish(PICTURE).url.rsplit("/", 1)[1]
    (files.folder / "notes.txt").write_text("the operator's")
    (files.folder / ("a" * 31 + ".png")).write_bytes(b"not ours")
    clock.now = START + FILE_LIFETIME_S
    files.publish(PICTURE)
    assert not (files.folder / old).exists()
    assert (files.folder / picture).exists()
    assert (files.folder / "notes.txt").exists() and (files.folder / ("a" * 31 + ".png")).exists()
    clock.now = START + PICTURE_LIFETIME_S + FILE_LIFETIME_S
    assert files.sweep() == 2
    assert sorted(os.listdir(files.folder)) == ["a" * 31 + ".png", "notes.txt"]


def test_a_sweep_of_a_folder_not_made_yet_does_nothing(files) -> None:
    assert files.sweep() == 0
    assert not files.folder.exists()


@pytest.mark.parametrize("name", [
    "../generated/x.png", "a" * 31 + ".png", "a" * 33 + ".png", "a" * 32 + ".exe", "a" * 32 + ".PNG",
    "a" * 32, "a" * 32 + ".png/", "a" * 30 + "..png", "a" * 31 + "/.png", "notes.txt",
], ids=["traversal", "short", "long", "other-extension", "upper-case-extension", "no-extension", "trailing-slash",
        "dots", "slash", "another-file"])
def test_a_name_not_of_the_stored_shape_is_never_looked_up(files, name: str) -> None:
    files.folder.mkdir(mode=0o700)
    (files.folder / "notes.txt").write_text("x")
    assert files.find(name) is None


# -- served by the web app ------------------------------------------------------------------------------------


@pytest_asyncio.fixture
async def served(files) -> AsyncIterator[tuple[GeneratedFiles, str, aiohttp.ClientSession]]:
    app = web.Application()
    files.register(app)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as http:
            yield files, str(server.make_url("")).rstrip("/"), http
    finally:
        await server.close()


async def test_a_stored_file_is_served_with_its_type_and_never_cached(served) -> None:
    files, origin, http = served
    for attachment, media_type in ((PICTURE, "image/png"), (EXPORT, "application/json")):
        url = files.publish(attachment).url.replace(BASE, origin)
        async with http.get(url) as answer:
            assert (answer.status, answer.content_type) == (200, media_type)
            assert answer.headers["Cache-Control"] == "no-store"
            assert answer.headers["X-Content-Type-Options"] == "nosniff"
            assert await answer.read() == attachment.content
        async with http.head(url) as answer:
            assert answer.status == 200


async def test_an_expired_file_answers_404(served, clock) -> None:
    files, origin, http = served
    url = files.publish(PICTURE).url.replace(BASE, origin)
    clock.now = START + PICTURE_LIFETIME_S
    async with http.get(url) as answer:
        assert answer.status == 404
        assert answer.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("path", [
    "/files/" + "A" * 32 + ".png", "/files/", "/files", "/files/..%2Fsecret.png", "/files/%2E%2E%2Fsecret.png",
    "/files/../secret.png", "/files/secret.png", "/files/" + "A" * 32 + ".png%00.txt",
], ids=["unknown-token", "listing", "no-slash", "encoded-slash", "encoded-dots", "dot-dot", "other-file", "nul"])
async def test_unknown_forged_or_traversing_names_answer_404(served, path: str) -> None:
    files, origin, http = served
    files.publish(PICTURE)
    (files.folder.parent / "secret.png").write_bytes(b"secret")
    (files.folder / "secret.png").write_bytes(b"secret")
    async with http.get(origin + path) as answer:
        assert answer.status == 404
        assert b"secret" not in await answer.read()
