"""Signatures: a dash and a name that sign a quote after its closing mark
(``“...” — Michelle Marks, Philadelphia.``), or a signature line opening the paragraph after a
quote that stands as a paragraph of its own (fact-check and reader-quote lists), or a name
line that closes a pull quote inside its marks."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from quotebase.extract.cue_match import CueMatch
from quotebase.extract.frames import DASHES, DocContext
from quotebase.extract.mentions import is_person_like


def cue_by_dash(frame: list[Token]) -> CueMatch | None:
    """``“...” — Michelle Marks, Philadelphia.``: a dash and a name sign the quote."""
    if not frame or frame[0].text not in DASHES:
        return None
    nouns = [t for t in frame[1:5] if t.pos_ in ("PROPN", "NOUN")]
    # "“...” — a nurse in Akron": the signer is the person the signature describes, in
    # words with no verb to the sentence end ("— the crowd cheered" is no signature)
    described = bool(nouns) and nouns[0].pos_ == "NOUN" and is_person_like(nouns[0])
    if described and not any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in frame[1:]):
        end = frame[0].idx + len(frame[0])
        return CueMatch(frame[0].text, frame[0].idx, end, nouns[0], (), "dash")
    names = [t for t in frame[1:5] if t.pos_ == "PROPN"]
    if not names:
        return None
    head = names[0]
    while head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ == "PROPN":
        head = head.doc[head.i + 1]
    # "“...” -- that Bell is a liberal -- “is wrong”": a clause set off by dashes, no signature
    signature = frame[1 : frame.index(head) + 2]
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in signature):
        return None
    return CueMatch(frame[0].text, frame[0].idx, frame[0].idx + len(frame[0]), head, (), "dash")


SIGNATURE = re.compile(r"[ \t\u00a0]*(\n\s*)?([-—―–]+)[ \t\u00a0]*")
SIGNATURE_LINE = 80  # characters a signature line after a quote paragraph may take


def cue_by_signature(ctx: DocContext, qi: int) -> CueMatch | None:
    """``“...”― Pamela Padilla`` / a quote paragraph, then ``- Bernie Sanders.``: a signature.

    The dash may stick to the closing mark (one token for the parser), or open the next
    paragraph when the quote is a paragraph of its own (fact-check and reader-quote lists).
    """
    span = ctx.spans[qi]
    text = ctx.text
    found = SIGNATURE.match(text, span.outer_end)
    if found is None:
        return None
    if found.group(1):
        line_end = text.find("\n", found.end())
        line = text[found.end() : line_end if line_end >= 0 else len(text)]
        own_paragraph = not text[
            ctx.para_starts[ctx.paragraph(span.outer_start)] : span.outer_start
        ].strip()
        if not own_paragraph or len(line) > SIGNATURE_LINE:
            return None
    i = bisect.bisect_left(ctx.token_starts, found.end())
    if i >= len(ctx.doc):
        return None
    head = ctx.doc[i]
    if head.pos_ != "PROPN" or ctx.owner[i] != ctx.level(qi):
        return None
    while head.i + 1 < len(ctx.doc) and ctx.doc[head.i + 1].pos_ == "PROPN":
        head = ctx.doc[head.i + 1]
    return CueMatch(found.group(2), found.start(2), found.end(2), head, (), "signature")


# a name line closing a pull quote inside its marks: ``\nJane Roe, Some Institute."``
SIGNED_LINE = re.compile(
    rf"\n[ \t\u00a0]*([^\n\"“”]{{2,{SIGNATURE_LINE}}}?)[.]?[ \t\u00a0]*([\"”])[ \t\u00a0]*(?=\n|$)"
)


def cue_by_signed_line(ctx: DocContext, qi: int) -> CueMatch | None:
    """``"Words of the quote.`` then a line ``Jane Roe, Some Institute."``: a pull quote
    whose last line, still inside its marks, signs it.

    The quote stands as a paragraph of its own and is left open at its line's end (the
    closing mark ends the signature line); the signature is a name or a title with an
    affiliation, and no verb.
    """
    span = ctx.spans[qi]
    text = ctx.text
    if (
        span.closed
        or text[ctx.para_starts[ctx.paragraph(span.outer_start)] : span.outer_start].strip()
    ):
        return None
    found = SIGNED_LINE.match(text, span.outer_end)
    if found is None:
        return None
    first = bisect.bisect_left(ctx.token_starts, found.start(1))
    last = bisect.bisect_left(ctx.token_starts, found.end(1))
    line = ctx.doc[first:last]
    if not len(line) or any(t.pos_ in ("VERB", "AUX") for t in line):
        return None
    if any(ctx.owner[t.i] != ctx.level(qi) for t in line):
        return None
    heads = [t for t in line if not (first <= t.head.i < last) or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN"):
        return None
    head = heads[0]
    if line[0].pos_ != "PROPN" and not line[0].text[:1].isupper():
        return None
    return CueMatch(found.group(2), found.start(2), found.end(2), head, (), "signed-line")
