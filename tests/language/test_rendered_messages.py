"""What a reader sees: every message in every locale, for a girl, a boy and a child whose gender was not given,
with several dates and counts (tests/language/rendering.py). Searched for doubled full stops, Latin left in
Cyrillic, commands turned into Cyrillic, months in the wrong case, Romani spellings the glossary rejects,
plural forms that do not fit the number and words that do not agree with the child."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from babel.dates import get_month_names
from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot.core.messages import LOCALES
from bot.i18n.transliteration import latin_leftovers
from bot.tools.content_tree import ContentTree
from bot.tools.glossary import GLOSSARY_FILE, Glossary
from tests.language.rendering import CONTENT, NAME, Rendered, rendered, translator, variables

DOUBLED_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
NOMINATIVE_MONTH = re.compile(
    r"\d\.\s+(januar|februar|mart|april|maj|jun|jul|avgust|septembar|oktobar|novembar|decembar|"
    r"јануар|фебруар|март|април|мај|јун|јул|август|септембар|октобар|новембар|децембар)(?!\w)",
    re.IGNORECASE,
)


def problems(check: Callable[[Rendered], str | None], *, locales: tuple[str, ...] = ()) -> list[str]:
    """One line per message and locale that fails the check (the first failing render), sorted."""
    found: dict[tuple[str, str], str] = {}
    for item in rendered():
        if locales and item.locale not in locales or (item.msg_id, item.locale) in found:
            continue
        reason = check(item)
        if reason is not None:
            found[(item.msg_id, item.locale)] = f"{item.msg_id} [{item.locale}, {item.gender}]: {reason}"
    return sorted(found.values())


def test_every_message_renders_in_every_locale_for_both_genders():
    seen = {(item.msg_id, item.locale, item.gender) for item in rendered()}
    serbian = translator().ids("sr")
    assert len(serbian) > 500
    assert seen == {(msg_id, locale, gender) for msg_id in serbian for locale in LOCALES
                    for gender in ("girl", "boy", "unknown")}


def test_no_message_shows_a_doubled_full_stop():
    assert problems(lambda item: repr(item.text) if DOUBLED_STOP.search(item.text) else None) == []


class _Literals(Visitor):
    def __init__(self) -> None:
        self.words: set[str] = set()

    def visit_StringLiteral(self, node: ast.StringLiteral) -> None:
        self.words.update(re.findall(r"[^\W\d_]+", node.value))


def kept_in_latin() -> set[str]:
    """Words an editor keeps in their own script on purpose: string literals of the Serbian source."""
    literals = _Literals()
    for ftl in ContentTree.load(CONTENT).files["sr"].values():
        literals.visit(ftl.resource)
    return literals.words


def test_cyrillic_output_has_no_latin_but_commands_urls_names_and_kept_literals():
    kept = kept_in_latin()

    def latin(item: Rendered) -> str | None:
        left = [word for word in latin_leftovers(item.text.replace(NAME, "")) if word not in kept]
        return f"Latin {left} in {item.text!r}" if left else None

    assert problems(latin, locales=("sr-Cyrl",)) == []


TRANSLITERATED_ADDRESS = re.compile(r"хттп|ввв\.|\.(рс|цом|орг|нет)\b|@[^\W\d_a-zA-Z]")


def test_cyrillic_output_never_transliterates_a_command_or_an_address():
    def command(item: Rendered) -> str | None:
        found = re.findall(r"/[^\W\d_a-zA-Z]+", item.text) + [m.group() for m in
                                                              TRANSLITERATED_ADDRESS.finditer(item.text)]
        return f"{found} in {item.text!r}" if found else None

    assert problems(command, locales=("sr-Cyrl",)) == []


def test_commands_are_shown_in_latin_in_every_locale():
    commands = {item.locale: re.findall(r"(?<![\w/.:])/[a-z]+", item.text) for item in rendered()
                if item.msg_id == "help-text"}
    assert commands == {locale: ["/menu", "/language", "/pause", "/stop"] for locale in commands}


def test_serbian_dates_have_the_month_in_the_genitive():
    def nominative(item: Rendered) -> str | None:
        found = NOMINATIVE_MONTH.search(item.text)
        return f"{found.group()!r} in {item.text!r}" if found else None

    assert problems(nominative, locales=("sr-Latn", "sr-Cyrl")) == []


def test_a_sentence_ending_in_a_date_has_one_full_stop_in_serbian_and_romani():
    texts = {item.locale: item.text for item in rendered()
             if item.msg_id == "reminders-paused" and item.gender == "girl" and not item.unnamed
             and item.day.month == 1}
    assert texts["sr-Latn"].endswith("do 15. januara 2027.")
    assert texts["sr-Cyrl"].endswith("до 15. јануара 2027.")
    assert texts["rom"].endswith("15.1.2027.")
    assert texts["en"].endswith("15 January 2027.")


# Serbian "maj" (May) is also the Romani "maj" (more): a Romani text is searched for every other month name.
MONTHS = [name.lower() for locale in ("en", "sr_Latn", "sr_Cyrl")
          for name in get_month_names("wide", locale=locale).values() if name.lower() != "maj"]


def test_romani_never_shows_a_month_name():
    def month(item: Rendered) -> str | None:
        words = set(re.findall(r"[^\W\d_]+", item.text.lower()))
        named = sorted(words & set(MONTHS))
        return f"{named} in {item.text!r}" if named else None

    assert problems(month, locales=("rom",)) == []


def test_romani_output_uses_only_glossary_spellings():
    glossary = Glossary.load(CONTENT / GLOSSARY_FILE)

    def variants(item: Rendered) -> str | None:
        if item.folder != "rom" or item.msg_id.endswith("-any"):
            return None  # Serbian fallback, or shown before a language is chosen: in three languages at once
        if item.msg_id.startswith("service-") and item.msg_id.endswith("-name"):
            return None  # the official name of an institution stays Serbian (glossary: names of institutions)
        found = [f"{written} -> {entry.spelling}" for written, entry in glossary.variants_in(item.text)]
        return f"{found} in {item.text!r}" if found else None

    assert problems(variants, locales=("rom",)) == []


# Noun forms after a number and the plural categories (bot.i18n.plurals) they fit.
NOUN_FORMS: dict[str, dict[str, set[str]]] = {
    "sr": {"dan": {"one"}, "dana": {"few", "other"}, "mesec": {"one"}, "meseca": {"few"}, "meseci": {"other"},
           "godina": {"one", "other"}, "godine": {"few"}, "porodicu": {"one"}, "porodice": {"few"},
           "nedelja": {"one", "other"}, "nedelje": {"few"}, "poruka": {"one", "other"}, "poruke": {"few"}},
    "en": {"day": {"one"}, "days": {"other"}, "month": {"one"}, "months": {"other"}, "year": {"one"},
           "years": {"other"}, "family": {"one"}, "families": {"other"}, "message": {"one"}, "messages": {"other"},
           "week": {"one"}, "weeks": {"other"}, "vaccine": {"one"}, "vaccines": {"other"}},
    "rom": {"đes": {"one"}, "đesa": {"other"}, "čhon": {"one"}, "čhona": {"other"}, "berš": {"one"},
            "berša": {"other"}, "kurko": {"one"}, "kurke": {"other"}},
}
LANGUAGE = {"sr-Latn": "sr", "sr-Cyrl": "sr", "en": "en", "rom": "rom"}


@pytest.mark.parametrize("locale", ["sr-Latn", "en", "rom"])
def test_the_noun_after_a_number_fits_the_number(locale):
    from bot.i18n.plurals import rule_for

    language = LANGUAGE[locale]
    rule, forms = rule_for(language), NOUN_FORMS[language]

    def plural(item: Rendered) -> str | None:
        if item.folder != language:
            return None
        for number, noun in re.findall(r"(?<![\d.,])(\d+) ([^\W\d_]+)", item.text):
            allowed = forms.get(noun.lower())
            if allowed is not None and rule(int(number)) not in allowed:
                return f"{number} {noun} in {item.text!r}"
        return None

    assert problems(plural, locales=(locale,)) == []


# Words about one child that must agree with it: gender -> forms that must not appear.
WRONG_FORMS: dict[str, dict[str, re.Pattern[str]]] = {
    "sr-Latn": {"girl": re.compile(r"(?<!dete )\b(rođen|rođeno|primio|dobio|primilo)\b"),
                "boy": re.compile(r"(?<!beba )(?<!dete )\b(rođena|rođeno|primila|dobila|primilo)\b")},
    "rom": {"girl": re.compile(r"\b(bijandilo|bijando)\b"),
            "boy": re.compile(r"\b(bijandili|bijandi)\b")},
}


def names_a_child(msg_id: str) -> bool:
    """Messages that name one child (or select on its gender): a general tip speaks of children in general."""
    names, _ = variables()[msg_id]
    return bool(names & {"gender", "name", "child"})


@pytest.mark.parametrize("locale", sorted(WRONG_FORMS))
@pytest.mark.parametrize("gender", ["girl", "boy"])
def test_words_about_the_child_agree_with_its_gender(locale, gender):
    wrong = WRONG_FORMS[locale][gender]

    def agree(item: Rendered) -> str | None:
        if item.gender != gender or item.folder != LANGUAGE[locale] or not names_a_child(item.msg_id):
            return None
        found = wrong.search(item.text)
        return f"{found.group()!r} in {item.text!r}" if found else None

    assert problems(agree, locales=(locale,)) == []


# Serbian addresses the parent with "ti", the tips too: the "vi" pronouns, every plural imperative (izaberite,
# igrajte, nađite, brojte: the endings -ite/-ajte/-ejte/-ijte/-ujte/-jte) and the plural present forms a text could slip
# into ("ste", "možete", "odete").
VI_FORMS = re.compile(r"\b(vi|vaš|vaša|vaše|vašu|vašeg|vašem|vašoj|vašim|vašima|vam|vama|vas|ste|možete|izaberete|"
                      r"odete|idete|hoćete|imate|znate|želite|čuvate|penjete|živite|"
                      r"\w+(ite|ajte|ejte|ijte|ujte|jte))\b", re.IGNORECASE)


def test_serbian_speaks_to_the_parent_with_ti():
    def vi(item: Rendered) -> str | None:
        if item.folder != "sr" or item.msg_id.endswith("-any"):
            return None
        found = VI_FORMS.search(item.text)
        return f"{found.group()!r} in {item.text!r}" if found else None

    assert problems(vi, locales=("sr-Latn",)) == []


@pytest.mark.parametrize(
    ("locale", "wrong"),
    [
        pytest.param("sr-Latn", re.compile(r"[”\"]"), id="serbian-opens-low-closes-high"),
        pytest.param("sr-Cyrl", re.compile(r"[”\"]"), id="cyrillic-too"),
        pytest.param("rom", re.compile(r"[”\"]"), id="romani-as-serbian"),
        pytest.param("en", re.compile(r"[„\"]"), id="english-curly"),
    ],
)
def test_one_quotation_style_per_language(locale, wrong):
    def quotes(item: Rendered) -> str | None:
        found = wrong.search(item.text)
        return f"{found.group()!r} in {item.text!r}" if found else None

    assert problems(quotes, locales=(locale,)) == []
