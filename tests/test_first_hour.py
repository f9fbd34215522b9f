"""What a new user meets in the first hour (issue 11): one store, the base install and its extras,
exit codes and standard output, dated ties, tables that fit the terminal, progress on long runs.

Each test runs the real CLI (typer's runner, or a subprocess where a terminal, a blocked import or a
real exit code matters) on real SQLite files in tmp_path.
"""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from realpolitik.errors import MissingExtraError, MissingStoreError
from realpolitik.interfaces.cli import app
from realpolitik.interfaces.output import emit

ROOT = Path(__file__).resolve().parents[1]
READ_COMMANDS = [
    ["events", "--actor", "VEN"],
    ["allies", "RUS"],
    ["relations"],
    ["dyad", "USA", "VEN"],
    ["changes", "--since", "2025-10-01"],
    ["network"],
    ["export", "--format", "csv", "-o", "out.csv"],
    ["cluster"],
]
#: Runs the CLI with the optional extras made unimportable, as after a plain `pip install .`.
BARE = (
    "import sys\n"
    "for name in ('pyarrow', 'pandas', 'psycopg'):\n"
    "    sys.modules[name] = None\n"
    "from realpolitik.interfaces.cli import run\n"
    "sys.argv[0] = 'realpolitik'\n"
    "run()\n"
)


def cli(*args: str, env: dict | None = None, cwd: Path | None = None, stdin: str | None = None):
    """The CLI in a subprocess without the optional extras: (exit code, stdout, stderr)."""
    done = subprocess.run([sys.executable, "-c", BARE, *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "COLUMNS": "80", **(env or {})}, input=stdin, timeout=300)
    return done.returncode, done.stdout, done.stderr


