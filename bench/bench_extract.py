"""Extraction speed and memory on a generated corpus, next to a tokenise+lemmatise baseline.

The corpus is built from templates written here (never from the shared
benchmarks), so the figure measures speed, not quality. Both passes run in the
same process on one core; the ratio pipeline/baseline is the cost of
everything after the language stage.

    PYTHONPATH=src python3 bench/bench_extract.py --sentences 10000 --lang de,en
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date

from realpolitik.errors import RealpolitikError
from realpolitik.language import lemmatize, split_sentences
from realpolitik.model import Document

PUBLISHED = date(2025, 10, 27)
SENTENCES_PER_DOC = 20

# Each language: subjects, verb phrases with a {target} slot, targets, date phrases, sentence pattern.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "de": {
        "subject": [
            "Der russische Präsident Wladimir Putin",
            "Die deutsche Außenministerin",
            "Der französische Präsident Emmanuel Macron",
            "Die chinesische Regierung",
            "Das US-Verteidigungsministerium",
            "Der ukrainische Präsident Wolodymyr Selenskyj",
            "Die Nato",
            "Der iranische Außenminister",
        ],
        "verb": [
            "kritisierte {target} scharf",
            "traf sich mit {target}",
            "unterzeichnete ein Abkommen mit {target}",
            "drohte {target} mit Gegenmaßnahmen",
            "verhängte Sanktionen gegen {target}",
            "sagte {target} weitere Hilfe zu",
            "forderte {target} zum Rückzug auf",
            "wies die Vorwürfe von {target} zurück",
        ],
        "target": [
            "Venezuela",
            "der Ukraine",
            "Polen",
            "Japan",
            "der Europäischen Union",
            "Brasilien",
            "dem Iran",
            "Kanada",
        ],
        "date": [
            "am Montag",
            "am Dienstagnachmittag",
            "gestern",
            "am 14. Oktober",
            "im Mai",
            "seit einigen Wochen",
            "",
            "",
        ],
        "pattern": [
            "{subject} {verb} {date}.",
            "Wie Diplomaten berichteten, {verb_lower} {subject_lower} {date}.",
        ],
    },
    "en": {
        "subject": [
            "Russian President Vladimir Putin",
            "The German foreign minister",
            "French President Emmanuel Macron",
            "The Chinese government",
            "The Pentagon",
            "Ukrainian President Volodymyr Zelensky",
            "NATO",
            "Iran's foreign minister",
        ],
        "verb": [
            "sharply criticised {target}",
            "met with {target}",
            "signed an agreement with {target}",
            "threatened {target} with countermeasures",
            "imposed sanctions on {target}",
            "pledged further aid to {target}",
            "called on {target} to withdraw",
            "rejected accusations by {target}",
        ],
        "target": [
            "Venezuela",
            "Ukraine",
            "Poland",
            "Japan",
            "the European Union",
            "Brazil",
            "Iran",
            "Canada",
        ],
        "date": [
            "on Monday",
            "on Tuesday afternoon",
            "yesterday",
            "on October 14",
            "in May",
            "for several weeks",
            "",
            "",
        ],
        "pattern": ["{subject} {verb} {date}.", "According to diplomats, {subject_lower} {verb} {date}."],
    },
    "es": {
        "subject": [
            "El presidente ruso Vladímir Putin",
            "La ministra de Exteriores alemana",
            "El presidente francés Emmanuel Macron",
            "El gobierno chino",
            "El Pentágono",
            "El presidente ucraniano Volodímir Zelenski",
            "La OTAN",
            "El canciller iraní",
        ],
        "verb": [
            "criticó duramente a {target}",
            "se reunió con {target}",
            "firmó un acuerdo con {target}",
            "amenazó a {target} con represalias",
            "impuso sanciones a {target}",
            "prometió más ayuda a {target}",
            "pidió a {target} que se retire",
            "rechazó las acusaciones de {target}",
        ],
        "target": [
            "Venezuela",
            "Ucrania",
            "Polonia",
            "Japón",
            "la Unión Europea",
            "Brasil",
            "Irán",
            "Canadá",
        ],
        "date": [
            "el lunes",
            "el pasado martes",
            "ayer",
            "el 14 de octubre",
            "en mayo",
            "desde hace semanas",
            "",
            "",
        ],
        "pattern": ["{subject} {verb} {date}.", "Según fuentes diplomáticas, {subject_lower} {verb} {date}."],
    },
    "fr": {
        "subject": [
            "Le président russe Vladimir Poutine",
            "La ministre allemande des Affaires étrangères",
            "Le président français Emmanuel Macron",
            "Le gouvernement chinois",
            "Le Pentagone",
            "Le président ukrainien Volodymyr Zelensky",
            "L'OTAN",
            "Le ministre iranien des Affaires étrangères",
        ],
        "verb": [
            "a vivement critiqué {target}",
            "a rencontré {target}",
            "a signé un accord avec {target}",
            "a menacé {target} de représailles",
            "a imposé des sanctions à {target}",
            "a promis une aide supplémentaire à {target}",
            "a appelé {target} à se retirer",
            "a rejeté les accusations de {target}",
        ],
        "target": [
            "le Venezuela",
            "l'Ukraine",
            "la Pologne",
            "le Japon",
            "l'Union européenne",
            "le Brésil",
            "l'Iran",
            "le Canada",
        ],
        "date": [
            "lundi",
            "mardi dernier",
            "hier",
            "le 14 octobre",
            "en mai",
            "depuis quelques semaines",
            "",
            "",
        ],
        "pattern": ["{subject} {verb} {date}.", "Selon des diplomates, {subject_lower} {verb} {date}."],
    },
    "ru": {
        "subject": [
            "Президент России Владимир Путин",
            "Министр иностранных дел Германии",
            "Президент Франции Эммануэль Макрон",
            "Правительство Китая",
            "Пентагон",
            "Президент Украины Владимир Зеленский",
            "НАТО",
            "Министр иностранных дел Ирана",
        ],
        "verb": [
            "резко раскритиковал {target}",
            "встретился с {target}",
            "подписал соглашение с {target}",
            "пригрозил {target} ответными мерами",
            "ввёл санкции против {target}",
            "пообещал {target} дальнейшую помощь",
            "призвал {target} отвести войска",
            "отверг обвинения {target}",
        ],
        "target": [
            "Венесуэлой",
            "Украиной",
            "Польшей",
            "Японией",
            "Евросоюзом",
            "Бразилией",
            "Ираном",
            "Канадой",
        ],
        "date": [
            "в понедельник",
            "во вторник",
            "вчера",
            "14 октября",
            "в мае",
            "в течение нескольких недель",
            "",
            "",
        ],
        "pattern": ["{subject} {date} {verb}.", "По словам дипломатов, {subject_lower} {date} {verb}."],
    },
}


def _lower_first(text: str) -> str:
    """Lower-case a leading article ("Der" → "der") but keep names and acronyms as written."""
    head, _, rest = text.partition(" ")
    return (head.lower() if head.istitle() and len(head) <= 3 else head) + (" " + rest if rest else "")


def generate_sentences(lang: str, n: int, seed: int = 7) -> list[str]:
    """`n` sentences of one language from the templates, reproducible by seed."""
    t = TEMPLATES[lang]
    rng = random.Random(f"{seed}-{lang}")
    out = []
    for _ in range(n):
        subject, target = rng.choice(t["subject"]), rng.choice(t["target"])
        verb = rng.choice(t["verb"]).format(target=target)
        sentence = rng.choice(t["pattern"]).format(
            subject=subject,
            subject_lower=_lower_first(subject),
            verb=verb,
            verb_lower=verb,
            date=rng.choice(t["date"]),
        )
        out.append(" ".join(sentence.split()).replace(" .", "."))
    return out


def build_corpus(langs: list[str], n: int) -> list[Document]:
    """About `n` sentences split evenly over the languages, grouped into documents."""
    docs: list[Document] = []
    per_lang = -(-n // len(langs))
    for lang in langs:
        sentences = generate_sentences(lang, per_lang)
        for i in range(0, len(sentences), SENTENCES_PER_DOC):
            docs.append(
                Document(
                    id=f"bench-{lang}-{i // SENTENCES_PER_DOC:05d}",
                    lang=lang,
                    published=PUBLISHED,
                    text=" ".join(sentences[i : i + SENTENCES_PER_DOC]),
                )
            )
    return docs


def _baseline(doc: Document) -> object:
    return split_sentences(doc.text, doc.lang or "en")


def _pipeline() -> Callable[[Document], object] | None:
    """The full pipeline if it is importable now (it is written in parallel), else None."""
    try:
        from realpolitik.pipeline import extract_document
    except ImportError as exc:
        print(f"pipeline not available: {exc}", file=sys.stderr)
        return None
    return extract_document


def _fresh(docs: list[Document]) -> list[Document]:
    """Copies, so a stage that writes to a Document (detected lang) cannot favour a later pass."""
    return [Document(id=d.id, text=d.text, lang=d.lang, published=d.published) for d in docs]


def measure(
    name: str,
    func: Callable[[Document], object],
    docs: list[Document],
    sentences: int,
    words: int,
    memory: bool,
) -> dict:
    """Wall time on one core (warm-up excluded) and, optionally, tracemalloc peak in a second pass."""
    start = time.perf_counter()
    for doc in _fresh(list({d.lang: d for d in reversed(docs)}.values())):
        func(doc)  # one document per language loads dictionaries and rules: reported apart
    warmup = time.perf_counter() - start
    lemmatize.cache_clear()  # both passes start with the same cold lemma cache
    gc.collect()
    run = _fresh(docs)
    start = time.perf_counter()
    events = 0
    for doc in run:
        result = func(doc)
        events += len(getattr(result, "events", ()) or ())
    seconds = time.perf_counter() - start
    out = {
        "name": name,
        "seconds": round(seconds, 3),
        "warmup_seconds": round(warmup, 3),
        "sentences_per_s": round(sentences / seconds, 1),
        "words_per_s": round(words / seconds, 1),
        "events": events,
    }
    if memory:
        lemmatize.cache_clear()
        gc.collect()
        tracemalloc.start()
        for doc in _fresh(docs):
            func(doc)
        out["tracemalloc_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 2)
        tracemalloc.stop()
    return out


def _pin_one_core() -> int | None:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    return None


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=10_000, help="corpus size (default 10000)")
    parser.add_argument("--lang", default="de,en,es,fr,ru", help="comma-separated languages")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass (faster)")
    parser.add_argument("--baseline-only", action="store_true", help="do not run the pipeline")
    args = parser.parse_args(argv)
    langs = [lang.strip() for lang in args.lang.split(",") if lang.strip()]
    unknown = [lang for lang in langs if lang not in TEMPLATES]
    if unknown or not langs:
        parser.error(f"no templates for {unknown or 'an empty list'}; choose from {sorted(TEMPLATES)}")
    cpu = _pin_one_core()
    docs = build_corpus(langs, args.sentences)
    sentences = sum(len(split_sentences(d.text, d.lang or "en")) for d in docs)
    words = sum(len(d.text.split()) for d in docs)
    report: dict = {
        "languages": langs,
        "documents": len(docs),
        "sentences": sentences,
        "words": words,
        "cpu": cpu,
        "python": sys.version.split()[0],
    }
    report["baseline"] = measure("tokenise+lemmatise", _baseline, docs, sentences, words, not args.no_memory)
    pipeline = None if args.baseline_only else _pipeline()
    if pipeline is not None:
        try:
            memory = not args.no_memory
            report["pipeline"] = measure("extract_document", pipeline, docs, sentences, words, memory)
        except (RealpolitikError, OSError, ImportError) as exc:  # a stage still being written: say so
            report["pipeline_error"] = f"{type(exc).__name__}: {exc}"
            print(f"pipeline failed, baseline only: {exc}", file=sys.stderr)
        else:
            report["ratio_seconds"] = round(report["pipeline"]["seconds"] / report["baseline"]["seconds"], 2)
    report["max_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    base = report["baseline"]
    line = f"{sentences} sentences ({','.join(langs)}): baseline {base['sentences_per_s']:.0f} sent/s"
    if "pipeline" in report:
        pipe = report["pipeline"]
        line += (
            f", pipeline {pipe['sentences_per_s']:.0f} sent/s {pipe['words_per_s']:.0f} words/s, "
            f"{pipe['events']} events, pipeline/baseline time ratio {report['ratio_seconds']}x"
        )
    print(line)
    return report


if __name__ == "__main__":
    main()
