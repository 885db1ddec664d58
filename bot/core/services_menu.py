"""Where to get help: categories, short service cards with their buttons, and links for reminders.

Button data (each at most 64 bytes; every press is checked against the library, anything else is stale):

- ``cat:<category>`` lists a category's services; ``cat:<category>:<lat>:<lon>`` lists them nearest first from
  a location the parent shared (the location lives only in the button, never in the database);
- ``svc:<action>:<service id>`` with action ``pin`` (the Location), ``call`` (the number in international form,
  alone in a message so Telegram and Viber make it tappable: Telegram inline buttons cannot open tel: links),
  ``docs`` (what to bring) or ``info`` (the whole card).

For reminders and tips (the scheduler): :func:`service_for` finds the service a kind of message points to (the
``links`` of content/data/services.yaml, e.g. ``vaccination`` -> the health centre) and :func:`service_reply`
/ :func:`health_centre_card` give its short card, with the same buttons as in the menu.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from bot.core.directory import (
    address_lines,
    by_distance,
    dial,
    distance_text,
    hours_line,
    listed,
    phone_line,
    status_lines,
)
from bot.core.guides import guide_buttons
from bot.core.library import Library, Service
from bot.core.messages import Button, Lines, Location, Reply, Serbian, Text
from bot.core.turn import Turn, button

VERBS: tuple[str, ...] = ("cat", "svc")
ACTIONS: tuple[str, ...] = ("pin", "call", "docs", "info")
NEAREST_LIMIT = 5
FAR_METRES = 30_000  # a shared location farther than this from every known place gets "I only know Zemun"
HEALTH_CENTRE = "health-centre"  # the link kind of the family's health centre
_DEGREES = re.compile(r"-?\d{1,3}\.\d{1,6}\Z")

Rows = tuple[tuple[Button, ...], ...]


# -- cards (no Turn: the scheduler uses them too) ---------------------------------------------------------------

def _name(service: Service) -> Text:
    return Text(f"service-{service.id}-name")


def service_buttons(service: Service, *, more: bool = True) -> Rows:
    """Map pin and call (when known), what to bring (when known), the whole card."""
    first = [button(f"svc:pin:{service.id}", "service-button-pin")] if service.lat is not None else []
    if service.phones:
        first.append(button(f"svc:call:{service.id}", "service-button-call"))
    second = [button(f"svc:docs:{service.id}", "service-button-documents")] if service.documents else []
    if more:
        second.append(button(f"svc:info:{service.id}", "service-button-more"))
    return tuple(tuple(row) for row in (first, second) if row)


def short_card(service: Service, library: Library, now: datetime, distance: float | None = None, *,
               zone: tzinfo) -> Reply:
    """Name, "open now", address and landmark, distance; the buttons do the rest."""
    parts = [_name(service), *status_lines(service, now, library.holidays, zone), *address_lines(service)]
    if distance is not None:
        parts.append(Text("service-card-distance", {"distance": distance_text(distance)}))
    if service.phone_verified:  # an emergency number (194) is shown as it is dialled, not behind a button
        parts += [Text("service-card-call-now", {"phone": n.number}) for n in map(dial, service.phones)
                  if n is not None and not n.number.startswith("+")]
    if not service.address and not service.phones:
        parts.append(Text("service-card-no-contact"))
    return Reply(parts=tuple(parts), buttons=service_buttons(service))


def full_card(service: Service, library: Library, now: datetime, *, zone: tzinfo) -> Reply:
    """Everything known about a service, each unverified fact with its note."""
    parts = [_name(service), Text(f"service-{service.id}-description"), *address_lines(service)]
    parts += [line for line in (phone_line(service), hours_line(service)) if line is not None]
    parts += status_lines(service, now, library.holidays, zone)
    if service.offers:
        parts.append(Text("service-card-offers", {"offers": listed("service-offer-", service.offers)}))
    if service.documents:
        parts.append(Text("service-card-documents", {"documents": listed("service-document-", service.documents)}))
    if service.romani_spoken:
        parts.append(Text("service-card-romani"))
    if service.website:
        parts.append(Text("service-card-website", {"url": service.website}))
    if service.lat is not None and not service.coordinates_verified:
        parts.append(Text("service-card-pin-approximate"))
    if not service.address and not service.phones:
        parts.append(Text("service-card-no-contact"))
    checked = service.last_checked
    parts.append(Text("service-card-checked", {"date": checked}) if checked else Text("service-card-never-checked"))
    return Reply(parts=tuple(parts), buttons=service_buttons(service, more=False) + _back(service))


def pin_reply(service: Service) -> Reply:
    """The service as a Location (channels send a Telegram venue or a Viber location message)."""
    assert service.lat is not None and service.lon is not None
    parts = [_name(service), *address_lines(service)]
    if not service.coordinates_verified:
        parts.append(Text("service-card-pin-approximate"))
    address = Serbian(service.address) if service.address else None
    location = Location(service.lat, service.lon, _name(service), address)
    return Reply(parts=tuple(parts), location=location, buttons=_back(service))


def call_replies(service: Service) -> tuple[Reply, ...]:
    """Who to call (with the notes), then each number alone in its own message, tappable in the messenger."""
    numbers = [found for found in map(dial, service.phones) if found is not None]
    parts = [Text("service-call-intro", {"name": _name(service)})]
    if not service.phone_verified:
        parts.append(Text("service-call-unconfirmed"))
    if service.hours is None:
        parts.append(Text("service-card-hours-unknown"))
    parts += [Text("service-call-extension", {"phone": n.number, "extension": n.extension})
              for n in numbers if n.extension]
    replies = [Reply(parts=tuple(parts))]
    replies += [Reply(parts=(Text("service-call-number", {"phone": n.number}),)) for n in numbers]
    last = replies[-1]
    replies[-1] = Reply(parts=last.parts, buttons=_back(service))
    return tuple(replies)


def documents_reply(service: Service) -> Reply:
    items = tuple(Text("service-documents-item", {"document": Text(f"service-document-{key}")})
                  for key in service.documents)
    parts = [Text("service-documents-title", {"name": _name(service)}), Text("service-documents-list", {
        "documents": Lines(items)})]
    if not service.documents_verified:
        parts.append(Text("service-documents-check"))
    return Reply(parts=tuple(parts), buttons=_back(service))


def _back(service: Service) -> Rows:
    return ((button(f"cat:{service.category}", "services-button-back-to-list"), button("menu", "button-back-to-menu")),)


# -- links for reminders and tips ---------------------------------------------------------------------------------

def service_for(library: Library, kind: str) -> Service | None:
    """The service a reminder or tip of ``kind`` points to ("vaccination", "checkup", "health-centre", ...)."""
    wanted = library.service_links.get(kind)
    return next((s for s in library.services if s.id == wanted), None)


def service_reply(library: Library, kind: str, now: datetime, zone: tzinfo) -> Reply | None:
    """The short card (with its buttons) of the service for ``kind``, or None when no service is linked."""
    service = service_for(library, kind)
    return None if service is None else short_card(service, library, now, zone=zone)


def health_centre_card(library: Library, now: datetime, zone: tzinfo) -> Reply | None:
    """The family's health centre, for the "where" at the end of a vaccination or check-up reminder."""
    return service_reply(library, HEALTH_CENTRE, now, zone)


