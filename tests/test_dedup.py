"""Exact and near-duplicates: a wire story on many sites is stored once as a report, the copies linked to it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, text, update

from realpolitik.engines import ingest_paths
from realpolitik.ingest import neardup
from realpolitik.store import open_store
from realpolitik.store import schema as s

WIRE = (
    "Russland und Venezuela haben in Moskau einen Vertrag über eine strategische Partnerschaft unterzeichnet. "
    "Das Abkommen umfasst Energie, Bergbau, Verkehr und Sicherheit, teilte der Kreml am Montag mit. "
    "Der russische Präsident Wladimir Putin empfing seinen venezolanischen Amtskollegen Nicolás Maduro. "
    "Beide Seiten betonten die Bedeutung der Zusammenarbeit für die kommenden Jahre und kündigten weitere "
    "Treffen der Außenminister an. Die Vereinigten Staaten kritisierten die Vereinbarung scharf und drohten "
    "mit neuen Sanktionen gegen Unternehmen, die sich an den Projekten beteiligen."
)
OTHER = (
    "Frankreich und Deutschland haben sich auf einen gemeinsamen Haushaltsplan für die Verteidigung geeinigt. "
    "Die Finanzminister beider Länder trafen sich in Paris und sprachen über Rüstungsprojekte, Kampfflugzeuge "
    "und neue Panzer. Kritiker in Berlin bemängelten die hohen Kosten, während Paris auf schnelle Entscheidungen "
    "drängte. Eine Einigung über die Exportregeln steht weiterhin aus, hieß es aus Regierungskreisen."
)


def test_signatures_and_similarity() -> None:
    assert neardup.band_keys(WIRE) == neardup.band_keys(WIRE)  # stable across calls (and processes)
    assert len(neardup.band_keys(WIRE)) == neardup.BANDS and neardup.band_keys("zu kurz") == []
    copy = "MOSKAU (dpa) - " + WIRE + " Mehr dazu lesen Sie auf unserer Seite."
    assert neardup.jaccard(neardup.shingles(WIRE), neardup.shingles(copy)) >= neardup.THRESHOLD
    assert neardup.jaccard(neardup.shingles(WIRE), neardup.shingles(OTHER)) < 0.1


def test_texts_under_the_minimum_of_words_get_no_band_keys() -> None:
    """The count of words stops at MIN_WORDS; the limit is where it was: 29 words none, 30 words all bands."""
    words = [f"wort{i}" for i in range(neardup.MIN_WORDS)]
    assert neardup.band_keys(" ".join(words[:-1])) == []
    assert len(neardup.band_keys(" ".join(words))) == neardup.BANDS
    assert neardup.band_keys(", ".join(words[:-1]) + " -- .") == []  # punctuation is no word


def write(folder: Path) -> None:
    folder.mkdir()
    (folder / "1-original.txt").write_text("date 2025-10-27\n" + WIRE + "\n", encoding="utf-8")
    (folder / "2-wire-copy.txt").write_text(
        "date 2025-10-27\nMOSKAU (AFP) - " + WIRE + "\nCopyright AFP. Alle Rechte vorbehalten.\n", encoding="utf-8"
    )
    (folder / "3-new-headline.txt").write_text(
        "date 2025-10-28\nPutin und Maduro besiegeln Bündnis\n\n" + WIRE.replace("am Montag", "am Sonntag") + "\n",
        encoding="utf-8",
    )
    (folder / "4-exact.txt").write_text("date 2025-10-27\n" + WIRE.replace(". ", ".\n\n") + "\n", encoding="utf-8")
    (folder / "5-other.txt").write_text("date 2025-10-27\n" + OTHER + "\n", encoding="utf-8")


def test_near_duplicates_are_linked_not_extracted(tmp_path: Path, store_url: str) -> None:
    write(tmp_path / "in")
    summary = ingest_paths([str(tmp_path / "in")], db=store_url, lang="de")
    assert (summary["read"], summary["stored"], summary["near_duplicates"], summary["duplicates"]) == (5, 2, 2, 1)
    with open_store(store_url) as store, store.reader() as conn:
        rows = {r.origin.rsplit("/", 1)[1]: r for r in conn.execute(select(s.documents))}
        events = dict(
            conn.execute(select(s.event_mentions.c.doc_id, func.count()).group_by(s.event_mentions.c.doc_id)).all()
        )
    original = rows["1-original.txt"]
    assert original.duplicate_of is None and events.get(original.id, 0) > 0
    for name in ("2-wire-copy.txt", "3-new-headline.txt"):
        assert rows[name].duplicate_of == original.id and rows[name].id not in events
    assert rows["5-other.txt"].duplicate_of is None
    again = ingest_paths([str(tmp_path / "in")], db=store_url, lang="de")
    assert (again["stored"], again["near_duplicates"], again["duplicates"]) == (0, 0, 5)


def test_near_duplicates_with_workers(tmp_path: Path) -> None:
    write(tmp_path / "in")
    for i in range(6):  # more copies in flight at once than workers
        (tmp_path / "in" / f"6-copy-{i}.txt").write_text(f"Agenturmeldung {i}. " + WIRE, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'n.db'}"
    summary = ingest_paths([str(tmp_path / "in")], db=db, lang="de", workers=2)
    assert (summary["stored"], summary["near_duplicates"], summary["duplicates"]) == (2, 8, 1)


def test_near_duplicate_detection_can_be_off(tmp_path: Path) -> None:
    write(tmp_path / "in")
    summary = ingest_paths([str(tmp_path / "in")], db=f"sqlite:///{tmp_path / 'o.db'}", near_duplicates=False)
    assert (summary["stored"], summary["near_duplicates"], summary["duplicates"]) == (4, 0, 1)


def test_a_store_of_schema_2_gets_its_band_keys_anew(tmp_path: Path) -> None:
    """Keys of the older hashing match none of the newer: opening the store makes every document's keys again."""
    write(tmp_path / "in")
    db = f"sqlite:///{tmp_path / 'old.db'}"
    ingest_paths([str(tmp_path / "in")], db=db, lang="de")
    bands = select(s.doc_bands.c.doc_id, s.doc_bands.c.band_key)
    with open_store(db) as store, store.engine.begin() as conn:
        made = sorted(conn.execute(bands).all())
        conn.execute(update(s.doc_bands).values(band_key=-s.doc_bands.c.band_key - 1))  # another hashing's keys
        conn.execute(text("UPDATE schema_version SET version = 2"))
    with open_store(db) as store, store.reader() as conn:
        assert sorted(conn.execute(bands).all()) == made and len(made) == 4 * neardup.BANDS
        assert conn.execute(select(func.max(s.schema_version.c.version))).scalar() == s.SCHEMA_VERSION
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "copy.txt").write_text("Eilmeldung. " + WIRE + " (Reuters)", encoding="utf-8")
    assert ingest_paths([str(tmp_path / "more")], db=db, lang="de")["near_duplicates"] == 1


