"""Tokenizer rules for news text: quotation marks glued to the words around them.

Copy-edited news puts a space between a mark and the word outside it, but feeds and pasted
text often do not: ``said,“Look``, ``paranoia,”Clinton``, ``(R-S.C.):"We``. spaCy's
English tokenizer keeps such runs as one token, so the cue and the speaker vanish from the
parse. An infix rule splits a mark that sits between punctuation and a word.

A plural title ("Sens. Ann Ray and Tom Bell") is split from its full stop by the English
rules, which keep only the singular ("Sen."): the full stop then ends a sentence before
the names. Special cases keep the plural abbreviations whole, with the singular's norm,
which the model knows: it then parses the title as the first name's, as it does "Sen.".

The same goes for the rarer dashes, the horizontal bar (U+2015) and the figure dash (U+2012),
which sign reader quotes (``“...” ―Ann Ray``): spaCy splits the em dash off a word but not
these, so the signer's name would start with a dash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex

from quotebase.extract.names import PLURAL_TITLES

if TYPE_CHECKING:
    from spacy.language import Language

# A curly mark after a word or punctuation and before a word ("said,“Look", "it.”Then"); a
# straight one only after a comma, colon or semicolon (inches stay whole: 5'10" tall). The
# punctuation before such a mark is a token of its own too: infix pieces are not split again.
GLUED_MARKS = (
    r"(?<=[\w.,:;!?)])[“”](?=\w)",
    r"(?<=[,:;])\"(?=\w)",
    r"(?<=[\w)])[,:;](?=[“”\"]\w)",
    r"(?<=[\w)])[.!?](?=[“”]\w)",
)

# Dashes spaCy's English rules leave glued to a word ("―Ann", "word‒word"), split as the em
# dash is.
RARE_DASHES = "[\u2012\u2015]"


def split_glued_marks(nlp: Language) -> None:
    """Give ``nlp``'s tokenizer the language's infixes plus the glued-mark ones (calling it
    again sets the same rules)."""
    if not isinstance(nlp.tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    infixes = list(nlp.Defaults.infixes or ())
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*infixes, *GLUED_MARKS, rf"(?<=\w){RARE_DASHES}(?=\w)"]
    ).finditer
    prefixes = list(nlp.Defaults.prefixes or ())
    nlp.tokenizer.prefix_search = compile_prefix_regex([*prefixes, RARE_DASHES]).search


def keep_plural_titles(nlp: Language) -> None:
    """Keep a plural title's full stop on it ("Sens."), as the language's rules keep
    "Sen."'s, and give it the singular's norm ("sen."); calling it again sets the same
    cases."""
    if not isinstance(nlp.tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for plural, singular in PLURAL_TITLES.items():
        title = f"{plural.capitalize()}."
        nlp.tokenizer.add_special_case(title, [{ORTH: title, NORM: f"{singular}."}])
