"""The scorer on a tiny synthetic gold file with known figures (no model needed)."""

from __future__ import annotations

import json

import pytest

from quotebase.evaluate import EvalReport, same_speaker_name, score_document
from quotebase.extract.records import Hop, HopRole, Mention, Quote, QuoteKind

TEXT = 'Ann Lee said, "We will win the vote." Bob Roe called it "a mess." A "so-called" plan. "Hi."'


def _span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def _gold(fragment: str, speaker: str | None, kind: str = "direct") -> dict:
    start, end = _span(fragment)
    spans = [list(_span(speaker))] if speaker else []
    return {
        "start": start,
        "end": end,
        "outer_start": start - 1,
        "outer_end": end + 1,
        "text": fragment,
        "speaker": speaker,
        "speaker_spans": spans,
        "speaker_is_pronoun": False,
        "speaker_coref_auto": speaker,
        "cue": "said",
        "kind": kind,
        "closed": True,
        "inner_quotes": [],
    }


RECORD = {
    "id": "synthetic/1",
    "text": TEXT,
    "quotes": [_gold("We will win the vote.", "Ann Lee"), _gold("a mess.", "Bob Roe", "mixed")],
    "other_quoted_spans": [dict(zip(("start", "end"), _span("so-called"), strict=True))],
}


def _quote(fragment: str, speaker: str | None, kind: QuoteKind = QuoteKind.DIRECT) -> Quote:
    start, end = _span(fragment)
    hop = None
    if speaker:
        s, e = _span(speaker)
        hop = Hop(speaker, HopRole.SPEAKER, mention=Mention(speaker, s, e))
    return Quote(start, end, fragment, kind, speaker=hop)


def test_scores_match_hand_counts():
    predictions = (
        _quote("We will win the vote.", "Ann Lee"),  # right, speaker right
        _quote("a mess.", "Ann Lee", QuoteKind.MIXED),  # right, speaker wrong
        _quote("so-called", None, QuoteKind.MIXED),  # only in other_quoted_spans: neutral
        _quote("Hi.", None),  # false alarm
        _quote("vote", None, QuoteKind.TITLE),  # not a speech kind: not a prediction
    )
    report, errors = EvalReport(), []
    score_document(RECORD, predictions, report, errors)
    assert report.predicted == 4 and report.predicted_neutral == 1
    assert report.precision == 2 / 3
    assert report.recall == 1.0
    assert abs(report.f1 - 0.8) < 1e-9
    figures = report.as_dict()
    assert figures["speaker_mention_accuracy"] == 0.5
    assert figures["quote_speaker_precision"] == 1 / 3
    assert figures["quote_speaker_recall"] == 0.5
    assert {e["error"] for e in errors} == {"speaker", "false-alarm"}
    json.dumps(figures)  # machine output is plain JSON
    assert "quote F1" in report.format_table()


def test_false_alarms_in_marks_the_gold_never_reads_are_counted_apart() -> None:
    text = "A headline: ‘We won.’\nShe said, \u201cNo.\u201d He added, ''Maybe.''"
    record = {"id": "synthetic/2", "text": text, "quotes": [], "other_quoted_spans": []}

    def quote(fragment: str) -> Quote:
        start = text.index(fragment)
        return Quote(start, start + len(fragment), fragment, QuoteKind.DIRECT)

    report: EvalReport = EvalReport()
    score_document(record, (quote("We won."), quote("No."), quote("Maybe.")), report, [])
    assert report.false_alarms == 3
    assert report.false_alarms_unread_marks == 2  # the single marks and the two apostrophes
    assert report.as_dict()["false_alarms_in_marks_gold_never_reads"] == 2


def test_a_wrong_speaker_whose_relay_is_the_gold_speaker_is_counted() -> None:
    # "X said, according to Y": the gold credits Y; quotebase credits X through Y
    text = 'Ann Lee said "We will win," according to Bob Roe.'
    start = text.index("We will win")
    end = start + len("We will win")

    def hop(name: str, role: HopRole) -> Hop:
        at = text.index(name)
        return Hop(name, role, mention=Mention(name, at, at + len(name)))

    gold = {**_gold("We will win the vote.", "Ann Lee"), "start": start, "end": end}
    gold.update(text="We will win", speaker="Bob Roe", speaker_coref_auto="Bob Roe")
    gold["speaker_spans"] = [[text.index("Bob Roe"), text.index("Bob Roe") + 7]]
    record = {"id": "synthetic/3", "text": text, "quotes": [gold], "other_quoted_spans": []}
    speaker, relay = hop("Ann Lee", HopRole.SPEAKER), hop("Bob Roe", HopRole.RELAY)
    quote = Quote(
        start, end, "We will win", QuoteKind.DIRECT, speaker=speaker, chain=(speaker, relay)
    )
    report, errors = EvalReport(), []
    score_document(record, (quote,), report, errors)
    assert report.as_dict()["speaker_mention_accuracy"] == 0.0
    assert report.as_dict()["speaker_wrong_but_gold_speaker_is_relay"] == 1
    assert errors[0]["relay_ok"] is True
    assert "gold speaker is our relay" in report.format_table()


