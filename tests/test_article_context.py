"""The article as context: references back to actors named earlier, reactions whose target an earlier
sentence gives, and roles read from structure rather than proximity. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import country_keys, events_of, extraction
from realpolitik.actors import recognise_actors
from realpolitik.language import split_sentences
from realpolitik.model import Document
from realpolitik.pipeline import extract_document

ON = date(2025, 10, 27)


def _references(text: str, lang: str) -> list[list[tuple[str, list[str]]]]:
    """Per sentence: (surface, codes) of each reference mention."""
    from realpolitik.actors.reference.history import members

    found = recognise_actors(split_sentences(text, lang), lang, ON)
    return [[(m.surface, members(m)) for m in ms if m.kind == "reference"] for ms in found]


_keys = partial(country_keys, published=ON, factual_only=True)


@pytest.mark.parametrize(("lang", "text", "codes"), [
    ("de", "Mali, Burkina Faso und Niger verließen die Ecowas. Die drei Staaten gründeten ein Bündnis.",
     ["MLI", "BFA", "NER"]),
    ("en", "Mali, Burkina Faso and Niger left ECOWAS. The three governments formed an alliance.",
     ["MLIGOV", "BFAGOV", "NERGOV"]),
    ("es", "Mali, Burkina Faso y Níger dejaron la Cedeao. Los tres países formaron una alianza.",
     ["MLI", "BFA", "NER"]),
    ("fr", "Le Mali, le Burkina Faso et le Niger ont quitté la Cédéao. Les trois pays ont formé une alliance.",
     ["MLI", "BFA", "NER"]),
    ("ru", "Мали, Буркина-Фасо и Нигер покинули ЭКОВАС. Эти страны создали союз.", ["MLI", "BFA", "NER"]),
    ("en", "Chile and Peru met on Monday while Japan watched. Both countries signed.", ["CHL", "PER"]),
    ("de", "Indien und Pakistan lieferten sich an der Grenze Gefechte. Die beiden Atommächte einigten sich auf eine "
           "Waffenruhe.", ["IND", "PAK"]),
    ("es", "Irán y Arabia Saudí reanudaron relaciones tras años de crisis entre los dos países.", ["IRN", "SAU"]),
])
def test_counted_groups_stand_for_the_list_named_before(lang: str, text: str, codes: list[str]) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence]
    assert [c for _surface, c in refs] == [codes]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The presidents of Peru, Dina Boluarte, and of Chile, Gabriel Boric, met in Brazil. The two countries "
           "agreed to reopen the border."),
    ("es", "Los presidentes de Perú, Dina Boluarte, y de Chile, Gabriel Boric, se reunieron en Brasil. Los dos países "
           "acordaron reabrir la frontera."),
    ("fr", "Les présidents du Pérou, Dina Boluarte, et du Chili, Gabriel Boric, se sont réunis au Brésil. Les deux "
           "pays ont convenu de rouvrir la frontière."),
    ("de", "Die Präsidenten von Peru, Dina Boluarte, und von Chile, Gabriel Boric, trafen sich in Brasilien. Die "
           "beiden Länder vereinbarten, die Grenze zu öffnen."),
])
def test_a_list_may_repeat_its_of(lang: str, text: str) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence]
    assert [c for _surface, c in refs] == [["PER", "CHL"]]


_QUIET = {  # sentences without actors or acts: a paragraph between the sides' deal and the mediator
    "de": "Die Gespräche fanden in einem Hotel statt. Dort wurde lange über Details gesprochen. Journalisten warteten "
          "vor dem Gebäude. Am Abend gab es ein Essen. Die Stimmung galt als gelöst. Beobachter sprachen von einem "
          "Durchbruch. Die Einzelheiten blieben zunächst offen. Weitere Treffen sind geplant. Der Termin steht aber "
          "noch nicht fest. Viele Fragen bleiben ungeklärt. Das Wetter in der Stadt war kalt und regnerisch. Die "
          "Delegationen reisten am nächsten Morgen wieder ab. Zuvor hatten beide Seiten lange geschwiegen. Die Reise "
          "dauerte mehrere Stunden. Am Flughafen warteten viele Kameras. ",
    "en": "The talks took place in a hotel. Details were discussed for hours. Reporters waited outside the building. "
          "A dinner followed in the evening. The mood was described as relaxed. Observers spoke of a breakthrough. "
          "Many details remained open at first. Further meetings are planned. No date has been set yet. Many "
          "questions remain unanswered. The weather in the city was cold and rainy. The delegations left again the "
          "next morning. Both sides had kept silent for a long time before. The journey took several hours. Many "
          "cameras were waiting at the airport. ",
}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Iran und Saudi-Arabien vereinbarten am Freitag die Wiederaufnahme ihrer Beziehungen. " + _QUIET["de"]
     + "China hatte den Neubeginn vermittelt."),
    ("en", "Iran and Saudi Arabia agreed on Friday to restore relations. " + _QUIET["en"]
     + "The deal was brokered by China."),
])
def test_a_mediator_told_a_paragraph_after_the_sides_mediated_between_them(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert {("CHN", "IRN", "CONSULT"), ("CHN", "SAU", "CONSULT")} <= keys


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Saudi Arabia and Iran agreed to restore relations. China welcomed the agreement.", {"IRN", "SAU"}),
    ("fr", "L'Iran et l'Arabie saoudite ont conclu un accord. L'Égypte a salué l'annonce.", {"IRN", "SAU"}),
    ("ru", "Иран и Саудовская Аравия подписали соглашение. Египет приветствовал этот шаг.", {"IRN", "SAU"}),
    ("en", "France announced it would pull its troops out of Niger. The junta in Niamey welcomed the announcement.",
     {"FRA"}),
    ("de", "Frankreich kündigte den Abzug seiner Truppen aus Niger an. Die Junta in Niamey begrüßte die Ankündigung.",
     {"FRA"}),
    ("es", "Francia anunció la retirada de sus tropas de Níger. La junta de Niamey aplaudió el anuncio.", {"FRA"}),
])
def test_praise_with_no_target_praises_the_deal_or_the_act_before_it(lang: str, text: str, expected: set) -> None:
    praised = {k[1] for k in _keys(text, lang) if k[2] == "SUPPORT" and k[0] in ("CHN", "EGY", "NER")}
    assert praised == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Armenia and Azerbaijan swapped prisoners on Monday. The exchange was arranged by Qatar, the Armenian "
           "government said in the evening. The two countries will keep talking."),
    ("de", "Armenien und Aserbaidschan tauschten am Montag Gefangene aus. Den Austausch vermittelte Katar, die "
           "armenische Regierung berichtete am Abend davon. Die beiden Länder wollen weiter verhandeln."),
    ("es", "Armenia y Azerbaiyán intercambiaron prisioneros el lunes. El canje lo organizó Catar, el Gobierno armenio "
           "informó por la noche. Los dos países seguirán negociando."),
    ("fr", "L'Arménie et l'Azerbaïdjan ont échangé des prisonniers lundi. L'échange a été organisé par le Qatar, le "
           "gouvernement arménien a indiqué lundi soir. Les deux pays vont poursuivre les discussions."),
    ("ru", "Армения и Азербайджан обменялись пленными в понедельник. Обмен организовал Катар, правительство Армении "
           "сообщило вечером. Обе страны продолжат переговоры."),
])
def test_a_name_a_speech_verb_follows_closes_a_report_and_joins_no_list(lang: str, text: str) -> None:
    # the mediator and the government that reports it are no pair: "the two countries" are the sides named first
    assert [codes for _surface, codes in _references(text, lang)[-1]] == [["ARM", "AZE"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile, Peru and Bolivia said on Monday that talks would resume. These countries share a border."),
    ("es", "Chile, Perú y Bolivia anunciaron el lunes que las conversaciones seguirán. Estos países comparten "
           "frontera."),
    ("ru", "Чили, Перу и Боливия заявили в понедельник о возобновлении переговоров. Эти страны имеют общую границу."),
])
def test_coordinated_speakers_stay_one_list(lang: str, text: str) -> None:
    # a speech verb after the last of a coordinated list ends no report: the list is all three
    assert [codes for _surface, codes in _references(text, lang)[-1]] == [["CHL", "PER", "BOL"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mali and Niger met. Two countries have since joined them."),  # new information, not a reference
    ("de", "Frankreich und Mali stritten. Ein afrikanisches Land vermittelte."),
    # plural: no single country (with two Gulf states named, "the Gulf states" are those two: see
    # test_crowds_and_datelines.py)
    ("en", "Saudi Arabia and Iran met. The Gulf states agreed."),
    ("de", "Moskau wolle die Regierung der Ex-Sowjetrepublik Georgien stürzen."),  # the name is there
])
def test_no_reference_where_none_is_meant(lang: str, text: str) -> None:
    assert not any(_references(text, lang))


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "Chile, Qatar and Peru talked. The Gulf emirate hosted the meeting.", "QAT"),
    ("en", "Japan sent ships to Cuba. The island nation protested.", "CUB"),
    ("de", "Algerien und Katar verhandelten. Das Golfemirat vermittelte.", "QAT"),
    ("de", "Somalia protestierte. Die Medien des Staates am Horn von Afrika berichteten.", "SOM"),
    ("es", "España criticó a Argentina. El choque con el país latinoamericano sigue.", "ARG"),
    ("fr", "Israël a frappé le Liban. L'État hébreu a ensuite visé la Syrie.", "ISR"),
    ("fr", "Le Maroc et l'Algérie se disputent. Le royaume chérifien proteste.", "MAR"),
    ("ru", "Япония и Литва подписали договор. Островное государство довольно.", "JPN"),
    ("en", "The Islamic Republic rejected the claims.", "IRN"),
])
def test_descriptions_name_the_latest_country_that_fits(lang: str, text: str, code: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    # a reference, or a dictionary name where the dictionary lists the description ("l'État hébreu")
    assert code in [m.code for m in found[-1]]


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "Somalia's president said his country would defend itself.", "SOM"),
    ("de", "Der brasilianische Präsident sagte, sein Land werde antworten.", "BRA"),
    ("es", "El príncipe heredero saudí dijo que su país aprecia el apoyo.", "SAU"),
    ("fr", "Le président algérien a dit que son pays répondrait.", "DZA"),
    ("ru", "Президент Бразилии заявил, что его страна ответит.", "BRA"),
])
def test_the_own_country_of_the_actor_named_before(lang: str, text: str, code: str) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence]
    assert [c for _surface, c in refs] == [[code]]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "The United States accused Iran of attacking a tanker. Iran threatened retaliation.",
     ("IRN", "USA", "THREATEN")),
    ("de", "Israel griff am Montag Ziele im Iran an. Teheran drohte mit Vergeltung.", ("IRN", "ISR", "THREATEN")),
    ("es", "Estados Unidos acusó a Venezuela de fraude. Caracas rechazó las acusaciones.", ("VEN", "USA", "REJECT")),
    ("fr", "L'Algérie a expulsé douze agents français. Paris a condamné cette décision.", ("FRA", "DZA", "ACCUSE")),
    ("ru", "Литва закрыла границу с Белоруссией. Минск пригрозил ответными мерами.", ("BLR", "LTU", "THREATEN")),
])
def test_reactions_answer_the_latest_event_on_the_actor(lang: str, text: str, key: tuple) -> None:
    assert key in _keys(text, lang)


def test_a_reaction_continues_the_actors_own_dyad() -> None:
    keys = _keys("Russia expelled two Moldovan diplomats on Monday. Moscow also threatened further measures.", "en")
    assert ("RUS", "MDA", "THREATEN") in keys


def test_a_verdict_on_an_act_of_an_unknown_agent_reaches_no_further() -> None:
    keys = _keys("Israel attacked Iran. Während seines Besuchs kritisierte der Kremlchef die Waffenlieferungen "
                 "des Westens an die Ukraine.", "de")
    assert not any(k[2] == "ACCUSE" for k in keys)


@pytest.mark.parametrize(("lang", "text", "key", "wrong"), [
    # a possessive is not the subject of a later verb
    ("en", "Military ties between Iran and Russia have deepened since Russia's attack on Ukraine, as Iran "
           "continues to reject US calls.", ("IRN", "USA", "REJECT"), ("RUS", "USA", "REJECT")),
    # the object next to the verb, not a phrase further on
    ("en", "Russia invaded Ukraine to counter the influence of the United States.", ("RUS", "UKR", "ASSAULT"),
     ("RUS", "USA", "ASSAULT")),
])
def test_roles_from_structure(lang: str, text: str, key: tuple, wrong: tuple) -> None:
    keys = _keys(text, lang)
    assert key in keys and wrong not in keys


def test_a_between_phrase_belongs_to_the_nearest_trigger() -> None:
    keys = _keys("Military cooperation between China and Russia has grown since the invasion of Ukraine.", "en")
    assert not any(k[2] == "ASSAULT" and {k[0], k[1]} == {"CHN", "RUS"} for k in keys)


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("de", "Maduro warnte die USA. Der Machthaber kritisierte Washington.", "VENGOV"),
    ("en", "Petro spoke in Bogotá. The president criticised Israel.", "COLGOV"),
    ("es", "Petro anunció la ruptura. El mandatario tachó al gobierno israelí de criminal.", "COLGOV"),
    ("fr", "Le ministre malien des Affaires étrangères a parlé. Le ministre a critiqué l'Algérie.", "MLIGOV"),
])
def test_a_role_word_alone_is_that_actor_of_the_country_last_named(lang: str, text: str, code: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert code in [m.code for m in found[1] if m.kind == "reference"]


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("fr", "La junte guinéenne a expulsé un diplomate. Le ministre français a qualifié la junte d'illégitime.",
     "GINGOV"),
    ("fr", "Le régime syrien a libéré un otage. Le chef de la diplomatie turque a critiqué le régime.", "SYRGOV"),
    ("en", "The Guinean junta expelled a diplomat. France's foreign minister called the junta illegitimate.",
     "GINGOV"),
    ("es", "La junta guineana expulsó a un diplomático. El ministro francés criticó duramente a la junta.",
     "GINGOV"),
    ("de", "Die guineische Junta wies einen Diplomaten aus. Der französische Außenminister nannte die Junta "
           "illegitim.", "GINGOV"),
])
def test_a_junta_named_again_is_the_one_named_before_not_the_latest_government(lang: str, text: str,
                                                                                code: str) -> None:
    """"la junte" again is the junta said of a state before, not the government of the minister in between."""
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert [m.code for m in found[1] if m.kind == "reference"] == [code]


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("de", "König Abdullah hatte zwischen beiden Seiten vermittelt. Der französische Präsident telefonierte mit "
           "Präsident Erdogan. Am Abend dankte Macron dem König.", "JORGOV"),
    ("en", "King Abdullah had mediated between the two sides. The French president then called President Erdogan. "
           "Later Macron thanked the king.", "JORGOV"),
    ("fr", "Le roi du Maroc avait servi de médiateur. Le président français a appelé le président Erdogan. "
           "Macron a ensuite remercié le roi.", "MARGOV"),
])
def test_a_king_named_again_is_a_monarchy_s_not_the_latest_president_s(lang: str, text: str, code: str) -> None:
    """"dem König" alone stands for the monarchy named last with a head of state, not for the republic whose
    president spoke since."""
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert [m.code for m in found[2] if m.kind == "reference"] == [code]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "China warned Taiwan on Monday. The Foreign Ministry accused Taipei of provocations.", ("CHN", "TWN")),
    ("de", "Russland warnte die Ukraine am Montag. Das Außenministerium warf Kiew Provokationen vor.", ("RUS", "UKR")),
    ("es", "Marruecos advirtió a Argelia el lunes. El Ministerio de Asuntos Exteriores acusó a Argel de provocaciones.",
     ("MAR", "DZA")),
    ("fr", "Le Mali a averti l'Algérie lundi. Le gouvernement accuse Alger d'ingérence.", ("MLI", "DZA")),
    ("ru", "Сомали предупредило Эфиопию в понедельник. Правительство обвинило Аддис-Абебу в нарушении суверенитета.",
     ("SOM", "ETH")),
])
def test_a_body_opening_the_sentence_with_no_such_actor_before_speaks_for_the_last_sentences_state(
        lang: str, text: str, key: tuple[str, str]) -> None:
    assert (*key, "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israel's foreign minister attacked Spain. The Foreign Ministry then summoned the Israeli ambassador."),
    ("de", "Der israelische Außenminister griff Spanien an. Das Außenministerium bestellte daraufhin die israelische "
           "Botschafterin ein."),
    ("es", "El ministro israelí criticó a España. El Ministerio de Asuntos Exteriores convocó a la embajadora "
           "israelí."),
    ("fr", "Le ministre israélien a critiqué l'Espagne. Le ministère des Affaires étrangères a convoqué "
           "l'ambassadrice israélienne."),
    ("ru", "Министр иностранных дел Израиля раскритиковал Испанию. В МИД вызвали посла Израиля."),
])
def test_a_body_dealing_with_an_envoy_is_the_hosts_not_the_envoys(lang: str, text: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert [m.code for m in found[1] if m.kind == "reference"] == ["ESPGOV"]


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("fr", "BAMAKO — Le Mali a expulsé l'ambassadeur de France. Le gouvernement de transition accuse Paris "
           "d'ingérence.", "MLIGOV"),  # the envoy serves abroad: no antecedent of the host's government
    ("es", "Malí expulsó al embajador de Francia. El gobierno de transición acusó a París de injerencia.", "MLIGOV"),
    ("en", "Libya's prime minister spoke in Tripoli. The government of national unity accused Egypt of meddling.",
     "LBYGOV"),
])
def test_a_government_of_a_kind_is_still_a_government_alone(lang: str, text: str, code: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert code in [m.code for m in found[1] if m.kind == "reference"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland griff die Ukraine an. Die Regierung in Kiew verurteilte den Angriff."),
    ("es", "Colombia habló. El Congreso de los Diputados de España votó."),
    ("fr", "Le Tchad a protesté lundi. Le ministre à Zinder a dénoncé la décision."),  # "à", not its key "a"
])
def test_a_body_with_its_place_or_owner_named_is_not_resolved_back(lang: str, text: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert not [m for m in found[1] if m.kind == "reference" and m.entry.startswith("roles:")]


def test_a_body_opening_the_sentence_does_not_speak_for_a_firm() -> None:
    text = "Chinese firms sold chips. The Foreign Ministry denied it."
    found = recognise_actors(split_sentences(text, "en"), "en", ON)
    assert not [m for m in found[1] if m.kind == "reference" and m.country == "CHN"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland warnte. Die Präsidentin der Republik Moldau, Maia Sandu, widersprach."),  # its own complement
    ("en", "Putin spoke. A president criticised Israel."),  # indefinite: someone new
])
def test_a_role_word_with_its_own_country_or_new_is_not_resolved_back(lang: str, text: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert not [m for m in found[1] if m.kind == "reference" and m.entry.startswith("roles:")]


def test_an_unknown_official_by_title_belongs_to_the_country_last_named_with_one() -> None:
    text = "Die somalische Regierung protestierte. Premierminister Hamza Abdi Barre kündigte Schritte an."
    found = recognise_actors(split_sentences(text, "de"), "de", ON)
    assert [m.code for m in found[1]] == ["SOMGOV"]


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("de", "Blinken sagte, er habe mit seinen Amtskollegen in Japan gesprochen.", "JPNGOV"),
    ("en", "The Omani foreign minister met his Iranian counterpart.", "IRNGOV"),
    ("es", "El canciller venezolano se reunió con su homólogo de Francia.", "FRAGOV"),
    ("fr", "Le ministre a reçu son homologue algérien.", "DZAGOV"),
    ("ru", "Лавров встретился с коллегой из Ирана.", "IRNGOV"),
    ("de", "Er traf Nato-Generalsekretär Jens Stoltenberg.", "NATO"),
    ("en", "UN Secretary-General Antonio Guterres spoke.", "UN"),
])
def test_officials_by_title(lang: str, text: str, code: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert code in [m.code for ms in found for m in ms]


@pytest.mark.parametrize(("lang", "text", "key", "wrong"), [
    # the object of the first of two coordinated verbs is not the subject of the second
    ("ru", "Министерство иностранных дел Казахстана в пятницу вызвало российского посла и выразило протест.",
     ("KAZ", "RUS", "ACCUSE"), ("RUS", "KAZ", "ACCUSE")),  # a government's protest is ACCUSE (EVAL.md)
])
def test_objects_and_subjects_of_two_verbs(lang: str, text: str, key: tuple, wrong: tuple) -> None:
    events = events_of(text, lang, ON)
    keys = {(e.source[:3], (e.target or "")[:3] or None, e.plover) for e in events}
    assert key in keys and wrong not in keys


def test_the_invited_would_visit() -> None:
    """The object of "invite" is the subject of the infinitive after it; the visit is the invitation's content, a
    plan (its intent, AGREE 036), and the invitation itself is the fact (EVAL.md: invitation AGREE 036)."""
    events = extract_document(Document(id="t", text="Iran's president invited Putin to visit Tehran.", lang="en",
                                       published=ON)).events
    assert {(e.source[:3], e.target[:3], e.cameo) for e in events if e.factual} == {("IRN", "RUS", "036")}
    assert [(e.source[:3], e.target[:3]) for e in events if e.modality == "plan"] == [("RUS", "IRN")]


def test_german_main_clause_object_after_the_verb() -> None:
    keys = _keys("Israel bestellte den brasilianischen Botschafter zu einem Treffen mit Katz ein.", "de")
    assert ("ISR", "BRA", "ACCUSE") in keys


@pytest.mark.parametrize(("lang", "text", "codes"), [
    ("en", "Mali, Niger and Burkina Faso left ECOWAS. They accused France of interference.", ["MLI", "NER", "BFA"]),
    ("es", "Mali, Níger y Burkina Faso dejaron la Cedeao, y ellos acusaron a Francia.", ["MLI", "NER", "BFA"]),
    ("fr", "Le Mali, le Niger et le Burkina Faso ont quitté la Cédéao. Ils accusent la France.", ["MLI", "NER", "BFA"]),
    ("ru", "Мали, Нигер и Буркина-Фасо покинули ЭКОВАС. Они обвинили Францию.", ["MLI", "NER", "BFA"]),
])
def test_they_is_the_list_named_before(lang: str, text: str, codes: list[str]) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence]
    assert [c for _surface, c in refs] == [codes]


def test_they_in_a_subordinate_phrase_is_not_the_list() -> None:
    text = "Japan and the Philippines signed a pact amid what they perceive as pressure."
    assert not any(_references(text, "en"))


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "Mali expelled the French ambassador. The country's junta accused Paris of interference.", "MLI"),
    ("de", "Nordkorea feuerte eine Rakete ab. Das Land verstößt damit gegen Resolutionen.", "PRK"),
    ("es", "Venezuela cerró su embajada. El gobierno del país acusó a España.", "VEN"),
    ("fr", "Le Niger a rompu avec la France. Le pays accuse Paris.", "NER"),
])
def test_the_country_is_the_latest_country_named(lang: str, text: str, code: str) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence]
    assert [code] in [c for _surface, c in refs]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("de", "Der russische Botschafter wurde ins Auswärtige Amt einbestellt.", ("DEU", "RUS", "ACCUSE")),
    ("ru", "В МИД РФ сообщили, что вызван временный поверенный в делах Латвии.", ("RUS", "LVA", "ACCUSE")),
    ("fr", "La Lettonie a expulsé des diplomates russes. L'ambassadeur de Russie avait été convoqué la veille.",
     ("LVA", "RUS", "ACCUSE")),
    ("es", "Argelia expulsó a doce agentes franceses. El embajador francés fue convocado.", ("DZA", "FRA", "ACCUSE")),
])
def test_a_summons_in_the_passive_was_made_by_the_host(lang: str, text: str, key: tuple) -> None:
    assert key in _keys(text, lang)


def test_a_summons_in_the_passive_with_no_host_in_sight_is_no_event() -> None:
    assert not _keys("The Russian ambassador was summoned on Monday.", "en")


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", '"We condemn this reckless provocation by Pyongyang", said the Japanese foreign minister.',
     ("JPN", "PRK", "ACCUSE")),
    # (not "den Angriff auf Israel": since round 23 whom an act hit is not who its verdict judges)
    ("de", "„Wir verurteilen die Angriffe Israels“, sagte der iranische Außenminister.", ("IRN", "ISR", "ACCUSE")),
])
def test_a_quotation_speaks_for_the_speaker_named_after_it(lang: str, text: str, key: tuple) -> None:
    events = events_of(text, lang, ON)
    assert key in {(e.source[:3], (e.target or "")[:3] or None, e.plover) for e in events}


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    # the participle clause is the subject's, and an object of its own is not the earlier verb's
    ("en", "Japan and South Korea condemned the launch, urging Pyongyang to stop.", ("PRK", None, "ACCUSE")),
    ("es", "Colombia criticó el ataque, pidiendo a Israel una tregua.", ("ISR", None, "ACCUSE")),
])
def test_a_participle_clause_shares_the_subject(lang: str, text: str, wrong: tuple) -> None:
    keys = _keys(text, lang)
    assert not any(k[0] == wrong[0] for k in keys)


def test_a_preposition_in_ing_opens_no_clause() -> None:
    from realpolitik.events.clauses import split_clauses
    from realpolitik.events.rules import load_rules

    sentence = split_sentences("The EU sanctioned several states, including Russia and Iran.", "en")[0]
    assert len(split_clauses(sentence, load_rules("en").grammar)) == 1


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_text_that_ends_on_a_comma_is_read(lang: str) -> None:
    # a cut-off text: the comma that would open a participle clause is the last token
    text = {"en": "Russia attacked Ukraine,", "es": "Rusia atacó Ucrania,", "fr": "La Russie a attaqué l'Ukraine,"}
    extract_document(Document(id="cut", text=text[lang], lang=lang))


@pytest.mark.parametrize(("lang", "text", "surface", "code"), [
    ("en", "Kenya's foreign minister, Daniel Otieno, arrived in Kampala. Otieno criticised Uganda.", "Otieno",
     "KENGOV"),
    ("de", "Der polnische Außenminister Jan Nowacki reiste nach Kiew. Nowacki kritisierte Ungarn.", "Nowacki",
     "POLGOV"),
    ("es", "El canciller peruano, Tomás Quintero, viajó a Quito. Quintero criticó a Bolivia.", "Quintero", "PERGOV"),
    ("fr", "Le chef de la diplomatie sénégalaise, Amadou Sarr, est arrivé à Bamako. M. Sarr a critiqué la Guinée.",
     "Sarr", "SENGOV"),
    ("ru", "Министр иностранных дел Казахстана Ерлан Сапаров прибыл в Минск. Сапарова принял президент Белоруссии.",
     "Сапарова", "KAZGOV"),  # the surname inflects
    ("en", "Belgian Prime Minister Pieter De Smet met Dutch officials. Later De Smet criticised Russia.", "De Smet",
     "BELGOV"),
])
def test_a_person_named_again_by_surname(lang: str, text: str, surface: str, code: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert (surface, code) in [(m.surface, m.code) for m in found[1] if m.kind == "reference"]


@pytest.mark.parametrize(("lang", "text"), [
    # two people of different countries share the surname: whose is unclear
    ("en", "Kenya's foreign minister, Daniel Otieno, and Uganda's defence minister, Paul Otieno, met. Otieno left."),
    ("de", "Der polnische Außenminister Jan Bauer reiste nach Kiew. Der Bauer protestierte."),  # a farmer
])
def test_a_surname_that_is_not_one_person(lang: str, text: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert not [m for m in found[-1] if m.kind == "reference"]


def test_a_surname_names_its_event_actor() -> None:
    keys = _keys("El canciller peruano, Tomás Quintero, viajó a Quito. Quintero acusó a Bolivia de espionaje.", "es")
    assert ("PER", "BOL", "ACCUSE") in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya accused Uganda of arming the rebels, which Kampala denies."),
    ("de", "Kenia wirft Uganda vor, die Rebellen zu bewaffnen, was Kampala bestreitet."),
    ("es", "Kenia acusó a Uganda de armar a los rebeldes, lo que Kampala niega."),
    ("fr", "Le Kenya accuse l'Ouganda d'armer les rebelles, ce que Kampala dément."),
    ("ru", "Кения обвинила Уганду в поддержке повстанцев, что Кампала отрицает."),
])
def test_a_denial_answers_the_accusation_of_its_own_sentence(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert ("KEN", "UGA", "ACCUSE") in keys and ("UGA", "KEN", "REJECT") in keys


def test_the_actors_own_forces_are_no_target_of_its_verdict() -> None:
    text = ("Russland begann am Freitag ein Manöver an der Grenze zu Estland. Die Regierung in Tallinn kritisierte "
            "das Manöver scharf und versetzte ihre Armee in Alarmbereitschaft.")
    assert ("EST", "RUS", "ACCUSE") in _keys(text, "de")


@pytest.mark.parametrize(("lang", "text", "mediator"), [
    ("en", "Iran and Saudi Arabia restored diplomatic relations on Friday. The talks were facilitated by Oman.", "OMN"),
    ("de", "Iran und Saudi-Arabien nahmen am Freitag wieder diplomatische Beziehungen auf. China hatte den Neuanfang "
           "vermittelt.", "CHN"),
    ("es", "Irán y Arabia Saudí restablecieron relaciones diplomáticas el viernes. China medió en el acercamiento.",
     "CHN"),
    ("fr", "L'Iran et l'Arabie saoudite ont rétabli leurs relations diplomatiques vendredi. La Chine a joué les "
           "médiateurs.", "CHN"),
    ("ru", "Иран и Саудовская Аравия восстановили дипломатические отношения в пятницу. Китай выступил посредником.",
     "CHN"),
])
def test_a_mediator_with_no_parties_named_mediated_between_the_sides_of_the_latest_event(
        lang: str, text: str, mediator: str) -> None:
    keys = _keys(text, lang)
    assert (mediator, "IRN", "CONSULT") in keys and (mediator, "SAU", "CONSULT") in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ethiopian and Eritrean troops clashed near Badme on Sunday. Asmara accused Addis Ababa of shelling its "
           "villages. Kenya, which borders Ethiopia, offered to mediate."),
    ("en", "Ethiopia and Eritrea traded artillery fire along their border. Asmara blamed Addis Ababa for the fighting. "
           "Kenya, which has ties to both capitals, offered to mediate, and the African Union urged restraint."),
])
def test_an_offer_to_mediate_with_no_parties_named_stands_between_the_sides_of_the_latest_event(
        lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert ("KEN", "ETH", "AGREE") in keys and ("KEN", "ERI", "AGREE") in keys


def test_a_counted_group_is_the_list_with_the_country_the_sentence_names() -> None:
    text = ("China and Vietnam signed a pact that Japan and the Philippines criticised. A Chinese spokesman said the "
            "two countries would hold talks.")
    refs = [r for per_sentence in _references(text, "en") for r in per_sentence]
    assert [c for _surface, c in refs] == [["CHN", "VNM"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Mali trat aus der Ecowas aus. Das Bündnis bedauerte den Schritt."),
    ("en", "Mali left ECOWAS on Sunday. The bloc regretted the move."),
    ("es", "Mali abandonó la Cedeao el domingo. El bloque lamentó la decisión."),
    ("fr", "Le Mali a quitté la Cédéao dimanche. L'organisation a regretté cette décision."),
    ("ru", "Мали вышла из ЭКОВАС в воскресенье. Блок выразил сожаление."),
])
def test_the_bloc_is_the_organisation_named_last(lang: str, text: str) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence]
    assert [c for _surface, c in refs] == [["ECOWAS"]]


@pytest.mark.parametrize("text", [
    "Die Huthi griffen ein Schiff an. Die Miliz bekannte sich dazu.",
    "Die Huthi griffen ein Schiff an. Die vom Iran ausgerüstete Miliz bekannte sich dazu.",  # an extended attribute
])
def test_the_militia_is_the_armed_group_named_last(text: str) -> None:
    refs = [r for per_sentence in _references(text, "de") for r in per_sentence]
    assert [c for _surface, c in refs] == [["YEMREB"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Mali trat aus der Ecowas aus. Die internationale Gemeinschaft schwieg."),  # another body
    ("en", "Mali left ECOWAS on Sunday. It plans to form a bloc with Niger."),  # new information
    ("fr", "Le Mali a quitté la Cédéao. L'Alliance des États du Sahel a salué la décision."),  # its own name
])
def test_a_bloc_that_is_not_the_one_named_last(lang: str, text: str) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence if r[1] == ["ECOWAS"]]
    assert not refs


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Tunisia returned the funds to the European Union. It called the aid announced by the Union charity.",
     "Union"),
    ("es", "Túnez devolvió los fondos a la Comisión Europea. Rechazó la ayuda anunciada por la Comisión.",
     "Comisión"),
    ("fr", "La Tunisie a rendu les fonds à l'Union européenne. Selon un porte-parole, l'Union reste engagée.",
     "l'Union"),
])
def test_a_word_of_the_organisation_named_last_stands_for_it(lang: str, text: str, surface: str) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence]
    assert refs == [(surface, ["EU"])]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The European Union met on Monday. The United States and Britain agreed."),  # a name of its own follows
    ("en", "The European Union met on Monday. The Assembly said nothing."),  # no word of its name
    ("fr", "L'Union européenne s'est réunie lundi. Une Union douanière a été évoquée."),  # no definite article
])
def test_a_capitalised_word_that_is_no_short_name(lang: str, text: str) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence if r[1] == ["EU"]]
    assert not refs


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The European Union met on Monday. The Commission said nothing.", [("Commission", ["EU"])]),
    ("de", "Die EU berät über Zölle. Die Kommission schweigt.", [("Kommission", ["EU"])]),
    ("fr", "L'UE discute de droits de douane. La Commission se tait.", [("Commission", ["EU"])]),
    ("es", "La UE debate aranceles. La Comisión calla.", [("Comisión", ["EU"])]),
    ("en", "Russia attacked Ukraine. The Commission said nothing.", []),  # no EU in the article
    ("fr", "L'UE discute de droits de douane. La commission électorale se tait.", []),  # in lower case: another
    ("fr", "L'UE discute de droits de douane. La Commission d'enquête se tait.", []),  # a phrase of its own
    ("de", "Die EU berät über Zölle. Die Kommission für Menschenrechte schweigt.", []),
])
def test_the_eus_body_by_its_office(lang: str, text: str, expected: list) -> None:
    """Round 23: "the Commission", "die Kommission", "la Comisión" are the EU where the article names the EU."""
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence if r[1] == ["EU"]]
    assert refs == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian forces shelled Ukrainian positions on Monday. On Tuesday the Russian army attacked again."),
    ("de", "Russische Truppen beschossen am Montag ukrainische Stellungen. Am Dienstag griff die russische Armee "
           "erneut an."),
])
def test_force_with_no_target_hits_the_one_adversary_the_article_shows(lang: str, text: str) -> None:
    events = events_of(text, lang, ON)
    later = [e for e in events if e.evidence_start > 0 and e.plover == "ASSAULT"]
    assert [(e.source[:3], (e.target or "")[:3]) for e in later] == [("RUS", "UKR")]


def test_force_with_no_target_and_two_adversaries_hits_no_one() -> None:
    text = ("Russian forces shelled Ukrainian positions on Monday. Russian jets struck Georgian villages. "
            "On Tuesday the Russian army attacked again.")
    events = events_of(text, "en", ON)
    assert not [e for e in events if e.evidence.startswith("On Tuesday") and e.plover == "ASSAULT"]


# Sentences with no event between the deal and the refusal: more than CONTEXT_CHARS, out of a reaction's reach
_FILLER = {
    "en": "The text covers energy, migration and digital investment over the next five years. Officials described it "
          "as a model for the region, and several ministers travelled to the signing ceremony in the capital. Critics "
          "at home noted that the sums were modest and that many details were left to later talks. ",
    "es": "El texto abarca energía, migración e inversión digital durante los próximos cinco años. Los responsables "
          "lo describieron como un modelo para la región, y varios ministros viajaron a la ceremonia de firma en la "
          "capital. Los críticos señalaron que las sumas eran modestas y que muchos detalles quedaban pendientes. ",
    "fr": "Le texte couvre l'énergie, la migration et l'investissement numérique pour les cinq prochaines années. "
          "Les responsables l'ont décrit comme un modèle pour la région, et plusieurs ministres se sont rendus à la "
          "cérémonie de signature. Des critiques ont relevé que les sommes étaient modestes et que de nombreux "
          "détails restaient à négocier. ",
}


@pytest.mark.parametrize(("lang", "opening", "act", "key"), [
    ("en", "Tunisia and the European Union signed a partnership in July. The EU pledged aid to Tunisia. ",
     "In September the Tunisian authorities refused entry to a delegation of lawmakers.", ("TUN", "EU", "SANCTION")),
    ("es", "Túnez y la Unión Europea firmaron una asociación en julio. La UE prometió ayuda a Túnez. ",
     "En septiembre, las autoridades tunecinas rechazaron la entrada de una delegación de diputados.",
     ("TUN", "EU", "REJECT")),
    ("fr", "La Tunisie et l'Union européenne ont signé un partenariat en juillet. L'UE a promis une aide à la "
           "Tunisie. ",
     "En septembre, les autorités tunisiennes ont refusé l'entrée à une délégation de députés.",
     ("TUN", "EU", "REJECT")),
])
def test_a_hostile_act_with_no_target_is_aimed_at_the_other_side_of_the_focal_dyad(
        lang: str, opening: str, act: str, key: tuple) -> None:
    assert key in _keys(opening + _FILLER[lang] * 2 + act, lang)


@pytest.mark.parametrize(("lang", "text", "appealer"), [
    ("en", "Armenia and Azerbaijan exchanged fire on the border on Monday. Azerbaijan accused Armenia of shelling "
           "its positions. Armenia accused Azerbaijan of an attack on its villages. The European Union called for "
           "restraint.", "EU"),
    ("de", "Armenien und Aserbaidschan lieferten sich am Montag Gefechte an der Grenze. Aserbaidschan warf Armenien "
           "den Beschuss seiner Stellungen vor. Armenien beschuldigte Aserbaidschan eines Angriffs auf seine Dörfer. "
           "Die Europäische Union rief zur Zurückhaltung auf.", "EU"),
    ("es", "Etiopía y Somalia están enfrentadas desde enero. Somalia acusó a Etiopía de violar su soberanía. Etiopía "
           "rechazó la acusación. China instó al diálogo.", "CHN"),
    ("fr", "L'Arménie et l'Azerbaïdjan ont échangé des tirs à la frontière lundi. L'Azerbaïdjan a accusé l'Arménie de "
           "bombarder ses positions. L'Arménie a accusé l'Azerbaïdjan d'attaquer ses villages. L'Union européenne a "
           "appelé à la retenue.", "EU"),
    ("ru", "Армения и Азербайджан в понедельник обменялись огнем на границе. Азербайджан обвинил Армению в обстреле "
           "своих позиций. Армения обвинила Азербайджан в нападении на свои села. Евросоюз призвал к сдержанности.",
     "EU"),
])
def test_a_third_partys_appeal_with_no_one_named_goes_to_both_sides_of_the_focal_dyad(
        lang: str, text: str, appealer: str) -> None:
    keys = _keys(text, lang)
    sides = {k[:2] for k in keys if k[0] != appealer}.pop()
    assert {(appealer[:3], side, "REQUEST") for side in sides} <= keys


_SKIRMISH = {
    "en": "Armenia and Azerbaijan exchanged fire on the border on Monday. Azerbaijan accused Armenia of shelling its "
          "positions. Armenia accused Azerbaijan of an attack on its villages. ",
    "de": "Armenien und Aserbaidschan lieferten sich am Montag Gefechte an der Grenze. Aserbaidschan warf Armenien den "
          "Beschuss seiner Stellungen vor. Armenien beschuldigte Aserbaidschan eines Angriffs auf seine Dörfer. ",
    "es": "Armenia y Azerbaiyán intercambiaron disparos en la frontera el lunes. Azerbaiyán acusó a Armenia de "
          "bombardear sus posiciones. Armenia acusó a Azerbaiyán de atacar sus aldeas. ",
    "fr": "L'Arménie et l'Azerbaïdjan ont échangé des tirs à la frontière lundi. L'Azerbaïdjan a accusé l'Arménie de "
          "bombarder ses positions. L'Arménie a accusé l'Azerbaïdjan d'attaquer ses villages. ",
    "ru": "Армения и Азербайджан в понедельник обменялись огнем на границе. Азербайджан обвинил Армению в обстреле "
          "своих позиций. Армения обвинила Азербайджан в нападении на свои села. ",
}


@pytest.mark.parametrize(("lang", "ask"), [
    ("en", "The European Union demanded the release of all prisoners."),
    ("de", "Die Europäische Union forderte die Freilassung aller Gefangenen."),
    ("es", "La Unión Europea exigió la liberación de todos los prisioneros."),
    ("fr", "L'Union européenne a exigé la libération de tous les prisonniers."),
    ("ru", "Евросоюз потребовал освободить всех пленных."),
])
def test_a_third_partys_one_sided_demand_with_no_one_named_guesses_no_side(lang: str, ask: str) -> None:
    """A release, a reform, guarantees are asked of one party: the dyad does not say which, so no one is asked."""
    assert not {k for k in _keys(_SKIRMISH[lang] + ask, lang) if k[0] == "EU" and k[2] == "REQUEST"}


@pytest.mark.parametrize(("lang", "ask"), [
    ("en", "The European Union demanded guarantees for the Armenian villagers."),
    ("de", "Die Europäische Union forderte Garantien für die armenischen Dorfbewohner."),
    ("es", "La Unión Europea exigió garantías para los aldeanos armenios."),
    ("ru", "Евросоюз потребовал гарантий для армянских жителей."),
])
def test_a_third_partys_one_sided_demand_goes_to_the_side_its_sentence_names(lang: str, ask: str) -> None:
    asked = {k[1] for k in _keys(_SKIRMISH[lang] + ask, lang) if k[0] == "EU" and k[2] == "REQUEST"}
    assert asked == {"ARM"}


@pytest.mark.parametrize(("lang", "text", "conceded"), [
    ("en", "Russian drones struck Kyiv overnight. Later on Tuesday Chad eased the restrictions.", set()),
    ("fr", "Des drones russes ont frappé Kiev dans la nuit. Mardi, le Tchad a assoupli les restrictions.", set()),
    ("en", "The United States urged Chad to lift its curbs on aid convoys. Later on Tuesday Chad eased the "
           "restrictions.", {("TCD", "USA", "RETREAT")}),
    ("fr", "Les États-Unis ont exhorté le Tchad à lever ses entraves aux convois d'aide. Mardi, le Tchad a assoupli "
           "les restrictions.", {("TCD", "USA", "RETREAT")}),
])
def test_a_concession_yields_only_to_one_who_pressed_its_actor(lang: str, text: str, conceded: set) -> None:
    """Not to the author of the latest act on someone else. (Curbs eased, 081, are RETREAT since round 61,
    eval/gold/README.md "A measure eased or lifted is RETREAT", and still a concession to whoever pressed:
    `cameo.gives_way`.)"""
    assert {k for k in _keys(text, lang) if k[2] in ("CONCEDE", "RETREAT")} == conceded


def test_an_appeal_by_a_side_of_the_focal_dyad_is_left_without_a_target() -> None:
    text = ("Armenia and Azerbaijan exchanged fire on the border on Monday. Azerbaijan accused Armenia of shelling its "
            "positions. Armenia accused Azerbaijan of an attack on its villages. Armenia called for restraint.")
    assert ("ARM", "AZE", "REQUEST") not in _keys(text, "en")


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Mali breaks off diplomatic relations with Algeria", "The military government announced the step on Sunday "
           "evening. Mali's foreign ministry also condemned the hostile act."),
    ("de", "Mali bricht diplomatische Beziehungen zu Algerien ab", "Die Militärregierung gab den Schritt am "
           "Sonntagabend bekannt. Das malische Außenministerium verurteilte zudem den feindseligen Akt."),
    ("es", "Mali rompe relaciones diplomáticas con Argelia", "El gobierno militar anunció la medida el domingo por la "
           "noche. La cancillería de Mali condenó además el acto hostil."),
    ("fr", "Le Mali rompt ses relations diplomatiques avec l'Algérie", "Le gouvernement militaire a annoncé la mesure "
           "dimanche soir. Le ministère malien des Affaires étrangères a également condamné l'acte hostile."),
    ("ru", "Мали разорвала дипломатические отношения с Алжиром", "Военное правительство объявило об этом в "
           "воскресенье вечером. МИД Мали также осудил враждебный акт."),
])
def test_the_titles_pair_is_the_focal_dyad(lang: str, title: str, text: str) -> None:
    def keys(heading: str) -> set[tuple]:
        doc = Document(id="t", text=text, lang=lang, published=ON, title=heading)
        return {(e.source[:3], (e.target or "")[:3], e.plover) for e in extract_document(doc).events}

    assert ("MLI", "DZA", "ACCUSE") in keys(title)
    assert not keys("")  # the body alone names no other side; the title yields no event of its own


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Venezuela's Maduro will meet the president of Guyana on Thursday",
     "The meeting was announced on Saturday. Brazil called for dialogue."),
    ("de", "Maduro will am Donnerstag Guyanas Präsidenten treffen",
     "Das Treffen wurde am Samstag angekündigt. Brasilien rief zum Dialog auf."),
    ("es", "Maduro se reunirá el jueves con el presidente de Guyana", "La reunión fue anunciada el sábado. Brasil "
           "pidió diálogo."),
    ("fr", "Maduro rencontrera jeudi le président du Guyana", "La rencontre a été annoncée samedi. Le Brésil a appelé "
           "au dialogue."),
    ("ru", "Мадуро встретится в четверг с президентом Гайаны", "О встрече было объявлено в субботу. Бразилия "
           "призвала к диалогу."),
])
def test_a_title_that_announces_a_meeting_names_the_pair(lang: str, title: str, text: str) -> None:
    doc = Document(id="t", text=text, lang=lang, published=ON, title=title)
    keys = {(e.source[:3], (e.target or "")[:3], e.plover) for e in extract_document(doc).events}
    assert {("BRA", "VEN", "REQUEST"), ("BRA", "GUY", "REQUEST")} <= keys


@pytest.mark.parametrize(("text", "key"), [
    ("Petro anunció el martes la ruptura de relaciones con Israel. Además, acusó al gobierno israelí de cometer un "
     "genocidio en Gaza.", ("COL", "ISR", "ACCUSE")),
    ("El presidente de Colombia, Gustavo Petro, habló el martes ante el Congreso. En su discurso, acusó a Israel de "
     "cometer un genocidio.", ("COL", "ISR", "ACCUSE")),
    ("Maduro se reunió el jueves con Ali en San Vicente. Tras el encuentro, amenazó a Guyana con nuevas medidas.",
     ("VEN", "GUY", "THREATEN")),
])
def test_a_spanish_verb_after_an_opening_phrase_has_the_latest_subject(text: str, key: tuple) -> None:
    assert key in _keys(text, "es")


def test_a_subject_the_reader_does_not_know_is_no_dropped_one() -> None:
    text = "Petro habló el martes en Bogotá. La portavoz del partido, en una entrevista, acusó a Israel de genocidio."
    assert ("COL", "ISR", "ACCUSE") not in _keys(text, "es")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukrainian officials say Belarus has trained Russian troops near the border. Belarus denies supporting the "
           "Russian army."),
    ("de", "Nach Angaben der Ukraine hat Belarus russische Truppen an der Grenze ausgebildet. Belarus bestreitet jede "
           "Unterstützung der russischen Armee."),
    ("es", "Según Ucrania, Bielorrusia ha entrenado a tropas rusas cerca de la frontera. Bielorrusia niega haber "
           "apoyado al ejército ruso."),
    ("fr", "Selon l'Ukraine, la Biélorussie a entraîné des troupes russes près de la frontière. Minsk dément tout "
           "soutien à l'armée russe."),
    ("ru", "По данным Украины, Белоруссия обучала российских военных у границы. Минск отрицает поддержку российской "
           "армии."),
])
def test_a_denial_that_names_a_party_also_answers_the_claimant(lang: str, text: str) -> None:
    """(Round 35: a state that denied help would have reached is no addressee where a verb tells the help, "denies
    supporting"; the noun "jede Unterstützung" still keeps it. The claimant is answered either way.)"""
    assert ("BLR", "UKR", "REJECT") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israel carried out an air strike on Doha on Tuesday. The strike targeted members of the Hamas leadership."),
    ("es", "Israel lanzó el martes un ataque aéreo contra Doha. El ataque tenía como objetivo a dirigentes de Hamás."),
    ("fr", "Israël a mené mardi une frappe aérienne contre Doha. La frappe visait des dirigeants du Hamas."),
    ("ru", "Израиль во вторник нанес авиаудар по Дохе. Удар был направлен против лидеров ХАМАС."),
])
def test_a_strike_named_again_by_its_noun_has_the_same_author(lang: str, text: str) -> None:
    assert ("ISR", "PSE", "ASSAULT") in _keys(text, lang)


