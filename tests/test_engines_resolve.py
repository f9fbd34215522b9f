"""Duplicates of a Parquet dataset decided after a run: the same as one pass in input order with every text at hand.

The dataset is written shard by shard as the actors write it; `resolve`
reads band keys and hashes, and texts only of documents with candidates. The
reference below is the plain pass (every stored text in an unbounded
`Recent` index): the decisions must not differ.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from realpolitik.engines.dataset import TABLES, read_table, write_shard
from realpolitik.engines.resolve import resolve
from realpolitik.engines.writer import Recent
from realpolitik.ingest import neardup

pytest.importorskip("pyarrow")
WORDS = [f"w{i}" for i in range(400)]


def _text(rng: random.Random, n: int = 300) -> list[str]:
    return [rng.choice(WORDS) for _ in range(n)]


def _changed(words: list[str], rng: random.Random, k: int) -> list[str]:
    copy = list(words)
    for i in rng.sample(range(len(copy)), k):
        copy[i] = "edited"
    return copy


def _documents() -> list[dict]:
    """Documents in input order: wire copies (near-duplicates, some of near-duplicates), exact copies by hash,
    id and URL, an id reused after a duplicate, and short texts without band keys."""
    rng = random.Random(7)
    base = [_text(rng) for _ in range(6)]
    texts = [base[0], _changed(base[0], rng, 3), base[0], base[1], _changed(base[0], rng, 5), base[2],
             _changed(base[1], rng, 4), base[3], ["short", "text"], base[4], _changed(base[2], rng, 30),
             _changed(base[3], rng, 2), base[5], _changed(base[4], rng, 1), ["short", "text"]]
    docs = []
    for n, words in enumerate(texts):
        text = " ".join(words)
        docs.append({"id": f"d{n:02d}", "content_hash": f"h{hash(text) & 0xFFFFFF:x}", "url": f"https://x/{n}",
                     "text": text, "bands": neardup.band_keys(text), "published": date(2025, 1 + n % 3, 1)})
    docs[5]["url"] = docs[3]["url"]  # the same URL as an earlier document: a duplicate
    docs[7]["id"] = docs[2]["id"]  # the id of a duplicate (d02 is a copy of d00's text): not a duplicate
    docs[9]["id"] = docs[1]["id"]  # the id of a stored document: a duplicate
    return docs


def _write(out: Path, docs: list[dict], cut: int) -> None:
    for name, part in (("000000-000000000-a", docs[:cut]), (f"000000-{cut:09d}-b", docs[cut:])):
        rows: dict[str, list[dict]] = {t: [] for t in TABLES}
        for doc in part:
            rec_no = docs.index(doc)
            place = {"file_no": 0, "rec_no": rec_no, "doc_no": 0}
            rows["documents"].append({**place, **doc, "origin": doc["url"]})
            rows["events"] += [{**place, "doc_id": doc["id"], "confidence": 0.2 + 0.3 * k} for k in range(rec_no % 3)]
            rows["relations"] += [{**place, "doc_id": doc["id"]}] * (rec_no % 2)
        write_shard(out, name, rows, {})


def _reference(out: Path) -> tuple[dict, list[dict]]:
    """One pass in input order over all documents, every stored text kept."""
    docs = read_table(out, "documents").to_pylist()
    events = Counter((r["rec_no"]) for r in read_table(out, "events").to_pylist())
    relations = Counter((r["rec_no"]) for r in read_table(out, "relations").to_pylist())
    seen: dict[str, str] = {}
    index = Recent(size=10**9)
    summary = Counter()
    found = []
    for doc in docs:
        keys = [f"h:{doc['content_hash']}", f"i:{doc['id']}", f"u:{doc['url']}"]
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is not None:
            summary["duplicates"] += 1
            found.append({"doc_id": doc["id"], "duplicate_of": earlier, "kind": "duplicate"})
            continue
        near = neardup.find_original(index, doc["text"], doc["bands"]) if doc["bands"] else None
        seen.update(dict.fromkeys(keys, doc["id"]))
        index.add(doc["id"], near[0] if near else doc["id"], doc["text"], doc["bands"])
        if near is not None:
            summary["near_duplicates"] += 1
            found.append({"doc_id": doc["id"], "duplicate_of": near[0], "kind": "near_duplicate"})
            continue
        summary.update(stored=1, events=events[doc["rec_no"]], relations=relations[doc["rec_no"]])
    return dict(summary), found


@pytest.mark.parametrize("cut", [4, 9])
def test_resolve_decides_as_one_pass_with_every_text(tmp_path: Path, cut: int) -> None:
    docs = _documents()
    _write(tmp_path, docs, cut)
    summary, found = resolve(tmp_path)
    expected, duplicates = _reference(tmp_path)
    assert found == duplicates
    assert {k: summary[k] for k in expected} == expected and summary["read"] == len(docs)
    kinds = Counter(row["kind"] for row in found)
    assert kinds["near_duplicate"] >= 4 and kinds["duplicate"] >= 3  # the cases are there
    # a wire copy of the document that took the id of a duplicate is linked to that document, not the duplicate
    assert {"doc_id": "d11", "duplicate_of": "d02", "kind": "near_duplicate"} in found
