"""Database URLs, read without SQLAlchemy where a query command needs them."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from quotebase.storage.engine import is_sqlite, safe_url, sqlite_database

URLS = [
    "sqlite:///quotebase.db",
    "sqlite:////tmp/a b.db",
    "sqlite://",
    "sqlite:///:memory:",
    "sqlite:///file:x.db?mode=ro&uri=true",
    "sqlite+pysqlite:///x.db",
    "sqlite:///a%20b.db",
    "postgresql+psycopg://user:secret@host:5432/news?options=-csearch_path%3Dx",
]


@pytest.mark.parametrize("url", URLS)
def test_sqlite_urls_read_as_sqlalchemy_reads_them(url: str) -> None:
    parsed = make_url(url)
    assert is_sqlite(url) == (parsed.get_backend_name() == "sqlite")
    if is_sqlite(url):
        assert sqlite_database(url) == parsed.database


def test_safe_url_hides_the_password() -> None:
    assert "secret" not in safe_url(URLS[-1]) and "user" in safe_url(URLS[-1])
