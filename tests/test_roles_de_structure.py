"""German clause structure in long news sentences, written from the grammar (not from articles): who acts where
case, word order or a verb bracket says it rather than the position of a name. Whole pipeline, own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import shown_keys


def _keys(text: str) -> set[tuple[str, str | None, str]]:
    return shown_keys(text, "de", date(2025, 10, 27))


def _check(text: str, expected: set, absent: set) -> None:
    keys = _keys(text)
    assert expected <= keys, keys
    assert not absent & keys, keys


@pytest.mark.parametrize(("text", "key"), [
    ("Den Iran beschuldigte Israel am Sonntag, hinter dem Angriff auf ein Frachtschiff im Roten Meer zu stecken.",
     ("ISR", "IRN", "ACCUSE")),
    ("Dem Kosovo warf Serbien am Montag vor, die Rechte der serbischen Minderheit im Norden zu verletzen.",
     ("SRB", "XKX", "ACCUSE")),
    ("Den russischen Botschafter bestellte das Außenministerium in Warschau nach dem Drohnenangriff ein.",
     ("POL", "RUS", "ACCUSE")),
    ("Den Vereinigten Staaten warf China am Dienstag vor, den Handelskrieg weiter zu verschärfen.",
     ("CHN", "USA", "ACCUSE")),
    ("Dem Iran warf die Regierung in Washington vor, die Huthi mit Raketen zu beliefern.", ("USA", "IRN", "ACCUSE")),
    # "der" after a capitalised subordinator is no genitive (that follows a noun): the official is the subject
    ("Nachdem der iranische Außenminister Saudi-Arabien besucht hatte, lobte Katar die Annäherung.",
     ("IRN", "SAU", "CONSULT")),
    ("Während der türkische Präsident Griechenland kritisierte, rief die EU zur Mäßigung auf.",
     ("TUR", "GRC", "ACCUSE")),
    ("Weil der Präsident Venezuelas Guyana gedroht hatte, verlegten die USA Kriegsschiffe in die Karibik.",
     ("VEN", "GUY", "THREATEN")),
])
def test_the_subject_by_its_case_not_its_place(text: str, key: tuple) -> None:
    """No nominative has "den", "dem", "einen", "einem": the name after them is an object wherever it stands;
    "Nachdem der iranische Außenminister ...": the nominative "der" opens the subordinate clause's subject."""
    _check(text, {key}, {(key[1], key[0], key[2])})


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Die von der EU gegen Russland verhängten Sanktionen treffen nach Angaben Berlins auch Unternehmen aus Belarus.",
     {("EU", "RUS", "SANCTION")}, {("EU", "BLR", "SANCTION")}),
    ("Die von den USA gegen den Iran verhängten Strafzölle belasten auch Firmen aus Indien.",
     {("USA", "IRN", "SANCTION")}, {("USA", "IND", "SANCTION")}),
    ("Die von Russland gegen Estland gerichteten Drohungen beunruhigen die Nato-Partner in Polen.",
     {("RUS", "EST", "THREATEN")}, {("NATO", "EST", "THREATEN")}),
    ("Die durch China gegen Litauen verhängten Handelsbeschränkungen trafen auch Exporteure aus Deutschland.",
     {("CHN", "LTU", "SANCTION")}, {("CHN", "DEU", "SANCTION")}),
    # a verdict on the noun judges the attribute's agent
    ("Die Türkei lehnte den von Griechenland vorgelegten Plan für Zypern ab.", {("TUR", "GRC", "REJECT")},
     {("TUR", "CYP", "REJECT")}),
    ("Polen kritisierte die von Ungarn gegen die Ukraine erhobenen Vorwürfe scharf.",
     {("POL", "HUN", "ACCUSE"), ("HUN", "UKR", "ACCUSE")}, {("POL", "UKR", "ACCUSE")}),
])
def test_an_extended_attribute_holds_its_participles_agent_and_object(text: str, expected: set, absent: set) -> None:
    """"die von X gegen Y verhängten Sanktionen": an article and a preposition open a phrase that the participle
    closes before its noun; its "von"/"durch" phrase is the agent, names after the noun are the main clause's."""
    _check(text, expected, absent)


