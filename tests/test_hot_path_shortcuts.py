"""Shortcuts in the per-word machinery (tokens, name look-up, phrase cues) must find what the long way finds.

Sentences written for these tests; the ingest test stores into a real SQLite file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from extracted import extraction
from realpolitik.actors import load_dictionary, matcher
from realpolitik.engines import ingest_paths
from realpolitik.events import modality_cues
from realpolitik.events.clause_forms import sentence_forms
from realpolitik.events.rules import load_rules
from realpolitik.language import split_sentences
from realpolitik.language.tokens import TOKEN_PATTERN, tokenize
from realpolitik.store import open_store
from realpolitik.store import schema as s

TEXTS = {
    "en": "The U.S. and the U.K. said Russia's envoy__left; the M23 rebels and G20 said no_one would not yet sign. "
          "Kyiv\u00a0and\tMoscow\n met  twice:  Russia's, Russia’s and the United States' talks with the United States",
    "de": "Die US-Streitkräfte versenkten am 27. Oktober Schnellboote; Russland hat das Abkommen noch nicht "
          "unterzeichnet, sagte Außenminister Lawrow in Moskau. Russland und die Vereinigten Staaten",
    "fr": "L'O.N.U. et l'Élysée ont condamné l'attaque d'Israël ; la France n'a pas encore signé, à l'est du pays.",
    "es": "El presidente Lula dijo que Brasil no ha firmado aún el acuerdo con los Estados Unidos _ de América.",
    "ru": "Россия и Украина не подписали соглашение; Мария Захарова заявила, что Москва ещё не ответила.",
}


def _long_way(text: str, offset: int) -> list[tuple[str, int, int]]:
    """Every word where the pattern finds it (a match object a word), "'s" cut off in English."""
    spans = []
    for m in TOKEN_PATTERN.finditer(text):
        word, start = m.group(), offset + m.start()
        if len(word) > 2 and word[-2:] in ("'s", "’s"):
            spans.append((word[:-2], start, start + len(word) - 2))
            word, start = word[-2:], start + len(word) - 2
        spans.append((word, start, start + len(word)))
    return spans


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_tokens_found_as_strings_stand_where_the_pattern_found_them(lang: str) -> None:
    text = TEXTS[lang]
    for offset in (0, 17):
        tokens = tokenize(text, lang, offset)
        want = _long_way(text, offset) if lang == "en" else [
            (m.group(), offset + m.start(), offset + m.end()) for m in TOKEN_PATTERN.finditer(text)]
        assert [(t.text, t.start, t.end) for t in tokens] == want
        assert [t.index for t in tokens] == list(range(len(tokens)))
        assert all(text[t.start - offset:t.end - offset] == t.text for t in tokens)


def _phrase_at_long_way(forms, i: int, cues: frozenset[str]) -> bool:
    for words in modality_cues.cue_phrases(cues):
        if i + len(words) <= len(forms) and all(w in forms[i + k] for k, w in enumerate(words)):
            return True
    return False


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_phrase_cues_skipped_by_their_first_word_are_no_cue_there(lang: str) -> None:
    """`_phrase_at` answers at once for a token that no phrase's first word is a form of; `_cue_in` likewise for
    a span: both agree with trying every phrase, at every token, for every cue set of the grammar."""
    grammar = load_rules(lang).grammar
    sets = [grammar.negation, *grammar.modality.values(), frozenset({"not yet", "noch nicht", "pas encore",
                                                                     "aún", "ещё не", "yet to", " "})]
    for sentence in split_sentences(TEXTS[lang], lang):
        forms, _ = sentence_forms(sentence, grammar)
        for cues in sets:
            for i in range(len(forms)):
                assert modality_cues.phrase_at(forms, i, cues) == _phrase_at_long_way(forms, i, cues)
            for start in range(len(forms)):
                present = modality_cues.lemmas(forms, start, len(forms))
                long_way = bool(present & cues) or any(
                    not words or words[0] in present for words in modality_cues.cue_phrases(cues)) and any(
                    _phrase_at_long_way(forms, i, cues) for i in range(start, len(forms)))
                assert modality_cues.cue_in(forms, start, len(forms), cues) == long_way
    assert modality_cues.phrase_at([frozenset({"x"})], 0, frozenset({" "}))  # a phrase of no words fits anywhere


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_names_skipped_at_their_second_word_do_not_fit(lang: str) -> None:
    """The matcher skips a name of several words whose second word is neither the next token's key nor its
    lemma: `fits` refuses every one of them, and the names found are the same."""
    dic = load_dictionary(())
    index = dic.index(lang)
    for sentence in split_sentences(TEXTS[lang], lang):
        tokens = sentence.tokens
        keys = [matcher.normalise(t.text) for t in tokens]
        lemmas = [matcher.normalise(t.lemma) for t in tokens]
        firsts = [matcher.without_elision(t.text) for t in tokens] if lang == "fr" else [t.text for t in tokens]
        for i in range(len(tokens)):
            for key in {keys[i], lemmas[i], matcher.normalise(firsts[i])}:
                for entry in index.get(key, ()):
                    words = entry.tokens
                    if len(words) > 1 and (i + 1 == len(tokens) or words[1] not in (keys[i + 1], lemmas[i + 1])):
                        assert not matcher.fits(entry, tokens, keys, lemmas, i, firsts)
    found = [h.entry.surface for h in matcher.find_hits(split_sentences(TEXTS["en"], "en")[-1].tokens, "en", dic,
                                                         date(2025, 10, 27))]
    assert found[-1] == "United States"  # a name of two words that ends the sentence


@pytest.mark.patches_hot_modules
def test_an_ingest_stores_the_same_events_without_the_phrase_shortcut(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    articles = [
        "Russia has not yet signed the agreement with Ukraine. Poland did not condemn the strikes on Kyiv.",
        "Russland hat das Abkommen mit der Ukraine noch nicht unterzeichnet. Polen verurteilte die Angriffe auf Kiew.",
        "La Russie n'a pas encore signé l'accord avec l'Ukraine. La Pologne a condamné les frappes contre Kiev.",
    ]
    for n, text in enumerate(articles):
        (folder / f"a{n}.txt").write_text(f"date 2025-10-27\n{text}\n", encoding="utf-8")

    m = s.event_mentions

    def stored(name: str) -> list[tuple]:
        url = f"sqlite:///{tmp_path / name}"
        assert ingest_paths([str(folder)], db=url)["stored"] == len(articles)
        with open_store(url, create=False) as store, store.engine.connect() as con:
            rows = con.execute(select(m.c.doc_id, m.c.source, m.c.target, m.c.cameo, m.c.negated, m.c.modality,
                                      m.c.evidence_start, m.c.confidence)).all()
        return sorted(tuple(r) for r in rows)

    quick = stored("quick.db")
    monkeypatch.setattr(modality_cues, "phrase_firsts",
                        lambda cues: None if modality_cues.cue_phrases(cues) else frozenset())
    assert stored("long.db") == quick
    assert any(row[4] for row in quick)  # a negated act among them


SECOND_WORDS = {
    "es": "El Salvador y el presidente de El Salvador hablaron con el rey; la Unión Europea y un país del Golfo, "
          "el puerto de Odesa y el Estado Islámico, y al final el",
    "fr": "Le Caire et la Maison Blanche ont reçu un émissaire de l'Union africaine au port de Tartous, puis le",
    "en": "The port of Odesa and an envoy of the United States met the Dutch at The Hague, then the",
    "de": "Der Hafen von Odessa, die Europäische Union und der Iran verhandelten, dann der",
    "ru": "Порт Одесса и Европейский союз, а также порт",
}


@pytest.mark.patches_hot_modules
@pytest.mark.parametrize("lang", sorted(SECOND_WORDS))
def test_names_filed_by_their_second_word_are_those_the_full_scan_fits(lang: str,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A first word that begins many names ("el", "la", "port") has them looked up by the next token's key and
    lemma: the hits are those of following every name it begins (the sentence ends on such a word too)."""
    dic = load_dictionary(())
    sentences = split_sentences(SECOND_WORDS[lang], lang)
    index = dic.index(lang)
    assert any(len(index.get(matcher.normalise(t.text), ())) > matcher.MANY for s in sentences for t in s.tokens)
    quick = [matcher.find_hits(s.tokens, lang, dic, date(2025, 3, 3)) for s in sentences]
    monkeypatch.setattr(matcher, "MANY", 1 << 30)
    assert quick == [matcher.find_hits(s.tokens, lang, dic, date(2025, 3, 3)) for s in sentences]
    assert any(quick)


