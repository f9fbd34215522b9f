"""Which hit names the state (or body) a role word belongs to: its modifier.

Before the role word: "der russische Präsident", "Russlands Präsident", "US-Regierung", "Maduro's government";
after it: "president of France", "presidente de Colombia", "президент России", "el ejército ruso", "die Regierung in
Teheran"; for an envoy, the state before the body that names his post ("China's UN ambassador"). compose.py reads
a role word with the modifier found here and a person after it into one mention.

Separate from the composition because it is one question with its own word lists (the words that may stand between
a role word and its state, per language), read before the mention is built; the composition never looks at them.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.entries import STATE_WORD_KINDS, Entry
from realpolitik.actors.forms import normalise
from realpolitik.actors.matcher import Hit
from realpolitik.actors.portfolios import PORTFOLIOS, TITLES
from realpolitik.actors.reference.data import reference_data
from realpolitik.language.role_words import role_words
from realpolitik.language.tokens import POSSESSIVE_MARKS, SAXON_GENITIVES
from realpolitik.model import Token

#: "of" before a role word's state, per language ("president of France", "presidente de Colombia")
OF_WORDS: Final = {"en": {"of"}, "de": {"von"}, "es": {"de", "del"}, "fr": {"de", "du", "des", "d'"}, "ru": set()}
#: the definite articles, per language, that may stand after "of" ("the president of the Philippines")
DEFINITE_ARTICLES: Final = {"en": {"the"}, "de": {"der", "des", "den", "dem"}, "es": {"la", "el", "los", "las"},
                            "fr": {"la", "le", "l'", "les"}, "ru": set()}
# the words that end an adjective's phrase before a role word: a conjunction, or a preposition ("un drone syrien
# par l'armée turque" is no Syrian army)
_GAP_STOP: Final = {"und", "and", "y", "e", "et", "и", "oder", "or", "o", "ou", "или", "sowie", "ni", "nor",
                    "par", "pour", "contre", "avec", "sur", "por", "para", "con", "contra", "by", "for", "with",
                    "against", "von", "durch", "für", "mit", "gegen"}
#: the possessive marks less the bare curly apostrophe, which this reader has never taken for one
POSSESSIVE: Final = POSSESSIVE_MARKS - {"’"}
#: the kinds of entry that may give a role word its state (or its body: "NATO officials")
MODIFIER_KINDS: Final = ("adjective", "country", "capital", "seat", "organisation", "group", "leader")
#: the kinds of entry that name a state by itself: its name, its capital, its seat of government
STATE_NAME_KINDS: Final = frozenset({"country", "capital", "seat"})


def _gap(tokens: list[Token], a: int, b: int) -> list[Token]:
    return tokens[a:b]


def left_modifier(hits: list[Hit], r: int, tokens: list[Token], lang: str, used: set[int]) -> int | None:
    """Index of a hit that gives the country of role hit r from its left, or None."""
    if r == 0 or (r - 1) in used:
        return None
    m, role = hits[r - 1], hits[r]
    if m.entry.kind not in MODIFIER_KINDS or m.entry.kind == "role":
        return None
    gap = _gap(tokens, m.end, role.start)
    texts = [t.text for t in gap]
    if m.entry.kind == "adjective":
        if not gap:
            return r - 1
        if texts == ["-"]:  # "russisch-venezolanische Beziehungen" is handled as two adjectives
            return None
        if len(gap) == 1 and gap[0].text.isalpha() and gap[0].text.lower() not in _GAP_STOP \
                and (lang == "en" or gap[0].text[:1].islower()):
            return r - 1  # "russische stellvertretende Außenminister", "Chinese tech companies"
        if len(gap) == 3 and texts[1] == "-" and gap[0].end == gap[1].start and gap[1].end == gap[2].start \
                and texts[0].isalpha() and texts[2].isalpha():
            return r - 1  # "American defense-related companies"
        return None
    if texts in (["-"], ["‐"]) and gap[0].start == tokens[m.end - 1].end:
        return r - 1  # prefix compound: US-Regierung, Kreml-Sprecher, Nato-Generalsekretär
    if not gap and lang in ("es", "fr") and m.entry.kind in ("country", "capital", "organisation") \
            and tokens[role.start].text[:1].islower():
        # a Romance role takes its country or body after it ("la presse italienne", "les soldats de l'Otan"): "Rome
        # presse", "L'UE presse la Chine de ..." is a verb
        return None
    if not gap and (m.entry.genitive or lang in ("en", "es", "fr") and m.entry.kind != "leader"):
        return r - 1  # Russlands Präsident, Maduros Regierung; "Russian"/"US" + role in English
    if texts and texts[0] in POSSESSIVE and len(gap) <= 2:
        return r - 1  # Niger's military leaders, Maduro's government
    if not gap and m.entry.kind in ("seat", "capital") and lang in _PLACE_PREPOSITIONS \
            and not (m.start and tokens[m.start - 1].text.lower() in _PLACE_PREPOSITIONS[lang]):
        # ("traf in Ankara Präsident Erdoğan", "принял в Кремле президента Азербайджана": the capital or seat is
        # where they met, the title is the guest's own)
        return r - 1
    return None


# prepositions of place before a capital or seat: "in Ankara Präsident X", "в Кремле президента X" name a place and
# then a person by title
_PLACE_PREPOSITIONS: Final = {"de": frozenset({"in", "nach", "aus", "bei", "von"}),
                              "ru": frozenset({"в", "во", "из", "на", "у"})}


def right_modifier(hits: list[Hit], r: int, tokens: list[Token], lang: str) -> int | None:
    """A country after the role: 'president of France', 'presidente de Colombia', 'президент России',
    'el ejército ruso', 'Präsident Venezuelas'."""
    if r + 1 >= len(hits):
        return None
    role, m = hits[r], hits[r + 1]
    if m.entry.kind not in MODIFIER_KINDS:
        return None
    gap = [t.text.lower() for t in _gap(tokens, role.end, m.start)]
    in_power = _IN_POWER.get(lang)
    if in_power and m.entry.kind in STATE_NAME_KINDS and gap[:len(in_power)] == list(in_power) \
            and len(gap) > len(in_power) and not _envoy(role.entry):
        rest = gap[len(in_power):]  # "la junte au pouvoir à Niamey", "le régime au pouvoir en Syrie": whose rule
        if rest == [_IN.get(lang, "in")] or rest[0] in _IN_COUNTRY.get(lang, ()) and all(
                w in DEFINITE_ARTICLES.get(lang, set()) for w in rest[1:]):
            return r + 1
    if m.entry.kind == "leader":  # "el gobierno de Pedro Sánchez", "le gouvernement de Netanyahou"
        return r + 1 if len(gap) == 1 and gap[0] in OF_WORDS.get(lang, set()) and lang in ("es", "fr") else None
    if m.entry.kind in ("country", "capital") and _portfolio_gap(tokens[role.start].text, gap, lang):
        return r + 1  # "министр торговли и интеграции Казахстана", "la ministra de Hacienda de España"
    if not gap:
        if m.entry.kind == "adjective":
            return r + 1 if lang in ("es", "fr", "ru") else None  # "el ejército ruso", "армия России"
        if lang == "fr" and tokens[m.start].text[:2].lower() in role_words(lang).elided_prepositions:
            return r + 1  # "l'ambassadeur d'Iran", "le ministre d'Algérie": "de" written onto the name
        if lang == "ru" or (lang == "de" and m.entry.genitive):
            return r + 1
        return None
    if m.entry.kind == "adjective" and lang in ("es", "fr") and len(gap) == 1 and gap[0].isalpha() \
            and gap[0] not in _GAP_STOP and tokens[role.end].text[:1].islower():
        return r + 1  # "el portavoz gubernamental japonés", "le porte-parole gouvernemental malien"
    if m.entry.kind == "adjective" and lang in ("es", "fr") and _kind_of_government(gap, lang):
        return r + 1  # "le gouvernement de transition malien", "el gobierno de unidad nacional libio"
    if gap[0] in OF_WORDS.get(lang, set()) and (
            len(gap) == 1 or len(gap) == 2 and gap[1] in DEFINITE_ARTICLES.get(lang, set())):
        return r + 1
    if gap[0] in _TENURE.get(lang, ()) and len(gap) > 1 and gap[1] in OF_WORDS.get(lang, set()) \
            and (len(gap) == 2 or len(gap) == 3 and gap[2] in DEFINITE_ARTICLES.get(lang, set())):
        return r + 1  # "el presidente saliente de Estados Unidos", "le président sortant du Brésil": still its title
    if lang == "de" and len(gap) == 1 and gap[0] in ("der", "des"):  # Präsident der USA
        return r + 1
    if lang == "fr" and len(gap) == 1 and gap[0].startswith("d'"):
        return r + 1
    if m.entry.kind in ("capital", "seat") and gap == [_IN.get(lang, "in")] and not _envoy(role.entry) \
            and not _both_before(tokens, role.start, lang):
        return r + 1  # "die Regierung in Teheran", "the leadership in Kyiv": the capital names the state
    if m.entry.kind == "country" and "located" in role.entry.flags and gap and gap[0] in _IN_COUNTRY.get(lang, ()) \
            and all(w in DEFINITE_ARTICLES.get(lang, set()) for w in gap[1:]):
        return r + 1  # "Authorities in Iran", "die Behörden in Aserbaidschan", "les autorités au Niger": the state's
    if "counterpart" in role.entry.flags and m.entry.kind in STATE_NAME_KINDS \
            and gap[0] in _FROM_OR_IN.get(lang, ()) and len(gap) <= 2 \
            and all(w in DEFINITE_ARTICLES.get(lang, ()) for w in gap[1:]):
        return r + 1  # "seinen Amtskollegen in Japan", "коллега из Ирана", "his counterparts from the Philippines"
    return None


# "Gespräche zwischen beiden Regierungen in Addis Abeba": two governments are not the one of the capital after them,
# which is where they meet (deen59's venue, fresh50a-de-002)
_BOTH: Final = {"de": frozenset({"beide", "beiden", "beider"})}


def _both_before(tokens: list[Token], start: int, lang: str) -> bool:
    """Whether "beide" stands right before the role word: a pair of offices, not the one of a capital after."""
    return start > 0 and tokens[start - 1].text.lower() in _BOTH.get(lang, frozenset())


def _kind_of_government(gap: list[str], lang: str) -> bool:
    """Whether the words between a body and its state's adjective only say what kind of government it is
    (references.yaml `government_kinds`): "le gouvernement de transition malien", "le gouvernement d'union nationale
    libyen", "el gobierno de transición maliense": the adjective after them is still the body's state."""
    kinds = reference_data().languages.get(lang)
    if kinds is None or len(gap) < 2 or len(gap) > 3:
        return False
    first, rest = gap[0], gap[1:]
    words = role_words(lang)
    if first in words.elided_prepositions or first not in OF_WORDS.get(lang, set()) \
            and first.startswith(words.elided_preposition_starts):
        first, rest = "de", ([first[2:]] if len(first) > 2 else []) + rest
    if first not in OF_WORDS.get(lang, set()) or not rest or normalise(rest[0]) not in kinds.government_kinds:
        return False
    return all(w.isalpha() and w.islower() and w not in _GAP_STOP for w in rest[1:])  # "d'union nationale"


