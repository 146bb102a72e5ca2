"""Ingesting documents: read, skip what is unchanged, extract, store one document at a time.

spaCy is loaded only when some document actually needs extraction, so a nightly re-ingest of
an unchanged archive reads and hashes files and writes nothing.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from quotebase.extract import EXTRACTOR_VERSION, MAX_CHARS
from quotebase.extract.records import DocumentMeta, Extraction
from quotebase.extraction_stream import (
    Extractor,
    extract_stream,
    parallel_extract_stream,
    spacy_extractor,
)
from quotebase.ingest_plan import (
    Failure,
    IngestReport,
    Progress,
    Shard,
    encoding_note,
    gone_sources,
    is_unchanged,
)
from quotebase.reading import ReadError, SourceDocument, iter_documents
from quotebase.storage.locks import ingest_lock
from quotebase.storage.models import Document, Entity, IngestRun
from quotebase.storage.queries import stored_versions
from quotebase.storage.store import store_document, utcnow

__all__ = ["Failure", "IngestReport", "Progress", "Shard", "ingest", "prune_missing"]

STORE_ATTEMPTS = 3  # a document whose store meets a concurrent writer is tried again


def ingest(
    paths: Iterable[Path],
    engine: Engine,
    *,
    force: bool = False,
    workers: int = 1,
    shard: Shard | None = None,
    prune: bool = False,
    wait: bool = False,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> IngestReport:
    """Ingest files and folders into the database.

    Args:
        paths: Files or folders (walked recursively for .txt and .md files).
        engine: An open, migrated database.
        force: Re-extract documents even when their text and extractor version are unchanged.
        workers: Extraction processes (1: in this process).
        shard: Take only this shard of the documents (several machines, one database).
        prune: Remove stored documents under the given folders whose files are gone.
        wait: Wait for another ingest of the same shard to finish instead of failing.
        progress: Called once per document with what happened to it.
        extractor: Replaces the spaCy pipeline (tests); takes (text, meta) pairs in order.

    Returns:
        The report; failures of single documents are collected, never raised.

    Raises:
        IngestLocked: another ingest of the same database and shard is running.
    """
    path_list = list(paths)
    with ingest_lock(engine, str(shard or "all"), wait=wait):
        return _ingest(path_list, engine, force, workers, shard, prune, progress, extractor)


def _ingest(
    paths: list[Path],
    engine: Engine,
    force: bool,
    workers: int,
    shard: Shard | None,
    prune: bool,
    progress: Progress | None,
    extractor: Extractor | None,
) -> IngestReport:
    report = IngestReport()
    started = utcnow()
    note = progress or (lambda event, path: None)
    pending: deque[SourceDocument] = deque()  # read, not yet extracted, in order
    stored = _stored_versions(engine)
    seen: set[str] = set()  # sources read this run (for --prune)

    def fail(path: str, reason: str) -> None:
        report.failures.append(Failure(path, reason))
        note("failed", path)

    def to_extract() -> Iterator[tuple[str, DocumentMeta]]:
        for doc in iter_documents(paths):
            if isinstance(doc, ReadError):
                fail(doc.where, str(doc))
                continue
            if shard and not shard.takes(doc.source):
                continue
            seen.add(doc.source)
            if len(doc.text) > MAX_CHARS:
                fail(
                    doc.source,
                    f"{doc.source}: {len(doc.text):,} characters is over spaCy's max_length "
                    f"of {MAX_CHARS:,}; split the document",
                )
                continue
            if note_ := encoding_note(doc):
                report.notes.append(note_)
            if not force and is_unchanged(doc, stored):
                report.unchanged.append(doc.source)
                note("unchanged", doc.source)
                continue
            pending.append(doc)
            yield doc.text, doc.meta

    items = to_extract()
    if extractor is not None:
        outcomes = extract_stream(items, extractor)
    elif workers > 1:
        outcomes = parallel_extract_stream(items, workers)
    else:
        outcomes = extract_stream(items, spacy_extractor())

    with _Writer(engine) as writer:
        for outcome in outcomes:
            doc = pending.popleft()
            if isinstance(outcome, Exception):
                fail(doc.source, f"{doc.source}: extraction failed: {outcome}")
                continue
            try:
                existed = _store_with_retry(writer.connection(), doc, outcome)
            except Exception as exc:  # a database error for one document must not stop the run
                fail(doc.source, f"{doc.source}: cannot store: {exc}")
                continue
            report.quotes += len(outcome.quotes)
            (report.updated if existed else report.added).append(doc.source)
            note("updated" if existed else "added", doc.source)

    if prune:
        report.removed = prune_missing(engine, paths, seen)
        for source in report.removed:
            note("removed", source)
    if report.added or report.updated or report.removed or report.failures:
        _record_run(engine, report, paths, started)
    return report


class _Writer:
    """One connection for every document of a run, opened when the first one is stored.

    A checkout per document would cost a pool round trip and a ping each; a run that stores
    nothing (a nightly one) opens no connection here at all.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None

    def connection(self) -> Connection:
        if self._conn is None:
            self._conn = self.engine.connect()
        return self._conn

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._conn is not None:
            self._conn.close()


def _store_with_retry(conn: Connection, doc: SourceDocument, extraction: Extraction) -> bool:
    """Store one document in one transaction; True when it replaced an earlier version.

    Another process writing the same document or entity at the same moment (PostgreSQL,
    sharded ingest) can make the transaction fail on a unique key or a deadlock; the
    document is then stored again, seeing what the other process committed. A connection
    that broke is opened again by the next attempt.
    """
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            with conn.begin():
                return store_document(conn, doc, extraction, EXTRACTOR_VERSION).existed
        except (IntegrityError, DBAPIError):
            if attempt == STORE_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def _stored_versions(engine: Engine) -> dict[str, tuple[str, str]]:
    with engine.connect() as conn:
        return stored_versions(conn)


def prune_missing(engine: Engine, paths: list[Path], seen: set[str] | None = None) -> list[str]:
    """Remove stored documents under the given folders (or at the given files) that are gone,
    with their quotes and their unnamed speakers. Returns their sources.

    What is gone is :func:`~quotebase.ingest_plan.gone_sources`'s to say (``seen`` holds the
    sources this run read); documents keyed by URL are never pruned.
    """
    with Session(engine) as session, session.begin():
        ids = {source: id_ for source, id_ in session.execute(select(Document.source, Document.id))}
        removed = gone_sources(ids, paths, seen or set())
        for source in removed:
            session.execute(delete(Document).where(Document.id == ids[source]))
            session.execute(delete(Entity).where(Entity.scope == f"doc:{ids[source]}"))
    return removed


def _record_run(engine: Engine, report: IngestReport, paths: list[Path], started: datetime) -> None:
    with Session(engine) as session, session.begin():
        session.add(
            IngestRun(
                started_at=started,
                finished_at=utcnow(),
                paths=json.dumps([str(p) for p in paths]),
                added=len(report.added),
                updated=len(report.updated),
                unchanged=len(report.unchanged),
                failed=len(report.failures),
                failures=json.dumps([f.__dict__ for f in report.failures]),
                extractor_version=EXTRACTOR_VERSION,
            )
        )