def test_no_focal_dyad_where_two_pairs_are_even() -> None:
    text = ("Tunisia and the European Union signed a partnership in July. The EU pledged aid to Tunisia. "
            "Tunisia and Algeria signed a trade deal. Algeria pledged aid to Tunisia. " + _FILLER["en"] * 2
            + "In September the Tunisian authorities refused entry to a delegation of lawmakers.")
    assert not [k for k in _keys(text, "en") if k[0] == "TUN" and k[2] in ("SANCTION", "REJECT")]


def test_the_bloc_names_its_event_actor() -> None:
    keys = _keys("Mali, Niger and Burkina Faso staged coups. ECOWAS met in Abuja. The bloc suspended Mali.", "en")
    assert ("ECO", "MLI", "SANCTION") in keys


def test_a_possessor_carried_out_the_act_its_noun_names() -> None:
    # as "el ataque de Israel contra Catar" and "den Angriff Israels auf Katar" do
    keys = _keys("Egypt condemned Israel's air strike on Doha.", "en")
    assert ("EGY", "ISR", "ACCUSE") in keys and ("ISR", "QAT", "ASSAULT") in keys


def test_a_verdict_on_an_act_reaches_back_to_its_author() -> None:
    text = ("Jordan condemned Israel's air strike on Doha on Tuesday. The strike hit a residential compound where "
            "officials of the group had gathered for talks on a truce. Rescue teams searched the rubble for hours "
            "and hospitals in the city called for blood donors. Several buildings nearby were damaged, and the "
            "authorities closed the roads around the site. Officials said the talks had been close to a deal and "
            "would now be delayed. Markets in the region fell on the news, and airlines diverted several flights. "
            "Schools in the district stayed closed for two days. "
            "Neighbouring states urged calm and called their envoys home for consultations over the weekend. "
            "On Wednesday, Egypt and Turkey denounced the strike as a violation of sovereignty.")
    keys = _keys(text, "en")
    assert ("EGY", "ISR", "ACCUSE") in keys and ("TUR", "ISR", "ACCUSE") in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nordkorea feuerte eine Rakete über Japan ab. Südkoreas Präsident sprach von einer rücksichtslosen "
           "Provokation."),
    ("en", "North Korea launched a missile over Japan on Tuesday. South Korea's president called the launch a "
           "reckless provocation."),
    ("es", "Corea del Norte lanzó un misil balístico sobre Japón. El presidente surcoreano calificó el lanzamiento "
           "de provocación."),
    ("fr", "La Corée du Nord a tiré un missile balistique mardi. La Corée du Sud a condamné le tir avec force."),
    ("ru", "Северная Корея запустила баллистическую ракету над Японией. Президент Южной Кореи назвал пуск "
           "безрассудной провокацией."),
])
def test_a_condemnation_without_target_judges_the_latest_hostile_act(lang: str, text: str) -> None:
    assert ("KOR", "PRK", "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Serbien und Ungarn unterzeichneten am Montag ein Energieabkommen. Kroatien kritisierte das Abkommen."),
    ("en", "Serbia and Hungary signed an energy agreement on Monday. Croatia criticised the deal."),
    ("es", "Serbia y Hungría firmaron el lunes un acuerdo energético. Croacia criticó el acuerdo."),
    ("fr", "La Serbie et la Hongrie ont signé lundi un accord énergétique. La Croatie a critiqué l'accord."),
    ("ru", "Сербия и Венгрия подписали в понедельник энергетическое соглашение. Хорватия раскритиковала соглашение."),
])
def test_a_criticism_with_no_target_judges_both_sides_of_the_deal_before_it(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert {("HRV", "SRB", "ACCUSE"), ("HRV", "HUN", "ACCUSE")} <= keys


def test_a_criticism_after_a_later_act_does_not_judge_the_deal() -> None:
    keys = _keys("Serbia and Hungary signed an energy agreement on Monday. Russia struck Kyiv with drones on Tuesday. "
                 "Croatia condemned the attack.", "en")
    assert ("HRV", "RUS", "ACCUSE") in keys and ("HRV", "SRB", "ACCUSE") not in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland und die Ukraine einigten sich auf Getreideexporte. Die UNO und Russland unterzeichneten ein "
           "Memorandum. Die Gespräche fanden unter Vermittlung der Türkei und der UNO statt."),
    ("en", "Russia and Ukraine agreed on grain exports. The UN and Russia signed a memorandum. The talks were held "
           "with the mediation of Turkey and the UN."),
    ("es", "Rusia y Ucrania acordaron exportar grano. La ONU y Rusia firmaron un memorando. Las negociaciones se "
           "celebraron con la mediación de Turquía y la ONU."),
    ("fr", "La Russie et l'Ukraine ont conclu un accord sur les céréales. L'ONU et la Russie ont signé un "
           "mémorandum. La Turquie et l'ONU ont servi de médiateurs."),
    ("ru", "Россия и Украина договорились о вывозе зерна. ООН и Россия подписали меморандум. Переговоры шли при "
           "посредничестве Турции и ООН."),
])
def test_two_mediators_mediated_between_sides_that_are_neither_of_them(lang: str, text: str) -> None:
    mediated = {k[:2] for k in _keys(text, lang) if k[2] == "CONSULT"}
    assert mediated == {("TUR", "RUS"), ("TUR", "UKR"), ("UN", "RUS"), ("UN", "UKR")}


