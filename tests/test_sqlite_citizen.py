"""The database file is a good SQLite citizen: plain sqlite3, sqlite-utils and datasette read
it, and its full-text table is the one they offer search on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from typer.testing import CliRunner

from quotebase.cli import app
from tests.conftest import SEEDS

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("citizen") / "quotebase.db"
    assert CliRunner().invoke(app, ["ingest", "--db", str(path), str(SEEDS)]).exit_code == 0
    return path


def test_plain_sqlite3_reads_the_view(seeded: Path) -> None:
    with sqlite3.connect(seeded) as conn:
        rows = conn.execute(
            "select quote, speaker, chain from quote_attribution where quote like ?",
            ("%tearing rage%",),
        ).fetchall()
    assert ("the negotiator ← Ryan Crocker ← Dexter Filkins ← The Washington Post") in {
        r[2] for r in rows
    }


def test_datasette_recognises_the_full_text_table(seeded: Path) -> None:
    from datasette.utils import detect_fts

    with sqlite3.connect(seeded) as conn:
        assert detect_fts(conn, "quotes") == "quotes_fts"


def test_sqlite_utils_finds_the_full_text_table_and_searches_it(seeded: Path) -> None:
    db = sqlite_utils.Database(seeded)
    assert db["quotes"].detect_fts() == "quotes_fts"
    assert "quote_attribution" in db.view_names()
    hits = list(db["quotes"].search('"tearing rage"'))
    assert any("tearing rage" in hit["text"] for hit in hits)
