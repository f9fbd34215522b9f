"""Spanish pages that are no plain report (round 43, genre_es): an interview printed in "P." and "R." turns (the
answers' dropped "we", "Hemos expulsado", "Condenamos", is the guest: events/coder, genre_es2's fix); its lead, where
the minister "receives this newspaper"; a second target after the trigger's own preposition; a step weighed; help
on a condition; the EU's diplomatic service. Sentences of our own."""

from __future__ import annotations

from datetime import date

from extracted import facts, shown_keys
from realpolitik.actors.interview import answer_spans
from realpolitik.language.dates import clock_entry_day

LETTERS = """ENTREVISTA | EL CANCILLER DE PERÚ

El ministro de Relaciones Exteriores de Perú recibe a este diario en el palacio de Torre Tagle.

P. ¿Qué respondió Lima a las palabras de La Paz?
R. Hemos expulsado al embajador de Bolivia. No es una decisión fácil.

P. ¿Y ahora?
R. Condenamos las declaraciones del presidente de Bolivia y pedimos calma."""

PREGUNTA = """El ministro de Defensa de Chile habló con esta redacción.

Pregunta. ¿Cómo ayuda Chile a Ecuador?
Respuesta. Enviamos dos aviones con ayuda humanitaria a Ecuador la semana pasada.

Pregunta. ¿Sancionará Chile a Venezuela?
Respuesta. No es el momento de hablar de eso."""


def test_letter_turns_answer_for_the_guest_state() -> None:
    keys = shown_keys(LETTERS, "es")
    assert {("PER", "BOL", "SANCTION"), ("PER", "BOL", "ACCUSE")} <= keys


def test_the_verb_alone_says_we_in_another_wording() -> None:
    assert ("CHL", "ECU", "AID", False) in facts(PREGUNTA, "es")
    assert not any(k[0] == "CHL" and k[1] == "VEN" for k in facts(PREGUNTA, "es"))  # a question asks, no act


def test_questions_are_no_answers() -> None:
    spans = [LETTERS[start:end] for start, end in answer_spans(LETTERS)]
    assert [s[:2] for s in spans] == ["R.", "R."]
    assert not any("Lima" in s or "ahora?" in s for s in spans)
    assert len(answer_spans(PREGUNTA)) == 2


def test_one_letter_turn_is_no_interview() -> None:
    text = "P. Gómez, portavoz del Gobierno, habló.\nR. Pérez también.\nEl canciller de Perú condenamos nada."
    assert answer_spans(text) == []


def test_a_report_names_its_speakers() -> None:
    """Outside an interview the verb's person is the quotation's speaker, as before."""
    text = "«Condenamos la agresión de Rusia contra Ucrania», dijo el ministro de Exteriores de Perú."
    assert ("PER", "RUS", "ACCUSE") in shown_keys(text, "es")


def test_the_minister_receives_the_newspaper_not_a_state() -> None:
    lead = ("La ministra de Defensa de Chile recibe a este periódico en su despacho, a pocos días del aniversario de "
            "la invasión rusa.")
    assert shown_keys(lead, "es") == set()
    assert ("CHL", "ARG", "CONSULT") in shown_keys(
        "La ministra de Defensa de Chile recibe a este periódico después de recibir al ministro de Argentina.", "es")


def test_the_trigger_preposition_repeated_joins_a_second_target() -> None:
    """"ingresó en la OTAN y en la Unión Europea": the preposition is part of the pattern, and repeated after "y" it
    opens a second member of the same act, as "con X y con Y" does."""
    assert {("SWE", "NAT", "AGREE"), ("SWE", "EU", "AGREE")} <= shown_keys(
        "Suecia ingresó en la Unión Europea en 1995 y en la OTAN en 2024.", "es")
    assert {("POL", "RUS", "ACCUSE"), ("POL", "BLR", "ACCUSE")} <= shown_keys(
        "Polonia acusó a Rusia y a Bielorrusia de sabotaje.", "es")


def test_a_step_weighed_is_no_act() -> None:
    assert shown_keys("Trump dijo que está pensando en imponer aranceles a Brasil.", "es") == set()
    assert shown_keys("El Gobierno de Chile se plantea sancionar a Venezuela.", "es") == set()
    assert ("USA", "BRA", "SANCTION") in shown_keys("Trump impuso aranceles a Brasil pensando en las elecciones.", "es")


def test_help_conditioned_is_help_threatened() -> None:
    keys = facts("Washington condicionó su apoyo financiero a Colombia a que Bogotá extradite a los narcos.", "es")
    assert ("USA", "COL", "THREATEN", False) in keys
    assert not any(k[2] in ("AID", "SUPPORT", "REQUEST") for k in keys)
    assert ("BRA", "VEN", "REQUEST", False) in facts(
        "Brasil condicionó su presencia en la cumbre a que Venezuela publique las actas.", "es")  # a condition asked


