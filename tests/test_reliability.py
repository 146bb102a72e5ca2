"""A nightly re-ingest that never loses, duplicates or corrupts anything."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from quotebase import ingest as ingest_module
from quotebase import ingest_plan
from quotebase.extract.records import DocumentMeta, Extraction
from quotebase.ingest import Shard, ingest
from quotebase.storage.engine import open_database
from quotebase.storage.locks import IngestLocked, ingest_lock
from quotebase.storage.models import Document, Entity, IngestRun
from quotebase.storage.models import Quote as QuoteRow
from tests.conftest import ROOT, fake_extract, fake_extractor


def article(i: int) -> str:
    people = ["Jane Doe", "John Roe", "Ann Poe"]
    return (
        f"Outlet {i % 2}\n\nHeadline number {i}\n\n"
        f"{people[i % 3]} said, “Point {i} stands.” Then {people[(i + 1) % 3]} said, "
        f"“Reply {i}.”\n"
    )


def make_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return folder


def content(engine: Engine) -> list[tuple]:
    """The database by natural keys: what a user sees, independent of row ids."""
    with Session(engine) as session:
        rows = session.execute(
            select(Document.name, QuoteRow.seq, QuoteRow.text, Entity.name)
            .join(QuoteRow, QuoteRow.document_id == Document.id)
            .outerjoin(Entity, Entity.id == QuoteRow.speaker_id)
            .order_by(Document.name, QuoteRow.seq)
        ).all()
        entities = sorted(session.scalars(select(Entity.name)).all())
    return [tuple(r) for r in rows] + [("entities", *entities)]


def ids(engine: Engine) -> list[tuple]:
    with Session(engine) as session:
        docs = session.execute(select(Document.id, Document.name).order_by(Document.id)).all()
        quotes = session.execute(select(QuoteRow.id, QuoteRow.text).order_by(QuoteRow.id)).all()
        ents = session.execute(select(Entity.id, Entity.name).order_by(Entity.id)).all()
    return [tuple(r) for r in (*docs, *quotes, *ents)]


def test_a_failing_document_costs_only_itself(engine: Engine, tmp_path: Path) -> None:
    make_corpus(tmp_path, 5)

    def flaky(items: Iterable[tuple[str, DocumentMeta]]) -> Iterator[Extraction]:
        for text, meta in items:
            if "number 2" in text:
                raise RuntimeError("parser exploded")
            yield fake_extract(text, meta)

    report = ingest([tmp_path], engine, extractor=flaky)
    assert len(report.added) == 4
    assert [f.path.endswith("doc002.txt") for f in report.failures] == [True]
    assert "parser exploded" in report.failures[0].reason
    with Session(engine) as session:
        run = session.scalar(select(IngestRun))
        assert run is not None and "doc002.txt" in run.failures


def test_a_second_ingest_is_refused_while_one_runs(engine: Engine, tmp_path: Path) -> None:
    make_corpus(tmp_path, 1)
    with ingest_lock(engine), pytest.raises(IngestLocked, match="--wait"):
        ingest([tmp_path], engine, extractor=fake_extractor)
    assert len(ingest([tmp_path], engine, extractor=fake_extractor).added) == 1


def test_shards_of_different_numbers_do_not_block_each_other(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer: every ingest takes the same lock")

    def take_first_shard_again() -> None:
        with ingest_lock(engine, "1/2"):
            pass

    with ingest_lock(engine, "1/2"), ingest_lock(engine, "2/2"):
        pytest.raises(IngestLocked, take_first_shard_again)


def test_databases_in_two_schemas_of_one_server_do_not_block_each_other(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        pytest.skip("PostgreSQL only: advisory locks are server-wide")
    import uuid

    from sqlalchemy import create_engine, text

    other = "qb_" + uuid.uuid4().hex[:12]
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {other}"))
    sibling = create_engine(
        engine.url.set(query={**engine.url.query, "options": f"-csearch_path={other}"})
    )

    def take_the_first_again() -> None:
        with ingest_lock(engine):
            pass

    try:
        with ingest_lock(engine), ingest_lock(sibling):
            pytest.raises(IngestLocked, take_the_first_again)
    finally:
        sibling.dispose()
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {other} CASCADE"))


def test_prune_removes_documents_whose_files_are_gone(engine: Engine, tmp_path: Path) -> None:
    make_corpus(tmp_path, 3)
    ingest([tmp_path], engine, extractor=fake_extractor)
    (tmp_path / "doc001.txt").unlink()
    kept = ingest([tmp_path], engine, extractor=fake_extractor)
    assert kept.removed == [] and len(kept.unchanged) == 2
    with Session(engine) as session:
        assert len(session.scalars(select(Document)).all()) == 3  # kept by default
    pruned = ingest([tmp_path], engine, extractor=fake_extractor, prune=True)
    assert [Path(p).name for p in pruned.removed] == ["doc001.txt"]
    assert "1 removed" in pruned.summary()
    with Session(engine) as session:
        assert sorted(session.scalars(select(Document.name))) == ["doc000.txt", "doc002.txt"]
        texts = set(session.scalars(select(QuoteRow.text)))
        assert "Point 1 stands." not in texts and "Point 2 stands." in texts


def test_a_newer_extractor_re_extracts_and_keeps_entity_ids(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_corpus(tmp_path, 3)
    ingest([tmp_path], engine, extractor=fake_extractor)
    before = {e: i for i, e in ids(engine) if isinstance(e, str) and "Doe" in e}
    # the version documents are stored with, and the one they are compared against
    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", "999")
    monkeypatch.setattr(ingest_plan, "EXTRACTOR_VERSION", "999")
    report = ingest([tmp_path], engine, extractor=fake_extractor)
    assert len(report.updated) == 3
    after = {e: i for i, e in ids(engine) if isinstance(e, str) and "Doe" in e}
    assert after == before
    assert len(ingest([tmp_path], engine, extractor=fake_extractor).unchanged) == 3


def test_sharded_ingests_together_equal_one_ingest(db_url: str, tmp_path: Path) -> None:
    # 40 documents: the chance that a hash leaves one of 3 shards empty is below 1e-6.
    corpus = make_corpus(tmp_path / "corpus", 40)
    whole = open_database(str(tmp_path / "whole.db"))
    ingest([corpus], whole, extractor=fake_extractor)
    sharded = open_database(db_url)
    taken = []
    for k in (1, 2, 3):
        report = ingest([corpus], sharded, extractor=fake_extractor, shard=Shard(k, 3))
        taken.append(len(report.added))
    assert sum(taken) == 40 and all(taken)
    assert content(sharded) == content(whole)


def test_shard_parse_refuses_nonsense() -> None:
    assert Shard.parse("2/3") == Shard(2, 3)
    for bad in ("0/3", "4/3", "x/2", "3", "1/0"):
        with pytest.raises(ValueError):
            Shard.parse(bad)


# A child process that ingests with the stand-in extractor, slowly, so it can be killed.
_CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[3])
    from tests.conftest import fake_extract
    from quotebase.ingest import Shard, ingest
    from quotebase.storage.engine import open_database
    from pathlib import Path

    def slow(items):
        for text, meta in items:
            time.sleep(float(sys.argv[4]) if len(sys.argv) > 4 else 0.15)
            yield fake_extract(text, meta)

    shard = Shard.parse(sys.argv[5]) if len(sys.argv) > 5 else None
    ingest([Path(sys.argv[2])], open_database(sys.argv[1]), extractor=slow, shard=shard,
           wait=True)
    """
)


