"""The whole extractor on arbitrary and adversarial text: it never fails, and what it returns
is well formed (offsets point at the text, chains end at the document's voice, nesting is a
tree)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotebase.extract.records import DocumentMeta, HopRole

pytestmark = pytest.mark.model

META = DocumentMeta(outlet="The Daily Example", author="Sam Writer")
MARKS = "“”‘’\"'«»"
WORDS = [
    "he said",
    "she told me",
    "according to",
    "Jane Doe",
    "Mr. Roe",
    ":",
    ",",
    ".",
    "\n",
    "\n\n",
    "> ",
    "wrote",
    "I",
    "they",
    "the official",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
]

adversarial = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(alphabet=MARKS + " \n.,:abcXYZ", max_size=6)),
    max_size=80,
).map(" ".join)


def check(text: str) -> None:
    from quotebase.extract.pipeline import extract

    quotes = extract(text, META).quotes
    for i, quote in enumerate(quotes):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        if quote.chain:
            assert len(quote.chain) <= 2 * len(quotes) + 3
            assert quote.chain[-1].role is HopRole.DOCUMENT
            assert quote.chain[-1].name == "Sam Writer"
        if quote.parent is not None:
            parent = quotes[quote.parent]
            assert quote.parent != i
            assert parent.start <= quote.start and quote.end <= parent.end
        if quote.part_of is not None:
            assert quote.part_of < i
    # Following parents from any quote ends: nesting is a tree.
    for quote in quotes:
        seen, node = set(), quote
        while node.parent is not None:
            assert node.parent not in seen
            seen.add(node.parent)
            node = quotes[node.parent]


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.text(max_size=300))
def test_any_text_extracts_well_formed(text: str) -> None:
    check(text)


@FUZZ
@given(adversarial)
def test_adversarial_news_like_text_extracts_well_formed(text: str) -> None:
    check(text)