def test_a_verdict_and_a_coordinated_act_both_answer_the_context() -> None:
    keys = _keys("Deutschland wies zwei russische Diplomaten aus. Das russische Außenministerium verurteilte den "
                 "Schritt und kündigte Gegenmaßnahmen an.", "de")
    assert {("RUS", "DEU", "ACCUSE"), ("RUS", "DEU", "THREATEN")} <= keys


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Putin sprach am Dienstag vor dem Parlament. Er warf den USA vor, den Krieg begonnen zu haben."),
    ("en", "Putin spoke in Moscow on Tuesday. He accused the United States of starting the war."),
    ("es", "Putin habló el martes en Moscú. Acusó a Estados Unidos de iniciar la guerra."),
    ("fr", "Vladimir Poutine a parlé mardi à Moscou. Il a accusé les États-Unis d'avoir déclenché la guerre."),
    ("ru", "Путин выступил в Москве. Он обвинил Соединенные Штаты в развязывании войны."),
])
def test_a_pronoun_or_dropped_subject_with_no_event_before_is_the_latest_subject(lang: str, text: str) -> None:
    assert ("RUS", "USA", "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia struck Kyiv with drones. Zelensky spoke on Tuesday evening. He accused Moscow of terror."),
    ("de", "Russland griff Kiew mit Drohnen an. Selenskyj sprach am Abend zu den Bürgern. Er warf Moskau Terror vor."),
    ("es", "Rusia atacó Kiev con drones. Zelenski habló el lunes por la noche. Acusó a Moscú de terrorismo."),
    ("fr", "La Russie a attaqué Kiev avec des drones. Zelensky a parlé lundi soir. Il a accusé Moscou de terreur."),
    ("ru", "Россия атаковала Киев беспилотниками. Зеленский выступил вечером. Он обвинил Москву в терроре."),
])
def test_a_pronoun_after_a_sentence_that_names_a_speaker_is_that_speaker(lang: str, text: str) -> None:
    """The speaker was named after the latest event: the pronoun is the speaker, not the attacker."""
    assert ("UKR", "RUS", "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "U.N. experts say Rwanda has deployed thousands of troops in Congo. Rwanda denies the claims."),
    ("fr", "Des experts de l'ONU affirment que le Rwanda a déployé des soldats au Congo. Kigali dément."),
    ("de", "UN-Experten sagen, Ruanda habe Tausende Soldaten im Kongo stationiert. Kigali bestreitet das."),
    ("ru", "Эксперты ООН утверждают, что Руанда направила войска в Конго. Кигали это отрицает."),
])
def test_a_denial_of_a_reported_act_answers_whoever_reported_it(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert ("RWA", "UN", "REJECT") in keys and ("RWA", "COD", "REJECT") not in keys


def test_a_denial_of_a_told_act_answers_the_act_s_target() -> None:
    assert ("RWA", "COD", "REJECT") in _keys("Rwanda deployed troops in Congo. Rwanda denies the claims.", "en")


def test_a_surname_named_in_full_before_outranks_a_group_of_that_name() -> None:
    """"Wagner" is the minister the article named in full, not the Russian group."""
    keys = _keys("Congo's Foreign Minister Thérèse Kayikwamba Wagner signed the deal. Wagner urged Rwanda to "
                 "withdraw its troops.", "en")
    assert ("COD", "RWA", "REQUEST") in keys and not any(k[0] == "RUS" for k in keys)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "China sent warships near Taiwan. The island condemned the move.", ("TWN", "CHN", "ACCUSE")),
    ("de", "China schickte Kriegsschiffe nach Taiwan. Die Inselrepublik verurteilte das Vorgehen.",
     ("TWN", "CHN", "ACCUSE")),
    ("es", "China envió buques de guerra cerca de Taiwán. La isla condenó la maniobra.", ("TWN", "CHN", "ACCUSE")),
    ("fr", "Le Maroc a rappelé son ambassadeur en Algérie. Le royaume accuse Alger de soutenir le Polisario.",
     ("MAR", "DZA", "ACCUSE")),
    ("en", "Iran fired drones at Israel. The Jewish state vowed to respond.", ("ISR", "IRN", "THREATEN")),
])
def test_a_kind_of_state_alone_is_the_latest_state_of_that_kind(lang: str, text: str, key: tuple) -> None:
    """"the island", "le royaume", "the Jewish state" (its capital on the first word) stand for a state named before."""
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("de", "Der ukrainische Präsident Wolodymyr Selenskyj reiste nach Washington. Der Staatschef bat die USA um "
           "weitere Waffen.", ("UKR", "USA", "REQUEST")),
    ("es", "El presidente argentino Javier Milei viajó a Madrid. El mandatario criticó al Gobierno de España.",
     ("ARG", "ESP", "ACCUSE")),
])
def test_a_role_word_alone_after_a_visit_is_the_visitors_not_the_capitals(lang: str, text: str, key: tuple) -> None:
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia struck Kyiv overnight. Zelensky spoke on Monday. \"We condemn Russia for this,\" he said."),
    ("fr", "La Russie a frappé Kiev. Zelensky a parlé lundi. « Nous condamnons la Russie », a-t-il déclaré."),
    ("es", "Rusia atacó Kiev. Zelenski habló el lunes. «Condenamos a Rusia», dijo él."),
    ("ru", "Россия атаковала Киев. Зеленский выступил вечером. «Мы осуждаем Россию», — сказал он."),
])
def test_a_quotation_whose_speaker_is_a_pronoun_speaks_for_the_speaker_named_before(lang: str, text: str) -> None:
    assert ("UKR", "RUS", "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland griff Kiew mit Raketen an. In Warschau verurteilte man den Angriff scharf."),
    ("en", "Russia fired missiles at Kyiv. In Warsaw, officials condemned the attack."),
    ("es", "Rusia lanzó un ataque con misiles contra Kiev. En Varsovia se condenó el ataque."),
    ("fr", "La Russie a frappé Kiev dans la nuit. À Varsovie, on a condamné ces frappes."),
    ("ru", "Россия нанесла ракетный удар по Киеву. В Варшаве осудили этот удар."),
])
def test_an_impersonal_subject_leaves_the_act_to_the_place_that_opens_the_sentence(lang: str, text: str) -> None:
    """"man", "on", "se", "officials" after a capital: the capital's state judged the act told before."""
    assert ("POL", "RUS", "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Las relaciones están tensas desde la detención de dos canadienses por China."),
    ("fr", "Les relations sont tendues depuis l'arrestation de deux Canadiens par la Chine."),
])
def test_a_noun_in_a_phrase_with_its_patient_and_agent_is_an_event(lang: str, text: str) -> None:
    assert ("CHN", "CAN", "COERCE") in _keys(text, lang)


