"""The ``quotebase_paragraph_breaks`` component: a paragraph break always ends a sentence.

News paragraphs are short and often end without a full stop (a headline, a photo credit, a
quote whose closing mark is missing, "Association.." typed twice). Left to itself the parser
runs on into the next paragraph and hangs its subject off the previous one's verb. Set before
the parser, these sentence starts are respected by it, so every parse stays inside its
paragraph, which is what the attribution rules assume.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotebase.extract.scanner import is_soft_break

FACTORY_NAME = "quotebase_paragraph_breaks"


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the tokens that open a paragraph: the first word after a line break.

    spaCy keeps every whitespace but a single space as a token of its own, so a line break
    is always inside a space token. A hard wrap inside a sentence (the next line going on in
    lower case) is not a paragraph break: the scanner's own test decides.
    """
    text = doc.text
    starts = []
    after_break = False
    for token in doc:
        if token.is_space:
            newline = token.text.rfind("\n")
            if newline >= 0 and not is_soft_break(text, token.idx + newline):
                after_break = True
        elif after_break:
            starts.append(token.i)
            after_break = False
    return starts


def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token of every paragraph as a sentence start (others stay unset)."""
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    return doc


@Language.factory(FACTORY_NAME, assigns=["token.is_sent_start"])
def make_paragraph_breaks(nlp: Language, name: str) -> object:
    """Build the component (a function of the ``Doc``); add it before the parser."""
    return mark_paragraph_breaks
