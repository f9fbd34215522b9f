"""Why a gold fact was missed and what an extra key came from (`realpolitik eval --misses`).

Nothing here codes anything: it reads what the pipeline produced for the
document (sentences, actors, every event including those not printed) and
the coder's trace (events/trace.py: each trigger and, when it gave no event,
why). A missed key is placed, in its evidence sentence (the document sentence
that best matches the gold `evidence`), at the first of these that holds:

- filtered: the coder produced this very key there but it is not printed (a
  plan, a conditional or an alleged act; confidence below the threshold);
- negation: printed there with the other negation;
- wrong_type: the same pair printed there with another type;
- actor_source / actor_target: the gold actor is not among the actors
  recognised in the sentence (and whether the article names it elsewhere,
  and whether a rule of the fact's type fired there: if none did, the
  lexicon shares the loss);
- no_trigger: no rule of the fact's type fired there (rules of other types
  that fired are listed);
- roles: a rule of that type fired, but what came out is another pair
  (shown), or the trigger was let go (the coder's reason shown).

An extra key is placed by the gold facts that cite its sentence: negation,
wrong_type or direction (a fact there has the pair with the other negation,
another type, or the other way round), other_pair (facts there, for other
actors) or no_gold (no gold fact cites the sentence); its rule, trigger
words, roles, modality and confidence are shown.
Several gold facts behind one key: the one that got furthest decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from realpolitik.evaluate.keys import SYMMETRIC_TYPES, TypeKey, make_key, split_actor
from realpolitik.evaluate.report import DocMisses, KeyMiss, Why
from realpolitik.events.roles import expand_references
from realpolitik.events.trace import Trace
from realpolitik.model import Event, Extraction

_STAGE = {"no_trigger": 0, "actor_source": 1, "actor_target": 2, "roles": 3, "wrong_type": 4, "negation": 5,
          "filtered": 6}
_WORD = re.compile(r"\w+")


@dataclass
class DocRun:
    """One gold document as the pipeline saw it, with the coder's trace when tracing was on."""

    record: dict
    extraction: Extraction
    trace: Trace | None = None


def explain_document(misses: DocMisses, run: DocRun, shown: list[Event], min_confidence: float) -> None:
    """Fill the `why` of every missed and extra key of one document; `shown` are the events scored."""
    context = _Context(run, shown, min_confidence)
    for item in misses.missed:
        item.why = context.missed(item)
    for item in misses.extra:
        item.why = context.extra(item)


def _event_key(event: Event) -> TypeKey:
    return make_key(event.source, event.target, event.plover or "", event.negated)[0]


def _same_pair(a: TypeKey, b: TypeKey) -> bool:
    """Same actors: in order, or either way when one of the types is symmetric."""
    if a[:2] == b[:2]:
        return True
    either_way = a[2] in SYMMETRIC_TYPES or b[2] in SYMMETRIC_TYPES
    return either_way and {a[0], a[1]} == {b[0], b[1]} and len({a[0], a[1]}) == 2


def _event_text(event: Event, text: str) -> str:
    trigger = text[event.trigger_start:event.trigger_end] if event.trigger_start is not None else "?"
    target = f"{event.target}({event.target_text})" if event.target else "∅"
    parts = [f"{event.rule} «{trigger}» {event.source}({event.source_text}) → {target} {event.plover}"]
    if event.modality not in ("asserted", "reported"):
        parts.append(event.modality)
    parts.append(f"conf {event.confidence:.2f}")
    return ", ".join(parts)