def test_a_verdict_on_a_noun_with_its_patient_and_agent_judges_the_agent() -> None:
    # "de" and its patient, then "par" and the agent: the act is told, and the verdict is on its agent (not Russia's
    # invasion of Ukraine: a known war judged is the background war, a rivalry, tests/test_background_war.py)
    keys = _keys("La Pologne a condamné l'invasion du Koweït par l'Irak.", "fr")
    assert {("POL", "IRQ", "ACCUSE"), ("IRQ", "KWT", "ASSAULT")} <= keys, keys


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "The war began after Hamas's attack on southern Israel.", ("PSE", "ISR")),
    ("en", "Trade collapsed after Russia's strikes on Ukrainian ports.", ("RUS", "UKR")),
    # (not "seit Russlands Angriff auf die Ukraine": the background war, a rivalry, tests/test_background_war.py)
    ("de", "Die Beziehungen sind seit Russlands Angriff auf ukrainische Häfen angespannt.", ("RUS", "UKR")),
    ("es", "Las relaciones empeoraron tras los ataques rusos contra Ucrania.", ("RUS", "UKR")),
    ("fr", "Les relations se sont tendues après les frappes israéliennes contre le Liban.", ("ISR", "LBN")),
    ("ru", "Отношения ухудшились после ударов России по Украине.", ("RUS", "UKR")),
])
def test_a_noun_in_a_phrase_naming_its_agent_before_or_as_a_demonym_and_its_patient_is_an_event(
        lang: str, text: str, key: tuple[str, str]) -> None:
    assert (*key, "ASSAULT") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Relations soured after Russia's invasion."),
    ("es", "Las relaciones empeoraron tras los ataques rusos."),
    ("fr", "Les relations se sont tendues après les frappes israéliennes."),
])
def test_a_noun_in_a_phrase_with_its_agent_but_no_patient_stays_background(lang: str, text: str) -> None:
    assert not [k for k in _keys(text, lang) if k[2] == "ASSAULT"]


