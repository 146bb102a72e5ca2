"""Find block quotes: paragraphs of someone else's writing, without a parser.

Two conventions:

- a paragraph introduced by a sentence that ends in a colon and names a writer or speaker
  (``As the New Yorker’s Dexter Filkins wrote in 2013, ... was the point person:``), followed
  by a paragraph that is not itself in quotation marks;
- Markdown block quotes: consecutive lines starting with ``>``.

Detection is conservative: a heading, a list item or a short paragraph after the colon is
not taken for a block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quotebase.extract.records import BlockSpan
from quotebase.extract.scanner import ALL_MARKS, scan_quotes

# Verbs and phrases that say the words that follow are someone's writing or speech.
WRITING_CUES = (
    "wrote|writes|write|written|said|says|told|tells|explained|explains|noted|notes|observed"
    "|recalled|recalls|recounted|recounts|described|describes|reported|reports|argued|argues"
    "|concluded|stated|states|declared|declares|tweeted|tweets|posted|read|reads|put it"
    "|puts it|according to|continued|continues|added|adds|warned|warns|testified|testifies"
    "|wrote in|in a statement|in a letter|in a memo|in an email|in an op-ed|in a post"
)
_CUE = re.compile(rf"\b(?:{WRITING_CUES})\b", re.IGNORECASE)
# "As X wrote, ..." names the writer of what follows even outside the colon's sentence.
_AS_WRITER = re.compile(
    r"\bas\s+[^.:;!?]{1,120}?\b(?:wrote|writes|put it|puts it|noted|notes|observed|explained)\b",
    re.IGNORECASE,
)
# A sentence boundary: terminal punctuation, optional closers, space, then a capital or mark.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
# Abbreviations whose period does not end a sentence.
ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt"),
        *("sgt", "prof", "st", "jr", "sr", "inc", "co", "corp", "no", "vs", "etc", "adm"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("u.s", "a.m", "p.m", "cmdr"),
    }
)
_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
# Starts of paragraphs that are not prose: bullets (also a lone letter left by a symbol font),
# numbered items, headings, Markdown block quotes, markup embeds, "Label: ..." list items.
_NOT_PROSE_START = re.compile(r"\s*(?:[-*•–—#><]|[a-z]\s|\d{1,3}[.)]\s|[A-Z][\w’' ]{0,40}:\s)")
# A block must be a real paragraph: long enough and ending like a sentence.
MIN_BLOCK_CHARS = 120
MIN_INTRO_WORDS = 4
BLOCK_END = frozenset(".!?…)") | ALL_MARKS
_MARKDOWN_LINE = re.compile(r"[ ]{0,3}>")
_MARKDOWN_CONTENT = re.compile(r"[\s>]*")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line, with surrounding whitespace trimmed."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            yield start, start + len(stripped)


def sentence_start(text: str, start: int, end: int) -> int:
    """Start of the last sentence in ``text[start:end]``.

    Args:
        text: The whole text.
        start: Start of the paragraph.
        end: End of the sentence whose start is wanted.

    Returns:
        The offset where that sentence begins (``start`` when it is the paragraph's first).
    """
    begin = start
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        # the word before the period (a bounded look back keeps this linear)
        word = _LAST_WORD.search(text, max(start, match.start() - 12), match.start())
        # a period after an abbreviation or an initial does not end a sentence: Sept. 11, W. Bush
        if word is not None:
            last = word.group(1).lower().rstrip(".")
            if last in ABBREVIATIONS or len(last) == 1:
                continue
        begin = match.end()
    return begin


def _colon_is_quoted(text: str, start: int, end: int) -> bool:
    """Whether the paragraph's final colon stands inside quotation marks."""
    colon = end - 1 - start
    return any(span.outer_start <= colon < span.outer_end for span in scan_quotes(text[start:end]))


def _introduces_block(text: str, start: int, end: int, intro: int) -> bool:
    """Whether the paragraph ``text[start:end]`` ends in a colon that introduces a block."""
    # the introducing sentence must be a sentence, not a label such as "Read more:"
    if len(text[intro:end].split()) < MIN_INTRO_WORDS:
        return False
    # a cue in the colon's sentence (wrote, said, in a statement) or "As X wrote" before it
    if _CUE.search(text, intro, end) is None and _AS_WRITER.search(text, start, end) is None:
        return False
    # "He asked: ..." inside somebody's quotation is not the writer introducing a block
    return not _colon_is_quoted(text, start, end)


def _is_block_paragraph(text: str, start: int, end: int) -> bool:
    """Whether a paragraph after a colon reads as a quoted paragraph of prose."""
    # a paragraph that opens with a quotation mark is an ordinary quote, not a block
    if text[start] in ALL_MARKS:
        return False
    # a list item, a heading or a Markdown block quote is not a prose block
    if _NOT_PROSE_START.match(text, start):
        return False
    # a short paragraph (a one-line heading, a caption, a link) is not a block
    return end - start >= MIN_BLOCK_CHARS and text[end - 1] in BLOCK_END


def colon_blocks(text: str) -> list[BlockSpan]:
    """Find paragraphs introduced by a colon sentence with a writing or speech cue.

    Args:
        text: The document text; paragraphs are separated by one or more newlines.

    Returns:
        One ``BlockSpan`` per block paragraph, with its introducing sentence.
    """
    blocks: list[BlockSpan] = []
    lines = list(_lines(text))
    for (start, end), (next_start, next_end) in zip(lines, lines[1:], strict=False):
        if text[end - 1] != ":":
            continue
        intro = sentence_start(text, start, end)
        if _introduces_block(text, start, end, intro) and _is_block_paragraph(
            text, next_start, next_end
        ):
            blocks.append(BlockSpan(next_start, next_end, intro_start=intro, intro_end=end))
    return blocks


def _markdown_content(text: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    """Content of a ``>`` line after its prefix, or None for an empty ``>`` line."""
    content = _MARKDOWN_CONTENT.match(text, line_start, line_end)
    begin = content.end() if content else line_start
    end = line_end
    while end > begin and text[end - 1].isspace():
        end -= 1
    return (begin, end) if end > begin else None


def markdown_blocks(text: str) -> list[BlockSpan]:
    """Find Markdown block quotes: runs of consecutive lines starting with ``>``.

    Args:
        text: The document text.

    Returns:
        One ``BlockSpan`` (``markdown=True``) per run, covering the text after the ``>``
        prefixes from the first content character to the end of the last one.
    """
    blocks: list[BlockSpan] = []
    first: int | None = None
    last = 0
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        # a ">" line continues the run; a ">" line with no content keeps it open
        if _MARKDOWN_LINE.match(text, line_start, line_end):
            content = _markdown_content(text, line_start, line_end)
            if content is not None:
                first = content[0] if first is None else first
                last = content[1]
        # any other line, blank or not, ends the run
        else:
            if first is not None:
                blocks.append(BlockSpan(first, last, markdown=True))
            first = None
        line_start = line_end + 1
    if first is not None:
        blocks.append(BlockSpan(first, last, markdown=True))
    return [_with_intro(text, block) for block in blocks]


def _with_intro(text: str, block: BlockSpan) -> BlockSpan:
    """A Markdown block with the colon sentence that introduces it, when the paragraph
    before it ends in one (``As the auditor wrote in her report:``)."""
    end = text.rfind("\n", 0, block.start)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0 or text[end - 1] != ":":
        return block
    start = text.rfind("\n", 0, end) + 1
    start += len(text[start:end]) - len(text[start:end].lstrip())
    intro = sentence_start(text, start, end)
    if not _introduces_block(text, start, end, intro):
        return block
    return replace(block, intro_start=intro, intro_end=end)


def find_blocks(text: str) -> list[BlockSpan]:
    """Find block quotes: colon-introduced paragraphs and Markdown ``>`` blocks.

    Args:
        text: The document text.

    Returns:
        The blocks in text order.
    """
    return sorted(colon_blocks(text) + markdown_blocks(text), key=lambda block: block.start)
