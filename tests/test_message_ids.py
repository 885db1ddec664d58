"""Every Fluent message id the code names, or builds from data, exists in the Serbian source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.catalog import load_library
from bot.core import dates, onboarding, removal, turn
from bot.core.directory import WEEKDAYS
from bot.i18n.translator import Translator
from bot.tools.catalog_refs import guide_messages

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
# Calls whose argument at this position is a message id: Text("id"), button("data", "id").
ID_ARGUMENT = {"Text": 0, "button": 1}


def literal_ids(path: Path) -> set[str]:
    ids: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ID_ARGUMENT:
            position = ID_ARGUMENT[node.func.id]
            if len(node.args) > position and isinstance(node.args[position], ast.Constant):
                ids.add(node.args[position].value)
    return ids


def code_ids() -> set[str]:
    ids = set().union(*(literal_ids(p) for p in (ROOT / "bot").rglob("*.py")))
    ids |= {label for row in turn.MENU_ROWS for _, label in row}
    ids |= set(onboarding._LANGUAGE_LABELS.values())
    return ids


def data_ids() -> set[str]:
    library = load_library(CONTENT)
    ids = {"vaccine-" + d.id.replace("_", "-") for d in library.doses}
    ids |= {"visit-" + v.id.replace("_", "-") for v in library.visits}
    ids |= {t.id for t in library.tips}
    ids |= {f"services-category-{c}" for c in library.categories}
    for s in library.services:
        ids |= {f"service-{s.id}-name", f"service-{s.id}-description"}
        ids |= {f"service-offer-{k}" for k in s.offers} | {f"service-document-{k}" for k in s.documents}
    ids |= {f"weekday-{day}" for day in WEEKDAYS}
    codes = (dates.DATE_UNREADABLE, dates.DATE_IMPOSSIBLE, dates.DATE_FUTURE, dates.DATE_TOO_OLD)
    ids |= {"birth-date-error-" + code.replace("_", "-") for code in codes}
    ids |= {"age-days", "age-months", "age-years-months"}
    ids |= {msg_id for _, _, msg_id in guide_messages(library)}
    ids |= {f"removal-reason-{reason}" for reason in removal.REASONS}
    ids |= {f"loss-pause-{days}" for days in removal.PAUSE_CHOICES}
    ids |= {"mediator-notice-" + removal.NOTICE.replace("_", "-")}
    return ids


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator.from_directory(CONTENT)


def test_the_scan_finds_the_ids_the_dialog_uses() -> None:
    found = code_ids()
    assert {"menu-tip", "onboarding-privacy-notice", "button-stale", "child-ask-early"} <= found


@pytest.mark.parametrize("source", ["code", "data"])
def test_every_message_id_exists_in_serbian(translator: Translator, source: str) -> None:
    wanted = code_ids() if source == "code" else data_ids()
    missing = sorted(i for i in wanted if not translator.has("sr-Latn", i) or translator.resolve("sr-Latn", i) is None
                     or translator.resolve("sr-Latn", i).fell_back)
    assert not missing, f"ids used by the {source} but missing in content/sr: {missing}"
