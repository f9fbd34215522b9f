"""Quality floors: extraction must not fall below these figures (STYLE.md: an evaluation gate in CI).

The floors sit a little below the figures measured when they were pinned (README "Quality"). Raise them
when quality rises; never lower one without a note in the commit saying why. The project's own gold sets
(eval/gold/) are in the repository and always run; the real news split (study and unseen parts of
../shared/benchmarks/gold/news_dev*.jsonl, by eval/split.json) runs where ../shared is present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.evaluate import evaluate_records, load_gold
from realpolitik.evaluate.split import load_unseen

ROOT = Path(__file__).resolve().parents[1]
NEWS = [ROOT.parent / "shared" / "benchmarks" / "gold" / f"news_dev{n}.jsonl" for n in ("", "2")]

# Floors sit about 0.03 below the figures pinned on 2026-11-30 (after the second round of lexicon work).
# Type-level F1 per own set (pinned at: de 0.78, en 0.73, es 0.76, fr 0.68, ru 0.79).
OWN_TYPE_F1 = {"de": 0.75, "en": 0.70, "es": 0.73, "fr": 0.64, "ru": 0.75}
# All own sets together (pinned at: type F1 0.75, P 0.85; relations F1 0.69).
OWN_ALL = {"type_f1": 0.72, "type_precision": 0.82, "relations_f1": 0.66}
# The blind set (eval/gold/blind_*.jsonl, 60 articles written without the coder; pinned at: type F1 0.49,
# P 0.73, relations 0.63). Per language it is too small to pin.
BLIND_ALL = {"type_f1": 0.46, "type_precision": 0.69, "relations_f1": 0.60}
# The breadth sets (eval/gold/breadth_*.jsonl, four languages, written before their authors read the rules;
# pinned on 2026-12-01 after round 8 at: type F1 0.84, P 0.90; de 0.88, es 0.88, fr 0.74, ru 0.87; their
# first-contact figure was 0.73). They guard the lexicon's breadth; relations there are too few to pin.
BREADTH_ALL = {"type_f1": 0.81, "type_precision": 0.87}
BREADTH_TYPE_F1 = {"de": 0.85, "es": 0.85, "fr": 0.71, "ru": 0.84}
# The second Russian breadth set (eval/gold/breadth2_ru.jsonl, written in round 10 before its author read the ru
# rules; first contact 0.86, pinned on 2026-12-01 after round 10 at type F1 0.95, P 0.97).
BREADTH2_RU = {"type_f1": 0.92, "type_precision": 0.93}
# The second Spanish breadth set (eval/gold/breadth2_es.jsonl, written in round 11 before its author read the es
# rules; first contact 0.846, pinned on 2026-12-01 after round 11 at type F1 0.915, P 0.928).
BREADTH2_ES = {"type_f1": 0.89, "type_precision": 0.90}
# The second English breadth set (eval/gold/breadth2_en.jsonl, written in round 11 before its author read the en
# rules; first contact 0.828, pinned on 2026-12-01 after round 11 at type F1 0.902, P 0.931).
BREADTH2_EN = {"type_f1": 0.88, "type_precision": 0.91}
# The second German breadth set (eval/gold/breadth2_de.jsonl, written in round 11 before its author read the de
# rules; first contact 0.84, pinned on 2026-12-01 after round 11 at type F1 0.92, P 0.95).
BREADTH2_DE = {"type_f1": 0.88, "type_precision": 0.92}
# The relations breadth sets (eval/gold/breadth_rel_LANG.jsonl, 52 short documents each, written in round 12 before
# their author read the relation rules: treaties and their kinds, memberships, allies, wars, status changes and ~20 %
# precision traps). First-contact relations F1 de .83, en .86, es .81, fr .84, ru .82; pinned on 2026-12-01 after
# round 12 at relations F1 de .95, en .97, es .98, fr .99, ru .97 (type F1 de .75, en .77, es .70, fr .88, ru .85).
BREADTH_REL = {"de": {"relations_f1": 0.92, "type_f1": 0.72}, "en": {"relations_f1": 0.94, "type_f1": 0.73},
               "es": {"relations_f1": 0.95, "type_f1": 0.66}, "fr": {"relations_f1": 0.96, "type_f1": 0.85},
               "ru": {"relations_f1": 0.94, "type_f1": 0.82}}
# The relation precision-trap sets (eval/gold/reltraps_LANG.jsonl, 40 short documents each, written in round 13
# before their author read the relation rules: cooperation agreements only talked about, planned, refused or not yet
# signed; trade wars, rows, past and hypothetical wars, third parties beside a war; true cases beside them). First
# contact relations F1 de .774 en .774 es .688 fr .750 ru .733; pinned on 2026-12-02 in round 13 at relations F1
# de .929, en .929, es .897, fr .929, ru .857 (type F1 de .720, en .764, es .778, fr .815, ru .750).
RELTRAPS = {"de": {"relations_f1": 0.90, "type_f1": 0.69}, "en": {"relations_f1": 0.90, "type_f1": 0.73},
            "es": {"relations_f1": 0.87, "type_f1": 0.75}, "fr": {"relations_f1": 0.90, "type_f1": 0.78},
            "ru": {"relations_f1": 0.83, "type_f1": 0.72}}
# The relation precision sets (eval/gold/relprec_LANG.jsonl, 33 long wire sentences each, written in round 15 before
# their author read the relation rules again: planned, denied, one-off and historical ties beside ties stated in
# passing; only relations annotated). First contact relations F1 de .636 en .410 es .605 fr .500 ru .359; after round
# 15 (places) de .667 en .698 es .682 fr .681 ru .571.
RELPREC = {"de": {"relations_f1": 0.64}, "en": {"relations_f1": 0.67}, "es": {"relations_f1": 0.65},
           "fr": {"relations_f1": 0.65}, "ru": {"relations_f1": 0.54}}
# The relation recall sets (eval/gold/relrecall_LANG.jsonl, 40 short documents each, written in round 14 before their
# author read the relation rules: defence pacts and alliances by name, memberships in apposition and lists, joining,
# leaving and freezing, strategic partnerships by their adjective, allies by description, a few traps). First contact
# relations F1 de .667 en .718 es .673 fr .680 ru .654 (type F1 de .653 en .667 es .561 fr .644 ru .571); after the
# first fixes of round 14 de .700 en .833 es .760 fr .738 ru .724; after the second de .726 en .844 es .819 fr .785
# ru .793.
RELRECALL = {"de": {"relations_f1": 0.70}, "en": {"relations_f1": 0.81}, "es": {"relations_f1": 0.79},
             "fr": {"relations_f1": 0.75}, "ru": {"relations_f1": 0.76}}
# The third Russian breadth set (eval/gold/breadth3_ru.jsonl, the register of Russian wire news, written in round
# 12 before its author read the ru rules; first contact 0.762, pinned on 2026-12-01 at type F1 0.824, P 0.915).
BREADTH3_RU = {"type_f1": 0.80, "type_precision": 0.89}
# The type-confusion sets (eval/gold/typeconf_LANG.jsonl, written in round 12 before their author read the rules: the
# same pair readable as neighbouring types; first contact de .905 en .893 es .912 fr .880 ru .903 after the gold fixes),
# pinned on 2026-12-01 after round 12 at type F1 / P: de .921/.954, en .915/.942, es .928/.923, fr .957/.967,
# ru .903/.941.
TYPECONF = {"de": {"type_f1": 0.89, "type_precision": 0.92}, "en": {"type_f1": 0.88, "type_precision": 0.91},
            "es": {"type_f1": 0.89, "type_precision": 0.89}, "fr": {"type_f1": 0.92, "type_precision": 0.93},
            "ru": {"type_f1": 0.87, "type_precision": 0.91}}
# The French role set (eval/gold/roles_fr.jsonl, 84 short documents in the register of French wire news, several
# states in one sentence: incises, fronted complements, nominal acts with "par"/"de"/"contre", passives, relatives;
# written in round 14 before its author read roles.py again; first contact type F1 0.767, P 0.852; pinned after
# round 14 at type F1 0.919, P 0.937).
ROLES_FR = {"type_f1": 0.89, "type_precision": 0.91}
# The second type-confusion sets (eval/gold/typeconf2_LANG.jsonl, written in round 14 from EVAL.md's conventions before
# their author read the rules again: statement / criticism / accusation / threat, appeal / demand, visit / host /
# meeting / call / mediation, aid / cooperation / support, recall / expulsion / closure / suspended talks / sanctions,
# coercion / assault, reject / deny, ceasefire / unilateral halt, planned visits). First contact on 2026-12-02
# (main 40d7b0c) type F1 / P: de .919/.962, en .917/.980, es .937/.963, fr .870/.979, ru .897/.929.
TYPECONF2 = {"de": {"type_f1": 0.89, "type_precision": 0.94}, "en": {"type_f1": 0.89, "type_precision": 0.95},
             "es": {"type_f1": 0.91, "type_precision": 0.94}, "fr": {"type_f1": 0.85, "type_precision": 0.95},
             "ru": {"type_f1": 0.87, "type_precision": 0.90}}
# The English roles set (eval/gold/roles_en.jsonl, 65 short documents written in round 14 before its author read the en
# role rules: several states in one sentence in wire English: reported speech, apposition and relative clauses,
# fronted participles, possessives and act nouns, passives, coordination, "urged", "joined X in", "alongside",
# "on behalf of"). First contact type F1 .782 (66 documents; one type-only dispute dropped, one missed talk added:
# .796, P .870); pinned on 2026-12-02 after round 14 (lexen) at type F1 .843, P .905.
ROLES_EN = {"type_f1": 0.81, "type_precision": 0.87}
# The accusation sets (eval/gold/accuse_LANG.jsonl, 42 wire sentences each, written in round 15 before their author
# read the rules: accusations, blame, condemnation, criticism, denials and accusations reported as rejected). First
# contact type F1 de .688 en .696 es .740 fr .771 ru .750; pinned on 2026-12-02 after round 15 (lexde) at type F1 / P
# de .724/.754, en .713/.837, es .746/.846, fr .787/.857, ru .771/.839.
ACCUSE_SETS = {"de": {"type_f1": 0.70, "type_precision": 0.73}, "en": {"type_f1": 0.69, "type_precision": 0.81},
               "es": {"type_f1": 0.72, "type_precision": 0.82}, "fr": {"type_f1": 0.76, "type_precision": 0.83},
               "ru": {"type_f1": 0.75, "type_precision": 0.81}}
# The context sets (eval/gold/context_LANG.jsonl, 8 two- or three-sentence wire documents each, written in round 15
# before their author read the context rules again: speakers and bodies named alone, "authorities in X", Spanish
# "el Gobierno"/"la Cancillería", targets of reactions the previous sentence names). First contact type F1 / P:
# de .643/.900, en .634/.765, es .781/.800, fr .727/.923, ru .829/.944 (all .728/.859); floors on all five together.
CONTEXT = {"type_f1": 0.73, "type_precision": 0.83}
# Real news (pinned at: study type F1 0.70, P 0.89, relations 0.70, per language de 0.65, en 0.76, es 0.72,
# fr 0.69, ru 0.55; unseen type F1 0.44, per language too small to pin).
STUDY = {"type_f1": 0.67, "type_precision": 0.85, "relations_f1": 0.67}
STUDY_TYPE_F1 = {"de": 0.62, "en": 0.73, "es": 0.69, "fr": 0.66, "ru": 0.52}
UNSEEN = {"type_f1": 0.41}


def _figures(report) -> dict[str, float]:
    out = {"type_f1": report.overall["type"].f1, "type_precision": report.overall["type"].precision}
    if report.relations is not None:
        out["relations_f1"] = report.relations.overall.f1
    return out


def _check(name: str, figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    return [f"{name} {what} {figures[what]:.3f} < floor {floor}" for what, floor in floors.items()
            if figures[what] < floor]


@pytest.fixture(scope="module")
def own_report():
    records = [r for path in sorted((ROOT / "eval" / "gold").glob("own_*.jsonl")) for r in load_gold(path)]
    return evaluate_records(records)


def test_own_gold_sets_stay_above_their_floors(own_report) -> None:
    failures = _check("own (all)", _figures(own_report), OWN_ALL)
    for lang, floor in OWN_TYPE_F1.items():
        failures += _check(f"own_{lang}", {"type_f1": own_report.by_language[lang]["type"].f1}, {"type_f1": floor})
    assert not failures, "; ".join(failures)


def test_blind_gold_set_stays_above_its_floors() -> None:
    records = [r for path in sorted((ROOT / "eval" / "gold").glob("blind_*.jsonl")) for r in load_gold(path)]
    assert not _check("blind (all)", _figures(evaluate_records(records)), BLIND_ALL)


@pytest.mark.skipif(not all(p.is_file() for p in NEWS), reason="../shared (the real news gold) is not here")
def test_real_news_study_and_unseen_stay_above_their_floors() -> None:
    records = [r for path in NEWS for r in load_gold(path)]
    unseen = load_unseen(ROOT / "eval" / "split.json")
    study = evaluate_records(records, unseen=unseen, split="study")
    held = evaluate_records(records, unseen=unseen, split="unseen")
    failures = _check("study", _figures(study), STUDY) + _check("unseen", _figures(held), UNSEEN)
    for lang, floor in STUDY_TYPE_F1.items():
        failures += _check(f"study {lang}", {"type_f1": study.by_language[lang]["type"].f1}, {"type_f1": floor})
    assert not failures, "; ".join(failures)


def test_breadth_sets_stay_above_their_floors() -> None:
    # breadth_LANG.jsonl only: the relations breadth sets (breadth_rel_LANG.jsonl) have floors of their own
    records = [r for path in sorted((ROOT / "eval" / "gold").glob("breadth_??.jsonl")) for r in load_gold(path)]
    report = evaluate_records(records)
    failures = _check("breadth (all)", _figures(report), BREADTH_ALL)
    for lang, floor in BREADTH_TYPE_F1.items():
        failures += _check(f"breadth_{lang}", {"type_f1": report.by_language[lang]["type"].f1}, {"type_f1": floor})
    assert not failures, "; ".join(failures)


# The multi-party sets (eval/gold/multiparty_LANG.jsonl, ~40 wire sentences each, written in round 15 before their
# author read the rules again: meetings, agreements, mediation and joint action among two to four states, with
# venues, topics, past events and mediators that must not pair). First contact type F1 de .569 en .765 es .642
# fr .549 ru .618; at the end of round 15 de .667 en .787 es .752 fr .652 ru .716 (floors a little below).
MULTIPARTY = {"de": {"type_f1": 0.64}, "en": {"type_f1": 0.76}, "es": {"type_f1": 0.73}, "fr": {"type_f1": 0.63},
              "ru": {"type_f1": 0.69}}
# The French precision set (eval/gold/precision_fr.jsonl, 70 wire documents of two to four long sentences with
# facts and traps: venues, victims, mediators, a ship's flag, acts not ruled out, negated and conditional acts;
# written in round 15 before its author read the rules again). First contact type F1 .618, P .719; round 15
# ended at .643, P .780. Type only: its relations were annotated where a sentence asserts one, not exhaustively.
PRECISION_FR = {"type_f1": 0.62, "type_precision": 0.76}
# The cooperation sets (eval/gold/coop_LANG.jsonl, 12 four-sentence wire articles each, written in round 19 before
# their author read the rules: pledges and offers, material cooperation, aid, yielding). First contact type F1 / P
# de .712/1.00, fr .659/.67, en .587/.66, es .596/.65, ru .523/.62; pinned after round 19 (coopa, coopb) at
# de .810/1.00, fr .933/.955, en .702/.767, es .639/.674, ru .632/.682.
COOP_SETS = {"de": {"type_f1": 0.78, "type_precision": 0.95}, "fr": {"type_f1": 0.90, "type_precision": 0.92},
             "en": {"type_f1": 0.68, "type_precision": 0.74}, "es": {"type_f1": 0.62, "type_precision": 0.65},
             "ru": {"type_f1": 0.61, "type_precision": 0.66}}

# The French wire set (eval/gold/wire_fr.jsonl, 12 AFP-style articles written in round 20 before their author read the
# French rules): first contact type F1 .727, P .880; pinned after round 20 (lexfr) at F1 .794, P .909.
WIRE_FR = {"type_f1": 0.77, "type_precision": 0.88}
# The second French set (eval/gold/wire_fr2.jsonl, 12 articles in newspaper registers written in round 22 before their
# author read the French rules): first contact type F1 .508, P .611; pinned after round 22 (wirefr2) at F1 .667, P .776.
WIRE_FR2 = {"type_f1": 0.64, "type_precision": 0.74}
# The third French set (eval/gold/wire_fr3.jsonl, 12 articles in broadcast and online-desk registers written in round 23
# before their author read the French rules): first contact type F1 .586, P .806; pinned after round 23 (wirefr3) at
# F1 .692, P .878.
WIRE_FR3 = {"type_f1": 0.67, "type_precision": 0.85}
# The fourth French set (eval/gold/wire_fr4.jsonl, 12 articles in the registers of Paris, Brussels, Montreal and Beirut
# papers and broadcasters written in round 24 before their author read the French rules): first contact type F1 .554,
# P .645; pinned after round 24 (wirefr4) at F1 .697, P .805; relations F1 .357 -> .552.
WIRE_FR4 = {"type_f1": 0.67, "type_precision": 0.78, "relations_f1": 0.52}
# The fifth French set (eval/gold/wire_fr5.jsonl, 12 articles in live-page, roundup, interview, explainer, press-review,
# analysis and flash registers written in round 25 before their author read the French rules): first contact type F1
# .564, P .628 (.578, P .643 with the gold fixed after first contact), relations .691; pinned after round 25 (wirefr5)
# at F1 .649, P .696, relations .839.
WIRE_FR5 = {"type_f1": 0.61, "type_precision": 0.66, "relations_f1": 0.76}
# The sixth French set (eval/gold/wire_fr6.jsonl, 12 articles in newsletter, chronology, profile, editorial, interview,
# communiqué, regional and fact-check registers written in round 26 before their author read the French rules): first
# contact type F1 .570, P .667, relations .714; pinned after round 26 (wfr) at F1 .663, P .754, relations .762.
WIRE_FR6 = {"type_f1": 0.63, "type_precision": 0.72, "relations_f1": 0.72}
# The seventh French set (eval/gold/wire_fr7.jsonl, 10 articles of court, maritime, cyber, consular, election,
# humanitarian, export-control, parliamentary, regional-visit and market copy written in round 27 before their author
# read the French rules): first contact type F1 .548, P .661, relations .714 (.759 gold corrected); pinned after
# round 27 (wfr) at F1 .637, P .780, relations .759.
WIRE_FR7 = {"type_f1": 0.60, "type_precision": 0.73, "relations_f1": 0.72}
# The eighth French set (eval/gold/wire_fr8.jsonl, 10 articles on the mainstream stories of 2025-2026 with mediators,
# hosts and several parties, written in round 28 before their author read the French rules): first contact type F1
# .645, P .745, relations .667 (.652, P .758 with the gold fixed); pinned after round 28 (wfr) at F1 .712, P .845,
# relations .667.
WIRE_FR8 = {"type_f1": 0.68, "type_precision": 0.81, "relations_f1": 0.64}
# The ninth French set (eval/gold/wire_fr9.jsonl, 10 articles on the stories of 2025 round 28 did not cover: the
# summits, the Sahel, Sudan, expulsions, elections and their reactions, sanctions on a head of state, the South China
# Sea, recognitions of Palestine; written in round 29 before their author read the French rules): first contact type
# F1 .592, P .694, relations .651 (.599, P .702 with the gold fixed); pinned after round 29 (wiref) at F1 .664,
# P .762, relations .651.
WIRE_FR9 = {"type_f1": 0.63, "type_precision": 0.72, "relations_f1": 0.62}
# The tenth French set (eval/gold/wire_fr10.jsonl, 10 articles on the stories of 2025 rounds 28 and 29 did not cover:
# drones over Poland, the strike on Doha, the snapback on Iran, Pakistan and Afghanistan, al-Sharaa in Washington,
# Rosneft and Lukoil, coups in Madagascar and Guinea-Bissau, Western Sahara at the UN, Peru and Mexico; written in round
# 30 before their author read the French rules): first contact type F1 .498, P .579, relations .375 (.424 with the
# gold fixed); pinned after round 30 (wiref) at F1 .522, P .595, relations .437.
WIRE_FR10 = {"type_f1": 0.50, "type_precision": 0.57, "relations_f1": 0.41}
# The eleventh French set (eval/gold/wire_fr11.jsonl, 10 articles on 2025 stories no set told: the Somaïr
# nationalisation, the US tariff on Switzerland and the November deal, Macron in Jakarta, Singapore, Belém, Cairo and
# Antananarivo, two French teachers freed in Tehran, the Malian drone downed by Algeria; written in round 32 before
# their author read the French rules): first contact type F1 .681, P .676 (.713, P .718 with the gold fixed); pinned
# after round 32 (fr11) at F1 .791, P .855, relations .966.
WIRE_FR11 = {"type_f1": 0.75, "type_precision": 0.83, "relations_f1": 0.93}
# The twelfth French set (eval/gold/wire_fr12.jsonl, 10 articles on 2025 stories no set told: civilian envoys at
# Naqoura, the foiled coup in Benin, Tchiroma in Banjul, the last French base in Senegal, Chad's visas for US
# citizens, the UN coordinator expelled from Burkina Faso, the AES ministers in Rabat, Canada lifting counter-tariffs,
# Paris and Bamako expelling envoys, the Mbanié ruling; written in round 34 before their author read the rules):
# first contact type F1 .618, P .734 (.662, P .812 with the gold fixed); pinned after round 34 (fr12) at F1 .718,
# P .889, relations .609.
WIRE_FR12 = {"type_f1": 0.68, "type_precision": 0.84, "relations_f1": 0.55}
# The thirteenth French set (eval/gold/wire_fr13.jsonl, 10 articles on 2025 stories no set told: a French researcher
# held in Russia, Canada's digital tax, Macron in Beirut and Mexico, al-Sharaa at the Elysee, Modi in Marseille, the EU
# envoy summoned in Tunis, the Algeria-Tunisia defence accord, Carney in Warsaw and Kyiv, De Wever in Kyiv; written in
# round 36 before their author read the rules): first contact type F1 .732, P .732 (.750, P .804 with the gold fixed);
# pinned after round 36 (fr13) at F1 .797, P .870, relations .833.
WIRE_FR13 = {"type_f1": 0.76, "type_precision": 0.83, "relations_f1": 0.78}
# The fourteenth French set (eval/gold/wire_fr14.jsonl, 10 articles of round 39 on 2025 stories no set told: the US
# ambassador summoned in Paris, the Sahel states leaving the OIF, a minister in Laayoune, India's Rafale Marine, the
# 2013 visa accord denounced by Algiers, Belgium's sanctions on Israel, Kenya on the Sahara, Europeans and Iran in
# Geneva, Syrian and Israeli ministers in Paris, Carney at the White House; written before its author read the rules):
# first contact type F1 .646, P .764, relations .267 (.375 with the gold corrected); .692, P .818, relations .556 with
# the OIF known; pinned after round 39 (fr14) at F1 .733, P .857, relations .556.
WIRE_FR14 = {"type_f1": 0.70, "type_precision": 0.82, "relations_f1": 0.52}
# The fifteenth French set (eval/gold/wire_fr15.jsonl, 10 articles of round 40 on 2025 stories no set told: the
# Lebanon-Cyprus maritime accord, a French journalist's sentence upheld in Algeria, Paris and Bamako expel diplomats,
# Beirut declines a Tehran invitation, Burkina Faso expels the UN coordinator, Niger expels Chinese oil executives,
# Macron and Xi in Beijing, Carney in Abu Dhabi, Algiers refuses the ICJ over the Malian drone, the Boracay tanker;
# written before its author read the rules): first contact type F1 .780, P .786, relations .667 (.818 with the gold
# corrected; the ICJ appeal added: F1 .775); pinned after round 40 (fr15) at F1 .814, P .838, relations .818.
WIRE_FR15 = {"type_f1": 0.78, "type_precision": 0.80, "relations_f1": 0.78}
# The first long-form French set (eval/gold/long_fr1.jsonl, 6 analysis and explainer articles of 29-31 sentences on
# 2025 stories no set told: an espionage trial in Baku, Ouattara's neighbours, Italy and Tunisia's returns, drones over
# Belgian bases, Touadéra and Moscow, the Canada-China reset; written in round 35 before their author read the rules):
# first contact type F1 .614, P .782 (the gold fix changed no key); pinned after round 35 (longfr) at F1 .638, P .830,
# relations .615.
LONG_FR1 = {"type_f1": 0.60, "type_precision": 0.79, "relations_f1": 0.55}
# The second long-form French set (eval/gold/long_fr2.jsonl, 6 analysis and dossier articles of 29-31 sentences on
# the state visit to Hanoi, Chad between Sudan's war parties, the Niger-Benin quarrel, Togo and the AES, Mauritania
# between its neighbours, the tariffs seen from Quebec; written in round 38 before their author read the rules): first
# contact type F1 .616, P .672 (.626, P .687 with the gold fixed); pinned after round 38 (longfr2) at F1 .652, P .754,
# relations .667.
LONG_FR2 = {"type_f1": 0.62, "type_precision": 0.72, "relations_f1": 0.60}
# The first long-form English set (eval/gold/long_en1.jsonl, 6 analysis, explainer and column articles of 30-39
# sentences on Pakistan and Washington, Myanmar's vote, Somalia-Ethiopia-Turkey, Kenya between Washington and Beijing,
# Sudan and the Emirates, the South China Sea code; written in round 36 before their author read the rules): first
# contact type F1 .487, P .627 (.494, P .644 with the gold fixed); pinned after round 36 (longen) at F1 .539, P .719,
# relations .632.
LONG_EN1 = {"type_f1": 0.51, "type_precision": 0.69, "relations_f1": 0.58}
# The second long-form English set (eval/gold/long_en2.jsonl, 6 analysis, interview, explainer, feature and column
# pieces of 31-36 sentences on the strike on the Houthi cabinet, Washington's thaw with Minsk, Israel's strikes on
# Damascus over Sweida, the Turkish-Iraqi water-for-oil deal, Timor-Leste joining ASEAN, Fico and Zelensky in Uzhhorod;
# written in round 40 before their author read the rules): first contact type F1 .528, P .731, relations .625 (no
# gold correction); pinned after round 40 (long_en2) at F1 .640, P .828, relations .706.
LONG_EN2 = {"type_f1": 0.61, "type_precision": 0.79, "relations_f1": 0.68}
# The third long-form English set (eval/gold/long_en3.jsonl, 6 articles of round 41 as a page extractor leaves them —
# a live blog of Putin in Mongolia, the EU's duties on Chinese electric cars and the brandy deposits, the Il-38 and Y-9
# over Japan, Gazprom's cut-off of Moldova, the Typhon on Luzon, Venezuela and the Argentine residence — written before
# their author read the rules): first contact type F1 .525, P .525, relations .500 (no gold correction); pinned after
# round 41 (long_en3) at F1 .642, P .729, relations .571.
LONG_EN3 = {"type_f1": 0.61, "type_precision": 0.68, "relations_f1": 0.54}
# The first long-form Spanish set (eval/gold/long_es1.jsonl, 6 analysis, dossier and explainer articles of 28-29
# sentences on Cuba's blackouts between Moscow and Beijing, Chancay, Madrid between Rabat and Algiers, the Mexico-US
# security accord, Milei between Washington, Beijing and Israel, Bolivia's turn under Paz; written in round 37 before
# their author read the rules): first contact type F1 .538, P .700 (the gold fix moved no first-contact figure);
# pinned after round 37 (longes) at F1 .609, P .836, relations .800.
LONG_ES1 = {"type_f1": 0.58, "type_precision": 0.80, "relations_f1": 0.75}
# The Russian wire set (eval/gold/wire_ru.jsonl, 12 agency-style articles written in round 21 before their author read
# the Russian rules): first contact type F1 .701, P .804; pinned after round 21 (wireru) at F1 .896, P .949.
WIRE_RU = {"type_f1": 0.87, "type_precision": 0.92}
# The second Russian set (eval/gold/wire_ru2.jsonl, 12 articles in newspaper and online registers written in round 23
# before their author read the Russian rules): first contact type F1 .603, P .788; pinned after round 23 (wireru2) at
# F1 .789, P .921. Relations 3/3/5 .429 after round 28 (relw: the signing of "Главы государств" with a hyphenated
# pair, lost in round 27 at .308, read again).
WIRE_RU2 = {"type_f1": 0.75, "type_precision": 0.89, "relations_f1": 0.40}
# The third Russian set (eval/gold/wire_ru3.jsonl, 12 articles in the registers of TASS, RIA, Interfax, Kommersant, RBC,
# Izvestia, Vedomosti, Rossiyskaya Gazeta, Meduza, Novaya Gazeta Europe, Radio Svoboda and BBC Russian, written in round
# 24 before their author read the Russian rules): first contact type F1 .721, P .846, relations F1 .800; pinned after
# round 24 (wireru3) at F1 .784, P .854, relations .829.
WIRE_RU3 = {"type_f1": 0.76, "type_precision": 0.83, "relations_f1": 0.80}
# The fourth Russian set (eval/gold/wire_ru4.jsonl, 12 articles in the genres of round 25 — live blogs, summit roundups,
# interviews, an explainer, weekly reviews, a press review, an analysis, a flash with its update — from the Sahel, the
# Horn, the Caucasus, Central Asia, Korea, the South China Sea, the Balkans, the Andes, the Gulf and the Arctic, written
# before their author read the Russian rules): first contact type F1 .636, P .736, relations F1 .459 (.645, P .752 with
# two background signings added to the gold); pinned after round 25 (wireru4) at F1 .709, P .815, relations .459.
WIRE_RU4 = {"type_f1": 0.68, "type_precision": 0.78, "relations_f1": 0.43}
# The fifth Russian set (eval/gold/wire_ru5.jsonl, 12 articles in the genres of round 26 — a morning newsletter, a
# chronology, a profile, an opinion column, a TV and a radio interview, re-reported communiqués, regional outlets on
# energy and arms deals, a fact-check, a factbox — from the Eastern Mediterranean, the Maghreb, the Great Lakes, South
# and Southeast Asia, the Pacific, the Baltic, Moldova, Mercosur and Iran–Israel, written before their author read the
# Russian rules): first contact type F1 .574, P .814, relations F1 .538 (.566 with a suspended gas deal added to the
# gold); pinned after round 26 (wireru5) at F1 .662, P .843, relations .582.
WIRE_RU5 = {"type_f1": 0.63, "type_precision": 0.80, "relations_f1": 0.55}
# The sixth Russian set (eval/gold/wire_ru6.jsonl, 10 long articles in the genres of round 27 — a court ruling, a
# maritime seizure, a cyber attack and its attribution, a swap of detainees, reactions to an election abroad, a
# humanitarian crisis, nuclear deals and export controls, a parliamentary vote on a deployment, a regional paper on a
# state visit, oil market copy — from Central America, the Taiwan Strait, the Balkans, the Caucasus, the Caribbean,
# Korea and Japan, the Arctic, the Sahel and the Red Sea, written before their author read the Russian rules): first
# contact type F1 .634, P .718, relations F1 .571 (.632, P .726 with the gold corrected); pinned after round 27 (wru)
# at F1 .741, P .817, relations .750.
WIRE_RU6 = {"type_f1": 0.71, "type_precision": 0.79, "relations_f1": 0.70}
# The seventh Russian set (eval/gold/wire_ru7.jsonl, 10 long articles of round 28 on the mainstream stories of
# 2025-2026 with mediators, hosts and several parties — the Istanbul talks, the Gaza ceasefire, US-Iran talks via Oman,
# the Israel-Iran ceasefire, India-Pakistan, Thailand-Cambodia, DRC-Rwanda, Armenia-Azerbaijan in Washington, the trade
# truces, the China-Japan row — written before their author read the Russian rules): first contact type F1 .612,
# P .714, relations .522 (.620, P .746 with the gold corrected); pinned after round 28 (wru) at F1 .704, P .855,
# relations .727.
WIRE_RU7 = {"type_f1": 0.68, "type_precision": 0.83, "relations_f1": 0.68}
# The eighth Russian set (eval/gold/wire_ru8.jsonl, 10 long articles of round 29 on the 2025 stories round 28 left
# out — the Alaska summit, the SCO in Tianjin, the AES leaving the ICC, El Fasher and the UAE, Baku and Moscow after
# Yekaterinburg, Moldova's vote, US sanctions on Petro, the tariffs on Brazil, Scarborough Shoal, the recognitions of
# Palestine — written before their author read the Russian rules): first contact type F1 .583, P .762, relations
# .733 (.579 with the gold corrected); pinned after round 29 (wirer) at F1 .706, P .897, relations .733.
WIRE_RU8 = {"type_f1": 0.68, "type_precision": 0.87, "relations_f1": 0.70}
# The ninth Russian set (eval/gold/wire_ru9.jsonl, 10 long articles of round 30 on the 2025 stories rounds 28 and 29
# left out — the G20 in Johannesburg, Trump and Xi in Busan, the snapback on Iran, drones over Poland, the strike on
# Doha, al-Sharaa in Washington, the sanctions on Rosneft and Lukoil, Peru and Mexico, Trump's threats to Nigeria, the
# strike in Beirut — written before their author read the Russian rules): first contact type F1 .493, P .560, relations
# .533 (.498 with the gold corrected); pinned after round 30 (wirer) at F1 .599, P .657, relations .533.
WIRE_RU9 = {"type_f1": 0.58, "type_precision": 0.64, "relations_f1": 0.50}
# The tenth Russian set (eval/gold/wire_ru10.jsonl, 10 long articles of round 32 on 2025 stories no set told — the
# tanker Jaguar and the Su-35 over Vaindloo, the Karapetyan arrest, Orbán in Moscow, Tokayev's state visit, Prabowo in
# St Petersburg, Minsk freeing prisoners for Belavia, Min Aung Hlaing in the Kremlin, the Irkutsk consulate, the tanker
# Green Admire, Shoigu in Pyongyang — written before their author read the Russian rules): first contact type F1 .716,
# P .727, relations .615 (.745, P .773, relations .741 with the gold corrected); pinned after round 32 (ru10) at F1
# .797, P .855, relations .741.
WIRE_RU10 = {"type_f1": 0.77, "type_precision": 0.81, "relations_f1": 0.70}
# The eleventh Russian set (eval/gold/wire_ru11.jsonl, 10 articles of round 34 on 2025 stories no set told —
# Mishustin in China, the CPC terminal and Astana's protest, the tankers off Turkey, Dmitriev in Miami, Witkoff and
# Kushner in the Kremlin, Japan's price cap, Goïta's treaty, Rosatom and Niger, Fico at the parade, Norway and the
# Murmansk trawler firms — written before their author read the Russian rules): first contact type F1 .756, P .804,
# relations .762 (.768, P .811, relations .870 with the gold corrected and a told story replaced); pinned after
# round 34 (ru11) at F1 .821, P .868, relations .980.
WIRE_RU11 = {"type_f1": 0.79, "type_precision": 0.83, "relations_f1": 0.94}
# The twelfth Russian set (eval/gold/wire_ru12.jsonl, 10 articles of round 37 on 2025 stories no set told — the
# Fogel–Vinnik exchange, the Istanbul embassy talks, Wang Yi in Moscow, the Beijing trilateral with Mongolia, El
# Dabaa, the Saatse road, Japanese salmon quotas, Lukashenko in Beijing, the Barents cod quota, Mishustin in Hanoi —
# written before their author read the Russian rules): first contact type F1 .750, P .814, relations .774 (.760, P
# .831 with the gold corrected); pinned after round 37 (ru12) at F1 .851, P .891, relations .774.
WIRE_RU12 = {"type_f1": 0.82, "type_precision": 0.86, "relations_f1": 0.74}
# The thirteenth Russian set (eval/gold/wire_ru13.jsonl, 10 articles of round 39 on 2025 stories no set told: Canberra
# expels the Iranian ambassador, Prabowo in Strelna, Goita in the Kremlin, Beirut turns back an Iranian plane, Ljubljana
# bars Netanyahu, Sudan bans imports from Kenya, Armenia and Pakistan open relations in Tianjin, Kazakh wheat through
# Azerbaijan, the plutonium accord denounced, the Kambarata-1 accord; written before its author read the Russian rules):
# first contact type F1 .797, P .855, relations .743 (.778 with the gold corrected); pinned after round 39 (ru13) at F1
# .870, P .896, relations .811.
WIRE_RU13 = {"type_f1": 0.84, "type_precision": 0.87, "relations_f1": 0.78}
# The fourteenth Russian set (eval/gold/wire_ru14.jsonl, 10 articles of round 40 on 2025 stories no set told: the
# SVR charge against Serbian ammunition, Tokayev in the Kremlin, the Khujand border junction, Berlin recalls its envoy
# from Tbilisi, Ugandan troops in Juba, drones over Aalborg, the Santa Rosa island row, Finnish icebreakers for the US,
# the Iraqi-Turkish water accord, Addis Ababa's letter against Asmara; written before its author read the Russian
# rules): first contact type F1 .803, P .825, relations .923 (.814, P .842, relations .950 with the gold corrected);
# pinned after round 40 at F1 .871, P .857, relations .974.
WIRE_RU14 = {"type_f1": 0.84, "type_precision": 0.83, "relations_f1": 0.94}
# The first long-form Russian set (eval/gold/long_ru1.jsonl, 6 analysis and feature pieces of round 35, 28-32
# sentences each — Putin in Bishkek, Rosatom in Iran after the June strikes, the Moscow format with the Taliban, Vučić
# between Moscow and Brussels, Yerevan's protest note, Lavrov and Saidov — written before their author read the Russian
# rules): first contact type F1 .575, P .622, relations .476 (.602, P .676, relations .545 with the gold corrected);
# pinned after round 35 (longru) at F1 .638, P .750, relations .545.
LONG_RU1 = {"type_f1": 0.61, "type_precision": 0.72, "relations_f1": 0.52}
# The second long-form Russian set (eval/gold/long_ru2.jsonl, 6 analysis and feature pieces of round 38, 28-32
# sentences each — Haftar in Moscow, Transnistria's gas, Paks II without US sanctions, Lukoil's West Qurna-2, Putin in
# Dushanbe, Turkmen gas — written before their author read the Russian rules): first contact type F1 .698, P .822,
# relations .545 (.722, P .867, relations .667 with the gold corrected); pinned after round 38 (longru2) at F1 .764,
# P .894, relations .667.
LONG_RU2 = {"type_f1": 0.73, "type_precision": 0.86, "relations_f1": 0.62}
# The third long-form Russian set (eval/gold/long_ru3.jsonl, 6 articles of round 41 as a page extractor leaves them —
# a live blog of Zelensky in the Oval Office, Venezuela's Essequibo vote, the Baltic exit from BRELL, the
# Pakistan–Afghanistan ceasefire, Hegseth at the Panama Canal, France's expulsions of Algerian staff — written before
# their author read the Russian rules): first contact type F1 .690, P .735, relations .571 (.708, P .765, relations
# .571 with the gold corrected); pinned after round 41 (long_ru3) at F1 .800, P .964, relations .615.
LONG_RU3 = {"type_f1": 0.77, "type_precision": 0.93, "relations_f1": 0.58}
# The first long-form German set (eval/gold/long_de1.jsonl, 6 analysis and explainer articles of 31-37 sentences of
# round 36 — Hungary and Ukraine, Romania's run-off, Dodik, Finland's closed border, the shadow fleet in the Baltic,
# Austria's neutrality — written before their author read the German rules): first contact type F1 .677, P .804,
# relations .571 (.696, P .839, relations .800 with the gold corrected); pinned after round 36 (longde) at F1 .712,
# P .887, relations .800.
LONG_DE1 = {"type_f1": 0.69, "type_precision": 0.85, "relations_f1": 0.75}
# The second long-form German set (eval/gold/long_de2.jsonl, 6 analysis, interview, column and explainer pieces of
# round 39, 31-33 sentences each — Slovenia and Netanyahu, Beijing and the Czech president, Mexico's tariff bill,
# Trump's threat against Nigeria, the US visas of South Sudan, Lebanon's landing ban on Iranian planes — written before
# their author read the German rules): first contact type F1 .647, P .733, relations .400 (.662, P .750, relations .400
# with the gold corrected); pinned after round 39 (long_de2) at F1 .803, P .902, relations .400.
LONG_DE2 = {"type_f1": 0.78, "type_precision": 0.87, "relations_f1": 0.38}
# The third long-form German set (eval/gold/long_de3.jsonl, 6 articles of round 41 as a page extractor leaves them —
# a live blog of Israel's strike in Doha, the Canada–India thaw, Ethiopia's dam, Spain's embargo and Israel's entry
# bans, the Australia–Papua New Guinea treaty, Hungary's asylum for Romanowski — written before their author read the
# German rules): first contact type F1 .779, P .810, relations .571 (.788, P .825, relations .667 with the gold
# corrected); pinned after round 41 (long_de3) at F1 .879, P .921, relations .667.
LONG_DE3 = {"type_f1": 0.85, "type_precision": 0.89, "relations_f1": 0.64}
# The fourth Spanish set (eval/gold/wire_es4.jsonl, 10 long articles of round 31 on 2025 stories of the Americas no
# set told — Colombia's decertification and Petro's visa, Hegseth in Panama, the Maiquetía prisoner exchange, Kast in
# Buenos Aires, Nicaragua leaving the Human Rights Council, the visa sanctions on Díaz-Canel, Rubio in Quito, the 1944
# water treaty, the Itaipú espionage row — written before their author read the Spanish rules): first contact type F1
# .672, P .769, relations .286 (.706, P .808, relations .667 with the gold corrected); pinned after round 31 (es4) at
# F1 .826, P .926, relations .750.
WIRE_ES4 = {"type_f1": 0.80, "type_precision": 0.88, "relations_f1": 0.70}
# The fifth Spanish set (eval/gold/wire_es5.jsonl, 10 long articles of round 33 on 2025 stories of the Spanish-speaking
# world no set told — Santa Rosa island, the Cecot deportations, Bukele in the Oval Office, the US–Argentina trade
# framework, Felipe VI in Beijing, the Essequibo "governor", Ecuador's referendum on bases, San Isidro for the US, the
# Israeli delegation expelled from Bogotá, the airlines' revoked concessions — written before their author read the
# Spanish rules): first contact type F1 .545, P .647, relations .857 (.569, P .686 with the gold corrected); pinned
# after round 33 (es5) at F1 .607, P .740, relations .857; relations .769 since round 44 (misses44): the US–El Salvador
# alliance had matched only because "su país" in Rubio's words was read as Bukele's; it is now the US, rightly.
WIRE_ES5 = {"type_f1": 0.58, "type_precision": 0.71, "relations_f1": 0.74}
# The sixth Spanish set (eval/gold/wire_es6.jsonl, 10 long articles of round 35 on 2025 stories of the Spanish-speaking
# world no set told — China's review of the Hutchison ports sale, the visa curbs over Cuba's medical missions, Costa
# Rica's and Guatemala's third-country deportees, the US tomato duty, the OAS assembly in Antigua, the Ceuta and Melilla
# customs, the Peru–Chile border emergency, the Colombia–Venezuela economic zone, Abinader's fifteen measures — written
# before their author read the Spanish rules): first contact type F1 .607, P .710, relations .000 (.607, P .710,
# relations .727 with the gold corrected); pinned after round 35 (es6) at F1 .624, P .759, relations .727.
WIRE_ES6 = {"type_f1": 0.60, "type_precision": 0.73, "relations_f1": 0.68}
# The seventh Spanish set (eval/gold/wire_es7.jsonl, 10 articles of round 37 on 2025 stories of the Spanish-speaking
# world no set told — Venezuela's embassies in Oslo and Canberra, the break with Asunción, Chile's attachés in Israel,
# the aides leaving the Argentine residence in Caracas, Díaz-Canel in the Kremlin, Boric in New Delhi, Sheinbaum and the
# crown, the Ojeda case at the ICC, Sánchez in Kyiv, Panama and Caracas — written before their author read the Spanish
# rules): first contact type F1 .735, P .771, relations .833 (.752, P .800, relations .923 with the gold corrected);
# pinned after round 37 (es7) at F1 .827, P .873, relations .923.
WIRE_ES7 = {"type_f1": 0.80, "type_precision": 0.85, "relations_f1": 0.88}
# The English wire set (eval/gold/wire_en.jsonl, 12 Reuters/AP-style articles written in round 21 before their author
# read the English rules): first contact type F1 .614, P .736; pinned after round 21 (wireen) at F1 .672, P .772.
WIRE_EN = {"type_f1": 0.65, "type_precision": 0.75}
# The second English set (eval/gold/wire_en2.jsonl, 12 articles in newspaper and broadcaster registers written in round
# 23 before their author read the English rules): first contact type F1 .627, P .824; pinned after round 23 (wireen2)
# at F1 .685, P .817.
WIRE_EN2 = {"type_f1": 0.66, "type_precision": 0.79}
# The third English set (eval/gold/wire_en3.jsonl, 12 articles in AP, Reuters, AFP, Al Jazeera, BBC, NYT, Washington
# Post, Politico Europe, Bloomberg, Times of India, Kyiv Independent and Arab News registers written in round 24 before
# their author read the English rules): first contact type F1 .570, P .579 (.577 with the gold corrected); pinned after
# round 24 (wireen3) at F1 .705, P .734.
WIRE_EN3 = {"type_f1": 0.67, "type_precision": 0.70}
# The German wire set (eval/gold/wire_de.jsonl, 12 dpa-style articles written in round 21 before their author read the
# German rules): first contact type F1 .757, P .855; pinned after round 21 (wirede) at F1 .803, P .891.
WIRE_DE = {"type_f1": 0.77, "type_precision": 0.86}
# The second German set (eval/gold/wire_de2.jsonl, 12 articles in Swiss, Austrian, analysis and DW registers written
# in round 22 before their author read the German rules): first contact type F1 .634, P .750; pinned after round 22
# (wirede2) at F1 .781, P .877.
WIRE_DE2 = {"type_f1": 0.75, "type_precision": 0.85}
# The third German set (eval/gold/wire_de3.jsonl, 12 articles in broadcaster, live blog and regional and national paper
# registers written in round 23 before their author read the German rules): first contact type F1 .576, P .756;
# pinned after round 23 (wirede3) at F1 .683, P .840.
WIRE_DE3 = {"type_f1": 0.66, "type_precision": 0.81}
# The Spanish wire set (eval/gold/wire_es.jsonl, 12 articles in Spanish and Latin American agency, newspaper and
# broadcaster registers written in round 24 before their author read the Spanish rules): first contact type F1 .694,
# P .798 (.706, P .819 with the gold fixed after first contact); pinned after round 24 (wirees) at F1 .765, P .902.
WIRE_ES = {"type_f1": 0.73, "type_precision": 0.85}
# The second Spanish set (eval/gold/wire_es2.jsonl, 12 articles in the genres of round 26 — a morning newsletter, a
# chronology, a profile, an editorial, a radio interview, a re-reported communique, a regional paper, a fact-check, a
# live blog, a summit roundup, an explainer, an analysis — written before their author read the Spanish rules): first
# contact type F1 .497, P .608, relations F1 .436 (.502, P .617 with a promise to sign added to the gold); pinned after
# round 26 (wes) at F1 .595, P .727, relations .436.
WIRE_ES2 = {"type_f1": 0.56, "type_precision": 0.69, "relations_f1": 0.41}
# The third Spanish set (eval/gold/wire_es3.jsonl, 10 articles in the genres of round 27 — court reporting, a maritime
# incident, a cyber attack, a detained national, reactions to an election, a humanitarian crisis, nuclear inspections
# and export controls, a parliamentary debate, a local paper on a state visit, commodity news — written before their
# author read the Spanish rules): first contact type F1 .533, P .748, relations .706 (.557, P .786, relations .800 with
# the gold fixed after first contact); pinned after round 27 (wes) at F1 .669, P .872, relations .800.
WIRE_ES3 = {"type_f1": 0.64, "type_precision": 0.84, "relations_f1": 0.76}


# The fourth German set (eval/gold/wire_de4.jsonl, 12 articles of 8-16 sentences in the registers of FAZ, SZ, taz, Welt,
# n-tv, RND, Bild, Tagesspiegel, Deutschlandfunk, MDR, SRF and Kleine Zeitung, written in round 24 before their author
# read the German rules): first contact type F1 .618, P .731 (gold as corrected); pinned after round 24 (wirede4) at
# F1 .731, P .830.
WIRE_DE4 = {"type_f1": 0.70, "type_precision": 0.80}
# The fifth German set (eval/gold/wire_de5.jsonl, 12 articles of 8-17 sentences in live-ticker, explainer, summit
# roundup, interview, weekly review, press review, analysis and flash-and-update forms, regions the earlier sets
# lacked, written in round 25 before their author read the German rules): first contact type F1 .584, P .731;
# pinned after round 25 (wirede5) at F1 .675, P .759 (.672, .752 on main 16659ac).
WIRE_DE5 = {"type_f1": 0.64, "type_precision": 0.73}
# The sixth German set (eval/gold/wire_de6.jsonl, 12 articles of 11-16 sentences in newsletter, chronology, profile,
# obituary, editorial, radio interview, re-reported communique, regional paper and fact-check forms, regions the
# earlier sets lacked, written in round 26 before their author read the German rules): first contact type F1 .619,
# P .765; pinned after round 26 (wde) at F1 .718, P .797.
WIRE_DE6 = {"type_f1": 0.69, "type_precision": 0.77}
# The seventh German set (eval/gold/wire_de7.jsonl, 10 articles of 16-20 sentences in court, maritime, cyber, consular,
# election-reaction, humanitarian, export-control, parliamentary, local state-visit and commodity copy, written in
# round 27 before their author read the German rules): first contact type F1 .558, P .716 (.565, P .728 with the gold
# corrected); pinned after round 27 (wde) at F1 .623, P .786.
WIRE_DE7 = {"type_f1": 0.60, "type_precision": 0.75}
# The eighth German set (eval/gold/wire_de8.jsonl, 10 articles of 18-20 sentences on the mainstream stories of 2025-2026
# told with mediators, hosts and several parties: Istanbul talks, the Gaza ceasefire, Oman and the twelve-day war,
# India-Pakistan, Putrajaya, Congo-Rwanda, the Busan truce, China-Japan, boats off Venezuela, The Hague and Brussels,
# written in round 28 before their author read the German rules): first contact type F1 .608, P .711 (.617, P .725
# with the gold corrected); pinned after round 28 (wde) at F1 .707, P .842.
WIRE_DE8 = {"type_f1": 0.68, "type_precision": 0.80}
# The ninth German set (eval/gold/wire_de9.jsonl, 10 articles of 16-17 sentences on 2025 stories no set had told: the
# Geneva talks on the 28-point plan and the European counter-draft, Merz in Paris, Warsaw and Washington, the arms stop
# for Gaza, Poland's border controls, Babis's election, the Cairo agreement of Iran and the IAEA, Thailand suspending
# the Kuala Lumpur declaration, Operation Sindoor; written in round 31 before its author read the German rules): first
# contact type F1 .708, P .829, relations .737 (.715, P .841, relations .909 with the gold corrected); pinned after
# round 31 (de9) at F1 .848, P .966, relations .952.
WIRE_DE9 = {"type_f1": 0.82, "type_precision": 0.93, "relations_f1": 0.92}
# The tenth German set (eval/gold/wire_de10.jsonl, 10 articles of 14-16 sentences on 2025 stories no set had told: the
# laser over the Red Sea, Zelensky in Berlin, Panzerbrigade 45, the deportations to Kabul and Damascus, Wadephul in
# Damascus, the Swiss-EU package, the EU ban on Russian gas, Nawrocki in Berlin, the air traffic control hack; written
# in round 33 before its author read the German rules): first contact type F1 .642, P .773, relations .286 (.660, P
# .795, relations .500 with the gold corrected); pinned after round 33 (de10) at F1 .777, P .976, relations .500.
WIRE_DE10 = {"type_f1": 0.76, "type_precision": 0.93, "relations_f1": 0.45}
# The eleventh German set (eval/gold/wire_de11.jsonl, 10 articles of 14-16 sentences on 2025 stories no set had told:
# the Nord Stream suspects in Italy and Poland, drones over Munich airport, Wadephul's cancelled China trip, Patriots
# for Kyiv, the lifted arms-export restrictions on Israel, the Swiss F-35 price dispute, Steinmeier at Windsor,
# Namibia's remembrance day, Merz in Ankara; written in round 34 before its author read the German rules): first
# contact type F1 .667, P .707, relations .400 (.682, P .732 with the gold corrected); pinned after round 34 (de11)
# at F1 .773, P .829, relations .600.
WIRE_DE11 = {"type_f1": 0.75, "type_precision": 0.80, "relations_f1": 0.55}
# The twelfth German set (eval/gold/wire_de12.jsonl, 10 articles of 15-16 sentences on 2025 stories no set had told:
# the Toulon council of ministers, Wadephul in Tokyo, New Delhi and Israel, the end of gas transit through Ukraine,
# the delayed Swiss Patriots, the Hungary-Ukraine expulsions and entry bans, the EU-Japan summit, the US-China talks in
# Geneva; written in round 36 before its author read the German rules): first contact type F1 .850, P .867, relations
# .333 (relations .667 with the gold corrected); pinned after round 36 (de12) at F1 .915, P .933, relations .714.
WIRE_DE12 = {"type_f1": 0.89, "type_precision": 0.90, "relations_f1": 0.62}
# The thirteenth German set (eval/gold/wire_de13.jsonl, 10 articles of 16 sentences on 2025 stories no set had told:
# the financial dialogue in Beijing, the writer pardoned at Berlin's request, the ambassador recalled from Tbilisi, the
# chip maker's order suspended, the Swiss-US tariff deal, the interior ministers on the Zugspitze, a Baltic cable and a
# seized freighter, the 19th sanctions package, the fighter jet quarrel, congratulations after the Bundestag election;
# written in round 38 before its author read the German rules): first contact type F1 .623, P .731, relations .600
# (.639, P .750 with the gold corrected); pinned after round 38 (de13) at F1 .694, P .796, relations .600.
WIRE_DE13 = {"type_f1": 0.67, "type_precision": 0.77, "relations_f1": 0.55}
# The fourteenth German set (eval/gold/wire_de14.jsonl, 10 articles of round 40 on 2025 stories no set told: Rwanda
# breaking with Belgium, the South African ambassador declared unwanted, Poland closing the Belarus border for the
# exercise, the Beijing parade, Turkey's ports closed to Israeli ships, Wang Yi in Delhi, Sudan breaking with the
# Emirates, Lavrov in Wonsan, Pistorius in Washington, Pashinyan in Istanbul; written before its author read the German
# rules): first contact type F1 .763, P .803, relations .400 (.757 with the gold corrected); pinned after round 40
# (de14) at F1 .829, P .879, relations .400.
WIRE_DE14 = {"type_f1": 0.79, "type_precision": 0.84, "relations_f1": 0.35}
# The eighth Spanish set (eval/gold/wire_es8.jsonl, 10 articles of round 39 on 2025 stories no set told: water
# under the 1944 treaty, the Gibraltar agreement, the Summit of the Americas postponed, prisoners sent from Mexico to
# US courts, the Paraguay-US forces agreement, the US envoy in Miraflores, the Paris mansion at the World Court, the
# Treasury secretary in Buenos Aires, the Soto Cano warning, the ambassador recalled from Israel; written before its
# author read the Spanish rules): first contact type F1 .715, P .772, relations .286; pinned after round 39 (es8)
# at F1 .813, P .877, relations .400.
WIRE_ES8 = {"type_f1": 0.78, "type_precision": 0.84, "relations_f1": 0.35}
# The ninth Spanish set (eval/gold/wire_es9.jsonl, 10 articles of round 40 on 2025 stories no set told: solar panels
# at Punta Dungeness, Chiapas police in La Mesilla, Arévalo in Taiwan, the leader of Los Choneros extradited, the
# Treasury's order against three Mexican firms, the Santiago summit, visas of Brazilian health officials, a fugitive
# expelled from Paraguay, the Peru-Indonesia partnership, Repsol's licence; written before its author read the Spanish
# rules): first contact type F1 .632, P .766, relations .889; pinned after round 40 (es9) at F1 .773, P .885,
# relations .889.
WIRE_ES9 = {"type_f1": 0.74, "type_precision": 0.85, "relations_f1": 0.85}
# The fourth English set (eval/gold/wire_en4.jsonl, 12 articles of 10-14 sentences: a live blog, ministerial and summit
# roundups, an interview, an explainer, a weekly review, a press review, an analysis and a breaking flash with updates,
# on the Korean peninsula, the Sahel, the South Caucasus, Taiwan, Central Asia, the Balkans, the Arctic, the Horn, the
# Gulf, the Caribbean and the South China Sea, written in round 25 before their author read the English rules): first
# contact type F1 .577, P .717; pinned after round 25 (wireen4) at F1 .638, P .770.
WIRE_EN4 = {"type_f1": 0.60, "type_precision": 0.73}
# The fifth English set (eval/gold/wire_en5.jsonl, 12 articles of 12-15 sentences: morning newsletters with bullets,
# timelines with dated entries, a profile, an editorial, a radio interview, re-reported joint statements, regional
# trade/energy/arms copy and a fact-check, on the Eastern Mediterranean, South Asia, Guyana-Venezuela, the Great
# Lakes, Moldova, Iran-Israel, Lithuania-Belarus, the Philippines and ASEAN, the Maghreb, the Pacific, Finland and
# Estonia, written in round 26 before their author read the English rules): first contact type F1 .630, P .732
# (.643, P .754 with the gold fixed after first contact), relations .522; pinned after round 26 (wireen5) at F1 .738,
# P .821, relations .640.
WIRE_EN5 = {"type_f1": 0.71, "type_precision": 0.79, "relations_f1": 0.60}
# The sixth English set (eval/gold/wire_en6.jsonl, 10 articles of 16-17 sentences: court reporting, a coast-guard
# boarding, a cyber attribution, a detained national freed by mediation, an aid convoy, reactions to an inauguration,
# export controls beside an IAEA board, a parliament's deployment vote, a local paper on a state visit, a tariff row in
# commodity copy; the Caucasus, the Taiwan Strait, Korea and Japan, the Sahel, Sudan, Central America, Greenland and
# Denmark, Kosovo, Colombia-Ecuador; written in round 27 before their author read the English rules): first contact
# type F1 .480, P .640, relations .471; pinned after round 27 (wen) at F1 .508, P .697, relations .471.
WIRE_EN6 = {"type_f1": 0.49, "type_precision": 0.67, "relations_f1": 0.45}
# The seventh English set (eval/gold/wire_en7.jsonl, 10 articles of 15-19 sentences on the mainstream stories of 2025
# with mediators, hosts and several parties: the Istanbul talks, the Gaza ceasefire, the Muscat talks, India and
# Pakistan, Thailand and Cambodia, Congo and Rwanda, the Washington summit of Armenia and Azerbaijan, China and Japan
# over Taiwan, Venezuela and Trinidad, the NATO summit; written in round 28 before their author read the English
# rules): first contact type F1 .520, P .662, relations .706 (.532, P .683, relations .743 with the gold fixed after
# first contact); pinned after round 28 (wen) at F1 .609, P .769, relations .743.
WIRE_EN7 = {"type_f1": 0.58, "type_precision": 0.73, "relations_f1": 0.70}
# The eighth English set (eval/gold/wire_en8.jsonl, 10 articles of 16-18 sentences on the 2025 stories rounds 28 and 29
# left out: the G20 in Johannesburg and the US boycott, Trump and Xi in Busan, the E3's snapback, Russian jets over
# Estonia after the drones over Poland, Israel's strike on Doha, the Doha ceasefire of Pakistan and the Taliban, the US
# sanctions on Rosneft and Lukoil, ECOWAS and the AU suspending Guinea-Bissau, Hezbollah's disarmament, al-Sharaa at
# the White House; written in round 30 before their author read the English rules): first contact type F1 .465, P .575,
# relations .452 (.470, P .583 with the gold fixed after first contact); pinned after round 30 (wiree) at F1 .538,
# P .677, relations .516.
WIRE_EN8 = {"type_f1": 0.52, "type_precision": 0.65, "relations_f1": 0.48}
# The ninth English set (eval/gold/wire_en9.jsonl, 10 articles of 14-15 sentences on 2025 stories no set told: Macron
# in London and the returns pilot, Sandy Cay, a ramming off Pag-asa, the Gang Suppression Force for Haiti, Mexico's
# transfer of cartel suspects, the Doha framework of Kinshasa and the M23, the Renaissance dam, Lee in Tokyo, Dhaka's
# request for Hasina, Abiy in Mogadishu; written in round 32 before their author read the English rules): first
# contact type F1 .563, P .559, relations .000 (.604, P .618, relations .750 with the gold fixed after first contact);
# reworded after the first fixes to keep clear of wire copy (.571, P .580 with the same code); pinned after round 32
# (en9) at F1 .646, P .712, relations .750.
WIRE_EN9 = {"type_f1": 0.62, "type_precision": 0.69, "relations_f1": 0.72}
# The tenth English set (eval/gold/wire_en10.jsonl, 10 articles of 14-16 sentences on 2025 stories no set told: the
# US-Japan trade deal, the 50% tariff on India, the end of the trade talks with Canada over Ontario's advertisement,
# New Zealand's pause of its funding to the Cook Islands, Chinese live fire in the Tasman Sea, US deportees in Ghana,
# Modi in Colombo, Dar in Dhaka, Anand in New Delhi, Carney in Mexico City; written in round 33 before their author read
# the English rules): first contact type F1 .632, P .649, relations .286 (.644, P .667, relations .783 with the gold
# fixed after first contact); reworded after the first fixes to keep clear of wire copy (.602, P .654 with the same
# code); pinned after round 33 (en10) at F1 .778, P .894, relations .870.
WIRE_EN10 = {"type_f1": 0.75, "type_precision": 0.86, "relations_f1": 0.84}
# The eleventh English set (eval/gold/wire_en11.jsonl, 10 articles of 15-17 sentences on 2025 stories no set told: the
# expulsion of ambassador Rasool, Pakistan's answer to the Indus Waters suspension, Trump and al-Sharaa in Riyadh, the
# US sanctions on ICC judges, Lai's shelved trip, the UK-US technology partnership, Albanese at the White House, the
# Budapest summit on hold, the US-Korea fact sheet, Modi's call with Trump; written in round 35 before their author read
# the English rules): first contact type F1 .630, P .676, relations .500 (.626, P .676, relations .636 with the gold
# fixed after first contact); pinned after round 35 (en11) at F1 .707, P .765, relations .667.
WIRE_EN11 = {"type_f1": 0.67, "type_precision": 0.73, "relations_f1": 0.63}
# The twelfth English set (eval/gold/wire_en12.jsonl, 10 articles of 14-16 sentences on 2025 stories no set told: the
# Fogel-Vinnik exchange, TAZARA, Kenya-Tanzania and the deported activists, Ramaphosa in the Oval Office, the C5+1
# summit, Nepal and Lipulekh, Zimbabwe's duties and the April tariffs, Montenegro's EU chapters, Greece in Benghazi,
# North Macedonia and Bulgaria; written in round 37 before their author read the English rules): first contact type
# F1 .580, P .636, relations .632 (.640 with the gold fixed after first contact); pinned after round 37 (en12) at F1
# .696, P .833, relations .720.
WIRE_EN12 = {"type_f1": 0.66, "type_precision": 0.78, "relations_f1": 0.68}
# The thirteenth English set (eval/gold/wire_en13.jsonl, 10 articles of 12-15 sentences on 2025 stories no set told:
# Canberra expelling Iran's ambassador, Korean workers held in Georgia, Fiji's embassy in Jerusalem, the ICC and the
# Libyan police chief freed by Rome, five states' sanctions on two Israeli ministers, Prague's foreign ministry breach,
# Mongolia's president in New Delhi, the US-Vietnam tariff deal, Luxon in New Delhi, the Philippine-New Zealand
# visiting forces pact; written in round 39 before their author read the English rules): first contact type F1 .612,
# P .641, relations .571 (.627, P .656, relations .667 with the gold corrected); pinned after round 39 (en13) at F1
# .722, P .762, relations .667.
WIRE_EN13 = {"type_f1": 0.70, "type_precision": 0.74, "relations_f1": 0.62}


# The relation wire sets (eval/gold/relwire_LANG.jsonl: en, de, es, ru 5 articles each written in round 22 before their
# author read the relation rules, events annotated too; fr 30 sentences of round 20, relations only). First contact
# relations F1 en .80, de .76, es .39, ru .52, fr .98 (with the gold fix of the bloc's leader); pinned after round 22
# (relwire) at en .895, de .978, es .812, ru .686, fr 1.00 (type F1 en .686, de .762, es .457, ru .824).
RELWIRE = {"en": {"relations_f1": 0.87, "type_f1": 0.66}, "de": {"relations_f1": 0.95, "type_f1": 0.74},
           "es": {"relations_f1": 0.79, "type_f1": 0.43}, "ru": {"relations_f1": 0.66, "type_f1": 0.80},
           "fr": {"relations_f1": 0.97}}


# The second relation wire sets (eval/gold/relwire2_LANG.jsonl: 4 articles per language written in round 23 before their
# author read the relation rules, weighted toward ties that are not standing: partners and observers, a bloc's chair,
# ties hoped for or denied, a war of the past, allies in a domestic sense). First contact relations F1 en .824,
# de .889, es .667, fr .667, ru .759; pinned after round 23 (relwire2) at en .947, de .963, es .783, fr 1.00, ru .971
# (type F1 en .583, de .588, es .722, fr .537, ru .600).
RELWIRE2 = {"en": {"relations_f1": 0.91, "type_f1": 0.55}, "de": {"relations_f1": 0.93, "type_f1": 0.55},
            "es": {"relations_f1": 0.75, "type_f1": 0.69}, "fr": {"relations_f1": 0.96, "type_f1": 0.50},
            "ru": {"relations_f1": 0.94, "type_f1": 0.57}}


# The third relation wire sets (eval/gold/relwire3_LANG.jsonl: 4 articles per language, 8-12 sentences, written in round
# 24 before their author read the relation rules, events annotated too: treaties named by place or year, memberships
# told by meetings, votes, chairs and lists, partnerships upgraded or frozen, ties in background paragraphs, rivalries
# told by clashes, and traps). First contact (main e616818) relations F1 en .714, de .622 (.676 with the gold fix),
# es .654, fr .556, ru .493 (type F1 en .630, de .277, es .600, fr .541, ru .545); pinned after round 24 (relwire3)
# at en .871, de .727, es .667, fr .667, ru .675.
RELWIRE3 = {"en": {"relations_f1": 0.84, "type_f1": 0.60}, "de": {"relations_f1": 0.70, "type_f1": 0.25},
            "es": {"relations_f1": 0.64, "type_f1": 0.57}, "fr": {"relations_f1": 0.64, "type_f1": 0.51},
            "ru": {"relations_f1": 0.65, "type_f1": 0.52}}


# The fourth relation wire sets (eval/gold/relwire4_LANG.jsonl: 4 articles per language, 9-11 sentences, written in
# round 25 before their author read the relation rules, events annotated too: defence treaties ratified and replaced,
# "major non-NATO ally", observers, partner countries and candidates, a complement list ("only Norway and Iceland stay
# outside"), a past war, a dispute, a normalisation, a letter of intent, a peace treaty). First contact (main 3474994,
# gold corrected) relations F1 en .754, de .609, es .710, fr .625, ru .750 (type F1 en .382, de .576, es .556,
# fr .523, ru .667; with the later gold fixes de .622, ru .788); pinned after round 25 (relwire4) at relations F1
# en .774, de .682, es .750, fr .638, ru .909. Round 27 (relw): "la Confédération des États du Sahel" is the AES, so
# "forment avec lui la Confédération" gives fr its two AES memberships (relations .638 -> .694) and two AGREE keys
# with the AES that the gold leaves out ("forment": they make it up, no founding act; type .500 -> .485).
RELWIRE4 = {"en": {"relations_f1": 0.75, "type_f1": 0.35}, "de": {"relations_f1": 0.66, "type_f1": 0.55},
            "es": {"relations_f1": 0.72, "type_f1": 0.52}, "fr": {"relations_f1": 0.67, "type_f1": 0.47},
            "ru": {"relations_f1": 0.88, "type_f1": 0.63}}

# The fifth relation wire sets (eval/gold/relwire5_LANG.jsonl: 4 articles per language, 10-12 sentences, written in
# round 26 before their author read the relation rules, events annotated too; regions the earlier sets leave out:
# Timor-Leste in ASEAN, Bangladesh and China, Vanuatu's Nakamal agreement, Oman and Iran, Norway, Uzbekistan,
# Turkey in Libya, the Maldives, Paraguay and Taiwan, Mauritania, Indonesia in BRICS, Cyprus, Burundi, Tunisia and
# Algeria, France and the Philippines, France and the UAE, Turkmenistan, Lithuania and Belarus, Russia and the
# Taliban, Vietnam a BRICS partner). First contact (main 83e887f, gold corrected) relations F1 en .826, de .800,
# es .526, fr .825, ru .667 (type F1 en .633, de .473, es .581, fr .718, ru .730); pinned after round 26 (relw) at
# relations F1 en .826, de .857, es .677, fr .862, ru .720.
RELWIRE5 = {"en": {"relations_f1": 0.80, "type_f1": 0.60}, "de": {"relations_f1": 0.83, "type_f1": 0.45},
            "es": {"relations_f1": 0.65, "type_f1": 0.55}, "fr": {"relations_f1": 0.84, "type_f1": 0.69},
            "ru": {"relations_f1": 0.70, "type_f1": 0.70}}

# The sixth relation wire sets (eval/gold/relwire6_LANG.jsonl: 4 articles per language, 14-17 sentences, written in
# round 27 before their author read the relation rules, events annotated too; the Taiwan Strait, Belize and Guatemala
# at the ICJ, the Red Sea, Iceland and the EU, Croatia and Kosovo, the Africa Corps in Mali, Azerbaijani fuel for
# Armenia, K2 tanks for Poland, Bolivia's election, Russian oil for Cuba, Honduras and Taiwan, pirates off Somalia,
# Orano in Niger, Djibouti's election, Rafale jets for Serbia, a Chinese icebreaker in Canada's Arctic, the Duma and a
# bridge to North Korea, a Baku court, a Russian trawler at Svalbard, Russian troops in Nicaragua). First contact (main
# 11204b1, gold corrected) relations F1 en .550, de .600, es .640, fr .565, ru .698 (type F1 en .490, de .559, es .523,
# fr .315, ru .530); pinned after round 27 (relw) at relations F1 en .650, de .625, es .667, fr .760, ru .780.
RELWIRE6 = {"en": {"relations_f1": 0.62, "type_f1": 0.46}, "de": {"relations_f1": 0.60, "type_f1": 0.53},
            "es": {"relations_f1": 0.64, "type_f1": 0.50}, "fr": {"relations_f1": 0.73, "type_f1": 0.29},
            "ru": {"relations_f1": 0.75, "type_f1": 0.50}}

# The seventh relation wire sets (eval/gold/relwire7_LANG.jsonl: 4 articles per language, 14-18 sentences, written in
# round 28 before their author read the relation rules, events annotated too; the mainstream stories of 2025-2026:
# NATO's Hague summit, the Saudi-Pakistani defence pact, the U.S.-India framework, AUKUS, the EU's enlargement report,
# the SCO in Tianjin, North Korean troops in Kursk, the Bundestag's defence budget, the Sahel states leaving ECOWAS,
# al-Sharaa in Washington and Moscow, the Russian-Iranian treaty, bin Salman in Washington, the EPC in Yerevan, Xi
# and Sharif, the coalition of the willing, Lavrov in Wonsan, Putin in New Delhi, Russia and the AES). First contact
# (main 1750cbe, gold corrected) relations F1 en .640, de .766, es .710, fr .686, ru .700 (type F1 en .606, de .550,
# es .488, fr .431, ru .595); pinned after round 28 (relw) at relations F1 en .694, de .766, es .836, fr .686, ru .794.
RELWIRE7 = {"en": {"relations_f1": 0.66, "type_f1": 0.58}, "de": {"relations_f1": 0.74, "type_f1": 0.52},
            "es": {"relations_f1": 0.80, "type_f1": 0.46}, "fr": {"relations_f1": 0.66, "type_f1": 0.40},
            "ru": {"relations_f1": 0.76, "type_f1": 0.57}}

# The eighth relation wire sets (eval/gold/relwire8_LANG.jsonl: 3 articles per language, 14-17 sentences, written in
# round 30 before their author read the relation rules, events annotated too; 2025-2026 stories the earlier sets leave
# out: Hungary leaving the ICC, Vance in Greenland, the G20 in Johannesburg without the U.S., Israel's strike on Doha,
# the Congo-Rwanda deal in Washington, Georgia's frozen EU path, Venezuela and Trinidad, the U.S. order guarding
# Qatar, Guinea-Bissau's coup, the UN snapback on Iran, Madagascar's coup, U.S. sanctions on Serbia's NIS, the
# Russian-Venezuelan treaty, Resolution 2231's end, Turkey and the Saudi-Pakistani pact). First contact (main 64e9d0e,
# gold corrected) relations F1 en .714, de .722, es .811, fr .556, ru .529 (type F1 en .667, de .531, es .518,
# fr .444, ru .523); pinned after round 30 (relw) at relations F1 en .714, de .722, es .842, fr .791, ru .529.
RELWIRE8 = {"en": {"relations_f1": 0.69, "type_f1": 0.63}, "de": {"relations_f1": 0.69, "type_f1": 0.50},
            "es": {"relations_f1": 0.81, "type_f1": 0.49}, "fr": {"relations_f1": 0.76, "type_f1": 0.41},
            "ru": {"relations_f1": 0.50, "type_f1": 0.49}}

# The ninth relation wire sets (eval/gold/relwire9_LANG.jsonl: 3 articles per language, 14-16 sentences, written in
# round 31 before their author read the relation rules, events annotated too; 2025 stories the earlier sets leave out
# as leads: the Kensington treaty, Starmer's hundred-year partnership in Kyiv, Kazakhstan and the Abraham Accords, the
# Australian-Indonesian treaty text, the EU-UK security partnership, the U.S.-Ukraine minerals deal, Argentina leaving
# the WHO, Mercosur-EFTA, Colombia in the Belt and Road, the Sahel states leaving the ICC, the U.S. leaving UNESCO,
# Thailand suspending the Kuala Lumpur accord, the CSTO in Bishkek without Armenia, Russia recognising the Taliban,
# the Russian-Belarusian guarantees treaty). First contact (main e8d8da9, gold corrected) relations F1 de .750,
# en .703, es .615, fr .824, ru .714 (type F1 de .590, en .772, es .561, fr .653, ru .581); pinned after round 31
# (relwire) at relations F1 de .776, en .884, es .615, fr .824, ru .744 (type F1 unchanged).
RELWIRE9 = {"en": {"relations_f1": 0.85, "type_f1": 0.74}, "de": {"relations_f1": 0.75, "type_f1": 0.56},
            "es": {"relations_f1": 0.58, "type_f1": 0.53}, "fr": {"relations_f1": 0.79, "type_f1": 0.62},
            "ru": {"relations_f1": 0.71, "type_f1": 0.55}}


# The tenth relation wire sets (eval/gold/relwire10_LANG.jsonl: 3 articles per language, 14-16 sentences, written in
# round 32 before their author read the relation rules, events annotated too; 2025 stories the earlier sets leave out
# as leads: the Baltic states and Poland leaving the Ottawa convention, the Kyrgyz-Tajik border treaty, Vietnam a
# BRICS partner, the Washington declaration of Armenia and Azerbaijan, the India-UK trade agreement, Turkey training
# Syria's army, the EU-Indonesia CEPA, Nicaragua leaving UNESCO, the EU-Canada security partnership, Rwanda breaking
# with Belgium, India-EFTA in force, the Japan-Philippines RAA in force, the U.S.-Armenia charter, the Russian-Kazakh
# alliance declaration, Nigeria a BRICS partner). First contact (main 68c1ba0, gold corrected) relations F1 de .489,
# en .667, es .727, fr .647, ru .955 (type F1 de .766, en .857, es .679, fr .610, ru .784); pinned after round 32
# (relwire) at relations F1 de .755, en .875, es .788, fr .930, ru .971 (type F1 de .783, en .857, es .714, fr .613,
# ru .784).
RELWIRE10 = {"en": {"relations_f1": 0.84, "type_f1": 0.82}, "de": {"relations_f1": 0.72, "type_f1": 0.75},
             "es": {"relations_f1": 0.75, "type_f1": 0.68}, "fr": {"relations_f1": 0.90, "type_f1": 0.58},
             "ru": {"relations_f1": 0.94, "type_f1": 0.75}}


# The eleventh relation wire sets (eval/gold/relwire11_LANG.jsonl: 3 articles per language, 14-15 sentences, written in
# round 33 before their author read the relation rules, events annotated too; 2025 stories the earlier sets leave out
# as leads: the U.S. guarantee for Qatar, the EU-Central Asia summit, the Gripen and Rafale letters of intent, the
# U.S.-Saudi defence agreement, the Mogami frigates, the Philippine-Canadian SOVFA, Malaysia and Thailand as BRICS
# partners, India's Kabul embassy, the EU-Egypt summit, the Chagos treaty, the Canada-Indonesia CEPA, Putin in
# Dushanbe, To Lam and Min Aung Hlaing in Moscow). First contact (main 9bc758b, gold corrected) relations F1 de .692,
# en .560, es .686, fr .867, ru .966 (type F1 de .701, en .683, es .590, fr .488, ru .784); pinned after round 33
# (relwire) at relations F1 de .769, en .692, es .686, fr .867, ru .966 (type F1 de .701, en .683, es .600, fr .488,
# ru .816).
RELWIRE11 = {"en": {"relations_f1": 0.66, "type_f1": 0.65}, "de": {"relations_f1": 0.74, "type_f1": 0.67},
             "es": {"relations_f1": 0.65, "type_f1": 0.57}, "fr": {"relations_f1": 0.83, "type_f1": 0.46},
             "ru": {"relations_f1": 0.93, "type_f1": 0.78}}


# The twelfth relation wire sets (eval/gold/relwire12_LANG.jsonl: 3 articles per language, 14-15 sentences, written in
# round 34 before their author read the relation rules, events annotated too; 2025 stories the earlier sets leave out
# as leads: India-Philippines and UK-Vietnam partnerships, the failed British SAFE talks, Vietnam-Singapore, India's
# Kabul embassy, the U.S.-Argentina trade framework, the Russia-Venezuela treaty, the EU-Mexico modernised agreement,
# Milei in Jerusalem, the EU-Egypt summit, the French bases handed to Senegal, Armenia's EU accession law, the
# EAEU-UAE agreement, the Lachin summit, Putin in New Delhi). First contact (main 40b2fb7, gold corrected) relations F1
# de .909, en .776, es .667, fr .462, ru .588 (type F1 de .895, en .525, es .727, fr .424, ru .567); pinned after round
# 34 (relwire) at relations F1 de .909, en .776, es .732, fr .500, ru .654 (type F1 de .895, en .525, es .727, fr .424,
# ru .590).
RELWIRE12 = {"en": {"relations_f1": 0.74, "type_f1": 0.49}, "de": {"relations_f1": 0.87, "type_f1": 0.86},
             "es": {"relations_f1": 0.70, "type_f1": 0.69}, "fr": {"relations_f1": 0.46, "type_f1": 0.39},
             "ru": {"relations_f1": 0.62, "type_f1": 0.55}}

# The thirteenth relation wire sets (eval/gold/relwire13_LANG.jsonl: 3 articles per language, 14-16 sentences, written
# in round 35 before their author read the relation rules, events annotated too; 2025 stories the earlier sets leave out
# as leads: Norway's British frigates, the Egyptian-Turkish naval drill, the EU-Kazakhstan raw materials road map, the
# Bahraini crown prince and C-SIPA, Lee Jae-myung in Tokyo, the British Typhoons for Turkey, the EU-India strategic
# agenda, Ishaq Dar in Dhaka, the Greece-Cyprus-Israel summit, the French-Uzbek partnership, the Greek FDI frigate,
# Lula in Paris, Xi in Astana, the EU's visa suspension for Georgian officials, Modi in Tianjin). First contact (main
# f897fc7, gold corrected) relations F1 de .581, en .667, es .864, fr .714, ru .837 (type F1 de .649, en .800, es .727,
# fr .696, ru .634); pinned after round 35 (relwire) at relations F1 de .645, en .857, es .936, fr .800, ru .909 (type
# F1 de .649, en .800, es .764, fr .696, ru .684).
RELWIRE13 = {"en": {"relations_f1": 0.81, "type_f1": 0.76}, "de": {"relations_f1": 0.60, "type_f1": 0.61},
             "es": {"relations_f1": 0.89, "type_f1": 0.72}, "fr": {"relations_f1": 0.76, "type_f1": 0.65},
             "ru": {"relations_f1": 0.86, "type_f1": 0.64}}

# The fourteenth relation wire sets (eval/gold/relwire14_LANG.jsonl: 3 articles per language, 15 sentences, written in
# round 36 before their author read the relation rules, events annotated too; 2025 stories the earlier sets leave out as
# leads: Aliyev in Beijing, Carney in Warsaw, the first EU-Egypt summit, the US trade deals at the Kuala Lumpur ASEAN
# summit, Ishiba in Manila, Erdogan in Bogor, Lula in Beijing, the Chile-EU interim trade agreement, Gabon back in the
# AU, Xi in Phnom Penh, Carney in Paris, the Swiss-EU package, Min Aung Hlaing, Anwar and Lula in Moscow). First contact
# (main db61cea, gold corrected) relations F1 de .813, en .762, es .737, fr .629, ru .947 (type F1 de .877, en .678,
# es .479, fr .421, ru .636); pinned after round 36 (relwire) at relations F1 de .812, en .837, es .829, fr .629,
# ru .973 (type F1 the same).
RELWIRE14 = {"en": {"relations_f1": 0.80, "type_f1": 0.64}, "de": {"relations_f1": 0.78, "type_f1": 0.84},
             "es": {"relations_f1": 0.79, "type_f1": 0.44}, "fr": {"relations_f1": 0.59, "type_f1": 0.38},
             "ru": {"relations_f1": 0.93, "type_f1": 0.60}}

# The fifteenth relation wire sets (eval/gold/relwire15_LANG.jsonl: 3 articles per language, 14-15 sentences, written in
# round 37 before their author read the relation rules, events annotated too; 2025 stories the earlier sets leave out
# as leads: To Lam in Jakarta, Modi in Male, the trans-Afghan railway framework, the Lachin summit, Macron in Jakarta,
# EU-CELAC in Santa Marta, Rubio in Guatemala, Ecuador's vote on foreign bases, the US-Panama memorandum, Madagascar
# suspended by the AU, a Rafale letter of intent, Lebanon and Syria in Jeddah, Lukashenko in Beijing, Iran and the IAEA,
# Shoigu in Pyongyang). First contact (main f4ca47f, gold corrected) relations F1 de .897, en .780, es .923, fr .757,
# ru .667 (type F1 de .846, en .750, es .703, fr .767, ru .700); pinned after round 37 (relwire) at relations F1 de
# .897, en .909, es .923, fr .878, ru .848 (type F1 de .863, es .737, the others the same).
RELWIRE15 = {"en": {"relations_f1": 0.87, "type_f1": 0.72}, "de": {"relations_f1": 0.86, "type_f1": 0.83},
             "es": {"relations_f1": 0.88, "type_f1": 0.67}, "fr": {"relations_f1": 0.84, "type_f1": 0.73},
             "ru": {"relations_f1": 0.81, "type_f1": 0.67}}

# The sixteenth relation wire sets (eval/gold/relwire16_LANG.jsonl: 3 articles per language, 15 sentences, written in
# round 38 before their author read the relation rules, events annotated too; 2025 stories the earlier sets leave out
# as leads: the Pacific Islands Forum in Honiara, the ASEAN-GCC summit in Kuala Lumpur, Modi in Nicosia, Sanchez at the
# Arab League in Baghdad, Milei at the White House, Spain at the NATO summit, the EAC-SADC summit in Dar es Salaam,
# Port-Bouet handed back, Gabon readmitted by the AU, the Three Seas summit in Warsaw, the Visegrad group after the
# Czech election, the first EU-Moldova summit, the Turkic states in Gabala, Vucic and Fico in Beijing, Turkey closing
# its ports to Israel). First contact (main fa9c2ec2, gold corrected) relations F1 de .439, en .765, es .560, fr .412,
# ru .743 (type F1 de .781, en .561, es .561, fr .506, ru .702); pinned after round 38 (relwire) at relations F1 de
# .591, en .865, es .714, fr .650, ru .900 (type F1 fr .558, the others the same).
RELWIRE16 = {"en": {"relations_f1": 0.82, "type_f1": 0.52}, "de": {"relations_f1": 0.55, "type_f1": 0.73},
             "es": {"relations_f1": 0.67, "type_f1": 0.52}, "fr": {"relations_f1": 0.61, "type_f1": 0.52},
             "ru": {"relations_f1": 0.86, "type_f1": 0.66}}

# The traps sets (eval/gold/traps_LANG.jsonl, 8 short articles each written in round 21 before their author read the
# rules: background, history, conditionals, plans, a report's allegations, member and attendee lists, sport, markets,
# disasters, domestic politics with foreign names, negated acts, states in street and party names; 41 keys, few true
# facts). First contact type P de .667 en .727 es .700 fr .600 ru 1.00 (12 extras on 40 articles; all 31/12/10,
# P .721); after round 21 (precision) 31/3/10, P .912, F1 .827 (3 extras). Floors on all five together: per language
# a set this small moves by one extra.
TRAPS = {"type_precision": 0.88, "type_f1": 0.79}


# Each set written blind to the rules, by file name under eval/gold, with its floor. The relation sets
# (breadth_rel_*, reltraps_*, relrecall_*, relprec_*, relwire_*, relwire2_*, ..., relwire15_*) are taken in here
# only: no glob of this file reads them.
FLOORED_SETS = [("breadth2_ru", BREADTH2_RU), ("breadth2_es", BREADTH2_ES), ("breadth2_en", BREADTH2_EN),
                ("breadth2_de", BREADTH2_DE), ("breadth3_ru", BREADTH3_RU), ("roles_fr", ROLES_FR),
                *((f"typeconf_{lang}", floor) for lang, floor in sorted(TYPECONF.items())),
                *((f"typeconf2_{lang}", floor) for lang, floor in sorted(TYPECONF2.items())),
                ("roles_en", ROLES_EN),
                *((f"breadth_rel_{lang}", floor) for lang, floor in sorted(BREADTH_REL.items())),
                *((f"reltraps_{lang}", floor) for lang, floor in sorted(RELTRAPS.items())),
                *((f"relrecall_{lang}", floor) for lang, floor in sorted(RELRECALL.items())),
                *((f"multiparty_{lang}", floor) for lang, floor in sorted(MULTIPARTY.items())),
                *((f"relprec_{lang}", floor) for lang, floor in sorted(RELPREC.items())),
                *((f"relwire_{lang}", floor) for lang, floor in sorted(RELWIRE.items())),
                *((f"relwire2_{lang}", floor) for lang, floor in sorted(RELWIRE2.items())),
                *((f"relwire3_{lang}", floor) for lang, floor in sorted(RELWIRE3.items())),
                *((f"relwire4_{lang}", floor) for lang, floor in sorted(RELWIRE4.items())),
                *((f"relwire5_{lang}", floor) for lang, floor in sorted(RELWIRE5.items())),
                *((f"relwire6_{lang}", floor) for lang, floor in sorted(RELWIRE6.items())),
                *((f"relwire7_{lang}", floor) for lang, floor in sorted(RELWIRE7.items())),
                *((f"relwire8_{lang}", floor) for lang, floor in sorted(RELWIRE8.items())),
                *((f"relwire9_{lang}", floor) for lang, floor in sorted(RELWIRE9.items())),
                *((f"relwire10_{lang}", floor) for lang, floor in sorted(RELWIRE10.items())),
                *((f"relwire11_{lang}", floor) for lang, floor in sorted(RELWIRE11.items())),
                *((f"relwire12_{lang}", floor) for lang, floor in sorted(RELWIRE12.items())),
                *((f"relwire13_{lang}", floor) for lang, floor in sorted(RELWIRE13.items())),
                *((f"relwire14_{lang}", floor) for lang, floor in sorted(RELWIRE14.items())),
                *((f"relwire15_{lang}", floor) for lang, floor in sorted(RELWIRE15.items())),
                *((f"relwire16_{lang}", floor) for lang, floor in sorted(RELWIRE16.items())),
                *((f"accuse_{lang}", floor) for lang, floor in sorted(ACCUSE_SETS.items())),
                *((f"coop_{lang}", floor) for lang, floor in sorted(COOP_SETS.items())),
                ("precision_fr", PRECISION_FR), ("wire_fr", WIRE_FR), ("wire_fr2", WIRE_FR2), ("wire_fr3", WIRE_FR3),
                ("wire_fr4", WIRE_FR4), ("wire_fr5", WIRE_FR5), ("wire_fr6", WIRE_FR6),
                ("wire_fr7", WIRE_FR7), ("wire_fr8", WIRE_FR8), ("wire_fr9", WIRE_FR9),
                ("wire_fr10", WIRE_FR10), ("wire_fr11", WIRE_FR11), ("wire_fr12", WIRE_FR12),
                ("wire_fr13", WIRE_FR13), ("wire_fr14", WIRE_FR14),
                ("wire_fr15", WIRE_FR15),
                ("long_fr1", LONG_FR1), ("long_fr2", LONG_FR2), ("long_en1", LONG_EN1), ("long_en2", LONG_EN2),
                ("long_en3", LONG_EN3),
                ("long_es1", LONG_ES1),
                ("wire_ru", WIRE_RU), ("wire_ru2", WIRE_RU2), ("wire_ru3", WIRE_RU3), ("wire_ru4", WIRE_RU4),
                ("wire_ru5", WIRE_RU5), ("wire_ru6", WIRE_RU6), ("wire_ru7", WIRE_RU7),
                ("wire_ru8", WIRE_RU8), ("wire_ru9", WIRE_RU9), ("wire_ru10", WIRE_RU10),
                ("wire_ru11", WIRE_RU11), ("wire_ru12", WIRE_RU12), ("wire_ru13", WIRE_RU13),
                ("wire_ru14", WIRE_RU14),
                ("long_ru1", LONG_RU1), ("long_ru2", LONG_RU2), ("long_ru3", LONG_RU3),
                ("long_de1", LONG_DE1), ("long_de2", LONG_DE2), ("long_de3", LONG_DE3),
                ("wire_en", WIRE_EN),
                ("wire_en2", WIRE_EN2), ("wire_en3", WIRE_EN3),
                ("wire_de", WIRE_DE), ("wire_de2", WIRE_DE2), ("wire_de3", WIRE_DE3), ("wire_es", WIRE_ES),
                ("wire_es2", WIRE_ES2), ("wire_es3", WIRE_ES3), ("wire_es4", WIRE_ES4), ("wire_es5", WIRE_ES5),
                ("wire_es6", WIRE_ES6), ("wire_es7", WIRE_ES7), ("wire_es8", WIRE_ES8),
                ("wire_es9", WIRE_ES9),
                ("wire_de4", WIRE_DE4), ("wire_de5", WIRE_DE5), ("wire_de6", WIRE_DE6), ("wire_de7", WIRE_DE7),
                ("wire_de8", WIRE_DE8), ("wire_de9", WIRE_DE9), ("wire_de10", WIRE_DE10), ("wire_de11", WIRE_DE11),
                ("wire_de12", WIRE_DE12), ("wire_de13", WIRE_DE13), ("wire_de14", WIRE_DE14),
                ("wire_en4", WIRE_EN4),
                ("wire_en5", WIRE_EN5), ("wire_en6", WIRE_EN6), ("wire_en7", WIRE_EN7),
                ("wire_en8", WIRE_EN8), ("wire_en9", WIRE_EN9), ("wire_en10", WIRE_EN10),
                ("wire_en11", WIRE_EN11), ("wire_en12", WIRE_EN12),
                ("wire_en13", WIRE_EN13)]


def test_traps_sets_stay_above_their_floors() -> None:
    records = [r for path in sorted((ROOT / "eval" / "gold").glob("traps_??.jsonl")) for r in load_gold(path)]
    assert not _check("traps (all)", _figures(evaluate_records(records)), TRAPS)


def test_context_sets_stay_above_their_floors() -> None:
    records = [r for path in sorted((ROOT / "eval" / "gold").glob("context_??.jsonl")) for r in load_gold(path)]
    assert not _check("context (all)", _figures(evaluate_records(records)), CONTEXT)


@pytest.mark.parametrize("name, floor", FLOORED_SETS)
def test_sets_written_blind_stay_above_their_floors(name: str, floor: dict[str, float]) -> None:
    """Later breadth sets, type-confusion and role sets, and the relation breadth, trap and recall sets."""
    records = load_gold(ROOT / "eval" / "gold" / f"{name}.jsonl")
    failures = _check(name, _figures(evaluate_records(records)), floor)
    assert not failures, "; ".join(failures)
