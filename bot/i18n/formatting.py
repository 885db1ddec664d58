"""Dates for each reader locale, and the one full stop after them.

The words of a date come from the content (message ``date-full``: Serbian months in the genitive, Romani in
numbers); this module is the fallback for content without that message. Serbian (both scripts) and English
use Babel's CLDR data (Babel has no Serbian genitive: "15. januar 2027."); Romani has no CLDR locale, so its
dates are numeric (12.03.2024.), as Serbian publications print them: a Romani reader never sees English month
names.
"""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date as babel_format_date

from bot.core.messages import ENGLISH, ROMANI, SERBIAN_CYRILLIC, SERBIAN_LATIN

# locale -> (Babel locale, CLDR date pattern)
_BABEL_DATES: dict[str, tuple[str, str]] = {
    SERBIAN_LATIN: ("sr_Latn", "long"),  # 12. mart 2024.
    SERBIAN_CYRILLIC: ("sr_Cyrl", "long"),  # 12. март 2024.
    ENGLISH: ("en_GB", "long"),  # 12 March 2024 (day before month, as in Serbia)
}


def format_date(day: date, locale: str) -> str:
    """A calendar date as the reader of ``locale`` writes it; ValueError for an unknown locale."""
    if locale == ROMANI:
        return f"{day.day:02d}.{day.month:02d}.{day.year}."
    try:
        babel_locale, pattern = _BABEL_DATES[locale]
    except KeyError:
        raise ValueError(f"no date format for locale {locale!r}") from None
    return babel_format_date(day, pattern, locale=babel_locale)


_DOUBLED_STOP = re.compile(r"(?<=\d)\.\.(?!\.)")


def one_full_stop(text: str) -> str:
    """A Serbian or Romani date ends with a full stop ("15. januara 2027."); when it also ends the sentence,
    the sentence's own full stop is dropped: "do 15. januara 2027." and never "2027..". An ellipsis stays."""
    return _DOUBLED_STOP.sub(".", text)
