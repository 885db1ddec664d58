"""Which Romani messages a native speaker has reviewed, read from comments in the .ftl files.

Romani text is a draft until a native speaker signs it off. The sign-off is a comment line an editor writes:

- on one message, in the ``#`` comment directly above it (no blank line between)::

      # reviewed: MJ 2025-04-02
      tip-newborn-skin-to-skin = ...

- on a whole file, as a resource comment (``###``) anywhere in it: ``### reviewed: MJ 2025-04-02``.

A Romani message without either mark awaits review, whatever else the file says (the drafts start with
``### Romani draft: awaiting review by a native speaker``). Marks are ``reviewed: <initials> <YYYY-MM-DD>``;
a line that starts with ``reviewed`` but does not read like that, or a mark that is not attached to a message
(a blank line between comment and message), is reported by :func:`mark_problems` so it is never silently
ignored.

:func:`hide_unreviewed` drops unreviewed messages from the Romani resources, so a reader of Romani gets the
Serbian (Latin) fallback instead: what the deployment setting ``SHOW_UNREVIEWED_ROMANI=false`` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

_MARK = re.compile(r"reviewed:[ \t]*(?P<initials>[^\s\d]{1,8})[ \t]+(?P<date>\d{4}-\d{2}-\d{2})[ \t]*\Z")
_LOOKS_LIKE_MARK = re.compile(r"\s*reviewed\b", re.IGNORECASE)
MARK_FORMAT = "# reviewed: <initials> <YYYY-MM-DD>"
_UNATTACHED = (
    "this review mark belongs to no message: put '# reviewed: ...' directly above the message (no blank "
    "line), or '### reviewed: ...' for the whole file"
)


@dataclass(frozen=True)
class ReviewMark:
    initials: str
    on: date


@dataclass(frozen=True)
class MarkProblem:
    offset: int  # in the source text: where the comment starts
    message: str


def _read_marks(comment: ast.BaseComment | None) -> list[ReviewMark | str]:
    """The review marks of a comment, or a description of each mark line that cannot be read."""
    if comment is None:
        return []
    found: list[ReviewMark | str] = []
    for line in (comment.content or "").splitlines():
        if not _LOOKS_LIKE_MARK.match(line):
            continue
        match = _MARK.match(line.strip())
        if match is None:
            found.append(f"cannot read the review mark {line.strip()!r}: write it as {MARK_FORMAT!r}")
            continue
        try:
            on = date.fromisoformat(match["date"])
        except ValueError:
            found.append(f"the review mark {line.strip()!r} has no valid date (YYYY-MM-DD)")
            continue
        found.append(ReviewMark(match["initials"], on))
    return found


def file_mark(resource: ast.Resource) -> ReviewMark | None:
    """The mark that signs off a whole file (a ``### reviewed: ...`` line), if any."""
    for entry in resource.body:
        if isinstance(entry, ast.ResourceComment):
            for mark in _read_marks(entry):
                if isinstance(mark, ReviewMark):
                    return mark
    return None


def review_marks(resource: ast.Resource) -> dict[str, ReviewMark | None]:
    """Every message of a resource -> the mark that signs it off (its own, else the file's), or None."""
    whole_file = file_mark(resource)
    marks: dict[str, ReviewMark | None] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            own = [mark for mark in _read_marks(entry.comment) if isinstance(mark, ReviewMark)]
            marks[entry.id.name] = own[0] if own else whole_file
    return marks


def mark_problems(resource: ast.Resource, today: date) -> list[MarkProblem]:
    """Review marks that cannot be read, are dated in the future, or are attached to no message."""
    problems: list[MarkProblem] = []
    for entry in resource.body:
        attached = isinstance(entry, ast.Message)
        comment = entry.comment if isinstance(entry, ast.Message) else entry
        if not isinstance(comment, ast.BaseComment):
            continue
        offset = comment.span.start if comment.span else 0
        for mark in _read_marks(comment):
            if isinstance(mark, str):
                problems.append(MarkProblem(offset, mark))
            elif mark.on > today:
                problems.append(MarkProblem(offset, f"the review mark is dated in the future ({mark.on})"))
            elif not attached and not isinstance(comment, ast.ResourceComment):
                problems.append(MarkProblem(offset, _UNATTACHED))
    return problems


class _References(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.names.add(node.id.name)


def _references(message: ast.Message) -> set[str]:
    found = _References()
    found.visit(message)
    return found.names


def unreviewed_ids(resources: Iterable[ast.Resource]) -> set[str]:
    """Message ids of Romani resources that await review."""
    return {
        msg_id for resource in resources for msg_id, mark in review_marks(resource).items() if mark is None
    }


def hide_unreviewed(resources: Sequence[ast.Resource]) -> list[ast.Resource]:
    """Copies of Romani resources without their unreviewed messages.

    A reviewed message that uses an unreviewed (or missing) message is dropped too, so the reader gets the
    whole message from the fallback language rather than a Romani text with a hole in it.
    """
    messages = {
        entry.id.name: entry for resource in resources for entry in resource.body if isinstance(entry, ast.Message)
    }
    hidden = unreviewed_ids(resources)
    changed = True
    while changed:
        changed = False
        for msg_id, message in messages.items():
            if msg_id not in hidden and any(ref in hidden or ref not in messages for ref in _references(message)):
                hidden.add(msg_id)
                changed = True
    return [
        ast.Resource([e for e in resource.body if not (isinstance(e, ast.Message) and e.id.name in hidden)])
        for resource in resources
    ]
