"""Exports: events as GDELT TSV, PLOVER JSON, CSV, JSON Lines, Parquet; networks as GraphML/GEXF.

`export_events` lives in `realpolitik.export.writer` (kept out of here so this
import stays cheap). `realpolitik.export(...)`, the Python API function, stays
callable after this package is imported (see realpolitik/__init__.py).
"""

FORMATS = ("gdelt", "plover", "csv", "parquet", "graphml", "gexf", "jsonl")
