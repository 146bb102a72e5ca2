"""Tokenizer rules for news text: quotation marks glued to the words around them.

Copy-edited news puts a space between a mark and the word outside it, but feeds and pasted
text often do not: ``said,“Look``, ``paranoia,”Clinton``, ``(R-S.C.):"We``. spaCy's
English tokenizer keeps such runs as one token, so the cue and the speaker vanish from the
parse. An infix rule splits a mark that sits between punctuation and a word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

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


def split_glued_marks(nlp: Language) -> None:
    """Give ``nlp``'s tokenizer the language's infixes plus the glued-mark ones (calling it
    again sets the same rules)."""
    if not isinstance(nlp.tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    infixes = list(nlp.Defaults.infixes or ())
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, *GLUED_MARKS]).finditer
