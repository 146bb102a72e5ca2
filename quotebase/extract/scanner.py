"""Find every stretch of text in quotation marks, without a parser.

The scanner walks the quotation marks of a text once (linear time) and keeps a stack of the
quotes open at that point. It knows the conventions of news writing:

- curly and straight marks, and ``''`` for a double mark, with straight marks decided by the
  characters around them;
- apostrophes that look like single marks (``don’t``, ``Bush’s``, ``’90s``, ``students’``);
- single marks nested in double ones and double in single (or in double), to any depth;
- the multi-paragraph convention (a quote left open at a paragraph's end, reopened by a mark
  at the start of the next paragraph);
- hard-wrapped text, where a quote runs on past a single line break mid-sentence.

State is reset at every paragraph boundary, so a stray mark spoils one paragraph at most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from quotebase.extract.records import QuoteSpan

DOUBLE_MARKS = frozenset('"“”„«»')
SINGLE_MARKS = frozenset("'‘’")
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS
# Two apostrophes or two backticks written for one double mark (typewriter and archive style).
DOUBLE_PAIRS = frozenset({"''", "``"})
# Glyphs whose shape says which way they face; used only where the context is ambiguous.
OPENING_GLYPHS = frozenset({"“", "„", "«", "‘", "``"})
CLOSING_GLYPHS = frozenset({"”", "»", "’"})
# Characters that may stand right before an opening mark: (“word, —“word, /“word.
OPENING_CONTEXT = frozenset("([{<—–-/") | ALL_MARKS
# Characters that may stand right after a closing mark: word”, word”. word”) word”—.
CLOSING_CONTEXT = frozenset(".,;:!?)]}>—–-/…*") | ALL_MARKS
# Punctuation after which a mark with no space on either side most likely closes: stand.“[
CLOSING_PUNCTUATION = frozenset(".,;!?…")
# Characters that end a sentence: a line ending in one is not hard-wrapped mid-sentence.
SENTENCE_END = frozenset(".!?:;…") | ALL_MARKS
# Words whose first letters an apostrophe replaces: ’em, ’til, rock ’n’ roll.
ELIDED_WORDS = frozenset({"em", "til", "tis", "twas", "cause", "bout", "n", "nuff", "cept"})
# Prefix characters of a Markdown block-quote line, skipped when looking at a line's start.
LINE_PREFIX = frozenset(">")

_TOKEN = re.compile("'''|''|``|[\n\"'“”„«»‘’]")
_WORD = re.compile(r"[A-Za-z]+")
_NON_SPACE = re.compile(r"\S")

DOUBLE = "double"
SINGLE = "single"

Token = tuple[int, str]  # (position, glyph): a mark of one or two characters, or "\n"


class Role(Enum):
    """What a quotation-mark glyph does where it stands."""

    OPEN = "open"
    CLOSE = "close"
    AMBIGUOUS = "ambiguous"  # nothing around it decides: the scanner alternates
    NONE = "none"  # an apostrophe, not a quotation mark
    MARKUP = "markup"  # opens an attribute value in markup: <tweet id="...">


@dataclass
class _Piece:
    """A quote being built inside the current paragraph (mutable working record)."""

    outer_start: int
    start: int
    family: str
    parent: int | None  # index into the paragraph's piece list
    continues: int | None = None  # global index of the previous paragraph's piece
    end: int = -1
    outer_end: int = -1
    closed: bool = False
    keep: bool = True


def family_of(glyph: str) -> str:
    """Return ``DOUBLE`` or ``SINGLE`` for a quotation-mark glyph."""
    return DOUBLE if glyph in DOUBLE_MARKS or glyph in DOUBLE_PAIRS else SINGLE


def glyph_at(text: str, i: int) -> str:
    """The quotation-mark glyph starting at ``text[i]`` (a pair or one character)."""
    pair = text[i : i + 2]
    return pair if pair in DOUBLE_PAIRS else text[i : i + 1]


def tokenize(text: str) -> list[Token]:
    """The quotation-mark glyphs and line breaks of ``text``, in order.

    Three apostrophes are a single mark and a doubled one: ``'''`` after a word closes
    ``'`` then ``''``; before a word it opens ``''`` then ``'``.
    """
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        i, glyph = match.start(), match.group()
        if glyph != "'''":
            tokens.append((i, glyph))
        elif i > 0 and not text[i - 1].isspace():
            tokens.extend(((i, "'"), (i + 1, "''")))
        else:
            tokens.extend(((i, "''"), (i + 2, "'")))
    return tokens


