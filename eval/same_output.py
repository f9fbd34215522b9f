"""Speed changes must not change what is extracted: this tree against a base commit, document by document.

    python eval/same_output.py [--base REF] [FILES ...]
    python eval/same_output.py --compiled [FILES ...]

Extracts every document of FILES (default: the development articles
../shared/benchmarks/gold/news_dev*.jsonl and the gold files in eval/gold)
twice, once with this tree's code and once with REF's (default: the merge
base with main, checked out in a temporary worktree), each in its own
interpreter, and compares sentences, actor mentions, events and relations.
Rules change on main while a speed change is written, so the base is the
branch's own merge base, not main's head.

Prints how many documents differ in each part. Details (the first lines of a
difference) are printed only for documents that may be studied: the unseen
split (eval/split.json) and the blind gold files are never shown, only counted.
Exit status 0 when nothing differs.

With --compiled, the package installed for this interpreter (a non-editable
`pip install .` that compiled the hot modules with mypyc, realpolitik/compiled.py)
is compared with itself forced to plain Python (REALPOLITIK_PURE_PYTHON=1).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "benchmarks" / "gold"
PARTS = ("sentences", "actors", "events", "relations")


def default_files() -> list[Path]:
    found = sorted(DEV.glob("news_dev*.jsonl")) + sorted((ROOT / "eval" / "gold").glob("*.jsonl"))
    return [p for p in found if p.is_file()]


def dump(files: list[str], out: str) -> None:
    """Run in the tree under test (its src first on sys.path): one JSON line per document."""
    from realpolitik.ingest import Rejected, read_inputs
    from realpolitik.pipeline import extract_document

    with open(out, "w", encoding="utf-8") as handle:
        for item in read_inputs(files):
            if isinstance(item, Rejected):
                handle.write(json.dumps({"id": f"rejected:{item.origin}", "reason": item.reason}) + "\n")
                continue
            found = extract_document(item)
            record = {
                "id": item.id,
                "sentences": [[s.start, s.end, _tokens(s)] for s in found.sentences],
                "actors": [[m.code, m.start, m.end, m.entry] for ms in found.actors for m in ms],
                "events": [e.to_json() for e in found.events],
                "relations": [r.to_json() for r in found.relations],
            }
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n")


def _tokens(sentence) -> str:  # type: ignore[no-untyped-def]
    import hashlib

    forms = "\x1f".join(f"{t.text}\x1e{t.lemma}\x1e{t.start}" for t in sentence.tokens)
    return hashlib.sha1(forms.encode("utf-8")).hexdigest()[:12]


def run_dump(src: Path | None, files: list[Path], out: Path, pure: bool = False) -> dict[str, dict]:
    """One interpreter's dump: `src` first on its path (None: the installed package), plain Python if `pure`."""
    path = f"sys.path.insert(0, {str(src)!r}); " if src is not None else ""
    code = (f"import sys; {path}sys.path.insert(1, {str(ROOT / 'eval')!r}); "
            f"import same_output; same_output.dump({[str(f) for f in files]!r}, {str(out)!r})")
    # A fixed hash seed: set iteration order must not pass for a difference between the trees.
    env = {k: v for k, v in os.environ.items() if k != "REALPOLITIK_PURE_PYTHON"} | {"PYTHONHASHSEED": "0"}
    if pure:
        env["REALPOLITIK_PURE_PYTHON"] = "1"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=src.parent if src is not None else out.parent,
                   env=env)
    records = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records[record["id"]] = record
    return records


def hidden_ids() -> set[str]:
    split = json.loads((ROOT / "eval" / "split.json").read_text(encoding="utf-8"))
    return set(split.get("unseen", []))


def base_tree(ref: str | None, keep: Path) -> Path:
    """A worktree of `ref` (default: merge base with main) under `keep`, made once and reused."""
    if ref is None:
        ref = subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=ROOT, check=True, capture_output=True,
                             text=True).stdout.strip()
    sha = subprocess.run(["git", "rev-parse", ref], cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout.strip()
    tree = keep / f"rp-base-{sha[:10]}"
    if not tree.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), sha], cwd=ROOT, check=True,
                       capture_output=True)
    return tree


def _installed_build() -> str:
    """What the installed package runs (compiled or not), from a process without this checkout's src."""
    code = "from realpolitik.compiled import describe; print(describe())"
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                          cwd=tempfile.gettempdir())
    line = done.stdout.strip()
    if not line.startswith("compiled"):
        raise SystemExit(f"--compiled: the installed package runs {line} (install it with `pip install .`)")
    return f"plain Python (installed package: {line})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--base", help="git ref to compare with (default: merge base with main)")
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()),
                        help="where the base worktree is kept between runs")
    parser.add_argument("--compiled", action="store_true",
                        help="the installed package compiled against itself on plain Python (no base tree)")
    args = parser.parse_args()
    files = args.files or default_files()
    with tempfile.TemporaryDirectory() as tmp:
        if args.compiled:
            name = _installed_build()
            before = run_dump(None, files, Path(tmp) / "base.jsonl", pure=True)
            after = run_dump(None, files, Path(tmp) / "head.jsonl")
        else:
            tree = base_tree(args.base, args.keep)
            name = tree.name
            before = run_dump(tree / "src", files, Path(tmp) / "base.jsonl")
            after = run_dump(ROOT / "src", files, Path(tmp) / "head.jsonl")
    hidden = hidden_ids()
    blind = {i for i in before if i.startswith("blind")}
    differ: dict[str, list[str]] = {part: [] for part in PARTS}
    missing = sorted(set(before) ^ set(after))
    for doc_id in sorted(set(before) & set(after)):
        for part in PARTS:
            if before[doc_id].get(part) != after[doc_id].get(part):
                differ[part].append(doc_id)
    print(f"{len(before)} documents from {len(files)} files; base {name}")
    for part in PARTS:
        shown = [d for d in differ[part] if d not in hidden and d not in blind]
        print(f"  {part}: {len(differ[part])} documents differ ({len(differ[part]) - len(shown)} not shown)")
        for doc_id in shown[:5]:
            a = [json.dumps(x, ensure_ascii=False) for x in before[doc_id][part]]
            b = [json.dumps(x, ensure_ascii=False) for x in after[doc_id][part]]
            for line in list(difflib.unified_diff(a, b, doc_id, doc_id, n=0, lineterm=""))[:8]:
                print("    " + line[:200])
    if missing:
        print(f"  documents present on one side only: {len(missing)}")
    return 0 if not missing and not any(differ.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
