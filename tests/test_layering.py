"""DESIGN.md's layering: bot.core imports only the standard library and itself; channels never import each other
(they share only bot/channels/delivery.py, service.py and background.py); ``python -m bot`` only runs the command,
so the composition root (bot/app.py) is never loaded twice."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = sorted((ROOT / "bot" / "core").glob("*.py"))
# What every channel may import: the Sender port, the ChannelService protocol, the background work.
SHARED = ("bot.channels.delivery", "bot.channels.service", "bot.channels.background")
CHANNELS = sorted(p for p in (ROOT / "bot" / "channels").iterdir() if p.name != "__init__.py" and
                  not p.name.startswith("__") and "bot.channels." + p.stem not in SHARED)


def package_of(path: Path) -> str:
    """The package a module of this checkout belongs to, for its relative imports: bot/core/age.py -> bot.core."""
    return ".".join(path.resolve().relative_to(ROOT).parts[:-1])


def imported_modules(path: Path, package: str | None = None) -> set[str]:
    """Every module ``path`` imports, relative imports resolved against ``package`` (default: the file's own)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom):
            names.update(_relative(node, package if package is not None else package_of(path)))
    return names


def _relative(node: ast.ImportFrom, package: str) -> set[str]:
    """``from ..storage import x`` in bot.core -> bot.storage; ``from .. import i18n`` -> bot.i18n."""
    parts = package.split(".")
    if node.level > len(parts):
        return {"." * node.level + (node.module or "") + " (beyond the top-level package)"}
    base = ".".join(parts[:len(parts) - node.level + 1])
    if node.module:
        return {f"{base}.{node.module}"}
    return {f"{base}.{alias.name}" for alias in node.names}


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
        if name.startswith("bot.channels.") and not name.startswith(own) and name not in SHARED
    }
    assert not others, f"{own} imports {sorted(others)}"


def test_the_layering_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("import sqlalchemy\nfrom bot.storage import Database\nimport datetime\n")
    assert imported_modules(module) == {"sqlalchemy", "bot.storage", "datetime"}


@pytest.mark.parametrize(("source", "expected"), [
    ("from ..storage import Database\n", {"bot.storage"}),
    ("from .. import i18n, catalog\n", {"bot.i18n", "bot.catalog"}),
    ("from . import age\nfrom .dates import parse\n", {"bot.core.age", "bot.core.dates"}),
    ("from .... import anything\n", {".... (beyond the top-level package)"}),
], ids=["parent-module", "parent-package-names", "own-package", "beyond-the-top"])
def test_the_layering_check_resolves_relative_imports(tmp_path: Path, source: str, expected: set[str]) -> None:
    module = tmp_path / "bad.py"
    module.write_text(source)
    assert imported_modules(module, package="bot.core") == expected


def test_a_relative_import_out_of_core_breaks_the_core_rule(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from ..storage import Database\n")
    outside = {name for name in imported_modules(module, package="bot.core") if not name.startswith("bot.core")}
    assert outside == {"bot.storage"}


@pytest.mark.parametrize(("path", "package"), [
    (ROOT / "bot" / "core" / "age.py", "bot.core"),
    (ROOT / "bot" / "core" / "__init__.py", "bot.core"),
    (ROOT / "bot" / "channels" / "viber" / "sender.py", "bot.channels.viber"),
], ids=["module", "package-init", "nested"])
def test_a_files_package_comes_from_its_place_in_the_checkout(path: Path, package: str) -> None:
    assert package_of(path) == package


def test_the_channels_are_the_three_messengers() -> None:
    assert sorted(p.stem for p in CHANNELS) == ["telegram", "terminal", "viber"]


def test_python_m_bot_only_runs_the_command() -> None:
    """bot/__main__.py imports bot.cli and nothing else, and nothing imports bot.__main__: run as ``python -m bot``
    it is the module ``__main__``, so anything defined in it would exist twice once imported by name."""
    main = ROOT / "bot" / "__main__.py"
    assert imported_modules(main) == {"bot.cli"}
    tree = ast.parse(main.read_text(encoding="utf-8"))
    defined = [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)]
    assert not defined
    importers = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bot").rglob("*.py")
                       if "bot.__main__" in imported_modules(p))
    assert not importers


def test_python_m_bot_answers_help() -> None:
    import subprocess

    done = subprocess.run([sys.executable, "-m", "bot", "--help"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "cavororo" in done.stdout and "serve" in done.stdout


def _modules_by_name() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for package in ("bot", "scheduler"):
        for path in (ROOT / package).rglob("*.py"):
            if path.name != "__init__.py" and "migrations" not in path.parts:
                found.setdefault(path.name, []).append(str(path.relative_to(ROOT).parent))
    return found


def _a_pair_on_purpose(folders: list[str]) -> bool:
    """A loader in bot/catalog beside the domain records it makes in bot/core (catalog/tips.py -> core/tips.py), or
    the part every messenger has (telegram/webhook.py, viber/webhook.py)."""
    return sorted(folders) in (["bot/catalog", "bot/core"], ["bot/channels/telegram", "bot/channels/viber"])


def test_same_named_modules_are_only_the_pairs_made_on_purpose() -> None:
    shared = {name: sorted(folders) for name, folders in _modules_by_name().items()
              if len(folders) > 1 and not _a_pair_on_purpose(folders)}
    assert not shared, f"modules that do not say which is which: {shared}"


def test_the_same_name_check_sees_a_second_privacy_module() -> None:
    assert not _a_pair_on_purpose(["bot/core", "bot/storage"])
    assert not _a_pair_on_purpose(["bot/catalog", "bot/core", "bot/tools"])


def test_every_subcommand_module_says_so_in_its_name() -> None:
    from bot.cli import COMMAND_MODULES

    assert [m for m in COMMAND_MODULES if not m.endswith("_commands")] == []