def _is_left_flanking(before: str, after: str) -> bool:
    return (before == "" or before.isspace() or before in OPENING_CONTEXT) and not (
        after == "" or after.isspace()
    )


def _is_right_flanking(before: str, after: str) -> bool:
    return not (before == "" or before.isspace()) and (
        after == "" or after.isspace() or after in CLOSING_CONTEXT
    )


def _is_elision(text: str, i: int) -> bool:
    """Whether the single mark at ``i`` stands for left-out letters: ’90s, ’em, ’til."""
    digits = text[i + 1 : i + 4]
    # a decade or year: ’90s, ’16
    if len(digits) >= 2 and digits[:2].isdigit() and (len(digits) == 2 or not digits[2].isdigit()):
        return True
    word = _WORD.match(text, i + 1)
    return word is not None and word.group().lower() in ELIDED_WORDS


def classify_mark(text: str, i: int, glyph: str) -> Role:
    """Decide what the quotation-mark glyph at ``text[i]`` does.

    Args:
        text: The whole text.
        i: Where the glyph starts.
        glyph: The glyph: one mark character, or a pair in ``DOUBLE_PAIRS``.

    Returns:
        The glyph's role judged from its neighbours; ``Role.NONE`` for apostrophes.
    """
    before = text[i - 1] if i > 0 else ""
    after = text[i + len(glyph)] if i + len(glyph) < len(text) else ""
    if glyph in SINGLE_MARKS:
        # an apostrophe inside a word is never a mark: don’t, Bush’s, Qassem’s, 5'10
        if before.isalnum() and after.isalnum():
            return Role.NONE
        # an elision apostrophe at a word's start: ’90s, ’em
        if after.isalnum() and not before.isalnum() and _is_elision(text, i):
            return Role.NONE
    # markup: an attribute value after "=" is not a quotation
    if glyph == '"' and before == "=":
        return Role.MARKUP
    left, right = _is_left_flanking(before, after), _is_right_flanking(before, after)
    # space (or start) before and a word after: an opening mark
    if left and not right:
        return Role.OPEN
    # a word before and space or punctuation after: a closing mark
    if right and not left:
        return Role.CLOSE
    # right after sentence punctuation with no space: closes if anything is open (stand.“[)
    if before in CLOSING_PUNCTUATION:
        return Role.AMBIGUOUS
    # a curly mark in an ambiguous place: trust its shape
    if glyph in OPENING_GLYPHS:
        return Role.OPEN
    if glyph in CLOSING_GLYPHS:
        return Role.CLOSE
    # a straight mark in an ambiguous place: the scanner alternates
    return Role.AMBIGUOUS


def _roles(text: str, tokens: list[Token]) -> list[Role]:
    """The context role of every token (``Role.NONE`` for line breaks), computed once."""
    return [Role.NONE if glyph == "\n" else classify_mark(text, i, glyph) for i, glyph in tokens]


def _single_close_ahead(text: str, tokens: list[Token], roles: list[Role]) -> list[bool]:
    """For each token, whether a definite single closing mark follows before a barrier.

    A definite closing mark is a single mark in closing position not after an ``s`` (so not
    a plural possessive). A barrier is a double mark, a line break or a single opening mark:
    a single quote must close before them, and a closing mark after another opening mark
    belongs to that one. One backward pass, so the lookahead stays linear.
    """
    ahead = [False] * len(tokens)
    seen = False
    for k in range(len(tokens) - 1, -1, -1):
        ahead[k] = seen
        i, glyph = tokens[k]
        if glyph == "\n" or family_of(glyph) == DOUBLE or roles[k] is Role.OPEN:
            seen = False
        elif roles[k] is Role.CLOSE and text[i - 1] not in ("s", "S"):
            seen = True
    return ahead


