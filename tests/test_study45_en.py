"""Round 45, the English study articles (study45_en): ways English says an act that the coder read with too little
confidence or not at all, on sentences of our own (docs/progress.md "Round 45: the English study articles' misses
and extras")."""

from __future__ import annotations

from extracted import shown_keys
from realpolitik.events.inserted import subject_across_insertion
from realpolitik.model import ActorMention, Token


def test_a_relative_clause_between_subject_and_verb_keeps_the_subject_the_verbs_own() -> None:
    # the relative clause parts the mediator from its verb: still the verb's own subject, not one borrowed from an
    # earlier verb; with its own two verbs ("borders ... and has talked") as with one
    keys = shown_keys("According to diplomats, Egypt, which borders Gaza and has talked to both sides for many years "
                      "through its intelligence service, has mediated between Israel and Hamas since the war began in "
                      "October.", "en")
    assert {("EGY", "ISR", "CONSULT"), ("EGY", "PSE", "CONSULT")} <= keys


def test_a_phrase_between_commas_after_a_list_of_subjects() -> None:
    # "X and Y, backed by ..., had bombed": the phrase between commas names helpers; the list is the verb's subject
    keys = shown_keys("The defence ministry said on Tuesday that the United States and Britain, backed by Canada, "
                      "Denmark and the Netherlands, had bombed rebel positions in Yemen overnight.", "en")
    assert {("USA", "YEM", "ASSAULT"), ("GBR", "YEM", "ASSAULT")} <= keys
    keys = shown_keys("Officials said on Tuesday that Washington and London, with help from Canberra, Ottawa and "
                      "The Hague, had conducted strikes on rebel sites in Yemen.", "en")
    assert {("USA", "YEM", "ASSAULT"), ("GBR", "YEM", "ASSAULT")} <= keys


def _mention(start: int, end: int) -> ActorMention:
    return ActorMention(code="NOR", surface="Oslo", start=0, end=4, kind="country", entry="test",
                        token_start=start, token_end=end)


def _forms(text: str) -> list[frozenset[str]]:
    return [frozenset({w}) for w in text.split()]


_AND = frozenset({"and"})


def _tokens(forms: list[frozenset[str]]) -> list[Token]:
    return [Token(next(iter(f)), next(iter(f)), 0, 0, i) for i, f in enumerate(forms)]


def test_a_second_verb_after_and_shares_the_subject_and_stays_borrowed() -> None:
    # "Oslo hosts the talks , and has mediated": a coordinated verb, not an insertion (the costlier path)
    forms = _forms("Oslo hosts the talks , and has mediated between them")
    assert subject_across_insertion(_mention(0, 1), None, (7, 8), (5, 10), forms, _tokens(forms), _AND) is None
    # words of its own between the subject and the first comma: no insertion right after the subject
    forms = _forms("Oslo hosts talks , has mediated between them")
    assert subject_across_insertion(_mention(0, 1), None, (5, 6), (0, 8), forms, _tokens(forms), _AND) is None


def test_the_subject_attaches_where_the_insertion_closes() -> None:
    forms = _forms("Oslo , which hosts the talks , has mediated between them")
    cued = subject_across_insertion(_mention(0, 1), None, (8, 9), (7, 11), forms, _tokens(forms), _AND)
    assert cued is not None and cued.token_start == cued.token_end == 7


def test_clauses_between_the_commas_are_no_insertion() -> None:
    # a comma inside the span that goes on with a lower-case word closes a clause, not a listed name
    forms = _forms("Minsk , an ally , will get arms soon , its leader said , dismissing protests")
    assert subject_across_insertion(_mention(0, 1), None, (13, 14), (0, 15), forms, _tokens(forms), _AND) is None
    forms = _forms("Minsk , with help from Moscow , Tehran , and Beijing , dismissed protests")
    assert subject_across_insertion(_mention(0, 1), None, (12, 13), (0, 14), forms, _tokens(forms), _AND) is not None
