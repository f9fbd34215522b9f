"""Compose hits into noun-phrase mentions: modifier + role word + person.

'der russische Präsident Wladimir Putin' → one RUSGOV mention; 'US-Streitkräfte'
→ USAMIL; 'presidente de Colombia, Gustavo Petro' → COLGOV; 'Maduros Regierung' →
VENGOV. A role with no country is dropped unless a person name follows it
(then it is kept unresolved); leaders get the code of the office they held `on`.

Which hit gives a role word its state (the modifier: "russische", "de Colombia", "Maduros") is found by
role_modifiers.py; this module builds the mention around it (the person after or before it, what the entries read
on the date), then joins mentions that name one actor (a seat named after another state's name, a group's demonym,
a speaker before the body he speaks for).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from realpolitik.actors.ambiguity import CALENDAR
from realpolitik.actors.entries import Entry
from realpolitik.actors.matcher import Hit
from realpolitik.actors.role_modifiers import (
    DEFINITE_ARTICLES,
    OF_WORDS,
    POSSESSIVE,
    STATE_NAME_KINDS,
    is_envoy,
    left_modifier,
    right_modifier,
    state_before_post,
)
from realpolitik.mentions import OFFICE
from realpolitik.model import ActorMention, Token

NEEDS_CONTEXT: Final = "surname alone: kept only if the article names the country"
PERSON_NOTE: Final = "person not in dictionary"  # a role word and a name the dictionary lacks: surnames.py reads it


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class Reading:
    """What one hit means on a given date."""

    code: str
    country: str | None
    agent: str | None
    note: str = ""

    def __init__(self, code: str, country: str | None, agent: str | None, note: str = "") -> None:
        self.code = code
        self.country = country
        self.agent = agent
        self.note = note


def read_entry(entry: Entry, on: date) -> Reading:
    """The code of an entry on a date: leaders by office, groups by period (Taliban → AFGGOV in 2022)."""
    if not entry.periods:
        return Reading(entry.code, entry.country, entry.agent)
    for period in entry.periods:
        if period.covers(on):
            note = f"{period.office} {period.start or ''}..{period.end or ''}".strip() if period.office else ""
            return Reading(period.code, entry.country, period.agent, note)
    if entry.kind == "leader":
        last = max(entry.periods, key=lambda p: p.start or date.min)
        return Reading((entry.country or "") + "ELI", entry.country, "ELI",
                       f"out of office on {on.isoformat()} (was {last.office or last.code})")
    return Reading(entry.code, entry.country, entry.agent)


# "de l'époque", "d'alors": the office as it was then, before the comma and the holder's name (_person_after)
_THEN: Final = (("de", "l'époque"), ("d'alors",))


def _person_after(hits: list[Hit], k: int, tokens: list[Token], pos: int) -> tuple[int | None, int]:
    """A leader hit or a run of capitalised words right after token pos (optionally after a comma).

    Returns (hit index or None, end token). A qualifier of time between the role and the comma ("le président
    américain de l'époque, Donald Trump", "le premier ministre d'alors, X") names who held the office then.
    """
    start = pos
    for words in _THEN:
        if tuple(t.text.lower().replace("’", "'") for t in tokens[start:start + len(words)]) == words \
                and start + len(words) < len(tokens) and tokens[start + len(words)].text == ",":
            start += len(words)
            break
    if start < len(tokens) and tokens[start].text == ",":
        start += 1
    if k < len(hits) and hits[k].entry.kind == "leader" and hits[k].start == start:
        return k, hits[k].end
    if k < len(hits) and hits[k].start == start:
        return None, pos
    end = start
    while end < len(tokens) and name_word(tokens[end].text) and (k >= len(hits) or end < hits[k].start):
        end += 1
    if end - start >= 2:
        return None, end
    return None, pos


# Words that open a run of capitalised words naming a place or a time, not a person ("In New York, the
# president of Guyana ...", "Am Montag, ...")
_NOT_PERSON: Final = frozenset({"in", "at", "on", "from", "to", "with", "by", "for", "after", "during", "en", "a", "à",
                                "de", "desde", "con", "para", "por", "tras", "aus", "nach", "mit", "von", "bei", "im",
                                "am", "auf", "au", "dans", "chez", "sur", "pour", "par", "avec", "après", "в", "во",
                                "на", "из", "с", "к", "по", "у", "после", "the", "der", "die", "das", "el", "la",
                                "los", "las", "le", "les"})


def _person_before(hits: list[Hit], first: int, tokens: list[Token], start: int, lang: str) -> int | None:
    """Start of a full name set off by a comma right before a role phrase ("Irfaan Ali, the president of
    Guyana", "Ирфаан Али, президент Гайаны"), or None. The name must be two capitalised words or more that
    no dictionary entry holds, and not open with a preposition or article (a place, a date)."""
    pos = start
    if pos > 0 and tokens[pos - 1].text.lower() in DEFINITE_ARTICLES.get(lang, set()):
        pos -= 1
    if pos < 3 or tokens[pos - 1].text != ",":
        return None
    floor = hits[first - 1].end if first > 0 else 0
    end = begin = pos - 1
    while begin > floor and name_word(tokens[begin - 1].text) and tokens[begin - 1].text.lower() not in CALENDAR:
        begin -= 1
    if end - begin < 2 or tokens[begin].text.lower() in _NOT_PERSON \
            or begin > 0 and tokens[begin - 1].text.lower() in _NOT_PERSON:  # "Speaking to Fox News, the ..."
        return None
    return begin


_FORMER: Final = {"former", "ex", "ehemalige", "ehemaligen", "ehemaliger", "frühere", "früheren", "früherer",
                  "einstige", "einstigen", "ancien", "ancienne", "exministro", "expresidente", "antiguo", "бывший",
                  "бывшего", "бывшему", "экс", "late", "verstorbene", "verstorbenen", "alt"}


def _former(tokens: list[Token], start: int) -> bool:
    """'former President Trump', 'Ex-Präsident', 'бывший президент': the role is not current."""
    window = [t.text.lower() for t in tokens[max(0, start - 2):start]]
    return any(w in _FORMER for w in window)


def name_word(text: str) -> bool:
    """A word that may be part of a person's name the dictionary lacks: capitalised, letters only, no acronym."""
    return len(text) > 1 and text[:1].isupper() and text.isalpha() and not text.isupper()


def _mention(tokens: list[Token], a: int, b: int, code: str, country: str | None, agent: str | None,
             kind: str, entry: str, version: str, resolved: bool = True, note: str = "",
             genitive: bool = False, composed: str = "") -> ActorMention:
    return ActorMention(code=code, surface=_surface(tokens, a, b), start=tokens[a].start,
                        end=tokens[b - 1].end, token_start=a, token_end=b, country=country, agent=agent,
                        kind=kind, entry=entry, dictionary_version=version, resolved=resolved, note=note,
                        genitive=genitive, composed=composed)


def _surface(tokens: list[Token], a: int, b: int) -> str:
    if b == a + 1:
        return tokens[a].text  # (one word, most names)
    out = tokens[a].text
    for prev, tok in zip(tokens[a:b - 1], tokens[a + 1:b], strict=False):
        out += ("" if tok.start == prev.end else " ") + tok.text
    return out


def compose(hits: list[Hit], tokens: list[Token], lang: str, on: date, version: str) -> list[ActorMention]:
    """Mentions of one sentence from its hits, sorted and non-overlapping."""
    used: set[int] = set()
    out: list[ActorMention] = []
    for r, hit in enumerate(hits):
        if hit.entry.kind != "role" or r in used:
            continue
        mention = _compose_role(hits, r, tokens, lang, on, version, used)
        if mention is not None:
            out.append(mention)
            second = _elided_role(hits, r, mention, tokens, lang, on, version, used)
            if second is not None:
                out.append(second)
    for k, hit in enumerate(hits):
        if k in used or hit.entry.kind == "role":
            continue
        reading = read_entry(hit.entry, on)
        note = reading.note
        if "needs_context" in hit.entry.flags:
            note = NEEDS_CONTEXT + (f"; {note}" if note else "")
        out.append(_mention(tokens, hit.start, hit.end, reading.code, reading.country, reading.agent,
                            hit.entry.kind, hit.entry.id, version, note=note, genitive=hit.entry.genitive))
        used.add(k)
    out.sort(key=lambda m: m.token_start)
    for r, hit in enumerate(hits):
        # (not "со стороны Вооружённых сил Украины": the agent's marker, no speaker for the armed forces)
        if hit.entry.kind == "role" and r not in used and hit.entry.agent == "GOV" \
                and "adjective" not in hit.entry.flags:
            _speaks_for(hit, out, tokens, lang)
    return _without_group_demonyms(_seats_of_named_states(out, tokens), tokens, lang)


def _seats_of_named_states(out: list[ActorMention], tokens: list[Token]) -> list[ActorMention]:
    """"Pakistan's Foreign Office", "the Pakistani Foreign Office", "Russia's White House": a seat of government
    named right after another state's possessive or demonym is that state's own office of the same name (Pakistan
    calls its foreign ministry so), not the seat's country; one mention, of the named state's government."""
    merged: set[int] = set()
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        between = [t.text for t in tokens[a.token_end:b.token_start]]
        if not (b.kind == "seat" and b.agent == "GOV" and a.kind in ("country", "adjective") and a.country
                and a.country != b.country and (between == [] if a.kind == "adjective" else
                                                  len(between) == 1 and between[0] in POSSESSIVE)):
            continue
        merged.add(k)
        out[k + 1] = replace(b, code=a.country + "GOV", country=a.country, token_start=a.token_start, start=a.start,
                             surface=_surface(tokens, a.token_start, b.token_end), kind="agent",
                             entry=a.entry + "+" + b.entry, note="a seat's name for the office of the state before it")
    return [m for k, m in enumerate(out) if k not in merged] if merged else out


_ADJECTIVE_AFTER: Final = frozenset({"es", "fr"})  # "el grupo libanés Hezbolá": the demonym right before the name
_JOINS: Final = frozenset({"and", "or", "but", "und", "oder", "aber"})


def _without_group_demonyms(out: list[ActorMention], tokens: list[Token], lang: str) -> list[ActorMention]:
    """"el grupo libanés Hezbolá", "the Lebanese group Hezbollah": a demonym that only says where the named group is
    from (its country, a few lower-case words at most between) is no actor of its own; the group's mention takes in
    the demonym and its head noun, so that it stays in the list it stands in ("entre Israel y el grupo libanés
    Hezbolá", "between Israel and the Lebanese group Hezbollah")."""
    merged: dict[int, ActorMention] = {}
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        between = tokens[a.token_end:b.token_start]
        if _firm_of(a, b):  # a firm's country says where it is from: "Norway's Equinor", "Russlands Gazprom"
            between = [t for t in between if t.text not in POSSESSIVE]
        elif not (a.kind == "adjective" and b.kind == "group"):
            continue
        if not (a.country is not None and a.country == b.country
                and len(between) <= (0 if lang in _ADJECTIVE_AFTER else 2)
                and all(t.text.isalpha() and t.text.islower() and t.text not in _JOINS for t in between)):
            continue  # "the Lebanese militant group Hezbollah"; not "Lebanese troops and Hezbollah"
        first = a.token_start
        if first > 0 and a.kind != "agent" and b.token_start == a.token_end and tokens[first - 1].text.isalpha() \
                and tokens[first - 1].text.islower() and len(tokens[first - 1].text) > 3:
            first -= 1  # Romance order: the head noun before the demonym ("grupo libanés")
        merged[k] = b
        out[k + 1] = replace(b, token_start=first, start=tokens[first].start,
                             surface=_surface(tokens, first, b.token_end))
    return [m for k, m in enumerate(out) if k not in merged] if merged else out


def _firm_of(a: ActorMention, b: ActorMention) -> bool:
    """A state's name or adjective before one of its firms (seats.yaml, agent BUS) is no actor of its own, nor is
    the adjective with a firm noun ("the Russian firm Gazprom", "le groupe russe Gazprom"): one firm, one mention."""
    return (a.kind in ("adjective", "country") or a.kind == "agent" and a.agent == "BUS") \
        and b.kind == "seat" and b.agent == "BUS"


# what joins a speaker to the body it speaks for: "a spokesman for the Azerbaijani government", "le porte-parole du
# ministère iranien", "el portavoz del Ministerio de Defensa taiwanés", "ein Sprecher des iranischen Außenministeriums"
_FOR: Final = {"en": {"of", "for"}, "de": {"des", "der", "von"}, "es": {"de", "del"}, "fr": {"de", "du", "des", "d'"}}


def _speaks_for(hit: Hit, out: list[ActorMention], tokens: list[Token], lang: str) -> None:
    """A role word with no country of its own before an "of" phrase that names a body of a state ("the spokesman
    for the Azerbaijani government", "представитель правительства талибов") is that state's: the mention of the
    body is widened to take the role word in, so that the phrase is one subject, not a subject and a "for" group."""
    k = next((k for k, m in enumerate(out) if m.token_start >= hit.end), None)
    if k is None or not out[k].country or out[k].kind not in ("agent", "group", "seat") and not _office_named(out[k]) \
            or out[k].agent not in ("GOV", "MIL") or any(m.token_end > hit.start for m in out[:k]):
        return
    gap = [t.text.lower() for t in tokens[hit.end:out[k].token_start]]
    joined = not gap and lang == "ru" or bool(gap) and gap[0] in _FOR.get(lang, ()) and len(gap) <= 2 \
        and all(w in DEFINITE_ARTICLES.get(lang, set()) for w in gap[1:])
    if joined:
        out[k] = replace(out[k], surface=_surface(tokens, hit.start, out[k].token_end), start=tokens[hit.start].start,
                         token_start=hit.start, entry=hit.entry.id + "+" + out[k].entry,
                         note="a speaker for the body named after it")


def _office_named(m: ActorMention) -> bool:
    """A body's office with its holder in apposition ("des Außenministeriums in Moskau, Maria Sacharowa"): composed
    from a role word and a person, it names the body as much as a bare body does; a speaker before it speaks for it."""
    return m.kind == "leader" and m.composed == OFFICE


# the agents of role words that name many people ("la prensa", "journalists", "civilians"): no one person in apposition
_COLLECTIVE_AGENTS: Final = frozenset({"MED", "CVL"})


def role_alone(hits: list[Hit], r: int, tokens: list[Token]) -> bool:
    """A role word with no country of its own and no name after it ("the minister said"; most role words): with no
    modifier either, it names no one, and the rest of `_compose_role` need not be read."""
    return not hits[r].entry.country and _person_after(hits, r + 1, tokens, hits[r].end) == (None, hits[r].end)


def _compose_role(hits: list[Hit], r: int, tokens: list[Token], lang: str, on: date, version: str,
                  used: set[int]) -> ActorMention | None:
    role = hits[r].entry
    parts = [r]
    modifier = left_modifier(hits, r, tokens, lang, used)
    if "adjective" in role.flags:
        # "российская сторона", "с американской стороной": the government of the demonym before it; after no demonym
        # the word is no actor ("со стороны России" marks an agent, "обе стороны" the parties named before)
        if modifier is None or hits[modifier].entry.kind != "adjective":
            return None
    elif modifier is None:
        modifier = right_modifier(hits, r, tokens, lang)
    state = state_before_post(hits, modifier, tokens, used) if modifier is not None and is_envoy(role.id) else None
    if modifier is not None and state is not None:
        parts.append(modifier)  # "China's UN ambassador": the body names his post, the state sent him
        modifier = state
    if modifier is None and role_alone(hits, r, tokens):
        return None
    if modifier is not None:
        parts.append(modifier)
    last = max(hits[p].end for p in parts)
    after = max(parts) + 1
    person, person_end = _person_after(hits, after, tokens, last)
    if person_end > last and role.agent in _COLLECTIVE_AGENTS and last < len(tokens) and tokens[last].text == ",":
        # "Consultado por la prensa, Boric criticó ...": a name after the comma is no one of the press or the
        # citizens (a body of many); it opens the next phrase
        person, person_end = None, last
    if person is not None and modifier is not None and "needs_context" in hits[person].entry.flags \
            and hits[modifier].entry.country and hits[modifier].entry.country != hits[person].entry.country:
        # "Советник верховного лидера Ирана Али Акбар Велаяти": a surname that is another state's leader only in
        # context ("Али", Guyana's president) is no one of that state after a role of this one
        person, person_end = None, last
    if person is None and modifier is None and _apposed_foreign_body(hits, r):
        return None  # "die Bundespolizei RCMP": the acronym right after it names the body, and whose it is
    if person is not None:
        parts.append(person)
    start = min(hits[p].start for p in parts)
    end = max(person_end, max(hits[p].end for p in parts))
    composed = ""
    if person is not None:
        reading, entries = _leader_reading(hits, role, person, modifier, tokens, start, on)
        kind = "leader"
        if entries[0] == role.id:
            composed = OFFICE  # the office the role word names, its holder after it (no organisation's before it)
    elif modifier is not None or role.country:
        reading, kind, entries, start = _agent_reading(hits, role, modifier, parts, tokens, start, lang, on,
                                                       person_end > last)
    elif person_end > last:
        used.add(r)
        return _mention(tokens, start, end, "", None, role.agent, "unresolved", role.id, version,
                        resolved=False, note="role word before a name not in the dictionary")
    else:
        return None
    used.update(parts)
    return _mention(tokens, start, end, reading.code, reading.country, reading.agent, kind, "+".join(entries), version,
                    note=reading.note, composed=composed)


def _leader_reading(hits: list[Hit], role: Entry, person: int, modifier: int | None, tokens: list[Token], start: int,
                    on: date) -> tuple[Reading, list[str]]:
    """A role word before a person the dictionary knows: the person's office on `on`, unless the text names the
    office itself (a body's office, or a national one our dates do not give), and the entries read."""
    reading = read_entry(hits[person].entry, on)
    entries = [role.id, hits[person].entry.id]
    code, country, agent, note = reading.code, reading.country, reading.agent, reading.note
    national = role.country or (modifier is not None and hits[modifier].entry.kind in
                                ("adjective", "country", "capital", "seat"))
    org_office = bool(reading.country) and not reading.code.startswith(reading.country or "")
    office_at = hits[modifier].entry if modifier is not None else None
    if role.agent and not _former(tokens, start) and office_at is not None and office_at.kind == "organisation":
        # "Nato-Generalsekretär Jens Stoltenberg", "EU-Ratspräsident Michel": the office the text names
        org = read_entry(office_at, on)
        code, country, agent = org.code, org.country, org.agent
        entries.insert(0, office_at.id)
        note = f"the role word names an office of {org.code}" + (f" (dictionary: {note})" if note else "")
    elif role.agent and not _former(tokens, start) and (reading.agent == "ELI" or org_office and national):
        # The text itself calls the person by an office ("Bundesaußenministerin Baerbock"):
        # trust it over our dates (the article may be older than `on`).
        code = (reading.country or "") + role.agent
        agent = role.agent
        note = f"{note}; the role word names a current office"
    return Reading(code, country, agent, note), entries


def _agent_reading(hits: list[Hit], role: Entry, modifier: int | None, parts: list[int], tokens: list[Token],
                   start: int, lang: str, on: date, unknown_after: bool) -> tuple[Reading, str, list[str], int]:
    """A role word of a state or body (its own country, or the modifier's) and no person the dictionary knows: the
    agent of that state, or the body itself; its kind, the entries read and the mention's start (a person named
    just before it, "Irfaan Ali, the president of Guyana", opens the mention)."""
    entries = [role.id]
    note = ""
    kind = "agent"
    if modifier is not None:
        m = hits[modifier].entry
        reading = read_entry(m, on)
        entries.insert(0, m.id)
        if m.kind in ("organisation", "group"):  # "the CSTO military alliance", "NATO officials": the body
            code, country, agent = reading.code, reading.country, reading.agent
            kind = m.kind
        else:
            country = reading.country
            agent = role.agent
            code = (country or "") + (agent or "")
            if "capital" in role.flags:  # "the Russian capital" is Moscow: a place, like the name
                kind = "capital"
        note = PERSON_NOTE if unknown_after else ""
        if not note and m.kind not in ("organisation", "group"):
            before = _person_before(hits, min(parts), tokens, start, lang)
            if before is not None:  # "Irfaan Ali, the president of Guyana": the name comes first
                start, note = before, PERSON_NOTE
    else:
        country, agent = role.country, role.agent
        code = (country or "") + (agent or "")
    return Reading(code, country, agent, note), kind, entries, start


def _apposed_foreign_body(hits: list[Hit], r: int) -> bool:
    """"die Bundespolizei RCMP": a role word that implies one state (German "Bundespolizei" is Germany's) right
    before a body's own name that implies another describes that body (Canada's federal police)."""
    role = hits[r].entry
    if not role.country or r + 1 >= len(hits):
        return False
    after = hits[r + 1].entry
    return hits[r + 1].start == hits[r].end and after.kind == "role" and bool(after.country) \
        and after.country != role.country


_AND: Final = {"en": {"and"}, "de": {"und"}, "es": {"y", "e"}, "fr": {"et"}, "ru": {"и"}}


def _elided_role(hits: list[Hit], r: int, first: ActorMention, tokens: list[Token], lang: str, on: date,
                 version: str, used: set[int]) -> ActorMention | None:
    """The second office of a list that names its role word once: "les présidents du Chili, Gabriel
    Boric, et du Pérou, Dina Boluarte", "los presidentes de Chile, X, y de Perú, Y". Kept only where
    a person is named after the second country."""
    pos = first.token_end
    if pos < len(tokens) and tokens[pos].text == ",":
        pos += 1
    if pos + 1 >= len(tokens) or tokens[pos].text.lower() not in _AND.get(lang, set()) \
            or tokens[pos + 1].text.lower() not in OF_WORDS.get(lang, set()):
        return None
    k = next((i for i, h in enumerate(hits) if h.start == pos + 2 and i not in used), None)
    if k is None or hits[k].entry.kind not in STATE_NAME_KINDS:
        return None
    person, end = _person_after(hits, k + 1, tokens, hits[k].end)
    if end == hits[k].end:
        return None
    role, where = hits[r].entry, read_entry(hits[k].entry, on)
    entries = [hits[k].entry.id, role.id]
    code, country, agent, kind, note = (where.country or "") + (role.agent or ""), where.country, role.agent, \
        "agent", PERSON_NOTE
    if person is not None:
        said = read_entry(hits[person].entry, on)
        code, country, agent, kind, note = said.code, said.country, said.agent, "leader", said.note
        entries.append(hits[person].entry.id)
        used.add(person)
    used.add(k)
    return _mention(tokens, pos + 2, end, code, country, agent, kind, "+".join(entries), version, note=note)


def bare_roles(hits: list[Hit], mentions: list[ActorMention]) -> list[Hit]:
    """Role words that named no one ("der Machthaber", "el mandatario", "the authorities"): the
    references stage may resolve them to an actor named before."""
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    return [h for h in hits if h.entry.kind == "role" and not covered & set(range(h.start, h.end))]
