"""`cavororo services check` on the fixture directory and on broken variants, each failing for its own reason.

Each file of tests/fixtures/services/broken/ ends with ``# expect: <severity> <line>: <text>`` lines: every
expected problem must be reported (at that line, with that severity, containing that text) and nothing else.
"""

from __future__ import annotations

import re
import shutil
from contextlib import nullcontext
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from bot.tools.services_commands import check_services

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "services"
GOOD = FIXTURES / "content"
BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))
TODAY = date(2026, 5, 1)
EXPECT = re.compile(r"# expect: (error|warning) (\d+): (.+)\Z")


def content_with(tmp_path: Path, broken: Path | None = None) -> Path:
    """A copy of the good fixture content, with one data file replaced by a broken variant."""
    content = tmp_path / "content"
    shutil.copytree(GOOD, content)
    if broken is not None:
        target = "holidays.yaml" if broken.name.startswith("holidays-") else "services.yaml"
        shutil.copyfile(broken, content / "data" / target)
    return content


def expectations(path: Path) -> list[tuple[str, int, str]]:
    found = [EXPECT.match(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [(m[1], int(m[2]), m[3]) for m in found if m]


def test_the_fixture_directory_has_no_problem(tmp_path):
    assert check_services(content_with(tmp_path), today=TODAY) == []


@pytest.mark.parametrize("broken", BROKEN, ids=lambda p: p.stem)
def test_each_broken_file_fails_for_its_own_reason(tmp_path, broken):
    content = content_with(tmp_path, broken)
    problems = check_services(content, today=TODAY)
    expected = expectations(broken)
    assert expected, f"{broken.name} has no expect lines"
    target = content / "data" / ("holidays.yaml" if broken.name.startswith("holidays-") else "services.yaml")

    def matches(problem, expectation) -> bool:
        severity, line, text = expectation
        return (problem.path, problem.severity, problem.line) == (target, severity, line) and text in problem.message

    unexpected = [str(p) for p in problems if not any(matches(p, e) for e in expected)]
    missing = [e for e in expected if not any(matches(p, e) for p in problems)]
    assert not unexpected and not missing, f"unexpected: {unexpected}\nmissing: {missing}"


def test_a_problem_names_file_line_and_column_of_the_field(tmp_path):
    content = content_with(tmp_path, FIXTURES / "broken" / "services-bad-phone.yaml")
    (problem,) = check_services(content, today=TODAY)
    assert str(problem) == (f"{content / 'data' / 'services.yaml'}:11:14: error: service 'clinic': phone "
                            "'2195-422' is not a Serbian number like 011 123-4567, +381 60 1234567 or 194")


def test_a_missing_holidays_file_is_an_error(tmp_path):
    content = content_with(tmp_path)
    (content / "data" / "holidays.yaml").unlink()
    (problem,) = check_services(content, today=TODAY)
    assert (problem.severity, problem.path.name) == ("error", "holidays.yaml")
    assert "cannot say whether a service is open now" in problem.message


@pytest.mark.parametrize(("days", "warned"), [(365, True), (600, False)], ids=["default-365", "longer-600"])
def test_how_old_a_check_may_be_is_configurable(tmp_path, days, warned):
    content = content_with(tmp_path, FIXTURES / "broken" / "services-stale.yaml")
    problems = check_services(content, today=TODAY, stale_days=days)
    assert bool(problems) is warned


def test_the_shipped_directory_has_no_errors():
    problems = check_services(ROOT / "content", today=TODAY)
    assert [str(p) for p in problems if p.severity == "error"] == []


@pytest.mark.parametrize(
    ("broken", "strict", "status"),
    [
        (None, False, 0),
        ("services-outside-belgrade.yaml", False, 0),
        ("services-outside-belgrade.yaml", True, 1),
        ("services-bad-phone.yaml", False, 1),
    ],
    ids=["clean", "warning", "warning-strict", "error"],
)
def test_the_exit_status_is_non_zero_on_errors_and_on_warnings_with_strict(tmp_path, capsys, broken, strict,
                                                                             status):
    content = content_with(tmp_path, FIXTURES / "broken" / broken if broken else None)
    argv = ["services", "check", "--content", str(content), "--today", TODAY.isoformat()]
    with pytest.raises(SystemExit) if status else nullcontext() as caught:
        main(argv + (["--strict"] if strict else []))
    assert caught is None or caught.value.code == status
    out, err = capsys.readouterr()
    severity = "error" if strict else "warning"
    if broken:
        assert re.fullmatch(rf".*services\.yaml:\d+:\d+: {'error' if 'phone' in broken else severity}: .+\n", out)
    else:
        assert out == ""
    assert err.endswith("warning(s)\n")


def test_the_command_checks_the_configured_content_with_paths_relative_to_the_working_directory(
        monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("CONTENT_DIR", str(ROOT / "content"))
    main(["services", "check", "--today", TODAY.isoformat()])  # no SystemExit: no errors
    out, err = capsys.readouterr()
    assert err.startswith("0 error(s)")
    assert out and all(re.fullmatch(r"content/data/services\.yaml:\d+:\d+: warning: .+", line)
                       for line in out.splitlines())