# A minister named by the portfolio between the title and the country ("министр торговли и интеграции Казахстана",
# "el ministro de Economía de Kazajistán", "le ministre des Finances du Kazakhstan"): the title is still that
# country's (the two most common ones, foreign affairs and defence, are whole role words of roles.yaml). The
# portfolio's words (actors/portfolios.py) with the links that join them; a word outside leaves the title unowned.
_PORTFOLIO_LINKS: Final = {"ru": frozenset({"и", "по"}), "es": frozenset({"y", "de", "del", "e"}),
                           "fr": frozenset({"et", "de", "du", "des", "l'", "la", "le", "les"})}


def _portfolio_gap(title: str, gap: list[str], lang: str) -> bool:
    """Whether the words between a minister's title and a country name only his portfolio: "министр торговли и
    интеграции" (Russian: genitives, then the country's), "ministro de Economía de" (Romance: "de" before the
    portfolio and before the country)."""
    ministers, links, portfolios = TITLES.get(lang), _PORTFOLIO_LINKS.get(lang), PORTFOLIOS.get(lang)
    if not ministers or not links or not portfolios or title.lower() not in ministers or not gap:
        return False
    articles = role_words(lang).elided_article_starts
    words = [w[2:] if w.startswith(articles) and len(w) > 2 else w for w in gap]
    if lang != "ru" and (words[0] not in links or words[-1] not in links and (
            len(words) < 2 or words[-2] not in links)):
        return False  # Romance: "de Hacienda de", "des Finances de la"
    return any(w in portfolios for w in words) and all(w in portfolios or w in links for w in words)