def test_minhash_signature_is_the_modular_arithmetic() -> None:
    # numpy's wrapping 64-bit arithmetic must give what Python's integers give modulo 2**64
    import random

    import numpy as np

    rng = random.Random(7)
    for size in (1, 3, 40, neardup.COLUMNS + 5):
        hashes = sorted({rng.getrandbits(64) for _ in range(size)} | ({0, (1 << 64) - 1} if size == 40 else set()))
        pairs = zip(neardup.HASH_A.ravel().tolist(), neardup.HASH_B.ravel().tolist(), strict=True)
        expected = [min((a * h + b) % (1 << 64) for h in hashes) for a, b in pairs]
        assert neardup.minhash_signature(np.array(hashes, dtype=np.uint64)).tolist() == expected


def test_a_shingle_s_hash_is_that_of_its_words_joined_wherever_it_stands() -> None:
    # the prefix sums give each shingle the polynomial hash of its own bytes: the same five words hash alike
    # at any place in any text, as one blake2b digest of the joined words did (schema 2)
    import numpy as np

    def polynomial(shingle: str) -> int:
        data = shingle.encode("utf-8")
        return sum((byte + 1) * pow(neardup.BASE, len(data) - place, 1 << 64)
                   for place, byte in enumerate(data)) % (1 << 64)

    text = "Москва и Париж, «сегодня» — İstanbul's talks_on trade; naïve 2025 x " + WIRE
    words = neardup.WORD.findall(text.lower())
    hashes = neardup.shingle_hashes(text).tolist()
    assert len(hashes) == len(words) - neardup.SHINGLE + 1
    for k in (0, 1, 7, len(words) - neardup.SHINGLE):
        joined = " ".join(words[k : k + neardup.SHINGLE])
        assert hashes[k] == int(neardup.mix(np.array([polynomial(joined)], dtype=np.uint64))[0])
    assert neardup.shingle_hashes("Zwei Worte").tolist() == neardup.shingle_hashes("zwei,  worte!").tolist()
    long_text = " ".join(f"wort{i}" for i in range(20000))  # past the powers made once
    tail = " ".join(f"wort{i}" for i in range(19995, 20000))
    assert neardup.shingle_hashes(long_text).tolist()[-1] == neardup.shingle_hashes(tail).tolist()[0]


def test_words_are_the_pattern_s_words() -> None:
    import random

    rng = random.Random(3)
    alphabet = "ab_ZÄßё9²½ .,'’-—\t\n\u00a0\u2009İ\u0307«»"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(40))) for _ in range(3000)]
    for sample in [*texts, WIRE, OTHER, ""]:
        assert neardup.words_of(sample) == neardup.WORD.findall(sample)