@pytest.mark.parametrize(("lang", "act", "filler", "verdict"), [
    ("en", "North Korea launched a ballistic missile over Japan on Tuesday.",
     "Markets opened calmly and trading went on as usual through the morning hours. ",
     "The UN Secretary-General also condemned it."),
    ("de", "Nordkorea feuerte am Dienstag eine Rakete über Japan ab.",
     "Die Börse öffnete ruhig, und der Handel lief den ganzen Vormittag wie gewohnt weiter. ",
     "Südkoreas Präsident sprach von einer rücksichtslosen Provokation."),
])
def test_a_condemnation_reaches_back_to_the_articles_news(lang: str, act: str, filler: str, verdict: str) -> None:
    text = f"{act} {filler * 10}{verdict}"
    assert len(text) - len(verdict) > 700  # beyond the reach of a bare reaction (CONTEXT_CHARS)
    assert ("KOR" if lang == "de" else "UN", "PRK", "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Las tensiones entre Níger y Francia crecen desde el golpe. Niamey expulsó al embajador el viernes."),
    ("fr", "Les tensions entre le Niger et la France grandissent depuis le coup d'État. Niamey a expulsé "
           "l'ambassadeur vendredi."),
    ("ru", "Напряженность между Нигером и Францией растет после переворота. Ниамей выслал посла в пятницу."),
])
def test_an_envoy_without_a_country_is_the_envoy_of_the_other_country_named_before(lang: str, text: str) -> None:
    assert ("NER", "FRA", "SANCTION") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "leaver"), [
    ("fr", "Le Ghana a signé un accord de pêche avec le Togo. Le Bénin a quitté la convention sur les mines en mars.",
     "BEN"),
    ("es", "Chile firmó un acuerdo comercial con Perú. Bolivia congeló en 2024 su participación en la alianza.", "BOL"),
    ("ru", "Казахстан подписал соглашение с Узбекистаном. Армения заморозила участие в организации.", "ARM"),
])
def test_leaving_a_body_or_treaty_is_aimed_at_no_country_named_before(lang: str, text: str, leaver: str) -> None:
    """A membership frozen or a treaty left is no envoy sent home: the country named last is not its target."""
    assert not [k for k in _keys(text, lang) if k[0] == leaver and k[1] is not None and k[2] == "SANCTION"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Poland said that Ukraine had been attacked by Russia."),
    ("en", "Biden said Ukraine was attacked by Russia on Monday."),
    ("fr", "La Pologne a déclaré que l'Ukraine avait été attaquée par la Russie."),
    ("es", "Polonia dijo que Ucrania fue atacada por Rusia."),
])
def test_a_passive_acts_on_its_own_subject_not_on_the_speaker(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert ("RUS", "UKR", "ASSAULT") in keys
    assert ("RUS", "POL", "ASSAULT") not in keys and ("RUS", "USA", "ASSAULT") not in keys


def test_a_speaker_taken_up_by_a_pronoun_is_the_one_acted_on() -> None:
    assert ("RUS", "CAN", "ASSAULT") in _keys("Canada said it was attacked by Russian hackers.", "en")


@pytest.mark.parametrize(("lang", "text", "mediator"), [
    ("en", "Armenia and Azerbaijan signed a peace deal on Friday. The French president, who welcomed the deal, "
           "said it was brokered by the United States.", "USA"),
    ("en", "Armenia and Azerbaijan signed a peace deal on Friday. President Macron said the deal had been "
           "brokered by the United States.", "USA"),
])
def test_the_speaker_of_a_mediated_by_clause_is_no_party(lang: str, text: str, mediator: str) -> None:
    keys = {(s, t) for s, t, plover in _keys(text, lang) if plover == "CONSULT"}
    assert {(mediator, "ARM"), (mediator, "AZE")} <= keys
    assert not any("FRA" in pair for pair in keys)


@pytest.mark.parametrize(("text", "key"), [
    ("Два гражданина Канады были задержаны Китаем.", ("CHN", "CAN", "COERCE")),
    ("Санкции против России были введены Евросоюзом в марте.", ("EU", "RUS", "SANCTION")),
    ("Украинские моряки были задержаны российскими пограничниками.", ("RUS", "UKR", "COERCE")),
])
def test_a_russian_passive_names_its_agent_in_the_instrumental(text: str, key: tuple) -> None:
    keys = _keys(text, "ru")
    assert key in keys
    assert (key[1], key[0], key[2]) not in keys


def test_a_russian_passive_signed_by_two_parties_is_their_agreement() -> None:
    keys = _keys("Соглашение было подписано Россией и Китаем в Пекине.", "ru")
    assert ("RUS", "CHN", "AGREE") in keys or ("CHN", "RUS", "AGREE") in keys


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Die Ukraine teilte mit, Russland habe in der Nacht Kiew angegriffen.",
     ("RUS", "UKR", "ASSAULT"), ("UKR", "RUS", "ASSAULT")),
    ("Polen erklärte, Russland habe den polnischen Luftraum verletzt.",
     ("POL", "RUS", "ACCUSE"), ("POL", "RUS", "ASSAULT")),
    ("Die Regierung in Chisinau warf Moskau einen Umsturzplan vor. Das russische Außenministerium wies die "
     "Vorwürfe zurück, Russland plane einen Umsturz in Moldau.", ("RUS", "MDA", "REJECT"), ("RUS", "RUS", "REJECT")),
])
def test_german_reported_speech_without_dass_has_its_own_subject(text: str, present: tuple, absent: tuple) -> None:
    keys = _keys(text, "de")
    assert present in keys
    assert absent not in keys


def test_a_comma_after_a_speech_verb_without_a_subjunctive_is_no_reported_clause() -> None:
    from realpolitik.events.clauses import split_clauses
    from realpolitik.events.rules import load_rules

    grammar = load_rules("de").grammar
    sentence = split_sentences("Der Sprecher sagte, Russland und die Ukraine verhandeln.", "de")[0]
    assert len(split_clauses(sentence, grammar, (), frozenset({4}))) == 1
    reported = split_sentences("Der Sprecher sagte, Russland habe verhandelt.", "de")[0]
    assert len(split_clauses(reported, grammar, (), frozenset({4}))) == 2


def test_what_a_compound_modifier_backs_is_the_noun_it_modifies() -> None:
    keys = _keys("The Iran-backed group began firing at Israel a day after the Hamas attack on southern Israel.", "en")
    assert not any(s == "IRN" for s, _t, _p in keys)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Международный уголовный суд выдал ордер на арест Путина, обвинив его в депортации украинских детей."),
    ("en", "The International Criminal Court issued a warrant for Putin, accusing him of deporting Ukrainian "
           "children."),
])
def test_an_object_pronoun_is_the_accused_not_a_name_in_the_charge(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert ("ICC", "UKR", "ACCUSE") not in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Corée du Nord a tiré un missile au-dessus du Japon mardi. Le Japon a fermement condamné ce tir, "
           "a déclaré le Premier ministre japonais."),
    ("es", "Corea del Norte lanzó un misil sobre Japón el martes. Japón condenó el lanzamiento, dijo el primer "
           "ministro japonés."),
    ("en", "North Korea fired a missile over Japan on Tuesday. Japan condemned the launch, said the Japanese prime "
           "minister."),
    ("de", "Nordkorea feuerte am Dienstag eine Rakete über Japan ab. Japan verurteilte den Start scharf, erklärte "
           "der japanische Regierungschef."),
])
def test_the_speaker_named_after_the_verdict_is_no_target(lang: str, text: str) -> None:
    assert ("JPN", "PRK", "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "reactor"), [
    ("de", "Die Rakete stürzte ins Meer. Kishida nannte das Vorgehen Nordkoreas barbarisch. Südkoreas Präsident "
           "sprach von einer rücksichtslosen Provokation.", "KOR"),
    ("en", "The missile fell into the sea. Tokyo condemned North Korea's conduct. Seoul also condemned it.", "KOR"),
])
def test_a_round_of_condemnations_condemns_the_one_the_last_one_named(lang: str, text: str, reactor: str) -> None:
    assert (reactor, "PRK", "ACCUSE") in _keys(text, lang)



@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Polen, Ungarn und die Slowakei verhängten ein Einfuhrverbot. Kiew reichte Klagen gegen die drei "
           "EU-Staaten ein."),
    ("en", "Poland, Hungary and Slovakia imposed a ban. Kyiv filed complaints against the three EU states."),
])
def test_counted_members_of_a_bloc_stand_for_the_list_not_the_bloc(lang: str, text: str) -> None:
    refs = [r for per_sentence in _references(text, lang) for r in per_sentence]
    assert [c for _surface, c in refs] == [["POL", "HUN", "SVK"]]
    keys = _keys(text, lang)
    assert {("UKR", "POL", "ACCUSE"), ("UKR", "HUN", "ACCUSE"), ("UKR", "SVK", "ACCUSE")} <= keys
    assert ("UKR", "EU", "ACCUSE") not in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Bundesregierung hat den russischen Botschafter ins Auswärtige Amt einbestellt. Moskau wies die "
           "Vorwürfe als haltlos zurück."),
])
def test_an_active_summons_has_its_own_subject_and_the_denial_answers_it(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert ("DEU", "RUS", "ACCUSE") in keys and ("RUS", "DEU", "REJECT") in keys


def test_an_object_inside_the_trigger_pattern_comes_before_a_phrase_further_on() -> None:
    keys = _keys("МИД России вызвал посла Эстонии и выразил ему решительный протест в связи с высылкой "
                 "российского дипломата.", "ru")
    assert ("RUS", "EST", "ACCUSE") in keys


@pytest.mark.parametrize(("text", "codes"), [
    ("Россия и Украина провели обмен пленными. Стороны договорились продолжить обмены.", [["RUS", "UKR"]]),
    ("Удар со стороны России вызвал протест.", []),  # "со стороны": on the part of, no reference
    # after a fronted phrase the sides are the verb's subject; after a verb its object
    ("Делегации России и Украины встретились. По итогам встречи стороны договорились об обмене.",
     [["RUSGOV", "UKR"]]),
    ("Генсек ООН призвал Иран и Израиль к сдержанности. Китай призвал стороны избегать эскалации.",
     [["IRN", "ISR"]]),
    ("Россия и Украина провели переговоры. Позиция украинской стороны не изменилась.", []),
])
def test_russian_bare_sides_stand_for_the_pair_named_before(text: str, codes: list) -> None:
    refs = [r for per_sentence in _references(text, "ru") for r in per_sentence]
    assert [c for _surface, c in refs] == codes


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    ("de", "Nach dem Angriff auf Israel verhängten die USA Sanktionen.", ("USA", "ISR", "SANCTION")),
    ("de", "Wegen des Angriffs auf die Ukraine verhängte die EU neue Sanktionen.", ("EU", "UKR", "ASSAULT")),
    ("de", "Wegen des Angriffs auf die Ukraine verhängte die EU neue Sanktionen.", ("EU", "UKR", "SANCTION")),
    ("de", "Trotz der Angriffe auf die Ukraine lehnte Ungarn neue Sanktionen ab.", ("HUN", "UKR", "ASSAULT")),
    ("fr", "Malgré les attaques contre l'Ukraine, la Hongrie a bloqué les sanctions.", ("HUN", "UKR", "ASSAULT")),
])
def test_an_earlier_acts_phrase_names_neither_agent_nor_target_of_the_main_act(lang: str, text: str,
                                                                             wrong: tuple) -> None:
    assert wrong not in _keys(text, lang)


