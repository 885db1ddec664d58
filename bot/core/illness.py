""""🤒 My child is ill": by the child's (chronological) age, the danger signs that mean go now, then topics
(fever, diarrhoea, breathing, burn, poison), each ending with whom to call from the services data.

Button data: ``m:ill`` (the menu), ``ill:<child id>`` (which child), ``ill:<topic>:<child id>`` (a topic).
A service with no known phone is named with "ask at the health centre"; no number is ever made up.
"""

from __future__ import annotations

from bot.core.age import age_in_days
from bot.core.family import Child
from bot.core.library import IllnessTopic, Service
from bot.core.messages import Button, Text
from bot.core.turn import Turn, button, child_name

VERB = "ill"
FIRST_TOPIC = "danger"  # shown at once: what means go now


def topic_texts(topic: IllnessTopic, age_days: int) -> list[Text]:
    """The texts of ``topic`` for a child of ``age_days`` (chronological), with their numbers from the data."""
    return [Text(text.id, dict(text.args)) for text in topic.texts_for(age_days)]


def call_lines(topic: IllnessTopic, services: dict[str, Service]) -> list[Text]:
    """Whom to call, in the topic's order: the number when it is known, else "ask at the health centre"."""
    lines = [Text("illness-call-title")]
    for service in (services[s] for s in topic.call if s in services):
        name = Text(f"service-{service.id}-name")
        if service.phones:
            lines.append(Text("illness-call-phone", {"name": name, "phone": ", ".join(service.phones)}))
        else:
            lines.append(Text("illness-call-ask", {"name": name}))
    return lines


def _buttons(t: Turn, topic: IllnessTopic, child: Child) -> tuple[tuple[Button, ...], ...]:
    services = {service.id: service for service in t.library.services}
    calls = tuple((button(f"svc:call:{s}", "illness-button-call", name=Text(f"service-{s}-name")),)
                  for s in topic.call if s in services and services[s].phones)
    others = [button(f"{VERB}:{other.id}:{child.id}", f"illness-topic-{other.id}")
              for other in t.library.illness if other.id != topic.id]
    pairs = tuple(tuple(others[i:i + 2]) for i in range(0, len(others), 2))
    return calls + pairs + ((button("menu", "button-back-to-menu"),),)


def show_topic(t: Turn, child: Child, topic: IllnessTopic) -> None:
    age = age_in_days(child.birth_date, t.today)
    header = Text("illness-header", {"name": child_name(child), "age": t.age(child)})
    services = {service.id: service for service in t.library.services}
    parts = [header, *topic_texts(topic, age), *call_lines(topic, services)]
    t.say(*parts, buttons=_buttons(t, topic, child))


async def show(t: Turn, child: Child) -> None:
    """The danger signs for the child's age first, with the other topics as buttons."""
    topic = next((topic for topic in t.library.illness if topic.id == FIRST_TOPIC), None)
    if topic is None:
        t.show_menu(Text("illness-unavailable"))
        return
    show_topic(t, child, topic)


async def press(t: Turn, arg: str) -> bool:
    """``ill:<topic>:<child id>``: False (stale) for an unknown topic or a child not of this family."""
    topic_id, _, child_id = arg.partition(":")
    topic = next((topic for topic in t.library.illness if topic.id == topic_id), None)
    child = await t.child(child_id) if topic is not None else None
    if topic is None or child is None:
        return False
    show_topic(t, child, topic)
    return True
