"""Every missed key of the eval/gold sets and the study parts with the coder's reason, sorted by where it was lost.

    PYTHONPATH=src python eval/missed.py OUT.jsonl [--sets=a,b] [--gold=eval/gold] [--study=a.jsonl,b.jsonl]

Why: recall is the weaker half (round 44); a table of all misses by class (docs/progress.md "the misses left on
the own sets, by cause") shows which way of saying a thing the rules lose most often. It shares extras.py's
loader and its skip of the unseen documents of eval/split.json (their misses are never looked at); `--study`
adds further gold files (the study parts, never the unseen ones). Each line: set, doc, lang, the key, `why`
(realpolitik eval --misses) and `class`:

- no_trigger: no rule of the fact's type fired in the evidence sentence (`no_trigger_other_fired`: rules of other
  types did); `no_evidence`: the gold evidence is not found in the text;
- actor_unknown_source / actor_unknown_target: the gold actor is recognised nowhere in the article;
  actor_elsewhere_source / actor_elsewhere_target: named elsewhere in the article, not in the sentence (a
  reference, role word or pronoun not resolved); `_no_trigger` added when no rule of the type fired there either;
- roles_no_pair: a rule of the type fired but found no source or no target (or one country on both sides);
- roles_let_go: a rule fired and the coder let the trigger go for a reason of its own (shown in `why`);
- roles_other_pair: a rule of the type fired and gave another pair (the wrong actor);
- wrong_type, negation: the pair printed there with another type, or the other negation;
- filtered_modality / below_threshold: the key found but not printed (a plan, condition, claim; confidence);
- relation_not_derived: a gold relation (relations_missed) neither stated nor implied by an event.

Prints the count of each class by language.
"""

from __future__ import annotations

import sys

from extras import run


def classify(row: dict, relations_only: bool = False) -> str:
    """The class of one missed key (the module's docstring lists them)."""
    if row["side"] == "relations_missed":
        return "relation_not_derived"
    code, detail = row["why"]["code"], row["why"]["detail"]
    if code == "filtered":
        return "filtered_modality" if "modality" in detail else "below_threshold"
    if code == "no_trigger":
        if "evidence" in detail:
            return "no_evidence"
        return "no_trigger_other_fired" if "(fired:" in detail else "no_trigger"
    if code.startswith("actor_"):
        where = "unknown" if "not recognised anywhere" in detail else "elsewhere"
        return f"actor_{where}_{code[6:]}" + ("_no_trigger" if "rule fired there either" in detail else "")
    if code == "roles":
        if "no actor pair" in detail or "one country" in detail:
            return "roles_no_pair"
        return "roles_other_pair" if " → " in detail.split(";")[0] and ": " not in detail.split("«")[0] \
            else "roles_let_go"
    return code


def main(argv: list[str]) -> None:
    run(argv, ("missed", "relations_missed"), classify)


if __name__ == "__main__":
    main(sys.argv[1:])
