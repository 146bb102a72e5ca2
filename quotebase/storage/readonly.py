"""Running a user's SQL read-only, with a time limit and a row cap.

On SQLite the file is opened with ``mode=ro`` and an authorizer refuses ATTACH, writing
PRAGMAs and every write (a read-only URI alone would still let ATTACH create another file);
a progress handler stops a query past its time limit. On PostgreSQL the query runs in a
READ ONLY transaction with a statement timeout.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotebase.storage.engine import is_sqlite, make_engine, sqlite_database

DEFAULT_TIME_LIMIT = 10.0  # seconds
DEFAULT_ROW_CAP = 10_000

# PRAGMAs that only read; any other PRAGMA (or one with an argument) is refused.
_READ_PRAGMAS = frozenset(
    {
        "table_info",
        "table_xinfo",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
        "database_list",
        "collation_list",
        "function_list",
        "table_list",
        "compile_options",
        "schema_version",
        "user_version",
        "encoding",
        "page_size",
        "page_count",
        "journal_mode",
        "data_version",
    }
)
_ALLOWED_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)


class QueryRefused(Exception):
    """The query would write, or is not allowed in read-only mode."""


class QueryFailed(Exception):
    """The query is not valid SQL, timed out, or failed in the database."""


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool  # more rows existed than the cap


def _authorizer(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
    if action in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _READ_PRAGMAS and arg2 is None:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def run_sql(
    url: str,
    query: str,
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    row_cap: int = DEFAULT_ROW_CAP,
) -> QueryResult:
    """Run one read-only query and return at most ``row_cap`` rows.

    Raises:
        QueryRefused: the query tries to write, attach, or change settings.
        QueryFailed: invalid SQL, a time-out, or a database error.
    """
    if is_sqlite(url):
        return _run_sqlite(url, query, time_limit, row_cap)
    return _run_postgresql(url, query, time_limit, row_cap)


def _run_sqlite(url: str, query: str, time_limit: float, row_cap: int) -> QueryResult:
    database = sqlite_database(url) or ""
    path = Path(database)
    if not path.is_file():
        raise QueryFailed(f"no database at {database}")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        conn.set_authorizer(_authorizer)
        deadline = time.monotonic() + time_limit
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            cursor = conn.execute(query)
            rows = cursor.fetchmany(row_cap + 1)
        except sqlite3.DatabaseError as exc:
            message = str(exc)
            if "not authorized" in message or "readonly" in message or "read-only" in message:
                raise QueryRefused(
                    "refused: `quotebase sql` is read-only (no writes, ATTACH or setting "
                    "PRAGMAs); ingest changes the database, `quotebase db` migrates it"
                ) from exc
            if "interrupted" in message and time.monotonic() > deadline:
                raise QueryFailed(f"query stopped after its time limit of {time_limit:g}s") from exc
            raise QueryFailed(message) from exc
        columns = [d[0] for d in cursor.description or []]
        return QueryResult(columns, rows[:row_cap], truncated=len(rows) > row_cap)
    finally:
        conn.close()


def _run_postgresql(url: str, query: str, time_limit: float, row_cap: int) -> QueryResult:
    from sqlalchemy import text

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            conn.execute(text(f"SET LOCAL statement_timeout = {int(time_limit * 1000)}"))
            # The driver's own cursor, with no parameters: a % in the query stays a %.
            cursor = conn.connection.cursor()
            try:
                cursor.execute(query)
                if cursor.description is None:
                    return QueryResult([], [], truncated=False)
                rows = [tuple(r) for r in cursor.fetchmany(row_cap + 1)]
                columns = [d[0] for d in cursor.description]
            except engine.dialect.dbapi.Error as exc:  # type: ignore[union-attr]
                message = str(exc)
                if "read-only transaction" in message:
                    raise QueryRefused("refused: `quotebase sql` is read-only") from exc
                if "statement timeout" in message:
                    raise QueryFailed(
                        f"query stopped after its time limit of {time_limit:g}s"
                    ) from exc
                raise QueryFailed(message.strip()) from exc
            finally:
                conn.rollback()
        return QueryResult(columns, rows[:row_cap], truncated=len(rows) > row_cap)
    finally:
        engine.dispose()
