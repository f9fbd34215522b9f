"""People named again by their surname alone: "Foreign Minister Eli Cohen said ... Cohen added".

News introduce a person once with role and full name ("el ministro de Exteriores taiwanés, Joseph
Wu", "Prime Minister Mark Carney") and then write the surname alone ("Wu acusó a Pekín"). The
dictionary lists heads of state, not every minister, spokesman or envoy, so the first mention is
the only place that says whose official the person is. Here every mention that ends in a full name
(two name words or more) lends its code to the surname alone later in the article; the surname of
a role word whose name the dictionary lacks ("Senator Seselja") gets it too. A surname that two
people of different codes share is left alone. Matching compares text and lemma, so inflected
Russian surnames ("Лавров", "Лаврова") match.
"""

from __future__ import annotations

from realpolitik.actors.compose import PERSON_NOTE, name_word
from realpolitik.actors.forms import normalise
from realpolitik.model import ActorMention, Sentence, Token

# Words inside a surname ("Alexander De Croo", "Ursula von der Leyen"): they belong to the surname.
_PARTICLES = frozenset({"de", "del", "van", "von", "der", "den", "le", "la", "al", "el", "di", "da", "du", "dos",
                        "das", "ben", "bin", "ibn", "ter", "ten", "ould", "ag", "abu"})
# Words before a capitalised word that make it no surname of a person ("the Cohen report" stays; "der
# Bauer" is a farmer): articles and determiners of the five languages.
_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                       "einer", "el", "la", "los", "las", "un", "una", "le", "les", "l'", "une", "du", "au", "aux"})
NOTE = "surname of {name!r}, named before"
# Kinds of a one-word dictionary match that a person's surname, named in full before, outranks ("Wagner" the group)
_NAMESAKES = frozenset({"group", "organisation"})


OFFICE_NOTE = "the office the article gave {name!r}"


def keep_offices(mentions: list[list[ActorMention]]) -> None:
    """A person keeps through the article the office its text gave them ("Bundesaußenministerin Baerbock
    … Baerbock sprach"): a later mention by name alone is read as that office, not by the dates of our
    dictionary, which may place the person elsewhere on the reading date of an undated article."""
    office: dict[str, ActorMention] = {}
    for found in mentions:
        for m in found:
            parts = m.entry.split("+")
            leader = next((p for p in parts if p.startswith("leaders:")), None)
            if leader is None or m.kind != "leader":
                continue
            if len(parts) > 1 and m.code:
                office.setdefault(leader, m)
            elif m.entry == leader and leader in office and office[leader].code != m.code:
                first = office[leader]
                m.code, m.country, m.agent = first.code, first.country, first.agent
                m.note = OFFICE_NOTE.format(name=first.surface)


