"""Offices that several German-speaking states share: "der Bundesrat" is Germany's second chamber, Switzerland's
government and Austria's second chamber; "der Bundeskanzler" heads Germany's or Austria's government. The role
dictionary gives each the German reading; the article says whose it is (references.yaml `home_offices`). English has
one such office with no default state: "the Department of Foreign Affairs" is the Philippines', Ireland's or
Australia's ministry, whichever of them the article names most, not the foreign ministry of the state named last."""

from __future__ import annotations

from collections import Counter

from realpolitik.actors.reference.data import reference_data
from realpolitik.mentions import last_entry_role
from realpolitik.model import ActorMention

_DEFAULT = "DEU"  # the state the role dictionary gives these offices


def home_offices(result: list[list[ActorMention]], lang: str, kind: str = "agent") -> None:
    """Re-code, in place, each shared office to the state it belongs to: the state its own phrase names ("der
    Schweizer Bundesrat", "der Bundesrat in Bern"), else, for the bare office, the one of its other states the
    article names more often than Germany ("Die Schweiz ... Der Bundesrat beschloss"). `kind`: the offices named by
    a role word ("agent"), or, once references are resolved, those a role word alone was read as ("reference")."""
    data = reference_data().languages.get(lang)
    table = data.home_offices if data is not None else {}
    if not table:
        return
    offices = [(m, states) for ms in result for m in ms
               if m.kind == kind and (states := table.get(_office(m))) is not None]
    if not offices:
        return
    counts = Counter(m.country for ms in result for m in ms if m.country and table.get(_office(m)) is None)
    for m, states in offices:
        home = max(sorted(states), key=counts.__getitem__)
        if m.country in states:
            state = m.country
        elif m.kind == "reference":  # "the Department of Foreign Affairs" alone, read as the last-named state's
            state = home if counts[home] else None
        else:
            state = home if m.country == _DEFAULT and counts[home] > counts[_DEFAULT] else None
        if state is None:
            continue
        if m.country != state:
            m.note = f"an office {state} has too, in an article that names {state} more often than {_DEFAULT}"
        m.code, m.country, m.agent = state + states[state], state, states[state]


def _office(m: ActorMention) -> str:
    """The role word a mention's entry ends in ("roles:de:bundesrat" → "bundesrat"), or "" for none."""
    return last_entry_role(m) if m.kind in ("agent", "reference") else ""
