"""Text made safe for the programs that open exports: spreadsheets (CSV) and XML readers (GraphML, GEXF).

Stored text comes from strangers' pages and files. A CSV cell that starts with
=, +, -, @, a tab or a carriage return is a formula to Excel and LibreOffice
(OWASP "CSV injection"); it is prefixed with a single quote, which the
spreadsheet shows as text. Numbers are left alone (a Goldstein score of -5.0
stays a number). XML 1.0 cannot carry most control characters at all, so they
are dropped from the strings of a graph before it is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def spreadsheet_cell(value: object) -> object:
    """`value` itself, or for text that a spreadsheet would run as a formula, the text behind a quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def spreadsheet_text(value: object, render: Callable[[object], str]) -> str:
    """`render(value)` for a CSV cell: numbers as they are, any other text (lists and JSON too) defused."""
    text = render(value)
    return text if isinstance(value, int | float) else str(spreadsheet_cell(text))


def xml_text(value: str) -> str:
    """`value` without the characters XML 1.0 forbids (NUL, other control characters, lone surrogates)."""
    return _NOT_XML.sub("", value)
