"""quotebase_paragraph_breaks: no sentence runs across a paragraph break."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quotebase.extract.paragraphs import mark_paragraph_breaks, paragraph_starts

VOCAB = spacy.blank("en").vocab  # lexical attributes (is_space) without a model


def _doc(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(VOCAB, words=words, spaces=spaces)


@pytest.mark.parametrize(
    ("words", "spaces", "expected"),
    [
        # a paragraph ending without a full stop, then a new one
        (["It", "ended", "\n", "Lee", "said", "so", "."], [1, 0, 0, 1, 1, 0, 0], [3]),
        # a blank line between paragraphs, and a doubled full stop before it
        (["The", "group", "..", "\n\n", "Shaw", "said"], [1, 0, 0, 0, 1, 0], [4]),
        # a hard wrap inside a sentence (the next line goes on in lower case): no break
        (["He", "went", "on", "\n", "to", "say", "it", "."], [1, 1, 0, 0, 1, 1, 0, 0], []),
        # spaces without a line break are not paragraph breaks
        (["One", "  ", "two", "."], [0, 0, 0, 0], []),
        # a line opening with a quotation mark starts a paragraph
        (["He", "said", "\n", "“", "No", ".", "”"], [1, 0, 0, 0, 0, 0, 0], [3]),
    ],
)
def test_paragraph_starts(words: list[str], spaces: list[int], expected: list[int]) -> None:
    assert paragraph_starts(_doc(words, [bool(s) for s in spaces])) == expected


def test_marks_only_paragraph_starts() -> None:
    doc = mark_paragraph_breaks(
        _doc(["A", "b", "\n", "C", "d", "e", "."], [True, False, False, True, True, False, False])
    )
    assert doc[3].is_sent_start is True
    # the rest is left for the parser to decide
    assert [doc[i].is_sent_start for i in (1, 4, 5)] == [None, None, None]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was a mess, said Ann Lee, of the Growers Association..\n"
        "Shaw said that the senator has “changed her mind” on the standard.",
        "Photo: Reuters\nThe mayor told reporters that the city would pay.",
        "“We will win,” she said\n“We always do,” her aide added.",
    ],
)
def test_no_parsed_sentence_spans_two_paragraphs(text: str) -> None:
    from quotebase.extract.pipeline import load_nlp

    doc = load_nlp()(text)
    first_line_end = text.index("\n")
    for sent in doc.sents:
        assert not (sent.start_char < first_line_end < sent.end_char - 1), sent.text
