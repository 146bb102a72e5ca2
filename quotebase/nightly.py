"""A re-ingest with nothing to do, found out without SQLAlchemy or spaCy.

A nightly run over an unchanged archive reads and hashes its files and finds each one stored
as it is. On a few hundred documents that takes a fraction of the time it takes to import
SQLAlchemy and quotebase's models, so the ``ingest`` command first asks this module, which
reads what is stored through the database driver (:mod:`quotebase.storage.reader`) under the
same ingest lock and decides as :mod:`quotebase.ingest` does (:mod:`quotebase.ingest_plan`).
As soon as one document is new, changed, unreadable or too long, or one stored document is
gone and would be pruned, it stops and leaves the run to the full ingest, which reads the files
again from the start.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from quotebase.extract import MAX_CHARS
from quotebase.ingest_plan import (
    IngestReport,
    Progress,
    Shard,
    encoding_note,
    gone_sources,
    is_unchanged,
)
from quotebase.reading import STDIN, ReadError, iter_documents
from quotebase.storage.engine import HEAD_REVISION, database_url, sqlite_database
from quotebase.storage.locks import IngestLocked, reader_ingest_lock
from quotebase.storage.queries import stored_versions
from quotebase.storage.reader import Reader, connect_directly


def nothing_to_do(
    paths: Iterable[Path],
    db: str | None,
    *,
    shard: Shard | None = None,
    prune: bool = False,
    progress: Progress | None = None,
) -> IngestReport | None:
    """The report of an ingest that would change nothing, or None when it has work to do.

    None also when this cannot be decided here: standard input among ``paths`` (it can be
    read only once), a database that is missing, not at the head revision or opened through
    SQLAlchemy only, or another ingest holding the lock. The full ingest then runs, and says
    what is wrong, if anything is.

    Args:
        paths: As for :func:`quotebase.ingest.ingest`.
        db: ``--db`` as given: a path, a URL, or None (``$QUOTEBASE_DB``, ``./quotebase.db``).
        shard: Take only this shard of the documents.
        prune: Stored documents under ``paths`` whose files are gone count as work.
        progress: Called with ``("unchanged", source)`` for each document checked.

    Raises:
        DatabaseError: a PostgreSQL server cannot be reached.
    """
    path_list = list(paths)
    if STDIN in path_list:
        return None
    url = database_url(db)
    reader = connect_directly(url)
    if reader is None:
        return None
    with reader:
        if reader.revision() != HEAD_REVISION:
            return None
        reader.connection.rollback()  # the next read sees what is committed once locked
        database = sqlite_database(url) if reader.dialect == "sqlite" else None
        try:
            with reader_ingest_lock(reader, database, str(shard or "all")):
                return _check(reader, path_list, shard, prune, progress)
        except IngestLocked:
            return None


def _check(
    reader: Reader,
    paths: list[Path],
    shard: Shard | None,
    prune: bool,
    progress: Progress | None,
) -> IngestReport | None:
    stored = stored_versions(reader)
    report = IngestReport()
    seen: set[str] = set()
    for doc in iter_documents(paths):
        if isinstance(doc, ReadError):
            return None
        if shard and not shard.takes(doc.source):
            continue
        seen.add(doc.source)
        if len(doc.text) > MAX_CHARS or not is_unchanged(doc, stored):
            return None
        if note := encoding_note(doc):
            report.notes.append(note)
        report.unchanged.append(doc.source)
        if progress:
            progress("unchanged", doc.source)
    if prune and gone_sources(stored, paths, seen):
        return None
    return report
