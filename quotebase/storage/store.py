"""Writing one document's extraction: one short transaction per document.

Re-storing a document keeps the ids of quotes that are still there (matched by fingerprint)
and of every entity; quotes that are gone are deleted, new ones added.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import datetime, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from quotebase.extract.records import Extraction, Quote
from quotebase.reading import SourceDocument
from quotebase.storage.entities import EntityResolver
from quotebase.storage.models import ChainHop, Document
from quotebase.storage.models import Quote as QuoteRow


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def quote_fingerprints(quotes: tuple[Quote, ...]) -> list[str]:
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


def find_document(session: Session, source: str) -> Document | None:
    return session.scalar(select(Document).where(Document.source == source))


def store_document(
    session: Session, doc: SourceDocument, extraction: Extraction, extractor_version: str
) -> Document:
    """Insert or replace a document and its quotes. The caller commits.

    Args:
        session: An open session; the caller owns the transaction.
        doc: The document as read.
        extraction: What the extractor found in ``doc.text``.
        extractor_version: Recorded so that a newer extractor knows to redo the document.
    """
    row = find_document(session, doc.source)
    meta = extraction.meta
    if row is None:
        row = Document(source=doc.source)
        session.add(row)
    row.name = doc.name
    row.content_hash = doc.content_hash
    row.title = meta.title
    row.outlet = meta.outlet
    row.author = meta.author
    row.published = meta.published
    row.text = doc.text
    row.extractor_version = extractor_version
    row.ingested_at = utcnow()
    session.flush()
    resolver = _store_quotes(session, row, extraction.quotes)
    resolver.add_aliases(extraction.aliases)
    return row


def _store_quotes(
    session: Session, document: Document, quotes: tuple[Quote, ...]
) -> EntityResolver:
    existing = {
        q.fingerprint: q
        for q in session.scalars(
            select(QuoteRow)
            .where(QuoteRow.document_id == document.id)
            .options(selectinload(QuoteRow.hops))
        )
    }
    prints = quote_fingerprints(quotes)
    keep = set(prints) & existing.keys()
    stale = [q.id for fp, q in existing.items() if fp not in keep]
    if stale:
        session.execute(delete(ChainHop).where(ChainHop.quote_id.in_(stale)))
        session.execute(
            update(QuoteRow)
            .where(QuoteRow.document_id == document.id)
            .where(QuoteRow.parent_id.in_(stale) | QuoteRow.part_of_id.in_(stale))
            .values(parent_id=None, part_of_id=None)
        )
        session.execute(delete(QuoteRow).where(QuoteRow.id.in_(stale)))
        for fp in set(existing) - keep:
            session.expunge(existing.pop(fp))

    # Entities first, before any quote row changes, so that their look-ups flush nothing else.
    resolver = EntityResolver(session, document.id)
    chains = [[(resolver.resolve(h).id, h.role.value, h.cue) for h in q.chain] for q in quotes]
    speakers = [resolver.resolve(q.speaker).id if q.speaker else None for q in quotes]
    sources = [
        resolver.resolve(q.reporting_source).id if q.reporting_source else None for q in quotes
    ]

    # Kept quotes may change places: park their seq out of the way of the unique constraint.
    position = {fp: seq for seq, fp in enumerate(prints)}
    moved = [existing[fp] for fp in keep if existing[fp].seq != position[fp]]
    for parked in moved:
        parked.seq = -parked.id
    if moved:
        session.flush()

    rows: list[QuoteRow] = []
    for seq, (quote, fp) in enumerate(zip(quotes, prints, strict=True)):
        found = existing.get(fp)
        if found is None:
            row = QuoteRow(document_id=document.id, fingerprint=fp)
            session.add(row)
        else:
            row = found
        mention = quote.speaker.mention if quote.speaker else None
        _assign(
            row,
            seq=seq,
            start=quote.start,
            end=quote.end,
            text=quote.text,
            kind=quote.kind.value,
            closed=quote.closed,
            cue=quote.cue,
            cue_start=quote.cue_start,
            cue_end=quote.cue_end,
            speaker_id=speakers[seq],
            speaker_mention=mention.text if mention else None,
            speaker_start=mention.start if mention else None,
            speaker_end=mention.end if mention else None,
            reporting_source_id=sources[seq],
        )
        rows.append(row)
    session.flush()

    for quote, row, wanted in zip(quotes, rows, chains, strict=True):
        _assign(
            row,
            parent_id=rows[quote.parent].id if quote.parent is not None else None,
            part_of_id=rows[quote.part_of].id if quote.part_of is not None else None,
        )
        have = [(h.entity_id, h.role, h.cue) for h in row.hops] if row.fingerprint in keep else []
        if have == wanted:
            continue
        if have:
            session.execute(delete(ChainHop).where(ChainHop.quote_id == row.id))
            session.expire(row, ["hops"])
        session.add_all(
            ChainHop(quote_id=row.id, position=position, entity_id=entity_id, role=role, cue=cue)
            for position, (entity_id, role, cue) in enumerate(wanted)
        )
    session.flush()
    return resolver


def _assign(row: QuoteRow, **values: object) -> None:
    """Set only the attributes whose values differ, so that an unchanged row stays clean."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
