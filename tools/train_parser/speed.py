"""Extraction speed over whole articles with and without the dependency parser, in one process.

Usage: python tools/train_parser/speed.py MODELS_DIR LANG FILE.jsonl [FILE.jsonl ...] [--rounds 3]
Times realpolitik.extract on every article of LANG in the files (the texts are only timed, never printed),
alternating the two passes; prints sentences/s for each, the ratio, and how many sentences were parsed.
Run it on one core (taskset -c 0) with `uptime` next to it.
"""
import argparse
import json
import os
import time

import realpolitik
from realpolitik.events import roles_dep
from realpolitik.language import split_sentences

ap = argparse.ArgumentParser()
ap.add_argument("models")
ap.add_argument("lang")
ap.add_argument("files", nargs="+")
ap.add_argument("--rounds", type=int, default=3)
args = ap.parse_args()
docs = []
for name in args.files:
    with open(name, encoding="utf-8") as f:
        docs += [d for d in map(json.loads, f) if d.get("lang") == args.lang]
sentences = sum(len(split_sentences(d["text"], args.lang)) for d in docs)
parsed = 0
original = roles_dep.Parser.parse


def counting(self, sentence):
    global parsed
    parsed += 1
    return original(self, sentence)


roles_dep.Parser.parse = counting


def one_pass(on: bool) -> float:
    if on:
        os.environ[roles_dep.ENV] = args.models
    else:
        os.environ.pop(roles_dep.ENV, None)
    start = time.perf_counter()
    for d in docs:
        realpolitik.extract(d["text"], lang=args.lang, published=d.get("published"))
    return time.perf_counter() - start


one_pass(True), one_pass(False)  # load the model and the rules once, outside the timing
parsed = 0
times = {False: 0.0, True: 0.0}
for _ in range(args.rounds):
    for on in (False, True):
        times[on] += one_pass(on)
n = sentences * args.rounds
print(f"{args.lang}: {len(docs)} articles, {sentences} sentences; {parsed // args.rounds} parsed per pass "
      f"({parsed / n:.0%} of sentences: a trigger and two actor groups)")
print(f"without parser {n / times[False]:.0f} sentences/s, with parser {n / times[True]:.0f} sentences/s, "
      f"ratio {times[True] / times[False]:.2f}")
print("uptime:", os.popen("uptime").read().strip())