def test_the_eu_diplomatic_service_is_the_eu() -> None:
    assert ("EU", "ISR", "ACCUSE") in shown_keys(
        "El Servicio Europeo de Acción Exterior acusó a Israel de violar el acuerdo de asociación.", "es")


def test_a_dative_after_the_relative_pronoun_puts_the_subject_after_the_verb() -> None:
    """"las sanciones que le exigía Estados Unidos": the relative pronoun is the object, the dative the main clause's
    subject (the one asked), the subject follows the verb; "el paso que le pide la oposición" is asked by no state."""
    keys = shown_keys("Chile adoptó las sanciones que le exigía Estados Unidos contra Venezuela.", "es")
    assert ("USA", "CHL", "REQUEST") in keys and ("CHL", "USA", "REQUEST") not in keys
    assert ("USA", "CHL", "REQUEST") in shown_keys("El Gobierno de Chile no ha dado el paso que le pide Washington.",
                                                   "es")
    assert not any(k[2] == "REQUEST" for k in shown_keys(
        "El Gobierno de Chile no reconoce a Maduro, pero tampoco ha dado el paso que le pide la oposición.", "es"))
    # a comma before the relative pronoun: it is the subject, its antecedent asks
    assert ("BRA", "CHL", "REQUEST") in shown_keys("Brasil, que le pidió a Chile una reunión, criticó a Venezuela.",
                                                   "es")


def test_a_report_that_concludes_concludes_no_agreement() -> None:
    assert shown_keys("La comisión concluyó que Rusia violó el tratado con Ucrania.", "es") == set()
    assert ("CHL", "PER", "AGREE") in shown_keys("Chile y Perú concluyeron ayer un acuerdo de pesca.", "es")


def test_after_where_the_object_pronoun_is_the_guest_and_the_host_follows_the_verb() -> None:
    """"pasó por Panamá, donde lo recibió Mulino": "donde" is never the subject, the pronoun before the verb is the
    guest named first, and the host follows the verb."""
    assert ("PAN", "VEN", "CONSULT") in shown_keys(
        "El jueves, el opositor venezolano Edmundo González pasó por Panamá, donde lo recibió el presidente José Raúl "
        "Mulino.", "es")
    keys = shown_keys("El canciller de Chile viajó a Caracas, donde le pidió a Maduro liberar a los presos.", "es")
    assert ("CHL", "VEN", "REQUEST") in keys  # a dative with its own "a" phrase: the subject stays the traveller


def test_the_high_representative_is_her_organisation_for_the_next_sentence() -> None:
    """"La alta representante de la UE viajó a Kiev. Prometió ...": the feminine office names the EU as the masculine
    does, so the dropped subject after it is the EU (not Kyiv, the capital of the sentence before)."""
    keys = shown_keys("La nueva alta representante de la UE viajó el domingo a Kiev. Prometió más ayuda a Ucrania.",
                      "es")
    assert ("EU", "UKR", "AGREE") in keys


def test_a_verb_after_a_conjunction_shares_the_dropped_subject() -> None:
    """"Se reunió con Zelenski y prometió ...": nothing before "prometió" is a subject, the clause before it dropped its
    own; both have the subject the article gave, as a verb that opens the sentence has."""
    keys = shown_keys("El presidente de Francia llegó a Kiev. Visitó el frente con Zelenski y prometió más ayuda a "
                      "Ucrania.", "es")
    assert ("FRA", "UKR", "AGREE") in keys
    keys = shown_keys("El presidente de Francia llegó a Kiev. Polonia criticó la visita y prometió más ayuda a "
                      "Ucrania.", "es")
    assert ("POL", "UKR", "AGREE") in keys and ("FRA", "UKR", "AGREE") not in keys  # a subject of its own
    keys = shown_keys("El presidente de Francia llegó a Kiev. El comunicado final elogió la visita y pidió más ayuda a "
                      "Ucrania.", "es")
    assert not any(k[0] == "FRA" and k[2] == "REQUEST" for k in keys)  # a subject no actor: not the one before


def test_a_ticker_entry_with_a_point_in_its_time_is_of_the_day() -> None:
    day = date(2024, 12, 8)
    assert clock_entry_day("+++ 12.30 El Ministerio de Exteriores de Chile pide calma.", day) == day
    assert clock_entry_day("12.30 euros por barril pagó Chile.", day) is None  # no ticker mark, no clock


def test_a_promise_of_future_help_is_a_pledge_made() -> None:
    """"prometió que ayudará a Ucrania": the future is what is promised; the promise (AGREE 030) was made."""
    assert ("FRA", "UKR", "AGREE", False) in facts("Francia prometió que seguirá ayudando a Ucrania.", "es")
    assert ("FRA", "UKR", "AGREE", False) in facts("El Gobierno de Francia prometió que ayudará a Ucrania.", "es")
    assert ("FRA", "UKR", "AGREE", False) not in facts("Francia prometerá ayuda a Ucrania.", "es")  # a promise to come
