"""Removing a child from "My children", and the path a family takes after the loss of a child.

Removing asks why (entered by mistake, moved away, died, other). The reason is the only thing kept, as a count
in the statistics; the child, its records, its seen tips and every planned message about it are deleted in the
same transaction. "The child died" is answered with a short condolence, support (the family's mediator, a
counselling service of the directory), the question whether the mediator may be told, and a pause the parent
chooses before tips and reminders for the other children go on.

Button data (each press is checked against the step it belongs to; anything else is stale and changes nothing):

- ``rmw:<reason>:<child id>``  the reason, only right after the question about this very child;
- ``loss:tell:yes|no``         tell the mediator, only while that question is open;
- ``loss:pause:<days>``        the pause for the other children (0: carry on now), only while it is open.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol, runtime_checkable

from bot.core.family import Child
from bot.core.messages import Text
from bot.core.services_menu import service_reply
from bot.core.turn import Turn, button, child_name

VERBS: tuple[str, ...] = ("rmw", "loss")
DIED = "died"
REASONS: tuple[str, ...] = ("mistake", "moved", DIED, "other")
PAUSE_CHOICES: tuple[int, ...] = (14, 30, 90, 0)  # days; 0 = carry on now
REASON_STEP = "remove"
TELL_STEP = "loss_tell"
PAUSE_STEP = "loss_pause"
NOTICE = "child_loss"  # the mediator notice's kind: "mediator-notice-child-loss"
COUNSELLING = "counselling"  # the services.yaml link kind of the counselling service offered


@runtime_checkable
class RemovalStore(Protocol):
    """What removing needs from storage, on the same transaction as the dialog's Store."""

    async def remove_child_for(self, child_id: int, reason: str, day: date) -> bool:
        """Delete the child, everything recorded and planned about it; count ``reason`` for ``day``.
        False when there was no such child."""
        ...

    async def family_mediator(self, family_id: int) -> int | None:
        """The id of the family's mediator while she is active, else None."""
        ...

    async def tell_mediator(self, mediator_id: int, family_id: int, kind: str, at: datetime) -> None:
        """Leave her a notice (an outbox row of kind ``notice``: the dispatcher sends it)."""
        ...


def _store(t: Turn) -> RemovalStore:
    if not isinstance(t.store, RemovalStore):
        raise TypeError("the store cannot remove children")
    return t.store


async def ask_reason(t: Turn, child: Child) -> None:
    """The "Remove" button of a child: ask why, one button per reason."""
    t.goto(REASON_STEP, child=str(child.id))
    rows = tuple((button(f"rmw:{reason}:{child.id}", f"removal-reason-{reason}"),) for reason in REASONS)
    t.say(Text("removal-ask-reason", {"name": child_name(child)}),
          buttons=rows + ((button("menu", "child-remove-no"),),))


async def press(t: Turn, verb: str, arg: str) -> bool:
    """A ``rmw:`` or ``loss:`` press; False when it is stale (and nothing changed)."""
    if verb == "rmw":
        reason, _, raw_id = arg.partition(":")
        return await _remove(t, reason, raw_id)
    action, _, value = arg.partition(":")
    if action == "tell" and t.chat.step == TELL_STEP and value in ("yes", "no"):
        await _tell(t, value == "yes")
        return True
    if action == "pause" and t.chat.step == PAUSE_STEP and value in {str(days) for days in PAUSE_CHOICES}:
        await _pause(t, int(value))
        return True
    return False


async def _remove(t: Turn, reason: str, raw_id: str) -> bool:
    if reason not in REASONS or t.chat.step != REASON_STEP or t.chat.data.get("child") != raw_id:
        return False
    child = await t.child(raw_id)
    if child is None or child.id is None:
        return False
    if not await _store(t).remove_child_for(child.id, reason, t.today):
        return False
    if reason != DIED:
        t.goto("")
        t.show_menu(Text("child-removed", {"name": child_name(child)}))
        return True
    await _condole(t, child)
    return True


async def _condole(t: Turn, child: Child) -> None:
    """Condolence, support, then the mediator question or the pause (or the menu when neither applies)."""
    assert t.family is not None and t.family.id is not None
    mediator = await _store(t).family_mediator(t.family.id)
    t.say(Text("loss-condolence", {"name": child_name(child)}))
    support = [Text("loss-support-mediator")] if mediator is not None else []
    card = service_reply(t.library, COUNSELLING, t.now, t.zone)
    if card is not None:
        support.append(Text("loss-support-service"))
    if support:
        t.say(*support)
    if card is not None:
        t.replies.append(card)
    if mediator is not None:
        t.goto(TELL_STEP)
        ask_again(t)
    else:
        await _next_after_support(t)


async def _tell(t: Turn, agreed: bool) -> None:
    assert t.family is not None and t.family.id is not None
    mediator = await _store(t).family_mediator(t.family.id)
    if agreed and mediator is not None:
        await _store(t).tell_mediator(mediator, t.family.id, NOTICE, t.now)
        t.say(Text("loss-mediator-told"))
    else:
        t.say(Text("loss-mediator-not-told"))
    await _next_after_support(t)


async def _next_after_support(t: Turn) -> None:
    if await t.children():
        t.goto(PAUSE_STEP)
        ask_again(t)
    else:
        t.goto("")
        t.say(Text("loss-goodbye"), buttons=((button("menu", "button-back-to-menu"),),))


def ask_again(t: Turn) -> None:
    """The open question of the loss path: may the mediator be told, or how long to pause."""
    if t.chat.step == TELL_STEP:
        t.say(Text("loss-ask-tell-mediator"), buttons=((button("loss:tell:yes", "loss-tell-yes"),),
                                                      (button("loss:tell:no", "loss-tell-no"),)))
    else:
        rows = tuple((button(f"loss:pause:{days}", f"loss-pause-{days}"),) for days in PAUSE_CHOICES)
        t.say(Text("loss-ask-pause"), buttons=rows)


async def _pause(t: Turn, days: int) -> None:
    """Nothing for the other children before the chosen day (a longer pause already set is kept)."""
    assert t.family is not None
    t.goto("")
    if days == 0:
        t.show_menu(Text("loss-carry-on"))
        return
    until_day = t.today + timedelta(days=days)
    until = datetime.combine(until_day, time(0), tzinfo=t.zone).astimezone(UTC)
    current = t.family.reminders_paused_until
    if current is not None and current > until:
        until_day = current.astimezone(t.zone).date()
    else:
        t.family.reminders_paused_until = until
        await t.store.save_family(t.family)
    t.show_menu(Text("loss-paused", {"date": until_day}))

