"""Ingesting documents: read, skip what is unchanged, extract, store one document at a time.

spaCy is loaded only when some document actually needs extraction, so a nightly re-ingest of
an unchanged archive reads and hashes files and writes nothing.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from quotebase.extract import EXTRACTOR_VERSION
from quotebase.extract.records import DocumentMeta, Extraction
from quotebase.reading import ReadError, SourceDocument, find_files, read_document
from quotebase.storage.models import Document, IngestRun
from quotebase.storage.store import store_document, utcnow

BATCH = 16  # documents handed to spaCy at once; a failing batch is redone one by one


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str


@dataclass
class IngestReport:
    """What one ingest did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    quotes: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.unchanged)} unchanged",
            f"{len(self.failures)} failed",
        ]
        return ", ".join(parts) + f"; {self.quotes} quotes stored"

    def as_dict(self) -> dict[str, object]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": [{"path": f.path, "reason": f.reason} for f in self.failures],
            "quotes": self.quotes,
        }


Extractor = Callable[[Iterable[tuple[str, DocumentMeta]]], Iterator[Extraction]]
Progress = Callable[[str, str], None]  # (event, path): "unchanged" | "added" | ... | "failed"


def ingest(
    paths: Iterable[Path],
    engine: Engine,
    *,
    force: bool = False,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> IngestReport:
    """Ingest files and folders into the database.

    Args:
        paths: Files or folders (walked recursively for .txt and .md files).
        engine: An open, migrated database.
        force: Re-extract documents even when their text and extractor version are unchanged.
        progress: Called once per document with what happened to it.
        extractor: Replaces the spaCy pipeline (tests); takes (text, meta) pairs in order.

    Returns:
        The report; failures are collected, never raised.
    """
    report = IngestReport()
    started = utcnow()
    note = progress or (lambda event, path: None)
    path_list = list(paths)

    def pending() -> Iterator[SourceDocument]:
        for item in find_files(path_list):
            if isinstance(item, ReadError):
                report.failures.append(Failure(str(item).split(":", 1)[0], str(item)))
                note("failed", str(item))
                continue
            try:
                doc = read_document(item)
            except ReadError as exc:
                report.failures.append(Failure(str(item), str(exc)))
                note("failed", str(item))
                continue
            if not force and _is_current(engine, doc):
                report.unchanged.append(doc.source)
                note("unchanged", doc.source)
                continue
            yield doc

    for doc, result in _extract_stream(pending(), extractor):
        if isinstance(result, Exception):
            report.failures.append(
                Failure(doc.source, f"{doc.source}: extraction failed: {result}")
            )
            note("failed", doc.source)
            continue
        try:
            with Session(engine) as session, session.begin():
                existed = (
                    session.scalar(select(Document.id).where(Document.source == doc.source))
                    is not None
                )
                store_document(session, doc, result, EXTRACTOR_VERSION)
        except Exception as exc:  # a database error for one document must not stop the run
            report.failures.append(Failure(doc.source, f"{doc.source}: cannot store: {exc}"))
            note("failed", doc.source)
            continue
        report.quotes += len(result.quotes)
        (report.updated if existed else report.added).append(doc.source)
        note("updated" if existed else "added", doc.source)

    if report.added or report.updated or report.failures:
        _record_run(engine, report, path_list, started)
    return report


def _is_current(engine: Engine, doc: SourceDocument) -> bool:
    with engine.connect() as conn:
        row = conn.execute(
            select(Document.content_hash, Document.extractor_version).where(
                Document.source == doc.source
            )
        ).first()
    return row is not None and tuple(row) == (doc.content_hash, EXTRACTOR_VERSION)


def _extract_stream(
    docs: Iterator[SourceDocument],
    extractor: Extractor | None,
) -> Iterator[tuple[SourceDocument, Extraction | Exception]]:
    """Extract documents in batches; a batch that fails is redone one document at a time so
    that one bad document costs only itself."""
    run = extractor or _spacy_extractor()
    batch: deque[SourceDocument] = deque()

    def flush() -> Iterator[tuple[SourceDocument, Extraction | Exception]]:
        items = list(batch)
        batch.clear()
        try:
            results = list(run((d.text, d.meta) for d in items))
        except Exception:
            for d in items:
                try:
                    yield d, next(iter(run([(d.text, d.meta)])))
                except Exception as exc:
                    yield d, exc
            return
        yield from zip(items, results, strict=True)

    for doc in docs:
        batch.append(doc)
        if len(batch) >= BATCH:
            yield from flush()
    if batch:
        yield from flush()


def _spacy_extractor() -> Extractor:
    """The real extractor, loading spaCy on first use only."""

    def run(items: Iterable[tuple[str, DocumentMeta]]) -> Iterator[Extraction]:
        from quotebase.extract.pipeline import extract_many

        return extract_many(items)

    return run


def _record_run(engine: Engine, report: IngestReport, paths: list[Path], started: object) -> None:
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
