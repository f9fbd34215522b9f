"""Language stage on its own: identification, sentences with offsets, tokens and lemmas."""

from __future__ import annotations

import pytest

from realpolitik.language import detect_language, split_sentences, tokenize
from realpolitik.language.tokens import (
    BREAKS_AND_DASHES,
    CLAUSE_STOPS,
    OPENING_QUOTES,
    PHRASE_BREAKS,
    POSSESSIVE_MARKS,
    SAXON_GENITIVES,
    STRONG_BREAKS,
)


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Regierung in Berlin hat am Montag neue Sanktionen gegen Belarus beschlossen.", "de"),
    ("The government in London imposed new sanctions on Belarus on Monday.", "en"),
    ("El Gobierno de Madrid impuso el lunes nuevas sanciones contra Bielorrusia.", "es"),
    ("Le gouvernement à Paris a imposé lundi de nouvelles sanctions contre la Biélorussie.", "fr"),
    ("Правительство в Москве в понедельник ввело новые санкции против Белоруссии.", "ru"),
])
def test_language_is_identified(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_empty_text_has_no_language() -> None:
    assert detect_language("   ") == "und"


def test_sentences_keep_document_offsets() -> None:
    text = "Erster Satz über Polen. Zweiter Satz über Litauen!\n\nDritter Absatz ohne Punkt"
    sentences = split_sentences(text, "de")
    assert [s.text for s in sentences] == ["Erster Satz über Polen.", "Zweiter Satz über Litauen!",
                                          "Dritter Absatz ohne Punkt"]
    for s in sentences:
        assert text[s.start:s.end] == s.text
        for tok in s.tokens:
            assert text[tok.start:tok.end] == tok.text


@pytest.mark.parametrize(("text", "lang", "count"), [
    ("Am 27. Oktober unterzeichneten beide Staaten den Vertrag.", "de", 1),  # German ordinal
    ("Mr. Smith met the U.S. envoy in Geneva. Talks went on.", "en", 2),  # abbreviations
    ("George W. Bush visited Moscow.", "en", 1),  # an initial
    ("Das sei inakzeptabel, schrieb der Präsident auf X. Lula rief zur Mäßigung auf.", "de", 2),  # the platform
    ("The minister wrote on X. Warsaw replied within hours.", "en", 2),  # no initial after "on"
    ("Beide gratulierten über die Plattform X. Peking schwieg.", "de", 2),  # the platform named by its noun
    ("La ministra escribió en la plataforma X. Quito respondió.", "es", 2),
    ("Die Soldaten sollen wachen.Bis kurz vor Beginn kam es zu Angriffen.", "de", 2),  # missing space
    ("Польша получила первые истребители F-35. Поставки продолжатся в мае.", "ru", 2),  # no ordinal dot in Russian
])
def test_sentence_boundaries(text: str, lang: str, count: int) -> None:
    assert len(split_sentences(text, lang)) == count


def test_hyphenated_compounds_are_split_and_lemmas_lower_case() -> None:
    tokens = tokenize("Die US-Streitkräfte versenkten Schnellboote.", "de")
    assert [t.text for t in tokens][:5] == ["Die", "US", "-", "Streitkräfte", "versenkten"]
    assert tokens[3].lemma == "streitkraft"
    assert all(t.lemma == t.lemma.lower() for t in tokens)


@pytest.mark.parametrize(("text", "lang"), [
    ("une « agression »", "fr"), ("un ‹ signal fort ›", "fr"), ("ein „Signal“", "de"), ("a “signal”", "en"),
    ('a "signal"', "en"),
])
def test_an_opening_quote_is_a_token_of_its_own(text: str, lang: str) -> None:
    tokens = tokenize(text, lang)
    assert tokens[1].text in OPENING_QUOTES and tokens[2].text.isalpha()  # (“ and " close a quotation as well)


def test_the_phrase_breaks_are_tokens_of_their_own() -> None:
    # language/tokens.PHRASE_BREAKS (round 58: one set where 26 places wrote the three marks)
    tokens = tokenize("Rusia, China y Irán; después: nada", "es")
    assert [t.text for t in tokens if t.text in PHRASE_BREAKS] == [",", ";", ":"]


def test_the_clause_marks_are_tokens_of_their_own() -> None:
    # language/tokens (round 59): the phrase breaks with the long dashes (BREAKS_AND_DASHES), those but the comma
    # (STRONG_BREAKS), all of them with the full stop (CLAUSE_STOPS); a hyphen is none of them
    tokens = tokenize("Moscow, Beijing – and Tehran — agreed; talks: none. Ex-minister", "en")
    marks = [t.text for t in tokens if not t.text.isalpha()]
    assert [m for m in marks if m in BREAKS_AND_DASHES] == [",", "–", "—", ";", ":"]
    assert [m for m in marks if m in STRONG_BREAKS] == ["–", "—", ";", ":"]
    assert [m for m in marks if m in CLAUSE_STOPS] == [",", "–", "—", ";", ":", "."]
    assert "-" in marks and "-" not in CLAUSE_STOPS


def test_english_possessive_is_its_own_token() -> None:
    assert [t.text for t in tokenize("Russia's war", "en")] == ["Russia", "'s", "war"]


@pytest.mark.parametrize("mark", ["'s", "’s"])
def test_the_saxon_genitive_with_either_apostrophe_is_a_possessive_mark(mark: str) -> None:
    # language/tokens.SAXON_GENITIVES (round 59: one set where three places wrote the pair)
    tokens = tokenize(f"Russia{mark} war and the States’ position", "en")
    assert [t.text for t in tokens if t.text in POSSESSIVE_MARKS] == [mark, "’"]
    assert [t.text for t in tokens if t.text in SAXON_GENITIVES] == [mark]


@pytest.mark.parametrize(("text", "lang", "words"), [
    ("Die M23-Miliz rückte vor.", "de", ["Die", "M23", "-", "Miliz", "rückte", "vor", "."]),
    ("the AFC/M23 and the G20", "en", ["the", "AFC", "/", "M23", "and", "the", "G20"]),
    ("Flug MH17, 2024 und 24,5", "de", ["Flug", "MH17", ",", "2024", "und", "24,5"]),
    ("le 24e jour", "fr", ["le", "24", "e", "jour"]),  # numbers first stay numbers
    ("повстанцы М23", "ru", ["повстанцы", "М23"]),
])
def test_names_with_digits_after_letters_are_one_token(text: str, lang: str, words: list[str]) -> None:
    tokens = tokenize(text, lang)
    assert [t.text for t in tokens] == words
    assert all(text[t.start:t.end] == t.text for t in tokens)


@pytest.mark.parametrize(("text", "lang"), [
    ("Rwanda backs the M23 rebels, Congo said.", "en"),
    ("Le Rwanda soutient les rebelles du M23.", "fr"),
    ("Ruanda unterstützt die M23-Miliz.", "de"),
    ("Руанда поддерживает М23.", "ru"),
    ("Ruanda apoya al M23.", "es"),
])
def test_an_armed_group_named_with_digits_is_recognised(text: str, lang: str) -> None:
    from datetime import date

    from realpolitik.model import Document
    from realpolitik.pipeline import extract_document

    events = extract_document(Document(id="x", text=text, lang=lang, published=date(2025, 2, 1))).events
    assert ("RWA", "CODREB") in {(e.source[:3], e.target) for e in events}


def test_german_ieren_verbs_lemmatise_in_every_form() -> None:
    """simplemma leaves "gratuliert", "bombardiert", "sanktioniert" as they are: rules name the infinitive."""
    from realpolitik.language import lemmatize

    for word, lemma in [("gratuliert", "gratulieren"), ("bombardiert", "bombardieren"),
                        ("sanktioniert", "sanktionieren"), ("kritisiert", "kritisieren")]:
        assert lemmatize(word, "de") == lemma


def test_russian_oblique_participles_lemmatise_to_the_infinitive() -> None:
    # simplemma made "разорвавшей" "разорвавшея" and "осудившей" "осудивошь": the rules, written with the
    # infinitive, missed "второй страной, разорвавшей отношения"; an adjective's lemma ("бывшей") stays
    from realpolitik.language import lemmatize

    for word, lemma in [("разорвавшей", "разорвать"), ("осудившей", "осудить"), ("выславшей", "выслать"),
                        ("бывшей", "бывший")]:
        assert lemmatize(word, "ru") == lemma


def test_russian_friend_in_the_instrumental_is_a_friend() -> None:
    """ "назвал Китай надёжным другом": simplemma reads "другом" as "другой"; the rules read the noun."""
    lemmas = {t.text: t.lemma for t in tokenize("Сербия назвала Китай надёжным другом и верным союзником.", "ru")}
    assert lemmas["другом"] == "друг" and lemmas["союзником"] == "союзник"


def test_tokens_share_the_text_of_a_repeated_word() -> None:
    """A long document's tokens hold one string per distinct word, not one per occurrence (memory per sentence)."""
    from realpolitik.language.tokens import tokenize

    first = tokenize("Russia and Ukraine met. Russia's envoy said", "en")
    again = tokenize("Later Russia and Ukraine", "en", offset=100)
    assert first[0].text == "Russia" and first[0].text is first[5].text is again[1].text
    assert again[3].text is first[2].text
    assert [t.start for t in again] == [100, 106, 113, 117]


@pytest.mark.parametrize(("line", "headline"), [
    ("Berlin und Warschau im Streit um Grenzkontrollen", True),  # a subhead
    ("BRÜSSEL (dpa)", True),  # a dateline read through its bracket
    ("Madrid: «Una provocación inaceptable»", True),  # a subhead quoting a speaker, read through its quotes
    ("La ministra lo calificó de «inaceptable».", False),  # a sentence whose mark stands before the quote
    ("El ministro dijo: «No aceptaremos esto.»  ", False),  # the mark inside the quote, spaces after
    ("Les pourparlers reprendront mardi, a-t-il indiqué,", False),  # a line of running text wrapped after a comma
    ("Переговоры продолжатся…", False),
    ("   ", False),
])
def test_a_line_without_final_punctuation_is_a_headline(line: str, headline: bool) -> None:
    """One reading of a headline line for both its readers: sentence splitting gives such a line its own unit, the
    page chrome drops it under a teaser label."""
    from realpolitik.language.sentences import is_headline

    assert is_headline(line) is headline


def test_a_quoted_subhead_is_its_own_sentence_and_a_quoted_teaser_title_is_dropped() -> None:
    """'Paris: « Une attaque lâche »' on its line ends no sentence of the text after it; the same quoted title under a
    lone "LIRE AUSSI" label is the linked story's, not this one's."""
    from realpolitik.language.page_chrome import without_teasers

    text = ("Paris : « Une attaque lâche »\nLe Quai d'Orsay a condamné l'attaque contre le Mali.\n\n"
            "LIRE AUSSI\n« Le Niger rappelle son ambassadeur à Alger »\n\nLa France a ensuite reçu l'envoyé malien.")
    sentences = split_sentences(text, "fr")
    assert [s.text for s in sentences][:2] == ["Paris : « Une attaque lâche »",
                                              "Le Quai d'Orsay a condamné l'attaque contre le Mali."]
    assert [s.text for s in without_teasers(sentences, "fr")][2:] == ["La France a ensuite reçu l'envoyé malien."]


@pytest.mark.parametrize("word", ["russische", "russischen", "russischer", "russisches", "russischem"])
def test_a_german_adjective_folds_to_its_stem_whatever_its_ending(word: str) -> None:
    # language/inflection.GERMAN_ADJECTIVE_ENDINGS (round 59: one tuple where four places wrote it), longest first:
    # the fold strips "-en" whole, not its "-n" left behind an "-e"
    from realpolitik.actors.reference.data import fold
    from realpolitik.language.inflection import GERMAN_ADJECTIVE_ENDINGS

    assert word.endswith(GERMAN_ADJECTIVE_ENDINGS) and fold(word, "de") == "russisch"


def test_a_demonym_is_written_with_each_german_adjective_ending_once_shortest_first() -> None:
    # actors/forms.de_adjective reads language/inflection's endings (round 60: its own tuple, in another order, went):
    # the base form, then "-e", "-en", "-er", "-es", "-em", the order the dictionary files them in
    from realpolitik.actors.forms import de_adjective
    from realpolitik.language.inflection import GERMAN_ADJECTIVE_ENDINGS, GERMAN_ADJECTIVE_ENDINGS_SHORTEST_FIRST

    assert sorted(GERMAN_ADJECTIVE_ENDINGS_SHORTEST_FIRST) == sorted(GERMAN_ADJECTIVE_ENDINGS)
    assert de_adjective("kubanisch") == ["kubanisch", "kubanische", "kubanischen", "kubanischer", "kubanisches",
                                         "kubanischem"]
    assert de_adjective("deutsche")[1:3] == ["deutsche", "deutschen"]  # the base's own "-e" is no stem


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_the_elided_words_of_a_list_are_those_ending_in_either_apostrophe(apostrophe: str) -> None:
    # language/tokens.elided_words: derived once per language (role_words) where sentences asked for them each time
    from realpolitik.language.role_words import role_words
    from realpolitik.language.tokens import elided_words

    assert elided_words({"de", f"d{apostrophe}", "que", f"qu{apostrophe}"}) == (f"d{apostrophe}", f"qu{apostrophe}")
    assert elided_words({"the", "of"}) == ()
    assert f"d{apostrophe}" in role_words("fr").elided_charge_starts  # "l'accuse d'abriter des bases"
    assert f"qu{apostrophe}" in role_words("fr").elided_object_relative_starts  # "une décision qu'il a critiquée"
    assert role_words("en").elided_charge_starts == ()