def _trim_end(text: str, start: int, end: int) -> int:
    """Move ``end`` back over whitespace, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _line_start_char(text: str, i: int) -> str:
    """First significant character at or after ``i`` on this line, skipping Markdown ``>``."""
    n = len(text)
    while i < n and text[i] != "\n" and (text[i].isspace() or text[i] in LINE_PREFIX):
        i += 1
    return text[i] if i < n else ""


def _next_paragraph_start(text: str, i: int) -> int:
    """Index of the first significant character after the line break at ``i``."""
    n = len(text)
    while i < n and (text[i].isspace() or text[i] in LINE_PREFIX):
        i += 1
    return i


def is_soft_break(text: str, p: int) -> bool:
    """Whether the line break at ``p`` is a hard wrap inside a sentence, not a paragraph end.

    Args:
        text: The whole text.
        p: Index of a ``"\\n"``.

    Returns:
        True for a single line break with the line before ending mid-sentence and the next
        line going on in lower case (or with a digit); a line opening with a quotation mark
        starts a new paragraph.
    """
    j = p - 1
    while j >= 0 and text[j] != "\n" and text[j].isspace():
        j -= 1
    if j < 0 or text[j] == "\n" or text[j] in SENTENCE_END:
        return False
    first = _line_start_char(text, p + 1)
    return first.islower() or first.isdigit()


class _ParagraphScanner:
    """The open-quote stack of one paragraph at a time, emitting finished spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[QuoteSpan] = []
        self.pieces: list[_Piece] = []
        self.stack: list[int] = []  # indices into pieces
        self.doubles_open = 0
        # (family, global index, position of the next paragraph's opening mark)
        self.pending: tuple[str, int, int] | None = None

    @property
    def top_family(self) -> str | None:
        return self.pieces[self.stack[-1]].family if self.stack else None

    def open_mark(self, i: int, glyph: str, keep: bool = True) -> None:
        """Open a quote; inside an open quote it nests, whatever the kinds (‘ in “, “ in ‘)."""
        family = family_of(glyph)
        parent = self.stack[-1] if self.stack else None
        piece = _Piece(outer_start=i, start=i + len(glyph), family=family, parent=parent)
        piece.keep = keep
        # the multi-paragraph convention: this paragraph reopens the quote left open above
        if self.pending and self.pending[2] == i and self.pending[0] == family:
            piece.continues = self.pending[1]
        self.pieces.append(piece)
        self.stack.append(len(self.pieces) - 1)
        if family == DOUBLE:
            self.doubles_open += 1

    def _pop(self) -> _Piece:
        piece = self.pieces[self.stack.pop()]
        if piece.family == DOUBLE:
            self.doubles_open -= 1
        return piece

    def close_double(self, i: int, glyph: str) -> None:
        """Close the innermost open double quote, if any."""
        # a double closing mark with no double quote open: a stray mark (inches, typo)
        if not self.doubles_open:
            return
        # single marks still open inside were apostrophes after all: drop them
        while self.pieces[self.stack[-1]].family != DOUBLE:
            self._pop().keep = False
        piece = self._pop()
        piece.end, piece.outer_end, piece.closed = i, i + len(glyph), True

    def close_single(self, i: int, possessive_possible: bool) -> None:
        """Close the open single quote on top of the stack, if any."""
        # nothing single open on top: an apostrophe (students’ loans, goin’)
        if self.top_family != SINGLE:
            return
        # plural possessive inside a single quote that closes further on: ‘the students’ loans’
        if possessive_possible:
            return
        piece = self._pop()
        piece.end, piece.outer_end, piece.closed = i, i + 1, True

    def end_paragraph(self, p: int) -> None:
        """Finish the paragraph whose text ends at ``p`` and emit its spans."""
        if not self.pieces:
            return
        text = self.text
        self.pending = None
        next_start = _next_paragraph_start(text, p)
        next_glyph = glyph_at(text, next_start)
        next_family = family_of(next_glyph)
        reopened = (next_glyph in ALL_MARKS or next_glyph in DOUBLE_PAIRS) and classify_mark(
            text, next_start, next_glyph
        ) in (Role.OPEN, Role.AMBIGUOUS)
        end = _trim_end(text, 0, p)
        bottom = self.stack[0] if self.stack else None
        while self.stack:
            # an unclosed quote ends at its paragraph's end
            piece = self._pop()
            piece.end = piece.outer_end = max(end, piece.start)
            # an unclosed single mark is an apostrophe, unless it is the multi-paragraph
            # convention in single marks (British style)
            if piece.family == SINGLE and not (
                not self.stack and reopened and next_family == SINGLE
            ):
                piece.keep = False
        global_index = self._emit()
        if bottom is not None and reopened:
            index = global_index[bottom]
            if index is not None and self.pieces[bottom].family == next_family:
                self.pending = (next_family, index, next_start)
        self.pieces = []

    def _emit(self) -> list[int | None]:
        """Append the paragraph's kept, non-empty pieces as spans; return their indices."""
        text = self.text
        global_index: list[int | None] = []
        # for each piece, the (global parent, depth) that a child of it would get
        child_link: list[tuple[int | None, int]] = []
        for piece in self.pieces:
            parent, depth = child_link[piece.parent] if piece.parent is not None else (None, 0)
            # never emit an empty or whitespace-only span
            if piece.keep and _NON_SPACE.search(text, piece.start, piece.end) is not None:
                global_index.append(len(self.spans))
                child_link.append((len(self.spans), depth + 1))
                self.spans.append(
                    QuoteSpan(
                        start=piece.start,
                        end=piece.end,
                        outer_start=piece.outer_start,
                        outer_end=piece.outer_end,
                        closed=piece.closed,
                        depth=depth,
                        parent=parent,
                        continues=piece.continues,
                    )
                )
            else:
                global_index.append(None)
                child_link.append((parent, depth))
        return global_index


