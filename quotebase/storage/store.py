"""Writing one document's extraction: one short transaction per document.

Re-storing a document keeps the ids of quotes that are still there (matched by fingerprint)
and of every entity; quotes that are gone are deleted, new ones added.

The rows are written with Core statements, all the rows of a table in one statement
(multi-row ``INSERT ... RETURNING``, ``executemany`` for updates): on PostgreSQL every
statement is a round trip, and a first ingest then costs about ten per document whatever
the number of its quotes.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, select, update

from quotebase.extract.records import Extraction, Hop, Quote
from quotebase.reading import SourceDocument
from quotebase.storage.bulk import insert_rows, update_rows
from quotebase.storage.entities import EntityResolver, ResolvedEntity
from quotebase.storage.models import ChainHop, Document
from quotebase.storage.models import Quote as QuoteRow

_DOCUMENTS = cast(Table, Document.__table__)
_QUOTES = cast(Table, QuoteRow.__table__)
_HOPS = cast(Table, ChainHop.__table__)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def quote_fingerprints(quotes: Sequence[Quote]) -> list[str]:
    """A key per quote that survives edits elsewhere in the document.

    Built from what the quote is (kind, text, speaker) and which occurrence of that it is, not
    from its offsets, so that a paragraph added above it keeps its id.
    """
    seen: Counter[tuple[str, str, str]] = Counter()
    result = []
    for quote in quotes:
        identity = (quote.kind.value, quote.text, quote.speaker.name if quote.speaker else "")
        seen[identity] += 1
        raw = "\x1f".join((*identity, str(seen[identity])))
        result.append(hashlib.sha256(raw.encode("utf-8")).hexdigest())
    return result


@dataclass(frozen=True)
class StoredDocument:
    id: int
    existed: bool  # an earlier version was replaced


def store_document(
    conn: Connection, doc: SourceDocument, extraction: Extraction, extractor_version: str
) -> StoredDocument:
    """Insert or replace a document and its quotes. The caller owns the transaction.

    Args:
        conn: A connection inside the document's transaction.
        doc: The document as read.
        extraction: What the extractor found in ``doc.text``.
        extractor_version: Recorded so that a newer extractor knows to redo the document.
    """
    meta = extraction.meta
    values = {
        "name": doc.name,
        "content_hash": doc.content_hash,
        "title": meta.title,
        "outlet": meta.outlet,
        "author": meta.author,
        "published": meta.published,
        "text": doc.text,
        "extractor_version": extractor_version,
        "ingested_at": utcnow(),
    }
    d = _DOCUMENTS.c
    found = conn.execute(select(d.id).where(d.source == doc.source)).scalar()
    if found is None:
        statement = insert(_DOCUMENTS).values(source=doc.source, **values).returning(d.id)
        document_id = conn.execute(statement).scalar_one()
    else:
        conn.execute(update(_DOCUMENTS).where(d.id == found).values(**values))
        document_id = found
    _store_quotes(conn, document_id, extraction, doc.text, replacing=found is not None)
    return StoredDocument(document_id, found is not None)


def _store_quotes(
    conn: Connection, document_id: int, extraction: Extraction, text: str, replacing: bool
) -> None:
    quotes = extraction.quotes
    q = _QUOTES.c
    prints = quote_fingerprints(quotes)
    existing: dict[str, dict[str, Any]] = {}
    hops_had: defaultdict[int, list[tuple[int, str, str | None]]] = defaultdict(list)
    if replacing:
        rows = conn.execute(select(_QUOTES).where(q.document_id == document_id)).mappings()
        existing = {row["fingerprint"]: dict(row) for row in rows}
        hops = select(_HOPS.c.quote_id, _HOPS.c.entity_id, _HOPS.c.role, _HOPS.c.cue).where(
            _HOPS.c.quote_id.in_(select(q.id).where(q.document_id == document_id))
        )
        for quote_id, entity_id, role, cue in conn.execute(
            hops.order_by(_HOPS.c.quote_id, _HOPS.c.position)
        ):
            hops_had[quote_id].append((entity_id, role, cue))
    keep = set(prints) & existing.keys()
    stale = [row["id"] for fp, row in existing.items() if fp not in keep]
    if stale:
        conn.execute(delete(_HOPS).where(_HOPS.c.quote_id.in_(stale)))
        conn.execute(
            update(_QUOTES)
            .where(q.document_id == document_id)
            .where(q.parent_id.in_(stale) | q.part_of_id.in_(stale))
            .values(parent_id=None, part_of_id=None)
        )
        conn.execute(delete(_QUOTES).where(q.id.in_(stale)))
        gone = set(stale)
        for quote_id in gone:  # SQLite may give a new quote the id of a deleted one
            hops_had.pop(quote_id, None)
        existing = {fp: row for fp, row in existing.items() if fp in keep}
        for row in existing.values():
            if row["parent_id"] in gone or row["part_of_id"] in gone:
                row["parent_id"] = row["part_of_id"] = None

    # Every name of the document is resolved before any quote row is written: the speaker
    # and source ids go into the quote rows.
    resolver = EntityResolver(conn, document_id)
    resolver.load(_all_hops(quotes), text)
    chains = [[resolver.resolve(h) for h in quote.chain] for quote in quotes]
    speakers = [resolver.resolve(x.speaker) if x.speaker else None for x in quotes]
    sources = [resolver.resolve(x.reporting_source) if x.reporting_source else None for x in quotes]
    resolver.add_aliases(extraction.aliases)
    resolver.write()

    wanted = [
        _quote_values(seq, quote, speakers[seq], sources[seq]) for seq, quote in enumerate(quotes)
    ]
    ids: list[int | None] = [existing[fp]["id"] if fp in keep else None for fp in prints]
    _update_kept(conn, [(existing[fp], wanted[seq]) for seq, fp in enumerate(prints) if fp in keep])

    new = [seq for seq, fp in enumerate(prints) if fp not in keep]
    inserted = insert_rows(
        conn,
        _QUOTES,
        [{"document_id": document_id, "fingerprint": prints[seq], **wanted[seq]} for seq in new],
        returning=("id", "fingerprint"),
    )
    by_print = {fp: id_ for id_, fp in inserted}  # a fingerprint is unique in its document
    for seq in new:
        ids[seq] = by_print[prints[seq]]

    # Links between quotes need the ids of both ends: written once every row has one.
    links = []
    for seq, quote in enumerate(quotes):
        link = (
            ids[quote.parent] if quote.parent is not None else None,
            ids[quote.part_of] if quote.part_of is not None else None,
        )
        kept = existing.get(prints[seq])
        if link != ((kept["parent_id"], kept["part_of_id"]) if kept else (None, None)):
            links.append({"id": ids[seq], "parent_id": link[0], "part_of_id": link[1]})
    update_rows(conn, _QUOTES, links)

    quote_ids = [i for i in ids if i is not None]
    assert len(quote_ids) == len(quotes), "every quote row has its id"
    replaced: list[int] = []
    hop_rows: list[dict[str, object]] = []
    for quote_id, quote, entities in zip(quote_ids, quotes, chains, strict=True):
        chain = [
            _hop_values(hop, entity) for hop, entity in zip(quote.chain, entities, strict=True)
        ]
        had = hops_had.get(quote_id, [])
        if had == chain:
            continue
        if had:
            replaced.append(quote_id)
        hop_rows += (
            {"quote_id": quote_id, "position": position, "entity_id": e, "role": r, "cue": c}
            for position, (e, r, c) in enumerate(chain)
        )
    if replaced:
        conn.execute(delete(_HOPS).where(_HOPS.c.quote_id.in_(replaced)))
    insert_rows(conn, _HOPS, hop_rows)


def _all_hops(quotes: Sequence[Quote]) -> Iterator[Hop]:
    for quote in quotes:
        yield from quote.chain
        if quote.speaker:
            yield quote.speaker
        if quote.reporting_source:
            yield quote.reporting_source


def _quote_values(
    seq: int, quote: Quote, speaker: ResolvedEntity | None, source: ResolvedEntity | None
) -> dict[str, object]:
    mention = quote.speaker.mention if quote.speaker else None
    return {
        "seq": seq,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind.value,
        "closed": quote.closed,
        "cue": quote.cue,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "speaker_id": speaker.id if speaker else None,
        "speaker_mention": mention.text if mention else None,
        "speaker_start": mention.start if mention else None,
        "speaker_end": mention.end if mention else None,
        "reporting_source_id": source.id if source else None,
        "parent_id": None,  # see the links in _store_quotes
        "part_of_id": None,
    }


def _hop_values(hop: Hop, entity: ResolvedEntity) -> tuple[int, str, str | None]:
    assert entity.id is not None, "entities are written before quotes"
    return (entity.id, hop.role.value, hop.cue)


def _update_kept(
    conn: Connection, pairs: list[tuple[Mapping[str, Any], dict[str, object]]]
) -> None:
    """Update the kept quotes whose values changed: only those, and only what changed.

    Unchanged rows are not written at all (a re-ingest of the same extraction writes no quote
    row), and ``text`` is set only when it changed, which is when SQLite's full-text trigger
    runs. Kept quotes that change places are first moved out of the way of the unique
    (document, seq) constraint.
    """
    moved = [row["id"] for row, values in pairs if row["seq"] != values["seq"]]
    update_rows(conn, _QUOTES, [{"id": i, "seq": -i} for i in moved])
    groups: defaultdict[tuple[str, ...], list[dict[str, object]]] = defaultdict(list)
    for row, values in pairs:
        changed = {
            name: value
            for name, value in values.items()
            if name not in ("parent_id", "part_of_id") and row[name] != value
        }
        if changed:
            groups[tuple(changed)].append({"id": row["id"], **changed})
    for rows in groups.values():
        update_rows(conn, _QUOTES, rows)
