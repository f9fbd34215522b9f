"""Within-article references: 'beide Länder', 'both countries', 'обе страны'.

Such a phrase becomes a mention of kind 'reference' whose code is the first
country of the most recent earlier sentence naming exactly two countries;
`note` is 'pair:RUS,VEN' so the events stage can expand it to both.
Role phrases like 'der Kremlchef' or 'the Venezuelan leader' need no look-back:
the composition stage resolves them directly.
"""

from __future__ import annotations

from realpolitik.actors.dictionary import ActorDictionary
from realpolitik.actors.forms import normalise
from realpolitik.model import ActorMention, Sentence

_COUNTRY_KINDS = ("country", "capital", "seat", "adjective", "agent", "leader")


def _pair(mentions: list[ActorMention]) -> list[str] | None:
    countries: list[str] = []
    for m in mentions:
        if m.kind in _COUNTRY_KINDS and m.country and m.country not in countries:
            countries.append(m.country)
    return countries if len(countries) == 2 else None


def resolve_references(sentences: list[Sentence], mentions: list[list[ActorMention]], lang: str,
                       dic: ActorDictionary) -> None:
    """Add 'reference' mentions in place, looking back over the article's sentences."""
    phrases = dic.ambiguity.reference_phrases.get(lang, [])
    if not phrases:
        return
    last_pair: list[str] | None = None
    for sentence, found in zip(sentences, mentions, strict=True):
        keys = [normalise(t.text) for t in sentence.tokens]
        taken = {i for m in found for i in range(m.token_start, m.token_end)}
        added = []
        for i in range(len(keys)):
            for phrase in phrases:
                j = i + len(phrase)
                if tuple(keys[i:j]) == phrase and not taken & set(range(i, j)) and last_pair:
                    toks = sentence.tokens
                    added.append(ActorMention(
                        code=last_pair[0], surface=sentence.text[toks[i].start - sentence.start:
                                                                 toks[j - 1].end - sentence.start],
                        start=toks[i].start, end=toks[j - 1].end, token_start=i, token_end=j,
                        country=last_pair[0], kind="reference", entry="references:pair",
                        dictionary_version=dic.version, note="pair:" + ",".join(last_pair)))
                    taken |= set(range(i, j))
        pair = _pair(found)
        if added:
            found.extend(added)
            found.sort(key=lambda m: m.token_start)
        if pair:
            last_pair = pair