def test_sigkill_in_the_middle_then_rerun_equals_an_uninterrupted_ingest(
    db_url: str, tmp_path: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus", 20)
    engine = open_database(db_url)
    child = subprocess.Popen([sys.executable, "-c", _CHILD, db_url, str(corpus), str(ROOT)])
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with Session(engine) as session:
                if len(session.scalars(select(Document.id)).all()) >= 5:
                    break
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    with Session(engine) as session:
        stored = len(session.scalars(select(Document.id)).all())
    assert 5 <= stored < 20, "killed mid-ingest"
    # PostgreSQL releases the killed process's advisory lock once it sees the connection
    # drop, a moment later: the next run waits for that, as a cron job would with --wait.
    report = ingest([corpus], engine, extractor=fake_extractor, wait=True)
    assert len(report.added) == 20 - stored and not report.failures
    whole = open_database(str(tmp_path / "whole.db"))
    ingest([corpus], whole, extractor=fake_extractor)
    assert content(engine) == content(whole)
    if engine.dialect.name == "sqlite":
        # SQLite reuses the ids of a rolled-back transaction; PostgreSQL sequences do not
        # (their gaps are harmless), so there the comparison above is by natural keys.
        assert ids(engine) == ids(whole)


def test_readers_keep_working_during_an_ingest(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    corpus = make_corpus(tmp_path / "corpus", 30)
    engine = open_database(db)
    ingest([corpus], engine, extractor=fake_extractor)
    (corpus / "doc000.txt").write_text(article(0) + "More.\n", encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", _CHILD, db, str(corpus), str(ROOT)])
    try:
        from quotebase.storage.readonly import run_sql

        answers = {
            run_sql("sqlite:///" + db, "select count(*) from documents").rows[0][0]
            for _ in range(20)
        }
        assert answers == {30}
    finally:
        child.wait()
    assert child.returncode == 0


def test_two_concurrent_shard_processes_equal_a_single_process_ingest(
    db_url: str, tmp_path: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus", 40)
    engine = open_database(db_url)  # migrated before the two processes start
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, db_url, str(corpus), str(ROOT), "0.01", shard]
        )
        for shard in ("1/2", "2/2")
    ]
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    whole = open_database(str(tmp_path / "whole.db"))
    ingest([corpus], whole, extractor=fake_extractor)
    assert content(engine) == content(whole)
    with Session(engine) as session:
        people = session.scalars(select(Entity.name).where(Entity.kind == "person")).all()
    assert sorted(people) == ["Ann Poe", "Jane Doe", "John Roe"], "no duplicate entities"


def test_archive_lines_are_documents_and_prune_follows_removed_lines(
    engine: Engine, tmp_path: Path
) -> None:
    import json

    archive = tmp_path / "feed.jsonl"
    lines = [{"text": article(i), "title": f"T{i}"} for i in range(3)]
    archive.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    report = ingest([tmp_path], engine, extractor=fake_extractor)
    assert len(report.added) == 3
    assert len(ingest([tmp_path], engine, extractor=fake_extractor, prune=True).unchanged) == 3
    archive.write_text("\n".join(json.dumps(x) for x in lines[:2]) + "\n", encoding="utf-8")
    pruned = ingest([tmp_path], engine, extractor=fake_extractor, prune=True)
    assert [p.rsplit("#", 1)[1] for p in pruned.removed] == ["3"]


def test_nightly_re_ingest_of_unchanged_files_never_imports_spacy(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 3)
    db = str(tmp_path / "n.db")
    ingest([corpus], open_database(db), extractor=fake_extractor)
    code = (
        "import sys; from pathlib import Path; from quotebase.ingest import ingest;"
        "from quotebase.storage.engine import open_database;"
        "r = ingest([Path(sys.argv[2])], open_database(sys.argv[1]));"
        "print(len(r.unchanged), 'spacy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, db, str(corpus)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert out.stdout.split() == ["3", "False"]
