"""HTTP API and web page (FastAPI). `create_app` lives in `realpolitik.web.app`; `serve` in `.server`."""
