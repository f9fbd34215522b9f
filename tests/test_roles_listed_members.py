"""Pairs inside a list (round 36, issue 10: "another pair"). Each sentence is our own.

- A clause inserted after a bloc's name that lists some of its members (", whose members include A, B and C,",
  ", dont font partie A, B et C,", ", в которую входят A, B и C,") ends at the comma after the list, not at the
  list's first comma: the members are no subjects of the main clause, the bloc is. A list that IS the subject
  ("A, B and C, which attended the summit, urged ...") still acts, and a bloc's apposition that names all its
  members ("made up of", "integrada por") still stands for them (EVAL.md: one fact per listed actor).
- The listed subjects of an agentless passive of a symmetric act ("ont été invités", "fueron invitados", "были
  приглашены", German "waren ... eingeladen") had it done to them by someone unnamed: no pair among them. With the
  agent named, it acts on each; an active perfect with "être"/"sein" ("se sont rencontrées", "sind
  zusammengekommen") keeps its pairs.
- A counted reference that names exactly the states a list names on the other side of a one-way act stands for
  that list ("Uganda and Rwanda arm the rebels, an accusation both governments rejected", "a pact under which an
  attack on either of the two countries ..."): no act of one member on the other through it. Mutual and reciprocal
  acts ("both countries accused each other") keep their pairs."""

from __future__ import annotations

import pytest

from extracted import country_keys as _pairs


@pytest.mark.parametrize(("lang", "text", "members", "target"), [
    ("en", "The Arab League, whose members include Egypt, Jordan and Morocco, on Monday urged Israel to halt the "
           "offensive.", ("EGY", "JOR", "MAR"), "ISR"),
    ("fr", "La Ligue arabe, dont font partie l'Égypte, la Jordanie et le Maroc, a exhorté lundi Israël à cesser son "
           "offensive.", ("EGY", "JOR", "MAR"), "ISR"),
    ("ru", "Лига арабских государств, в которую входят Египет, Иордания и Марокко, призвала Израиль прекратить "
           "наступление.", ("EGY", "JOR", "MAR"), "ISR"),
])
def test_members_listed_in_a_relative_clause_do_not_act_for_the_bloc(lang: str, text: str,
                                                                     members: tuple[str, ...], target: str) -> None:
    pairs = _pairs(text, lang)
    assert not {(m, target) for m in members} & {(s, t) for s, t, _ in pairs}
    assert any(t == target and s not in members for s, t, _ in pairs)


@pytest.mark.parametrize(("lang", "text", "judges", "judged"), [
    # the list is the subject, the relative clause after it describes them: they still act
    ("en", "Egypt, Jordan and Morocco, which had attended the summit, urged Israel to halt the offensive.",
     ("EGY", "JOR", "MAR"), "ISR"),
    ("fr", "L'Égypte, la Jordanie et le Maroc, qui avaient participé au sommet, ont exhorté Israël à cesser son "
           "offensive.", ("EGY", "JOR", "MAR"), "ISR"),
    # a bloc's apposition that names its members: each member acts in its place
    ("en", "The Alliance of Sahel States, made up of Mali, Burkina Faso and Niger, accused Algeria of shooting down "
           "the drone.", ("MLI", "BFA", "NER"), "DZA"),
    ("es", "La AES, integrada por Malí, Burkina Faso y Níger, condenó el jueves a Argelia por el derribo del dron.",
     ("MLI", "BFA", "NER"), "DZA"),
])
def test_a_listed_subject_still_acts(lang: str, text: str, judges: tuple[str, ...], judged: str) -> None:
    found = {(s, t) for s, t, _ in _pairs(text, lang)}
    assert {(j, judged) for j in judges} <= found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Japon, la Corée du Sud et l'Australie ont également été invités au sommet."),
    ("es", "Japón, Corea del Sur y Australia también fueron invitados a la cumbre."),
    ("ru", "Япония, Южная Корея и Австралия также были приглашены на саммит."),
    ("de", "Japan, Südkorea und Australien waren als Partnerländer zum Gipfel eingeladen."),
])
def test_the_listed_subjects_of_an_agentless_passive_do_not_act_on_each_other(lang: str, text: str) -> None:
    assert not _pairs(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the passive's agent named: it invited each of them
    ("fr", "Le Japon et l'Australie ont été invités par l'Otan au sommet.", {("NAT", "JPN"), ("NAT", "AUS")}),
    ("es", "Japón y Corea del Sur fueron invitados por la OTAN.", {("NAT", "JPN"), ("NAT", "KOR")}),
    ("de", "Japan und Südkorea waren von der Nato eingeladen worden.", {("NAT", "JPN"), ("NAT", "KOR")}),
    # the parties of the thing done, after "entre" or in its genitive: the deal is still theirs
    ("fr", "L'accord sur les minerais a été signé mercredi entre Washington et Kiev.", {("USA", "UKR")}),
    ("ru", "Газовое соглашение между Азербайджаном и ЕС было подписано в Баку.", {("AZE", "EU")}),
    # an active perfect with "être"/"sein" and a short adjective after "были": the subjects still meet each other
    ("fr", "La Russie et la Chine se sont rencontrées à Pékin.", {("RUS", "CHN")}),
    ("de", "Putin und Xi sind in Moskau zusammengekommen.", {("RUS", "CHN")}),
    ("ru", "Путин и Си были готовы к переговорам.", {("RUS", "CHN")}),
])
def test_a_named_agent_or_an_active_perfect_keeps_its_pairs(lang: str, text: str, expected: set) -> None:
    assert expected <= {(s, t) for s, t, _ in _pairs(text, lang)}


@pytest.mark.parametrize(("lang", "text", "listed"), [
    ("es", "El presidente keniano aseguró que Uganda y Ruanda arman a los rebeldes del este, una acusación que ambos "
           "gobiernos rechazaron el martes.", {"UGA", "RWA"}),
    ("fr", "Le président kényan a affirmé que l'Ouganda et le Rwanda armaient les rebelles de l'Est, une accusation "
           "que les deux gouvernements ont rejetée mardi.", {"UGA", "RWA"}),
    ("en", "Kenya's president said Uganda and Rwanda were arming the rebels in the east, an accusation both "
           "governments rejected on Tuesday.", {"UGA", "RWA"}),
    ("de", "Saudi-Arabien und Pakistan unterzeichneten ein Verteidigungsabkommen, wonach ein Angriff auf eines der "
           "beiden Länder als Angriff auf beide gilt.", {"SAU", "PAK"}),
])
def test_a_counted_reference_to_the_list_makes_no_one_way_pair_inside_it(lang: str, text: str,
                                                                         listed: set[str]) -> None:
    inside = {(s, t, kind) for s, t, kind in _pairs(text, lang) if {s, t} <= listed}
    assert inside <= {(s, t, "AGREE") for s in listed for t in listed}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a reciprocal act between the parties the reference names keeps both directions
    ("en", "India and Pakistan exchanged fire on Monday. Both countries accused each other of starting the clashes.",
     {("IND", "PAK", "ACCUSE"), ("PAK", "IND", "ACCUSE")}),
    # the signed pact between the listed states stays
    ("de", "Saudi-Arabien und Pakistan unterzeichneten ein Verteidigungsabkommen, wonach ein Angriff auf eines der "
           "beiden Länder als Angriff auf beide gilt.", {("SAU", "PAK", "AGREE")}),
])
def test_a_counted_reference_keeps_mutual_acts(lang: str, text: str, expected: set) -> None:
    assert expected <= _pairs(text, lang)