def _hits_the_long_way(tokens, lang: str, dic, on: date) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    """Every name under a token's key, lemma and (French) unelided key that `fits` there, longest first, the first
    that `reject_reason` keeps; then on after it."""
    from realpolitik.actors.ambiguity import reject_reason

    index = dic.index(lang)
    keys = [matcher.normalise(t.text) for t in tokens]
    lemmas = [matcher.normalise(t.lemma) for t in tokens]
    firsts = [matcher.without_elision(t.text) for t in tokens] if lang == "fr" else [t.text for t in tokens]
    hits, i = [], 0
    while i < len(tokens):
        # (text, lemma, unelided text, in that order, as the matcher asks: among names of one rank, "rebels"
        # before "rebel")
        found = [entry for key in dict.fromkeys((keys[i], lemmas[i], matcher.normalise(firsts[i])))
                 for entry in index.get(key, ()) if matcher.fits(entry, tokens, keys, lemmas, i, firsts)]
        found.sort(key=lambda e: (*e.rank, matcher.in_office(e, on)), reverse=True)
        chosen = next((e for e in found if reject_reason(e, tokens, keys, i, lang, dic) is None), None)
        if chosen is None:
            i += 1
            continue
        hits.append((chosen.id, i, i + len(chosen.tokens)))
        i += len(chosen.tokens)
    return hits


