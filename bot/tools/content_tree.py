"""The Fluent files of a content directory, parsed once, with positions for every problem the checks report.

Unlike :func:`bot.i18n.translator.load_folder`, reading never stops at the first broken file: Fluent syntax
errors (Junk) and duplicate ids become :class:`~bot.tools.Problem` records and the rest is still checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from fluent.syntax import ast

from bot.i18n.translator import (
    EXCEPTIONS_FILE,
    FOLDERS,
    ContentError,
    Translator,
    load_exceptions,
    parse_source,
)
from bot.i18n.transliteration import NO_EXCEPTIONS, Exceptions
from bot.tools import Problem, Severity

SOURCE = "sr"  # Serbian Latin: every other language translates it
LANGUAGE_NAMES = {"sr": "Serbian", "rom": "Romani", "en": "English"}


@dataclass(frozen=True)
class FtlFile:
    path: Path  # content_dir / folder / name, as given
    folder: str
    source: str
    resource: ast.Resource

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = self.source.count("\n", 0, offset) + 1
        column = offset - (self.source.rfind("\n", 0, offset) + 1) + 1
        return line, column

    def problem(self, offset: int, severity: Severity, message: str) -> Problem:
        return Problem(self.path, *self.position(offset), severity, message)

    def at(self, node: ast.SyntaxNode, severity: Severity, message: str) -> Problem:
        return self.problem(node.span.start if node.span else 0, severity, message)

    @cached_property
    def messages(self) -> dict[str, ast.Message]:
        found: dict[str, ast.Message] = {}
        for entry in self.resource.body:
            if isinstance(entry, ast.Message):
                found.setdefault(entry.id.name, entry)
        return found


@dataclass
class ContentTree:
    root: Path
    files: dict[str, dict[str, FtlFile]]  # folder -> file name -> file
    exceptions: Exceptions = NO_EXCEPTIONS
    problems: list[Problem] = field(default_factory=list)  # found while reading

    @classmethod
    def load(cls, root: Path) -> ContentTree:
        tree = cls(root, {folder: {} for folder in FOLDERS})
        for folder in FOLDERS:
            if not (root / folder).is_dir():
                tree.problems.append(Problem(root / folder, 1, 1, "error", "content folder missing"))
                continue
            for path in sorted((root / folder).glob("*.ftl")):
                tree.files[folder][path.name] = tree._read(folder, path)
        tree._check_file_names()
        exceptions_path = root / EXCEPTIONS_FILE
        if exceptions_path.is_file():
            try:
                tree.exceptions = load_exceptions(exceptions_path)
            except ContentError as error:
                tree.problems.append(_exceptions_problem(exceptions_path, str(error)))
        return tree

    def _read(self, folder: str, path: Path) -> FtlFile:
        source = path.read_text(encoding="utf-8-sig")
        ftl = FtlFile(path, folder, source, parse_source(source))
        for entry in ftl.resource.body:
            if isinstance(entry, ast.Junk):
                self.problems.extend(_junk(ftl, entry))
        return ftl

    def _check_file_names(self) -> None:
        names = sorted({name for by_name in self.files.values() for name in by_name})
        for folder in FOLDERS:
            for name in names:
                if name not in self.files[folder] and (self.root / folder).is_dir():
                    severity: Severity = "warning" if folder == "rom" else "error"
                    self.problems.append(Problem(self.root / folder / name, 1, 1, severity, "file missing: every "
                                                 "language has the same .ftl file names"))

    def messages(self, folder: str) -> dict[str, tuple[FtlFile, ast.Message]]:
        """Every message of a folder -> (its file, the message); duplicates are reported by :meth:`duplicates`."""
        found: dict[str, tuple[FtlFile, ast.Message]] = {}
        for ftl in self.files[folder].values():
            for msg_id, message in ftl.messages.items():
                found.setdefault(msg_id, (ftl, message))
        return found

    def duplicates(self) -> list[Problem]:
        problems = []
        for folder in FOLDERS:
            defined: dict[str, str] = {}
            for ftl in self.files[folder].values():
                for entry in ftl.resource.body:
                    if not isinstance(entry, (ast.Message, ast.Term)):
                        continue
                    key = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
                    line, column = ftl.position(entry.id.span.start if entry.id.span else 0)
                    if key in defined:
                        problems.append(ftl.at(entry.id, "error", f"{key} is already defined at {defined[key]}"))
                    defined.setdefault(key, f"{ftl.path.name}:{line}")
        return problems

    def translator(self, *, strict: bool = False) -> Translator:
        """A Translator over what could be parsed (Junk left out), for formatting checks and previews."""
        resources = {folder: [ftl.resource for ftl in self.files[folder].values()] for folder in FOLDERS}
        return Translator(resources, exceptions=self.exceptions, strict=strict)


def _junk(ftl: FtlFile, junk: ast.Junk) -> list[Problem]:
    content = (junk.content or "").strip()
    first_line = content.splitlines()[0] if content else ""
    if not junk.annotations:
        return [ftl.at(junk, "error", f"Fluent cannot read this: {first_line!r}")]
    return [
        ftl.at(note, "error", f"Fluent syntax error {note.code}: {note.message} in {first_line!r}")
        for note in junk.annotations
    ]


def _exceptions_problem(path: Path, error: str) -> Problem:
    """A wrong exceptions file, at the line of the entry the error names (else the first line)."""
    message = error.removeprefix(f"{path}: ")
    found = re.search(r"entry '([^']+)'", message)
    if toml := re.search(r"at line (\d+), column (\d+)", message):  # a TOML syntax error
        return Problem(path, int(toml[1]), int(toml[2]), "error", message)
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next((n for n, text in enumerate(lines, 1) if found and f'"{found[1]}"' in text), 1)
    return Problem(path, line, 1, "error", message)