def _resolve_ambiguous(family: str, scanner: _ParagraphScanner, stacked: Role | None) -> Role:
    """Decide a mark its context cannot decide.

    Args:
        family: ``DOUBLE`` or ``SINGLE``.
        scanner: The scanner state (which quotes are open).
        stacked: The role of a mark standing right before this one, if any.
    """
    # marks stacked at a quote's edge all face the same way: “'“we”'”
    if stacked is Role.OPEN or (stacked is Role.CLOSE and scanner.stack):
        return stacked
    # a double mark closes an open double quote, else opens one
    if family == DOUBLE:
        return Role.CLOSE if scanner.doubles_open else Role.OPEN
    # a single mark closes an open single quote, but never opens one on a guess
    return Role.CLOSE if scanner.top_family == SINGLE else Role.NONE


def scan_quotes(text: str) -> list[QuoteSpan]:
    """Find every stretch of text in quotation marks.

    Args:
        text: The document text; paragraphs are separated by one or more newlines.

    Returns:
        The quotes in order of their opening marks. Offsets index ``text`` exactly;
        ``parent`` and ``continues`` are indices into this list.
    """
    tokens = tokenize(text)
    roles = _roles(text, tokens)
    close_ahead = _single_close_ahead(text, tokens, roles)
    scanner = _ParagraphScanner(text)
    previous_end, previous_role = -1, Role.NONE  # where the last mark ended, and what it did
    for k, (i, glyph) in enumerate(tokens):
        if glyph == "\n":
            # a quote open at a mid-sentence hard wrap runs on to the next line
            if scanner.stack and is_soft_break(text, i):
                continue
            # paragraph boundary: reset, so one odd paragraph spoils nothing after it
            scanner.end_paragraph(i)
            continue
        family = family_of(glyph)
        role = roles[k]
        if role is Role.AMBIGUOUS:
            stacked = previous_role if previous_end == i else None
            role = _resolve_ambiguous(family, scanner, stacked)
        previous_end, previous_role = i + len(glyph), role
        if role is Role.MARKUP:
            # an attribute value is bracketed like a quote but never emitted
            scanner.open_mark(i, glyph, keep=False)
        elif role is Role.OPEN:
            scanner.open_mark(i, glyph)
        elif role is Role.CLOSE and family == DOUBLE:
            scanner.close_double(i, glyph)
        elif role is Role.CLOSE:
            possessive = text[i - 1] in ("s", "S") and close_ahead[k]
            scanner.close_single(i, possessive)
    scanner.end_paragraph(len(text))
    return scanner.spans
