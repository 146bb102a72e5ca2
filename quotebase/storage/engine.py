"""Opening databases: URLs, engine settings, and migrating to the head revision.

SQLAlchemy is imported inside the functions that need it: the query commands read through
:mod:`quotebase.storage.reader` and need it only to create or migrate a database.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

DEFAULT_DB = "quotebase.db"
ENV_VAR = "QUOTEBASE_DB"
# The newest migration. tests/test_migrations.py checks it equals Alembic's head, so that
# opening a database needs no Alembic import when the schema is already current.
HEAD_REVISION = "0002"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class DatabaseError(Exception):
    """A database could not be opened or used as asked."""


def database_url(db: str | None) -> str:
    """Turn ``--db`` (a file path or a SQLAlchemy URL) into a SQLAlchemy URL.

    Args:
        db: A path to a SQLite file, a SQLAlchemy URL, or None for ``$QUOTEBASE_DB`` or
            ``./quotebase.db``.

    Returns:
        A SQLAlchemy URL string.
    """
    value = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in value:
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            # psycopg 3 is the driver we ship; the bare scheme would ask for psycopg2.
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    return "sqlite:///" + str(Path(value).expanduser())


def is_sqlite(url: str) -> bool:
    # The backend is the URL's scheme without its driver (sqlite+pysqlite:// is SQLite too).
    return url.split("://", 1)[0].split("+", 1)[0] == "sqlite"


def sqlite_database(url: str) -> str | None:
    """The database of a SQLite URL: a file path, ``:memory:``, or None for ``sqlite://``."""
    rest = url.partition("://")[2]
    if rest.startswith("/") and "?" not in rest and "%" not in rest:
        return rest[1:] or None  # sqlite:///relative.db, sqlite:////absolute.db
    from sqlalchemy.engine import make_url  # query strings and escapes: as SQLAlchemy reads them

    return make_url(url).database


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    # WAL lets readers run SQL while a nightly ingest writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine with quotebase's settings for the URL's backend."""
    from sqlalchemy import create_engine, event

    if is_sqlite(url):
        database = sqlite_database(url)
        if database and database != ":memory:":
            parent = Path(database).expanduser().parent
            if not parent.is_dir():
                raise DatabaseError(f"cannot create database {database}: no folder {parent}")
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at, or None for an empty database."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(db: str | None, *, migrate: bool = True) -> Engine:
    """Open (and on first use create) a quotebase database, migrated to the head revision.

    Args:
        db: ``--db`` as given: a path, a URL, or None.
        migrate: Upgrade an empty or older database to head. Without it, a database that is
            not at head raises DatabaseError.

    Raises:
        DatabaseError: the database cannot be reached or is not at a known revision.
    """
    url = database_url(db)
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
    except Exception as exc:  # the driver's own errors vary; say what failed and where
        raise DatabaseError(f"cannot open database {safe_url(url)}: {exc}") from exc
    if revision != HEAD_REVISION:
        if not migrate:
            raise DatabaseError(
                f"database {safe_url(url)} is at revision {revision or 'none'},"
                f" not {HEAD_REVISION}; run `quotebase db upgrade`"
            )
        from quotebase.storage.migrations import upgrade

        upgrade(engine)
    return engine


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
