"""Readers: every input kind and every rejection reason; the batch always goes on."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from realpolitik.ingest import REASONS, Rejected, read_inputs
from realpolitik.model import Document

ARTICLE = """<!DOCTYPE html>
<html lang="de"><head>
<title>Putin und Maduro unterzeichnen Partnerschaft | tagesschau.de</title>
<link rel="canonical" href="https://www.tagesschau.de/ausland/russland-venezuela-100.html">
<meta property="og:site_name" content="tagesschau.de">
<meta property="article:published_time" content="2025-10-27T10:00:00+01:00">
</head><body>
<nav><a href="/">Startseite</a></nav>
<article><h1>Putin und Maduro unterzeichnen Partnerschaft</h1>
<p>Russland und Venezuela haben in Moskau einen Vertrag über eine strategische Partnerschaft
unterzeichnet. Das Abkommen umfasst Energie, Bergbau, Verkehr und Sicherheit.</p>
<p>Der russische Präsident Wladimir Putin empfing seinen venezolanischen Amtskollegen Nicolás Maduro
im Kreml. Beide Seiten betonten die Bedeutung der Zusammenarbeit für die kommenden Jahre.</p>
</article>
<footer>Impressum</footer></body></html>
"""


def read(paths, **kwargs) -> list[Document | Rejected]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def only(items: list) -> Document | Rejected:
    assert len(items) == 1, items
    return items[0]


def test_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Russland und Venezuela unterzeichnen.\nZweiter Satz.\n", encoding="utf-8")
    doc = only(read([path]))
    assert isinstance(doc, Document)
    assert doc.text.startswith("Russland und Venezuela")
    assert doc.origin == str(path) and doc.published is None and doc.lang is None
    assert doc.id.startswith("doc-") and len(doc.id) == 16


def test_text_header_dates(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("date 2025-10-27 tagesschau\nRussland und Venezuela unterzeichnen.\n", encoding="utf-8")
    two = tmp_path / "two"  # no extension: sniffed as text
    two.write_text("Titel\npublished: 2024-01-02\n\nText des Artikels.\n", encoding="utf-8")
    first, second = read([one, two])
    assert first.published == date(2025, 10, 27) and "tagesschau" not in first.text
    assert second.published == date(2024, 1, 2) and "published" not in second.text
    assert second.text.startswith("Titel")


def test_text_header_title_and_published(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Title: Spain and Morocco sign a fisheries agreement\npublished: 2026-02-10\n\n"
                    "Spain and Morocco signed a fisheries agreement in Rabat.\n", encoding="utf-8")
    doc = only(read([path]))
    assert doc.title == "Spain and Morocco sign a fisheries agreement"
    assert doc.published == date(2026, 2, 10)
    assert doc.text == "Spain and Morocco signed a fisheries agreement in Rabat."  # no header left in the text


def test_text_header_title_yields_no_events_of_its_own(tmp_path: Path) -> None:
    from realpolitik.pipeline import extract_document

    path = tmp_path / "note.txt"
    path.write_text("title: France accuses Italy\npublished: 2026-02-10\n\nThe weather was fine.\n",
                    encoding="utf-8")
    assert extract_document(only(read([path]))).events == []  # the title line was read as text before


def test_published_option_only_fills_missing_dates(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text("date 2025-10-27\nText.\n", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("Text ohne Datum.\n", encoding="utf-8")
    first, second = read([dated, undated], published=date(2020, 5, 1), lang="de")
    assert first.published == date(2025, 10, 27)
    assert second.published == date(2020, 5, 1)
    assert first.lang == second.lang == "de"


def test_ids_are_stable_and_follow_content(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Ein Text.\n", encoding="utf-8")
    first = only(read([path]))
    assert only(read([path])).id == first.id
    path.write_text("Ein anderer Text.\n", encoding="utf-8")
    assert only(read([path])).id != first.id


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "article.html"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = only(read([path]))
    assert isinstance(doc, Document)
    assert "strategische Partnerschaft" in doc.text.replace("\n", " ")
    assert "Impressum" not in doc.text
    assert doc.title.startswith("Putin und Maduro")
    assert doc.published == date(2025, 10, 27)
    assert doc.url == "https://www.tagesschau.de/ausland/russland-venezuela-100.html"
    assert doc.outlet == "tagesschau.de"
    assert doc.lang == "de"


def test_html_sniffed_without_extension_and_lang_forced(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = only(read([path], lang="en"))
    assert isinstance(doc, Document) and doc.title and doc.lang == "en"


def test_short_html_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "short.htm"
    path.write_text("<html><body><p>Russland droht der Ukraine.</p></body></html>", encoding="utf-8")
    doc = only(read([path], published=date(2025, 1, 1)))
    assert "Russland droht der Ukraine." in doc.text and doc.published == date(2025, 1, 1)


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text(
        "<html><head><title></title></head><body><script>x=1</script></body></html>", encoding="utf-8"
    )
    assert only(read([path])).reason == "empty"


def gold_line(**fields) -> str:
    record = {
        "id": "de-000",
        "lang": "de",
        "published": "2025-10-27",
        "title": "T",
        "text": "Ein Text.",
        "facts": [{"source": "RUSGOV"}],
        "relations": [],
    }
    record.update(fields)
    return json.dumps(record, ensure_ascii=False)


def test_jsonl_gold_format_with_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    lines = [
        gold_line(),
        "{not json",
        "",
        gold_line(id="de-001", published="27.10.2025"),
        gold_line(id="de-002", text="   "),
        json.dumps(["a", "list"]),
        gold_line(id="de-003", published=None, lang="es"),
        json.dumps({"id": "x", "title": "no text"}),
        gold_line(id=None, text="Ohne Kennung."),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read([path], published=date(2020, 1, 1))
    summary = [(i.id if isinstance(i, Document) else (i.reason, i.origin.rsplit(":", 1)[1])) for i in items]
    assert summary[0] == "de-000"
    assert summary[1:7] == [
        ("bad_json", "2"),
        ("bad_date", "4"),
        ("empty", "5"),
        ("bad_json", "6"),
        "de-003",
        ("bad_json", "8"),
    ]
    assert summary[7].startswith("doc-")
    first, third = items[0], items[5]
    assert first.published == date(2025, 10, 27) and first.lang == "de" and first.title == "T"
    assert first.origin == f"{path}:1"
    assert third.published == date(2020, 1, 1) and third.lang == "es"


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "docs.json"
    path.write_text(
        json.dumps([{"id": "a", "text": "Eins."}, {"id": "b", "text": "Zwei."}]), encoding="utf-8"
    )
    assert [d.id for d in read([path])] == ["a", "b"]


def test_stdin_text_and_jsonl() -> None:
    text = read(["-"], stdin=io.BytesIO(b"Russland droht.\n"))
    assert only(text).text == "Russland droht.\n".strip("\n") and only(text).origin == "-"
    lines = (gold_line() + "\n" + gold_line(id="de-001") + "\n").encode()
    assert [d.id for d in read(["-"], stdin=io.BytesIO(lines))] == ["de-000", "de-001"]
    html = read(["-"], stdin=io.BytesIO(ARTICLE.encode()))
    assert only(html).title.startswith("Putin")


def test_stdin_from_sys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Text von stdin.\n"), encoding="utf-8"))
    assert only(read(["-"])).text == "Text von stdin."


def test_folder_recursive_sorted_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zett.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("versteckt\n", encoding="utf-8")
    (tmp_path / ".swp").write_text("versteckt\n", encoding="utf-8")
    assert [d.text for d in read([tmp_path])] == ["A.", "Zett."]


def test_non_utf8_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = (
        "Die Außenminister Österreichs und Frankreichs trafen sich in München, um über Zölle zu sprechen.\n"
    )
    path.write_bytes(text.encode("latin-1"))
    assert only(read([path])).text == text.strip("\n")


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Grüße aus Wien.\n".encode("utf-16"))
    assert only(read([path])).text == "Grüße aus Wien."


def test_every_rejection_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(1, 60)))
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    (tmp_path / "garbage.txt").write_bytes(bytes([0x01, 0x02, 0x03, 0x04, 0x05]) * 40 + b"\xff\xfe\x81")
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    (tmp_path / "baddate.txt").write_text("published: 2025-13-45\nText.\n", encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 300, encoding="utf-8")
    items = read(
        [tmp_path / "missing.txt", *sorted(p for p in tmp_path.iterdir())],
        max_bytes=250,
    )
    reasons = {Path(i.origin.split(":")[0]).name: i.reason for i in items}
    assert reasons == {
        "missing.txt": "missing",
        "bad.jsonl": "bad_json",
        "baddate.txt": "bad_date",
        "big.txt": "too_large",
        "empty.txt": "empty",
        "garbage.txt": "encoding",
        "image.png": "binary",
        "nul.txt": "binary",
    }
    assert all(i.detail for i in items)


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text("Gut.\n", encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text("Gesperrt.\n", encoding="utf-8")
    real_open = Path.open

    def refuse(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    items = read([fifo, locked, good])
    assert [getattr(i, "reason", "ok") for i in items] == ["unreadable", "unreadable", "ok"]
    assert "Permission denied" in items[1].detail


def test_stdin_too_large() -> None:
    assert only(read(["-"], stdin=io.BytesIO(b"x" * 50), max_bytes=10)).reason == "too_large"


def test_rejected_vocabulary_is_fixed() -> None:
    assert {
        "missing",
        "unreadable",
        "binary",
        "encoding",
        "empty",
        "bad_json",
        "bad_date",
        "too_large",
        "too_long",
        "http_error",
        "timeout",
        "network",
        "blocked",
        "bad_feed",
        "feed",
        "bad_warc",
        "failed",
    } == REASONS
    with pytest.raises(ValueError):
        Rejected("x", "weird", "")
