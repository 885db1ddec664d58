"""DESIGN.md's layering: bot.core imports only the standard library and itself; channels never import each other."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = sorted((ROOT / "bot" / "core").glob("*.py"))
CHANNELS = sorted(p for p in (ROOT / "bot" / "channels").iterdir() if p.name != "__init__.py" and
                  not p.name.startswith("__"))


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.name)
def test_core_imports_only_the_standard_library_and_itself(path: Path) -> None:
    outside = {
        name for name in imported_modules(path)
        if not name.startswith("bot.core") and name.split(".")[0] not in sys.stdlib_module_names
        and name != "__future__"
    }
    assert not outside, f"{path.name} imports {sorted(outside)}"


@pytest.mark.parametrize("path", CHANNELS, ids=lambda p: p.name)
def test_channels_never_import_each_other(path: Path) -> None:
    own = "bot.channels." + path.stem
    files = [path] if path.is_file() else list(path.rglob("*.py"))
    others = {
        name for f in files for name in imported_modules(f)
        if name.startswith("bot.channels.") and not name.startswith(own)
    }
    assert not others, f"{own} imports {sorted(others)}"


def test_the_layering_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("import sqlalchemy\nfrom bot.storage import Database\nimport datetime\n")
    assert imported_modules(module) == {"sqlalchemy", "bot.storage", "datetime"}
