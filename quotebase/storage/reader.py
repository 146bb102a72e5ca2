"""Connections for reading, opened without SQLAlchemy when the database is ready.

The query commands (``who-said``, ``quotes``, ``show``, ...) must start in well under half a
second, and importing SQLAlchemy costs about 200 ms, its ORM and quotebase's models as much
again. So they read through the database driver itself: ``sqlite3``, or ``psycopg`` for
PostgreSQL. Only a database that must first be created or migrated, or a URL this module does
not take apart itself (an in-memory SQLite database, another PostgreSQL driver), goes through
:func:`~quotebase.storage.engine.open_database`; the reader then uses that engine's driver
connection. Library callers who hold a SQLAlchemy ``Session`` or ``Connection`` pass it to the
query functions as is: :func:`reader_for` reads inside its transaction.

SQL is written once, with ``:name`` parameters (the style ``sqlite3`` takes), and rewritten to
``%(name)s`` for PostgreSQL drivers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotebase.storage.engine import HEAD_REVISION, DatabaseError, database_url, safe_url

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session

_NAMED_PARAM = re.compile(r"(?<![:\w]):(\w+)")


@lru_cache(maxsize=256)
def _pyformat(sql: str) -> str:
    return _NAMED_PARAM.sub(r"%(\1)s", sql)


class Reader:
    """A driver connection to read from, with its backend's name and ``:name`` parameters.

    Closing it ends the read transaction without writing anything.

    Attributes:
        dialect: ``"sqlite"`` or ``"postgresql"``, as SQLAlchemy names them.
    """

    def __init__(
        self,
        connection: Any,
        dialect: str,
        error: type[Exception],
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.connection = connection
        self.dialect = dialect
        self._error = error
        self._on_close = on_close

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Run one statement and return all its rows as tuples."""
        if self.dialect != "sqlite":
            sql = _pyformat(sql)
        cursor = self.connection.cursor()
        try:
            if params:
                cursor.execute(sql, params)
            else:  # no parameters: a PostgreSQL driver leaves a % in the SQL alone
                cursor.execute(sql)
            return [tuple(row) for row in cursor.fetchall()]
        finally:
            cursor.close()

    def revision(self) -> str | None:
        """The Alembic revision of the database, or None when it has no schema (or is none)."""
        try:
            found = self.rows("SELECT version_num FROM alembic_version")
        except self._error:
            self.connection.rollback()
            return None
        return found[0][0] if found else None

    def close(self) -> None:
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_reader(db: str | None) -> Reader:
    """Open a database to read from, creating and migrating it first when needed.

    Args:
        db: ``--db`` as given: a path, a URL, or None (``$QUOTEBASE_DB``, ``./quotebase.db``).

    Raises:
        DatabaseError: the database cannot be reached or migrated.
    """
    url = database_url(db)
    reader = connect_directly(url)
    if reader is not None:
        if reader.revision() == HEAD_REVISION:
            return reader
        reader.close()
    from quotebase.storage.engine import open_database

    return engine_reader(open_database(url), dispose=True)


def engine_reader(engine: Engine, *, dispose: bool = False) -> Reader:
    """A reader on one of ``engine``'s pooled connections (disposing the engine on close)."""
    raw = engine.raw_connection()

    def close() -> None:
        raw.close()
        if dispose:
            engine.dispose()

    dbapi = engine.dialect.loaded_dbapi
    return Reader(raw, engine.dialect.name, dbapi.Error, close)


def reader_for(source: Reader | Session | Connection) -> Reader:
    """A reader for a query function's first argument.

    A SQLAlchemy ``Session`` is flushed first (as its own queries would autoflush), and read
    inside its transaction, as is a ``Connection``; neither is closed by the reader.
    """
    if isinstance(source, Reader):
        return source
    from sqlalchemy.orm import Session  # a library caller's: SQLAlchemy is loaded already

    if isinstance(source, Session):
        source.flush()
        connection = source.connection()
    else:
        connection = source
    dbapi = connection.dialect.loaded_dbapi
    return Reader(connection.connection, connection.dialect.name, dbapi.Error)


def connect_directly(url: str) -> Reader | None:
    """A reader straight from the driver, or None when SQLAlchemy must open this URL."""
    if url.startswith("sqlite:///"):
        return _sqlite_reader(url.removeprefix("sqlite:///"))
    for scheme in ("postgresql+psycopg://", "postgresql://"):
        if url.startswith(scheme):
            return _postgresql_reader(url, "postgresql://" + url.removeprefix(scheme))
    return None


def _sqlite_reader(database: str) -> Reader | None:
    # Query strings, percent-escapes and in-memory databases are left to SQLAlchemy, which
    # also creates a database that is not there yet.
    if not database or "?" in database or "%" in database or database.startswith(":memory:"):
        return None
    path = Path(database).expanduser()
    if not path.is_file():
        return None
    import sqlite3

    try:
        # mode=rw: never create a file here; autocommit, so that BEGIN below is ours.
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=30, isolation_level=None
        )
        # One read transaction: every query of a command sees the same snapshot, even while
        # an ingest writes (WAL).
        conn.execute("BEGIN")
    except sqlite3.Error:
        return None  # let open_database say what is wrong with the file
    return Reader(conn, "sqlite", sqlite3.Error, conn.close)


def _postgresql_reader(url: str, conninfo: str) -> Reader | None:
    # libpq takes the URL SQLAlchemy would, once the driver's name is out of the scheme:
    # user, password, host, port, database and query parameters such as options=-csearch_path.
    import psycopg

    try:
        conn = psycopg.connect(conninfo, prepare_threshold=None)
    except psycopg.ProgrammingError:
        return None  # a query parameter libpq does not know: SQLAlchemy's driver arguments
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot open database {safe_url(url)}: {exc}") from exc
    # One snapshot for every query of a command, and nothing written by mistake.
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    return Reader(conn, "postgresql", psycopg.Error, conn.close)


def placeholders(name: str, values: Iterable[Any], params: dict[str, Any]) -> str:
    """``(:name0, :name1, ...)`` for an IN list, adding the values to ``params``.

    An empty list gives ``(NULL)``, which no value is IN.
    """
    names = []
    for i, value in enumerate(values):
        params[f"{name}{i}"] = value
        names.append(f":{name}{i}")
    return "(" + (", ".join(names) or "NULL") + ")"
