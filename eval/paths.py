"""Precision of the coder's events per risky path, on every sentence of the study articles.

Usage:
    PYTHONPATH=src python3 eval/paths.py ../splits/study.jsonl ../splits/blind_study.jsonl

Every factual event the coder produces (shown or below the threshold) is counted under each path it took:
actors from earlier sentences or another clause, far actors, sentences with three or more countries, a
trigger fanned out over several pairs, lead and quoted sentences, one-word triggers, modality, capitals as
actors, events dated long before publication, and each type. An event is "gold" when its key (EVAL.md) is
among its article's gold keys. A path whose precision stays below the overall figure on study is worse on
articles the rules never saw: tighten it at its cause or let `events/confidence.py` score it lower.

Only study documents are counted (the unseen ids of eval/split.json are left out): never run it to
error-analyse the unseen split.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from realpolitik.evaluate import load_gold
from realpolitik.evaluate.keys import make_key
from realpolitik.evaluate.records import gold_document
from realpolitik.evaluate.split import find_split_file, load_unseen, select
from realpolitik.events import assembly, confidence
from realpolitik.model import ActorMention, Event, Sentence
from realpolitik.pipeline import extract_document

_QUOTES = frozenset('"“”«»„')
_FAR = 8


@contextmanager
def recording() -> Iterator[dict[int, tuple]]:
    """The cues and actor mentions of each event the coder builds (by id of the Event), while active."""
    seen: dict[int, tuple] = {}
    last: list[tuple] = []
    make_cues, make_event = confidence.cues, assembly.Event

    def cues(*args):
        made = make_cues(*args)
        last[:] = [(made, args[5], args[6])]  # the cues, the source and the target mention
        return made

    def event(**fields):
        made = make_event(**fields)
        seen[id(made)] = last[0]
        return made

    confidence.cues, assembly.Event = cues, event
    try:
        yield seen
    finally:
        confidence.cues, assembly.Event = make_cues, make_event


def paths(event: Event, cues: confidence.Cues, source: ActorMention, target: ActorMention | None,
          sentence: Sentence, mentions: list[ActorMention]) -> list[str]:
    """The risky paths one event took."""
    found = []
    if cues.source_distance is None:
        found.append("source from earlier sentences")
    if cues.has_target and cues.target_distance is None:
        found.append("target from earlier sentences")
    if cues.from_outside_clause:
        found.append("source borrowed from another clause")
    if cues.source_distance is not None and not cues.source_in_clause:
        found.append("source outside the trigger's clause")
    if cues.has_target and cues.target_distance is not None and not cues.target_in_clause:
        found.append("target outside the trigger's clause")
    if cues.source_distance is not None and cues.source_distance >= _FAR:
        found.append(f"source {_FAR}+ tokens away")
    if cues.target_distance is not None and cues.target_distance >= _FAR:
        found.append(f"target {_FAR}+ tokens away")
    if len({m.code[:3] for m in mentions}) >= 3:
        found.append("sentence with 3+ countries")
    if cues.pairs >= 2:
        found.append("trigger gave 2+ pairs")
    if cues.pairs >= 4:
        found.append("trigger gave 4+ pairs")
    if sentence.index == 0:
        found.append("first sentence (lead)")
    if _QUOTES & set(sentence.text):
        found.append("sentence with quotes")
    if cues.nominal:
        found.append("nominal trigger (a noun, no verb)")
    if cues.pattern_words == 1:
        found.append("one-word trigger")
    if cues.sentence_words >= 45:
        found.append("sentence of 45+ words")
    if not cues.has_target:
        found.append("no target")
    if event.modality != "asserted":
        found.append(f"modality {event.modality}")
    if event.negated:
        found.append("negated")
    for role, mention in (("source", source), ("target", target)):
        if mention is not None and mention.kind in ("capital", "seat"):
            found.append(f"{role} is a capital or seat")
    if event.date and event.published and (event.published - event.date).days > 365:
        found.append("dated 1+ year before publication")
    found.append(f"type {event.plover}")
    return found


def table(records: list[dict]) -> dict[str, Counter]:
    """Per path: events, gold events, and the same for those shown at the default threshold."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        gold = {make_key(f.get("source"), f.get("target"), f["type"], f.get("negated", False))[0]
                for f in record.get("facts", [])}
        with recording() as recorded:
            extraction = extract_document(gold_document(record))
        by_start = {s.start: s for s in extraction.sentences}
        for event in extraction.events:
            if not event.factual or id(event) not in recorded:
                continue
            cues, source, target = recorded[id(event)]
            sentence = by_start[event.evidence_start]
            good = make_key(event.source, event.target, event.plover, event.negated)[0] in gold
            shown = confidence.is_shown(event)
            for path in [*paths(event, cues, source, target, sentence, extraction.actors[sentence.index]), "all"]:
                counts[path].update(events=1, gold=int(good), shown=int(shown), shown_gold=int(shown and good))
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="gold files (only their study documents count)")
    args = parser.parse_args(argv)
    unseen = load_unseen(find_split_file())
    records = select([r for p in args.paths for r in load_gold(p)], "study", unseen)
    counts = table(records)
    print("| path | events | gold | P | shown | gold | P |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path, c in sorted(counts.items(), key=lambda item: -item[1]["events"]):
        p_all = c["gold"] / c["events"]
        p_shown = c["shown_gold"] / c["shown"] if c["shown"] else 0.0
        print(f"| {path} | {c['events']} | {c['gold']} | {p_all:.2f} | {c['shown']} | {c['shown_gold']} "
              f"| {p_shown:.2f} |")


if __name__ == "__main__":
    main()
