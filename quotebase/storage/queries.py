"""Reading quotes back: who said a phrase, listings, speakers, one quote in context.

These functions never import spaCy: query commands must start fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, Select, func, or_, select, text
from sqlalchemy.orm import Session, aliased, selectinload

from quotebase.extract.records import SPEECH_KINDS, EntityKind
from quotebase.storage.models import ChainHop, Document, Entity, EntityAlias, EntityKey, Quote

_SPEECH = tuple(kind.value for kind in SPEECH_KINDS)


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


def _view(q: Quote) -> QuoteView:
    doc = q.document
    return QuoteView(
        id=q.id,
        document=doc.name,
        start=q.start,
        end=q.end,
        text=q.text,
        kind=q.kind,
        speaker=q.speaker.name if q.speaker else None,
        speaker_start=q.speaker_start,
        speaker_end=q.speaker_end,
        cue=q.cue,
        reporting_source=q.reporting_source.name if q.reporting_source else None,
        chain=tuple(ChainLink(h.entity.name, h.role, h.cue) for h in q.hops),
        parent_id=q.parent_id,
        title=doc.title,
        outlet=doc.outlet,
        published=doc.published,
        source=doc.source,
        speaker_mention=q.speaker_mention,
    )


def _loaded(stmt: Select[tuple[Quote]]) -> Select[tuple[Quote]]:
    return stmt.options(
        selectinload(Quote.document).load_only(
            Document.name, Document.title, Document.outlet, Document.published, Document.source
        ),
        selectinload(Quote.speaker),
        selectinload(Quote.reporting_source),
        selectinload(Quote.hops).selectinload(ChainHop.entity),
    )


def _contains(column: Any, phrase: str) -> Any:
    # Literal, case-insensitive: LIKE wildcards in the phrase are escaped.
    return func.lower(column).contains(phrase.lower(), autoescape=True)


def fts5_phrase(phrase: str) -> str:
    """An FTS5 query that matches ``phrase`` literally: one quoted string, quotes doubled.

    Inside a string FTS5 gives no meaning to AND/OR/NOT, ``column:`` or ``*``.
    """
    return '"' + phrase.replace('"', '""') + '"'


def _phrase_hits(session: Session, phrase: str, scan: bool = False) -> Any:
    """A CTE of the ids of quotes containing ``phrase`` (literal, case-insensitive).

    Materialized, so that the ranking below reads it once instead of once per row.
    """
    # The trigram index needs three characters; shorter phrases scan.
    query: Any
    if session.get_bind().dialect.name == "sqlite" and len(phrase) >= 3 and not scan:
        query = (
            text("SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH :fts")
            .bindparams(fts=fts5_phrase(phrase))
            .columns(id=Integer)
        )
    else:
        # PostgreSQL: lower(text) LIKE uses the pg_trgm GIN index on lower(text).
        column = Quote.text if not scan else Quote.text + ""  # an expression no index covers
        query = select(Quote.id.label("id")).where(_contains(column, phrase))
    return query.cte("hits").prefix_with("MATERIALIZED")


def who_said(
    session: Session, phrase: str, limit: int = 10, *, scan: bool = False
) -> list[QuoteView]:
    """Quotations containing ``phrase``, innermost first.

    A quotation that contains the phrase only because a quotation nested inside it does (a
    block quote around the words) ranks after that inner one. Speech ranks before titles and
    terms, then shorter (more specific) quotations first.

    Args:
        session: An open session.
        phrase: Taken literally (no wildcards, no query syntax), case-insensitive.
        limit: At most this many results.
        scan: Leave the full-text index aside and scan every quote (the benchmark's baseline).
    """
    if not phrase.strip() or "\x00" in phrase:
        return []  # stored text never holds NUL (binary files are refused), so nothing can match
    hits = _phrase_hits(session, phrase, scan)
    child = aliased(Quote)
    # Quotes with a matching quote nested inside them: computed once, not per row.
    outer = (
        select(child.parent_id)
        .join(hits, hits.c.id == child.id)
        .where(child.parent_id.is_not(None))
    )
    ranked = (
        select(Quote.id)
        .join(hits, hits.c.id == Quote.id)
        .order_by(
            Quote.id.in_(outer),  # False (no inner hit: innermost) sorts first
            Quote.kind.notin_(_SPEECH),
            func.length(Quote.text),
            Quote.id,
        )
        .limit(limit)
    )
    ids = list(session.scalars(ranked))
    found = {q.id: q for q in session.scalars(_loaded(select(Quote).where(Quote.id.in_(ids))))}
    return [_view(found[i]) for i in ids]


def matching_entity_ids(session: Session, name: str) -> list[int]:
    """Ids of the entities a user means by ``name``, whatever its spelling or title.

    "Suleimani" finds the entity whose aliases include "Qasem Soleimani"; a description
    ("negotiator") finds unnamed speakers whose description contains it.
    """
    ids: set[int] = set()
    from quotebase.extract import names  # only here: who-said and plain listings start faster

    keys = names.lookup_keys(name)
    if keys:
        candidates = session.scalars(
            select(Entity)
            .join(EntityKey)
            .where(EntityKey.key.in_(keys))
            .options(selectinload(Entity.aliases))
        ).unique()
        for entity in candidates:
            forms = [entity.name, *(a.alias for a in entity.aliases)]
            if any(names.same_person(name, form) for form in forms):
                ids.add(entity.id)
    ids.update(
        session.scalars(select(EntityAlias.entity_id).where(_contains(EntityAlias.alias, name)))
    )
    ids.update(session.scalars(select(Entity.id).where(_contains(Entity.name, name))))
    return sorted(ids)


def list_quotes(
    session: Session,
    *,
    speaker: str | None = None,
    source: str | None = None,
    document: str | None = None,
    speech_only: bool = False,
    limit: int | None = None,
) -> list[QuoteView]:
    """Quotes filtered by speaker, reporting source (any writer or relay in the chain) and
    document (file name, title or path, a substring), in document order."""
    stmt = select(Quote).join(Quote.document)
    if speaker:
        stmt = stmt.where(Quote.speaker_id.in_(matching_entity_ids(session, speaker)))
    if source:
        ids = matching_entity_ids(session, source)
        in_chain = select(ChainHop.quote_id).where(
            ChainHop.entity_id.in_(ids), ChainHop.position > 0
        )
        stmt = stmt.where(or_(Quote.reporting_source_id.in_(ids), Quote.id.in_(in_chain)))
    if document:
        stmt = stmt.where(
            or_(
                _contains(Document.name, document),
                _contains(Document.title, document),
                _contains(Document.source, document),
            )
        )
    if speech_only:
        stmt = stmt.where(Quote.kind.in_(_SPEECH))
    stmt = stmt.order_by(Document.name, Quote.seq)
    if limit:
        stmt = stmt.limit(limit)
    return [_view(q) for q in session.scalars(_loaded(stmt))]


def iter_quotes(session: Session, batch: int = 1000) -> Iterator[QuoteView]:
    """Every quote, in document order, fetched in batches (for export)."""
    last = (0, -1)
    while True:
        stmt = (
            select(Quote)
            .where(
                (Quote.document_id > last[0])
                | ((Quote.document_id == last[0]) & (Quote.seq > last[1]))
            )
            .order_by(Quote.document_id, Quote.seq)
            .limit(batch)
        )
        rows = list(session.scalars(_loaded(stmt)))
        if not rows:
            return
        for row in rows:
            yield _view(row)
        last = (rows[-1].document_id, rows[-1].seq)
        session.expunge_all()


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


def speakers(session: Session, *, include_unnamed: bool = True) -> list[SpeakerView]:
    """Entities that speak, with their aliases and how many quotes each has, most first."""
    counts = (
        select(Quote.speaker_id, func.count().label("n"))
        .where(Quote.speaker_id.is_not(None))
        .group_by(Quote.speaker_id)
        .subquery()
    )
    stmt = (
        select(Entity, counts.c.n)
        .join(counts, counts.c.speaker_id == Entity.id)
        .options(selectinload(Entity.aliases))
        .order_by(counts.c.n.desc(), Entity.name)
    )
    if not include_unnamed:
        stmt = stmt.where(Entity.kind != EntityKind.UNNAMED.value)
    return [
        SpeakerView(
            id=entity.id,
            name=entity.name,
            kind=entity.kind,
            quotes=n,
            aliases=tuple(sorted(a.alias for a in entity.aliases if a.alias != entity.name)),
        )
        for entity, n in session.execute(stmt)
    ]


@dataclass(frozen=True)
class QuoteInContext:
    quote: QuoteView
    paragraph: str
    offset: int  # where the paragraph starts in the document text


def show(session: Session, quote_id: int) -> QuoteInContext:
    """One quote with the paragraph it stands in.

    Raises:
        NotFound: no quote has that id.
    """
    row = session.scalar(_loaded(select(Quote).where(Quote.id == quote_id)))
    if row is None:
        raise NotFound(f"no quote with id {quote_id}")
    text = session.scalar(select(Document.text).where(Document.id == row.document_id)) or ""
    begin = text.rfind("\n", 0, row.start) + 1
    end = text.find("\n", row.end)
    end = len(text) if end < 0 else end
    return QuoteInContext(quote=_view(row), paragraph=text[begin:end], offset=begin)
