"""Tokenizer rules: quotation marks glued to the words around them."""

from __future__ import annotations

import pytest
import spacy

from quotebase.extract.tokens import keep_plural_titles, split_glued_marks


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


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # a plural title keeps its full stop, as "Sen." does: no sentence ends after it
        ("Sens. Ann Ray and Tom Bell", ["Sens.", "Ann", "Ray", "and", "Tom", "Bell"]),
        ("said Reps. Ann Ray", ["said", "Reps.", "Ann", "Ray"]),
        ("Govs. Ray and Bell", ["Govs.", "Ray", "and", "Bell"]),
        ("Drs. Ray and Bell", ["Drs.", "Ray", "and", "Bell"]),
        # a sentence's full stop after another word stays a token of its own
        ("They were the Rays.", ["They", "were", "the", "Rays", "."]),
    ],
)
def test_a_plural_title_keeps_its_full_stop(text, tokens):
    nlp = spacy.blank("en")
    keep_plural_titles(nlp)
    assert [t.text for t in nlp(text)] == tokens


def test_a_plural_title_reads_as_its_singular():
    # the model knows "Sen." before a name: the plural is given the singular's norm
    nlp = spacy.blank("en")
    keep_plural_titles(nlp)
    assert [t.norm_ for t in nlp("Sens. Govs. Drs.")] == ["sen.", "gov.", "dr."]
