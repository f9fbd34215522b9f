"""An offline API reference at /docs: the OpenAPI document rendered by a small script of ours.

FastAPI's default /docs loads Swagger UI from a CDN, which fails offline and
leaks requests; this page only needs /openapi.json from the same server.
"""

from __future__ import annotations

DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>realpolitik API</title><link rel="stylesheet" href="/static/style.css"></head>
<body class="docs"><header><h1>realpolitik HTTP API</h1>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3). Back to the <a href="/">web page</a>.</p>
</header><main id="api-docs">Loading…</main>
<script src="/static/docs.js"></script></body></html>"""
