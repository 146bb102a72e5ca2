"""The quote scanner: one test per writing convention, then properties over any text."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotebase.extract.records import QuoteSpan
from quotebase.extract.scanner import DOUBLE_MARKS, SINGLE_MARKS, scan_quotes

MARK_GLYPHS = ("''", "``", *DOUBLE_MARKS, *SINGLE_MARKS)


def contents(text: str) -> list[str]:
    """The quoted contents the scanner finds, in order."""
    return [text[span.start : span.end] for span in scan_quotes(text)]


def shape(text: str) -> list[tuple[str, int, int | None, bool, int | None]]:
    """(content, depth, parent, closed, continues) of every span."""
    return [
        (text[s.start : s.end], s.depth, s.parent, s.closed, s.continues) for s in scan_quotes(text)
    ]


# --- marks and apostrophes -------------------------------------------------------------------

MARK_TABLE = [
    ("“We were just that close,” he said.", ["We were just that close,"]),
    ('"We were just that close," he said.', ["We were just that close,"]),
    ("He called it ‘pragmatic’ and left.", ["pragmatic"]),
    ("He called it 'pragmatic' and left.", ["pragmatic"]),
    ("(“Yes”) and —“no”— and /“maybe”/.", ["Yes", "no", "maybe"]),
    ("“A,” she said, “B.”", ["A,", "B."]),
    ("No marks at all.", []),
]


@pytest.mark.parametrize(("text", "expected"), MARK_TABLE)
def test_curly_and_straight_marks_delimit_content(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_offsets_exclude_marks_and_outer_offsets_include_them() -> None:
    text = "He said “imminent” plots."
    [span] = scan_quotes(text)
    assert text[span.start : span.end] == "imminent"
    assert text[span.outer_start : span.outer_end] == "“imminent”"
    assert span.closed


APOSTROPHE_TABLE = [
    ("Bush’s speech and Qassem’s way, they don’t know.", []),
    ("Bush's speech and Qassem's way, they don't know.", []),
    ("Back in the ’90s and '80s we met ’em.", []),
    ("The students’ loans and the voters' worries.", []),
    (
        "“Haji Qassem’s way too smart for that,” Crocker said.",
        ["Haji Qassem’s way too smart for that,"],
    ),
    ("“The Americans’ invitation is tactical.”", ["The Americans’ invitation is tactical."]),
    ("He said ‘the students’ loans are due’ today.", ["the students’ loans are due"]),
    ("He said ‘the Americans’ today.", ["the Americans"]),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHE_TABLE)
def test_apostrophes_are_not_marks(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_apostrophe_between_letters_is_never_a_mark() -> None:
    assert contents("‘It’s hers’s’ he said") == ["It’s hers’s"]


def test_plural_possessive_closes_a_single_quote_when_nothing_closes_later() -> None:
    assert contents("called them ‘the Americans’ then") == ["the Americans"]


def test_unclosed_single_mark_is_dropped_as_an_apostrophe() -> None:
    assert contents("Rock ‘till dawn, he said.") == []


def test_straight_double_mark_is_decided_by_its_neighbours() -> None:
    # space before and a word after opens; a word before and space or punctuation after closes
    assert contents('He said "yes", then "no."') == ["yes", "no."]


def test_ambiguous_straight_marks_alternate() -> None:
    assert contents('a"b"c"d"e') == ["b", "d"]


def test_stray_closing_mark_is_ignored() -> None:
    assert contents('He is 6\'2" tall and said "fine."') == ["fine."]


def test_curly_and_straight_marks_of_one_kind_pair() -> None:
    assert contents('She said “we will go" and left.') == ["we will go"]


def test_opening_glyph_used_as_closer_after_punctuation_closes() -> None:
    assert contents("“We stand.“[Source.]") == ["We stand."]


def test_doubled_apostrophes_are_a_double_mark() -> None:
    text = "''It's nonsense,'' Mr. Smith said."
    [span] = scan_quotes(text)
    assert text[span.start : span.end] == "It's nonsense,"
    assert text[span.outer_start : span.outer_end] == "''It's nonsense,''"


def test_triple_apostrophes_close_a_single_then_a_double_mark() -> None:
    assert shape("''He said, 'go.''' Then") == [
        ("He said, 'go.'", 0, None, True, None),
        ("go.", 1, 0, True, None),
    ]


def test_markup_attribute_values_are_not_quotes() -> None:
    assert contents('<tweet id="12345" author="x">“Hi,” she wrote.</tweet>') == ["Hi,"]


def test_brackets_inside_quotes_are_content() -> None:
    text = "“It was scary, but [Maliki] prevailed,” Crocker said."
    assert contents(text) == ["It was scary, but [Maliki] prevailed,"]


def test_empty_or_whitespace_only_quotes_are_not_emitted() -> None:
    assert contents("An empty “” quote and a blank “  ” one.") == []


# --- nesting ---------------------------------------------------------------------------------


def test_single_quotes_nest_inside_double_quotes() -> None:
    text = "Dobbins says “Zarif whispered, ‘This is the best deal.’ And he said, ‘OK.’”"
    assert shape(text) == [
        ("Zarif whispered, ‘This is the best deal.’ And he said, ‘OK.’", 0, None, True, None),
        ("This is the best deal.", 1, 0, True, None),
        ("OK.", 1, 0, True, None),
    ]


def test_double_quotes_nest_inside_single_quotes() -> None:
    assert shape("‘He called it “evil” twice’") == [
        ("He called it “evil” twice", 0, None, True, None),
        ("evil", 1, 0, True, None),
    ]


def test_double_quotes_nest_inside_double_quotes() -> None:
    assert shape("“Her “list” is long,” he said.") == [
        ("Her “list” is long,", 0, None, True, None),
        ("list", 1, 0, True, None),
    ]


def test_ten_deep_nesting_gives_a_chain_of_parents() -> None:
    opens, closes = "“‘" * 5, "’”" * 5
    spans = scan_quotes(f"{opens}deep{closes}")
    assert [s.depth for s in spans] == list(range(10))
    assert [s.parent for s in spans] == [None, *range(9)]
    assert all(s.closed for s in spans)


def test_single_mark_left_open_inside_a_closed_double_quote_is_dropped() -> None:
    assert shape("“Rock ‘n roll,” he said.") == [("Rock ‘n roll,", 0, None, True, None)]


# --- paragraphs ------------------------------------------------------------------------------


def test_multi_paragraph_quote_continues_without_closing_mark() -> None:
    text = (
        "“It was pretty scary,” Crocker said. “That rattled a lot of Iranians.\n\n"
        "“They came back and asked us to dinner.”"
    )
    assert shape(text) == [
        ("It was pretty scary,", 0, None, True, None),
        ("That rattled a lot of Iranians.", 0, None, False, None),
        ("They came back and asked us to dinner.", 0, None, True, 1),
    ]
    assert scan_quotes(text)[1].outer_end == text.index("\n")


def test_multi_paragraph_quote_over_three_paragraphs_with_single_newlines() -> None:
    text = '"One.\n"Two.\n"Three." he wrote.'
    assert shape(text) == [
        ("One.", 0, None, False, None),
        ("Two.", 0, None, False, 0),
        ("Three.", 0, None, True, 1),
    ]


def test_multi_paragraph_quote_in_single_marks() -> None:
    assert shape("‘One.\n\n‘Two.’") == [("One.", 0, None, False, None), ("Two.", 0, None, True, 0)]


def test_quote_runs_on_past_a_single_line_break_mid_sentence() -> None:
    text = "“We will not\ngive up,” she said."
    assert shape(text) == [("We will not\ngive up,", 0, None, True, None)]


def test_line_break_after_a_sentence_ends_the_paragraph() -> None:
    text = "“We will not give up.\nShe left.” Then"
    assert shape(text) == [("We will not give up.", 0, None, False, None)]


def test_unclosed_quote_ends_at_its_paragraph_end() -> None:
    text = "He said “we won \n\nNext paragraph."
    [span] = scan_quotes(text)
    assert (text[span.start : span.end], span.closed) == ("we won", False)
    assert span.outer_end == span.end


def test_unbalanced_mark_does_not_spoil_the_next_paragraph() -> None:
    text = 'He said "we won.\n\n"Fine," she said, "really."'
    assert contents(text) == ["we won.", "Fine,", "really."]
    assert scan_quotes(text)[1].continues == 0


def test_windows_line_endings_end_paragraphs() -> None:
    assert contents("“Open\r\n\r\nNext “x” here") == ["Open", "x"]


# --- properties over any text ----------------------------------------------------------------

QUOTE_HEAVY = st.lists(
    st.sampled_from(
        [*MARK_GLYPHS, "\n", "\n\n", " ", "a", "s", "Z", "9", ".", ",", "=", ">", "—", "(", "\r"]
    ),
    max_size=80,
).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), QUOTE_HEAVY)


def check_invariants(text: str, spans: list[QuoteSpan]) -> None:
    """Offsets valid, content visible, marks where they should be, nesting a tree."""
    for index, span in enumerate(spans):
        assert 0 <= span.outer_start < span.start <= span.end <= span.outer_end <= len(text)
        assert text[span.start : span.end].strip(), "empty or whitespace-only span"
        assert text[span.outer_start : span.start] in MARK_GLYPHS
        if span.closed:
            assert text[span.end : span.outer_end] in MARK_GLYPHS
        else:
            assert span.end == span.outer_end
        if index:
            assert spans[index - 1].outer_start < span.outer_start, "spans in text order"
        if span.parent is None:
            assert span.depth == 0
        else:
            parent = spans[span.parent]
            assert span.parent < index
            assert parent.start <= span.outer_start and span.outer_end <= parent.end
            assert span.depth == parent.depth + 1
        if span.continues is not None:
            previous = spans[span.continues]
            assert span.continues < index and not previous.closed
            assert previous.outer_end <= span.outer_start
            assert "\n" in text[previous.outer_end : span.outer_start]


def check_tree(spans: list[QuoteSpan]) -> None:
    """Two spans are disjoint or one lies inside the other, which is then its ancestor."""
    for i, outer in enumerate(spans):
        for j in range(i + 1, len(spans)):
            inner = spans[j]
            if inner.outer_start >= outer.outer_end:
                continue
            assert inner.outer_end <= outer.outer_end, "overlapping spans"
            ancestor = inner.parent
            while ancestor is not None and ancestor != i:
                ancestor = spans[ancestor].parent
            assert ancestor == i, "a span inside another must descend from it"


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_text_gives_valid_offsets_and_a_tree(text: str) -> None:
    spans = scan_quotes(text)
    check_invariants(text, spans)
    check_tree(spans)


def _outside_children(text: str, spans: list[QuoteSpan], index: int) -> str:
    """A span's content with its child spans (marks included) cut out."""
    span = spans[index]
    pieces, cursor = [], span.start
    for child in spans:
        if child.parent == index:
            pieces.append(text[cursor : child.outer_start])
            cursor = child.outer_end
    pieces.append(text[cursor : span.end])
    return "".join(pieces)


