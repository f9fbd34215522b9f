"""Ways of saying things that round 40's sets showed the coder misreading and their authors understood but left
(round 41's misses task). Each test uses sentences written for this file, not taken from any set, with at least one
other phrasing and a sentence the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts


def _events(text: str, lang: str = "en", published: date = date(2025, 10, 15)) -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    return facts(text, lang, published)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Erdogan spoke in Ankara on Monday. He welcomed Iran's delegation warmly and offered to mediate between Iran "
     "and Israel.", "TUR", "ISR"),
    ("Lukashenko gave a long address on Friday. In it he praised Trump as a leader who keeps promises and offered to "
     "host talks between Russia and Ukraine.", "BLR", "UKR"),
])
def test_pronoun_subject_keeps_its_object_out_of_the_next_verb(text: str, source: str, target: str) -> None:
    """"he praised Trump ... and offered to host talks": the pronoun is the subject of both verbs; the name after the
    first verb is its object, not the subject of the second (the offer was read as Trump's)."""
    found = _events(text)
    offers = [f for f in found if f[1] == target]
    assert offers and all(f[0] == source for f in offers), found


def test_object_before_an_infinitive_still_acts_next() -> None:
    """"invited Putin to visit Tehran": the object of "invited" is who acts next; the fix leaves it so."""
    found = _events("Pezeshkian invited Putin to visit Tehran in the spring.")
    assert ("IRN", "RUS", "AGREE", False) in found, found


@pytest.mark.parametrize(("text", "lang", "accused"), [
    ("Trois diplomates français avaient été expulsés du Mali en mars, accusés d'espionnage.", "fr", "FRA"),
    ("Deux diplomates belges ont été expulsés par le Rwanda lundi, accusés d'ingérence.", "fr", "BEL"),
    ("Two Polish diplomats were expelled by Belarus last week, accused of spying.", "en", "POL"),
    ("Dos diplomáticos argentinos fueron expulsados por Venezuela el lunes, acusados de conspiración.", "es", "ARG"),
])
def test_participle_after_a_passive_describes_its_subject(text: str, lang: str, accused: str) -> None:
    """"ont été expulsés ..., accusés de ...": the participle after the comma shares the passive's subject, who is
    accused, never the accuser (it was read as the expelled diplomats' charge against the state)."""
    found = _events(text, lang)
    assert not any(f[2] == "ACCUSE" and f[0] == accused for f in found), found
    assert any(f[2] == "SANCTION" and f[1] == accused for f in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Colombia extraditó el martes a Estados Unidos a un líder del Clan del Golfo, acusado en Miami de narcotráfico.",
     "es"),
    ("Mexico extradited to the United States a cartel leader, accused in Texas of drug trafficking.", "en"),
])
def test_charge_brought_in_a_place_is_no_charge_of_the_subject(text: str, lang: str) -> None:
    """"..., acusado en Nueva York de ...": a participle with a place before its complement tells where a court
    charged the one before the comma; the extraditing state accuses no one (it was read as a charge against the
    state that receives the man)."""
    found = _events(text, lang)
    assert not any(f[2] == "ACCUSE" for f in found) and any(f[2] == "COOPERATE" for f in found), found


def test_participle_after_an_active_clause_keeps_the_subject_as_accuser() -> None:
    """"Belarus expelled two Polish diplomats, accused of spying": the main clause's subject accuses (unchanged)."""
    assert ("BLR", "POL", "ACCUSE", False) in _events("Belarus expelled two Polish diplomats, accused of spying.")


@pytest.mark.parametrize(("text", "lang"), [
    ("Frankreich und Deutschland verhandelten am Montag in Genf mit Iran.", "de"),
    ("France and Germany held talks on Monday in Geneva with Iran.", "en"),
    ("Francia y Alemania negociaron el lunes en Ginebra con Irán.", "es"),
])
def test_plural_subject_meets_its_partner_after_a_day_and_an_unknown_city(text: str, lang: str) -> None:
    """"verhandelten am Montag in Genf mit Iran": a city no actor stands for says where, as a known one does; the
    partner after it is each listed subject's partner (the day and the city counted as words put it out of reach, so
    the two subjects met each other only)."""
    found = _events(text, lang)
    assert {("FRA", "IRN"), ("DEU", "IRN")} <= {(f[0], f[1]) for f in found if f[2] == "CONSULT"}, found


