"""Bytes to text: size cap, binary sniffing, UTF-8 with a charset-detection fallback.

Kept apart from the format readers so every format (text, HTML, JSONL, stdin)
rejects a binary or undecodable input the same way.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from realpolitik.ingest.rejected import Rejected

log = logging.getLogger(__name__)

#: Inputs larger than this are rejected as `too_large` (per file, and for stdin).
MAX_BYTES = 20 * 1024 * 1024

# Magic numbers of formats people drop into an input folder by mistake.
_BINARY_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"SQLite format 3",
    b"RIFF",
    b"ID3",
    b"OggS",
    b"\xd0\xcf\x11\xe0",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control or replacement characters above which a decoding is judged garbage.
_MAX_NOISE = 0.02


def decode_bytes(data: bytes, origin: str) -> str | Rejected:
    """Decode `data`, or say why it cannot be read as text (`binary` or `encoding`)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _normalise(data.decode(encoding))
            except UnicodeDecodeError as exc:
                return Rejected(
                    origin,
                    "encoding",
                    f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}",
                )
    head = data[:8192]
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return Rejected(
            origin, "binary", "binary file (not text, HTML or JSON Lines); convert it to text first"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, origin)
        if text is None:
            return Rejected(
                origin,
                "encoding",
                "not UTF-8 and no other character set fits; re-save the file as UTF-8",
            )
    if _noise(text) > _MAX_NOISE:
        return Rejected(origin, "encoding", "decodes to control characters; re-save the file as UTF-8 text")
    return _normalise(text)


def drop_nul(text: str) -> str:
    """`text` without NUL characters: no article needs one, and PostgreSQL cannot store one."""
    return text.replace("\x00", "") if "\x00" in text else text


def _detect(data: bytes, origin: str) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    log.info("%s is not UTF-8; read it as %s", origin, best.encoding)
    return str(best)


# Control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) other than \t \n \v \f \r, and the
# replacement character: one regular expression instead of a Python loop over every character of a page.
_NOISE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _noise(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_NOISE.findall(sample)) / len(sample)


def _normalise(text: str) -> str:
    """Unify newlines and compose characters, so offsets and hashes do not depend on the platform."""
    return unicodedata.normalize("NFC", drop_nul(text).replace("\r\n", "\n").replace("\r", "\n"))
