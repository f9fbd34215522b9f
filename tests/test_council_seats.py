"""A seat on the UN Security Council is a membership of the Council (UNSC), not of the UN (round 48, council48).

Round 47 coded the Council as the UN, as the UN's other organs are; a seat then read as a state joining the UN it has
belonged to for decades ("Algeria joined the Security Council": DZA-UN membership), and the seat's end as its leaving.
The Council's entry names the code of a seat (organisations.yaml `seat_code`, actors/seated_bodies.py): a membership
of the Council, and the act of taking or leaving the seat, take UNSC; all else the Council does stays UN. The
negation of a seat's kind ("non-permanent", "non permanent", "no permanente") denies no membership. Sentences are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import A_MONDAY, extraction, facts  # A_MONDAY: Wednesday 2025-06-04 (its Tuesday: 2025-06-03)


def _relations(text: str, lang: str) -> set[tuple]:
    """(pair sorted, kind, status, since) of each relation the text gives."""
    return {(*sorted((r.a, r.b)), r.kind, r.status, r.since) for r in extraction(text, lang, A_MONDAY).relations}


def _un_anywhere(text: str, lang: str) -> list:
    """The relations and events of the text that name the UN itself."""
    found = extraction(text, lang, A_MONDAY)
    return [r for r in found.relations if "UN" in (r.a, r.b)] + [e for e in found.events if "UN" in (e.source,
                                                                                                     e.target)]


_JAN_1, _TUESDAY = date(2025, 1, 1), date(2025, 6, 3)


@pytest.mark.parametrize(("lang", "text", "member", "since"), [
    ("de", "Deutschland ist seit Januar nichtständiges Mitglied des UN-Sicherheitsrats.", "DEU", _JAN_1),
    ("de", "Algerien trat am 1. Januar dem UN-Sicherheitsrat bei.", "DZA", _JAN_1),
    ("en", "Algeria joined the UN Security Council on January 1.", "DZA", _JAN_1),
    ("es", "Argelia se incorporó al Consejo de Seguridad de la ONU el 1 de enero.", "DZA", _JAN_1),
    ("es", "Panamá fue elegido el martes miembro no permanente del Consejo de Seguridad de la ONU.", "PAN", _TUESDAY),
    ("fr", "Le Danemark a été élu mardi membre non permanent du Conseil de sécurité.", "DNK", _TUESDAY),
    ("fr", "L'Algérie a fait son entrée au Conseil de sécurité le 1er janvier.", "DZA", _JAN_1),
    ("ru", "Пакистан был избран непостоянным членом Совета Безопасности ООН во вторник.", "PAK", _TUESDAY),
])
def test_a_seat_is_a_membership_of_the_council_from_its_start(lang: str, text: str, member: str, since: date) -> None:
    found = _relations(text, lang)
    assert (member, "UNSC", "membership", "in_force", since) in found, found
    assert not _un_anywhere(text, lang), _un_anywhere(text, lang)


@pytest.mark.parametrize(("lang", "text", "member"), [
    ("en", "Algeria, a non-permanent member of the Security Council, abstained.", "DZA"),
    ("en", "Russia, a permanent member of the UN Security Council, vetoed the resolution.", "RUS"),
    ("fr", "L'Algérie, membre non permanent du Conseil de sécurité, n'a pas pris part au vote.", "DZA"),
    ("es", "Argelia, miembro no permanente del Consejo de Seguridad, no participó en la votación.", "DZA"),
    ("de", "Russland, ständiges Mitglied des Sicherheitsrats, legte sein Veto ein.", "RUS"),
    ("ru", "Россия, как постоянный член Совета Безопасности ООН, поддержала резолюцию.", "RUS"),
    # the Council named in full with the UN as its complement, or the UN after it: one seat, one relation
    ("en", "Somalia is a non-permanent member of the Security Council of the United Nations.", "SOM"),
    ("de", "Algerien ist Mitglied im Sicherheitsrat der UNO.", "DZA"),
    # the Council's short name stands for it
    ("en", "The Security Council adopted a resolution on Friday. Algeria, a non-permanent member of the Council, "
           "abstained.", "DZA"),
])
def test_a_seat_gives_one_council_membership_and_no_un_one(lang: str, text: str, member: str) -> None:
    found = _relations(text, lang)
    memberships = [r for r in found if r[2] == "membership"]
    assert [r[:3] for r in memberships] == [(member, "UNSC", "membership")], found
    assert not [r for r in extraction(text, lang, A_MONDAY).relations if "UN" in (r.a, r.b)], found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Algeria left the Security Council at the end of 2025."),
    ("es", "Argelia abandonó el Consejo de Seguridad a finales de 2025."),
    ("fr", "L'Algérie a quitté le Conseil de sécurité fin 2025."),
])
def test_leaving_a_seat_ends_the_council_membership_not_the_un_one(lang: str, text: str) -> None:
    found = extraction(text, lang, A_MONDAY)
    assert {(r.a, r.b, r.kind, r.status) for r in found.relations} == {("DZA", "UNSC", "membership", "ended")}
    assert {(e.source, e.target, e.cameo) for e in found.events} == {("DZA", "UNSC", "161")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "India is not a permanent member of the Security Council."),
    ("en", "Germany is no permanent member of the Security Council."),  # "no" denies: no kind of member
    ("fr", "L'Allemagne n'est pas membre permanent du Conseil de sécurité."),
    ("es", "Brasil no es miembro permanente del Consejo de Seguridad."),
])
def test_a_denied_seat_is_no_membership(lang: str, text: str) -> None:
    assert not [r for r in _relations(text, lang) if r[2] == "membership"], _relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "The Security Council adopted a resolution condemning Israel.", ("UN", "ISR", "ACCUSE", False)),
    ("de", "Der Sicherheitsrat verurteilte Israel.", ("UN", "ISR", "ACCUSE", False)),
    ("fr", "Le Conseil de sécurité a condamné Israël.", ("UN", "ISR", "ACCUSE", False)),
    ("es", "El Consejo de Seguridad condenó a Israel.", ("UN", "ISR", "ACCUSE", False)),
    ("ru", "Совет Безопасности ООН осудил Израиль.", ("UN", "ISR", "ACCUSE", False)),
    ("fr", "Le Maroc a appelé le Conseil de sécurité de l'ONU à agir.", ("MAR", "UN", "REQUEST", False)),
])
def test_what_the_council_does_stays_the_uns(lang: str, text: str, fact: tuple) -> None:
    found = facts(text, lang)
    assert fact in found and not any("UNS" in (f[0], f[1]) for f in found), found


def test_un_membership_itself_stays_the_un() -> None:
    found = _relations("Algeria is a member of the UN and of the African Union.", "en")
    assert {r[:3] for r in found} == {("DZA", "UN", "membership"), ("AU", "DZA", "membership")}, found


def test_un_sanctions_are_the_un_and_no_seat() -> None:
    mentions = [m for ms in extraction("Die UN-Sanktionen gegen Iran gelten wieder.", "de").actors for m in ms]
    sanctions = next(m for m in mentions if m.surface == "UN-Sanktionen")
    assert (sanctions.code, sanctions.entry) == ("UN", "orgs:un_sanctions")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ghana signed an agreement with the Security Council."),
    ("de", "Ghana unterzeichnete ein Abkommen mit dem UN-Sicherheitsrat."),
])
def test_an_agreement_with_the_council_is_no_seat(lang: str, text: str) -> None:
    # round 49: the act's code alone (057) is no seat; its rule (or, in German, its joining word) must take one
    found = facts(text, lang)
    assert ("GHA", "UN", "AGREE", False) in found and not any("UNS" in (f[0], f[1]) for f in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Algerien trat am 1. Januar dem UN-Sicherheitsrat bei."),
    ("en", "Algeria joined the UN Security Council on January 1."),
])
def test_joining_the_council_is_the_seat_taken(lang: str, text: str) -> None:
    assert ("DZA", "UNS", "AGREE", False) in facts(text, lang)  # (facts cut codes to their country part)


@pytest.mark.parametrize(("lang", "text", "member", "status"), [
    # round 49: the seat and term words of each language, the body named right after
    ("en", "Panama sits on the Security Council as an elected member until the end of next year.", "PAN",
     "in_force"),
    ("en", "Ecuador won a seat on the Security Council in June.", "ECU", "in_force"),
    ("en", "Denmark's term on the Security Council ended in December.", "DNK", "ended"),
    ("fr", "Le Mozambique, qui a achevé en décembre son mandat au Conseil de sécurité, a voté contre.", "MOZ",
     "ended"),
    ("fr", "Le Danemark a entamé en janvier son mandat au Conseil de sécurité.", "DNK", "in_force"),
    ("es", "Panamá ocupa desde enero un asiento en el Consejo de Seguridad.", "PAN", "in_force"),
    # the Council's short name after the article joined to its preposition ("del", as French "du")
    ("es", "El Consejo de Seguridad se reunió el lunes. Panamá, miembro no permanente del Consejo, se abstuvo.",
     "PAN", "in_force"),
])
def test_a_seat_or_a_term_named_so_is_the_council_membership(lang: str, text: str, member: str,
                                                             status: str) -> None:
    found = {r[:4] for r in _relations(text, lang)}
    assert (member, "UNSC", "membership", status) in found, found
    assert not _un_anywhere(text, lang), _un_anywhere(text, lang)


def test_a_seat_sought_is_no_membership() -> None:
    assert not _relations("Chile backs Brazil's bid for a permanent seat on the Security Council.", "en")
