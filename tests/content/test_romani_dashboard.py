"""content/rom/dashboard*.ftl are Gurbet drafts, not copies of the Serbian: every message says something of its
own (names that stay as they are aside), keeps the Serbian ids and placeables, and none is marked reviewed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser, FluentSerializer, ast

from bot.i18n.review import review_marks

CONTENT = Path(__file__).resolve().parents[2] / "content"
# The same in both on purpose: language names in their own language, and single words the glossary keeps as
# loanwords (medijatorka, naselje, poruke, savet, vakcine, pregledi, doza, aplikacija, aktivne).
SAME_ON_PURPOSE = {"dashboard-language-sr", "dashboard-language-en", "dashboard-filter-mediator",
                   "dashboard-filter-settlement", "dashboard-col-settlement", "dashboard-col-mediator",
                   "dashboard-col-channel", "dashboard-col-dose", "dashboard-col-messages", "dashboard-col-tip",
                   "dashboard-value-active", "dashboard-value-kind-tip", "dashboard-value-kind-vaccine",
                   "dashboard-value-kind-checkup"}


def _resource(folder: str, name: str) -> ast.Resource:
    return FluentParser().parse((CONTENT / folder / name).read_text(encoding="utf-8"))


def _messages(resource: ast.Resource) -> dict[str, str]:
    serializer = FluentSerializer()
    return {entry.id.name: serializer.serialize_entry(ast.Message(entry.id, entry.value, entry.attributes))
            for entry in resource.body if isinstance(entry, ast.Message)}


def _placeables(text: str) -> set[str]:
    return {part.split("}")[0].strip() for part in text.split("{")[1:]}


@pytest.mark.parametrize("name", ["dashboard.ftl", "dashboard-panels.ftl"])
def test_the_romani_dashboard_is_a_translation_of_the_serbian_awaiting_review(name: str) -> None:
    romani, serbian = _resource("rom", name), _resource("sr", name)
    rom, sr = _messages(romani), _messages(serbian)
    assert rom.keys() == sr.keys()
    copied = [msg_id for msg_id in rom if rom[msg_id] == sr[msg_id] and msg_id not in SAME_ON_PURPOSE]
    assert copied == []
    assert all(_placeables(rom[msg_id]) == _placeables(sr[msg_id]) for msg_id in rom)
    assert all(mark is None for mark in review_marks(romani).values())  # nobody reviewed it
