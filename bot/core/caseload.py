"""A mediator's families: the list and search, the work list, one family's card, and what she can do there
(record a vaccination, add a note, issue a new invitation, hand the family over, see what the parent sees).

Every action names a family or child id in its button data; :class:`~bot.core.desk.Desk` checks it belongs
to this mediator before anything is shown or changed, and every action is written to the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.core import invitations, menu
from bot.core.desk import Desk, back_to_menu, parse_id
from bot.core.family import Child
from bot.core.free_text import clean_free_text
from bot.core.mediation import FamilyFacts, FamilyProfile, Note
from bot.core.messages import Button, Lines, Text
from bot.core.turn import Turn, button, child_name
from bot.core.worklist import Assessment, assess, work_list

PAGE = 8
WORK_LIST_LIMIT = 10
NOTES_SHOWN = 3
NOTE_MAX = 500
SEARCH_MAX = 30


def _children_line(d: Desk, children: Sequence[Child]) -> Lines:
    return Lines(tuple(Text("mediator-child-short", {"name": child_name(c), "age": d.t.age(c)}) for c in children),
                 separator=", ")


def family_line(d: Desk, a: Assessment) -> Text:
    return Text("mediator-family-line", {"caregiver": a.facts.profile.caregiver,
                                         "children": _children_line(d, a.facts.children),
                                         "status": status_text(a.status)})


def status_text(status: str) -> Text:
    return Text("mediator-status-" + status.replace("_", "-"))


def _family_buttons(a_list: Sequence[Assessment]) -> list[tuple[Button, ...]]:
    return [(button(f"md:fam:{a.family_id}", "mediator-family-button", caregiver=a.facts.profile.caregiver),)
            for a in a_list]


async def _assessed(d: Desk) -> list[Assessment]:
    caseload = await d.store.caseload(d.mediator_id)
    return [assess(f, d.t.today, d.t.now, d.t.library.doses) for f in caseload]


async def families(d: Desk, page_arg: str = "") -> None:
    everyone = await _assessed(d)
    if not everyone:
        d.show_menu(Text("mediator-families-none"))
        return
    page = min(parse_id(page_arg) or 0, (len(everyone) - 1) // PAGE)
    shown = everyone[page * PAGE:(page + 1) * PAGE]
    rows = _family_buttons(shown)
    if (page + 1) * PAGE < len(everyone):
        rows.append((button(f"md:fams:{page + 1}", "mediator-families-more"),))
    rows.append((button("md:find", "mediator-menu-find"),))
    rows.append(back_to_menu())
    lines = Lines(tuple(family_line(d, a) for a in shown))
    d.t.goto("")
    d.t.say(Text("mediator-families", {"count": len(everyone), "items": lines}), buttons=tuple(rows))


def ask_search(d: Desk) -> None:
    d.t.goto("md-search")
    d.t.say(Text("mediator-search-ask"), buttons=(back_to_menu(),))


async def search(d: Desk, text: str) -> None:
    wanted = " ".join(text.split()).casefold()[:SEARCH_MAX]
    if not wanted:
        ask_search(d)
        return
    found = [a for a in await _assessed(d) if _matches(a.facts, wanted)][:PAGE]
    d.t.goto("")
    if not found:
        d.t.say(Text("mediator-search-none"), buttons=((button("md:find", "mediator-menu-find"),), back_to_menu()))
        return
    lines = Lines(tuple(family_line(d, a) for a in found))
    d.t.say(Text("mediator-search-found", {"count": len(found), "items": lines}),
            buttons=(*_family_buttons(found), (button("md:find", "mediator-menu-find"),), back_to_menu()))


def _matches(facts: FamilyFacts, wanted: str) -> bool:
    names = [facts.profile.caregiver, *(c.nickname or "" for c in facts.children)]
    return any(wanted in name.casefold() for name in names)


async def show_work_list(d: Desk) -> None:
    caseload = await d.store.caseload(d.mediator_id)
    urgent = work_list(caseload, d.t.today, d.t.now, d.t.library.doses)
    await d.store.mark_notices_seen(d.mediator_id, d.t.now)
    d.t.goto("")
    asking = len(await d.store.link_requests())  # self-enrolled families asking for a mediator (mediator_links.py)
    ask_row = ((button("md:lreq", "mediator-link-requests-button", count=asking),),) if asking else ()
    if not urgent:
        d.t.say(Text("mediator-worklist-empty"), buttons=(*ask_row, *d.menu_buttons()))
        return
    shown = urgent[:WORK_LIST_LIMIT]
    lines = Lines(tuple(_work_line(d, a) for a in shown))
    d.t.say(Text("mediator-worklist", {"count": len(urgent), "items": lines}),
            buttons=(*ask_row, *_family_buttons(shown), back_to_menu()))


def _work_line(d: Desk, a: Assessment) -> Text:
    reasons = Lines(tuple(Text(f"mediator-reason-{r.replace('_', '-')}", {"days": a.overdue_days,
                                                                            "doses": a.overdue_doses})
                          for r in a.reasons), separator="; ")
    return Text("mediator-worklist-line", {"caregiver": a.facts.profile.caregiver, "reasons": reasons})


async def family_card(d: Desk, raw_id: str, *lead: Text) -> None:
    profile = await d.my_family(raw_id)
    if profile is None:
        d.show_menu(Text("mediator-not-your-family"))
        return
    facts = await d.store.facts(profile.family_id)
    if facts is None:
        d.show_menu(Text("mediator-not-your-family"))
        return
    a = assess(facts, d.t.today, d.t.now, d.t.library.doses)
    await d.audit("view_family", profile.family_id)
    kids = tuple(Text("mediator-child-line", {"name": child_name(c), "age": d.t.age(c), "born": c.birth_date})
                 for c in facts.children)
    card = Text("mediator-family-card", {
        "caregiver": profile.caregiver, "settlement": d.settlement_name(profile.settlement),
        "phone": profile.phone or "—", "language": d.language_name(profile.locale), "children": Lines(kids),
        "status": status_text(a.status)})
    parts = [*lead, card]
    notes = await d.store.notes(profile.family_id, NOTES_SHOWN)
    if notes:
        parts.append(Text("mediator-notes", {"items": Lines(tuple(_note_line(n) for n in notes))}))
    d.t.goto("")
    d.t.say(*parts, buttons=_card_buttons(profile, bool(facts.act_early)))


def _note_line(note: Note) -> Text:
    return Text("mediator-note-line", {"date": note.created_at.date(), "text": note.text})


def _card_buttons(profile: FamilyProfile, act_early: bool = False) -> tuple[tuple[Button, ...], ...]:
    fid = profile.family_id
    rows = [(button(f"md:vx:{fid}", "mediator-record-vaccination"),),
            (button(f"md:note:{fid}", "mediator-add-note"), button(f"md:pv:{fid}", "mediator-parent-view")),
            (button(f"md:inv:{fid}", "mediator-new-invitation"), button(f"md:ho:{fid}", "mediator-hand-over"))]
    if profile.help_requested_at is not None or act_early:
        rows.insert(0, (button(f"md:ok:{fid}", "mediator-help-handled"),))
    rows.append(back_to_menu())
    return tuple(rows)


async def reissue(d: Desk, raw_id: str) -> None:
    profile = await d.my_family(raw_id)
    if profile is None:
        d.show_menu(Text("mediator-not-your-family"))
        return
    await invitations.send_family_invitation(d, profile.family_id, Text("mediator-invitation-replaced"))


async def help_handled(d: Desk, raw_id: str) -> None:
    profile = await d.my_family(raw_id)
    if profile is None:
        d.show_menu(Text("mediator-not-your-family"))
        return
    profile.help_requested_at = None
    await d.store.save_profile(profile)
    await d.store.act_early_handled(profile.family_id, d.t.now)  # milestone check-ins (issue 19)
    await d.audit("help_handled", profile.family_id)
    await family_card(d, str(profile.family_id), Text("mediator-help-marked-handled"))


def ask_note(d: Desk, profile: FamilyProfile) -> None:
    d.t.goto("md-note", family=profile.family_id)
    d.t.say(Text("mediator-note-ask", {"caregiver": profile.caregiver}),
            buttons=((button(f"md:fam:{profile.family_id}", "button-cancel"),),))


async def note(d: Desk, text: str) -> None:
    profile = await d.my_family(str(d.t.chat.data.get("family", "")))
    if profile is None:
        d.show_menu(Text("mediator-not-your-family"))
        return
    kept = clean_free_text(text, NOTE_MAX)
    if kept is None:
        d.t.say(Text("mediator-note-invalid", {"max": NOTE_MAX}),
                buttons=((button(f"md:fam:{profile.family_id}", "button-cancel"),),))
        return
    await d.store.add_note(Note(profile.family_id, d.mediator_id, kept, d.t.now))
    await d.audit("note", profile.family_id)
    await family_card(d, str(profile.family_id), Text("mediator-note-saved"))


async def parent_view(d: Desk, raw_id: str) -> None:
    """The vaccine plan of each child exactly as the parent sees it, with a way back to the family."""
    profile = await d.my_family(raw_id)
    family = await d.t.store.get_family(profile.family_id) if profile is not None else None
    if profile is None or family is None:
        d.show_menu(Text("mediator-not-your-family"))
        return
    await d.audit("parent_view", profile.family_id)
    view = Turn(d.t.store, d.t.chat, family, d.t.library, d.t.now, d.t.today, d.t.zone)
    for child in await view.children():
        await menu.plan(view, child)
    back = ((button(f"md:fam:{profile.family_id}", "mediator-family-open"),), back_to_menu())
    d.t.say(Text("mediator-parent-view-header", {"caregiver": profile.caregiver}))
    d.t.replies.extend(replace(reply, buttons=()) for reply in view.replies)
    d.t.replies[-1] = replace(d.t.replies[-1], buttons=back)
