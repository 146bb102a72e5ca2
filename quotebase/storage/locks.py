"""Keeping two ingests of the same input from running at once.

SQLite has one writer at a time anyway: an ingest holds an exclusive lock on a file next to
the database (``<db>.ingest-lock``), so that a second ingest waits or says who holds it.
PostgreSQL takes a session advisory lock per schema and shard, so that ingests of different
shards run side by side (that is what ``--shard`` is for) while two of the same shard cannot.
"""

from __future__ import annotations

import os
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy is imported where it is used: a run with nothing to do
    from sqlalchemy import Connection, Engine  # takes the lock through the driver alone

    from quotebase.storage.reader import Reader

# The first half of every advisory lock key quotebase takes on PostgreSQL.
ADVISORY_NAMESPACE = 0x71B7
POLL_SECONDS = 0.5


class IngestLocked(Exception):
    """Another ingest of the same database (and shard) is running."""


def advisory_key(label: str) -> int:
    """A stable signed 32-bit key for an advisory lock."""
    value = zlib.crc32(label.encode("utf-8"))
    return value - (1 << 32) if value >= (1 << 31) else value


def entity_lock_key(conn: Connection) -> int:
    """The key of the transaction lock under which entities are resolved (PostgreSQL).

    Like the ingest lock's, it names the schema: ingests into two quotebase databases that
    live in different schemas of one server never wait for each other. The schema is asked
    once per database connection.
    """
    from sqlalchemy import text

    key = conn.info.get("quotebase_entity_lock")
    if key is None:
        schema = conn.execute(text("SELECT current_schema()")).scalar()
        key = conn.info["quotebase_entity_lock"] = advisory_key(f"entities:{schema}")
    return int(key)


@contextmanager
def ingest_lock(engine: Engine, shard: str = "all", wait: bool = False) -> Iterator[None]:
    """Hold the ingest lock for ``shard`` for the duration of the block.

    Args:
        engine: The database's engine.
        shard: ``"all"`` or ``"K/N"``.
        wait: Wait for the other ingest to finish instead of raising.

    Raises:
        IngestLocked: another ingest holds the lock and ``wait`` is false.
    """
    from sqlalchemy import text

    if engine.dialect.name == "sqlite":
        with file_lock(engine.url.database, wait):
            yield
        return
    with engine.connect() as conn:
        # advisory locks are server-wide: the schema in the key keeps two quotebase databases
        # living in different schemas of one server from locking each other out
        schema = conn.execute(text("SELECT current_schema()")).scalar()
        params = {"ns": ADVISORY_NAMESPACE, "key": ingest_key(str(schema), shard)}
        while not conn.execute(text(_TRY_LOCK), params).scalar():
            conn.rollback()
            if not wait:
                raise IngestLocked(_held_by_another(shard))
            time.sleep(POLL_SECONDS)
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text(_UNLOCK), params)
            conn.commit()


@contextmanager
def reader_ingest_lock(reader: Reader, database: str | None, shard: str = "all") -> Iterator[None]:
    """:func:`ingest_lock` through a driver connection, never waiting (no SQLAlchemy).

    ``database`` is the SQLite file (None for PostgreSQL). On PostgreSQL the lock is the
    reader's session's; its read transaction is ended once the lock is held, so that what is
    read next is what the last ingest committed.

    Raises:
        IngestLocked: another ingest holds the lock.
    """
    if reader.dialect == "sqlite":
        with file_lock(database, wait=False):
            yield
        return
    [(schema,)] = reader.rows("SELECT current_schema()")
    params = {"ns": ADVISORY_NAMESPACE, "key": ingest_key(str(schema), shard)}
    [(held,)] = reader.rows(_TRY_LOCK, params)
    reader.connection.rollback()
    if not held:
        raise IngestLocked(_held_by_another(shard))
    try:
        yield
    finally:
        reader.rows(_UNLOCK, params)
        reader.connection.rollback()


def ingest_key(schema: str, shard: str) -> int:
    """The advisory lock key of the ingest of ``shard`` into the quotebase in ``schema``."""
    return advisory_key(f"ingest:{schema}:{shard}")


_TRY_LOCK = "SELECT pg_try_advisory_lock(:ns, :key)"
_UNLOCK = "SELECT pg_advisory_unlock(:ns, :key)"


def _held_by_another(shard: str) -> str:
    return (
        f"another ingest of shard {shard} is running on this database; "
        "run again when it has finished, or pass --wait"
    )


@contextmanager
def file_lock(database: str | None, wait: bool) -> Iterator[None]:
    """The SQLite ingest lock: an exclusive ``flock`` on ``<database>.ingest-lock``.

    No lock is taken for an in-memory database (``database`` None or ``:memory:``).
    """
    import fcntl

    if not database or database == ":memory:":
        yield
        return
    path = Path(database + ".ingest-lock")
    with path.open("a+") as handle:
        flags = fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB)
        try:
            fcntl.flock(handle, flags)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise IngestLocked(
                f"another ingest (pid {holder}) is writing to {database}; "
                "run again when it has finished, or pass --wait"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
