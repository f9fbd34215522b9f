"""The README as a new user follows it: its two first commands, then every command of "Using it" as
written, in a fresh folder, after `realpolitik demo`, without the optional extras (as after a plain
`pip install .`). Commands that need the network are left out; `serve` is started and asked for a page.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
USERS_PART = README.split("\n## Development", 1)[0]
#: The `realpolitik` a user has after `pip install .`: optional extras cannot be imported.
SHIM = """#!{python}
import sys
for name in ("pyarrow", "pandas", "psycopg"):
    sys.modules[name] = None
from realpolitik.interfaces.cli import run
sys.argv[0] = "realpolitik"
run()
"""


def bash_blocks(text: str) -> list[list[str]]:
    return [block.strip().splitlines() for block in re.findall(r"```bash\n(.*?)```", text, re.S)]


def command(line: str) -> str:
    """A README line without its comment (a "#" after two spaces)."""
    return re.split(r"\s{2,}#", line, maxsplit=1)[0].strip()


USING = [command(line) for line in bash_blocks(README.split("## Using it", 1)[1])[0]]
NETWORK = [c for c in USING if "http://" in c or "https://" in c or c.startswith("realpolitik watch")]


DEMO_BLOCK = re.compile(r"<!-- demo-output:start -->\n```\n(.*?)\n```", re.S)


def demo_lines(stdout: str) -> list[str]:
    """What the README shows of the demo: its output without the rule line and the closing hints."""
    shown = [line.rstrip() for line in stdout.splitlines() if not line.startswith("─")]
    shown = shown[: next(i for i, line in enumerate(shown) if line.startswith("Go on with"))]
    while shown and not shown[-1]:
        shown.pop()
    return shown


def test_readme_starts_with_the_main_job_and_the_tests() -> None:
    first, tests = (command(line) for line in bash_blocks(README)[0])
    assert first == "pip install . && realpolitik demo"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == tests  # exactly what CI runs


def test_user_commands_need_nothing_outside_the_clone() -> None:
    assert "../shared" not in USERS_PART
    for line in USING:
        for word in shlex.split(line.split("|")[0]):
            if word.startswith(("examples/", "eval/")):
                assert (ROOT / word).exists(), word
    assert len(NETWORK) == 2  # the network commands are few and say so
    assert all("needs the network" in line for line in bash_blocks(README.split("## Using it", 1)[1])[0]
               if command(line) in NETWORK)


@pytest.fixture(scope="module")
def user(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A fresh folder like a clone's root (examples/ and eval/ of the repository), and the shim on PATH."""
    home = tmp_path_factory.mktemp("clone")
    for name in ("examples", "eval"):
        (home / name).symlink_to(ROOT / name)
    bin_dir = tmp_path_factory.mktemp("bin")
    shim = bin_dir / "realpolitik"
    shim.write_text(SHIM.format(python=sys.executable), encoding="utf-8")
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "COLUMNS": "100"}
    env.pop("REALPOLITIK_DB", None)
    return {"home": home, "env": env}


def shell(line: str, user: dict, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", line], cwd=user["home"], env=user["env"], capture_output=True,
                          text=True, timeout=timeout)


def test_every_command_runs_as_written_after_the_demo(user: dict) -> None:
    before = shell("realpolitik events --actor VEN", user)  # nothing yet: an error, and no empty store
    assert before.returncode == 1 and "realpolitik demo" in before.stderr
    assert not (user["home"] / "realpolitik.db").exists()
    demo = shell("realpolitik demo", user)
    assert demo.returncode == 0, demo.stderr
    documented = DEMO_BLOCK.search(README)
    assert documented is not None
    assert demo_lines(demo.stdout) == documented.group(1).splitlines(), (
        "the README's demo output is out of date: `python tests/test_readme.py` writes the current one")
    for line in USING:
        if line in NETWORK or line.startswith("realpolitik serve"):
            continue
        done = shell(line, user)
        assert done.returncode == 0, f"{line}\n{done.stderr}"
        assert "Traceback" not in done.stderr + done.stdout, line
        assert done.stdout.strip() or "wrote" in done.stderr, f"{line} printed nothing"
    made = {p.name for p in user["home"].iterdir()} - {"examples", "eval"}
    assert made <= {"realpolitik.db", "realpolitik.db-wal", "realpolitik.db-shm", "net.gexf", "events.csv"}
    assert (user["home"] / "events.csv").read_text(encoding="utf-8").startswith("id,doc_id,date")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_as_written(user: dict) -> None:
    if not (user["home"] / "realpolitik.db").exists():
        assert shell("realpolitik demo", user).returncode == 0
    line = next(c for c in USING if c.startswith("realpolitik serve"))
    port = _free_port()  # the README's port 8000 may be taken on a test machine
    server = subprocess.Popen(["bash", "-c", f"exec {line} --port {port}"], cwd=user["home"], env=user["env"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                meta = httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "serve did not answer"
                time.sleep(0.3)
        assert meta.status_code == 200 and meta.json()["counts"]["documents"] >= 3
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=10).status_code == 200
        allies = httpx.get(f"http://127.0.0.1:{port}/api/allies/VEN", timeout=10).json()
        assert {"RUS", "CUB"} <= {a["ally"] for a in allies["items"]}
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert "Traceback" not in err


if __name__ == "__main__":  # `python tests/test_readme.py`: write the current demo output into the README
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "COLUMNS": "100"}
        env.pop("REALPOLITIK_DB", None)
        out = subprocess.run([sys.executable, "-m", "realpolitik", "demo"], cwd=folder, env=env, check=True,
                             capture_output=True, text=True).stdout
    block = "<!-- demo-output:start -->\n```\n" + "\n".join(demo_lines(out)) + "\n```"
    (ROOT / "README.md").write_text(DEMO_BLOCK.sub(lambda _: block, README), encoding="utf-8")
