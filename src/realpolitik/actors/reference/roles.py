"""Role words and crowds: "der Machthaber", "el mandatario", "les autorités", "власти" with an article and no owner
stand for the state whose role that is (the latest named one of that kind, a titled person's, the state under
military rule); "des manifestants ... à Niamey" are the people of the state where the sentence places them.

Separate because these readers read a single role noun and its complement, quotation and speaker, not a list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from realpolitik.actors.forms import normalise
from realpolitik.actors.matcher import Hit
from realpolitik.actors.reference.data import LanguageReferences, reference_data
from realpolitik.actors.reference.history import (
    ARTICLE_REACH,
    AT_PLACE,
    COUNTRY_KINDS,
    OF_WORDS,
    REFERS,
    ROLE_REACH,
    History,
    mention_start,
)
from realpolitik.actors.reference.offices import owned, unchanged_plural
from realpolitik.actors.role_modifiers import STATE_NAME_KINDS, is_envoy
from realpolitik.actors.titles import title_offices
from realpolitik.codes import PARTY_AGENTS
from realpolitik.language.infinitives import infinitive_form
from realpolitik.language.speech import speech_words
from realpolitik.language.tokens import BREAKS_AND_DASHES, POSSESSIVE_MARKS, QUOTE_MARKS
from realpolitik.model import ActorMention, Sentence, Token

_ROLE_AGENTS: Final = frozenset({"GOV", "MIL", "LEG", "SPY", "COP"})  # "the authorities" yes, "the media" no


_STATE_AGENTS: Final = frozenset({None, *_ROLE_AGENTS})
_OPENING: Final = 2  # a role word this near the sentence's start (after an article, an adjective) is its subject
_OF_REACH: Final = 5  # where an "of" phrase after a role word names its owner: "der Ex-Sowjetrepublik Moldau"


# how far a fronted phrase may put the subject's article ("In einer Erklärung vom Montag verurteilte")
_FRONTED: Final = 8
_GERMAN_OF: Final = frozenset({"der", "des", "von", "vom"})  # German genitive articles and "of" words


def roles_by_antecedent(sentence: Sentence, found: list[ActorMention], bare: list[Hit], data: LanguageReferences,
                         history: History, version: str) -> None:
    """ "der Machthaber", "el mandatario", "les autorités", "власти": a role word with an article and no
    country is that kind of actor of the country last named with one. A role word before a name the
    dictionary lacks ("Premierminister Foo Bar") is read the same way.

    Not a country whose envoy the sentence names ("El Ministerio de Asuntos Exteriores convocó a la embajadora
    israelí": the ministry is not Israel's, however lately Israel's minister spoke), nor an envoy's country
    (they serve abroad: "le gouvernement" after "l'ambassadeur de France" is the host's)."""
    tokens = sentence.tokens
    # countries whose envoy the sentence names: the body that deals with the envoy is the host's
    spelled = frozenset(m.country for m in found if m.country and is_envoy(m.entry)) if bare else frozenset()
    for hit in bare:
        agent = hit.entry.agent
        if agent not in _ROLE_AGENTS or any(m.token_start < hit.end and hit.start < m.token_end for m in found):
            continue
        if hit.end - hit.start == 1 and _plural_form(tokens[hit.start]) and not _body_plural(tokens, hit, data, found):
            continue  # a plural ("die Behörden", "las autoridades"): whose is unclear
        if hit.start > 0 and unchanged_plural(normalise(tokens[hit.start - 1].text), normalise(
                tokens[hit.start].text)) and not owned(tokens, hit.start, data):
            continue  # "Die Minister unterzeichneten": a plural as written in the singular (`office_holders`)
        word = normalise(hit.entry.id.rsplit(":", 1)[-1].replace("_", " "))
        # "el discurso del mandatario": a title (not a body: "la decisión del gobierno") after "del", "al"
        article = _after_definite(tokens, hit.start, data.title_articles if title_offices(word) else data.definite) \
            or not data.definite and (
            hit.start == 0 or hit.start == 1 and normalise(tokens[0].text) in data.body_openers)
        # (no articles: "Правительство заявило", "В МИД заявили")
        reported = not data.definite and _after_report(tokens, hit.start, data.lang)  # "..., заявил министр"
        if not (article or reported):
            continue  # "minister" alone, no article: no one the article named before
        fronted = hit.start > _OPENING and _fronted_subject(tokens, hit.start - 1, found, data)
        # "..., dass der Außenminister Russland kritisiert habe": a verb-final clause's subject, its object after it
        opened = hit.start >= 2 and normalise(tokens[hit.start - 2].text) in data.subordinators \
            and normalise(tokens[hit.start - 1].text) in data.subject_articles
        if _beside(tokens, hit.start, hit.end, data.subnational):
            continue  # "le premier ministre ontarien", "the provincial government": an office below the state's
        if _named_after_qualifiers(tokens, hit.end, data.office_qualifiers):
            continue  # "le président sortant Joe Biden": the holder is named, the role word is not alone
        if _has_complement(tokens, hit.end, found, data.government_kinds if agent == "GOV" else frozenset(),
                           data.owners, data.definite, data.verb_lemma_endings) \
                and not ((fronted or opened) and _object_next(found, hit.end)):
            continue  # "die Präsidentin der Republik Moldau, Maia Sandu", "el gobierno de Maduro": not alone
        before = [m for m in found if m.token_end <= hit.start]
        # whom a quotation before the role word names is not who speaks it, unless no one else is named lately
        # ("„... mit den Behörden in Niger“, sagte der Präsident": Macron, told of a sentence before)
        unquoted = [m for m in before if not _quoted_before(tokens, m.token_end, hit.start)]
        same = word in data.one_state_roles
        # "der König" is a monarchy's, "the junta" a state's under military rule
        crowned = reference_data().groups.get("monarchy") if word in data.monarch_roles \
            else reference_data().groups.get("military_rule") if word in data.junta_roles else None
        subject = hit.start <= _OPENING or fronted
        # the title with the two words after it: "el presidente del Gobierno" heads a government, no president
        title = " ".join([word, *(t.text for t in tokens[hit.end:hit.end + 2])])
        person = _titled_person(title_offices(title), unquoted, history, _out_of_office(tokens, hit),
                                far=not _inside_quote(tokens, hit.start))
        if person is None and not article:
            continue  # after the verb with no article, only a title of someone named before is read
        owner = _domestic_speaker(before) or person or next((o for o in (
            (_same_word(hit.entry.id, heard, history, spelled) if same else None) or _antecedent(
                agent, heard, history, spelled, crowned) for heard in (unquoted, before)) if o is not None), None) or (
            _subject_state(history, spelled | _named_here(tokens, found, hit, data)) if subject else None)
        if owner is not None and person is None and not title_offices(word) and not is_envoy(hit.entry.id):
            # "Marruecos convocó al encargado de negocios de Argelia ... La Cancillería exigió": a body's
            # state is the one that acted in the sentence before, not the official it acted on
            owner = _acting_subject(owner, history, spelled) or owner
        if _beside(tokens, hit.start, hit.end, data.federal):  # "le gouvernement fédéral": the federal state's
            owner = _federal_state(found, history, hit.end)
        if word in data.junta_roles and crowned is not None and (owner is None or owner.country not in crowned):
            owner = _ruled_state(before, history, crowned)
        if owner is None or owner.country is None or crowned is not None and owner.country not in crowned:
            continue  # (every owner found has a country)
        code = owner.country + agent
        found.append(ActorMention(
            code=code, surface=sentence.text[tokens[hit.start].start - sentence.start:
                                             tokens[hit.end - 1].end - sentence.start],
            start=tokens[hit.start].start, end=tokens[hit.end - 1].end, token_start=hit.start, token_end=hit.end,
            country=owner.country, agent=agent, kind="reference", entry=hit.entry.id, dictionary_version=version,
            note=f"role word alone: the person last named with that title, else the {agent} of the country last "
                 f"named with one, else of the latest sentence's first state ({owner.surface!r})"))
        found.sort(key=mention_start)
    _roles_before_unknown_names(tokens, found, data, history)


def _roles_before_unknown_names(tokens: list[Token], found: list[ActorMention], data: LanguageReferences,
                                history: History) -> None:
    """A role word before a name the dictionary lacks ("Premierminister Foo Bar", left unresolved by the matcher):
    the person's country is the one its apposition names, else the only state named lately with such an actor."""
    for m in found:
        if m.kind == "unresolved" and m.agent in _ROLE_AGENTS \
                and not _beside(tokens, m.token_start, m.token_start, data.subnational):
            before = [o for o in found if o.token_end <= m.token_start and o.country]
            apposed = before and before[-1].token_end == m.token_start - 1 and tokens[m.token_start - 1].text == ","
            # "el presidente boliviano, el economista Luis Arce": the same person, named twice. Else the
            # country last named with such an actor when the last sentences name no other state; with two, the
            # person stays unknown (an earlier mention by full name gives the surname its code, see surnames.py):
            # the country named last is as often the counterpart ("China summoned the Japanese ambassador. Vice
            # minister Sun Weidong urged Japan ..." is no Japanese official)
            owner = before[-1] if apposed else _antecedent(m.agent, before, history)
            if owner is not None and not apposed and _states_named(before, history) != {owner.country}:
                owner = None
            how = "its apposition" if apposed else f"the only state named lately, with a {m.agent}"
            if owner is None and not apposed and m.agent == "GOV":
                owner = _opening_state_not_here(m, found, before, history)
                how = "the state that opened the sentence before, the other one it named being acted on here"
            if owner is not None and owner.country is not None:  # (every owner found has a country)
                m.code, m.country, m.resolved, m.kind = owner.country + m.agent, owner.country, True, "reference"
                m.note = f"role word before a name not in the dictionary: {how} ({owner.surface!r})"


def _opening_state_not_here(m: ActorMention, found: list[ActorMention], before: list[ActorMention],
                            history: History) -> ActorMention | None:
    """"Литва закрыла границу с Белоруссией. Премьер-министр Инга Ругинене назвала это атакой Минска", "China
    summoned the Japanese ambassador. Vice minister Sun Weidong urged Japan to ...": of the two states named lately,
    the one the person's own sentence names after them as a party is not theirs; the official is of the other, where
    that one opened the sentence before as its subject (the state that acted there acts on). Not where the one left
    is only the state acted on before ("Lithuania closed its border with Belarus. Premier Foo said Lithuania ...":
    Belarus is left, no subject)."""
    if not history.seen or before:
        return None
    here = {o.country for o in found if o.token_start >= m.token_end and o.country and not o.genitive
            and o.kind in STATE_NAME_KINDS and o.agent in _STATE_AGENTS}
    named = _states_named([], history)
    left = named - here
    if len(named) != 2 or len(left) != 1:
        return None
    opening = next((o for o in history.seen[-1].mentions if o.country and o.kind in COUNTRY_KINDS
                    and o.kind != "adjective" and o.agent in _STATE_AGENTS), None)
    return opening if opening is not None and opening.token_start <= _SUBJECT_OPENS and opening.country in left \
        else None


def _domestic_speaker(before: list[ActorMention]) -> ActorMention | None:
    """A party or the opposition named before the role word in its sentence ("el PP criticó que el Gobierno ...",
    "le RN a reproché au chef de l'État ..."): it speaks of its own country's government, not of a state abroad."""
    return next((m for m in reversed(before) if m.agent in PARTY_AGENTS and m.country), None)


_FEDERAL_OWNER: Final = 2  # words after "federal" its state may be named in ("el gobierno federal de México")


def _beside(tokens: list[Token], start: int, end: int, beginnings: tuple[str, ...]) -> bool:
    """A word that begins with one of `beginnings` right before a role word (tokens[start:end]) or right after it
    (none looked at after where `end` is `start`): "der bayerische Ministerpräsident", "the provincial government",
    "областные власти", "le premier ministre ontarien", "le gouvernement fédéral"."""
    near = tokens[max(0, start - 1):start] + tokens[end:end + 1 if end > start else end]
    return bool(beginnings) and any(normalise(t.text).startswith(beginnings) for t in near)


def _federal_state(found: list[ActorMention], history: History, end: int) -> ActorMention | None:
    """Whose "the federal government" is: the federal state named right after it ("el gobierno federal de
    México"), else, of the federal states the article has named, the one whose cities or regions it names most ("À
    Toronto, ... le gouvernement fédéral": Canada's, though Washington was named last), else the first it named;
    None where it names none."""
    federation = reference_data().groups.get("federation", frozenset())
    own = next((m for m in found if 0 < m.token_start - end <= _FEDERAL_OWNER and m.country in federation), None)
    if own is not None:
        return own
    firsts, places = history.federal_named(federation)  # (the history's index, not every mention reread)
    here = [m for m in found if m.country in federation]
    places.update(m.country for m in here if m.kind == "place" and m.country)
    home = places.most_common(1)[0][0] if places else None
    return next((m for m in (*firsts, *here) if home is None or m.country == home), None)


def _after_report(tokens: list[Token], i: int, lang: str) -> bool:
    """A verb of saying between the reported clause's comma (or closing quote) and tokens[i]: "..., заявил
    министр", "«...», — подчеркнул министр": in a language with no article, the title after it is its speaker."""
    words = speech_words(lang)
    if words is None or i < 2:
        return False
    verb = tokens[i - 1]
    return tokens[i - 2].text in BREAKS_AND_DASHES | QUOTE_MARKS and not words.verbs.isdisjoint(
        (verb.text.lower(), verb.lemma))


# "le président élu", "the president-elect", "der gewählte Präsident", "избранный президент": not yet in office;
# "the former minister", "l'ancien président", "der ehemalige Kanzler", "бывший президент": no longer
_OUT_OF_OFFICE: Final = frozenset(normalise(w) for w in (
    "élu", "élue", "elect", "electo", "electa", "designate", "designado", "designada", "gewählte", "gewählter",
    "gewählten", "избранный", "избранного", "избранному", "избранным", "former", "ehemalige", "ehemaliger",
    "ehemaligen", "frühere", "früherer", "früheren", "ancien", "ancienne", "бывший", "бывшего", "бывшему"))


def _out_of_office(tokens: list[Token], hit: Hit) -> bool:
    """A title of one elected and not yet in office, or of one who held it before: the person it stands for is out
    of office on the article's day (the leader dictionary's ELI), not its holder named before."""
    # the word before the title, the title's last word ("president-elect") and the word after it
    near = [normalise(tokens[k].text) for k in (hit.start - 1, hit.end - 1, hit.end) if 0 <= k < len(tokens)]
    return any(w in _OUT_OF_OFFICE or w.endswith("-elect") for w in near)


_OUT: Final = "ELI"  # the leader dictionary's agent for a person out of office on the article's day
_TITLED: Final = ("leader", "agent", "reference")  # a person by name, by title and country, by title alone


def _titled_person(offices: frozenset[str], before: list[ActorMention], history: History,
                   out: bool = False, far: bool = True) -> ActorMention | None:
    """ "Bundesinnenminister Dobrindt sagte ... Verhandlungen mit den Taliban habe es nicht gegeben, betonte der
    Minister": a title alone ("the minister", "el canciller", "le président") stands for the person last named with
    a title of the same office, in the sentence or a few before it, whatever state or government was named since (a
    state is no minister; "the ministers" of a list is no one person). The latest such person, whoever's side:
    "Wadephul met Syria's foreign minister. ..., the minister said" is the Syrian. None where no one named lately
    holds such a title: the role word's other readings stand. A person of no state (an organisation's officer) is
    returned too, and gives the title no state. `out`: a title of one out of office ("le président élu", "the former
    minister") stands for a person the leader dictionary has out of office on the day, and only for one. `far`: the
    sole holder named earlier in the article may be read (`_sole_holder`)."""
    if not offices:
        return None
    for mentions in (before, *(seen.mentions for seen in history.seen[:-ROLE_REACH - 1:-1])):
        person = next((m for m in reversed(mentions) if _holds(m, offices, out)), None)
        if person is not None:
            return person
    return _sole_holder(offices, history, out) if far else None


def _holds(m: ActorMention, offices: frozenset[str], out: bool) -> bool:
    """A person named by name or title (not a reference read back) who holds one of `offices`, in or out of office
    as `out` asks."""
    return m.kind in _TITLED and not m.note.startswith(REFERS) and (m.agent == _OUT) == out \
        and not offices.isdisjoint(_offices_of(m))


def _sole_holder(offices: frozenset[str], history: History, out: bool) -> ActorMention | None:
    """A long article names a president in its opening paragraphs and calls them "the president" pages later: the
    holder named earlier than the few sentences `_titled_person` reads, where the article's earlier part names a
    holder of that office of one state only (two states' presidents named: no one, the title's other readings
    stand)."""
    holders = [m for seen in history.seen[-ARTICLE_REACH:-ROLE_REACH] for m in seen.mentions
               if m.country and _holds(m, offices, out)]
    return holders[-1] if len({m.country for m in holders}) == 1 else None


def _offices_of(m: ActorMention) -> frozenset[str]:
    """The offices a mention's person holds: by the title the text gives them, else (a leader by name alone) by the
    office the leader dictionary gives them, which its note opens with."""
    said = title_offices(m.surface)
    if said or m.kind != "leader":
        return said
    held = m.note.split("(was ", 1)[1] if "(was " in m.note else m.note  # "out of office on ... (was president)"
    # the office before its dates: "interior minister 2025-05-06.."
    return title_offices(held[:next((k for k, c in enumerate(held) if c.isdigit()), len(held))])


def _plural_form(token: Token) -> bool:
    """A word written otherwise than its lemma: a plural ("die Behörden", "las autoridades"); not a singular with its
    article elided onto it ("l'émir", "l'ambassadeur": the lemma is the word without "l'")."""
    text = normalise(token.text)
    if "'" in text[:3]:
        text = text.split("'", 1)[1]
    return normalise(token.lemma) != text


def _body_plural(tokens: list[Token], hit: Hit, data: LanguageReferences, found: list[ActorMention]) -> bool:
    """ "die Militärs", "военные": a plural for one body of a state, not followed by owners it counts ("военные двух
    стран", "los militares de ambos países": each state's own), nor an adjective of the noun after it whose owner
    is named next ("Военные корабли США и Великобритании нанесли удары": the ships are the US's, whatever state
    the sentence before named)."""
    after = [normalise(t.text) for t in tokens[hit.end:hit.end + 2]]
    if normalise(tokens[hit.start].text) not in data.body_plurals or any(w in data.owners for w in after):
        return False
    noun = tokens[hit.end] if hit.end < len(tokens) else None
    return not (data.verb_lemma_endings and noun is not None and noun.text.isalpha() and noun.text.islower()
                and not noun.lemma.endswith(data.verb_lemma_endings)
                and any(m.token_start == hit.end + 1 and m.country for m in found))


_CROWD: Final = "CVL"  # "protesters", "Demonstranten", "les manifestants", "los civiles", "протестующие"
# as written, lower case ("à", not the folded "a" of "acusaron a Francia"): "à Kinshasa", "dans la capitale", "au Niger"
_WHERE: Final = AT_PLACE | {"dans", "au", "aux"}
_DATIVE: Final = frozenset({"à", "au", "aux"})  # French "à" also marks whom: before a country it is seldom "where"
# words between the preposition and the place: "dans la République islamique", "in der Hauptstadt"
_WHERE_GAP: Final = 2


def crowd_reference(sentence: Sentence, found: list[ActorMention], bare: list[Hit], data: LanguageReferences,
            history: History, version: str) -> None:
    """"Des manifestants ont attaqué l'ambassade de France à Niamey", "Demonstranten stürmten die Botschaft in
    Bagdad": a crowd word (protesters, civilians) that names no country is the people of the country where the
    sentence places what it tells, a place after "in", "à", "en", "в" (the first such; not the embassy's owner
    in "l'ambassade de France"). With no place there, the crowd after a definite article ("Les manifestants
    reprochent ...") is the one told of a few sentences before: the latest crowd with a country. Only the words of
    `crowds`: civilians are most often those harmed ("la matanza de civiles en Gaza" is no act of Gaza's people)."""
    tokens = sentence.tokens
    for hit in bare:
        if hit.entry.agent != _CROWD or normalise(hit.entry.id.rsplit(":", 1)[-1].replace("_", " ")) not in \
                data.crowds or any(m.token_start < hit.end and hit.start < m.token_end for m in found):
            continue
        owner = _place_of(tokens, found)
        if owner is None:
            definite = not data.definite or _after_definite(tokens, hit.start, data.definite)
            owner = _antecedent(_CROWD, [m for m in found if m.token_end <= hit.start], history) if definite \
                else None
        if owner is None or not owner.country:
            continue
        found.append(ActorMention(
            code=owner.country + _CROWD, surface=sentence.text[tokens[hit.start].start - sentence.start:
                                                               tokens[hit.end - 1].end - sentence.start],
            start=tokens[hit.start].start, end=tokens[hit.end - 1].end, token_start=hit.start, token_end=hit.end,
            country=owner.country, agent=_CROWD, kind="reference", entry=hit.entry.id, dictionary_version=version,
            note=f"a crowd: the people of the country where it is ({owner.surface!r})"))
        found.sort(key=mention_start)


def _after_definite(tokens: list[Token], i: int, definite: frozenset[str]) -> bool:
    """A definite article before tokens[i] ("the protesters", "die Regierung") or elided onto it ("l'ambassadeur")."""
    first = normalise(tokens[i].text)
    return i > 0 and normalise(tokens[i - 1].text) in definite or "'" in first[:3] and first.split("'", 1)[0] + "'" \
        in definite


def _place_of(tokens: list[Token], found: list[ActorMention]) -> ActorMention | None:
    """The first state the sentence names as a place: a city after "in", "à", "en", "в" (perhaps with an article
    between), or a country after one that is no dative ("in Iran", "en Irán", "dans le pays"; not "reprochent à la
    France", "au Niger" after "reprocher")."""
    for m in found:
        if not m.country or m.kind not in ("capital", "place", "country", "reference") or m.agent not in (None, "GOV"):
            continue
        city = m.kind in ("capital", "place")
        if any(tokens[k].text.lower() in (_WHERE if city else _WHERE - _DATIVE) for k in range(
                max(0, m.token_start - 1 - _WHERE_GAP), m.token_start)):
            return m
    return None


def _inside_quote(tokens: list[Token], at: int) -> bool:
    """tokens[at] stands inside a quotation (an odd number of quote marks before it): a speaker's "the president"
    may be another state's than the one whose president the article named long before."""
    return sum(t.text in QUOTE_MARKS for t in tokens[:at]) % 2 == 1


def _quoted_before(tokens: list[Token], end: int, at: int) -> bool:
    """A quotation closes between a mention and a role word after it ("„Wir beenden die Zusammenarbeit mit den
    Behörden in Niger“, sagte der Präsident"): whom the quotation names is not who speaks it."""
    return any(tokens[i].text in QUOTE_MARKS for i in range(end, at)) \
        and any(t.text in QUOTE_MARKS for t in tokens[:end])


def _states_named(before: list[ActorMention], history: History) -> set[str]:
    """The states named in the sentence so far and in the few before it (as far as a role word looks back)."""
    return {m.country for mentions in (before, *(seen.mentions for seen in history.seen[:-ROLE_REACH - 1:-1]))
            for m in mentions if m.country and m.kind in COUNTRY_KINDS and m.agent in _STATE_AGENTS}


def _named_here(tokens: list[Token], found: list[ActorMention], hit: Hit, data: LanguageReferences) -> frozenset[str]:
    """The countries the sentence names as parties outside the role word: "Israel struck Lebanon. The government
    condemned Israel" - the government that condemns Israel is not Israel's. Not a possessor or a premodifier: "The
    Trade Ministry said the Canadian levies hurt Mexico's farmers" is Mexico's ministry."""
    def party(m: ActorMention) -> bool:
        after = normalise(tokens[m.token_end].text) if m.token_end < len(tokens) else ""
        before = normalise(tokens[m.token_start - 1].text) if m.token_start else ""
        return not m.genitive and m.kind in STATE_NAME_KINDS and after not in POSSESSIVE_MARKS \
            and not (before in data.definite and after.isalpha() and after.islower())
    return frozenset(m.country for m in found if m.country and not hit.start <= m.token_start < hit.end and party(m))


def _object_next(found: list[ActorMention], end: int) -> bool:
    """A country in no possessive form right after a subject put after the verb is the verb's object, not the
    role word's complement ("verurteilte der Sprecher Israel", not "der Sprecher Israels")."""
    return any(m.token_start == end and not m.genitive and m.kind in ("country", "capital") for m in found)


def _fronted_subject(tokens: list[Token], at: int, found: list[ActorMention], data: LanguageReferences) -> bool:
    """The article at `at` opens the clause's subject after one fronted phrase that names no actor (an adjective is
    none: "Tras el ataque israelí, el Gobierno ..."): right after its
    comma ("On Monday, the spokesman ...", "En un comunicado, la Cancillería ...", "Lundi, le porte-parole ..."),
    or, in German, right after the finite verb that follows that phrase ("Am Montag verurteilte der Sprecher
    Israel": not "Israel", the object, nor "mit der Regierung", a preposition's)."""
    if not 0 < at <= _FRONTED or any(m.token_start < at and m.kind != "adjective" for m in found):
        return False
    before = tokens[at - 1].text
    if before == ",":
        return all(t.text != "," for t in tokens[:at - 1])
    return normalise(tokens[at].text) in data.subject_articles and before.isalpha() and before.islower() \
        and normalise(before) not in data.verb_second


_SUBJECT_OPENS: Final = 2  # where the state that opens a sentence stands at most: "Le Mali", "Die Republik Moldau"


def _acting_subject(owner: ActorMention, history: History, spelled: frozenset[str]) -> ActorMention | None:
    """A body word alone ("the ministry", "la Cancillería", "das Außenministerium", "le gouvernement") whose
    antecedent is of a state whose envoy or embassy an earlier sentence names after that sentence's subject, a state
    that acted on them ("Le Mali a expulsé l'ambassadeur de Suède, après des propos de la ministre
    suédoise ... Le gouvernement a accusé Stockholm"; "Die Republik Moldau hat drei Mitarbeiter der russischen
    Botschaft ausgewiesen ... teilte das Außenministerium mit"): the body is the subject state's, whose act the
    article goes on telling (as `spelled` reads an envoy of the role word's own sentence). None where that sentence
    names no envoy of the antecedent's state (the victim of an act answers it: "Chinese ships fired water cannon at
    a Philippine vessel. The foreign ministry protested"), or where the antecedent opens it or no state does."""
    for seen in history.seen[:-ROLE_REACH - 1:-1]:
        if not any(m is owner for m in seen.mentions):
            continue
        if not any(m.country == owner.country and serves_abroad(m) for m in seen.mentions):
            return None  # "Chinese vessels fired water cannon at a Philippine ship. The ministry": the victim's
        first = seen.mentions[0] if seen.mentions else None
        if first is None or first is owner or first.token_start > _SUBJECT_OPENS or not first.country \
                or first.country == owner.country or first.country in spelled or first.genitive \
                or first.kind not in ("country", "capital", "seat", "agent", "leader") \
                or first.agent not in _STATE_AGENTS:
            return None
        return first
    return None


def serves_abroad(m: ActorMention) -> bool:
    """An envoy, a chargé d'affaires or an embassy: a state's official or office in another state, by its role word
    (references.yaml's `serving_abroad`: an envoy's word, `is_envoy`, or the beginning of a mission's)."""
    return is_envoy(m.entry or "") or (m.entry or "").rpartition(":")[2].startswith(reference_data().missions)


def _subject_state(history: History, spelled: frozenset[str] = frozenset()) -> ActorMention | None:
    """With no actor of the role's kind named lately, a body opening the sentence ("The Foreign Ministry said",
    "Правительство заявило") speaks for the state the article just told about: the previous sentence's first
    state, government or leader (no adjective, firm, medium or citizens), not one whose envoy the sentence
    names."""
    if not history.seen:
        return None
    return next((m for m in history.seen[-1].mentions if m.country and m.kind in COUNTRY_KINDS
                 and m.kind != "adjective" and m.agent in _STATE_AGENTS and m.country not in spelled), None)


_GENITIVE_REACH: Final = 4  # lower-case words of a genitive phrase between a role word and the name it introduces


def _named_after_qualifiers(tokens: list[Token], end: int, qualifiers: frozenset[str]) -> bool:
    """"le président sortant Joe Biden", "le Premier ministre par intérim Najib Mikati": words that qualify the
    office (of one or two words each), then a capitalised name right after them."""
    i = end
    while i < len(tokens) and i < end + 3:
        two = " ".join(normalise(t.text) for t in tokens[i:i + 2])
        if two in qualifiers:
            i += 2
        elif normalise(tokens[i].text) in qualifiers:
            i += 1
        else:
            break
    return end < i < len(tokens) and tokens[i].text[:1].isupper()


def _has_complement(tokens: list[Token], end: int, found: list[ActorMention],
                    kinds: frozenset[str] = frozenset(), counted: frozenset[str] = frozenset(),
                    articles: frozenset[str] = frozenset(), verb_endings: tuple[str, ...] = ()) -> bool:
    """A genitive, an "of" phrase, a name or an apposition follows the role word, or a place that is a named
    actor ("die Regierung in Kiew"). An "of" phrase of a word in `kinds` says what kind of government it is,
    not whose: "le gouvernement de transition", "the government of national unity", "el gobierno de facto"."""
    if end >= len(tokens):
        return False
    nxt = tokens[end]
    key = normalise(nxt.text)
    if not articles and any(m.kind == "leader" and 0 <= m.token_start - end <= _GENITIVE_REACH and all(
            t.text[:1].islower() for t in tokens[end:m.token_start]) for m in found):
        return True  # Russian "Президент бывшей советской республики Майя Санду": a genitive, then the name;
        # "Пресс-секретарь президента России Дмитрий Песков": the name read with the genitive before it
    if verb_endings and any(end + (m.kind != "agent") <= m.token_start <= end + _GENITIVE_REACH
                            and m.kind in ("country", "organisation", "agent")
                            and all(t.text.isalpha() and t.text.islower() and (len(t.text) > 3 or t.lemma != t.text)
                                    and not t.lemma.endswith(verb_endings) for t in tokens[end:m.token_start])
                            for m in found):
        return True  # "Командование миротворческих сил НАТО": inflected nouns and adjectives (no verb, no particle);
        # "Советник верховного лидера Ирана": a role of a state's body is that state's
    # "the government in Kyiv", "die Regierung in Kiew"
    if nxt.text.lower() in AT_PLACE:  # as written: the key of "à" is "a", the Spanish "a" of whom
        return end + 1 < len(tokens) and any(m.token_start == end + 1 for m in found)
    if key in OF_WORDS and end + 1 < len(tokens) and normalise(tokens[end + 1].text).split("'", 1)[-1] in kinds:
        return False
    if key == "de" and end + 1 < len(tokens) and len(tokens[end + 1].text) > 3 \
            and infinitive_form(tokens[end + 1].text):
        return False  # "acusaron a la junta de haber violado ...": the charge, not whose junta (a Romance infinitive:
        # "haber", "recurrir", "appuyer")
    if key in OF_WORDS - {","} | _GERMAN_OF:
        # "el gobierno de Maduro", "the president of Guyana": whose; "el viceministro de Exteriores", "the minister
        # of defence": which office, an "of" phrase that names no actor; "les dirigeants des deux pays": whose, by a
        # reference not read yet (`counted`)
        # the phrase: its articles, numbers and capitalised words, up to a verb; a lower-case noun first names an
        # owner the dictionary does not know ("la portavoz del partido")
        stop = next((i for i in range(end + 1, min(len(tokens), end + _OF_REACH + 1)) if (
            not tokens[i].text.isalnum() and tokens[i].text not in "-'’" or tokens[i].text[:1].islower()
            and normalise(tokens[i].text) not in OF_WORDS | articles | counted)), min(len(tokens), end + _OF_REACH + 1))
        content = next((i for i in range(end + 1, stop + 1) if normalise(tokens[i].text) not in OF_WORDS | articles),
                       stop) if stop < len(tokens) else stop
        return content == stop or any(end < m.token_start < stop for m in found) or any(
            normalise(tokens[i].text) in counted for i in range(end + 1, stop))
    return key in OF_WORDS | _GERMAN_OF or nxt.text[:1].isupper()


def _same_word(entry: str, before: list[ActorMention], history: History,
               spelled: frozenset[str] = frozenset()) -> ActorMention | None:
    """"La junte malienne a ... Le ministre français a critiqué la junte": a role word for a kind of rule one state
    has (`one_state_roles`), used again alone, names the state it was last said of, whatever government came
    between: the latest mention whose entry holds the same role word, in the sentence or anywhere before it (an
    article's junta is one junta however many sentences lie between)."""
    def same(m: ActorMention) -> bool:  # "la junta" after "la junta militar": the longer role word holds it
        return bool(m.country) and m.country not in spelled and not is_envoy(m.entry) \
            and any(part == entry or part.startswith(entry + "_") for part in (m.entry or "").split("+"))
    # the sentence's own mentions read back, the earlier ones from the history's index (not every mention reread)
    return next((m for m in reversed(before) if same(m)), None) or history.latest_same_word(entry, spelled)


def _ruled_state(before: list[ActorMention], history: History, states: frozenset[str]) -> ActorMention | None:
    """"Voting closed in Myanmar ... The Philippine minister said ... The junta's spokesman": a state under military
    rule named last in the sentence or the article, however named (a place, a possessive), and however many other
    states' governments spoke since: no civilian government has a junta."""
    return next((m for m in reversed(before) if m.country in states), None) or history.latest_resolved(states)


def _antecedent(agent: str, before: list[ActorMention], history: History,
                spelled: frozenset[str] = frozenset(), within: frozenset[str] | None = None) -> ActorMention | None:
    """The latest mention of that kind of actor with a country, in the sentence or a few before it (not of a
    country in `spelled`, nor an envoy: "l'ambassadeur de France" serves abroad, "le gouvernement" is the host's;
    only of a country in `within` where given: "der König" is a monarchy's)."""
    def fits(m: ActorMention, here: bool = False) -> bool:
        return m.agent == agent and bool(m.country) and (here or m.resolved) and m.country not in spelled \
            and not is_envoy(m.entry) and (within is None or m.country in within)

    earlier = history.seen[:-ROLE_REACH - 1:-1]
    for n, mentions in enumerate((before, *(seen.mentions for seen in earlier))):
        # the latest few sentences, not a reversed copy of the whole article
        latest = next((k for k in range(len(mentions) - 1, -1, -1) if fits(mentions[k], n == 0)), None)
        if latest is not None:
            venues = earlier[n - 1].venues if n else frozenset()
            return _visitor(mentions, latest, fits, venues) or mentions[latest]
    return None


def _visitor(mentions: list[ActorMention], latest: int, fits: Callable[[ActorMention], bool],
             venues: frozenset[int] = frozenset()) -> ActorMention | None:
    """"Der ukrainische Präsident Selenskyj reiste nach Washington. Der Staatschef ...": a capital after a person
    or body of another state in the same sentence is where they went or spoke; the role word is theirs. A capital
    after a preposition of place yields to a state named plainly before it as well ("Сомали отзывает посла в
    Аддис-Абебе ... Правительство заявило": the ambassador's post is a place; the government is Somalia's)."""
    capital = mentions[latest]
    if capital.kind != "capital":
        return None
    found = next((m for m in reversed(mentions[:latest]) if fits(m) and m.kind != "capital"
                  and m.country != capital.country), None)
    if found is not None or capital.token_start not in venues:
        return found
    opening = mentions[0]  # the state that opens the sentence, its subject, where the venue's own state acts not
    own = any(m.country == capital.country and m.token_start not in venues for m in mentions[:latest])
    return opening if opening.kind == "country" and opening.agent is None and opening.token_start <= 1 \
        and opening.country and opening.country != capital.country and not own else None