_IN: Final = {"de": "in", "en": "in", "es": "en", "fr": "à", "ru": "в"}
# an adjective of tenure between a title and its country's "of" ("el presidente saliente de Estados Unidos",
# "la presidenta electa de Honduras", "le président sortant du Chili"): the title is still that country's
_TENURE: Final = {"es": frozenset({"saliente", "interino", "interina", "electo", "electa", "entrante"}),
                  "fr": frozenset({"sortant", "sortante", "élu", "élue", "intérimaire"})}
# the words that say a government rules before where it rules: "the junta in power in Niamey"
_IN_POWER: Final = {"en": ("in", "power"), "es": ("en", "el", "poder"), "fr": ("au", "pouvoir")}
# "in" before a country's name ("im Iran", "in der Türkei", "au Niger", "aux États-Unis")
_IN_COUNTRY: Final = {"de": ("in", "im"), "en": ("in",), "es": ("en",), "fr": ("au", "aux", "en"), "ru": ("в", "во")}


def _envoy(entry: Entry) -> bool:
    return is_envoy(entry.id)


def is_envoy(entry_id: str) -> bool:
    """An entry of an envoy ("countries:FRA:fr:name+roles:fr:ambassadeur"): someone serving abroad. Envoys are named
    by where they serve: "su embajador en Madrid" is Algeria's, not Spain's (the words: references.yaml's
    `serving_abroad.envoys`)."""
    return entry_id.rsplit(":", 1)[-1].lower() in reference_data().envoys


# where a counterpart's state stands after his title: "seinen Amtskollegen in Japan", "his counterparts from the
# Philippines", "коллега из Ирана"
_FROM_OR_IN: Final = {"de": ("in", "aus"), "en": ("in", "from"), "es": ("en", "de", "del"),
                      "fr": ("à", "de", "d'", "du", "des"), "ru": ("в", "из")}


def state_before_post(hits: list[Hit], body: int, tokens: list[Token], used: set[int]) -> int | None:
    """"China's UN ambassador", "Chinas UN-Botschafter", "the Chinese UN envoy": a state right before the body an
    envoy's title names is the state whose envoy he is (the body is his post; "UN envoy" alone stays the UN's)."""
    if body < 1 or (body - 1) in used or hits[body].entry.kind != "organisation":
        return None
    state = hits[body - 1]
    gap = [t.text for t in _gap(tokens, state.end, hits[body].start)]
    if state.entry.kind not in STATE_WORD_KINDS \
            or gap and not (len(gap) == 1 and gap[0] in SAXON_GENITIVES):
        return None
    return body - 1
