"""Migrations are code under test: they build the schema, match the models, and round-trip."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.orm import Session

from quotebase.ingest import ingest
from quotebase.storage import migrations
from quotebase.storage.engine import HEAD_REVISION, current_revision
from quotebase.storage.models import Base, Document, Quote
from tests.conftest import SEEDS, fake_extractor

TABLES = {
    "documents",
    "entities",
    "entity_aliases",
    "entity_keys",
    "quotes",
    "chain_hops",
    "ingest_runs",
}


def test_head_revision_constant_matches_the_newest_migration() -> None:
    assert migrations.head_revision() == HEAD_REVISION


def test_upgrade_head_builds_every_table_and_the_view(engine: Engine) -> None:
    names = set(inspect(engine).get_table_names())
    assert names >= TABLES
    assert "quote_attribution" in inspect(engine).get_view_names()
    assert current_revision(engine) == HEAD_REVISION


def test_models_and_migrations_do_not_drift(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": migrations.include_object}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_upgrade_again_with_data(engine: Engine) -> None:
    report = ingest([SEEDS], engine, extractor=fake_extractor)
    assert report.ok and len(report.added) == 2
    migrations.downgrade(engine, "base")
    assert TABLES.isdisjoint(inspect(engine).get_table_names())
    migrations.upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    again = ingest([SEEDS], engine, extractor=fake_extractor)
    assert len(again.added) == 2
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 2
        assert session.scalar(select(func.count()).select_from(Quote)) == again.quotes


def test_view_reads_one_row_per_quote(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Outlet\n\nJane Doe said, “Yes.” A “term”.\n")
    report = ingest([tmp_path], engine, extractor=fake_extractor)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT quote, speaker, chain FROM quote_attribution")).all()
    assert len(rows) == report.quotes
    assert sorted((r.quote, r.speaker, r.chain) for r in rows if r.speaker) == [
        ("Yes.", "Jane Doe", "Jane Doe ← Outlet")
    ]


def test_one_step_down_and_up_keeps_the_data_and_the_search_index_in_sync(
    engine: Engine, tmp_path: Path
) -> None:
    from quotebase.storage.queries import who_said

    (tmp_path / "a.txt").write_text("Outlet\n\nJane Doe said, “Rebuild the bridge.”\n")
    ingest([tmp_path], engine, extractor=fake_extractor)
    with Session(engine) as session:
        before = [(q.id, q.text) for q in session.scalars(select(Quote))]
    migrations.downgrade(engine, "-1")  # drops the full-text index, keeps the tables
    assert current_revision(engine) == "0001"
    with engine.begin() as conn:  # a quote written while the index is gone
        conn.execute(text("UPDATE quotes SET text = 'Rebuild the tunnel.'"))
    migrations.upgrade(engine)
    with Session(engine) as session:
        assert [(q.id, q.text) for q in session.scalars(select(Quote))] == [
            (before[0][0], "Rebuild the tunnel.")
        ]
        assert [h.text for h in who_said(session, "the tunnel")] == ["Rebuild the tunnel."]
        assert who_said(session, "the bridge") == []
