"""Reading back through the driver: the reader, who-said's index pieces, quick start-up."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from quotebase.ingest import ingest
from quotebase.storage import migrations
from quotebase.storage.engine import HEAD_REVISION, current_revision, open_database
from quotebase.storage.queries import (
    iter_quotes,
    list_quotes,
    show,
    speakers,
    trigram_pieces,
    who_said,
)
from quotebase.storage.reader import open_reader
from tests.conftest import fake_extractor

ARTICLE = (
    "The Daily Example\n\nA headline about talks\n\n"
    "Jane Doe said, “The U.S. talks went well in 2024.” Later, John Roe said, “We will meet "
    "again, and the U.S. will talk.” Observers called it the “quiet summit” in private.\n"
)


@pytest.fixture
def stored(engine: Engine, tmp_path: Path) -> Engine:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Jane Doe", "Ann Lee"), encoding="utf-8")
    assert ingest([tmp_path], engine, extractor=fake_extractor).ok
    return engine


@given(phrase=st.text(max_size=60))
def test_trigram_pieces_match_every_text_containing_the_phrase(phrase: str) -> None:
    pieces = trigram_pieces(phrase)
    assert len(pieces) <= 4
    for piece in pieces:
        assert len(piece) == 3 and all(c in "abcdefghijklmnopqrstuvwxyz0123456789" for c in piece)
    # In order and apart: LIKE '%p1%p2%...%' matches the lowered phrase, so every text that
    # contains the phrase.
    assert re.search(".*".join(pieces), phrase.lower(), re.DOTALL)


def test_trigram_pieces_leave_phrases_of_short_words_to_the_whole_pattern() -> None:
    assert trigram_pieces("U.S. Iran") == []  # one piece: the index learns more from " s "
    assert trigram_pieces("ab") == []
    assert trigram_pieces("token17") == ["tok", "n17"]  # digits count as rare
    assert trigram_pieces("Wrote meaningful") == ["wro", "mea", "nin", "gfu"]


def test_reader_and_session_read_the_same(stored: Engine, db_url: str) -> None:
    with Session(stored) as session, open_reader(db_url) as reader:
        assert list_quotes(reader) == list_quotes(session)
        assert list_quotes(reader, speaker="doe", speech_only=True) == list_quotes(
            session, speaker="doe", speech_only=True
        )
        assert list(iter_quotes(reader, batch=2)) == list_quotes(session)
        assert speakers(reader) == speakers(session)
        hits = who_said(reader, "the u.s.")
        assert [h.text for h in hits] == [
            "The U.S. talks went well in 2024.",
            "The U.S. talks went well in 2024.",
            "We will meet again, and the U.S. will talk.",
            "We will meet again, and the U.S. will talk.",
        ]
        assert hits == who_said(session, "the u.s.")
        assert hits[0].chain_text in {"Jane Doe ← The Daily Example", "Ann Lee ← The Daily Example"}
        assert show(reader, hits[0].id) == show(session, hits[0].id)


def test_open_reader_reads_through_the_driver_itself(stored: Engine, db_url: str) -> None:
    with open_reader(db_url) as reader:
        module = type(reader.connection).__module__
        assert module.startswith("sqlite3" if reader.dialect == "sqlite" else "psycopg")
        assert reader.revision() == HEAD_REVISION


def test_open_reader_creates_a_new_database_and_migrates_an_old_one(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with open_reader(str(path)) as reader:
        assert reader.rows("SELECT count(*) FROM quotes") == [(0,)]
    engine = open_database(str(path))
    migrations.downgrade(engine, "0001")
    with open_reader(str(path)) as reader:
        assert reader.revision() == HEAD_REVISION
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_open_reader_leaves_a_file_that_is_not_a_database_to_open_database(
    tmp_path: Path,
) -> None:
    from quotebase.storage.engine import DatabaseError

    path = tmp_path / "junk.db"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError):
        open_reader(str(path))


def test_a_session_is_flushed_before_it_is_read(stored: Engine) -> None:
    with Session(stored) as session:
        session.execute(text("UPDATE quotes SET text = 'Something new.' WHERE kind = 'term'"))
        assert who_said(session, "something new")


_PROBE = """
import sys
from typer.testing import CliRunner
from quotebase.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
loaded = [m for m in ("sqlalchemy", "spacy") if m in sys.modules]
print(result.exit_code, *loaded)
"""


@pytest.mark.parametrize(
    "command",
    [
        ["who-said", "talks went"],
        ["quotes", "--speaker", "Doe"],
        ["speakers"],
        ["export"],
        ["sql", "select count(*) from quotes"],
    ],
)
def test_query_commands_import_neither_sqlalchemy_nor_spacy(
    stored: Engine, db_url: str, command: list[str]
) -> None:
    if command[0] == "sql" and not db_url.startswith("sqlite"):
        pytest.skip("sql on PostgreSQL runs through a SQLAlchemy engine")
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE, *command, "--db", db_url],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.split() == ["0"], probe.stdout + probe.stderr


QUOTES = [
    "The talks went well, it's true.",
    "We met the U.S. envoy at 10:30 on 2024-05-01.",
    "Token123457 and token12345 are not the same.",
    "Rebuild the bridge; rebuild the TUNNEL too!",
    "Iranian-backed groups said 100% of it, during talks.",
    "talks_went badly",
    "Ça va? L'école est fermée.",
]
ALPHABET = "abcdeilmnorstuwTUSR0123457 .,;-'%_!?çé"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    phrase=st.one_of(
        st.text(alphabet=ALPHABET, min_size=1, max_size=20),
        st.sampled_from(QUOTES).flatmap(
            lambda q: st.tuples(st.integers(0, len(q)), st.integers(1, 25)).map(
                lambda ab: q[ab[0] : ab[0] + ab[1]]
            )
        ),
    )
)
@example(phrase="token123457")
@example(phrase="TOKEN12345")
@example(phrase="iranian-backed groups")
@example(phrase="rebuild the tunnel")
@example(phrase="the U.S. envoy")
@example(phrase="100% of")
@example(phrase="talks_went")
@example(phrase="ÇA VA? L'ÉCOLE")
def test_who_said_finds_exactly_the_quotes_containing_the_phrase(
    engine: Engine, phrase: str
) -> None:
    with Session(engine) as session:
        if not session.scalar(text("SELECT count(*) FROM documents")):
            _store_quotes(session)
        hits = [h.text for h in who_said(session, phrase, limit=50)]
        scanned = [h.text for h in who_said(session, phrase, limit=50, scan=True)]
    if phrase.isascii():
        assert set(hits) == {q for q in QUOTES if phrase.strip() and phrase.lower() in q.lower()}
    elif engine.dialect.name == "sqlite" and len(phrase) >= 3:
        return  # FTS5 folds the case of ç and é, SQLite's lower() (the scan's) does not
    assert hits == scanned, phrase


def _store_quotes(session: Session) -> None:
    body = "Outlet\n\n" + " ".join(f"Jane Doe said, “{q}”" for q in QUOTES) + "\n"
    session.execute(
        text(
            "INSERT INTO documents (source, name, content_hash, text, extractor_version,"
            " ingested_at) VALUES ('x', 'x.txt', 'h', :body, 't', :at)"
        ),
        {"body": body, "at": datetime(2020, 1, 1)},
    )
    for seq, quote in enumerate(QUOTES):
        session.execute(
            text(
                """INSERT INTO quotes (document_id, seq, fingerprint, start, "end", text, kind,
                closed) SELECT id, :seq, :fingerprint, 0, 1, :text, 'direct', :closed
                FROM documents"""
            ),
            {"seq": seq, "fingerprint": str(seq), "text": quote, "closed": True},
        )
    session.commit()