@settings(max_examples=400)
@given(st.text(alphabet='"“” a.\n', max_size=60))
def test_marks_are_balanced_within_each_closed_quote(text: str) -> None:
    # with double marks only, what is left of a closed quote once its nested quotes are cut
    # out holds its own kind of mark only as empty pairs (“” or " ", which are not emitted)
    spans = scan_quotes(text)
    for index, span in enumerate(spans):
        if span.closed:
            rest = re.sub(r"\s", "", _outside_children(text, spans, index))
            assert not re.search('["“”]', re.sub('["“”]{2}', "", rest)), rest


WORDS = st.sampled_from(["we", "go", "on", "the", "plan", "it", "now", "Iran", "yes"])


@st.composite
def quoted_text(draw: st.DrawFn, depth: int = 0) -> tuple[str, list[tuple[str, int]]]:
    """Well-formed prose with nested quotes; returns the text and the expected contents."""
    parts: list[str] = []
    expected: list[tuple[str, int]] = []
    for _ in range(draw(st.integers(1, 3))):
        if depth < 4 and draw(st.booleans()):
            inner, inner_expected = draw(quoted_text(depth + 1))
            opening, closing = ("“", "”") if depth % 2 == 0 else ("‘", "’")
            if draw(st.booleans()):
                opening, closing = ('"', '"') if depth % 2 == 0 else ("'", "'")
            expected.append((inner, depth))
            expected.extend((content, d) for content, d in inner_expected)
            parts.append(opening + inner + closing)
        else:
            parts.append(draw(WORDS))
    return " ".join(parts), expected


