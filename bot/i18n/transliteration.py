"""Serbian Latin <-> Cyrillic.

Serbian Latin is the single source of Serbian content; Cyrillic is generated from it. Cyrillic -> Latin is
a fixed letter mapping. Latin -> Cyrillic is not: "lj", "nj" and "dž" are one letter (љ, њ, џ) except at a
prefix boundary (injekcija -> инјекција). Those words come from an exceptions file that content editors
keep (content/data/sr-cyrillic-exceptions.toml), and :func:`suspicious_words` flags words that look like
such a boundary but are not listed there.

Left alone: text inside ``{placeables}``, ``/commands`` (/menu, /start: typed in Latin in every script), URLs,
e-mail addresses, @handles, numbers and phone numbers, and every word with a Latin letter that Serbian does not
use (q, w, x, y, ä, é, ...): such a word is foreign or Romani.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from fluent.syntax import ast

# Upper-case Serbian Cyrillic -> Gaj Latin, from shared/domain/transliteration_sr.toml (verified).
CYRILLIC_TO_LATIN: Mapping[str, str] = MappingProxyType(
    {
        "А": "A",
        "Б": "B",
        "В": "V",
        "Г": "G",
        "Д": "D",
        "Ђ": "Đ",
        "Е": "E",
        "Ж": "Ž",
        "З": "Z",
        "И": "I",
        "Ј": "J",
        "К": "K",
        "Л": "L",
        "Љ": "Lj",
        "М": "M",
        "Н": "N",
        "Њ": "Nj",
        "О": "O",
        "П": "P",
        "Р": "R",
        "С": "S",
        "Т": "T",
        "Ћ": "Ć",
        "У": "U",
        "Ф": "F",
        "Х": "H",
        "Ц": "C",
        "Ч": "Č",
        "Џ": "Dž",
        "Ш": "Š",
    }
)
_LATIN_TO_CYRILLIC: dict[str, str] = {lat.lower(): cyr.lower() for cyr, lat in CYRILLIC_TO_LATIN.items()}
DIGRAPHS = frozenset(key for key in _LATIN_TO_CYRILLIC if len(key) == 2)  # lj, nj, dž
SERBIAN_LATIN_LETTERS = frozenset(key for key in _LATIN_TO_CYRILLIC if len(key) == 1)
_CYRILLIC_DIGRAPH_LETTERS = frozenset("ЉЊЏ")

# Unicode single-codepoint digraphs U+01C4..U+01CC, spelled as two letters.
_SINGLE_CODEPOINT_DIGRAPHS = str.maketrans(
    {
        "Ǆ": "DŽ",
        "ǅ": "Dž",
        "ǆ": "dž",
        "Ǉ": "LJ",
        "ǈ": "Lj",
        "ǉ": "lj",
        "Ǌ": "NJ",
        "ǋ": "Nj",
        "ǌ": "nj",
    }
)

# Prefixes that end in the first letter of a digraph (l, n, d), so that the next letter (j, ž) may start a new
# Cyrillic letter: in-jekcija, kon-jugacija, van-jezički, pan-evropski, nad-živeti, pod-župan, od-žvakati.
PREFIXES: tuple[str, ...] = ("in", "kon", "van", "pan", "nad", "pod", "od", "pred", "sred")
# Prefixes that may stand before those without touching a digraph themselves: ne-od-živ, pre-pod-žup.
LEADING_PREFIXES: tuple[str, ...] = (
    "ne", "naj", "pre", "po", "za", "raz", "iz", "bez", "su", "pro", "do", "u", "o", "pri", "na", "anti",
)

_PROTECTED = re.compile(
    r"\{[^{}]*\}"  # a placeable
    r"|(?:https?://|www\.)\S+"  # a URL
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|@\w+"  # a messenger handle
    r"|(?<![\w/.:])/[a-z][a-z0-9_]*"  # a /command, typed in Latin in every script
    r"|\b(?:[A-Za-z0-9-]+\.)+(?:rs|com|org|net|eu|info|int|edu)\b(?:/\S*)?"  # a bare domain name
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # a word, or words joined by hyphens (Wi-Fi)
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Exceptions:
    """Words where a Latin digraph is written as two Cyrillic letters, and words confirmed not to be.

    ``split`` maps lower-case Latin stems to Cyrillic stems; a stem matches at the start of a word,
    case-insensitively. ``one_letter`` holds lower-case whole words that only look like a prefix
    boundary (konj, odžak): :func:`suspicious_words` does not flag them.
    """

    split: Mapping[str, str] = field(default_factory=dict)
    one_letter: frozenset[str] = frozenset()

    @classmethod
    def from_toml(cls, path: Path) -> Exceptions:
        """Load and check the exceptions file; ValueError (naming the file and entry) when it is wrong."""
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        one_letter = data.get("one_letter", {})
        raw_split, words = (
            data.get("split", {}),
            one_letter.get("words", []) if isinstance(one_letter, dict) else None,
        )
        if not isinstance(raw_split, dict) or not all(isinstance(v, str) for v in raw_split.values()):
            raise ValueError(f"{path}: [split] must map Latin stems to Cyrillic stems, as strings")
        if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
            raise ValueError(f"{path}: [one_letter] words must be a list of strings")
        split = {_normal(key).lower(): _normal(value).lower() for key, value in raw_split.items()}
        for stem, cyrillic in split.items():
            _check_split_entry(path, stem, cyrillic)
        return cls(split=MappingProxyType(split), one_letter=frozenset(_normal(w).lower() for w in words))

    def stem_of(self, lower_word: str) -> str | None:
        """The longest split stem the word starts with."""
        found = [stem for stem in self.split if lower_word.startswith(stem)]
        return max(found, key=len) if found else None


def _check_split_entry(path: Path, stem: str, cyrillic: str) -> None:
    problem = None
    if not stem or not all(letter in SERBIAN_LATIN_LETTERS for letter in stem):
        problem = "the Latin stem must be Serbian Latin letters only"
    elif not any(digraph in stem for digraph in DIGRAPHS):
        problem = "the Latin stem has no lj, nj or dž, so it needs no exception"
    elif cyrillic_to_latin(cyrillic).lower() != stem:
        problem = f"the Cyrillic stem reads back as {cyrillic_to_latin(cyrillic)!r}, not the Latin stem"
    elif latin_to_cyrillic(stem) == cyrillic:
        problem = "the Cyrillic stem is what plain transliteration gives, so it needs no exception"
    if problem:
        raise ValueError(f"{path}: split entry {stem!r}: {problem}")


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(_SINGLE_CODEPOINT_DIGRAPHS))


NO_EXCEPTIONS = Exceptions()


def latin_to_cyrillic(text: str, exceptions: Exceptions = NO_EXCEPTIONS) -> str:
    """Serbian Latin text in Cyrillic; see the module docstring for what is left alone."""
    text = _normal(text)
    out: list[str] = []
    position = 0
    for protected in _PROTECTED.finditer(text):
        out.append(
            _WORD.sub(lambda m: _word_to_cyrillic(m.group(), exceptions), text[position : protected.start()])
        )
        out.append(protected.group())
        position = protected.end()
    out.append(_WORD.sub(lambda m: _word_to_cyrillic(m.group(), exceptions), text[position:]))
    return "".join(out)


def _is_foreign(word: str) -> bool:
    """True when the word has a Latin letter Serbian does not use (q, w, x, y, é...)."""
    return any(
        letter.lower() not in SERBIAN_LATIN_LETTERS and unicodedata.name(letter, "").startswith("LATIN")
        for letter in word
    )


def _word_to_cyrillic(compound: str, exceptions: Exceptions) -> str:
    if _is_foreign(compound):
        return compound
    return _LETTERS.sub(lambda m: _part_to_cyrillic(m.group(), exceptions), compound)


def _part_to_cyrillic(word: str, exceptions: Exceptions) -> str:
    stem = exceptions.stem_of(word.lower())
    if stem is None:
        return _letters_to_cyrillic(word)
    written = word[: len(stem)]
    cyrillic = exceptions.split[stem]
    if written.isupper():
        cyrillic = cyrillic.upper()
    elif written[0].isupper():
        cyrillic = cyrillic[0].upper() + cyrillic[1:]
    return cyrillic + _letters_to_cyrillic(word[len(stem) :])


def _letters_to_cyrillic(word: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(word):
        pair = word[index : index + 2]
        if pair.lower() in DIGRAPHS:
            letter, index = _LATIN_TO_CYRILLIC[pair.lower()], index + 2
        else:
            letter, index = _LATIN_TO_CYRILLIC.get(pair[0].lower(), pair[0]), index + 1
        out.append(letter.upper() if pair[0].isupper() else letter)
    return "".join(out)


def cyrillic_to_latin(text: str) -> str:
    """Serbian Cyrillic text in Latin (deterministic); ЉУБАВ -> LJUBAV, Љубав -> Ljubav."""
    out: list[str] = []
    for index, letter in enumerate(text):
        latin = CYRILLIC_TO_LATIN.get(letter.upper())
        if latin is None:
            out.append(letter)
        elif letter.islower():
            out.append(latin.lower())
        elif letter in _CYRILLIC_DIGRAPH_LETTERS and _in_capitals(text, index):
            out.append(latin.upper())
        else:
            out.append(latin)
    return "".join(out)


def _in_capitals(text: str, index: int) -> bool:
    following = text[index + 1] if index + 1 < len(text) else ""
    previous = text[index - 1] if index > 0 else ""
    if following.isalpha():
        return following.isupper()
    return previous.isalpha() and previous.isupper()


def suspicious_words(text: str, exceptions: Exceptions = NO_EXCEPTIONS) -> list[str]:
    """Latin words with lj/nj/dž right after a common prefix that the exceptions file does not cover.

    Each such word needs an entry: under ``split`` when the digraph is two letters (injekcija), under
    ``one_letter`` when it is one (konj). Returned once each, in order of appearance.
    """
    found: list[str] = []
    compounds = _WORD.findall(_PROTECTED.sub(" ", _normal(text)))
    for word in (
        word for compound in compounds if not _is_foreign(compound) for word in _LETTERS.findall(compound)
    ):
        lower = word.lower()
        if lower in exceptions.one_letter or exceptions.stem_of(lower):
            continue
        if _digraph_after_prefix(lower) and word not in found:
            found.append(word)
    return found


def _digraph_after_prefix(lower_word: str) -> bool:
    """True when the word, after any leading prefixes (ne-, pre-, ...), starts with a prefix of PREFIXES that
    ends in the first letter of lj, nj or dž and is followed by its second letter."""
    starts, seen = [0], set()
    while starts:
        start = starts.pop()
        if start in seen:
            continue
        seen.add(start)
        rest = lower_word[start:]
        if any(
            rest.startswith(prefix) and rest[len(prefix) - 1 : len(prefix) + 1] in DIGRAPHS for prefix in PREFIXES
        ):
            return True
        starts += [start + len(p) for p in LEADING_PREFIXES if rest.startswith(p) and len(rest) > len(p) + 2]
    return False


def resource_to_cyrillic(resource: ast.Resource, exceptions: Exceptions = NO_EXCEPTIONS) -> ast.Resource:
    """A Cyrillic copy of a Serbian Latin Fluent resource; the original is not changed.

    Only text elements are transliterated, in message values, message attributes and term values (with
    every select variant). Everything inside a placeable stays as written: variable names, message and
    term references, function arguments, selector keys, and string literals, which are how an editor
    keeps words in their own script (``language-rom = { "Romani čhib" }``). Term attributes are
    grammatical features that select variants, never shown, and stay as written too.
    """
    copy = resource.clone()
    for entry in copy.body:
        if isinstance(entry, ast.Message):
            patterns = [entry.value, *(attribute.value for attribute in entry.attributes)]
        elif isinstance(entry, ast.Term):
            patterns = [entry.value]
        else:
            continue
        for pattern in patterns:
            if pattern is not None:
                _pattern_to_cyrillic(pattern, exceptions)
    return copy


def _pattern_to_cyrillic(pattern: ast.Pattern, exceptions: Exceptions) -> None:
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            element.value = latin_to_cyrillic(element.value, exceptions)
        else:
            _expression_to_cyrillic(element.expression, exceptions)


def _expression_to_cyrillic(expression: ast.BaseNode, exceptions: Exceptions) -> None:
    if isinstance(expression, ast.SelectExpression):
        for variant in expression.variants:
            _pattern_to_cyrillic(variant.value, exceptions)
    elif isinstance(expression, ast.Placeable):
        _expression_to_cyrillic(expression.expression, exceptions)


def latin_leftovers(text: str) -> list[str]:
    """Words of a Cyrillic text that still contain Latin letters, outside placeables, URLs and addresses."""
    return [
        word
        for word in _WORD.findall(_PROTECTED.sub(" ", text))
        if any(unicodedata.name(letter, "").startswith("LATIN") for letter in word)
    ]
