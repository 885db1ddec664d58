"""A child's grammatical gender, set or changed from "My children" (onboarding asks it for a new child).

The bot asks only so that its words agree with the child ("rođena", "bijandili"); "girl", "boy", or nothing
(neutral wording). See ``child_name`` in bot.core.turn for how messages receive it.
"""

from __future__ import annotations

from bot.core.family import GENDERS, Child
from bot.core.messages import Text
from bot.core.onboarding import gender_buttons
from bot.core.turn import Turn, button, child_name

CHANGE_STEP = "set_gender"


async def ask_change(t: Turn, child: Child) -> None:
    t.goto(CHANGE_STEP, child=str(child.id))
    t.say(Text("child-ask-gender-of", {"name": child_name(child)}),
          buttons=gender_buttons((button("menu", "button-cancel"),)))


async def change(t: Turn, answer: str) -> bool:
    """Store "girl" or "boy" for the child the question was about; False (nothing changed) for anything else."""
    child = await t.child(str(t.chat.data.get("child", "")))
    if child is None or answer not in GENDERS:
        return False
    child.gender = answer
    await t.store.save_child(child)
    t.goto("")
    t.show_menu(Text("child-gender-saved", {"name": child_name(child)}))
    return True
