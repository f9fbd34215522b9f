"""Members of a group: "die Mitglieder der AES", "the member states of ECOWAS", "члены НАТО" are the member states
the article lists in the sentence before or after; "the Baltic states" a fixed group.

Separate because members are read from an organisation's name and the lists around it, not from a count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from realpolitik.actors.forms import normalise
from realpolitik.actors.reference.data import LanguageReferences
from realpolitik.actors.reference.history import (
    COUNTRY_KINDS,
    LIST_GAPS,
    MEMBERS,
    ORG_GAP,
    History,
    Seen,
    refers_note,
    sentence_seen,
)
from realpolitik.model import ActorMention, Sentence, Token


def fixed_group(tokens: list[Token], i: int, data: LanguageReferences, groups: dict[str, frozenset[str]],
                 taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "the Baltic states", "Страны Балтии", "les pays baltes": each country of a fixed geographic group."""
    first = normalise(tokens[i].text)
    for keys, name in data.fixed_groups:
        if keys[0] != first:
            continue
        end = i + len(keys)
        if end <= len(tokens) and not taken & set(range(i, end)) and all(
                normalise(tokens[i + k].text) == key for k, key in enumerate(keys)):
            codes = sorted(groups[name])
            return end, codes, MEMBERS, refers_note(codes)
    return None


def seen_ahead(sentences: list[Sentence], mentions: list[list[ActorMention]], data: LanguageReferences,
           n: int) -> Seen | None:
    """The next sentence's names: "Die Mitglieder der EAC ... Damit antworteten Kenia, Uganda und Tansania"."""
    if n + 1 >= len(sentences):
        return None
    return sentence_seen(mentions[n + 1], sentences[n + 1].tokens, data)


def members_of(tokens: list[Token], i: int, data: LanguageReferences, found: list[ActorMention],
                history: History, ahead: Callable[[], Seen | None]) -> tuple[int, list[str], str, str] | None:
    """ "die Mitglieder der AES", "the member states of ECOWAS", "les pays de l'AES", "члены НАТО": the
    organisation's members as the article lists them (two or more countries coordinated), each an actor.
    The list is sought in the sentence before, then in the one after; none there, the phrase stays the
    organisation. Where the sentence itself lists countries (right after the phrase: "Члены НАТО Эстония,
    Латвия и Литва"; before it: "Egypt and Ethiopia became members of BRICS"), they are the actors."""
    first = normalise(tokens[i].text)
    for keys in data.members_of:
        if keys[0] != first:
            continue
        end = i + len(keys)
        if end <= len(tokens) and all(normalise(tokens[i + k].text) == key for k, key in enumerate(keys)):
            break
    else:
        return None
    body = next((m for m in found if end <= m.token_start <= end + ORG_GAP and m.kind == "organisation"), None)
    if body is None or any(m.token_start < body.token_start and m.token_end > i for m in found if m is not body) \
            or not all(t.text[:1].isupper() or t.text in ("-", "(") or normalise(t.text) in LIST_GAPS
                       for t in tokens[end:body.token_start]):
        return None
    stop = body.token_end
    again = next((m for m in found if m.code == body.code and m.token_start in (stop, stop + 1)), None)
    if again is not None and all(t.text in ("(", ")") for t in tokens[stop:again.token_start]):
        stop = again.token_end
    if stop < len(tokens) and tokens[stop].text == ")" and "(" in (t.text for t in tokens[i:stop]):
        stop += 1  # "der Allianz der Sahel-Staaten (AES)": the closing bracket too
    if any(m.country and m.kind in COUNTRY_KINDS for m in found if stop <= m.token_start <= stop + 1):
        return None  # "Члены НАТО Эстония, Латвия и Литва", "the members of the AES, Mali and Niger": named here
    if sentence_seen([m for m in found if m.token_end <= i], tokens, data).lists:
        return None  # "Egypt and Ethiopia became members of BRICS": the members are the actors named here
    codes = next((found[0] for found in _member_lists(history, ahead) if found), None)
    if not codes:
        return None
    codes = [c[:3] for c in codes]
    return stop, codes, MEMBERS, refers_note(codes)


def _member_lists(history: History, ahead: Callable[[], Seen | None]) -> Iterator[list]:
    """The lists of the sentence before, latest first, then those of the sentence after (read only if needed)."""
    yield history.seen[-1].lists[::-1] if history.seen else []
    after = ahead()
    yield after.lists if after else []
