"""Serbian Latin <-> Cyrillic, the exceptions file, the suspicious-word check, and Fluent ASTs."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser, FluentSerializer
from hypothesis import given
from hypothesis import strategies as st

from bot.i18n.transliteration import (
    CYRILLIC_TO_LATIN,
    Exceptions,
    cyrillic_to_latin,
    latin_leftovers,
    latin_to_cyrillic,
    resource_to_cyrillic,
    suspicious_words,
)

REAL_EXCEPTIONS = Path(__file__).parent.parent.parent / "content" / "data" / "sr-cyrillic-exceptions.toml"


@pytest.fixture(scope="module")
def exceptions() -> Exceptions:
    return Exceptions.from_toml(REAL_EXCEPTIONS)


def write_exceptions(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "exceptions.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        pytest.param("injekcija", "инјекција", id="injekcija"),
        pytest.param("konjunkcija", "конјункција", id="konjunkcija"),
        pytest.param("nadživeti", "надживети", id="nadziveti"),
        pytest.param("podžupan", "поджупан", id="podzupan"),
        pytest.param("odžvakati", "оджвакати", id="odzvakati"),
        pytest.param("Injekcije", "Инјекције", id="title-case-keeps-case"),
        pytest.param("INJEKCIJA", "ИНЈЕКЦИЈА", id="all-caps-keeps-case"),
        pytest.param("konjunktivitis", "конјунктивитис", id="stem-covers-other-words"),
        pytest.param("konj", "коњ", id="not-an-exception"),
        pytest.param("anti-injekcijski e-pošta", "анти-инјекцијски е-пошта", id="hyphenated-parts"),
        pytest.param("protivinjekcija", "противињекција", id="stem-matches-only-at-word-start"),
    ],
)
def test_prefix_boundary_words_keep_two_letters(exceptions, latin, cyrillic):
    assert latin_to_cyrillic(latin, exceptions) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        pytest.param("ljubav njiva džep", "љубав њива џеп", id="lower"),
        pytest.param("Ljubav Njiva Džep", "Љубав Њива Џеп", id="title"),
        pytest.param("LJUBAV NJIVA DŽEP", "ЉУБАВ ЊИВА ЏЕП", id="all-caps"),
        pytest.param(
            "ǉubav ǌiva ǆep ǈubav ǋiva ǅep ǇUBAV ǊIVA ǄEP",
            "љубав њива џеп Љубав Њива Џеп ЉУБАВ ЊИВА ЏЕП",
            id="single-codepoint-digraphs",
        ),
        pytest.param("Đorđe Ćuprija Šešir Žaba Čačak", "Ђорђе Ћуприја Шешир Жаба Чачак", id="diacritics"),
        pytest.param("c\u030cas", "час", id="decomposed-caron"),
        pytest.param("Djordje", "Дјордје", id="legacy-dj-is-not-guessed"),
    ],
)
def test_digraphs_and_letters(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        pytest.param(
            "Vidi https://www.zdravlje.gov.rs/nj/lj", "Види https://www.zdravlje.gov.rs/nj/lj", id="url"
        ),
        pytest.param("Vidi www.batut.org.rs danas", "Види www.batut.org.rs данас", id="www"),
        pytest.param("Sajt dzzemun.rs radi", "Сајт dzzemun.rs ради", id="bare-domain"),
        pytest.param("Piši na info@dz-zemun.rs", "Пиши на info@dz-zemun.rs", id="email"),
        pytest.param("Bot @cavororo_bot", "Бот @cavororo_bot", id="handle"),
        pytest.param("Za 3 dana, 12.03.2024.", "За 3 дана, 12.03.2024.", id="numbers"),
        pytest.param("Wi-Fi Xbox yoga quiz Baxtasa", "Wi-Fi Xbox yoga quiz Baxtasa", id="q-w-x-y-words"),
        pytest.param("café i čaj", "café и чај", id="other-latin-letters"),
        pytest.param("Zdravo { $name }, { -brand }", "Здраво { $name }, { -brand }", id="placeables"),
        pytest.param("Dete (BCG) — 💉 ok!", "Дете (БЦГ) — 💉 ок!", id="punctuation-and-emoji"),
        pytest.param("Већ ћирилица", "Већ ћирилица", id="already-cyrillic"),
    ],
)
def test_what_is_not_serbian_text_is_left_alone(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        pytest.param("ЉУБАВ", "LJUBAV", id="all-caps"),
        pytest.param("Љубав", "Ljubav", id="title"),
        pytest.param("КОЊ ЏЕП", "KONJ DŽEP", id="all-caps-digraph-at-word-end"),
        pytest.param("Њ Џ.", "Nj Dž.", id="single-capital"),
        pytest.param("инјекција", "injekcija", id="two-letters"),
        pytest.param("Ђорђе, Ћуприја!", "Đorđe, Ćuprija!", id="diacritics"),
        pytest.param("www.example.com 12", "www.example.com 12", id="latin-untouched"),
    ],
)
def test_cyrillic_to_latin(cyrillic, latin):
    assert cyrillic_to_latin(cyrillic) == latin


def test_the_mapping_has_all_thirty_letters():
    assert len(CYRILLIC_TO_LATIN) == 30
    assert "".join(CYRILLIC_TO_LATIN.values()).lower().count("ž") == 2  # Ж and Џ


CYRILLIC_LETTERS = "".join(CYRILLIC_TO_LATIN) + "".join(CYRILLIC_TO_LATIN).lower()


@given(st.text(alphabet=CYRILLIC_LETTERS + " .,", max_size=30))
def test_latin_round_trip_is_exact_where_no_two_letters_meet(text):
    two_letters = ("нј", "лј", "дж")
    if any(pair in text.lower() for pair in two_letters):
        return
    words = text.split()
    mixed_case = [w for w in words if len(w) > 1 and not (w.islower() or w.isupper() or w[1:].islower())]
    if mixed_case:
        return  # ЉУбав has no single Latin spelling
    assert latin_to_cyrillic(cyrillic_to_latin(text)) == text


# -- suspicious words -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        pytest.param("Injekcija i konjunktivitis", [], id="listed-split"),
        pytest.param("Konj i odžak", [], id="listed-one-letter"),
        pytest.param("Injektibilni nadžak, konjička", ["nadžak", "konjička"], id="unlisted"),
        pytest.param("Predžetva i Podžilav", ["Predžetva", "Podžilav"], id="other-prefixes-any-case"),
        pytest.param("ljubav, njiva, džep, pedijatar", [], id="ordinary-words"),
        pytest.param("https://konjugator.example/injx { $nadzor }", [], id="urls-and-placeables"),
        pytest.param("nadžak nadžak", ["nadžak"], id="each-once"),
        pytest.param("anti-nadžak, Wi-Konjx", ["nadžak"], id="hyphenated-parts"),
    ],
)
def test_suspicious_words_are_digraphs_after_a_prefix_not_in_the_file(exceptions, text, flagged):
    assert suspicious_words(text, exceptions) == flagged


def test_without_exceptions_every_trap_is_suspicious():
    assert suspicious_words("injekcija konjunkcija nadživeti podžupan odžvakati") == [
        "injekcija",
        "konjunkcija",
        "nadživeti",
        "podžupan",
        "odžvakati",
    ]


# -- exceptions file --------------------------------------------------------------------------------------


def test_real_exceptions_file_covers_the_known_traps(exceptions):
    assert exceptions.split["injekc"] == "инјекц" and "konj" in exceptions.one_letter


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        pytest.param('[split]\n"injekc" = "ињекц"\n', "plain transliteration", id="pointless"),
        pytest.param('[split]\n"inekc" = "инекц"\n', "no lj, nj or dž", id="no-digraph"),
        pytest.param('[split]\n"injekc" = "инјект"\n', "reads back as", id="typo"),
        pytest.param('[split]\n"inj-ekc" = "инј-екц"\n', "Serbian Latin letters only", id="not-letters"),
        pytest.param('[split]\n"injekc" = 3\n', "as strings", id="not-a-string"),
        pytest.param('[one_letter]\nwords = "konj"\n', "list of strings", id="words-not-a-list"),
        pytest.param("[split\n", "Expected", id="bad-toml"),
    ],
)
def test_wrong_exceptions_file_is_refused(tmp_path, toml, problem):
    with pytest.raises(ValueError, match=problem):
        Exceptions.from_toml(write_exceptions(tmp_path, toml))


def test_exceptions_file_entries_are_normalised_to_lower_case(tmp_path):
    loaded = Exceptions.from_toml(
        write_exceptions(tmp_path, '[split]\n"Injekc" = "Инјекц"\n[one_letter]\nwords = ["Konj"]\n')
    )
    assert loaded.split == {"injekc": "инјекц"} and loaded.one_letter == {"konj"}


def test_longest_stem_wins(tmp_path):
    loaded = Exceptions.from_toml(
        write_exceptions(tmp_path, '[split]\n"konjunk" = "конјунк"\n"konjunktiv" = "конјунктив"\n')
    )
    assert loaded.stem_of("konjunktivitis") == "konjunktiv"


# -- Fluent resources -------------------------------------------------------------------------------------

SOURCE = """\
-clinic = Dom zdravlja
    .rod = muski