def test_a_target_of_its_own_after_an_earlier_acts_phrase_stays() -> None:
    assert ("USA", "IRN", "SANCTION") in _keys("Nach dem Angriff auf Israel verhängten die USA Sanktionen gegen "
                                              "den Iran.", "de")


def test_a_russian_impersonal_institution_answers_the_latest_act_against_it() -> None:
    keys = _keys("Эстония выслала российского дипломата. В Москве пообещали ответить на этот шаг.", "ru")
    assert ("RUS", "EST", "THREATEN") in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Mali et le Burkina Faso ont averti qu'une attaque contre Niamey serait considérée comme une "
           "déclaration de guerre."),
    ("en", "Mali and Burkina Faso warned that an attack on Niger would be considered a declaration of war."),
])
def test_an_act_noun_after_that_is_not_the_act_of_the_main_subject(lang: str, text: str) -> None:
    assert not any(plover == "ASSAULT" for _s, _t, plover in _keys(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Warsaw would deploy more soldiers, while Minsk accused Poland of provoking a conflict."),
    ("es", "Varsovia podría desplegar más soldados, mientras Minsk acusó a Polonia de provocar un conflicto."),
    ("fr", "Varsovie pourrait déployer plus de soldats, tandis que Minsk a accusé la Pologne de provoquer un "
           "conflit."),
])
def test_a_modal_verb_does_not_reach_past_a_comma_and_a_conjunction(lang: str, text: str) -> None:
    assert ("BLR", "POL", "ACCUSE") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "act", "filler", "threat"), [
    ("en", "Russian drones struck a power station in western Ukraine on Monday night.",
     "Engineers worked through the night to restore the supply to the city's hospitals and schools. ",
     "Kyiv vowed to respond."),
    ("de", "Russische Drohnen griffen am Montagabend ein Kraftwerk in der Westukraine an.",
     "Techniker arbeiteten die ganze Nacht, um die Versorgung der Krankenhäuser und Schulen wiederherzustellen. ",
     "Kiew drohte mit Vergeltung."),
    ("es", "Rusia atacó el lunes por la noche con drones una central eléctrica de Ucrania.",
     "Los técnicos trabajaron toda la noche para restablecer el suministro de hospitales y escuelas. ",
     "Kiev prometió una respuesta."),
    ("fr", "Des drones russes ont attaqué lundi soir une centrale électrique dans l'ouest de l'Ukraine.",
     "Les techniciens ont travaillé toute la nuit pour rétablir l'alimentation des hôpitaux et des écoles. ",
     "Kiev a promis une riposte."),
    ("ru", "Российские беспилотники атаковали в понедельник вечером электростанцию на западе Украины.",
     "Техники всю ночь восстанавливали электроснабжение больниц и школ города. ",
     "Киев пообещал ответить."),
])
def test_a_threat_to_respond_answers_an_attack_told_a_paragraph_before(lang: str, act: str, filler: str,
                                                                         threat: str) -> None:
    text = f"{act} {filler * (700 // len(filler))}{threat}"
    assert 650 < len(text) - len(threat) < 950  # beyond the reach of a bare reaction to any event (CONTEXT_CHARS)
    assert ("UKR", "RUS", "THREATEN") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia attacked Ukraine in 2022. {filler}Moscow responded with threats."),
    ("de", "Russland griff 2022 die Ukraine an. {filler}Moskau reagierte mit Drohungen."),
])
def test_a_far_threat_does_not_answer_the_threateners_own_old_act(lang: str, text: str) -> None:
    filler = ("Sweden joined the alliance after long talks with Ankara and Budapest. " if lang == "en" else
              "Schweden trat dem Bündnis nach langen Gesprächen mit Ankara und Budapest bei. ") * 9
    keys = _keys(text.format(filler=filler), lang)
    assert ("RUS", "UKR", "THREATEN") not in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "France, together with Germany, condemned the Russian strikes on Kyiv."),
    ("de", "Frankreich verurteilte gemeinsam mit Deutschland die russischen Angriffe auf Kiew."),
    ("es", "Francia, junto con Alemania, condenó los ataques rusos contra Kiev."),
    ("fr", "La France a condamné, conjointement avec l'Allemagne, les frappes russes contre Kiev."),
    ("ru", "Франция вместе с Германией осудила российские удары по Киеву."),
])
def test_an_actor_together_with_the_subject_acts_with_it_not_on_it(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert {("FRA", "RUS", "ACCUSE"), ("DEU", "RUS", "ACCUSE")} <= keys
    assert ("FRA", "DEU", "ACCUSE") not in keys and ("DEU", "UKR", "ASSAULT") not in keys


def test_together_with_names_the_partner_of_a_symmetric_act() -> None:
    assert ("FRA", "IND", "AGREE") in _keys("France signed a defence pact together with India.", "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Together with the Belgian prime minister, the French president met the Egyptian president in Cairo."),
    ("de", "Gemeinsam mit dem belgischen Regierungschef traf der französische Präsident den ägyptischen Präsidenten."),
    ("es", "Junto al primer ministro belga, el presidente francés se reunió con el presidente egipcio."),
    ("es", "El presidente francés, junto al primer ministro belga, se reunió con el presidente egipcio."),
    ("fr", "Aux côtés du Premier ministre belge, le président français a rencontré le président égyptien."),
    ("ru", "Вместе с премьер-министром Бельгии президент Франции встретился с президентом Египта."),
])
def test_a_companion_before_the_verb_of_a_symmetric_act_meets_too(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert {("FRA", "EGY", "CONSULT"), ("BEL", "EGY", "CONSULT")} <= keys, keys
    assert ("FRA", "BEL", "CONSULT") not in keys and ("BEL", "FRA", "CONSULT") not in keys, keys


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La France s'est rangée aux côtés de l'Ukraine."),  # the side taken is the target
    ("fr", "Le président français a condamné la Russie lors d'une conférence de presse aux côtés du Premier "
           "ministre belge."),  # after the verb, "aux côtés de" goes with the press conference
])
def test_aux_cotes_de_is_a_co_agent_only_before_the_verb(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert not any(k[0] == "BEL" for k in keys) and ("FRA", "BEL", "ACCUSE") not in keys, keys
    assert ("FRA", "UKR", "SUPPORT") in keys or ("FRA", "RUS", "ACCUSE") in keys, keys


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La France, le Royaume-Uni et l'Allemagne ont appelé l'Iran à reprendre sa coopération avec l'AIEA. "
           "Téhéran a opposé une fin de non-recevoir."),
    ("en", "France, Britain and Germany urged Iran to resume its cooperation with the IAEA. Tehran refused."),
])
def test_a_reply_to_a_joint_act_answers_all_its_authors(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert {("IRN", c, "REJECT") for c in ("FRA", "GBR", "DEU")} <= keys, keys


def test_a_reply_answers_only_the_authors_of_the_same_act() -> None:
    keys = _keys("La France a appelé l'Iran à la retenue. L'Allemagne a critiqué l'Iran. "
                 "Téhéran a rejeté ces accusations.", "fr")
    assert ("IRN", "DEU", "REJECT") in keys, keys
    assert ("IRN", "FRA", "REJECT") not in keys, keys


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'Inde et le Pakistan ont échangé des tirs au Cachemire. "
           "La Chine et la Russie ont exhorté les deux parties au dialogue."),
    ("en", "India and Pakistan exchanged fire in Kashmir. China and Russia urged the two sides to hold talks."),
    ("es", "India y Pakistán intercambiaron disparos en Cachemira. "
           "China y Rusia instaron a las dos partes al diálogo."),
])
def test_the_sides_addressed_are_not_the_subject_that_addresses_them(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert {("CHN", "IND", "REQUEST"), ("RUS", "PAK", "REQUEST")} <= keys, keys
    assert ("CHN", "RUS", "REQUEST") not in keys and ("RUS", "CHN", "REQUEST") not in keys, keys


def test_sides_after_a_comma_take_up_the_subject_list() -> None:
    found = _references("Israël et l'Iran ont conclu une trêve, les deux parties s'engageant à la retenue.", "fr")
    assert [codes for _surface, codes in found[0]] == [["ISR", "IRN"]], found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La AES, integrada por Malí, Burkina Faso y Níger, condenó a Francia.",
     {("MLI", "FRA", "ACCUSE"), ("BFA", "FRA", "ACCUSE"), ("NER", "FRA", "ACCUSE")}),
    ("en", "The Quad, made up of the United States, Japan and India, criticised China on Monday.",
     {("USA", "CHN", "ACCUSE"), ("JPN", "CHN", "ACCUSE"), ("IND", "CHN", "ACCUSE")}),
    ("fr", "L'AES, composée du Mali, du Burkina Faso et du Niger, a condamné la France.",
     {("MLI", "FRA", "ACCUSE"), ("BFA", "FRA", "ACCUSE"), ("NER", "FRA", "ACCUSE")}),
    ("en", "The AES (Mali, Burkina Faso, Niger) condemned France.",
     {("MLI", "FRA", "ACCUSE"), ("BFA", "FRA", "ACCUSE"), ("NER", "FRA", "ACCUSE")}),
    ("de", "Frankreich verurteilte die AES, bestehend aus Mali, Burkina Faso und Niger.",
     {("FRA", "MLI", "ACCUSE"), ("FRA", "BFA", "ACCUSE"), ("FRA", "NER", "ACCUSE")}),
])
def test_members_in_apposition_stand_for_the_bloc_in_its_events(lang: str, text: str, expected: set) -> None:
    result = extraction(text, lang, ON)
    assert {(e.source[:3], (e.target or "")[:3], e.plover) for e in result.events if e.factual} == expected
    if lang in ("es", "en", "fr") and "(" not in text:  # the membership still hangs on the bloc
        tied = {code for r in result.relations if r.kind == "membership" for code in (r.a, r.b)}
        assert {source for source, _, _ in expected} | {"QUAD" if "Quad" in text else "AES"} <= tied


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La AES, junto con Malí y Níger, condenó a Francia.", ("AES", "FRA", "ACCUSE")),  # no members named
    ("en", "The AES (Mali) condemned France.", ("AES", "FRA", "ACCUSE")),  # one state is no member list
])
def test_no_members_stand_for_a_bloc_without_a_members_apposition(lang: str, text: str, expected: tuple) -> None:
    assert expected in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "Darel Okonji, the president of Guyana, met the envoy on Monday. Okonji accused Venezuela of provocations.",
     "GUYGOV"),
    ("de", "Darel Okonji, der Präsident Guyanas, traf am Montag den Gesandten. Okonji warnte Venezuela.",
     "GUYGOV"),
    ("es", "Darel Okonji, presidente de Guyana, recibió al enviado el lunes. Okonji acusó a Venezuela.",
     "GUYGOV"),
    ("fr", "Darel Okonji, le président du Guyana, a reçu l'émissaire lundi. Okonji a accusé le Venezuela.",
     "GUYGOV"),
    ("ru", "Дарел Оконджи, министр обороны Гайаны, принял посланника. Оконджи обвинил Венесуэлу в провокациях.",
     "GUYGOV"),
])
def test_name_before_its_role_then_surname_alone(lang: str, text: str, code: str) -> None:
    """A person named first and given a role with a country after a comma ("X Y, the president of Guyana")
    stands for that office, and so does their surname alone later in the article."""
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert found[0][0].code == code and found[0][0].surface.startswith(text.split(",")[0])
    assert [m.code for m in found[1] if m.kind == "reference"][:1] == [code]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The presidents of Chile, Marko Vidal, and of Peru, Tano Quispe, will meet on Friday. "
           "Quispe accused Bolivia of smuggling."),
    ("es", "Los presidentes de Chile, Marko Vidal, y de Perú, Tano Quispe, se reunirán el viernes. "
           "Quispe acusó a Bolivia de contrabando."),
    ("fr", "Les présidents du Chili, Marko Vidal, et du Pérou, Tano Quispe, se rencontreront vendredi. "
           "Quispe a accusé la Bolivie de contrebande."),
])
def test_role_word_named_once_for_two_offices(lang: str, text: str) -> None:
    """"les présidents du Chili, X, et du Pérou, Y": the second person holds the same office in the second
    country, not the first country's; later "Quispe" alone is Peru's."""
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert [m.code for m in found[0] if m.code.endswith("GOV")] == ["CHLGOV", "PERGOV"]
    assert [(m.surface, m.code) for m in found[1] if m.kind == "reference"] == [("Quispe", "PERGOV")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "At Camp Verde, the president of Guyana spoke. On Tuesday Morning, the president of Guyana left."),
    ("en", "Speaking to Fox News, the president of Guyana denied it."),
    ("de", "In Bad Ems, der Präsident Guyanas, sprach er."),
    ("fr", "À Port Louis, le président du Guyana a parlé."),
])
def test_a_place_or_date_before_a_role_is_no_person(lang: str, text: str) -> None:
    """Capitalised words after a preposition or of a date before "…, the president of Guyana" name no one."""
    for ms in recognise_actors(split_sentences(text, lang), lang, ON):
        assert all(m.note != "person not in dictionary" for m in ms if "Guyan" in m.surface)


@pytest.mark.parametrize(("lang", "text", "codes"), [
    ("en", "The president of the Co-operative Republic of Guyana met the Prime Minister of the Commonwealth "
           "of Dominica.", ["GUYGOV", "DMAGOV"]),
    ("es", "El presidente de la República Bolivariana de Venezuela habló con el de la República Federativa de Brasil.",
     ["VENGOV", "BRA"]),
    ("fr", "Le président de la République coopérative du Guyana a reçu l'ambassadeur.", ["GUYGOV"]),
])
def test_official_names_of_states(lang: str, text: str, codes: list[str]) -> None:
    """Joint declarations name states officially ("the Commonwealth of Dominica" is no Commonwealth of Nations)."""
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert [m.code for m in found[0]][:len(codes)] == codes


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The US president met the Taiwanese president in New York on Friday. China condemned the meeting."),
    ("de", "Der US-Präsident traf am Freitag in New York die taiwanische Präsidentin. China verurteilte das Treffen "
           "scharf."),
    ("es", "El presidente de Estados Unidos se reunió el viernes en Nueva York con la presidenta de Taiwán. China "
           "condenó la reunión."),
    ("fr", "Le président américain a rencontré vendredi à New York la présidente taïwanaise. La Chine a condamné la "
           "rencontre."),
    ("ru", "Президент США в пятницу встретился в Нью-Йорке с президентом Тайваня. Китай осудил эту встречу."),
])
def test_a_condemned_meeting_is_condemned_on_both_its_sides(lang: str, text: str) -> None:
    assert {("CHN", "USA", "ACCUSE"), ("CHN", "TWN", "ACCUSE")} <= _keys(text, lang)


