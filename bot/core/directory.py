"""The local services directory: cards, opening hours and distances.

Every fact of a service carries its own verified flag: an unverified address, phone or opening hours is shown
with a "please check by phone" note (a different message id), and an unknown fact (None) is never shown as if
known. Names and descriptions are Fluent messages ``service-<id>-name`` / ``service-<id>-description``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import time

from bot.core.library import Hours, Service
from bot.core.messages import Lines, Location, Reply, Serbian, Text

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EARTH_RADIUS_M = 6_371_000.0


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def by_distance(services: Iterable[Service], lat: float, lon: float) -> list[tuple[Service, float | None]]:
    """Services with coordinates nearest first, then those without (in their catalog order)."""
    located: list[tuple[Service, float | None]] = []
    unknown: list[tuple[Service, float | None]] = []
    for service in services:
        if service.lat is None or service.lon is None:
            unknown.append((service, None))
        else:
            located.append((service, distance_m(lat, lon, service.lat, service.lon)))
    located.sort(key=lambda pair: pair[1] or 0.0)
    return located + unknown


def distance_text(metres: float) -> Text:
    if metres < 1000:
        return Text("distance-metres", {"metres": int(round(metres / 10.0) * 10)})
    tenths = int(round(metres / 100.0))
    return Text("distance-kilometres", {"whole": tenths // 10, "tenth": tenths % 10})


def _clock(t: time) -> str:
    return "24:00" if t == time.max else t.strftime("%H:%M")


def _ranges_text(ranges: Sequence[tuple[time, time]]) -> str:
    return ", ".join(f"{_clock(start)}–{_clock(end)}" for start, end in ranges)


def hours_lines(hours: Hours) -> tuple[Text, ...]:
    """Opening hours as lines, consecutive weekdays with the same hours grouped ("Mon–Fri 09:00–15:00")."""
    days = [tuple(hours.by_weekday.get(day, ())) for day in range(7)]
    if all(d == ((time(0, 0), time.max),) for d in days):
        return (Text("hours-always-open"),)
    if all(d == days[0] for d in days) and days[0]:
        return (Text("hours-every-day", {"times": _ranges_text(days[0])}),)
    lines: list[Text] = []
    start = 0
    while start < 7:
        end = start
        while end + 1 < 7 and days[end + 1] == days[start]:
            end += 1
        if days[start]:
            first = Text(f"weekday-{WEEKDAYS[start]}")
            if start == end:
                lines.append(Text("hours-day", {"day": first, "times": _ranges_text(days[start])}))
            else:
                last = Text(f"weekday-{WEEKDAYS[end]}")
                lines.append(Text("hours-days", {"first": first, "last": last, "times": _ranges_text(days[start])}))
        start = end + 1
    if any(not d for d in days):
        lines.append(Text("hours-closed-otherwise"))
    return tuple(lines)


def _fact_parts(service: Service) -> list[Text]:
    parts: list[Text] = []
    if service.address:
        key = "service-card-address" if service.address_verified else "service-card-address-check"
        parts.append(Text(key, {"address": Serbian(service.address)}))
    if service.phones:
        key = "service-card-phone" if service.phone_verified else "service-card-phone-check"
        parts.append(Text(key, {"phone": ", ".join(service.phones)}))
    if service.hours is not None:
        key = "service-card-hours" if service.hours_verified else "service-card-hours-check"
        parts.append(Text(key, {"hours": Lines(hours_lines(service.hours))}))
    elif service.phones:
        parts.append(Text("service-card-hours-unknown"))
    if not service.address and not service.phones:
        parts.append(Text("service-card-no-contact"))
    return parts


def service_card(service: Service, distance: float | None = None) -> Reply:
    """One service as a message: name, what it does, address, phone, hours, offers, and a pin."""
    parts = [Text(f"service-{service.id}-name"), Text(f"service-{service.id}-description")]
    parts += _fact_parts(service)
    if service.offers:
        offers = Lines(tuple(Text(f"service-offer-{key}") for key in service.offers), ", ")
        parts.append(Text("service-card-offers", {"offers": offers}))
    if service.documents:
        documents = Lines(tuple(Text(f"service-document-{key}") for key in service.documents), ", ")
        parts.append(Text("service-card-documents", {"documents": documents}))
    if service.romani_spoken:
        parts.append(Text("service-card-romani"))
    if service.website:
        parts.append(Text("service-card-website", {"url": service.website}))
    if distance is not None:
        parts.append(Text("service-card-distance", {"distance": distance_text(distance)}))
    location = None
    if service.lat is not None and service.lon is not None:
        if not service.coordinates_verified:
            parts.append(Text("service-card-pin-approximate"))
        address = Serbian(service.address) if service.address else None
        location = Location(service.lat, service.lon, Text(f"service-{service.id}-name"), address)
    return Reply(parts=tuple(parts), location=location)
