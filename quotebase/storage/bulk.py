"""Writing many rows of a table in one statement.

On PostgreSQL the rows travel as one array per column: ``INSERT ... SELECT ... FROM
unnest(...)`` and ``UPDATE ... FROM unnest(...)``. The statement's text is then the same
whatever the number of rows, so psycopg prepares it once per connection and the server parses
and plans it once, where a multi-row ``VALUES`` list is a new statement for every document.
Elsewhere (SQLite runs in-process) the rows go to ``executemany``, which SQLAlchemy turns into
multi-row INSERTs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    Connection,
    Executable,
    Row,
    String,
    Table,
    Text,
    bindparam,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.types import TypeEngine

# Statements built once per (table, columns, ...): building one costs more than running it.
_STATEMENTS: dict[tuple[object, ...], Executable] = {}


def insert_rows(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, object]],
    returning: Sequence[str] = (),
) -> list[Row[Any]]:
    """Insert rows (all with the same keys) in one statement.

    Args:
        conn: A connection inside the caller's transaction.
        table: The table.
        rows: Column values by column name; every row has the same names.
        returning: Columns to return for every row inserted, in no particular order: match
            them back to the rows by a unique column.

    Returns:
        The ``returning`` columns of the inserted rows, or an empty list.
    """
    if not rows:
        return []
    columns = tuple(rows[0])
    if conn.dialect.name != "postgresql":
        statement = insert(table)
        if returning:
            statement = statement.returning(*(table.c[name] for name in returning))
        result = conn.execute(statement, list(rows))
        return list(result.all()) if returning else []
    key = ("insert", table.name, columns, tuple(returning))
    cached = _STATEMENTS.get(key)
    if cached is None:
        source = _unnest(table, columns)
        built = insert(table).from_select(columns, select(*(source.c[c] for c in columns)))
        if returning:
            built = built.returning(*(table.c[name] for name in returning))
        cached = _STATEMENTS[key] = built
    result = conn.execute(cached, _arrays(columns, rows))
    return list(result.all()) if returning else []


def update_rows(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, object]], key: str = "id"
) -> None:
    """Update rows (all with the same keys) found by ``key``, in one statement.

    Args:
        conn: A connection inside the caller's transaction.
        table: The table.
        rows: ``key`` and the new values, by column name; every row has the same names.
        key: The column that finds each row; its value is not changed.
    """
    if not rows:
        return
    columns = tuple(rows[0])
    changed = [c for c in columns if c != key]
    if conn.dialect.name != "postgresql":
        by_key = f"_{key}"  # a bound name that is no column: the column's own name is SET
        statement = update(table).where(table.c[key] == bindparam(by_key))
        conn.execute(
            statement,
            [{by_key: row[key], **{c: row[c] for c in changed}} for row in rows],
        )
        return
    cache_key = ("update", table.name, columns, key)
    cached = _STATEMENTS.get(cache_key)
    if cached is None:
        source = _unnest(table, columns)
        cached = _STATEMENTS[cache_key] = (
            update(table)
            .where(table.c[key] == source.c[key])
            .values({c: source.c[c] for c in changed})
        )
    conn.execute(cached, _arrays(columns, rows))


def _unnest(table: Table, columns: tuple[str, ...]) -> Any:
    """``unnest(:a_values, :b_values, ...) AS (a, b, ...)``: an array parameter per column.

    (A parameter of an INSERT or UPDATE cannot take a column's own name.)
    """
    arrays = [
        bindparam(f"{c}_values", type_=ARRAY(_element_type(table.c[c].type))) for c in columns
    ]
    return func.unnest(*arrays).table_valued(*columns).render_derived()


def _element_type(column_type: TypeEngine[Any]) -> TypeEngine[Any]:
    # An array of VARCHAR(n) would cut longer strings short when cast; as text they reach
    # the column, which refuses them as a single-row INSERT would.
    return Text() if isinstance(column_type, String) else column_type


def _arrays(columns: tuple[str, ...], rows: Sequence[Mapping[str, object]]) -> dict[str, list]:
    return {f"{c}_values": [row[c] for row in rows] for c in columns}