CASES = {  # a word in two casings ("us", "US"; "turkey", "Turkey"), role words, names of several words, a word of
    # two one-word names that only a term of office orders ("Hollande": the leader or the country)
    "en": "The US and Turkey told us the turkey was ready; the president of the United States and the Dutch "
          "minister met in The Hague, and Georgia state officials in Atlanta spoke to Jordan Bardella.",
    "de": "Die USA und die Türkei sprachen mit dem Kreml; der russische Präsident und Bundeskanzler Merz sagten "
          "auf Englisch, die Europäische Union und Russlands Regierung seien bereit.",
    "fr": "L'Élysée et l'Union européenne ont reçu le ministre d'Israël à la Grenade ; à Grenade, la France et "
          "les États-Unis ont parlé au président de la République. Hollande a répondu à la Hollande.",
    "es": "El Salvador y el presidente de Colombia hablaron con la Unión Europea; la Casa Blanca y el gobierno "
          "ruso respondieron desde Washington.",
    "ru": "Россия и Европейский союз, президент Франции и МИД Китая заявили, что Вашингтон и Москва готовы.",
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_names_judged_once_per_word_are_those_the_long_way_finds(lang: str) -> None:
    """The matcher keeps per word (text, lemma) what the word alone decides: the one-word names that fit it and
    where longer names begin. Its hits are those of fitting every name at every word, with the table empty, full
    of the same words, and filled by the same words in another casing first."""
    dic = load_dictionary(())
    on = date(2025, 10, 27)
    sentences = [s for text in (CASES[lang], TEXTS[lang], SECOND_WORDS[lang]) for s in split_sentences(text, lang)]
    want = [_hits_the_long_way(s.tokens, lang, dic, on) for s in sentences]
    assert any(len(hits) > 2 for hits in want)

    def quick() -> list[list[tuple[str, int, int]]]:
        return [[(h.entry.id, h.start, h.end) for h in matcher.find_hits(s.tokens, lang, dic, on)]
                for s in sentences]

    dic.word_starts(lang).clear()
    other = " ".join(t.text.swapcase() for sentence in sentences for t in sentence.tokens)
    for sentence in split_sentences(other, lang):  # the same words, in the other casing, read first
        matcher.find_hits(sentence.tokens, lang, dic, on)
    assert quick() == want
    dic.word_starts(lang).clear()
    assert quick() == want and quick() == want  # filled by these words, then read from the table


ROLES = {  # role words alone, before a name the dictionary lacks, with a country before or after, with a leader
    "en": "The minister said the spokesman and the authorities agreed. Prime Minister Foo Barley met President Putin "
          "and the president of France. Irfaan Ali, the president of Guyana, and the Russian military answered.",
    "de": "Der Minister sagte, der Sprecher und die Behörden stimmten zu. Premierminister Foo Barley traf den "
          "russischen Präsidenten und Bundeskanzler Merz; die Regierung in Teheran und der Bundeskanzler schwiegen.",
    "fr": "Le ministre a dit que le porte-parole et les autorités étaient d'accord. Les présidents du Chili, "
          "Gabriel Boric, et du Pérou, Dina Boluarte, ont reçu le Premier ministre Foo Barley.",
    "es": "El ministro dijo que el portavoz y las autoridades estaban de acuerdo. El presidente de Colombia, Gustavo "
          "Petro, recibió al primer ministro Foo Barley y al ejército ruso.",
    "ru": "Министр сказал, что представитель и власти согласны. Президент России и премьер-министр Фу Барли "
          "встретились с президентом Франции.",
}


@pytest.mark.patches_hot_modules
@pytest.mark.parametrize("lang", sorted(ROLES))
def test_role_words_passed_over_alone_compose_as_the_long_way(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A role word with no modifier, no country of its own and no name after it is passed over before the rest of
    `_compose_role` (`compose.role_alone`), and a sentence with no name is not composed: the mentions are those of
    reading every role word through."""
    from realpolitik.actors import compose, recognise_actors

    sentences = split_sentences(ROLES[lang], lang)
    on = date(2025, 10, 27)

    def mentions() -> list[list[tuple]]:
        return [[(m.code, m.token_start, m.token_end, m.entry, m.note) for m in ms]
                for ms in recognise_actors(sentences, lang, on=on)]

    quick = mentions()
    assert any(compose.role_alone(hits, r, s.tokens) for s in sentences
               for hits in [matcher.find_hits(s.tokens, lang, load_dictionary(()), on)]
               for r, h in enumerate(hits) if h.entry.kind == "role")
    monkeypatch.setattr(compose, "role_alone", lambda hits, r, tokens: False)
    assert mentions() == quick
    assert any(quick) and compose.compose([], sentences[0].tokens, lang, on, "v") == []


def test_word_keys_looked_up_first_are_the_keys_normalise_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The matcher reads a word's key from `forms.KEYS` before calling `normalise`: the table holds what
    `normalise` made, and a full table is dropped whole, not grown."""
    from realpolitik.actors import forms

    words = ["Erdoğan", "Россия", "l’Élysée", "U.S.", "", "Straße", "ﬁnance", "Ｉｒａｎ"]
    assert [forms.normalise(w) for w in words] == [forms.normalise_uncached(w) for w in words]
    assert all(forms.known_key(w) == forms.normalise_uncached(w) for w in words)
    unseen = ["Ünseen-Wörd", "НЕВИДАННОЕ", "Never Seen"]  # `matcher.keys_of`: known keys and new ones mixed
    mixed = [*words, *unseen, *words]
    assert matcher.keys_of(mixed) == [forms.normalise_uncached(w) for w in mixed]
    monkeypatch.setattr(forms, "KEYS_KEPT", len(forms.KEYS) + 2)
    for n in range(5):
        forms.normalise(f"Word{n}")
    assert len(forms.KEYS) <= 3 and forms.known_key("Word4") == "word4"


CLAUSES = {
    "en": "Russia, which attacked Ukraine, said that the pact that Poland signed holds, and he warned them.",
    "de": "Nachdem Russland die Ukraine angegriffen hatte, verhängte die EU Sanktionen, sagte er, und Kiew klagte.",
    "fr": "Lorsqu'Israël a frappé, alors qu'il négociait, la France a condamné l'attaque qu'Israël a menée.",
    "es": "Después de que Rusia atacara, la UE impuso sanciones, ya que él lo pidió, y Madrid protestó.",
    "ru": "Россия настаивает на санкциях и закрыли границы, которые Польша открыла, а он заявил об этом.",
}


@pytest.mark.parametrize("lang", sorted(CLAUSES))
def test_clause_cuts_skipped_by_their_first_test_are_no_cuts(lang: str) -> None:
    """`split_clauses` calls `joins_past_verb` and `opens_relative` only for a token that passes their first
    test, `_subordinate_phrase_cuts` un-elides only a word with an apostrophe, and the coder asks for a pronoun
    in one pass: every token skipped so is one the helper refuses, and the cuts are those of the long way."""
    from realpolitik.events import clauses, dropped_subject

    grammar = load_rules(lang).grammar
    for sentence in split_sentences(CLAUSES[lang], lang):
        tokens = sentence.tokens
        starts = frozenset(range(len(tokens)))
        for i, tok in enumerate(tokens):
            if not (grammar.clause_verb_lemmas and tok.lemma in grammar.conjunctions):
                assert not clauses.joins_past_verb(tokens, i, grammar)
            if tok.text.lower() not in grammar.relative_markers:
                assert not clauses.opens_relative(tokens, i, grammar, starts)
        by_first = grammar.roles.phrases_by_first
        long_way = [i for i, tok in enumerate(tokens)
                    for words in [by_first.get(tok.text.lower(), ()) or by_first.get(
                        clauses.unelided(tok.text.lower()), ())] if words]
        quick = [i for i, tok in enumerate(tokens) if by_first.get(tok.text.lower(), ()) or (
            "'" in tok.text or "’" in tok.text) and by_first.get(clauses.unelided(tok.text.lower()), ())]
        assert quick == long_way
        assert dropped_subject.has_pronoun(sentence, grammar) == any(
            t.text.lower() in grammar.pronouns for t in tokens)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Poland and Lithuania signed a mutual defence pact, but Hungary did not join NATO's new mission."),
    ("de", "Russland und Belarus sind enge Verbündete; Polen trat dem Abkommen mit der Ukraine bei."),
    ("fr", "La France et l'Inde ont signé un partenariat stratégique, que la Chine ne reconnaît pas."),
])
def test_relation_cues_skipped_as_not_live_match_nothing(lang: str, text: str) -> None:
    """`cue_filters.cue_matches` tries only the cues with a live pattern: the same matches as every cue
    tried against every pattern (no live index at all)."""
    from realpolitik.actors import recognise_actors
    from realpolitik.relations.cue_filters import cue_matches
    from realpolitik.relations.lexicon import load_lexicon
    from realpolitik.relations.sentence import SentenceView

    lexicon, grammar = load_lexicon(lang), load_rules(lang).grammar
    sentences = split_sentences(text, lang)
    found = 0
    for sentence, mentions in zip(sentences, recognise_actors(sentences, lang), strict=True):
        live = lexicon.live(sentence_forms(sentence, grammar)[1])
        quick = cue_matches(SentenceView.build(sentence, mentions, grammar, lexicon, [], live=live))
        assert quick == cue_matches(SentenceView.build(sentence, mentions, grammar, lexicon, []))
        found += len(quick)
    assert found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile ratified the deal on trade and energy, which entered into force; Peru signed it in Lima."),
    ("de", "Chile hat das Handels- und Energieabkommen ratifiziert, das in Kraft trat; Peru unterzeichnete es."),
    ("es", "Chile ratificó el acuerdo de comercio y energía, que entró en vigor; Perú lo firmó en Lima."),
])
def test_a_sentence_without_relation_cues_states_no_tie(lang: str, text: str) -> None:
    """`derive_relations` skips the status and area words of a sentence no cue matched when no treaty is open: read
    the long way, with every status word it holds, such a sentence states no tie."""
    from realpolitik.actors import recognise_actors
    from realpolitik.relations.lexicon import load_lexicon
    from realpolitik.relations.sentence import SentenceView
    from realpolitik.relations.statuses import status_spans
    from realpolitik.relations.ties import read_sentence

    lexicon, grammar = load_lexicon(lang), load_rules(lang).grammar
    sentences = split_sentences(text, lang)
    statuses = 0
    for sentence, mentions in zip(sentences, recognise_actors(sentences, lang), strict=True):
        view = SentenceView.build(sentence, mentions, grammar, lexicon, [])
        spans = status_spans(view)
        statuses += len(spans)
        assert read_sentence(view, [], spans) == []
    assert statuses  # the sentences do hold status words


# Written for the reference test: phrases of each language's description, region and country-noun lists stand in
# sentences of our own ("the Gulf kingdom", "das karibische Land", "el país caribeño" ...), with and without capitals.
_REFERENCE_FRAMES = {
    "en": "On Monday the {} said it would answer, and {} leaders met in l'{} the {}.",
    "de": "Am Montag sagte das {}, es werde antworten, und die {} Regierung traf die {} in {}.",
    "es": "El lunes el {} dijo que respondería y los {} se reunieron en l'{} con el {}.",
    "fr": "Lundi, l'{} a dit qu'elle répondrait, et les {} ont rencontré d'{} la {}.",
    "ru": "В понедельник {} заявила, что ответит, а {} встретились с {} в {}.",
}


