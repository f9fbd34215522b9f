"""The pieces `events/article_phrases` lends `events/same_words`: where a phrase stands (`phrases_at`), its subject
before it (`subject_before`) and the actors listed with a name (`listed_with`). Each keeps both callers' ways:
"did the same" ends in a written word and takes the nearest free actor within three words; "in similar terms"
("se pronunció") may end in a lemma and takes the actor before it in its clause only where that one is free."""

from __future__ import annotations

from realpolitik.events.article_phrases import listed_with, phrases_at, subject_before
from realpolitik.model import ActorMention, Token

STOPS = frozenset({"con", "de"})
JOINERS = frozenset({",", "y"})


def _tokens(text: str, lemmas: dict[str, str] | None = None) -> list[Token]:
    found, at = [], 0
    for i, word in enumerate(text.split()):
        found.append(Token(word, (lemmas or {}).get(word, word.lower()), at, at + len(word), i))
        at += len(word) + 1
    return found


def _actor(tokens: list[Token], i: int, code: str) -> ActorMention:
    return ActorMention(code, tokens[i].text, tokens[i].start, tokens[i].end, i, i + 1)


def test_a_phrase_that_ends_in_a_lemma_is_found_only_where_asked() -> None:
    tokens = _tokens("Chile se pronunció igual", {"pronunció": "pronunciar"})
    phrases = (("se", "pronunciar"),)
    assert phrases_at(tokens, phrases) == []
    assert phrases_at(tokens, phrases, lemma_ends=True) == [(1, ("se", "pronunciar"))]
    assert phrases_at(_tokens("Chile hizo lo mismo"), (("lo", "mismo"),)) == [(2, ("lo", "mismo"))]


def test_the_subject_within_reach_passes_an_actor_after_a_preposition() -> None:
    tokens = _tokens("Chile con Perú hizo lo mismo")
    chile, peru = _actor(tokens, 0, "CHL"), _actor(tokens, 2, "PER")
    assert subject_before([chile, peru], tokens, 3, STOPS) == chile
    assert subject_before([chile, peru], tokens, 3, STOPS, reach=None) is None  # the clause's nearest is not free


def test_the_subject_in_its_clause_is_far_but_not_past_a_comma() -> None:
    tokens = _tokens("Chile se sumó horas más tarde en términos similares")
    chile = _actor(tokens, 0, "CHL")
    assert subject_before([chile], tokens, 6, STOPS) is None  # beyond three words
    assert subject_before([chile], tokens, 6, STOPS, reach=None) == chile
    tokens = _tokens("Chile , luego , en términos similares")
    assert subject_before([_actor(tokens, 0, "CHL")], tokens, 4, STOPS, reach=None) is None


def test_a_list_is_read_both_ways() -> None:
    tokens = _tokens("Chile , Perú y España hicieron lo mismo con Cuba")
    chile, peru, spain, cuba = (_actor(tokens, i, c) for i, c in ((0, "CHL"), (2, "PER"), (4, "ESP"), (9, "CUB")))
    mentions = [chile, peru, spain, cuba]
    assert listed_with(spain, mentions, tokens, JOINERS, STOPS) == [peru, chile]
    assert listed_with(chile, mentions, tokens, JOINERS, forward=True) == [peru, spain]
