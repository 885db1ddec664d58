"""Every message of the shipped content rendered in every locale with sample arguments: both genders (and none),
several dates and counts. The tests of this package search what a reader would see."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from bot.core.messages import LOCALES, Text
from bot.i18n import Translator
from bot.tools.content_tree import ContentTree
from bot.tools.translations import signature

CONTENT = Path(__file__).resolve().parents[2] / "content"
NAME = "Džemila"  # a child's nickname as a parent types it: shown as typed in every script
GENDERS = ("girl", "boy", "unknown")
DATES = (date(2027, 1, 15), date(2026, 9, 7), date(2026, 12, 31), date(2025, 5, 1))
COUNTS = (1, 2, 5, 21)
DATE_NAMES = frozenset({"date", "born", "until", "since", "enrolled"})
CHILD_NAMES = frozenset({"name", "child"})
SAMPLES = {"url": "http://www.dzzemun.org.rs/", "link": "https://t.me/cavororo_bot?start=AB12", "phone": "011/2195-422"}


@dataclass(frozen=True)
class Rendered:
    msg_id: str
    locale: str
    gender: str
    day: date
    count: int
    unnamed: bool
    folder: str  # the content folder the message came from
    text: str


@cache
def translator() -> Translator:
    return Translator.from_directory(CONTENT, strict=True, show_unreviewed_romani=True)


@cache
def variables() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Message id -> (variables, selectors), over all three languages."""
    tree = ContentTree.load(CONTENT)
    found: dict[str, tuple[set[str], set[str]]] = {}
    for folder in ("sr", "en", "rom"):
        for msg_id, (_ftl, message) in tree.messages(folder).items():
            names, selectors = found.setdefault(msg_id, (set(), set()))
            sig = signature(message)
            names |= sig.variables
            selectors |= sig.selectors
    return {msg_id: (frozenset(v), frozenset(s)) for msg_id, (v, s) in found.items()}


def sample_args(msg_id: str, gender: str, day: date, count: int, unnamed: bool) -> dict[str, Any]:
    names, selectors = variables()[msg_id]
    args: dict[str, Any] = {}
    for name in names:
        if name == "gender":
            args[name] = gender
        elif name in selectors:
            args[name] = day.month if name == "month" else count
        elif name in CHILD_NAMES:
            args[name] = (Text("child-name-unnamed", {"born": day, "gender": gender}) if unnamed
                          else Text("child-name", {"name": NAME, "gender": gender}))
        elif name in DATE_NAMES:
            args[name] = day
        elif name in SAMPLES:
            args[name] = SAMPLES[name]
        else:
            args[name] = NAME
    return args


def render_all() -> Iterator[Rendered]:
    t = translator()
    for msg_id in sorted(variables()):
        for locale in LOCALES:
            resolution = t.resolve(locale, msg_id)
            if resolution is None:
                continue
            for gender in GENDERS:
                for index, (day, count) in enumerate(zip(DATES, COUNTS, strict=True)):
                    unnamed = index % 2 == 1
                    text = t.format(locale, Text(msg_id, sample_args(msg_id, gender, day, count, unnamed)))
                    yield Rendered(msg_id, locale, gender, day, count, unnamed, resolution.folder, text)


@cache
def rendered() -> tuple[Rendered, ...]:
    return tuple(render_all())
