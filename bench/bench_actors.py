"""Actor recognition speed on a generated five-language corpus, next to a plain regex scan.

The corpus is built from our own templates (no benchmark texts). The baseline is one
case-insensitive alternation regex over the same surface names, run in the same process:
it finds strings only (no composition, dates or context), so it bounds what raw lookup costs.
Prints JSON. Usage: PYTHONPATH=src python3 bench/bench_actors.py [words]
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from datetime import date

from realpolitik.actors import load_dictionary, recognise_actors
from realpolitik.language import split_sentences

TEMPLATES = {
    "de": ["Der {adj_de} Präsident {leader} traf am Montag in {cap_de} den Außenminister von {c_de}.",
           "Die US-Regierung kritisierte die Nato-Staaten und die {adj_de} Streitkräfte scharf.",
           "{c_de} und {c_de2} unterzeichneten ein Abkommen über Energie und Handel in {cap_de}.",
           "Nach Angaben der Behörden wurden bei dem Angriff mehrere Menschen verletzt, hieß es weiter."],
    "en": ["{leader} said the {adj_en} government would respond to {c_en} within days.",
           "The Kremlin and the White House traded accusations over troops near {c_en}.",
           "Officials in {cap_en} said talks with the European Union were making slow progress."],
    "es": ["El presidente de {c_es}, {leader}, viajó a {cap_es} para reunirse con la OTAN.",
           "Las tropas {adj_es} y el Gobierno de {c_es} firmaron un acuerdo comercial."],
    "fr": ["Le président {adj_fr} {leader} a reçu à {cap_fr} le ministre des Affaires étrangères.",
           "Les États-Unis et la Chine négocient avec l'Union européenne depuis des mois."],
    "ru": ["Президент России Владимир Путин провел переговоры с {leader} в Москве.",
           "МИД Китая заявил, что НАТО и ЕС угрожают безопасности региона."],
}
FILL = {
    "adj_de": ["russische", "chinesischen", "französische", "venezolanischen", "ukrainische"],
    "c_de": ["Russland", "Venezuela", "Nordkorea", "Frankreich", "Brasilien", "Kuba"],
    "c_de2": ["Iran", "Indien", "Mali", "Niger", "Japan"],
    "cap_de": ["Moskau", "Peking", "Kiew", "Berlin", "Caracas", "Teheran"],
    "adj_en": ["Russian", "Chinese", "French", "Venezuelan", "Japanese"],
    "c_en": ["Russia", "Venezuela", "North Korea", "France", "Brazil", "Cuba"],
    "cap_en": ["Moscow", "Beijing", "Kyiv", "Berlin", "Caracas", "Tehran"],
    "c_es": ["Colombia", "Argentina", "España", "México", "Chile"],
    "cap_es": ["Madrid", "Pekín", "Moscú", "Caracas", "Bogotá"],
    "adj_es": ["rusas", "estadounidenses", "chinas", "francesas"],
    "adj_fr": ["russe", "américain", "chinois", "français"],
    "cap_fr": ["Paris", "Pékin", "Moscou", "Bamako"],
    "leader": ["Wladimir Putin", "Nicolás Maduro", "Xi Jinping", "Emmanuel Macron", "Gustavo Petro", "Javier Milei"],
}


def corpus(words: int, seed: int = 7) -> dict[str, str]:
    rnd = random.Random(seed)
    texts: dict[str, list[str]] = {lang: [] for lang in TEMPLATES}
    count = 0
    while count < words:
        for lang, templates in TEMPLATES.items():
            sentence = rnd.choice(templates)
            for key, values in FILL.items():
                sentence = sentence.replace("{" + key + "}", rnd.choice(values))
            texts[lang].append(sentence)
            count += len(sentence.split())
    return {lang: " ".join(parts) for lang, parts in texts.items()}


def main(words: int) -> dict:
    t0 = time.perf_counter()
    dic = load_dictionary()
    load_s = time.perf_counter() - t0
    texts = corpus(words)
    total_words = sum(len(t.split()) for t in texts.values())
    split = {lang: split_sentences(text, lang) for lang, text in texts.items()}  # not timed: language stage
    t0 = time.perf_counter()
    mentions = sum(len(m) for lang, sentences in split.items()
                   for m in recognise_actors(sentences, lang, date(2025, 10, 27), dic))
    ours_s = time.perf_counter() - t0
    names = sorted({e.surface for e in dic.entries() if e.kind != "role"}, key=len, reverse=True)
    t0 = time.perf_counter()
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    compile_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    regex_hits = sum(len(pattern.findall(text)) for text in texts.values())
    regex_s = time.perf_counter() - t0
    report = {
        "words": total_words, "dictionary_load_s": round(load_s, 3), "entries": len(dic),
        "actors_words_per_s": round(total_words / ours_s), "actors_mentions": mentions,
        "regex_names": len(names), "regex_compile_s": round(compile_s, 3),
        "regex_words_per_s": round(total_words / regex_s), "regex_hits": regex_hits,
        "note": "actors = lookup + composition + dates + context; regex = raw string scan only",
    }
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60_000)