def _phrase_texts(lang: str) -> list[str]:
    from realpolitik.actors.reference.data import reference_data

    data = reference_data().languages[lang]
    phrases = [" ".join(d.keys) for d in data.descriptions] + [" ".join(k) for k, _ in data.regions]
    phrases += [" ".join(k) for k, _ in data.country_nouns]
    phrases += [f"{' '.join(r)} {' '.join(n)}" for r, _ in data.regions[:8] for n, _ in data.country_nouns[:4]]
    phrases += [f"{' '.join(n)} {' '.join(r)}" for r, _ in data.regions[:8] for n, _ in data.country_nouns[:4]]
    texts = []
    for n in range(0, len(phrases), 4):
        group = (phrases[n:n + 4] + phrases[:4])[:4]
        texts.append(_REFERENCE_FRAMES[lang].format(*group))
        texts.append(_REFERENCE_FRAMES[lang].format(*(p.title() for p in group)))
    return texts


def _fits_description(r, d, tokens, i: int, lang: str) -> bool:  # type: ignore[no-untyped-def]
    return i + len(d.keys) <= len(tokens) and r.description_fits(d, tokens, i, lang)


def _fits_region(r, p, tokens, i: int, lang: str) -> bool:  # type: ignore[no-untyped-def]
    return i + len(p[0]) <= len(tokens) and all(key in r.token_forms(tokens[i + n], lang) for n, key in enumerate(p[0]))


def _fits_noun(r, p, tokens, i: int, lang: str) -> bool:  # type: ignore[no-untyped-def]
    return i + len(p[0]) <= len(tokens) and all(
        r.normalise(tokens[i + n].text).split("'", 1)[-1] == key for n, key in enumerate(p[0]))


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_reference_phrases_filed_by_first_word_are_those_that_fit(lang: str) -> None:
    """`_PhraseStarts` offers at each token only the descriptions, regions and country nouns whose first word it
    may be: the first that fits of those is the first that fits of all (trying each in turn, the long way), at
    every token of sentences holding every phrase of the language's lists, and past the last token."""
    from realpolitik.actors.reference import descriptions as r
    from realpolitik.actors.reference.data import reference_data

    data = reference_data().languages[lang]
    starts = r.phrase_starts(data, lang)
    kinds = ((starts.descriptions_at, data.descriptions, _fits_description),
             (starts.regions_at, data.regions, _fits_region), (starts.nouns_at, data.country_nouns, _fits_noun))
    checked = 0
    for text in _phrase_texts(lang) + [TEXTS[lang]]:
        for sentence in split_sentences(text, lang):
            tokens = sentence.tokens
            for i in range(len(tokens) + 1):
                for shortcut, everything, fits in kinds:
                    want = next((p for p in everything if fits(r, p, tokens, i, lang)), None)
                    assert next((p for p in shortcut(tokens, i) if fits(r, p, tokens, i, lang)), None) == want
                    checked += want is not None
    assert checked >= len(data.descriptions) // 2  # the sentences do hold the phrases


SHORT_NAMES = {  # (not "the Commission": since round 23 the EU's body by its office, named anywhere before)
    "en": ("The European Union criticised Russia on Monday.", "Poland agreed.",
           "The Union then warned Moscow."),
    "fr": ("L'Union européenne a critiqué la Russie lundi.", "La Pologne a approuvé.",
           "L'Union a ensuite averti Moscou."),
}


@pytest.mark.parametrize("lang", sorted(SHORT_NAMES))
def test_a_short_name_stands_for_the_organisation_as_far_back_as_the_shortcut_looks(lang: str) -> None:
    """`short_names` reads no token where no organisation is within reach (this sentence, or the last
    `ROLE_REACH` ones): the organisation named that far back is still found, one sentence further is not."""
    from realpolitik.actors import recognise_actors
    from realpolitik.actors.reference import history as r

    named, filler, short = SHORT_NAMES[lang]

    def last_refers(fillers: int) -> bool:
        text = " ".join([named] + [filler] * fillers + [short])
        sentences = split_sentences(text, lang)
        mentions = recognise_actors(sentences, lang, on=date(2025, 10, 27))
        return any(m.note.startswith(("'Union'", "\"L'Union\"")) for m in mentions[-1])

    assert last_refers(0)
    assert last_refers(r.ROLE_REACH - 1)
    assert not last_refers(r.ROLE_REACH)