def invoke(*args: str, columns: int = 80):
    """The CLI in this process (dictionaries stay loaded): typer's result with stdout and stderr apart."""
    return CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)})


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder and no $REALPOLITIK_DB: the default store is ./realpolitik.db there."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REALPOLITIK_DB", raising=False)
    return tmp_path


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store the demo filled."""
    path = tmp_path_factory.mktemp("demo") / "realpolitik.db"
    result = invoke("demo", "--db", str(path))
    assert result.exit_code == 0, result.output
    return path


# 1. One store -----------------------------------------------------------------------------------


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_read_commands_never_create_a_store(in_tmp: Path, args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1 and isinstance(result.exception, MissingStoreError)
    message = str(result.exception)
    assert "realpolitik.db" in message and "realpolitik demo" in message and "realpolitik ingest" in message
    assert list(in_tmp.iterdir()) == []


def test_python_api_reads_never_create_a_store(in_tmp: Path) -> None:
    import realpolitik

    with pytest.raises(MissingStoreError, match="realpolitik demo"):
        realpolitik.allies("RUS", db=str(in_tmp / "nowhere.db"))
    with pytest.raises(MissingStoreError):
        realpolitik.events()
    assert list(in_tmp.iterdir()) == []


def test_demo_fills_the_store_the_next_commands_read(in_tmp: Path) -> None:
    first = invoke("demo")
    assert first.exit_code == 0, first.output
    assert "into realpolitik.db" in first.stdout and (in_tmp / "realpolitik.db").is_file()
    found = invoke("events", "--actor", "VEN", "--format", "jsonl")
    assert found.exit_code == 0
    actors = {v for e in map(json.loads, found.stdout.splitlines()) for v in (e["source"], e["target"])}
    assert {"USAMIL", "VEN"} <= actors
    again = invoke("demo")  # a second demo adds nothing and still shows the tour
    assert again.exit_code == 0 and again.stdout.splitlines()[1] == first.stdout.splitlines()[1]


def test_demo_keeps_out_of_a_store_with_your_own_articles(in_tmp: Path) -> None:
    (in_tmp / "mine.txt").write_text("published: 2025-01-02\nFrance and Spain signed a treaty.\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["ingest", "mine.txt"]).exit_code == 0
    result = CliRunner().invoke(app, ["demo"])
    assert result.exit_code == 1 and "--db demo.db" in str(result.exception)


# 2. What `pip install .` gives -----------------------------------------------------------------


def test_web_page_and_warc_are_in_the_base_install() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    base = {re.split(r"[<>=\[ ;]", dep)[0].lower() for dep in project["dependencies"]}
    assert {"fastapi", "uvicorn", "warcio", "httpx", "feedparser"} <= base
    assert {"postgres", "parquet", "pandas"} <= set(project["optional-dependencies"])
    for extra in ("postgres", "parquet", "pandas"):  # the README names each extra with its pip command
        assert f"pip install '.[{extra}]'" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_missing_extras_are_one_line_with_the_pip_command(demo_db: Path, tmp_path: Path) -> None:
    code, out, err = cli("export", "--format", "parquet", "-o", str(tmp_path / "e.parquet"), "--db", str(demo_db))
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "pip install 'pyarrow" in err and not (tmp_path / "e.parquet").exists()
    code, out, err = cli("events", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert code == 1 and "Traceback" not in err and "pip install 'psycopg" in err
    code, out, err = cli("serve", "--db", "postgresql://nobody@127.0.0.1:1/none", "--port", "1")
    assert code == 1 and "Traceback" not in err and "pip install 'psycopg" in err


def test_missing_extras_in_the_python_api(demo_db: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "sys.modules['pyarrow'] = sys.modules['pandas'] = None\n"
        "import realpolitik\n"
        "for call in (lambda: realpolitik.export('parquet', sys.argv[2], db=sys.argv[1]),\n"
        "             lambda: realpolitik.events(db=sys.argv[1], as_frame=True)):\n"
        "    try:\n"
        "        call()\n"
        "    except ImportError as exc:\n"
        "        print(type(exc).__name__, exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(demo_db), str(tmp_path / "x.parquet")],
                          capture_output=True, text=True, timeout=120)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0 and done.stderr == "" and len(lines) == 2
    assert lines[0].startswith("MissingExtraError Parquet export needs pyarrow") and "pip install 'pyarrow" in lines[0]
    assert "pip install 'pandas" in lines[1]
    assert issubclass(MissingExtraError, ImportError)


def test_serve_and_warc_work_without_extras(tmp_path: Path) -> None:
    warc = ROOT / "examples" / "articles" / "crawl.warc.gz"
    code, out, err = cli("ingest", str(warc), "--db", str(tmp_path / "w.db"), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["stored"] == 2
    script = BARE.replace("from realpolitik.interfaces.cli import run", "from realpolitik.web.app import create_app")
    script = script.replace("sys.argv[0] = 'realpolitik'\nrun()\n", "create_app().state.store.close()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "REALPOLITIK_DB": str(tmp_path / "w.db")})
    assert done.returncode == 0, done.stderr


# 5. Exit codes and "-" ---------------------------------------------------------------------------


def test_nothing_read_is_exit_code_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    code, out, err = cli("extract", str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"))
    assert code == 1 and "nothing could be read" in err and "missing" in err and "Traceback" not in err
    result = invoke("ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 1 and "nothing could be read" in result.stderr
    (tmp_path / "ok.txt").write_text("France and Spain signed a treaty.\n", encoding="utf-8")
    result = invoke("ingest", str(tmp_path / "missing.txt"), str(tmp_path / "ok.txt"), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0, result.output  # one input read: the run did its job, the missing one is reported


def test_dash_is_standard_output(demo_db: Path, in_tmp: Path) -> None:
    for fmt, head in (("csv", "id,doc_id,date"), ("gdelt", ""), ("jsonl", '{"id"'), ("gexf", "<?xml")):
        result = invoke("export", "--format", fmt, "-o", "-", "--db", str(demo_db))
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(head) and len(result.stdout.splitlines()) > 3
        assert "to standard output" in result.stderr
    result = invoke("network", "--format", "graphml", "-o", "-", "--db", str(demo_db))
    assert result.exit_code == 0 and "<graphml" in result.stdout
    assert not (in_tmp / "-").exists()


# 6. Dates of ties --------------------------------------------------------------------------------


def test_ties_without_a_start_exist_from_their_first_report(demo_db: Path) -> None:
    import realpolitik

    venezuela = {a.ally: a for a in realpolitik.allies("VEN", db=str(demo_db))}
    assert venezuela["CUB"].kind == "ally" and venezuela["CUB"].since == "2025-10-27"  # the article's date
    assert {a.ally for a in realpolitik.allies("VEN", db=str(demo_db), at="2025-06-01")} == set()
    assert {"CUB", "NIC", "CHN", "RUS"} <= {a.ally for a in realpolitik.allies("VEN", db=str(demo_db),
                                                                               at="2025-12-31")}
    kazakhstan = realpolitik.allies("KAZ", db=str(demo_db), at="2026-01-01")
    assert "RUS" not in {a.ally for a in kazakhstan}  # first reported on 2026-03-12
    early = realpolitik.network(db=str(demo_db), at="2025-06-01", days=30)
    assert not any("ally" in e["relations"] for e in early.edges)
    later = realpolitik.network(db=str(demo_db), at="2025-12-31", days=30)
    assert any({e["source"], e["target"]} == {"CUB", "VEN"} for e in later.edges)
    listed = invoke("relations", "--actor", "VEN", "--format", "jsonl", "--db", str(demo_db))
    assert all(r["since"] for r in map(json.loads, listed.stdout.splitlines()))
    shown = invoke("allies", "VEN", "--at", "2025-06-01", "--db", str(demo_db))
    assert shown.exit_code == 0 and "CUB" not in shown.stdout


def test_ties_are_dated_the_same_in_the_http_api(demo_db: Path) -> None:
    import httpx

    from realpolitik.web.server import BackgroundServer
    from realpolitik.web.settings import Settings

    with BackgroundServer(Settings(db=str(demo_db))) as running:
        get = lambda path, **params: httpx.get(running.url + path, params=params, timeout=30).json()  # noqa: E731
        assert get("/api/allies/VEN", at="2025-06-01")["items"] == []
        later = {a["ally"]: a for a in get("/api/allies/VEN", at="2025-12-31")["items"]}
        assert later["CUB"]["since"] == "2025-10-27"
        early = get("/api/network", at="2025-06-01", days=30)  # what the page draws
        assert not any("ally" in e["relations"] for e in early["edges"])
        assert any("ally" in e["relations"] for e in get("/api/network", at="2025-12-31", days=30)["edges"])


# 7. Tables in a terminal ---------------------------------------------------------------------------


def _render(rows: list[dict], columns: tuple[str, ...], width: int) -> list[str]:
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    emit(rows, "table", columns, title="Events", console=console)
    return console.file.getvalue().splitlines()


ROWS = [{"doc_id": f"a-rather-long-document-identifier-{i}", "date": "2025-10-27", "source": "RUSGOV",
         "target": "VEN", "plover": "AGREE", "evidence": "Venezuela und Russland gehen eine strategische "
         "Partnerschaft ein, die Energie, Bergbau, Sicherheit und Verkehr umfasst. " * 2} for i in range(5)]
COLUMNS = ("doc_id", "date", "source", "target", "plover", "evidence")


@pytest.mark.parametrize("width", [60, 80, 100, 160])
def test_tables_fit_the_terminal(width: int) -> None:
    lines = _render(ROWS, COLUMNS, width)
    assert all(len(line) <= width for line in lines)
    assert len(lines) <= 2 + 3 * len(ROWS) + 2  # no cell folded over many lines
    assert any("…" in line for line in lines) and "--format jsonl" in "\n".join(lines)
    assert all("RUSGOV" in line for line in lines if "2025-10-27" in line)  # short columns whole
    header = next(line for line in lines if "date" in line)
    assert header.index("date") < header.index("source")  # short columns first ...
    if "doc_id" in header:
        assert header.index("doc_id") > header.index("plover")  # ... long ones last


def test_narrow_terminals_get_one_record_per_block() -> None:
    lines = _render(ROWS, COLUMNS, 60)
    assert any(line.lstrip().startswith("evidence") for line in lines)  # its own line under the record
    wide = _render(ROWS, COLUMNS, 200)
    assert not any(line.lstrip().startswith("evidence ") for line in wide[2:])


def test_demo_fits_80_columns(tmp_path: Path) -> None:
    result = invoke("demo", "--db", str(tmp_path / "d.db"), columns=80)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines if not line.startswith("  realpolitik "))  # commands stay whole
    assert len(lines) < 80  # it was 309 lines of cells folded 8 characters wide


# 10. Progress ----------------------------------------------------------------------------------------


def _on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run the CLI with standard error on a pseudo-terminal; what the terminal showed."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", BARE, *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=follower, env={**os.environ, "COLUMNS": "120", "TERM": "xterm"})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the program closed its end of the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def test_long_runs_show_rate_and_eta_on_a_terminal_only(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:03d}.txt").write_text(f"published: 2025-10-{1 + i % 28:02d}\nFrance and Spain signed "
                                             f"treaty number {i}. Russia attacked Ukraine on day {i}.\n",
                                             encoding="utf-8")
    code, shown = _on_a_terminal(["ingest", str(folder), "--db", str(tmp_path / "p.db")], tmp_path)
    assert code == 0
    assert "ETA" in shown and "MB/s" in shown and "documents/s" in shown
    code, shown = _on_a_terminal(["export", "--format", "csv", "-o", str(tmp_path / "e.csv"), "--db",
                                  str(tmp_path / "p.db")], tmp_path)
    assert code == 0 and "exporting" in shown and "events/s" in shown
    code, shown = _on_a_terminal(["cluster", "--db", str(tmp_path / "p.db")], tmp_path)
    assert code == 0 and "clustering" in shown and "mentions/s" in shown
    code, out, err = cli("ingest", str(folder), "--db", str(tmp_path / "q.db"))  # piped: quiet
    assert code == 0 and "ETA" not in err and "\x1b" not in err
