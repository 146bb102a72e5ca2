"""Typed records passed between the extraction stages.

The stages, each a small module of pure functions:

1. ``scanner``   text -> ``QuoteSpan`` list (quotation marks, no model needed)
2. ``blocks``    text -> ``BlockSpan`` list (colon-introduced and Markdown ``>`` block quotes)
3. ``attribution`` parsed ``Doc`` + spans -> ``Quote`` list (speaker, cue, kind, chain)
4. ``names``     surface names -> in-document clusters and cross-document identity keys

All offsets are character offsets into the document text exactly as read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class QuoteKind(str, Enum):
    """What a quoted span is."""

    DIRECT = "direct"  # a whole utterance in marks: “We were just that close,” he said.
    MIXED = "mixed"  # a quoted fragment inside paraphrase: Pompeo said ... “imminent” plots
    BLOCK = "block"  # a block quote: a paragraph of someone else's writing
    TITLE = "title"  # a title of a book, article, speech: no speaker
    TERM = "term"  # a name or term: referred to as “Haji Qassem”; no speaker
    SCARE = "scare"  # scare quotes / quoted words with no speaker


SPEECH_KINDS = frozenset({QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.BLOCK})


class EntityKind(str, Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PUBLICATION = "publication"
    UNNAMED = "unnamed"  # a description such as "the negotiator": never merged across documents


class HopRole(str, Enum):
    SPEAKER = "speaker"  # who uttered the words
    RELAY = "relay"  # who passed them on: Crocker recalled him saying; according to X
    WRITER = "writer"  # the writer of a block quote the words stand in
    DOCUMENT = "document"  # the document's own voice: its author when named, else its outlet


@dataclass(frozen=True)
class QuoteSpan:
    """A stretch of text between quotation marks, found without a parser.

    ``start``/``end`` delimit the content without its marks; ``outer_start``/``outer_end``
    include the marks. An unclosed quote (multi-paragraph convention, or a stray mark) ends
    at its paragraph's end with ``closed=False``.
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool
    depth: int = 0  # 0 = outermost; 1 = single marks inside double, ...
    parent: int | None = None  # index of the enclosing QuoteSpan in the scanner's list
    continues: int | None = None  # index of the span this one continues (next paragraph)


@dataclass(frozen=True)
class BlockSpan:
    """A paragraph (or run of paragraphs) that is someone else's writing.

    ``intro_start``/``intro_end`` delimit the introducing sentence (the text ending in a
    colon) when there is one; a Markdown ``>`` block has none.
    """

    start: int
    end: int
    intro_start: int | None = None
    intro_end: int | None = None
    markdown: bool = False


@dataclass(frozen=True)
class Mention:
    """A mention of a person or group in the text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Hop:
    """One link of a nesting chain, from the speaker outward."""

    name: str  # resolved name within the document ("Ryan Crocker" for "he"), or a description
    role: HopRole
    kind: EntityKind = EntityKind.PERSON
    cue: str | None = None  # the cue that links this hop to the previous one
    mention: Mention | None = None  # where the mention used stands, when in the text


@dataclass(frozen=True)
class Quote:
    """One quotation with its attribution, as extraction produces it."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    closed: bool = True
    speaker: Hop | None = None  # None for titles, terms, scare quotes, unknown speakers
    cue: str | None = None  # "said", "recalled ... saying", "according to"
    cue_start: int | None = None
    cue_end: int | None = None
    chain: tuple[Hop, ...] = field(default_factory=tuple)  # speaker first, document voice last
    parent: int | None = None  # index (in the document's quote list) of the enclosing quote
    # index of the first part of the same utterance: “A,” she said, “B.”
    part_of: int | None = None

    @property
    def reporting_source(self) -> Hop | None:
        """The writer in whose text the quote stands: the first WRITER or DOCUMENT hop."""
        for hop in self.chain:
            if hop.role in (HopRole.WRITER, HopRole.DOCUMENT):
                return hop
        return None


@dataclass(frozen=True)
class DocumentMeta:
    """What is known of a document before extraction."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD

    @property
    def voice(self) -> str | None:
        """The document's own voice: its author when named, otherwise its outlet."""
        return self.author or self.outlet

    @property
    def voice_kind(self) -> EntityKind:
        """A person for one author; a description of this document for a byline of several
        (``Ann Roe and Bo Lin``), never merged with anyone; the outlet otherwise."""
        if not self.author:
            return EntityKind.PUBLICATION
        if " and " in self.author or ", " in self.author:
            return EntityKind.UNNAMED
        return EntityKind.PERSON


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one document."""

    quotes: tuple[Quote, ...]
    meta: DocumentMeta
    # (surface form, in-document name) for the people in the quotes' chains: every way the
    # document names them ("Suleimani", "Haji Qassem" -> "Qassem Suleimani"), kept as aliases.
    aliases: tuple[tuple[str, str], ...] = ()