_SUMMONED = {
    "en": "China summoned the Japanese ambassador on Monday. Beijing accused Tokyo of interfering in its internal "
          "affairs. ",
    "de": "China bestellte am Montag den japanischen Botschafter ein. Peking warf Tokio Einmischung in innere "
          "Angelegenheiten vor. ",
    "es": "China convocó el lunes al embajador japonés. Pekín acusó a Tokio de injerencia en sus asuntos internos. ",
    "fr": "La Chine a convoqué lundi l'ambassadeur japonais. Pékin a accusé Tokyo d'ingérence dans ses affaires "
          "intérieures. ",
    "ru": "Китай в понедельник вызвал японского посла. Пекин обвинил Токио во вмешательстве во внутренние дела. ",
}


@pytest.mark.parametrize(("lang", "appeal"), [
    ("en", "On Tuesday Sun Weidong urged Japan to correct the remarks."),
    ("de", "Am Dienstag appellierte Sun Weidong an Japan, die Äußerungen zu korrigieren."),
    ("es", "El martes, Sun Weidong instó a Japón a corregir las declaraciones."),
    ("fr", "Mardi, Sun Weidong a exhorté le Japon à corriger ses propos."),
    ("ru", "Во вторник Сунь Вэйдун призвал Японию исправить свои слова."),
])
def test_an_appeal_to_one_side_of_the_focal_dyad_by_someone_unknown_comes_from_the_other(lang: str,
                                                                                          appeal: str) -> None:
    # the speaker is a name the reader does not know: the article's pair says whose official it is
    assert ("CHN", "JPN", "REQUEST") in _keys(_SUMMONED[lang] + appeal, lang)
    assert ("CHN", "JPN", "REQUEST") not in _keys(appeal, lang)


def test_an_invitation_to_one_side_of_the_focal_dyad_comes_from_the_other() -> None:
    text = ("Putin and Trump met in Alaska on Friday. Putin said the talks with Trump had been useful. At the end he "
            "invited his American counterpart to Moscow.")
    assert ("RUS", "USA", "AGREE") in _keys(text, "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ecuadorian police raided the Mexican embassy in Quito. Mexico condemned the raid and broke off relations "
           "with Ecuador. Hours earlier, Mexico had granted political asylum to the former vice president."),
    ("de", "Die ecuadorianische Polizei stürmte die mexikanische Botschaft in Quito. Mexiko verurteilte den Angriff "
           "und brach die Beziehungen zu Ecuador ab. Stunden zuvor hatte Mexiko dem früheren Vizepräsidenten "
           "politisches Asyl gewährt."),
    ("es", "La policía ecuatoriana irrumpió en la embajada de México en Quito. México condenó el asalto y rompió "
           "relaciones con Ecuador. Horas antes, México había concedido asilo político al exvicepresidente."),
    ("fr", "La police équatorienne a fait irruption dans l'ambassade du Mexique à Quito. Le Mexique a condamné "
           "l'assaut et rompu ses relations avec l'Équateur. Quelques heures plus tôt, le Mexique avait accordé "
           "l'asile politique à l'ancien vice-président."),
    ("ru", "Полиция Эквадора ворвалась в посольство Мексики в Кито. Мексика осудила штурм и разорвала отношения с "
           "Эквадором. За несколько часов до этого Мексика предоставила политическое убежище бывшему "
           "вице-президенту."),
])
def test_aid_with_no_recipient_named_goes_to_the_other_side_of_the_focal_dyad(lang: str, text: str) -> None:
    assert ("MEX", "ECU", "AID") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # the role word opens the sentence, or its subject after a fronted phrase ("On Monday, the spokesman";
    # German verb-second: "Am Montag verurteilte der Sprecher Israel", where Israel is the object)
    ("de", "Israel bombardierte am Wochenende Stellungen im Libanon. Am Montag verurteilte der Sprecher Israel."),
    ("de", "Israel bombardierte am Wochenende Stellungen im Libanon. In einer Erklärung verurteilte das "
           "Außenministerium Israel."),
    ("de", "Israel bombardierte am Wochenende Stellungen im Libanon. Die Regierung verurteilte Israel."),
    ("en", "Israel bombed positions in Lebanon at the weekend. On Monday, the spokesman condemned Israel."),
    ("en", "Israel bombed positions in Lebanon at the weekend. The government condemned Israel."),
    ("es", "Israel bombardeó posiciones en el Líbano el fin de semana. En un comunicado, la Cancillería condenó a "
           "Israel."),
    ("fr", "Israël a bombardé des positions au Liban ce week-end. Lundi, le porte-parole a condamné Israël."),
    ("ru", "Израиль на выходных бомбил позиции в Ливане. Правительство осудило Израиль."),
    # a fronted phrase with only an adjective in it names no actor
    ("es", "Israel bombardeó posiciones en el Líbano. Tras el bombardeo israelí, el Gobierno condenó a Israel."),
    ("fr", "Israël a bombardé des positions au Liban. Après le bombardement israélien, le gouvernement a condamné "
           "Israël."),
    ("de", "Israel bombardierte Stellungen im Libanon. Nach dem israelischen Angriff verurteilte die Regierung "
           "Israel."),
])
def test_a_body_that_speaks_for_a_state_is_not_the_state_its_sentence_acts_on(lang: str, text: str) -> None:
    # the previous sentence's first state is Israel; the government that condemns Israel is Lebanon's
    assert ("LBN", "ISR", "ACCUSE") in _keys(text, lang)
    assert ("ISR", "LBN", "ACCUSE") not in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "China condemned the new tariffs on its steel. The ministry said the US steps hurt China's economic "
           "interests."),
    ("de", "Israel bombardierte Stellungen im Libanon. Nach Gesprächen mit der Regierung verurteilte Frankreich den "
           "Angriff."),
])
def test_a_possessor_or_a_preposition_s_object_is_no_such_subject(lang: str, text: str) -> None:
    from realpolitik.actors.reference.history import members

    found = recognise_actors(split_sentences(text, lang), lang, ON)
    codes = [c for m in found[1] if m.kind == "reference" for c in members(m)]
    assert codes == (["CHNGOV"] if lang == "en" else [])


_PROTESTED = {  # China and Japan quarrel; the latest government named before the appeal is Japan's
    "de": "Die japanische Regierungschefin Sanae Takaichi äußerte sich im Parlament zu Taiwan. China protestierte bei "
          "Japan gegen die Äußerungen. China bestellte daraufhin den japanischen Botschafter ein. ",
    "en": "Japanese Prime Minister Sanae Takaichi spoke about Taiwan in parliament. China protested to Japan over the "
          "remarks. China then summoned the Japanese ambassador. ",
    "es": "La primera ministra japonesa, Sanae Takaichi, habló de Taiwán en el Parlamento. China protestó ante Japón "
          "por las declaraciones. China convocó después al embajador japonés. ",
    "fr": "La Première ministre japonaise Sanae Takaichi a évoqué Taïwan au Parlement. La Chine a protesté auprès du "
          "Japon. La Chine a ensuite convoqué l'ambassadeur japonais. ",
    "ru": "Премьер-министр Японии Санаэ Такаити высказалась о Тайване в парламенте. Китай выразил протест Японии. "
          "Затем Китай вызвал японского посла. ",
}


@pytest.mark.parametrize(("lang", "appeal"), [
    ("de", "Vizeminister Sun Weidong forderte Japan auf, die Äußerungen zurückzunehmen."),
    ("en", "Vice minister Sun Weidong urged Japan to retract the remarks."),
    ("es", "El viceministro Sun Weidong instó a Japón a retractarse."),
    ("fr", "Le vice-ministre Sun Weidong a exhorté le Japon à se rétracter."),
    ("ru", "Замминистра Сунь Вэйдун призвал Японию отказаться от своих слов."),
])
def test_a_role_word_before_an_unknown_name_is_not_the_government_named_last(lang: str, appeal: str) -> None:
    # the minister is no Japanese official because a Japanese one was named last (German verb-second: Japan,
    # after the verb, is the object); unknown, the appeal to one side of the focal dyad comes from the other
    assert ("CHN", "JPN", "REQUEST") in _keys(_PROTESTED[lang] + appeal, lang)
    assert not [k for k in _keys(_PROTESTED[lang] + appeal, lang) if k[0] == "JPN"]


@pytest.mark.parametrize(("lang", "text", "code"), [
    # an "of" phrase that names an office, not an owner: the role word stands alone
    ("es", "Bolivia rompió relaciones con Israel. El viceministro de Exteriores acusó a Israel de crímenes de guerra.",
     "BOLGOV"),
    ("en", "Bolivia cut ties with Israel. The Minister of Defence accused Israel of war crimes.", "BOLGOV"),
    ("de", "Bolivien brach die Beziehungen zu Israel ab. Der Sprecher des Außenministeriums warf Israel "
           "Kriegsverbrechen vor.", "BOLGOV"),
    ("fr", "La Bolivie a rompu ses relations avec Israël. Le ministre de la Défense a accusé Israël de crimes de "
           "guerre.", "BOLGOV"),
])
def test_a_role_word_with_an_office_after_it_stands_alone(lang: str, text: str, code: str) -> None:
    from realpolitik.actors.reference.history import members

    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert [c for m in found[1] if m.kind == "reference" for c in members(m)] == [code]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Maroc et l'Algérie ont rompu. Les dirigeants des deux pays se sont parlé."),
    ("es", "Marruecos y Argelia rompieron. Los ministros de los dos países hablaron."),
    ("en", "Morocco and Algeria broke off ties. The leaders of both countries spoke."),
])
def test_an_of_phrase_with_a_counted_reference_names_the_owners(lang: str, text: str) -> None:
    found = recognise_actors(split_sentences(text, lang), lang, ON)
    assert not [m for m in found[1] if m.kind == "reference" and m.entry.startswith("roles:")]


def test_the_focal_dyad_follows_every_count(make_event) -> None:  # type: ignore[no-untyped-def]
    """`Dyads.focal` is remembered between counts: each added event must still move it (a lead, a tie, a later
    event of the leading pair), and sentences that add none must not."""
    from realpolitik.events.article_sides import Dyads

    dyads = Dyads()
    assert dyads.focal() is None
    first = make_event(source="RUSGOV", target="VENGOV")
    dyads.add([first])
    assert dyads.focal() is None  # one event is no focal dyad yet
    second = make_event(source="VENGOV", target="RUSMIL")
    dyads.add([second])
    assert dyads.focal() is second
    dyads.add([])
    assert dyads.focal() is second
    other = make_event(source="USAGOV", target="CHNGOV")
    dyads.add([other], weight=2)
    assert dyads.focal() is None  # a tie: no pair leads
    third = make_event(source="RUSGOV", target="VENGOV")
    dyads.add([third])
    assert dyads.focal() is third
    dyads.add([make_event(source="RUSGOV", target="VENGOV", modality="plan")])  # a plan counts only as planned
    assert dyads.focal() is third



@pytest.mark.parametrize(("lang", "text", "key"), [
    # a first-person subject of a quotation is the speaker named after it; the name after the verb is its object
    ("de", "China hat am Mittwoch ein Manöver rund um Taiwan begonnen. \"Wir fordern Peking auf, die militärischen "
           "Provokationen sofort einzustellen\", sagte ein Sprecher des Präsidialamts in Taipeh.",
     ("TWN", "CHN", "REQUEST")),
    ("de", "Nordkorea hat erneut Raketen getestet. \"Ich fordere Pjöngjang auf, die Tests sofort einzustellen\", "
           "sagte der südkoreanische Präsident am Montag in Seoul.", ("KOR", "PRK", "REQUEST")),
    ("fr", "La Chine a lancé lundi des manœuvres autour de Taïwan. « Nous appelons Pékin à cesser immédiatement ses "
           "provocations », a déclaré le porte-parole de la présidence à Taipei.", ("TWN", "CHN", "REQUEST")),
    # a role word after a quotation is not of the state the quotation names: "der Präsident" is Macron
    ("de", "Frankreichs Präsident Emmanuel Macron kündigte den Abzug der Truppen an. \"Wir fordern die Behörden in "
           "Niger auf, den gestürzten Präsidenten freizulassen\", sagte der Präsident.", ("FRA", "NER", "REQUEST")),
])
def test_who_speaks_a_quotation(lang: str, text: str, key: tuple) -> None:
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "key", "wrong"), [
    # a pronoun stands for the speaker of the quotation before it, not for a state the quotation names
    ("fr", "« La situation au Soudan est alarmante », a déclaré mardi l'Union africaine. Elle a appelé l'Éthiopie à "
           "la retenue.", ("AU", "ETH", "REQUEST"), ("SDN", "ETH", "REQUEST")),
])
def test_a_pronoun_after_a_quotation_stands_for_its_speaker(lang: str, text: str, key: tuple, wrong: tuple) -> None:
    keys = _keys(text, lang)
    assert key in keys and wrong not in keys


def test_the_phrase_starts_live_and_go_with_their_data() -> None:
    # filed once per data and kept on it, not in a module table by id(data), which kept every data alive and could
    # be asked about a later object given the same id
    import gc
    import weakref

    from realpolitik.actors.reference.data import Description, LanguageReferences
    from realpolitik.actors.reference.descriptions import phrase_starts

    first = LanguageReferences(lang="en", descriptions=[Description(("gulf", "kingdom"), "SAU", (), False)])
    assert phrase_starts(first, "en") is phrase_starts(first, "en")
    assert [d.code for d in phrase_starts(first, "en").descriptions] == ["SAU"]
    gone = weakref.ref(first)
    del first
    gc.collect()
    assert gone() is None
    second = LanguageReferences(lang="en")
    assert phrase_starts(second, "en").descriptions == []


