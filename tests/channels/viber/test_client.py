"""Our Viber REST client against the fake API: the token in a header, bounded waits, refusals by name."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.channels.delivery import TransientDeliveryError
from bot.channels.viber.client import ViberClient
from bot.channels.viber.status import (
    ViberRequestTooLarge,
    ViberStatusError,
    ViberUnavailable,
    delivery_error,
)
from tests.channels.viber.harness import TOKEN
from tests.fakes.viber_api import FakeViberApi


@pytest_asyncio.fixture
async def api() -> AsyncIterator[FakeViberApi]:
    fake = FakeViberApi(TOKEN)
    await fake.start()
    yield fake
    await fake.close()


@pytest_asyncio.fixture
async def client(api: FakeViberApi) -> AsyncIterator[ViberClient]:
    viber = ViberClient(TOKEN, sender_name="Čavororo", sender_avatar="https://example.org/a.jpg",
                        api_base=api.url, timeout=0.3, retry_delays=(0.0,))
    yield viber
    await viber.close()


async def test_a_message_goes_with_the_sender_and_the_token_only_in_a_header(
        api: FakeViberApi, client: ViberClient) -> None:
    token = await client.send_message("u1", {"type": "text", "text": "Zdravo"})
    [call] = api.calls
    assert token.isdigit()
    assert call.body == {"receiver": "u1", "sender": {"name": "Čavororo", "avatar": "https://example.org/a.jpg"},
                         "type": "text", "text": "Zdravo"}
    assert TOKEN not in api.url


async def test_a_slow_api_times_out_as_maybe_delivered(api: FakeViberApi, client: ViberClient) -> None:
    api.delay = 0.5
    with pytest.raises(ViberUnavailable) as raised:
        await client.send_message("u1", {"type": "text", "text": "Zdravo"})
    assert raised.value.code == "timeout" and raised.value.maybe_delivered is True
    error = delivery_error(raised.value)
    assert isinstance(error, TransientDeliveryError) and error.maybe_delivered is True


async def test_a_request_over_30_kb_is_never_sent(api: FakeViberApi, client: ViberClient) -> None:
    with pytest.raises(ViberRequestTooLarge):
        await client.send_message("u1", {"type": "text", "text": "ш" * 16_000})
    assert api.calls == []


async def test_a_refused_token_is_a_status_error_with_its_name(api: FakeViberApi, client: ViberClient) -> None:
    api.token = "another"
    with pytest.raises(ViberStatusError) as raised:
        await client.get_account_info()
    assert (raised.value.status, raised.value.name) == (2, "invalidAuthToken")


async def test_an_unreachable_api_is_unavailable_after_the_retries() -> None:
    viber = ViberClient(TOKEN, sender_name="Čavororo", api_base="http://127.0.0.1:9/pa", retry_delays=(0.0,))
    try:
        with pytest.raises(ViberUnavailable) as raised:
            await viber.get_account_info()
    finally:
        await viber.close()
    assert raised.value.code == "viber_unavailable" and raised.value.maybe_delivered is False


@pytest.mark.parametrize("name", [pytest.param("", id="empty"), pytest.param("x" * 29, id="over-28")])
def test_the_sender_name_must_fit_viber(name: str) -> None:
    with pytest.raises(ValueError):
        ViberClient(TOKEN, sender_name=name)
