"""A scripted chat through the same path `cavororo chat` uses: terminal parsing, Inbox, engine, renderer."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.app import App, build
from bot.channels.terminal import Keyboard, parse_json
from bot.clock import FixedClock
from bot.config import Settings
from bot.core.messages import ChannelUser, Inbound, Text
from bot.i18n.render import RenderedMessage

CONTENT = Path(__file__).resolve().parents[2] / "content"
# A fixed "now": Sunday 22 November 2026, 10:00 in Belgrade.
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


async def make_app(database_url: str, clock: FixedClock | None = None) -> App:
    settings = Settings(DATABASE_URL=database_url, CONTENT_DIR=CONTENT)  # type: ignore[call-arg]
    return await build(settings, clock=clock or FixedClock(NOW), strict_content=True)


class ChatDriver:
    """One user's chat; ``last`` holds the bot's answer to the latest input."""

    def __init__(self, app: App, user_id: str = "parent-1", channel: str = "terminal") -> None:
        self.app = app
        self.user = ChannelUser(channel, user_id)
        self.keyboard = Keyboard()
        self.last: list[RenderedMessage] = []
        self.locale = "sr-Latn"

    async def send(self, inbound: Inbound) -> list[RenderedMessage]:
        self.last = await self.app.inbox.handle(inbound) or []
        self.keyboard.update(self.last)
        return self.last

    async def start(self, code: str = "") -> list[RenderedMessage]:
        return await self.send(Inbound(self.user, start=code))

    async def text(self, text: str) -> list[RenderedMessage]:
        return await self.send(Inbound(self.user, text=text))

    async def location(self, lat: float, lon: float) -> list[RenderedMessage]:
        return await self.send(Inbound(self.user, location=(lat, lon)))

    async def press(self, label_or_index: str | int) -> list[RenderedMessage]:
        return await self.send(parse_json({"press": label_or_index}, self.user, self.keyboard))

    async def press_id(self, message_id: str, **args: object) -> list[RenderedMessage]:
        """Press the button whose label is this message in the chat's locale."""
        return await self.press(self.say(message_id, **args))

    async def raw_press(self, data: str) -> list[RenderedMessage]:
        """A press with arbitrary button data, as a forged callback would send."""
        return await self.send(Inbound(self.user, press=data))

    def say(self, message_id: str, **args: object) -> str:
        return self.app.translator.format(self.locale, Text(message_id, args))

    @property
    def transcript(self) -> str:
        return "\n\n".join(m.text for m in self.last)

    @property
    def labels(self) -> list[str]:
        return [b.label for m in self.last for row in m.buttons for b in row]

    async def onboard(self, locale: str, nickname: str | None = "Mila", born: str = "1.9.2026") -> None:
        """Language, consent, nickname, birth date, born on time: ends at the main menu."""
        self.locale = locale
        await self.start()
        await self.press_id({"rom": "language-rom", "sr-Latn": "language-sr-latn",
                             "sr-Cyrl": "language-sr-cyrl", "en": "language-en"}[locale])
        await self.press_id("onboarding-consent-yes")
        if nickname is None:
            await self.press_id("button-skip")
        else:
            await self.text(nickname)
        await self.text(born)
        if self.say("child-early-no") in self.labels:  # not asked for a child over two years
            await self.press_id("child-early-no")
