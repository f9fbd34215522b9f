"""Running the app with uvicorn: in the foreground (`serve`) or in a thread (tests, benchmarks)."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn

from realpolitik.web.app import create_app, wait_for_clustering
from realpolitik.web.settings import Settings


def serve(host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None,
          log_level: str = "info") -> None:
    """Serve until interrupted."""
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, timeout_keep_alive=30)


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class BackgroundServer:
    """uvicorn in a daemon thread on a free loopback port; `url` once started, `stop()` to end it."""

    def __init__(self, settings: Settings, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.port = port or free_port(host)
        self.url = f"http://{host}:{self.port}"
        config = uvicorn.Config(create_app(settings), host=host, port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self, timeout: float = 20.0, clustered: bool = True) -> BackgroundServer:
        """Start and wait until it answers; `clustered` also waits for the clustering begun at start
        (tests and benchmarks want the whole store's events; `serve` itself answers at once)."""
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"the server on {self.url} did not start")
            time.sleep(0.05)
        if clustered:
            wait_for_clustering(self.server.config.app)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