def test_named_reference_figure_leaves_out_descriptions_written_as_speakers() -> None:
    text = 'The mayor said, "We are ready." Ann Lee said, "So are we."'

    def gold(fragment: str, speaker: str) -> dict:
        start = text.index(fragment)
        s = text.index(speaker)
        return _gold_at(start, fragment, speaker, [s, s + len(speaker)])

    def quote(fragment: str, name: str, written: str) -> Quote:
        start, s = text.index(fragment), text.index(written)
        hop = Hop(name, HopRole.SPEAKER, mention=Mention(written, s, s + len(written)))
        return Quote(start, start + len(fragment), fragment, QuoteKind.DIRECT, speaker=hop)

    record = {
        "id": "synthetic/3",
        "text": text,
        "quotes": [gold("We are ready.", "The mayor"), gold("So are we.", "Ann Lee")],
        "other_quoted_spans": [],
    }
    # the mayor given as the person the article names elsewhere: the reference is the
    # description itself, which names no one, so only the name figure counts it
    predictions = (
        quote("We are ready.", "Tom Bell", "The mayor"),
        quote("So are we.", "Ann Lee", "Ann Lee"),
    )
    report: EvalReport = EvalReport()
    score_document(record, predictions, report, [])
    figures = report.as_dict()
    assert figures["speaker_mention_accuracy"] == 1.0
    assert figures["speaker_name_accuracy"] == 0.5
    assert figures["speaker_name_accuracy_named_references"] == 1.0
    assert figures["name_references_left_out"] == 1


def _gold_at(start: int, fragment: str, speaker: str, span: list[int]) -> dict:
    return {
        **_gold("We will win the vote.", None),
        "start": start,
        "end": start + len(fragment),
        "outer_start": start - 1,
        "outer_end": start + len(fragment) + 1,
        "text": fragment,
        "speaker": speaker,
        "speaker_spans": [span],
        "speaker_coref_auto": speaker,
    }


def test_half_coverage_rule_for_misses():
    short = (_quote("We will", "Ann Lee"),)  # covers less than half of the gold quote
    report, errors = EvalReport(), []
    score_document(RECORD, short, report, errors)
    assert report.recall == 0.0
    assert any(e["error"] == "miss" for e in errors)


def test_name_level_match_by_surname():
    assert same_speaker_name("Hillary Clinton", "Clinton")
    assert same_speaker_name("Clinton", "Mrs. Clinton")
    assert not same_speaker_name("Donald Trump", "Clinton")


@pytest.mark.parametrize(
    ("predicted", "reference", "same"),
    [
        # a name the writer put in brackets or followed with a comma is the name itself
        ("Tom Bell", "that man (Bell)", True),
        ("Tom Bell", "[Bell]", True),
        ("Ann Ray", "her rival, Ray,", True),
        ("Tom Bell", "that man (Ray)", False),
        ("Tom Bell", "(the aide)", False),
    ],
)
def test_name_level_match_reads_a_name_through_brackets_and_commas(
    predicted: str, reference: str, same: bool
) -> None:
    assert same_speaker_name(predicted, reference) is same


def test_gold_read_marks_leaves_out_only_articles_quoting_with_two_apostrophes() -> None:
    from quotebase.evaluate import gold_read_marks

    plain = {"text": "He said “yes.”", "quotes": []}
    apostrophes = {"text": "He said ''yes.''", "quotes": []}
    read = {"text": "He said ''yes.''", "quotes": [{"outer_start": 8}]}
    assert gold_read_marks(plain)
    assert not gold_read_marks(apostrophes)
    assert gold_read_marks(read)


@pytest.mark.parametrize(
    ("reference", "names"),
    [
        ("Donald Trump's", True),
        ("The Washington Post", True),
        ("she", False),
        ("the Vermont senator", False),
        ("40", False),
        ("", False),
    ],
)
def test_reference_names_someone(reference, names):
    from quotebase.evaluate import reference_names_someone

    assert reference_names_someone(reference) is names
