"""Shared fixtures: databases on SQLite (always) and PostgreSQL (when configured).

Set QUOTEBASE_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test) to run
every database test on PostgreSQL too; each test gets a schema of its own, dropped after.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from quotebase.extract.records import (
    DocumentMeta,
    EntityKind,
    Extraction,
    Hop,
    HopRole,
    Mention,
    Quote,
    QuoteKind,
)
from quotebase.storage.engine import database_url, open_database

PG_URL = os.environ.get("QUOTEBASE_TEST_PG_URL")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield database_url(str(tmp_path / "test.db"))
        return
    assert PG_URL is not None
    schema = "qb_" + uuid.uuid4().hex[:12]
    admin = create_engine(database_url(PG_URL))
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    try:
        # public stays on the path: pg_trgm may already be installed there.
        yield database_url(PG_URL) + f"{sep}options=-csearch_path%3D{schema},public"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on a database migrated to head by the migrations (never create_all)."""
    eng = open_database(db_url)
    yield eng
    eng.dispose()


# A stand-in extractor for storage and CLI tests that must not depend on the language model:
# `Name said, “...”` gives a speaker, any other “...” is a term without one.
_SAID = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)*) said, “([^”]+)”")
_ANY = re.compile(r"“([^”]+)”")


def fake_extract(text_: str, meta: DocumentMeta) -> Extraction:
    quotes = []
    voice = Hop(meta.voice or "Unknown", HopRole.DOCUMENT, EntityKind.PUBLICATION)
    said = {m.start(2): m for m in _SAID.finditer(text_)}
    for m in _ANY.finditer(text_):
        start, end = m.start(1), m.end(1)
        if start in said:
            who = said[start]
            speaker = Hop(
                who.group(1),
                HopRole.SPEAKER,
                EntityKind.PERSON,
                cue="said",
                mention=Mention(who.group(1), who.start(1), who.end(1)),
            )
            quotes.append(
                Quote(
                    start,
                    end,
                    m.group(1),
                    QuoteKind.DIRECT,
                    speaker=speaker,
                    cue="said",
                    chain=(speaker, voice),
                )
            )
        else:
            quotes.append(Quote(start, end, m.group(1), QuoteKind.TERM))
    return Extraction(quotes=tuple(quotes), meta=meta)


def fake_extractor(items: Iterable[tuple[str, DocumentMeta]]) -> Iterator[Extraction]:
    for text_, meta in items:
        yield fake_extract(text_, meta)
