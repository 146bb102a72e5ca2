"""full-text search on quotes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

`who-said` finds a phrase literally and case-insensitively. A LIKE '%phrase%' scan reads every
quote; these indexes answer the same question from an index:
- SQLite: an FTS5 table with the trigram tokenizer (substring matching, Unicode case folding),
  external-content over `quotes`, kept in sync by triggers. datasette recognises it as the
  full-text table of `quotes` (it looks for content="quotes" in double quotes).
- PostgreSQL: a pg_trgm GIN index on lower(text), which LIKE '%phrase%' queries use.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_UP = [
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content="quotes", content_rowid="id", tokenize="trigram")""",
    "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
]
_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS quotes_fts_update",
    "DROP TRIGGER IF EXISTS quotes_fts_delete",
    "DROP TRIGGER IF EXISTS quotes_fts_insert",
    "DROP TABLE IF EXISTS quotes_fts",
]
_POSTGRESQL_DOWN = ["DROP INDEX IF EXISTS ix_quotes_text_trgm"]


def _postgresql_up() -> None:
    # The extension lives once per database, in public, whatever schema quotebase's tables
    # are in; its operator class is named with the schema it is actually in, so that a search
    # path without that schema still finds it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
    schema = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'pg_trgm'"
        )
        .scalar_one()
    )
    op.execute(
        "CREATE INDEX ix_quotes_text_trgm ON quotes"
        f' USING gin (lower(text) "{schema}".gin_trgm_ops)'
    )


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _run(_SQLITE_UP)
    else:
        _postgresql_up()


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _run(_SQLITE_DOWN if sqlite else _POSTGRESQL_DOWN)
