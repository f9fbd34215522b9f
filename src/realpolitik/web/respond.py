"""JSON or CSV responses of the same rows, chosen by `?format=`."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence

from fastapi.responses import JSONResponse, Response

from realpolitik.export.safe import spreadsheet_text

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")  # a header value must not carry CR/LF, quotes or anything else


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_text(rows: Sequence[dict], columns: Sequence[str] | None = None) -> str:
    """CSV with a header; nested values as JSON text; cells a spreadsheet would run as formulas are quoted."""
    fields = list(columns or [])
    if not fields:
        for row in rows:
            fields.extend(k for k in row if k not in fields)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180; and a CR inside a cell gets quoted
    writer.writerow(fields)
    for row in rows:
        writer.writerow([spreadsheet_text(row.get(f), _cell) for f in fields])
    return out.getvalue()


def rows_response(rows: list[dict], fmt: str, name: str, extra: dict | None = None,
                  columns: Sequence[str] | None = None) -> Response:
    """`{"items": rows, ...extra}` as JSON, or the rows as a CSV download named `name`.csv."""
    if fmt == "csv":
        headers = {"Content-Disposition": f'attachment; filename="{_SAFE_NAME.sub("_", name)[:100]}.csv"'}
        if extra and "total" in extra:
            headers["X-Total-Count"] = str(extra["total"])
        return Response(csv_text(rows, columns), media_type="text/csv; charset=utf-8", headers=headers)
    return JSONResponse({**(extra or {}), "items": rows})