@pytest.mark.parametrize(("text", "code"), [
    ("Die Schweiz prüft neue Massnahmen. Der Bundesrat kritisierte am Mittwoch Russland.", "CHEGOV"),
    ("Der Schweizer Bundesrat kritisierte am Mittwoch Russland.", "CHEGOV"),  # its own phrase names the state
    ("Österreich bleibt neutral. Die Bundesregierung kritisierte am Mittwoch Russland.", "AUTGOV"),
    ("Der Bundesrat kritisierte am Mittwoch Russland.", "DEULEG"),  # no other state: Germany's chamber
    ("Deutschland und die Schweiz beraten. Der Bundesrat kritisierte am Mittwoch Russland.", "DEULEG"),  # no more
])
def test_an_office_other_german_speaking_states_share_is_the_articles_state(text: str, code: str) -> None:
    """In an article about Switzerland "der Bundesrat" is Switzerland's government (actors/shared_offices.py)."""
    found = recognise_actors(split_sentences(text, "de"), "de", ON)
    offices = [m.code for ms in found for m in ms if m.kind == "agent"]
    assert offices == [code]


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    ("en", "Kenya thanked Ethiopia for its support during the drought. Nairobi sharply criticized the new tariffs on "
           "Monday.", ("KEN", "ETH", "SANCTION")),
    ("fr", "Le Sénégal a salué le soutien de la Mauritanie. Dakar a toutefois rejeté la proposition mardi.",
     ("SEN", "MRT", "REJECT")),
    ("es", "Colombia agradeció a Ecuador su apoyo. Bogotá criticó duramente los nuevos aranceles.",
     ("COL", "ECU", "SANCTION")),
    ("de", "Polen lobte Litauen für seine Unterstützung. Warschau kritisierte am Dienstag die neuen Zölle scharf.",
     ("POL", "LTU", "ACCUSE")),
])
def test_a_reaction_answers_no_cooperation(lang: str, text: str, wrong: tuple) -> None:
    """Round 33: a hostile reaction with no target answers a quarrel, not the actor's latest praise or deal."""
    keys = _keys(text, lang)
    assert wrong not in keys
    assert any(k[2] == "SUPPORT" for k in keys)  # the praise itself stays


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "The European Union expressed solidarity with Latvia. Riga insisted on tougher sanctions.",
     ("LVA", "EU", "REQUEST")),
    ("ru", "Евросоюз выразил солидарность с Латвией. Рига настаивает на ужесточении санкций.",
     ("LVA", "EU", "REQUEST")),
    ("en", "Russian drones struck Kyiv overnight. Ukraine vowed to retaliate.", ("UKR", "RUS", "THREATEN")),
])
def test_a_demand_is_made_of_the_ally_and_a_threat_answers_the_attack(lang: str, text: str, key: tuple) -> None:
    """Round 33: the cooperation a hostile reaction skips is still whom a demand for the act is made of."""
    assert key in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    ("en", "Germany and France pledged fighter jets to Poland. Moscow denied any involvement in the incident.",
     ("RUS", "DEU", "REJECT")),
    ("de", "Deutschland und Frankreich sagten Polen Kampfjets zu. Moskau bestritt jede Beteiligung an dem Vorfall.",
     ("RUS", "DEU", "REJECT")),
    ("ru", "Германия и Франция пообещали направить в Польшу истребители. В Москве причастность к инциденту отрицают.",
     ("RUS", "FRA", "REJECT")),
    ("fr", "Le président indien s'est rendu en Chine. Le Pakistan a rejeté toute ingérence.", ("PAK", "IND", "REJECT")),
])
def test_a_reply_answers_no_pledge_or_visit_between_others(lang: str, text: str, wrong: tuple) -> None:
    """Round 33: a rejection or denial with nothing aimed at its actor answers no pledge, meeting or aid that two
    others exchanged."""
    keys = _keys(text, lang)
    assert wrong not in keys and len(keys) >= 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya and Uganda signed a pipeline agreement. Tanzania rejected the deal."),
    ("es", "Kenia y Uganda firmaron un acuerdo sobre el oleoducto. Tanzania rechazó el acuerdo."),
])
def test_a_rejection_still_answers_a_deal_between_others(lang: str, text: str) -> None:
    """Round 33: a deal between others is still what a third party's rejection answers (a veto, an opposition)."""
    assert ("TZA", "KEN", "REJECT") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya praised Uganda in 2019 for its help. Tanzania rejected any interference."),
    ("fr", "Le Kenya a rétabli ses relations diplomatiques avec l'Ouganda en 2019. La Tanzanie a rejeté toute "
           "ingérence."),
    ("es", "Kenia restableció en 2019 sus relaciones diplomáticas con Uganda. Tanzania rechazó cualquier injerencia."),
])
def test_a_reply_answers_no_act_the_article_dates_years_back(lang: str, text: str) -> None:
    """Round 34: an act dated years before the article's day is background, not the news a rejection answers (a
    signed deal still is: test_a_rejection_still_answers_a_deal_between_others)."""
    assert not [k for k in _keys(text, lang) if k[0] == "TZA"]


@pytest.mark.parametrize(("lang", "text", "replier"), [
    ("en", "Kenya restored diplomatic relations with Uganda last week. Tanzania rejected any interference.", "TZA"),
    ("ru", "В Кремле назвали Мьянму надежным партнером. Малайзия отказалась направить наблюдателей.", "MYS"),
])
def test_a_reply_answers_no_praise_or_support_between_others(lang: str, text: str, replier: str) -> None:
    """Round 34: praise, support or restored ties between two others are nothing a third party's rejection answers."""
    assert not [k for k in _keys(text, lang) if k[0] == replier]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya accused Tanzania in 2019 of arming the rebels. Tanzania denied the claims."),
    ("es", "Kenia acusó en 2019 a Tanzania de armar a los rebeldes. Tanzania rechazó las acusaciones."),
])
def test_a_denial_still_answers_an_old_accusation(lang: str, text: str) -> None:
    """Round 34: an accusation, however old, is still the claim a denial answers."""
    assert ("TZA", "KEN", "REJECT") in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    ("en", "Mali, Burkina Faso and Niger left ECOWAS in January. The UN and the EU condemned the coup.",
     ("UN", "MLI", "ACCUSE")),
    ("es", "Malí, Burkina Faso y Níger abandonaron la Cedeao en enero. La ONU y la Unión Europea condenaron el golpe.",
     ("EU", "NER", "ACCUSE")),
])
def test_a_condemnation_judges_no_downgrade_of_ties(lang: str, text: str, wrong: tuple) -> None:
    """Round 33: a third party's condemnation with no target does not judge a bloc left or envoys recalled."""
    keys = _keys(text, lang)
    assert wrong not in keys and ("MLI", "ECO", "SANCTION") in keys


def test_a_condemnation_still_judges_the_latest_attack() -> None:
    assert ("EU", "RUS", "ACCUSE") in _keys("Russian troops shelled Kharkiv on Monday. The EU also voiced concern.",
                                            "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Algeria recalled its ambassador from Mali on Monday. Senegal and Gambia signed a fisheries accord on "
           "Tuesday. Algiers also warned of further measures."),
    ("fr", "L'Algérie a rappelé lundi son ambassadeur au Mali. Le Sénégal et la Gambie ont signé mardi un accord de "
           "pêche. Alger a aussi menacé de nouvelles mesures."),
    ("de", "Algerien hat am Montag seinen Botschafter aus Mali zurückgerufen. Senegal und Gambia unterzeichneten am "
           "Dienstag ein Fischereiabkommen. Algier drohte zudem mit weiteren Schritten."),
])
def test_a_reaction_answers_no_quarrel_the_article_moved_on_from(lang: str, text: str) -> None:
    """Round 33: after a sentence about two other parties, a reaction with no target answers no older quarrel."""
    keys = _keys(text, lang)
    assert ("DZA", "MLI", "THREATEN") not in keys and ("SEN", "GMB", "AGREE") in keys


@pytest.mark.parametrize("text", [
    "Algeria recalled its ambassador from Mali on Monday. Algiers also warned of further measures.",
    "Russian drones struck Kyiv overnight. Separately, Poland and Lithuania signed a defence accord. Ukraine vowed to "
    "respond.",
])
def test_a_reaction_still_answers_the_quarrel_just_told_or_an_attack(text: str) -> None:
    """Round 33: the quarrel told right before, or force on the actor, is still what the reaction answers."""
    keys = _keys(text, "en")
    assert ("DZA", "MLI", "THREATEN") in keys or ("UKR", "RUS", "THREATEN") in keys


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Algeria severed diplomatic relations with Morocco in 2021. Rabat accuses Algiers of backing the Polisario. "
           "Both countries received military aid."),
    ("es", "Argelia rompió relaciones diplomáticas con Marruecos en 2021. Rabat acusa a Argel de apoyar al Polisario. "
           "Ambos países recibieron ayuda militar."),
    ("fr", "Le Maroc et l'Algérie ont rompu leurs relations en 2021. Rabat accuse Alger de soutenir le Polisario. Les "
           "deux rivaux se livrent une course aux armements."),
])
def test_an_act_of_both_sides_of_the_focal_dyad_is_aimed_at_neither(lang: str, text: str) -> None:
    """Round 33: where the sources are both sides of the article's focal dyad, there is no other side to aim at."""
    keys = _keys(text, lang)
    assert ("MAR", "DZA", "AID") not in keys and ("MAR", "DZA", "ACCUSE") in keys


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("en", "The Solomon Islands signed a policing agreement with China in 2022. France welcomed the agreement.",
     "The Solomon Islands signed a policing agreement with China on Monday. France welcomed the agreement."),
    ("fr", "Les Îles Salomon ont signé un accord de coopération policière avec la Chine en 2022. Paris a salué "
           "l'accord.",
     "Les Îles Salomon ont signé lundi un accord de coopération policière avec la Chine. Paris a salué l'accord."),
])
def test_a_welcome_praises_no_deal_dated_long_before(lang: str, old: str, new: str) -> None:
    """Round 33: a deal the article dates half a year or more back is background, not what a welcome praises."""
    assert ("FRA", "SLB", "SUPPORT") not in _keys(old, lang)
    assert ("FRA", "SLB", "SUPPORT") in _keys(new, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lula met Biden in Brasília on Monday. Lula later accused the government of neglecting the Amazon."),
    ("es", "Lula se reunió el lunes con Biden en Brasilia. Lula acusó después al Gobierno de descuidar la Amazonia."),
])
def test_an_accusation_answers_no_meeting_of_its_own(lang: str, text: str) -> None:
    """Round 34: the partner of the actor's own talks is not whom its accusation with no target blames."""
    assert ("BRA", "USA", "ACCUSE") not in _keys(text, lang)


def test_a_threat_after_ones_own_talks_still_goes_to_the_partner() -> None:
    """Round 34: only claims (accusations, rejections) stop at the actor's own meeting; a threat does not."""
    assert ("USA", "KHM", "THREATEN") in _keys("Trump met Hun Manet on Monday. Trump threatened tariffs.", "en")


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    ("en", "Moscow's ally Minsk condemned the new EU sanctions.", ("EU", "BLR", "SANCTION")),
    ("de", "Bundeskanzler Friedrich Merz nannte den Boykott der Amerikaner einen Fehler.", ("USA", "DEU", "SANCTION")),
    ("ru", "Минск, союзник Москвы, осудил новые санкции ЕС.", ("EU", "BLR", "SANCTION")),
])
def test_a_sanction_its_sentence_judges_is_not_aimed_at_the_judge(lang: str, text: str, wrong: tuple) -> None:
    """Round 34: the one who condemns a sanction named by a bare noun is not thereby the one it is aimed at (a
    target marker after it, "contre ses exportations", still makes the judge the target: fr_constructions N3)."""
    assert wrong not in _keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    ("fr", "Le ministre vénézuélien a accusé la Colombie d'abriter des rebelles et a affirmé que Bogota ignorait ses "
           "avertissements.", ("COL", "VEN", "THREATEN")),
    ("fr", "La porte-parole nord-coréenne a qualifié ces manœuvres de provocation et menacé Séoul de représailles.",
     ("KOR", "PRK", "THREATEN")),
])
def test_a_threat_in_the_sentence_of_anothers_claim_is_not_its_targets_answer(lang: str, text: str,
                                                                              wrong: tuple) -> None:
    """Round 34: the accused, threatened or asked party of a sentence is not the author of its threat word."""
    assert wrong not in _keys(text, lang)


def test_a_vow_in_the_sentence_of_a_strike_still_answers_it() -> None:
    """Round 34: force told in the same sentence is still what a threat to respond answers."""
    keys = _keys("Russian drones struck Kyiv overnight, and Ukraine vowed to retaliate.", "en")
    assert ("UKR", "RUS", "THREATEN") in keys


_QUARRELS = {
    "en": "Washington imposed tariffs on South Africa. Pretoria condemned the tariffs. Washington accused Pretoria of "
          "unfair trade. ",
    "fr": "Bakou a accusé Paris d'ingérence. Paris a condamné les propos de Bakou. Bakou a rappelé son ambassadeur en "
          "France. ",
    "es": "Argelia acusó a España de traición. Madrid criticó a Argel. Argelia suspendió el tratado con España. ",
}


@pytest.mark.parametrize(("lang", "appeal", "wrong"), [
    ("en", "Opposition parties in parliament called on President Cyril Ramaphosa to mend fences.",
     ("USA", "ZAF", "REQUEST")),
    ("fr", "Un député de la majorité a réclamé au gouvernement français un débat sur le Caucase.",
     ("AZE", "FRA", "REQUEST")),
    ("es", "Los diputados de la oposición pidieron a Sánchez explicaciones en el Congreso.", ("DZA", "ESP", "REQUEST")),
])
def test_a_domestic_speakers_appeal_is_not_the_other_sides(lang: str, appeal: str, wrong: tuple) -> None:
    """Round 34: an appeal by an opposition, a parliament or a deputy comes from no other state of the dyad."""
    assert wrong not in _keys(_QUARRELS[lang] + appeal, lang)


def test_an_unknown_speakers_appeal_still_comes_from_the_other_side() -> None:
    """Round 34: a speaker the reader does not know ("Vice Foreign Minister Sun Weidong") is still the other side."""
    text = _QUARRELS["en"] + "Vice Foreign Minister Sun Weidong urged Pretoria to retract the remarks."
    assert ("USA", "ZAF", "REQUEST") in _keys(text, "en")



# a deal told, then praised in a sentence whose coordinated verb thanks a third party
_THANKED = {
    "en": "Ethiopia and Eritrea signed a peace deal on Monday. The United States welcomed the deal and thanked Kenya "
          "for its efforts.",
    "de": "Äthiopien und Eritrea unterzeichneten am Montag ein Friedensabkommen. Die USA begrüßten das Abkommen und "
          "dankten Kenia für seine Vermittlung.",
    "es": "Etiopía y Eritrea firmaron el lunes un acuerdo de paz. Estados Unidos celebró el acuerdo y agradeció a "
          "Kenia su mediación.",
    "fr": "L'Éthiopie et l'Érythrée ont signé lundi un accord de paix. Les États-Unis ont salué l'accord et remercié "
          "le Kenya pour sa médiation.",
}


@pytest.mark.parametrize(("lang", "text"), sorted(_THANKED.items()))
def test_a_praise_of_a_deal_and_a_coordinated_thanks_praise_the_deal_sides_and_the_one_thanked(lang: str,
                                                                                               text: str) -> None:
    """Round 49 (context49): the party a coordinated verb after the deal's noun names ("... and thanked Kenya") is
    that verb's; the praise of the deal named again still praises the deal's sides (`_held_deal_sides`)."""
    praised = {k[1] for k in _keys(text, lang) if k[2] == "SUPPORT" and k[0] == "USA"}
    assert praised == {"ETH", "ERI", "KEN"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ethiopia and Eritrea signed a peace deal on Monday. Ethiopia welcomed the deal and thanked Kenya for its "
           "efforts."),
    ("es", "Colombia y el ELN firmaron el lunes un acuerdo de paz. Cuba celebró el acuerdo y agradeció a Colombia su "
           "valentía."),
])
def test_a_praise_of_a_deal_whose_side_is_thanked_or_praising_takes_no_deal_side(lang: str, text: str) -> None:
    """Round 49 (context49): a side praises no adversary for its own deal, and the one thanked who is a side of the
    deal is the one praised: the held party stays, no other side is added."""
    keys = _keys(text, lang)
    assert ("ETH", "ERI", "SUPPORT") not in keys
    assert ("CUB", "COL", "SUPPORT") in keys or lang == "en"
