"""The relational schema, as SQLAlchemy 2 declarative models.

The migrations under ``alembic/`` build this schema; a test checks they never drift apart.
The database is meant to be read with plain SQL too: names are plain and the view
``quote_attribution`` (created by the migrations) gives one readable row per quote.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Predictable constraint names, so that migrations can refer to them on every engine.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Document(Base):
    """One source article. Its natural key is ``source``: a path or URL."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(1024), unique=True)
    name: Mapped[str] = mapped_column(String(512))  # the file's name, as in the JSON contract
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(256))
    author: Mapped[str | None] = mapped_column(String(256))
    published: Mapped[str | None] = mapped_column(String(10))  # ISO date YYYY-MM-DD
    text: Mapped[str] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(String(32))
    ingested_at: Mapped[datetime] = mapped_column(DateTime)

    quotes: Mapped[list[Quote]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Quote.seq",
        foreign_keys="Quote.document_id",
    )


class Entity(Base):
    """A person, organization or publication; or an unnamed description scoped to a document.

    ``scope`` is empty for entities shared across documents and ``doc:<id>`` for unnamed
    descriptions ("the negotiator"), which are never merged across documents.
    """

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("kind", "scope", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(512))
    kind: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(32), default="")

    aliases: Mapped[list[EntityAlias]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", passive_deletes=True
    )
    keys: Mapped[list[EntityKey]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", passive_deletes=True
    )


class EntityAlias(Base):
    """Every surface form seen for an entity ("Suleimani", "Haji Qassem", "Qasem")."""

    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(512))

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class EntityKey(Base):
    """Folded lookup keys of an entity's names, to find candidate entities by."""

    __tablename__ = "entity_keys"
    __table_args__ = (UniqueConstraint("entity_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(128), index=True)

    entity: Mapped[Entity] = relationship(back_populates="keys")


class Quote(Base):
    """One quotation: its place in the document, its kind, its speaker and cue."""

    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("document_id", "seq"),
        Index("ix_quotes_speaker_id", "speaker_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)  # order within the document
    fingerprint: Mapped[str] = mapped_column(String(64))  # keeps ids stable across re-ingests
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    closed: Mapped[bool] = mapped_column(Boolean, default=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"))
    speaker_mention: Mapped[str | None] = mapped_column(String(512))
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(String(128))
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    reporting_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL")
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"))
    part_of_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"))

    document: Mapped[Document] = relationship(back_populates="quotes", foreign_keys=[document_id])
    speaker: Mapped[Entity | None] = relationship(foreign_keys=[speaker_id])
    reporting_source: Mapped[Entity | None] = relationship(foreign_keys=[reporting_source_id])
    hops: Mapped[list[ChainHop]] = relationship(
        back_populates="quote",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ChainHop.position",
    )


class ChainHop(Base):
    """One link of a quote's nesting chain: position 0 is the speaker, the last the document."""

    __tablename__ = "chain_hops"
    __table_args__ = (UniqueConstraint("quote_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    cue: Mapped[str | None] = mapped_column(String(128))

    quote: Mapped[Quote] = relationship(back_populates="hops")
    entity: Mapped[Entity] = relationship()


class IngestRun(Base):
    """One ingest that changed something or met a failure (a no-op run writes nothing)."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    paths: Mapped[str] = mapped_column(Text)  # JSON list of the paths asked for
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of {path, reason}
    extractor_version: Mapped[str] = mapped_column(String(32))
