"""`cavororo content reviews`: the Romani proposals mediators made in the chat ("🗣 Romani texts"), for an editor.

- ``reviews [--all]``: the pending proposals (``--all``: applied and rejected too);
- ``reviews apply ID...``: writes them into content/ (bot.tools.review_apply), runs the content check and undoes
  everything when it fails; the proposals are then "applied" and each mediator who made one gets a thank-you
  notice in her chat (``mediator_notice`` kind ``review_applied``);
- ``reviews reject ID --reason TEXT``: records why, nothing changes in content/.

Nothing reaches parents before ``apply``. See docs/content-guide.md ("Proposals from mediators").
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.database import Database
from bot.storage.mediators import SqlMediators
from bot.storage.reviews import APPLIED, PENDING, REJECTED, SqlReviews, StoredProposal
from bot.tools.review_apply import ApplyError, Edit, initials, joint_initials, same_words

KINDS = {"confirm": "✅ correct", "text": "✏️ text", "voice": "🎙 voice"}
EXCERPT = 60
REVIEW_APPLIED_NOTICE = "review_applied"  # content: mediator-notice-review-applied (reviews.ftl)


@dataclass(frozen=True)
class Applied:
    ids: list[int]
    files: list[Path]


def _day(at: datetime, zone: tzinfo) -> date:
    return at.astimezone(zone).date()


def describe(stored: StoredProposal, zone: tzinfo) -> str:
    p = stored.proposal
    what = ""
    if p.kind == "text" and p.text:
        flat = " ".join(p.text.split())
        what = flat if len(flat) <= EXCERPT else flat[:EXCERPT - 1] + "…"
    elif p.kind == "voice":
        what = f"{p.duration_s:.0f} s" if p.duration_s is not None else "voice"
        what += f", {p.media_type}" if p.media_type else ""
    state = stored.state if stored.reason is None else f"{stored.state}: {stored.reason}"
    kind = KINDS.get(p.kind, p.kind)
    return (f"{stored.id:>5}  {_day(p.at, zone)}  {initials(stored.mediator_name):<4}  {kind:<10}  "
            f"{p.message_id}  {what}  [{state}]")


async def list_proposals(database: Database, *, everything: bool = False) -> list[StoredProposal]:
    async with database.transaction() as store:
        return await SqlReviews(store.session).proposals(state=None if everything else PENDING)


async def reject(database: Database, ids: list[int], reason: str, now: datetime) -> list[int]:
    """Reject pending proposals; returns the ids that were not pending (unknown, applied, rejected)."""
    refused: list[int] = []
    async with database.transaction() as store:
        reviews = SqlReviews(store.session)
        for proposal_id in ids:
            if not await reviews.decide(proposal_id, REJECTED, now, reason):
                refused.append(proposal_id)
    return refused


async def apply(database: Database, root: Path, ids: list[int], *, now: datetime, zone: tzinfo, today: date,
                two_confirmations: bool) -> Applied:
    """Write the proposals into ``root`` and check it; on any problem nothing changes (ApplyError)."""
    from bot.tools.content_check import check_content

    async with database.transaction() as store:
        reviews = SqlReviews(store.session)
        found = {s.id: s for s in await reviews.proposals(state=None, ids=ids, with_voice=True)}
        problems = [f"{i}: no such proposal" for i in ids if i not in found]
        problems += [f"{i}: already {found[i].state}" for i in ids if i in found and found[i].state != PENDING]
        if problems:
            raise ApplyError("; ".join(problems))
        edit = Edit(root)
        decided: list[int] = []
        try:
            batch = sorted(found.values(), key=lambda s: (["text", "confirm", "voice"].index(s.proposal.kind), s.id))
            for stored in batch:
                decided += await _apply_one(edit, reviews, stored, zone, two_confirmations)
            report = check_content(root, today=today)
            if report.errors:
                raise ApplyError("the content check failed, nothing was changed:\n" +
                                 "\n".join(str(problem) for problem in report.errors))
        except ApplyError:
            edit.undo()
            raise
        for proposal_id in dict.fromkeys(decided):
            await reviews.decide(proposal_id, APPLIED, now)
        await _thank(store.session, reviews, list(dict.fromkeys(decided)), now)
    return Applied(list(dict.fromkeys(decided)), sorted(edit.originals))


async def _thank(session: AsyncSession, reviews: SqlReviews, applied: list[int], now: datetime) -> None:
    """One thank-you notice (bot/mediator_notices.py) to each mediator whose proposal was applied."""
    thanked = {s.proposal.mediator_id for s in await reviews.proposals(state=None, ids=applied)}
    mediators = SqlMediators(session)
    for mediator_id in sorted(thanked):
        await mediators.add_notice(mediator_id, None, REVIEW_APPLIED_NOTICE, now)


async def _apply_one(edit: Edit, reviews: SqlReviews, stored: StoredProposal, zone: tzinfo,
                     two_confirmations: bool) -> list[int]:
    p = stored.proposal
    who, on = initials(stored.mediator_name), _day(p.at, zone)
    current = edit.fingerprint(p.message_id)
    if p.kind == "text":
        if current != p.fingerprint:
            raise ApplyError(f"{stored.id}: {p.message_id} changed since the mediator saw it; reject it")
        edit.mark(p.message_id, who, on, new_value=p.text or "")
        return [stored.id]
    if p.kind == "confirm":
        if not two_confirmations:
            raise ApplyError(f"{stored.id}: a ✅ alone is not a review; set ROMANI_TWO_CONFIRMATIONS=true to let two "
                             "mediators' ✅ count")
        if current != p.fingerprint:
            raise ApplyError(f"{stored.id}: {p.message_id} changed since the mediator confirmed it; reject it")
        others = [s for s in await reviews.proposals(state=None)
                  if s.proposal.kind == "confirm" and s.proposal.message_id == p.message_id and s.state != REJECTED
                  and s.proposal.fingerprint == p.fingerprint and s.proposal.mediator_id != p.mediator_id]
        if not others:
            raise ApplyError(f"{stored.id}: {p.message_id} needs a second mediator's ✅ of the same text")
        second = others[0]
        day = max(on, _day(second.proposal.at, zone))
        edit.mark(p.message_id, joint_initials([stored.mediator_name, second.mediator_name]), day)
        return [stored.id] + [s.id for s in others if s.state == PENDING]
    if p.kind == "voice":
        if p.voice is None:
            raise ApplyError(f"{stored.id}: the recording's file is missing")
        if p.text is not None and not same_words(edit.value_of(p.message_id), p.text):
            raise ApplyError(f"{stored.id}: the recording speaks the mediator's own text: apply that text first")
        if p.text is None and current != p.fingerprint:
            raise ApplyError(f"{stored.id}: {p.message_id} changed since it was recorded; reject it")
        edit.record(p.message_id, p.voice, p.media_type, p.duration_s, who, on)
        return [stored.id]
    raise ApplyError(f"{stored.id}: unknown kind {p.kind!r}")


# -- the command ----------------------------------------------------------------------------------------------


async def _run(args: argparse.Namespace) -> None:
    from bot.clock import SystemClock
    from bot.tools.content_dir import content_dir
    from bot.tools.mediators_commands import open_database

    async with open_database(args) as (settings, database):
        clock = SystemClock(settings.timezone)
        zone = ZoneInfo(settings.timezone)
        command = getattr(args, "reviews_command", None)
        if command == "apply":
            root = content_dir(args)
            try:
                done = await apply(database, root, args.ids, now=clock.now(), zone=zone, today=clock.today(),
                                   two_confirmations=settings.romani_two_confirmations)
            except ApplyError as error:
                sys.stderr.write(f"cavororo: {error}\n")
                raise SystemExit(1) from None
            sys.stdout.write(f"applied {', '.join(map(str, done.ids))}\n")
            sys.stdout.writelines(f"  wrote {path}\n" for path in done.files)
        elif command == "reject":
            refused = await reject(database, args.ids, args.reason, clock.now())
            if refused:
                sys.stderr.write(f"cavororo: not pending (unknown, applied or rejected): "
                                 f"{', '.join(map(str, refused))}\n")
                raise SystemExit(1)
            sys.stdout.write(f"rejected {', '.join(map(str, args.ids))}\n")
        else:
            found = await list_proposals(database, everything=args.all)
            sys.stdout.writelines(describe(stored, zone) + "\n" for stored in found)
            sys.stderr.write(f"{len(found)} proposal(s)\n")


def register(sub: argparse._SubParsersAction) -> None:
    reviews = sub.add_parser("reviews", help="Romani texts and recordings mediators proposed in the chat",
                             description="List the proposals; apply or reject them by ID (see docs/content-guide.md)")
    reviews.add_argument("--all", action="store_true", help="also list applied and rejected proposals")
    reviews.add_argument("--db", help="database URL (default: DATABASE_URL)")
    actions = reviews.add_subparsers(dest="reviews_command")
    do = actions.add_parser("apply", help="write proposals into content/ and run the content check",
                            description="Writes accepted texts into the .ftl files with '# reviewed: <initials> "
                                        "<date>' and recordings into content/media/rom/, then runs the content "
                                        "check; when it fails, nothing changes.")
    do.add_argument("ids", type=int, nargs="+", metavar="ID")
    do.add_argument("--content", type=Path, help="content directory (as for `content check`)")
    do.add_argument("--db", default=argparse.SUPPRESS, help="database URL (default: DATABASE_URL)")
    no = actions.add_parser("reject", help="record why proposals are not taken")
    no.add_argument("ids", type=int, nargs="+", metavar="ID")
    no.add_argument("--reason", required=True, help="why (the mediator can be told)")
    no.add_argument("--db", default=argparse.SUPPRESS, help="database URL (default: DATABASE_URL)")
    reviews.set_defaults(run=_run, all=False)
