"""An interview's answers in the first person speak for the interviewee's state (actors/interview.py): "— Мы вызвали
посла России" names no speaker and has no quotation marks, and the interviewee is named once, in the lead. Stories of
our own (a Finnish minister on a helicopter over the border, a Lithuanian minister on the Belarusian border)."""

from __future__ import annotations

from extracted import country_keys
from realpolitik.actors.interview import answer_spans

DASHES = """Министр иностранных дел Финляндии Элина Валтонен ответила на вопросы нашего корреспондента.

— Госпожа министр, в среду российский вертолет нарушил воздушное пространство Финляндии. Как ответил Хельсинки?

— Мы вызвали посла России и вручили ему ноту протеста.

— В Москве говорят, что вертолет границу не пересекал.

— У нас есть данные радаров, и мы призвали Россию прекратить провокации."""

LABELS = """ВЕДУЩАЯ: С нами министр иностранных дел Литвы Кястутис Будрис. Что произошло на границе?

БУДРИС: Мы закрыли границу с Белоруссией, потому что шары летят каждую ночь.

ВЕДУЩАЯ: Минск обещает ответ.

БУДРИС: Мы не боимся угроз, а наши соседи по НАТО нас поддержали."""


def test_dialogue_dashes_answer_for_the_guest_state() -> None:
    keys = country_keys(DASHES, "ru", factual_only=True)
    assert {("FIN", "RUS", "ACCUSE"), ("FIN", "RUS", "REQUEST")} <= keys


def test_speaker_labels_answer_for_the_guest_state() -> None:
    keys = country_keys(LABELS, "ru", factual_only=True, negation=True)
    assert ("LTU", "BLR", "SANCTION", False) in keys
    assert not any(k[2] == "THREATEN" and k[0] == "LTU" for k in keys)  # fearing threats threatens no one


def test_the_questions_and_the_lead_are_no_answers() -> None:
    spans = answer_spans(DASHES)
    assert len(spans) == 2
    assert all(DASHES[start:end].lstrip().startswith("— Мы") or "данные радаров" in DASHES[start:end]
               for start, end in spans)
    assert [LABELS[start:end].split(":")[0] for start, end in answer_spans(LABELS)] == ["БУДРИС", "БУДРИС"]


def test_a_quotation_in_a_report_is_no_interview() -> None:
    text = ("Министр иностранных дел Финляндии Элина Валтонен выступила в парламенте. — Мы вызвали посла России, — "
            "сказала она. Депутаты поддержали решение правительства.")
    assert answer_spans(text) == []


GERMAN_DASHES = """Der lettische Außenminister Baiba Braže im Gespräch mit unserer Redaktion.

— Frau Ministerin, Drohnen aus Belarus haben den Flughafen Riga lahmgelegt. Was tun Sie?

— Wir haben die Grenze zu Belarus geschlossen.

— Minsk spricht von einer Erfindung.

— Wir fordern Minsk auf, diese Flüge sofort zu beenden."""


def test_dialogue_dashes_answer_for_the_guest_state_in_any_language() -> None:
    """The first-person words come from the language's role words (`voice`), so a German interview in dashes
    speaks for its guest as a Russian one does."""
    keys = country_keys(GERMAN_DASHES, "de", factual_only=True)
    assert {("LVA", "BLR", "SANCTION"), ("LVA", "BLR", "REQUEST")} <= keys


def test_turns_are_found_as_the_patterns_find_them() -> None:
    """The labels tried at line starts only, the dashes only where a dash is: the turns `finditer` finds."""
    import random

    from realpolitik.actors import interview

    rng = random.Random(1)
    alphabet = ["\n", "\n", " ", " ", "\t", ".", "?", "!", "…", "»", "—", "–", "a", "A", "Q", "ДЖ", "Ä", ":", ":", "-"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(20000)]
    for text in [*texts, DASHES, LABELS, LABELS + "\n"]:
        assert [m.span() for m in interview.label_turns(text)] == [
            m.span() for m in interview.LABEL_TURN.finditer(text)]
        assert interview.dash_turns(text) == [m.start() for m in interview.DASH_TURN.finditer(text)]
