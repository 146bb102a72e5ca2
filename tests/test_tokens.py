"""Tokenizer rules: quotation marks glued to the words around them."""

from __future__ import annotations

import pytest
import spacy

from quotebase.extract.tokens import split_glued_marks


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    split_glued_marks(nlp)
    return nlp


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Kim said,“Stop it.”", ["Kim", "said", ",", "“", "Stop", "it", ".", "”"]),
        ("“Too late,”Kim said.", ["“", "Too", "late", ",", "”", "Kim", "said", "."]),
        # (the default rules keep "D)" whole, as they keep "):" after a space)
        ('Sen. Ray (D):"No."', ["Sen.", "Ray", "(", "D)", ":", '"', "No", ".", '"']),
        ("It was over.”Then", ["It", "was", "over", ".", "”", "Then"]),
        # what the default rules already read stays as it was
        ("a 5'10\" guard", ["a", "5'10", '"', "guard"]),
        ("Kim said, “Stop.”", ["Kim", "said", ",", "“", "Stop", ".", "”"]),
        # the horizontal bar and the figure dash of reader signatures, as the em dash
        ("“Stop.” \u2015Kim Ray", ["“", "Stop", ".", "”", "\u2015", "Kim", "Ray"]),
        ("\u2012Kim Ray", ["\u2012", "Kim", "Ray"]),
        ("then\u2015now", ["then", "\u2015", "now"]),
        ("“Stop.” \u2014Kim Ray", ["“", "Stop", ".", "”", "\u2014", "Kim", "Ray"]),
    ],
)
def test_a_glued_mark_is_a_token_of_its_own(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


def test_adding_the_rules_twice_changes_nothing(nlp):
    split_glued_marks(nlp)
    assert [t.text for t in nlp("Kim said,“Stop.”")] == ["Kim", "said", ",", "“", "Stop", ".", "”"]