def name_people_again(sentences: list[Sentence], mentions: list[list[ActorMention]], version: str) -> None:
    """Add a mention for each surname alone that an earlier mention of the article gave a code to."""
    keep_offices(mentions)
    known: dict[str, ActorMention | None] = {}  # surname key → the full mention (None: two people share it)
    for sentence, found in zip(sentences, mentions, strict=True):
        tokens = sentence.tokens
        here = [(m, _surname(m, tokens)) for m in found]
        for m in found:
            word = m.kind in _NAMESAKES and m.token_end - m.token_start == 1 and name_word(tokens[m.token_start].text)
            if m.kind == "unresolved" and m.token_end - m.token_start >= 2 or word:
                owner = _owner(_keys(tokens[m.token_end - 1]), known)
                # "Senator Seselja": the role word's person, named in full before; "Thérèse Kayikwamba Wagner
                # ... Wagner urged Rwanda": the person, not the group of that name
                if owner is not None and owner.code != m.code:
                    m.code, m.country, m.agent, m.resolved, m.kind = owner.code, owner.country, owner.agent, True, \
                        "reference"
                    m.note = NOTE.format(name=owner.surface)
        added = []
        pending = sorted(((m, keys) for m, keys in here if keys), key=lambda p: p[0].token_end)
        # grows with the sentence's own full names as the loop passes them: a copy only where it has some
        # (`known` holds every surname of the article so far)
        seen = dict(known) if pending else known
        taken = {i for m in found for i in range(m.token_start, m.token_end)} if seen or pending else set()
        for i, token in enumerate(tokens if seen or pending else ()):  # no one named in full yet: none to find
            while pending and pending[0][0].token_end <= i:
                _register(seen, pending[0][1], pending[0][0])
                pending.pop(0)
            if i in taken or not name_word(token.text) or i > 0 and normalise(tokens[i - 1].text) in _ARTICLES:
                continue
            if i + 1 < len(tokens) and name_word(tokens[i + 1].text) and i + 1 not in taken:
                continue  # "Wu Qian", "Cohen Brothers": another full name
            owner = _owner(_keys(token), seen)
            if owner is not None:
                start = i
                while start > 0 and start - 1 not in taken and tokens[start - 1].text[:1].isupper() \
                        and normalise(tokens[start - 1].text) in _PARTICLES:
                    start -= 1  # "De Croo", "von der Leyen"
                added.append(_mention(sentence, start, i + 1, owner, version))
        if added:  # (the stages before leave a sentence's mentions in order)
            found.extend(added)
            found.sort(key=lambda m: m.token_start)
        for m, keys in here:
            if keys:
                _register(known, keys, m)


_RU_CASE_ENDINGS = ("ым", "ом", "ем", "ой", "а", "у", "е", "я", "ю")  # Лаврова, Лаврову, Лавровым, Блинкеном


def _keys(token: Token) -> frozenset[str]:
    """Text and lemma; a Cyrillic name also without its case ending (the lemmatiser seldom knows it)."""
    text = normalise(token.text)
    keys = {text, normalise(token.lemma)}
    if "а" <= text[:1] <= "я":
        keys |= {text[:-len(e)] for e in _RU_CASE_ENDINGS if text.endswith(e) and len(text) - len(e) >= 4}
    return frozenset(keys)


def _surname(m: ActorMention, tokens: list[Token]) -> frozenset[str]:
    """The keys of the surname a mention ends in, if it ends in a full name ("..., Joseph Wu")."""
    person = m.kind == "leader" or m.kind == "agent" and m.note.startswith(PERSON_NOTE)
    if not person or not m.code or m.token_end - m.token_start < 2:
        return frozenset()
    comma = next((i for i in range(m.token_start, m.token_end) if tokens[i].text == ","), None)
    if m.kind == "agent" and comma is not None and comma - m.token_start >= 2 \
            and all(name_word(t.text) for t in tokens[m.token_start:comma]):
        return _keys(tokens[comma - 1])  # "Irfaan Ali, the president of Guyana": the name before its role
    last, before = tokens[m.token_end - 1], tokens[m.token_end - 2]
    if not name_word(last.text) or not (name_word(before.text) or normalise(before.text) in _PARTICLES):
        return frozenset()
    return _keys(last)


def _register(known: dict[str, ActorMention | None], keys: frozenset[str], m: ActorMention) -> None:
    for key in keys:
        if key not in known:
            known[key] = m
        elif known[key] is not None and known[key].code != m.code:
            known[key] = None


def _owner(keys: frozenset[str], known: dict[str, ActorMention | None]) -> ActorMention | None:
    owners = {id(known[k]): known[k] for k in keys if k in known}
    if len(owners) != 1 or None in owners.values():
        return None
    return next(iter(owners.values()))


def _mention(sentence: Sentence, i: int, end: int, owner: ActorMention, version: str) -> ActorMention:
    first, last = sentence.tokens[i], sentence.tokens[end - 1]
    surface = sentence.text[first.start - sentence.start:last.end - sentence.start]
    return ActorMention(code=owner.code, surface=surface, start=first.start, end=last.end, token_start=i,
                        token_end=end, country=owner.country, agent=owner.agent, kind="reference",
                        entry=owner.entry, dictionary_version=version, note=NOTE.format(name=owner.surface))
