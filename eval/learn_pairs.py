"""Would a model that admits the other actor pairs of a trigger's sentence recover the facts lost to roles?

Usage:
    PYTHONPATH=src python3 eval/learn_pairs.py            # study + blind study + the round-17 translations
    PYTHONPATH=src python3 eval/learn_pairs.py GOLD ...

Where a trigger fires, the shallow role reader picks one (source, target) reading. Here every other ordered
pair of the sentence's actors (and each actor with no target) becomes a candidate of the same type and
negation, with features of how it stands to the trigger: each actor's side and distance in words, whether
a comma or the language's target preposition stands before it, its kind and genitive, whether it keeps the
reading's source or target or reverses the pair, the number of countries in the sentence. The rules'
readings keep their hand-set decision (shown at the shipped threshold); a logistic regression decides
which alternatives to add. Grouped cross-validation as eval/learn_confidence.py does it: "shipped" is
today's output, "learned" adds the alternatives above the threshold of the best F1 on the training folds.

The unseen and blind unseen splits are never read here. Findings of round 18: docs/evaluation.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from learn_confidence import SHIPPED, Candidate, Doc, cross_validate, f1, gold_arguments, gold_paths, precision, runs

from realpolitik.model import ActorMention, Event, Sentence

_FAR = 8


def side(role: str, mention: ActorMention, trigger: int, sentence: Sentence, markers: frozenset[str]) -> list[str]:
    """How one actor of a candidate pair stands to the trigger (the trigger's first token index)."""
    tokens = sentence.tokens
    before = mention.token_end <= trigger
    gap = range(mention.token_end, trigger) if before else range(trigger + 1, mention.token_start)
    words = len(gap)
    names = [f"{role}:{'before' if before else 'after'}",
             f"{role}:" + ("next" if words <= 1 else "near" if words <= 4 else "mid" if words < _FAR else "far"),
             f"{role}:kind:{mention.kind}"]
    names += [f"{role}:genitive"] if mention.genitive else []
    names += [f"{role}:comma between"] if any(tokens[i].text == "," for i in gap) else []
    previous = tokens[mention.token_start - 1].text.lower() if mention.token_start > 0 else ""
    names += [f"{role}:marked"] if previous in markers else []
    return names


def alternatives(event: Event, reading: tuple[ActorMention, ActorMention | None], sentence: Sentence,
                 mentions: list[ActorMention], markers: frozenset[str], shown: bool) -> Iterable[tuple]:
    """(source code, target code or None, features) of every other pair of the sentence's actors."""
    trigger = next((i for i, t in enumerate(sentence.tokens) if t.end > (event.trigger_start or 0)), 0)
    here = [m for m in mentions if m.token_start >= 0]
    countries = len({m.code[:3] for m in here})
    chosen_source, chosen_target = reading
    for source in here:
        for target in [*here, None]:
            if target is not None and source.code[:3] == target.code[:3]:
                continue
            names = [f"type:{event.plover}", f"lang:{event.lang}", f"countries:{min(countries, 4)}"]
            names += side("source", source, trigger, sentence, markers)
            names += side("target", target, trigger, sentence, markers) if target else ["target:none"]
            names += ["same source"] if source.start == chosen_source.start else []
            names += ["same target"] if target and chosen_target and target.start == chosen_target.start else []
            names += ["reversed"] if target and chosen_target and (target.start, source.start) == (
                chosen_source.start, chosen_target.start) else []
            names += [] if shown else ["reading below the threshold"]
            yield source.code, target.code if target else None, names


def load_docs(paths: Iterable[Path]) -> list[Doc]:
    """The rules' readings with their decision (shown at the shipped threshold), and their alternatives."""
    from realpolitik.evaluate.keys import make_key
    from realpolitik.events.rules import load_rules

    docs = []
    for doc, extraction, recorded, scored in runs(paths):
        rules = load_rules(extraction.document.lang) if scored else None
        markers = rules.grammar.target_markers if rules else frozenset()
        by_start = {s.start: s for s in extraction.sentences}
        for event, key, _ in scored:
            shown = event.confidence >= SHIPPED
            doc.candidates.append(Candidate(key, 1.0 if shown else -1.0, None))  # the rules' own decision
            if id(event) not in recorded:
                continue
            sentence = by_start[event.evidence_start]
            _, source, target = recorded[id(event)]
            for s, t, names in alternatives(event, (source, target), sentence, extraction.actors[sentence.index],
                                            markers, shown):
                other = make_key(s, t, key[2], event.negated)[0]
                if other != key:
                    doc.candidates.append(Candidate(other, -1.0, names))
        docs.append(doc)
    return docs


def main(argv: list[str] | None = None) -> None:
    args = gold_arguments(__doc__).parse_args(argv)
    paths = gold_paths(args)
    docs = load_docs(paths)
    for translated in (False, True):
        part = [d for d in docs if d.translated == translated]
        new = [{c.key for c in d.candidates if c.names is not None}
               - {c.key for c in d.candidates if c.names is None and c.hand > 0} for d in part]
        print(f"{'translations' if translated else 'real'}: "
              f"{sum(c.names is not None for d in part for c in d.candidates)} alternatives, "
              f"{sum(map(len, new))} new keys, {sum(len(n & d.gold) for n, d in zip(new, part, strict=True))} "
              f"of them gold; {sum(len(d.gold) for d in part)} gold keys")
    print("| method | real tp/fp/fn | F1 | P | translations tp/fp/fn | F1 | P |")
    print("| --- | --- | ---: | ---: | --- | ---: | ---: |")
    for method in ("shipped", "learned"):
        result = cross_validate(docs, method, l2=args.l2)
        cells = " | ".join(f"{c[0]:.0f}/{c[1]:.0f}/{c[2]:.0f} | {f1(c):.3f} | {precision(c):.3f}"
                           for c in result.values())
        print(f"| {method} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