def test_the_focal_dyad_is_the_one_most_common_ranks_first_alone() -> None:
    """`Dyads.focal` finds the top count and whether another pair shares it without `most_common`: the same
    answer as ranking the pairs, over random counts."""
    import random

    from realpolitik.events.article_sides import FOCAL_EVENTS, Dyads

    rng = random.Random(7)
    for _ in range(300):
        dyads = Dyads()
        for n in range(rng.randint(0, 6)):
            key = frozenset((f"P{rng.randint(0, 3)}", f"Q{rng.randint(0, 3)}"))
            dyads._counts[key] += rng.randint(1, 3)
            dyads._latest[key] = n
        ranked = dyads._counts.most_common(2)
        led = ranked and ranked[0][1] >= FOCAL_EVENTS and not (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
        dyads._focal = None
        assert dyads.focal() == (dyads._latest[ranked[0][0]] if led else None)


@pytest.mark.parametrize(("later", "areas"), [
    ("Both countries will expand cooperation in the energy sector.", ["energy"]),  # the pair, a word of its matter
    ("Kenya and Brazil will expand cooperation in the energy sector.", []),  # another party: no update
    ("Both countries also discussed energy prices.", []),  # an area word, but no word of a treaty's matter
])
def test_a_sentence_without_cues_updates_the_latest_treaty_only_as_the_long_way_does(later: str,
                                                                                     areas: list[str]) -> None:
    """`derive_relations` passes over a sentence with no cue before its status and area words are read unless it
    can update the latest treaty: its parties within the treaty's pair and a word of the treaty's matter, the
    update's own test. Such a sentence still updates it; the others leave it as it was."""

    text = f"Kenya and Japan signed an agreement on Monday. {later}"
    found = extraction(text, "en", date(2025, 3, 3)).relations
    assert [(r.a, r.b, r.kind, r.status, r.areas) for r in found] == [
        ("JPN", "KEN", "cooperation_agreement", "signed", areas)]
    assert (later in found[0].evidence) is bool(areas)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_cues_live_by_the_patterns_alone_are_those_the_view_may_match(lang: str) -> None:
    """`RelationLexicon.cue_live` says from the live patterns alone whether a cue may match, before a sentence's
    groups and clauses are built: the same answer as asking the built view of each cue, sentence by sentence."""
    from realpolitik.actors import recognise_actors
    from realpolitik.relations.lexicon import load_lexicon
    from realpolitik.relations.sentence import SentenceView

    lexicon, grammar = load_lexicon(lang), load_rules(lang).grammar
    texts = [TEXTS[lang], CLAUSES[lang]] + [e["text"] for c in lexicon.cues for e in c.examples]
    answers = set()
    for text in texts:
        sentences = split_sentences(text, lang)
        for sentence, mentions in zip(sentences, recognise_actors(sentences, lang, on=date(2025, 3, 3)), strict=True):
            live = lexicon.live(sentence_forms(sentence, grammar)[1])
            view = SentenceView.build(sentence, mentions, grammar, lexicon, [], live=live)
            want = any(view.may_match(c.patterns) for c in lexicon.cues)
            assert lexicon.cue_live(live) is want
            answers.add(want)
    assert answers == {True, False}  # sentences of both kinds


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_sentence_passed_over_without_cue_or_matter_word_would_update_no_treaty(lang: str) -> None:
    """With a treaty open, `derive_relations` builds no view for a sentence where neither a cue nor a word of a
    treaty's matter (`area_context`) is live: built, its view finds no cue match and no such word, so the long
    way's update test (a cue, or `says(area_context)`) passes it over too."""
    from realpolitik.actors import recognise_actors
    from realpolitik.relations.cue_filters import cue_matches
    from realpolitik.relations.lexicon import load_lexicon
    from realpolitik.relations.sentence import SentenceView

    lexicon, grammar = load_lexicon(lang), load_rules(lang).grammar
    examples = [e["text"] for group in (lexicon.cues, lexicon.status) for c in group for e in c.examples]
    answers = set()
    for text in [TEXTS[lang], CLAUSES[lang], *examples]:
        sentences = split_sentences(text, lang)
        for sentence, mentions in zip(sentences, recognise_actors(sentences, lang, on=date(2025, 3, 3)), strict=True):
            live = lexicon.live(sentence_forms(sentence, grammar)[1])
            view = SentenceView.build(sentence, mentions, grammar, lexicon, [], live=live)
            skipped = not lexicon.cue_live(live) and not lexicon.context_live(live)
            if skipped:
                assert not cue_matches(view) and not view.says(lexicon.area_context)
            assert lexicon.context_live(live) is view.may_match(lexicon.area_context)
            answers.add(skipped)
    assert answers == {True, False}  # sentences of both kinds


REPORTS = {
    "en": ["According to Kenyan officials, Russia attacked Ukraine on Monday.",
           "Russia attacked Ukraine on Monday, and Poland condemned the strike."],
    "de": ["Nach Angaben Polens griff Russland die Ukraine an.", "Laut Kiew hat Russland Charkiw angegriffen.",
           "Russland griff die Ukraine an, und Polen verurteilte den Angriff."],
    "es": ["Según Kenia, Rusia atacó a Ucrania el lunes.", "Rusia atacó a Ucrania el lunes y Polonia lo condenó."],
    "fr": ["Selon le Kenya, la Russie a attaqué l'Ukraine lundi.",
           "La Russie a attaqué l'Ukraine et la Pologne a protesté."],
    "ru": ["По данным Киева, Россия атаковала Украину.", "Россия атаковала Украину, а Польша осудила удар."],
}


def _sentences_and_mentions(texts: list[str], lang: str):  # type: ignore[no-untyped-def]
    from realpolitik.actors import recognise_actors

    for text in texts:
        sentences = split_sentences(text, lang)
        yield from zip(sentences, recognise_actors(sentences, lang, on=date(2025, 3, 3)), strict=True)


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_groups_of_a_sentence_without_report_words_are_no_informants(lang: str) -> None:
    """`mark_groups` asks `reported_by` of a sentence's groups only where its forms hold one of the grammar's
    `report_cues`: a sentence without one has no group the long way finds an informant, and the marks are those
    of asking every group."""
    from realpolitik.events import roles, roles_aside

    grammar = load_rules(lang).grammar
    gated = grammar.report_cues
    assert gated is not None
    texts = REPORTS[lang] + [TEXTS[lang], CLAUSES[lang]]

    def marks() -> list[list[tuple[str | None, int]]]:
        return [[(g.marker, g.start) for g in roles.build_groups(sentence, roles.expand_references(mentions), grammar)]
                for sentence, mentions in _sentences_and_mentions(texts, lang)]

    reported, closed = 0, 0
    for sentence, mentions in _sentences_and_mentions(texts, lang):
        groups = roles.group_mentions(sentence, roles.expand_references(mentions), grammar)
        named = frozenset(i for g in groups for i in range(g.start, g.end))
        long_way = [roles_aside.reported_by(sentence.tokens, g, grammar, named) for g in groups]
        if sentence_forms(sentence, grammar)[1].isdisjoint(grammar.report_cues):
            closed += 1
            assert not any(long_way)
        reported += sum(long_way)
    quick = marks()
    object.__setattr__(grammar, "report_cues", None)  # no gate: every group asked (frozen; native when compiled)
    try:
        assert quick == marks()
    finally:
        object.__setattr__(grammar, "report_cues", gated)
    assert reported and closed  # sentences of both kinds


MODAL = {  # a cue of one word, then a phrase whose first word is no cue of its own
    "en": "Russia could impose sanctions on Poland if the talks fail. Kenya is expected to sign a deal with Peru.",
    "de": "Russland könnte Sanktionen gegen Polen verhängen. Kiew hält einen Angriff Russlands für möglich.",
    "es": "Rusia podría imponer sanciones a Polonia. Kenia no descarta atacar a Somalia.",
    "fr": "La Russie pourrait imposer des sanctions à la Pologne. Le Kenya s'est dit prêt à signer un accord.",
    "ru": "Россия может ввести санкции против Польши. Киев не исключает удара по Москве.",
}


COMMIT = {  # a promise to act (the "commit" cues, not all of them plan cues)
    "en": "Kenya pledged to deliver aid to Peru.",
    "es": "Kenia se comprometió a entregar ayuda a Perú.",
    "ru": "Кения пообещала передать помощь Перу.",
}


@pytest.mark.parametrize("lang", sorted(MODAL))
def test_a_sentence_without_modal_cue_words_reads_as_the_long_way(lang: str) -> None:
    """`modality_of` gathers the spans' forms for the hypothetical, threat, demand and plan cues only where the
    sentence's vocabulary holds one of `Grammar.modal_cue_words`: for every rule set's triggers, at every token,
    the same modality as the long way (no vocabulary given: every span read)."""
    from realpolitik.events.modality import modality_of

    ruleset = load_rules(lang)
    grammar = ruleset.grammar
    assert grammar.modal_cue_words is not None
    rules = list({rule.plover: rule for rule in ruleset.rules}.values())
    texts = [MODAL[lang], COMMIT.get(lang, ""), TEXTS[lang], CLAUSES[lang], *REPORTS[lang]]
    gates, modalities = set(), set()
    for text in texts:
        for sentence in split_sentences(text, lang):
            forms, vocabulary = sentence_forms(sentence, grammar)
            gates.add(vocabulary.isdisjoint(grammar.modal_cue_words))
            for i in range(len(forms)):
                for rule in rules:
                    quick = modality_of(forms, (i, i + 1), (0, len(forms)), len(forms), grammar, rule,
                                        vocabulary=vocabulary)
                    assert quick == modality_of(forms, (i, i + 1), (0, len(forms)), len(forms), grammar, rule)
                    modalities.add(quick)
    assert gates == {True, False}  # sentences with and without such words
    assert "hypothetical" in modalities  # a cue found where the sentence holds one
    assert "commit" in modalities or lang not in COMMIT


NEGATED = {  # a negation word, then (where the grammar has one) a phrase whose first word is no negation of its own
    "en": "Russia did not sign the treaty with Poland. Kenya has yet to ratify the accord with Peru.",
    "de": "Russland unterzeichnete das Abkommen mit Polen nicht. Kenia muss das Abkommen noch ratifizieren.",
    "es": "Rusia no firmó el tratado con Polonia. Kenia nunca ratificó el acuerdo con Perú.",
    "fr": "La Russie n'a pas signé le traité avec la Pologne. Le Kenya n'a jamais ratifié l'accord.",
    "ru": "Россия не подписала договор с Польшей. Кения выступила против соглашения с Перу.",
}


@pytest.mark.parametrize("lang", sorted(NEGATED))
def test_a_sentence_without_negation_words_is_negated_as_the_long_way_says(lang: str) -> None:
    """`is_negated` answers no at once where the sentence's vocabulary holds no `Grammar.negation_starts`: at every
    token as the trigger, the same answer as reading the window (no vocabulary given)."""
    from realpolitik.events.negation import is_negated

    grammar = load_rules(lang).grammar
    assert grammar.negation_starts is not None
    gates, answers = set(), set()
    for text in [NEGATED[lang], MODAL[lang], TEXTS[lang], CLAUSES[lang], *REPORTS[lang]]:
        for sentence in split_sentences(text, lang):
            forms, vocabulary = sentence_forms(sentence, grammar)
            gates.add(vocabulary.isdisjoint(grammar.negation_starts))
            for i in range(len(forms)):
                quick = is_negated(forms, (i, i + 1), (0, len(forms)), grammar, vocabulary=vocabulary)
                assert quick == is_negated(forms, (i, i + 1), (0, len(forms)), grammar)
                answers.add(quick)
    assert gates == {True, False} and answers == {True, False}


RECIPROCAL = {  # a reciprocal word or phrase (Spanish and Russian list none)
    "en": "Russia and Poland accused each other of attacks, and Kenya and Peru mutually recognised their borders.",
    "de": "Russland und Polen beschuldigten sich gegenseitig; Kenia und Peru erkannten einander an.",
    "fr": "La Russie et la Pologne se sont mutuellement accusées d'attaques.",
}


@pytest.mark.parametrize("lang", sorted(RECIPROCAL))
def test_reciprocal_words_absent_from_the_sentence_are_not_sought(lang: str) -> None:
    """The coder's `reciprocal_word` reads no clause where the sentence's vocabulary holds none of the reciprocal words
    (or their phrases' first words): for every clause start, the same answer as the long way (no vocabulary)."""
    from realpolitik.events import reciprocal

    grammar = load_rules(lang).grammar
    answers = set()
    for text in [RECIPROCAL[lang], NEGATED[lang], MODAL[lang], TEXTS[lang], CLAUSES[lang]]:
        for sentence in split_sentences(text, lang):
            forms, vocabulary = sentence_forms(sentence, grammar)
            for i in range(len(forms)):
                quick = reciprocal.reciprocal_word(forms, (i, len(forms)), grammar, vocabulary)
                assert quick == reciprocal.reciprocal_word(forms, (i, len(forms)), grammar)
                answers.add(quick)
    assert answers == {True, False}


ROLE_GATES = {  # a participle with its own agent, an inverted speaker after a comma (and sentences with neither)
    "en": ["Russia attacked Ukraine with missiles supplied by Iran.", "Kenya condemned the strike, said Peru."],
    "de": ["Russland griff die Ukraine mit Raketen an, die von Iran geliefert wurden.",
           "Kenia verurteilte den Angriff, erklärte Peru."],
    "es": ["Rusia atacó a Ucrania con misiles suministrados por Irán.", "Kenia condenó el ataque, dijo Perú."],
    "fr": ["La Russie a attaqué l'Ukraine avec des missiles fournis par l'Iran.",
           "Le Kenya a condamné la frappe, a indiqué le Pérou."],
    "ru": ["Россия атаковала Украину ракетами, поставленными Ираном.", "Кения осудила удар, заявило Перу.",
           "Кения осудила агрессию со стороны России против Украины."],
}


@pytest.mark.parametrize("lang", sorted(ROLE_GATES))
def test_roles_of_a_sentence_without_agent_markers_or_speech_verbs_are_those_of_the_long_way(lang: str) -> None:
    """`_structural_roles` asks no group whether it stands in a participle's agent phrase where the sentence's
    vocabulary holds no agent marker, nor whether it is an inverted speaker where it holds no speech verb, nor
    whether it follows a coordinated verb where the sentence has no other trigger, nor (`assign_roles`) whether it is
    a co-agent where the sentence holds no co-agent word: at every token as the trigger, under one rule of each type,
    nominal or not, with and without another trigger, the roles of the long way (no vocabulary given: every group
    asked)."""
    from dataclasses import replace

    from realpolitik.events import roles

    ruleset = load_rules(lang)
    grammar = ruleset.grammar
    rules = list({rule.plover: rule for rule in ruleset.rules}.values())
    speech = grammar.modality.get("report", frozenset())
    gates, found = set(), 0
    co_agents = set()
    texts = [*ROLE_GATES[lang], TEXTS[lang], CLAUSES[lang], LISTS[lang]]
    for sentence, mentions in _sentences_and_mentions(texts, lang):
        forms, vocabulary = sentence_forms(sentence, grammar)
        groups = roles.build_groups(sentence, roles.expand_references(mentions), grammar)
        gates.add((vocabulary.isdisjoint(grammar.agent_markers), vocabulary.isdisjoint(speech)))
        co_agents.add(roles.no_co_agent_words(roles.Site(groups, (0, 1), (0, 1), groups, rules[0], grammar, False,
                                                          False, forms, vocabulary=vocabulary)))
        clause = (0, len(forms))
        for i in range(len(forms)):
            for rule in rules:
                for nominal in (False, True):
                    for rivals in (frozenset(), frozenset({min(i + 2, len(forms) - 1)})):
                        site = roles.Site(groups, (i, i + 1), clause, groups, rule, grammar, nominal, False, forms,
                                          rival_triggers=rivals, vocabulary=vocabulary)
                        quick = roles.assign_roles(site)
                        assert quick == roles.assign_roles(replace(site, vocabulary=None))
                        found += bool(quick.sources or quick.targets)
    assert found
    assert {agents for agents, _ in gates} == {True, False} and {speeches for _, speeches in gates} == {True, False}
    assert co_agents == {True, False}  # sentences with a co-agent word and without



@pytest.mark.parametrize(("lang", "text"), [  # reference phrases ("both countries") and words that open none
    ("en", "Kenya and Peru met; both countries signed, the two neighbours agreed. The government of Chile said so."),
    ("de", "Kenia und Peru trafen sich; beide Länder unterzeichneten. Die Regierung Chiles sagte das."),
    ("es", "Kenia y Perú se reunieron; ambos países firmaron. El Gobierno de Chile lo dijo."),
    ("fr", "Le Kenya et le Pérou se sont réunis ; les deux pays ont signé. Le gouvernement chilien l'a dit."),
    ("ru", "Кения и Перу встретились; обе страны подписали. Правительство Чили это сказало."),
])
def test_reference_starts_looked_up_per_word_pair_are_those_of_each_tokens_forms(lang: str, text: str) -> None:
    """`references.reference_starts` answers from a table of (text, lemma) pairs, asked twice (filled, then read):
    the tokens whose forms hold one of `first_words`, as testing every token's forms finds them."""
    from realpolitik.actors import references
    from realpolitik.actors.reference import history
    from realpolitik.actors.reference.data import reference_data

    data = reference_data().languages[lang]
    found = 0
    for sentence in [one for t in (text, TEXTS[lang], CLAUSES[lang]) for one in split_sentences(t, lang)]:
        long_way = [k for k, t in enumerate(sentence.tokens)
                    if not history.forms_of(t.text, t.lemma, lang).isdisjoint(data.first_words)]
        assert references.reference_starts(sentence.tokens, data, lang) == long_way
        assert references.reference_starts(sentence.tokens, data, lang) == long_way
        found += len(long_way)
    assert found


@pytest.mark.parametrize(("lang", "text"), [  # "the conflict" in several cases and capitals, and sentences without it
    ("en", "The conflict escalated after the CONFLICT talks. Kenya and Peru met; conflicts abroad went on."),
    ("de", "Der Konflikt eskalierte. Angesichts des Konflikts und des Konfliktes reisten Konfliktparteien ab."),
    ("es", "El conflicto se agravó. Kenia y Perú se reunieron; los conflictos siguieron."),
    ("fr", "Le conflit s'est aggravé. Le Kenya et le Pérou se sont réunis ; les conflits durent."),
    ("ru", "Конфликт обострился. Из-за конфликта и в конфликте КОНФЛИКТОМ стороны встретились. Кения и Перу тоже."),
])
def test_a_sentence_the_conflict_gate_passes_over_holds_no_conflict_word(lang: str, text: str) -> None:
    """`derive.unnamed_conflict` reads only the sentences `may_hold_word` lets through: every sentence with a token
    whose lowered text is a conflict word (the only tokens the long way reads) is let through, and the conflicts are
    found there."""
    from realpolitik.actors import recognise_actors
    from realpolitik.relations.derive import may_hold_word, unnamed_conflict
    from realpolitik.relations.lexicon import load_lexicon

    lexicon, grammar = load_lexicon(lang), load_rules(lang).grammar
    words = lexicon.marker("conflict")
    sentences = [one for t in (text, TEXTS[lang], CLAUSES[lang]) for one in split_sentences(t, lang)]
    passed = found = 0
    for sentence, mentions in zip(sentences, recognise_actors(sentences, lang), strict=True):
        long_way = any(t.text.lower() in words for t in sentence.tokens)
        assert may_hold_word(sentence, words) or not long_way
        passed += long_way
        found += unnamed_conflict(sentence, mentions, lexicon, grammar) is not None
    assert passed and found
    assert not all(may_hold_word(s, words) for s in sentences)


def test_the_latest_country_or_list_that_fits_is_the_one_reading_the_sentences_back_finds() -> None:
    """`reference/history.History` keeps where each country was named last: "the Gulf kingdom" takes the country that
    reading the earlier sentences back, latest first, finds first, "the country" the latest sentence's first, and
    "the two countries" the latest sentence with a list of two."""
    import random

    from realpolitik.actors.reference.history import History, Seen
    from realpolitik.model import ActorMention

    rng = random.Random(5)
    codes = ["USA", "USAGOV", "QAT", "SAU", "SAUMIL", "ARE", "FRA", "DEU", "KEN", "PER"]
    history = History()
    for n in range(300):
        countries = list(dict.fromkeys(rng.sample(codes, rng.randint(0, 3))))
        countries = [c for k, c in enumerate(countries) if c[:3] not in {d[:3] for d in countries[:k]}]
        first = ActorMention(code=countries[0], surface=countries[0], start=n, end=n + 1, token_start=0, token_end=1,
                             country=countries[0][:3], kind="country", entry="", dictionary_version="") \
            if countries else None
        lists = [rng.sample(codes, rng.randint(2, 4)) for _ in range(rng.choice((0, 0, 1, 2)))]
        history.append(Seen(lists, countries, first, []))
        for size in (0, 2, 3, 4, 5):
            long_way = next((s for s in reversed(history.seen) if any(len(f) == size or size == 0 for f in s.lists)),
                            None)
            assert history.latest_with_list(size) is long_way
        for allowed in (frozenset({"QAT", "SAU", "ARE"}), frozenset({"KEN"}), frozenset(c[:3] for c in codes),
                        frozenset({"CHN"}), frozenset(rng.sample([c[:3] for c in codes], 2))):
            long_way = next((c[:3] for s in reversed(history.seen) for c in reversed(s.countries) if c[:3] in allowed),
                            None)
            assert history.latest_of(allowed) == long_way
        assert history.first is next((s.first for s in reversed(history.seen) if s.first is not None), None)


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>"


_ARTICLE = ("<article><h1>Two ports reopen after talks</h1>" + "<p>The harbour authority of a small coastal state "
            "said on Tuesday that both of its ports would take ships again after two weeks of talks.</p>" * 6
            + "</article>")
PAGES = [
    _page("<title>Ports reopen | Coast Daily</title><link rel='canonical' href='https://coast.example/ports'>"
          "<meta name='author' content='Ana Ruiz'><meta property='article:published_time' content='2025-03-04'>",
          "<nav><a href='/'>Home</a></nav>" + _ARTICLE + "<footer><a href='/tag/ports/'>ports</a>"
          "<a href='/category/world/'>World</a> <a rel='license' href='https://creativecommons.org/'>CC</a></footer>"),
    _page("<title>Ports - coast.example</title><meta property='og:site_name' content='@coastdaily'>"
          "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Ports reopen\", "
          "\"author\": {\"name\": \"Li Wei\"}, \"datePublished\": \"2025-05-06\"}</script>",
          "<div class='byline'>By Li Wei</div>" + _ARTICLE),
    _page("<meta name='twitter:url' content='https://port.example/news/2025/07/08/ports'>",
          "<h1>Ports</h1><h1>again</h1>" + _ARTICLE),
    _page("<link rel='canonical' href='/news/ports'><meta property='og:url' content='https://news.example/x'>",
          _ARTICLE.replace("<h1>", "<h2>").replace("</h1>", "</h2>")),
    _page("<title>Short</title>", "<p>Too short a page for a main text.</p>"),
]


def test_a_page_read_without_the_unused_metadata_has_the_fields_bare_extraction_gives() -> None:
    from realpolitik.ingest.trafilatura_fields import extract_page, long_way

    pages = PAGES + [(Path(__file__).parents[1] / "examples" / "articles" / "kenya-tanzania.html").read_text()]
    fields = ("text", "title", "date", "url", "sitename", "hostname")
    for html in pages:
        want, got = long_way(html), extract_page(html)
        assert (want is None) == (got is None), html
        if want is not None:
            assert {f: getattr(got, f) for f in fields} == {f: getattr(want, f) for f in fields}, html
    # the pages give every field the long way reads: a title, a date, a URL and a site each, and an author
    found = [long_way(html) for html in PAGES[:4]]
    assert all(r.title and r.sitename for r in found) and sum(bool(r.date) for r in found) == 3
    assert found[0].author == "Ana Ruiz" and found[0].license and found[2].url.startswith("https://port.example/")


OPENINGS = {  # dropped subjects after adverbs, negations, auxiliaries, or an opening phrase closed by a comma
    "es": ["También condenó a Rusia, y además no ha descartado sanciones.", "Además, no ha condenado a Kenia.",
           "Tras la reunión con Perú, amenazó a Chile, y luego, calificó el acuerdo.", "Kenia, sin embargo, firmó."],
    "ru": ["Кроме того, не вызвал посла Кении.", "Также осудил удар, а затем, выслал дипломатов.",
           "Россия, однако, подписала договор."],
    "en": ["Also, it did not condemn Kenya.", "During the talks, also did not sign, and then, it left."],
    "de": ["Zudem hat Kenia, so Peru, nicht unterzeichnet.", "Außerdem, sagte er, werde man verhandeln."],
    "fr": ["En outre, n’a pas condamné le Kenya.", "Après la réunion, aussi n’a pas signé, puis, a quitté la salle."],
}


@pytest.mark.parametrize("lang", sorted(OPENINGS))
def test_opening_positions_found_in_one_pass_are_where_each_word_opens_the_sentence(lang: str) -> None:
    """`dropped_subject.opening_positions` (asked of each sentence without an actor or a pronoun) lists the words
    where `opens_sentence`, walking back from each word, holds."""
    from realpolitik.events import dropped_subject

    grammar = load_rules(lang).grammar
    found = set()
    for text in [*OPENINGS[lang], TEXTS[lang], CLAUSES[lang], MODAL[lang]]:
        for sentence in split_sentences(text, lang):
            tokens = sentence.tokens
            long_way = [i for i in range(len(tokens)) if dropped_subject.opens_sentence(tokens, i, grammar)]
            assert dropped_subject.opening_positions(tokens, grammar) == long_way
            found.add(len(long_way) > 1 and any(tokens[i - 1].text == "," for i in long_way if i))
    assert found == ({True, False} if grammar.roles.fronted_openers else {False})  # some open after a comma


LISTS = {  # members one to three words apart, joined or not, and further apart (an additive link or none)
    "en": "Kenya, Peru and Chile as well as Brazil met Russia in Moscow, while France and the United States, "
          "together with Japan and then Germany, said that India had told China nothing.",
    "es": "Kenia, Perú y Chile así como Brasil se reunieron con Rusia en Moscú, mientras Francia y los Estados "
          "Unidos, junto con Japón y luego Alemania, dijeron que la India no informó a China.",
    "de": "Kenia, Peru und Chile sowie Brasilien trafen Russland in Moskau, während Frankreich und die USA "
          "zusammen mit Japan und dann Deutschland sagten, Indien habe China nichts mitgeteilt.",
    "fr": "Le Kenya, le Pérou et le Chili ainsi que le Brésil ont rencontré la Russie à Moscou, tandis que la "
          "France et les États-Unis, aux côtés du Japon, ont dit que l'Inde n'avait rien dit à la Chine.",
    "ru": "Кения, Перу и Чили, а также Бразилия встретились с Россией в Москве, тогда как Франция и США вместе с "
          "Японией и затем Германия заявили, что Индия ничего не сообщила Китаю.",
}


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_members_further_apart_than_a_list_gap_join_only_by_an_additive_link(lang: str) -> None:
    """`group_mentions` reads the last group's apposition and genitive (for `coordinated_gap`) only where the next
    name stands one to `LIST_GAP` words after it: further apart, `coordinated_gap` says what `additive_gap` says,
    whatever those readings are."""
    from realpolitik.events import roles_groups

    grammar = load_rules(lang).grammar
    far = 0
    for text in [LISTS[lang], *REPORTS[lang], TEXTS[lang], CLAUSES[lang]]:
        for sentence, mentions in _sentences_and_mentions([text], lang):
            tokens = sentence.tokens
            for a in mentions:
                for b in mentions:
                    if b.token_start - a.token_end > roles_groups.LIST_GAP:
                        far += 1
                        gap = tokens[a.token_end:b.token_start]
                        assert {roles_groups.coordinated_gap(tokens, a.token_end, b.token_start, grammar, x, y)
                                for x in (False, True) for y in (False, True)} \
                            == {roles_groups.additive_gap(gap, grammar)}
    assert far


CONCESSIONS = {  # a concessive phrase before a warning noun, then a sentence with none
    "en": "Israel pressed on with the offensive despite repeated US warnings. Kenya thanked Peru for the aid.",
    "de": "Trotz der Warnungen Washingtons setzte Israel die Offensive fort. Kenia dankte Peru für die Hilfe.",
    "es": "Israel siguió con la ofensiva a pesar de las advertencias de Washington. Kenia agradeció a Perú la ayuda.",
    "fr": "Israël a poursuivi l'offensive malgré les mises en garde de Washington. Le Kenya a remercié le Pérou.",
    "ru": "Израиль продолжил наступление несмотря на предупреждения Вашингтона. Кения поблагодарила Перу за помощь.",
}


@pytest.mark.parametrize("lang", sorted(CONCESSIONS))
def test_a_sentence_without_a_whole_concessive_phrase_has_no_conceded_word(lang: str) -> None:
    """The coder asks `in_concession` and `conceded_groups` only where the sentence's vocabulary holds every word of
    one of `concessive_phrases`: elsewhere `in_concession` holds at no token, as the long way (every token asked)
    finds, so the groups' windows find nothing either."""
    from realpolitik.events.topics import in_concession

    grammar = load_rules(lang).grammar
    gates = set()
    for text in (CONCESSIONS[lang], TEXTS[lang], CLAUSES[lang], *REPORTS[lang]):
        for sentence in split_sentences(text, lang):
            forms, vocabulary = sentence_forms(sentence, grammar)
            gate = any(map(vocabulary.issuperset, grammar.roles.concessive_phrases))
            conceded = [i for i in range(len(forms)) if in_concession(i, forms, grammar)]
            assert gate or not conceded, (sentence.text, conceded)
            gates.add((gate, bool(conceded)))
    assert (True, True) in gates and (False, False) in gates  # a concession found, and sentences passed over
