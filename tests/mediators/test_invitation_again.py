"""A parent who opens her own, already used invitation again is welcomed back, in her language."""

from __future__ import annotations

import pytest

from tests.fakes.chat import ChatDriver
from tests.mediators.field import enrol, mediator_chat

pytestmark = pytest.mark.asyncio(loop_scope="package")


@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "sr-Cyrl", "en"])
async def test_reopening_ones_own_used_invitation_welcomes_her_back(field, locale: str) -> None:
    _, ana = await mediator_chat(field, "Ana", f"again-ana-{locale}")
    code = await enrol(ana, language=locale)
    parent = ChatDriver(field, f"again-parent-{locale}", "telegram")
    parent.locale = locale
    await parent.start(code)
    assert parent.last[0].text == parent.say("invitation-family-welcome")  # then the privacy notice
    await parent.start(code)  # the link again, a day or a month later
    assert parent.transcript == parent.say("invitation-welcome-back")
    assert parent.say("invitation-used") not in parent.transcript
    assert parent.say("menu-tip") in parent.labels


async def test_someone_elses_used_invitation_is_still_refused(field) -> None:
    _, ana = await mediator_chat(field, "Ana", "again-ana-other")
    code = await enrol(ana)
    first, second = ChatDriver(field, "again-first"), ChatDriver(field, "again-second")
    first.locale = second.locale = "en"
    await first.start(code)
    await second.onboard("en")
    await second.start(code)
    assert second.last[0].text == second.say("invitation-used")
