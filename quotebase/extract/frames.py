"""The document context and the frames around a quote: :class:`DocContext` (per-document
lookups computed once: paragraphs, token offsets, the quote each token stands in, sentences),
the tokens before and after a quote at its own level up to the sentence end
(:func:`frame_before`, :func:`frame_after`), and the dependency-label and limit constants
that several rule families share."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from quotebase.extract.records import QuoteSpan

SENTENCE_END = frozenset({".", "!", "?", "…"})
DASHES = frozenset({"-", "—", "―", "–", "--"})
# Clauses that modify a noun: the noun is the subject ("a statement saying", "Trump, adding").
NOUN_MODIFIER_DEPS = frozenset({"acl", "relcl"})
# The reported clause of a cue verb: its subject relays what the inner cue's subject said.
REPORTED_CLAUSE_DEPS = frozenset({"ccomp"})
FRAME_LIMIT = 40  # tokens scanned on either side of a quote
SHORT_QUOTE_WORDS = 3  # words of a quoted nickname or label a tag may hold
OUTER_CUE_DEPTH = 6  # heads climbed from a cue to the cue that reports it
# Children of a cue verb that are its own reported content: it is a new report, not a tag.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
# Cue verbs whose object is the person spoken to: told reporters, asked the crowd.
LISTENER_CUES = frozenset(
    {"tell", "ask", "assure", "inform", "remind", "warn", "thank", "urge", "beg", "implore"}
)
LISTENER_DEPS = frozenset({"dobj", "dative"})


@dataclass
class DocContext:
    """Per-document lookups shared by the rules (computed once per document).

    ``Doc.text`` and ``Token.sent`` walk the whole document on every access, so the text
    and the sentence of each token are computed here once and read from the context.
    """

    doc: Doc
    spans: list[QuoteSpan]
    para_starts: list[int]
    token_starts: list[int]
    owner: list[int]  # innermost quote index whose outer range holds each token, or -1
    extra_frames: dict[int, int] = field(default_factory=dict)
    text: str = ""  # doc.text
    sent_of: list[int] = field(default_factory=list)  # sentence index of each token
    # the frames walked so far, by quote and direction: several rules read a quote's frames
    frames: dict[tuple[int, int], list[Token]] = field(default_factory=dict)
    fragment_heads: dict[int, Token | None] = field(default_factory=dict)  # by quote

    def same_sentence(self, a: Token, b: Token) -> bool:
        """True when two tokens stand in one sentence (one sentence when unparsed)."""
        return not self.sent_of or self.sent_of[a.i] == self.sent_of[b.i]

    def paragraph(self, char: int) -> int:
        """Index of the paragraph holding a character offset."""
        return bisect.bisect_right(self.para_starts, char) - 1

    def token_at(self, char: int) -> int:
        """Index of the token starting at or before a character offset."""
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def level(self, qi: int) -> int:
        """The owner value of the text a quote stands in (its parent quote, or -1)."""
        parent = self.spans[qi].parent
        return -1 if parent is None else parent

    def at_level(self, level: int) -> Callable[[Token], bool]:
        """Which tokens stand in the text at ``level`` (a rule's ``allowed``: not the words
        inside the quote itself or inside another quote)."""
        return lambda token: self.owner[token.i] == level


def build_context(doc: Doc, spans: list[QuoteSpan], text: str | None = None) -> DocContext:
    """Index a parsed document and its quote spans for the rules.

    Args:
        doc: The parsed document.
        spans: Its quote spans, in text order.
        text: ``doc.text`` when the caller already has it.

    Returns:
        The context the rules read.
    """
    text = doc.text if text is None else text
    para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    token_starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
    owner = [-1] * len(doc)
    # spans are in text order, parents before children: later (inner) spans overwrite
    for qi, span in enumerate(spans):
        first = bisect.bisect_left(token_starts, span.outer_start)
        last = bisect.bisect_left(token_starts, span.outer_end)
        for i in range(first, last):
            owner[i] = qi
    sent_of: list[int] = []
    if doc.has_annotation("SENT_START"):
        sent_of = [0] * len(doc)
        for k, sent in enumerate(doc.sents):
            sent_of[sent.start : sent.end] = [k] * (sent.end - sent.start)
    return DocContext(doc, spans, para_starts, token_starts, owner, text=text, sent_of=sent_of)


def frame_after(ctx: DocContext, qi: int) -> list[Token]:
    """Tokens after a quote's closing mark, to the end of its sentence, at the quote's level."""
    if (qi, 1) not in ctx.frames:
        ctx.frames[qi, 1] = _frame_after(ctx, qi)
    return list(ctx.frames[qi, 1])  # a copy: the caller may change its list


def frame_before(ctx: DocContext, qi: int) -> list[Token]:
    """Tokens before a quote's opening mark, back to its sentence start, at the same level."""
    if (qi, -1) not in ctx.frames:
        ctx.frames[qi, -1] = _frame_before(ctx, qi)
    return list(ctx.frames[qi, -1])  # a copy: the caller may change its list


def _frame_after(ctx: DocContext, qi: int) -> list[Token]:
    span = ctx.spans[qi]
    level = ctx.level(qi)
    para = ctx.paragraph(max(span.outer_end - 1, span.outer_start))
    i = ctx.token_at(span.outer_end)
    if i < len(ctx.doc) and ctx.doc[i].idx < span.outer_end:
        i += 1
    return _walk_frame(ctx, i, 1, para, level, skip_short=True)


def _frame_before(ctx: DocContext, qi: int) -> list[Token]:
    span = ctx.spans[qi]
    level = ctx.level(qi)
    para = ctx.paragraph(span.outer_start)
    i = bisect.bisect_left(ctx.token_starts, span.outer_start) - 1
    return _walk_frame(ctx, i, -1, para, level)[::-1]


def _walk_frame(
    ctx: DocContext, i: int, step: int, para: int, level: int, skip_short: bool = False
) -> list[Token]:
    """Tokens from ``i`` in direction ``step`` up to a sentence end, a paragraph break, a
    change of quote level, or FRAME_LIMIT tokens (spaces skipped), in walking order.

    With ``skip_short``, a short quote at the same level is walked through, marks and all:
    a nickname or a label inside the tag (``Del. Ann "Annie" Ray, said``)."""
    out: list[Token] = []
    while 0 <= i < len(ctx.doc) and len(out) < FRAME_LIMIT:
        token = ctx.doc[i]
        if ctx.paragraph(token.idx) != para:
            break
        owner = ctx.owner[i]
        if owner != level:
            if not (skip_short and owner >= 0 and out and ctx.level(owner) == level):
                break
            span = ctx.spans[owner]
            if len(ctx.text[span.start : span.end].split()) > SHORT_QUOTE_WORDS:
                break
        if token.text in SENTENCE_END:
            break
        if not token.is_space:
            out.append(token)
        i += step
    return out
