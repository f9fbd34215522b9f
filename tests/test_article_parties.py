"""Parties the article named before (issue 10, article-level party resolution): a reaction whose speaker follows the
quotation it is given in answers the latest act on the speaker's state, a condemnation with no target condemns every
party that did the act it judges, not only the one told last, and a rejection answers the claim, not a sanction told
after it. Sentences written for the tests."""

from __future__ import annotations

import pytest

from extracted import facts, shown_keys


def _shown(text: str, lang: str) -> set[tuple]:
    """The keys of the events printed by default (the gold scores only those)."""
    return shown_keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", 'Belarus expelled two Lithuanian diplomats on Tuesday. "This hostile step will not go unanswered," '
           "Lithuanian Foreign Minister Kestutis Budrys said."),
    ("fr", "Le Bélarus a expulsé mardi deux diplomates lituaniens. « Ce geste hostile ne restera pas sans réponse », "
           "a déclaré le ministre lituanien des Affaires étrangères, Kęstutis Budrys."),
    ("es", 'Bielorrusia expulsó el martes a dos diplomáticos lituanos. "Este paso hostil no quedará sin respuesta", '
           "declaró el ministro lituano de Exteriores, Kęstutis Budrys."),
])
def test_a_quoted_reaction_answers_the_act_on_its_speaker(lang: str, text: str) -> None:
    # the speaker after the quotation is the source as surely as a subject: the threat answers the expulsion
    assert ("LTU", "BLR", "THREATEN") in _shown(text, lang)


@pytest.mark.parametrize(("lang", "text", "judge"), [
    ("fr", "Les États-Unis et le Royaume-Uni ont frappé des positions houthies au Yémen dans la nuit. « Ces frappes "
           "défensives protègent la navigation », a expliqué le Pentagone. Téhéran a condamné une agression "
           "flagrante contre le Yémen.", "IRN"),
    ("es", "Estados Unidos y el Reino Unido bombardearon posiciones hutíes en Yemen durante la noche. \"Estos "
           "ataques defensivos protegen la navegación\", explicó el Pentágono. Teherán condenó la agresión contra "
           "Yemen.", "IRN"),
    ("en", 'The United States and Britain struck Houthi positions in Yemen overnight. "These defensive strikes '
           'protect shipping," the Pentagon said. Iran condemned the aggression.', "IRN"),
    ("de", "Israel und die USA haben am Sonntag Atomanlagen im Iran angegriffen. Israel erklärte, seine Kampfjets "
           "hätten auch die Luftabwehr bei Teheran getroffen. Die Türkei verurteilte die Angriffe.", "TUR"),
])
def test_a_condemnation_judges_every_author_of_the_act(lang: str, text: str, judge: str) -> None:
    # the act told last (the Pentagon's strikes, Israel's jets) had a partner two sentences before: both are judged
    shown = _shown(text, lang)
    attackers = {s for s, _t, p in shown if p == "ASSAULT"}
    assert len(attackers) == 2
    assert {(judge, a, "ACCUSE") for a in attackers} <= shown


def test_a_condemnation_judges_no_one_who_hit_another_party() -> None:
    # the other attack hit someone else: its author is no author of the act condemned
    shown = _shown("Russia struck Kharkiv overnight. Israel struck targets near Damascus on Monday. Turkey condemned "
                   "the attacks.", "en")
    assert ("TUR", "ISR", "ACCUSE") in shown
    assert ("TUR", "RUS", "ACCUSE") not in shown


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lithuania accused Belarus of a hybrid attack on Tuesday. On Wednesday the European Union imposed new "
           "sanctions on Belarus. Minsk rejected the accusations."),
    ("fr", "La Lituanie a accusé mardi le Bélarus d'une attaque hybride. Mercredi, l'Union européenne a imposé de "
           "nouvelles sanctions au Bélarus. Minsk a rejeté les accusations."),
    ("es", "Lituania acusó el martes a Bielorrusia de un ataque híbrido. El miércoles la Unión Europea impuso nuevas "
           "sanciones a Bielorrusia. Minsk rechazó las acusaciones."),
    ("ru", "Литва во вторник обвинила Белоруссию в гибридной атаке. В среду Евросоюз ввёл новые санкции против "
           "Белоруссии. В Минске обвинения отвергли."),
])
def test_a_rejection_answers_the_claim_not_the_sanction_told_after_it(lang: str, text: str) -> None:
    # one rejects a claim, a demand or an offer; the sanctions told in between are no thing rejected
    shown = _shown(text, lang)
    assert ("BLR", "LTU", "REJECT") in shown
    assert ("BLR", "EU", "REJECT") not in shown


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lithuania accused Belarus of a hybrid attack on Tuesday. On Wednesday the European Union imposed new "
           "sanctions on Belarus. Minsk rejected the sanctions as illegal."),
    ("ru", "Литва во вторник обвинила Белоруссию в гибридной атаке. В среду Евросоюз ввёл новые санкции против "
           "Белоруссии. Минск отверг санкции."),
])
def test_a_rejection_of_the_sanctions_named_answers_their_author(lang: str, text: str) -> None:
    assert ("BLR", "EU", "REJECT") in _shown(text, lang)


@pytest.mark.parametrize(("lang", "text", "judge", "wrong"), [
    ("en", "China's coast guard rammed a Philippine supply boat on Monday. Manila condemned Beijing's conduct. The "
           "Philippines then imposed sanctions on two Chinese shipping firms. Japan voiced concern.", "JPN", "PHL"),
    ("es", "La guardia costera china embistió el lunes un barco filipino. Manila condenó la actuación de Pekín. "
           "Filipinas impuso después sanciones a dos navieras chinas. Japón expresó su preocupación.", "JPN", "PHL"),
    ("fr", "Les garde-côtes chinois ont éperonné lundi un navire philippin. Manille a condamné l'attitude de Pékin. "
           "Les Philippines ont ensuite imposé des sanctions à deux armateurs chinois. Le Japon a exprimé sa "
           "préoccupation.", "JPN", "PHL"),
    ("ru", "Китайская береговая охрана в понедельник протаранила филиппинское судно. Манила осудила действия "
           "Пекина. Затем Филиппины ввели санкции против двух китайских компаний. Япония выразила обеспокоенность.",
     "JPN", "PHL"),
    ("es", "Rusia bombardeó Járkov el lunes. Kiev condenó a Moscú. Ucrania sancionó después a tres bancos rusos. "
           "Francia expresó su preocupación.", "FRA", "UKR"),
])
def test_a_verdict_with_no_object_joins_the_round_of_verdicts(lang: str, text: str, judge: str, wrong: str) -> None:
    """Round 51 (acts51): a verdict with no object judges the author of the hostile act the article's other verdicts
    condemned, not the author of a later act that answers it (the sanctions of the one rammed or shelled)."""
    found = facts(text, lang)
    assert (judge, "CHN" if wrong == "PHL" else "RUS", "ACCUSE", False) in found
    assert (judge, wrong, "ACCUSE", False) not in found
