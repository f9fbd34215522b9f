"""Type-level tp/fp/fn/F1 per language, with and without the dependency parser (REALPOLITIK_PARSERS).

Usage: python tools/train_parser/compare.py MODELS_DIR [set ...]   (sets: /work/splits/<set>.jsonl)
Only the figures are printed: unseen sets are scored, never inspected.
"""
import json
import os
import subprocess
import sys

models, sets = sys.argv[1], sys.argv[2:] or ["study", "blind_study", "unseen", "blind_unseen"]


def score(path: str, parsers: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "REALPOLITIK_PARSERS"}
    if parsers:
        env["REALPOLITIK_PARSERS"] = parsers
    out = subprocess.run(["realpolitik", "eval", path, "--format", "json"], capture_output=True, text=True,
                         env=env, check=True).stdout
    return json.loads(out)


def line(t: dict) -> str:
    return f"{t['f1']:.3f} ({t['tp']}/{t['fp']}/{t['fn']})"


for s in sets:
    base, dep = score(f"/work/splits/{s}.jsonl", None), score(f"/work/splits/{s}.jsonl", models)
    rel = [d["relations"]["overall"].get("f1", 0) for d in (base, dep)]
    print(f"{s}: overall {line(base['overall']['type'])} -> {line(dep['overall']['type'])}"
          f" | relations {rel[0]:.2f} -> {rel[1]:.2f}")
    for lang in sorted(base["by_language"]):
        print(f"   {lang} {line(base['by_language'][lang]['type'])} -> {line(dep['by_language'][lang]['type'])}")
