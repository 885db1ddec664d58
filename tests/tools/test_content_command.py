"""`cavororo content check` as an editor runs it: one line per problem, exit status, --strict."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.tools import content_check
from tests.tools.content_fixtures import content_tree


@pytest.fixture(autouse=True)
def _no_services_check(monkeypatch):
    """The services directory has its own tests and fixture; here only the content's problems are counted."""
    monkeypatch.setattr(content_check, "SERVICES_CHECK", "tests.tools.no_services_check_here")


def run(argv: list[str]) -> int:
    try:
        main(argv)
    except SystemExit as stopped:
        return int(stopped.code or 0)
    return 0


def test_a_clean_content_directory_exits_zero_and_says_so(tmp_path, capsys):
    assert run(["content", "check", "--strict", "--content", str(content_tree(tmp_path))]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-1] == "0 error(s), 0 warning(s)"


def test_an_error_exits_one_with_file_line_column_severity_message(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # paths are shown relative to the working directory
    assert run(["content", "check", "--content", str(content_tree(tmp_path, "junk"))]) == 1
    assert capsys.readouterr().out == (
        "content/sr/tips.ftl:13:12: error: Fluent syntax error E0003: Expected token: \"=\" in "
        "'tip-broken Pričaj sa bebom.'\n"
    )


@pytest.mark.parametrize(("strict", "status", "severity"), [([], 0, "warning"), (["--strict"], 1, "error")])
def test_warnings_pass_unless_strict(tmp_path, capsys, monkeypatch, strict, status, severity):
    monkeypatch.chdir(tmp_path)
    assert run(["content", "check", *strict, "--content", str(content_tree(tmp_path, "missing-in-romani"))]) == status
    out = capsys.readouterr().out
    assert out == f"content/sr/tips.ftl:10:1: {severity}: tip-child-rules has no Romani translation in rom/tips.ftl\n"


def test_a_directory_without_content_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="is not a content directory"):
        main(["content", "check", "--content", str(tmp_path)])


def test_without_content_the_working_directorys_content_is_checked_and_named(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CONTENT_DIR", raising=False)
    content_tree(tmp_path, "junk")  # an editor's second clone: ./content here, not the installed one
    monkeypatch.chdir(tmp_path)
    assert run(["content", "check"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("content/sr/tips.ftl:13:12: error:")
    assert captured.err.splitlines()[0] == f"checking {tmp_path / 'content'}"


def test_without_content_here_the_bundled_content_is_checked_and_named(tmp_path, capsys, monkeypatch):
    from bot.config import default_content_dir

    monkeypatch.delenv("CONTENT_DIR", raising=False)
    monkeypatch.chdir(tmp_path)  # no ./content
    run(["content", "check"])
    assert capsys.readouterr().err.splitlines()[0] == f"checking {default_content_dir()}"


def test_content_dir_from_the_environment_wins_over_the_working_directory(tmp_path, capsys, monkeypatch):
    elsewhere = content_tree(tmp_path / "elsewhere")
    content_tree(tmp_path, "junk")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONTENT_DIR", str(elsewhere))
    assert run(["content", "check", "--strict"]) == 0
    assert capsys.readouterr().err.splitlines()[0] == f"checking {elsewhere}"