def test_a_noun_after_a_place_preposition_is_no_place() -> None:
    """"le long de la côte turque": the phrase governs the name after it, Turkey is no partner of the patrols."""
    found = _events("Les marines grecque et chypriote ont mené des patrouilles communes le long de la côte turque.",
                    "fr")
    assert not any("TUR" in (f[0], f[1]) for f in found), found


@pytest.mark.parametrize(("text", "judged", "plover"), [
    ("Scholz versprach der Ukraine weitere Waffen und lobte Polen für seine Hilfe.", "POL", "SUPPORT"),
    ("Merz kündigte neue Hilfen für die Ukraine an und kritisierte Russland scharf.", "RUS", "ACCUSE"),
])
def test_weak_past_after_und_is_out_of_a_promise(text: str, judged: str, plover: str) -> None:
    """"versprach ... und lobte Polen": the weak past after "und" heads a clause of its own; the praise is told as
    done, not promised (German had no past endings, so the promise cue reached over it)."""
    found = _events(text, "de")
    assert any(f[1] == judged and f[2] == plover for f in found), found


def test_infinitive_after_und_stays_promised() -> None:
    """"sagte zu, ... zu liefern und Polen zu unterstützen": both infinitives are promised, neither told as done."""
    found = _events("Macron sagte zu, der Ukraine Panzer zu liefern und Polen zu unterstützen.", "de")
    assert not any(f[1] == "POL" and f[2] == "SUPPORT" for f in found), found


@pytest.mark.parametrize("text", [
    "Vilnius had warned the Belarusian border guards that smugglers' balloons were drifting east.",
    "Tallinn warned Moscow that its jets were flying without transponders over the Gulf of Finland.",
])
def test_warning_that_something_is_under_way_is_no_threat(text: str) -> None:
    """"warned the Polish military that drones were approaching": passing on that something is under way informs;
    it was read as a threat (of force, by "military")."""
    assert not any(f[2] == "THREATEN" for f in _events(text)), _events(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran warned Washington that it was preparing a crushing response.", ("IRN", "USA", "THREATEN", False)),
    ("Minsk warned Vilnius that it would answer any provocation.", ("BLR", "LTU", "THREATEN", False)),
])
def test_warning_of_what_the_warner_will_do_stays_a_threat(text: str, expected: tuple) -> None:
    assert expected in _events(text), _events(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le président sénégalais a reçu mardi son homologue gambien à Dakar. Le Sénégal a remercié son hôte pour "
     "l'accueil.", None),
    ("Le chef de l'État ghanéen est arrivé lundi à Abuja, où il a été accueilli par Bola Tinubu. Le président "
     "ghanéen a remercié son hôte pour son accueil.", ("GHA", "NGA", "SUPPORT", False)),
    ("La ministre belge s'est rendue mercredi à Kinshasa. La cheffe de la diplomatie belge a rencontré son "
     "homologue.", ("BEL", "COD", "CONSULT", False)),
])
def test_bare_host_or_counterpart_is_the_other_state_of_the_story(text: str, expected: tuple | None) -> None:
    """"a remercié son hôte", "a rencontré son homologue": alone after the possessive, the host or counterpart is the
    other state the story named (it was nobody, so the thanks and the meeting had no target)."""
    found = _events(text, "fr")
    if expected is None:
        assert ("SEN", "GMB", "SUPPORT", False) in found, found
    else:
        assert expected in found, found


def test_counterpart_with_its_demonym_keeps_its_own_state() -> None:
    found = _events("Le ministre algérien a reçu lundi son homologue tunisien.", "fr")
    assert ("DZA", "TUN", "CONSULT", False) in found and not any(f[1] not in ("TUN", None) for f in found), found
