"""Reading quotes back: who said a phrase, listings, speakers, one quote in context.

Every function takes what :func:`~quotebase.storage.reader.open_reader` opens (the query
commands' driver connection, no SQLAlchemy) or a SQLAlchemy ``Session`` or ``Connection``, and
runs plain SQL through the driver. Neither spaCy nor SQLAlchemy's ORM is imported here: query
commands must start fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from quotebase.extract.records import SPEECH_KINDS, EntityKind
from quotebase.storage.reader import Reader, placeholders, reader_for

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    Source = Reader | Session | Connection

_SPEECH = tuple(sorted(kind.value for kind in SPEECH_KINDS))
_BATCH = 500  # ids per IN list when reading chains

# One row per quote, in QuoteView's order of fields (chains are read apart, by _chains).
_VIEW_COLUMNS = (
    'q.id, d.name, q.start, q."end", q.text, q.kind, sp.name, q.speaker_start, q.speaker_end,'
    " q.cue, rs.name, q.parent_id, d.title, d.outlet, d.published, d.source, q.speaker_mention"
)
_VIEW_JOINS = (
    " JOIN documents d ON d.id = q.document_id"
    " LEFT JOIN entities sp ON sp.id = q.speaker_id"
    " LEFT JOIN entities rs ON rs.id = q.reporting_source_id"
)
_VIEW_WIDTH = 17


class NotFound(Exception):
    """No row has the id asked for."""


@dataclass(frozen=True)
class ChainLink:
    name: str
    role: str
    cue: str | None


@dataclass(frozen=True)
class QuoteView:
    """A stored quote with everything needed to show it or write it as JSON."""

    id: int
    document: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    reporting_source: str | None
    chain: tuple[ChainLink, ...]
    parent_id: int | None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    source: str | None = None
    speaker_mention: str | None = None

    def contract(self) -> dict[str, Any]:
        """The JSON contract shared by ``export``, ``extract`` and ``--format jsonl``."""
        return {
            "id": self.id,
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "cue": self.cue,
            "reporting_source": self.reporting_source,
            "chain": [link.name for link in self.chain],
            "parent_id": self.parent_id,
        }

    @property
    def chain_text(self) -> str:
        return " ← ".join(link.name for link in self.chain)


def _chains(reader: Reader, ids: list[int]) -> dict[int, tuple[ChainLink, ...]]:
    """Each quote's chain, from its speaker (position 0) out to the document's voice."""
    links: dict[int, list[ChainLink]] = {}
    for at in range(0, len(ids), _BATCH):
        params: dict[str, Any] = {}
        in_ids = placeholders("q", ids[at : at + _BATCH], params)
        rows = reader.rows(
            "SELECT h.quote_id, e.name, h.role, h.cue FROM chain_hops h"
            " JOIN entities e ON e.id = h.entity_id"
            f" WHERE h.quote_id IN {in_ids} ORDER BY h.quote_id, h.position",
            params,
        )
        for quote_id, name, role, cue in rows:
            links.setdefault(quote_id, []).append(ChainLink(name, role, cue))
    return {quote_id: tuple(chain) for quote_id, chain in links.items()}


def _views(reader: Reader, rows: list[tuple[Any, ...]]) -> list[QuoteView]:
    """QuoteViews of rows that start with the columns of ``_VIEW_COLUMNS``."""
    chains = _chains(reader, [row[0] for row in rows])
    return [
        QuoteView(
            id=row[0],
            document=row[1],
            start=row[2],
            end=row[3],
            text=row[4],
            kind=row[5],
            speaker=row[6],
            speaker_start=row[7],
            speaker_end=row[8],
            cue=row[9],
            reporting_source=row[10],
            chain=chains.get(row[0], ()),
            parent_id=row[11],
            title=row[12],
            outlet=row[13],
            published=row[14],
            source=row[15],
            speaker_mention=row[16],
        )
        for row in rows
    ]


def _like_pattern(value: str) -> str:
    """A LIKE pattern (with ESCAPE '/') matching ``value`` literally, anywhere, in lower case."""
    escaped = value.lower().replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


def fts5_phrase(phrase: str) -> str:
    """An FTS5 query that matches ``phrase`` literally: one quoted string, quotes doubled.

    Inside a string FTS5 gives no meaning to AND/OR/NOT, ``column:`` or ``*``.
    """
    return '"' + phrase.replace('"', '""') + '"'


_TRIGRAM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_MAX_PIECES = 4
_MIN_PIECES = 2
# How common each letter is in English text (per cent); a digit counts as a rare letter.
_LETTER_WEIGHTS = dict(
    zip(
        "etaoinshrdlcumwfgypbvkjxqz",
        (12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0)
        + (2.0, 1.9, 1.5, 1.0, 0.8, 0.15, 0.15, 0.1, 0.07),
        strict=True,
    )
)


def _commonness(piece: str) -> float:
    weight = 1.0
    for char in piece:
        weight *= _LETTER_WEIGHTS.get(char, 2.0)
    return weight


def trigram_pieces(phrase: str) -> list[str]:
    """A few three-character pieces of the lowered phrase, for the pg_trgm index to look up.

    ``LIKE '%abc%def%'`` (ASCII letters and digits between the wildcards) asks the trigram
    index for exactly the trigrams ``abc`` and ``def``; the whole phrase as a pattern asks for
    every trigram in it. The GIN scan starts from the rarest trigram of a pattern and moves
    every other one past each of its candidates, so each common trigram asked for costs a
    pass over its posting list: on the benchmark's million quotes ``token123457`` took 10 ms
    with its nine trigrams and 3 ms with three, and the median of its sixteen phrases fell to
    about a third.

    Returns:
        Up to four pieces that do not overlap, in the order they stand in the phrase (so that
        every text containing the phrase matches them with wildcards between), chosen for
        their rare letters. None when fewer than two can be had, as in "U.S. Iran": there the
        whole phrase tells the index more (word boundaries, the one-letter word in " s ").
    """
    lowered = phrase.lower()
    windows = [
        at for at in range(len(lowered) - 2) if _TRIGRAM_CHARS.issuperset(lowered[at : at + 3])
    ]
    chosen: list[int] = []
    for at in sorted(windows, key=lambda at: _commonness(lowered[at : at + 3])):
        if all(abs(at - other) >= 3 for other in chosen):
            chosen.append(at)
            if len(chosen) == _MAX_PIECES:
                break
    if len(chosen) < _MIN_PIECES:
        return []
    return [lowered[at : at + 3] for at in sorted(chosen)]


def _phrase_hits(reader: Reader, phrase: str, scan: bool, params: dict[str, Any]) -> str:
    """A query for the quotes containing ``phrase`` (literal, case-insensitive), with the
    columns the ranking needs: ``id, parent_id, kind, len``."""
    columns = "SELECT q.id, q.parent_id, q.kind, length(q.text) AS len FROM quotes q"
    params["pattern"] = _like_pattern(phrase)
    if scan:  # the benchmark's baseline: an expression no index covers
        return f"{columns} WHERE lower(q.text || '') LIKE :pattern ESCAPE '/'"
    if reader.dialect == "sqlite":
        if len(phrase) < 3:  # the trigram index needs three characters; shorter phrases scan
            return f"{columns} WHERE lower(q.text) LIKE :pattern ESCAPE '/'"
        params["fts"] = fts5_phrase(phrase)
        return f"{columns} WHERE q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :fts)"
    # PostgreSQL: the pg_trgm GIN index on lower(text) answers LIKE, here for a few pieces of
    # the phrase; the phrase itself is checked on the rows they find (strpos, which the index
    # does not answer, stays out of the index scan).
    pieces = trigram_pieces(phrase)
    if not pieces:
        return f"{columns} WHERE lower(q.text) LIKE :pattern ESCAPE '/'"
    params["pieces"] = "%" + "%".join(pieces) + "%"
    params["phrase"] = phrase.lower()
    return f"{columns} WHERE lower(q.text) LIKE :pieces AND strpos(lower(q.text), :phrase) > 0"


def who_said(db: Source, phrase: str, limit: int = 10, *, scan: bool = False) -> list[QuoteView]:
    """Quotations containing ``phrase``, innermost first.

    A quotation that contains the phrase only because a quotation nested inside it does (a
    block quote around the words) ranks after that inner one. Speech ranks before titles and
    terms, then shorter (more specific) quotations first.

    Args:
        db: A reader, or a SQLAlchemy Session or Connection.
        phrase: Taken literally (no wildcards, no query syntax), case-insensitive.
        limit: At most this many results.
        scan: Leave the full-text index aside and scan every quote (the benchmark's baseline).
    """
    if not phrase.strip() or "\x00" in phrase:
        return []  # stored text never holds NUL (binary files are refused), so nothing can match
    reader = reader_for(db)
    params: dict[str, Any] = {"limit": limit}
    hits = _phrase_hits(reader, phrase, scan, params)
    speech = placeholders("speech", _SPEECH, params)
    # The hits are read once (materialized) and ranked on their own columns; only the top
    # `limit` are joined to their documents and speakers. A hit that is the parent of another
    # hit encloses it: each hit is marked once as itself and once more under its parent's id,
    # and grouping the marks tells both apart. (A grouping costs the same whatever the planner
    # expects; `id IN (SELECT parent_id FROM hits)` became a nested scan of the hits for each
    # hit when a million were expected.)
    rows = reader.rows(
        f"WITH hits AS MATERIALIZED ({hits}),"
        " marks AS ("
        f"SELECT id, 0 AS enclosing, CASE WHEN kind IN {speech} THEN 0 ELSE 1 END AS not_speech,"
        " len FROM hits"
        " UNION ALL SELECT parent_id, 1, NULL, NULL FROM hits WHERE parent_id IS NOT NULL),"
        " ranked AS ("
        "SELECT id, max(enclosing) AS enclosing, max(not_speech) AS not_speech, max(len) AS len"
        " FROM marks GROUP BY id HAVING min(enclosing) = 0"
        " ORDER BY enclosing, not_speech, len, id LIMIT :limit)"
        f" SELECT {_VIEW_COLUMNS} FROM ranked JOIN quotes q ON q.id = ranked.id{_VIEW_JOINS}"
        " ORDER BY ranked.enclosing, ranked.not_speech, ranked.len, ranked.id",
        params,
    )
    return _views(reader, rows)


def _contains(column: str, param: str) -> str:
    return f"lower({column}) LIKE :{param} ESCAPE '/'"


def matching_entity_ids(db: Source, name: str) -> list[int]:
    """Ids of the entities a user means by ``name``, whatever its spelling or title.

    "Suleimani" finds the entity whose aliases include "Qasem Soleimani"; a description
    ("negotiator") finds unnamed speakers whose description contains it.
    """
    reader = reader_for(db)
    ids: set[int] = set()
    from quotebase.extract import names  # only here: who-said and plain listings start faster

    keys = names.lookup_keys(name)
    if keys:
        params: dict[str, Any] = {}
        in_keys = placeholders("key", keys, params)
        candidates = reader.rows(
            "SELECT id, name FROM entities WHERE id IN"
            f' (SELECT entity_id FROM entity_keys WHERE "key" IN {in_keys})',
            params,
        )
        forms: dict[int, list[str]] = {id_: [entity] for id_, entity in candidates}
        if forms:
            params = {}
            in_ids = placeholders("e", forms, params)
            for id_, alias in reader.rows(
                f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN {in_ids}", params
            ):
                forms[id_].append(alias)
        ids.update(
            id_
            for id_, spelled in forms.items()
            if any(names.same_person(name, form) for form in spelled)
        )
    params = {"name": _like_pattern(name)}
    for sql in (
        f"SELECT entity_id FROM entity_aliases WHERE {_contains('alias', 'name')}",
        f"SELECT id FROM entities WHERE {_contains('name', 'name')}",
    ):
        ids.update(row[0] for row in reader.rows(sql, params))
    return sorted(ids)


def list_quotes(
    db: Source,
    *,
    speaker: str | None = None,
    source: str | None = None,
    document: str | None = None,
    speech_only: bool = False,
    limit: int | None = None,
) -> list[QuoteView]:
    """Quotes filtered by speaker, reporting source (any writer or relay in the chain) and
    document (file name, title or path, a substring), in document order."""
    reader = reader_for(db)
    where = ["1 = 1"]
    params: dict[str, Any] = {}
    if speaker:
        in_speakers = placeholders("sp", matching_entity_ids(reader, speaker), params)
        where.append(f"q.speaker_id IN {in_speakers}")
    if source:
        in_sources = placeholders("src", matching_entity_ids(reader, source), params)
        where.append(
            f"(q.reporting_source_id IN {in_sources} OR q.id IN (SELECT quote_id FROM chain_hops"
            f" WHERE entity_id IN {in_sources} AND position > 0))"
        )
    if document:
        params["doc"] = _like_pattern(document)
        where.append(
            f"({_contains('d.name', 'doc')} OR {_contains('d.title', 'doc')}"
            f" OR {_contains('d.source', 'doc')})"
        )
    if speech_only:
        where.append(f"q.kind IN {placeholders('speech', _SPEECH, params)}")
    sql = (
        f"SELECT {_VIEW_COLUMNS} FROM quotes q{_VIEW_JOINS} WHERE {' AND '.join(where)}"
        " ORDER BY d.name, q.seq"
    )
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return _views(reader, reader.rows(sql, params))


def iter_quotes(db: Source, batch: int = 1000) -> Iterator[QuoteView]:
    """Every quote, in document order, fetched in batches (for export)."""
    reader = reader_for(db)
    last = (0, -1)
    while True:
        rows = reader.rows(
            f"SELECT {_VIEW_COLUMNS}, q.document_id, q.seq FROM quotes q{_VIEW_JOINS}"
            " WHERE q.document_id > :doc OR (q.document_id = :doc AND q.seq > :seq)"
            " ORDER BY q.document_id, q.seq LIMIT :batch",
            {"doc": last[0], "seq": last[1], "batch": batch},
        )
        if not rows:
            return
        yield from _views(reader, rows)
        last = (rows[-1][_VIEW_WIDTH], rows[-1][_VIEW_WIDTH + 1])


@dataclass(frozen=True)
class SpeakerView:
    id: int
    name: str
    kind: str
    quotes: int
    aliases: tuple[str, ...] = field(default_factory=tuple)

    def contract(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "quotes": self.quotes,
            "aliases": list(self.aliases),
        }


def speakers(db: Source, *, include_unnamed: bool = True) -> list[SpeakerView]:
    """Entities that speak, with their aliases and how many quotes each has, most first."""
    reader = reader_for(db)
    params: dict[str, Any] = {}
    named = ""
    if not include_unnamed:
        named = " WHERE e.kind <> :unnamed"
        params["unnamed"] = EntityKind.UNNAMED.value
    found = reader.rows(
        "SELECT e.id, e.name, e.kind, c.n FROM entities e JOIN"
        " (SELECT speaker_id, count(*) AS n FROM quotes WHERE speaker_id IS NOT NULL"
        f" GROUP BY speaker_id) c ON c.speaker_id = e.id{named}"
        " ORDER BY c.n DESC, e.name",
        params,
    )
    aliases: dict[int, list[str]] = {}
    ids = [row[0] for row in found]
    for at in range(0, len(ids), _BATCH):
        params = {}
        in_ids = placeholders("e", ids[at : at + _BATCH], params)
        for id_, alias in reader.rows(
            f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN {in_ids}", params
        ):
            aliases.setdefault(id_, []).append(alias)
    return [
        SpeakerView(
            id=id_,
            name=name,
            kind=kind,
            quotes=n,
            aliases=tuple(sorted(a for a in aliases.get(id_, ()) if a != name)),
        )
        for id_, name, kind, n in found
    ]


@dataclass(frozen=True)
class QuoteInContext:
    quote: QuoteView
    paragraph: str
    offset: int  # where the paragraph starts in the document text


def stored_versions(db: Source) -> dict[str, tuple[str, str]]:
    """What is stored of every document, by source: (content hash, extractor version).

    One query for a whole ingest instead of one per document: a nightly run over an
    unchanged archive is then reading and hashing files, nothing more.
    """
    rows = reader_for(db).rows("SELECT source, content_hash, extractor_version FROM documents")
    return {source: (content_hash, version) for source, content_hash, version in rows}


def show(db: Source, quote_id: int) -> QuoteInContext:
    """One quote with the paragraph it stands in.

    Raises:
        NotFound: no quote has that id.
    """
    reader = reader_for(db)
    rows = reader.rows(
        f"SELECT {_VIEW_COLUMNS}, d.text FROM quotes q{_VIEW_JOINS} WHERE q.id = :id",
        {"id": quote_id},
    )
    if not rows:
        raise NotFound(f"no quote with id {quote_id}")
    (quote,) = _views(reader, rows)
    text = rows[0][_VIEW_WIDTH] or ""
    begin = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    end = len(text) if end < 0 else end
    return QuoteInContext(quote=quote, paragraph=text[begin:end], offset=begin)