@settings(max_examples=300)
@given(quoted_text())
def test_well_formed_nested_quotes_are_found_exactly(
    case: tuple[str, list[tuple[str, int]]],
) -> None:
    text, expected = case
    spans = scan_quotes(text)
    assert [(text[s.start : s.end], s.depth) for s in spans] == expected
    assert all(s.closed for s in spans)


def _scan_seconds(text: str) -> float:
    """Median of three runs: a guard against quadratic growth, not a speed target."""
    times = []
    for _ in range(3):
        began = time.perf_counter()
        scan_quotes(text)
        times.append(time.perf_counter() - began)
    return sorted(times)[1]


def test_scan_time_grows_linearly() -> None:
    unit = (
        "“A ‘nested’ quote,” he said. Bush’s ’90s plan, the students’ loans.\n"
        '"Open and never closed.\n\n"Straight" marks and \'single\' ones.\n'
    )
    small, large = unit * 2_000, unit * 16_000
    _scan_seconds(small)  # warm up
    assert _scan_seconds(large) < 8 * 4 * max(_scan_seconds(small), 1e-3)


def test_deep_nesting_of_a_thousand_levels_does_not_recurse() -> None:
    spans = scan_quotes("“‘" * 500 + "x" + "’”" * 500)
    assert len(spans) == 1000 and spans[-1].depth == 999


def test_quotes_inside_markdown_block_lines_follow_the_same_conventions() -> None:
    assert shape("> “We will\n> go on,” she said.") == [("We will\n> go on,", 0, None, True, None)]
    assert shape("> “One.\n>\n> “Two.”") == [
        ("One.", 0, None, False, None),
        ("Two.", 0, None, True, 0),
    ]