class _Context:
    """One document's sentences, actors, events, trace and gold facts, looked up by key and sentence."""

    def __init__(self, run: DocRun, shown: list[Event], min_confidence: float) -> None:
        self.run = run
        self.min_confidence = min_confidence
        self.text = run.extraction.document.text
        self.sentences = run.extraction.sentences
        self.shown = shown
        self.sentence_of_start = {s.start: s.index for s in self.sentences}
        self.entities = [{split_actor(m.code).entity for m in expand_references(ms)} for ms in run.extraction.actors]
        self.facts: dict[TypeKey, list[dict]] = defaultdict(list)
        self.gold_sentences: dict[int, list[TypeKey]] = defaultdict(list)
        for fact in run.record.get("facts") or []:
            key = make_key(fact.get("source"), fact.get("target"), fact["type"], bool(fact.get("negated")))[0]
            self.facts[key].append(fact)
            for index in self.evidence_sentences(fact.get("evidence") or ""):
                self.gold_sentences[index].append(key)

    # --- locating the evidence ---------------------------------------------------------------
    def evidence_sentences(self, evidence: str) -> list[int]:
        """The document sentences that hold the gold evidence: those it spans when it is found verbatim,
        else the one sharing most words with it."""
        evidence = evidence.strip()
        if not evidence or not self.sentences:
            return []
        at = self.text.find(evidence)
        if at >= 0:
            end = at + len(evidence)
            return [s.index for s in self.sentences if s.start < end and at < s.end]
        words = set(_WORD.findall(evidence.lower()))

        def overlap(index: int) -> float:
            other = set(_WORD.findall(self.sentences[index].text.lower()))
            return len(words & other) / len(words | other) if words | other else 0.0

        best = max(range(len(self.sentences)), key=overlap)
        return [best] if overlap(best) > 0 else []

    # --- missed keys -----------------------------------------------------------------------------
    def missed(self, item: KeyMiss) -> Why:
        facts = self.facts.get(item.key, [])
        whys = [self._missed_fact(item.key, fact) for fact in facts]
        if not whys:
            return Why("no_trigger", "no gold evidence to place it")
        return max(whys, key=lambda w: _STAGE[w.code])

    def _missed_fact(self, key: TypeKey, fact: dict) -> Why:
        indices = self.evidence_sentences(fact.get("evidence") or "")
        if not indices:
            return Why("no_trigger", "the gold evidence is not in the text")
        here = [e for e in self.run.extraction.events if self.sentence_of_start.get(e.evidence_start) in indices]
        shown_ids = {id(e) for e in self.shown}
        shown_here = [e for e in here if id(e) in shown_ids]
        exact = [e for e in here if id(e) not in shown_ids and _event_key(e) == key]
        if exact:
            return Why("filtered", f"found, not printed: {self._hidden_reason(exact[0])} ({exact[0].rule})")
        flipped = [e for e in shown_here if _event_key(e)[:3] == key[:3]]
        if flipped:
            return Why("negation", f"printed with negated={flipped[0].negated} ({flipped[0].rule})")
        other_type = [e for e in shown_here if _same_pair(_event_key(e), key) and e.plover != key[2]]
        if other_type:
            found = ", ".join(sorted({f"{e.plover} {e.cameo} ({e.rule})" for e in other_type}))
            return Why("wrong_type", f"printed as {found}")
        hidden_pair = [e for e in here if id(e) not in shown_ids and _same_pair(_event_key(e), key)]
        if hidden_pair:
            e = hidden_pair[0]
            return Why("filtered", f"found as {e.plover} {e.cameo}, not printed: {self._hidden_reason(e)} ({e.rule})")
        present = set().union(*(self.entities[i] for i in indices))
        decisions = [d for i in indices for d in (self.run.trace.in_sentence(i) if self.run.trace else [])]
        fired_type = any(d.plover == key[2] for d in decisions)
        for role, code in (("source", fact.get("source")), ("target", fact.get("target"))):
            entity = split_actor(code).entity
            if entity is not None and entity not in present:
                elsewhere = any(entity in ents for ents in self.entities)
                where = "named elsewhere in the article" if elsewhere else "not recognised anywhere in the article"
                found = ", ".join(sorted(e for e in present if e)) or "none"
                # Both losses at once: finding the actor alone would not give the fact (about 40 % of the actor
                # misses of the study sets), so the lexicon has its share of this one.
                trigger = "" if fired_type else f"; no {key[2]} rule fired there either"
                return Why(f"actor_{role}", f"{code} not among the sentence's actors [{found}]; {where}{trigger}")
        if not fired_type:
            fired = ", ".join(dict.fromkeys(f"{d.rule} {d.plover}" for d in decisions))
            return Why("no_trigger", f"no {key[2]} rule fired" + (f" (fired: {fired})" if fired else ""))
        let_go = [f"{d.rule}: {d.reason}" for d in decisions if d.reason and d.plover == key[2]]
        same_type = [e for e in here if e.plover == key[2]]
        came_out = [_event_text(e, self.text) for e in (same_type or ([] if let_go else here))]
        return Why("roles", "; ".join(dict.fromkeys(let_go + came_out)) or "triggers fired, no event")

    def _hidden_reason(self, event: Event) -> str:
        if not event.factual:
            return f"modality {event.modality}"
        return f"confidence {event.confidence:.2f} < {self.min_confidence:g}"

    # --- extra keys ------------------------------------------------------------------------------
    def extra(self, item: KeyMiss) -> Why:
        key = item.key
        events = [e for e in self.shown if _event_key(e) == key]
        detail = _event_text(events[0], self.text) if events else ""
        rule = events[0].rule if events else None
        sentences = {self.sentence_of_start.get(e.evidence_start) for e in events}
        cited = sorted({g for i in sentences for g in self.gold_sentences.get(i, [])}, key=str)
        if any(g[:3] == key[:3] for g in cited):
            return Why("negation", f"gold has it with negated={not key[3]}; {detail}", rule)
        other = sorted({g[2] for g in cited if _same_pair(g, key) and g[2] != key[2]})
        if other:
            return Why("wrong_type", f"gold has {', '.join(other)}; {detail}", rule)
        if any(g[2] == key[2] and (g[1], g[0]) == key[:2] for g in cited):
            return Why("direction", f"gold has it the other way round; {detail}", rule)
        if cited:
            facts = ", ".join(f"{g[0] or '∅'} → {g[1] or '∅'} {g[2]}" for g in cited[:3])
            return Why("other_pair", f"sentence has gold {facts}; {detail}", rule)
        elsewhere = sorted({g[2] for g in self.facts if _same_pair(g, key)})
        note = f" (gold has this pair as {', '.join(elsewhere)} in another sentence)" if elsewhere else ""
        return Why("no_gold", detail + note, rule)
