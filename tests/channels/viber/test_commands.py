"""`cavororo viber set-webhook URL` and `cavororo viber info`, through the real command parser."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.channels.viber.client import WEBHOOK_EVENTS
from bot.cli import parser
from tests.channels.viber.harness import TOKEN
from tests.fakes.viber_api import FakeViberApi


@pytest_asyncio.fixture
async def api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeViberApi]:
    fake = FakeViberApi(TOKEN)
    await fake.start()
    monkeypatch.setenv("VIBER_AUTH_TOKEN", TOKEN)
    monkeypatch.setenv("VIBER_API_BASE", fake.url)
    yield fake
    await fake.close()


async def _run(*argv: str) -> None:
    args = parser().parse_args(list(argv))
    await args.run(args)


async def test_set_webhook_registers_the_url_for_every_event(
        api: FakeViberApi, capsys: pytest.CaptureFixture[str]) -> None:
    await _run("viber", "set-webhook", "https://bot.example.org/viber")
    [call] = api.calls
    assert call.method == "set_webhook"
    assert call.body["url"] == "https://bot.example.org/viber"
    assert call.body["event_types"] == list(WEBHOOK_EVENTS)
    out = capsys.readouterr().out
    assert "webhook set: https://bot.example.org/viber" in out
    assert TOKEN not in out


async def test_set_webhook_refuses_a_url_that_is_not_https(
        api: FakeViberApi, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        await _run("viber", "set-webhook", "http://bot.example.org/viber")
    assert ended.value.code == 1
    assert "https://" in capsys.readouterr().err
    assert api.calls == []


async def test_a_refused_token_is_explained_by_its_status_name(
        api: FakeViberApi, capsys: pytest.CaptureFixture[str]) -> None:
    api.token = "another"
    with pytest.raises(SystemExit) as ended:
        await _run("viber", "info")
    assert ended.value.code == 1
    err = capsys.readouterr().err
    assert "invalidAuthToken" in err and TOKEN not in err


async def test_info_shows_the_bot_account(api: FakeViberApi, capsys: pytest.CaptureFixture[str]) -> None:
    await _run("viber", "info")
    out = capsys.readouterr().out
    assert "name: Čavororo" in out
    assert "uri: cavororo" in out


async def test_without_a_token_the_command_says_so(
        api: FakeViberApi, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("VIBER_AUTH_TOKEN")
    with pytest.raises(SystemExit):
        await _run("viber", "info")
    assert "VIBER_AUTH_TOKEN" in capsys.readouterr().err