@pytest.mark.parametrize(("text", "pair", "plover"), [
    ("Während Indien und Pakistan sich an der Grenze in Kaschmir erneut beschossen, rief der UN-Generalsekretär "
     "beide Seiten zur Zurückhaltung auf.", ("IND", "PAK"), "ASSAULT"),
    ("Armenien und Aserbaidschan beschuldigten sich am Montag gegenseitig, die Waffenruhe gebrochen zu haben.",
     ("ARM", "AZE"), "ACCUSE"),
    ("Israel und der Iran greifen einander seit Tagen mit Raketen und Drohnen an.", ("ISR", "IRN"), "ASSAULT"),
])
def test_coordinated_subjects_with_a_reciprocal_act_on_each_other(text: str, pair: tuple, plover: str) -> None:
    """"beschossen sich", "gegenseitig", "einander": with no object of its own the act goes both ways."""
    _check(text, {(pair[0], pair[1], plover), (pair[1], pair[0], plover)}, set())


def test_a_mutual_clause_of_a_treaty_is_no_reciprocal_act() -> None:
    """"gegenseitige Hilfe" is an adjective of the treaty's content, not two states helping each other."""
    keys = _keys("Der von Russland und Nordkorea unterzeichnete Vertrag sieht gegenseitige Hilfe im Kriegsfall vor.")
    assert not [k for k in keys if k[2] == "AID"], keys


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Kanada erklärte, Indien sei für die Ermordung eines Aktivisten verantwortlich, und wies sechs indische "
     "Diplomaten aus.", {("CAN", "IND", "SANCTION")}, set()),
    ("Der US-Präsident drängte Israel, einer Waffenruhe mit der Hamas zuzustimmen, und rief Ägypten dazu auf, "
     "die Grenze zu Gaza zu öffnen.", {("USA", "ISR", "REQUEST"), ("USA", "EGY", "REQUEST")}, set()),
    # a fronted adverb after "und" leaves the subject after the verb
    ("Ungarn lehnte die Sanktionen ab, und dann kritisierte auch die Slowakei die EU.", {("SVK", "EU", "ACCUSE")},
     {("HUN", "EU", "ACCUSE"), ("HUN", "SVK", "ACCUSE")}),
])
def test_a_verb_right_after_comma_and_shares_the_first_subject(text: str, expected: set, absent: set) -> None:
    """", und wies ... aus": after a reported or infinitive clause, a finite verb right after "und" goes on with
    the main clause's subject; the name after it is its object."""
    _check(text, expected, absent)


@pytest.mark.parametrize(("text", "absent"), [
    ("Japan und Südkorea kritisierten Nordkorea für den jüngsten Raketentest, während China zur Zurückhaltung aufrief.",
     {("JPN", None, "MOBILIZE"), ("KOR", None, "MOBILIZE")}),
    ("Die EU verurteilte Russland wegen der andauernden Angriffe auf die ukrainische Energieversorgung.",
     {("EU", "UKR", "ASSAULT")}),
])
def test_an_act_noun_after_a_verdicts_reason_word_is_not_the_judges(text: str, absent: set) -> None:
    """"kritisierte X für den jüngsten Raketentest", "wegen der Angriffe": the noun is what the verdict blames."""
    _check(text, set(), absent)


@pytest.mark.parametrize("text", [
    "Der italienische Ministerpräsident wurde am Freitag in Kairo vom ägyptischen Präsidenten empfangen.",
    "Die italienische Delegation wurde von Ägypten mit allen Ehren empfangen.",
])
def test_a_past_passive_whose_participle_looks_like_an_infinitive(text: str) -> None:
    """"wurde ... empfangen": "wurde" is past, so the form that ends like an infinitive is a participle and the
    "von" phrase hosts (only "wird"/"werden" before a closing infinitive make a future)."""
    _check(text, {("EGY", "ITA", "CONSULT")}, {("ITA", "EGY", "CONSULT")})