# -- the dialog -------------------------------------------------------------------------------------------------

def _category_buttons(t: Turn, where: str = "") -> Rows:
    rows = tuple((button(f"cat:{key}{where}", f"services-category-{key}"),) for key in t.library.categories)
    return rows + ((button("menu", "button-back-to-menu"),),)


def services(t: Turn) -> None:
    """The main menu's "Where to get help": the categories."""
    t.say(Text("services-intro"), buttons=_category_buttons(t))


def _where(lat: float, lon: float) -> str:
    return f":{lat:.4f}:{lon:.4f}"


def _read_where(raw: list[str]) -> tuple[float, float] | None:
    if len(raw) != 2 or not all(_DEGREES.match(value) for value in raw):
        return None
    lat, lon = float(raw[0]), float(raw[1])
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def category(t: Turn, arg: str) -> bool:
    """A category's services as short cards (nearest first after a shared location); False when stale."""
    key, *raw = arg.split(":")
    where = _read_where(raw) if raw else None
    if key not in t.library.categories or (raw and where is None):
        return False
    members = [s for s in t.library.services if s.category == key]
    ranked = by_distance(members, *where) if where else [(s, None) for s in members]
    for service, distance in ranked:
        t.replies.append(short_card(service, t.library, t.now, distance, zone=t.zone))
    guides = guide_buttons(t.library, key)
    if guides:
        t.say(Text("guide-list"), buttons=guides)
    t.say(Text("services-more"), buttons=_category_buttons(t, _where(*where) if where else ""))
    return True


def nearest(t: Turn, lat: float, lon: float) -> None:
    """After a shared location: the nearest places with a known position, then the categories, nearest first."""
    lat, lon = round(lat, 4), round(lon, 4)
    ranked = [(s, d) for s, d in by_distance(t.library.services, lat, lon) if d is not None]
    if ranked and ranked[0][1] > FAR_METRES:  # far from Zemun: distances in the hundreds of km help nobody
        t.say(Text("services-only-zemun"), buttons=_category_buttons(t))
        return
    t.say(Text("services-nearest", {"count": min(len(ranked), NEAREST_LIMIT)}))
    for service, distance in ranked[:NEAREST_LIMIT]:
        t.replies.append(short_card(service, t.library, t.now, distance, zone=t.zone))
    t.say(Text("services-nearest-categories"), buttons=_category_buttons(t, _where(lat, lon)))


def service(t: Turn, arg: str) -> bool:
    """One button of a card; False (stale) for an unknown action or service, or a fact the service lacks."""
    action, _, service_id = arg.partition(":")
    found = next((s for s in t.library.services if s.id == service_id), None)
    if found is None or action not in ACTIONS:
        return False
    if action == "pin" and found.lat is not None:
        t.replies.append(pin_reply(found))
    elif action == "call" and found.phones:
        t.replies.extend(call_replies(found))
    elif action == "docs" and found.documents:
        t.replies.append(documents_reply(found))
    elif action == "info":
        t.replies.append(full_card(found, t.library, t.now, zone=t.zone))
    else:
        return False
    return True


def press(t: Turn, verb: str, arg: str) -> bool:
    """A press of a ``cat:`` or ``svc:`` button; False when it is stale and changed nothing."""
    return category(t, arg) if verb == "cat" else service(t, arg)
