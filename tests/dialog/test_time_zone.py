"""One time zone: the TIMEZONE setting decides the local day of a turn, and so a child's enrolment day.

23:30 UTC on Sunday 22 November 2026 is already Monday in Belgrade (00:30) and still Sunday in New York (18:30).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from bot.app import App, build
from bot.clock import FixedClock
from bot.config import Settings
from bot.i18n.formatting import format_date
from tests.fakes.chat import CONTENT, ChatDriver

LATE_SUNDAY_UTC = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
MONDAY = date(2026, 11, 23)


async def _app(database_url: str, zone: str) -> App:
    settings = Settings(DATABASE_URL=database_url, CONTENT_DIR=CONTENT, TIMEZONE=zone)  # type: ignore[call-arg]
    return await build(settings, clock=FixedClock(LATE_SUNDAY_UTC, zone=zone), strict_content=True)


async def _add_child(app: App, born: str) -> ChatDriver:
    chat = ChatDriver(app)
    chat.locale = "en"
    await chat.start()
    await chat.press_id("language-en")
    await chat.press_id("onboarding-consent-yes")
    await chat.text("Mila")
    await chat.text(born)
    return chat


@pytest.mark.parametrize(("zone", "enrolled_on"), [
    pytest.param("Europe/Belgrade", MONDAY, id="belgrade-already-monday"),
    pytest.param("America/New_York", date(2026, 11, 22), id="new-york-still-sunday"),
])
async def test_a_child_is_enrolled_on_the_local_day_of_the_timezone_setting(
    database_url: str, zone: str, enrolled_on: date,
) -> None:
    app = await _app(database_url, zone)
    try:
        chat = await _add_child(app, "1.9.2026")
        await chat.press_id("child-early-no")
        async with app.database.engine.connect() as connection:
            found = (await connection.execute(sa.text("SELECT enrolled_on FROM child").columns(
                enrolled_on=sa.Date()))).scalar_one()
    finally:
        await app.database.dispose()
    assert found == enrolled_on


@pytest.mark.parametrize(("zone", "accepted"), [
    pytest.param("Europe/Belgrade", True, id="belgrade-monday-has-begun"),
    pytest.param("America/New_York", False, id="new-york-monday-is-the-future"),
])
async def test_a_birth_today_is_accepted_only_where_that_day_has_begun(
    database_url: str, zone: str, accepted: bool,
) -> None:
    app = await _app(database_url, zone)
    try:
        chat = await _add_child(app, "23.11.2026")
    finally:
        await app.database.dispose()
    assert (format_date(MONDAY, "en") in chat.transcript) is accepted
    assert (chat.say("child-early-yes") in chat.labels) is accepted


async def test_a_clock_in_another_zone_than_the_timezone_setting_is_refused(database_url: str) -> None:
    settings = Settings(DATABASE_URL=database_url, CONTENT_DIR=CONTENT, TIMEZONE="America/New_York")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="TIMEZONE"):
        await build(settings, clock=FixedClock(LATE_SUNDAY_UTC))
