"""The date figure of `realpolitik eval`: gold facts of matched keys against their events' dates, counts known."""

from __future__ import annotations

from realpolitik.evaluate import score
from realpolitik.evaluate.dates import Dated, pair_dates, predicted_day


def fact(source, target, type_, day, evidence="s"):
    return {"source": source, "target": target, "type": type_, "cameo": "010", "negated": False,
            "date": day, "evidence": evidence}


def event(source, target, plover, day, precision="day"):
    return {"doc_id": "d1", "source": source, "target": target, "plover": plover, "cameo": "010",
            "negated": False, "evidence": "s", "event_date": day, "date_precision": precision}


def doc(facts):
    return {"id": "d1", "lang": "de", "published": "2025-05-09", "text": "t", "facts": facts}


def outcomes(report) -> tuple[int, int, int, int, int]:
    c = report.dates
    return c.same, c.other, c.missing, c.added, c.both_null


def test_each_outcome_is_counted_once_over_true_positives_only():
    gold = [doc([fact("DEU", "FRA", "CONSULT", "2025-05-05"), fact("RUS", "UKR", "ASSAULT", "2025-05-06"),
                 fact("USA", "CHN", "ACCUSE", "2025-05-07"), fact("ISR", "IRN", "THREATEN", None),
                 fact("ESP", "MAR", "AID", None), fact("POL", "BLR", "PROTEST", "2025-05-01")])]
    predicted = [event("FRA", "DEU", "CONSULT", "2025-05-05"), event("RUS", "UKR", "ASSAULT", "2025-05-02"),
                 event("USA", "CHN", "ACCUSE", None, "published"), event("ISR", "IRN", "THREATEN", "2025-05-09"),
                 event("ESP", "MAR", "AID", None, "published"), event("TUR", "GRC", "ACCUSE", "2025-05-09")]
    report = score(gold, predicted)
    assert outcomes(report) == (1, 1, 1, 1, 1)  # POL→BLR missed and TUR→GRC extra: no date counted
    assert report.dates.gold_dated == 3 and round(report.dates.agreement, 3) == 0.333
    assert report.dates.given == 3 and round(report.dates.given_right, 3) == 0.333  # same, other, added
    assert (report.overall["type"].tp, report.overall["type"].fp, report.overall["type"].fn) == (5, 1, 1)
    assert report.dates_by_language["de"].same == 1
    assert [d.pair.outcome for d in report.misses[0].dates_differ] == ["other", "missing", "added"]


def test_a_key_of_several_facts_pairs_nearest_dates_each_event_once():
    gold = [doc([fact("DEU", "UKR", "AID", "2025-05-08", "a"), fact("DEU", "UKR", "AID", "2025-05-01", "b"),
                 fact("DEU", "UKR", "AID", None, "c")])]
    predicted = [event("DEU", "UKR", "AID", "2025-05-02"), event("DEU", "UKR", "AID", "2025-05-08")]
    report = score(gold, predicted)
    assert outcomes(report) == (1, 1, 0, 0, 1)  # the third fact finds no event left: both undated


def test_pairing_prefers_two_undated_over_a_dated_and_an_undated():
    pairs = pair_dates([Dated("2025-05-03"), Dated(None)], [Dated(None), Dated("2025-05-05")])
    assert [p.outcome for p in pairs] == ["other", "both_null"]


def test_month_range_and_publication_fallback_are_no_day():
    assert predicted_day({"event_date": "2025-05-01", "date_precision": "month"}).day is None
    assert predicted_day({"event_date": "2025-05-05", "date_precision": "range"}).day is None
    assert predicted_day({"date": "2025-05-09", "event_date": None, "date_precision": "published"}).day is None
    assert predicted_day({"date": "2025-05-09"}).day == "2025-05-09"  # another extractor's plain date


def test_facts_without_a_date_field_are_not_counted():
    gold = [doc([{"source": "DEU", "target": "FRA", "type": "CONSULT", "cameo": "040", "negated": False}])]
    report = score(gold, [event("DEU", "FRA", "CONSULT", "2025-05-05")])
    assert outcomes(report) == (0, 0, 0, 0, 0) and report.dates.agreement == 0.0


def test_json_and_text_carry_the_figure():
    report = score([doc([fact("DEU", "FRA", "CONSULT", "2025-05-05")])], [event("DEU", "FRA", "CONSULT",
                                                                               "2025-05-04")])
    data = report.to_dict()
    assert data["dates"]["overall"]["other"] == 1 and data["dates"]["by_language"]["de"]["gold_dated"] == 1
    assert data["misses"][0]["dates_differ"][0]["predicted"] == "2025-05-04"
    text = report.render_text(misses=True)
    assert "Event dates" in text and "gold 2025-05-05, found 2025-05-04 (other)" in text