poruka = Zdravo { $ljubimac }, { poruka-njiva } i { -clinic }: { $broj ->
    [one] jedna injekcija
   *[other] { NUMBER($broj, style: "decimal") } injekcije
} { -clinic.rod ->
    [muski] otvoren
   *[zenski] otvorena
} { "Džep \\u0022" }
    .naslov = Njiva
poruka-njiva = Njiva
"""


def test_resource_transliterates_text_elements_and_nothing_inside_placeables(exceptions):
    original = FluentParser().parse(SOURCE)
    assert [type(entry).__name__ for entry in original.body] == ["Term", "Message", "Message"]
    before = FluentSerializer().serialize(original)
    cyrillic = FluentSerializer().serialize(resource_to_cyrillic(original, exceptions))
    assert cyrillic == (
        "-clinic = Дом здравља\n"
        "    .rod = muski\n"
        "poruka =\n"
        "    Здраво { $ljubimac }, { poruka-njiva } и { -clinic }: { $broj ->\n"
        "        [one] једна инјекција\n"
        '       *[other] { NUMBER($broj, style: "decimal") } инјекције\n'
        "    } { -clinic.rod ->\n"
        "        [muski] отворен\n"
        "       *[zenski] отворена\n"
        '    } { "Džep \\u0022" }\n'
        "    .naslov = Њива\n"
        "poruka-njiva = Њива\n"
    )
    assert FluentSerializer().serialize(original) == before  # the source AST is untouched


@pytest.mark.parametrize(
    ("text", "leftovers"),
    [
        pytest.param("Здраво https://example.com info@example.rs { $name }", [], id="clean"),
        pytest.param("Здраво WiFi и Xbox", ["WiFi", "Xbox"], id="foreign-words"),
        pytest.param("Мешано Zдраво", ["Zдраво"], id="mixed-word"),
    ],
)
def test_latin_leftovers_finds_latin_words_in_cyrillic_text(text, leftovers):
    assert latin_leftovers(text) == leftovers
