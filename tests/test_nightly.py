"""A re-ingest with nothing to do, decided through the driver alone (quotebase.nightly).

It must say exactly what the full ingest would say when nothing changed, and hand every other
run to the full ingest: a new, changed, unreadable or pruned document, a lock held by another
ingest, standard input, a database that is missing or not migrated.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from quotebase import ingest as ingest_module
from quotebase import ingest_plan
from quotebase.cli import EXIT_LOCKED, app
from quotebase.ingest import Shard, ingest
from quotebase.nightly import nothing_to_do
from quotebase.storage.locks import ingest_lock
from tests.conftest import ROOT, fake_extractor

runner = CliRunner()


def article(i: int) -> str:
    return f"Outlet\n\nHeadline {i}\n\nJane Doe said, “Point {i} stands.” Others disagreed.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(4):
        (folder / f"doc{i}.txt").write_text(article(i), encoding="utf-8")
    return folder


@pytest.fixture
def stored(engine: Engine, corpus: Path) -> Engine:
    assert len(ingest([corpus], engine, extractor=fake_extractor).added) == 4
    return engine


def db_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_an_unchanged_corpus_gets_the_full_ingests_report(stored: Engine, corpus: Path) -> None:
    quick = nothing_to_do([corpus], db_of(stored))
    full = ingest([corpus], stored, extractor=fake_extractor)
    assert quick is not None
    assert quick.as_dict() == full.as_dict()
    assert quick.summary() == "0 added, 0 updated, 4 unchanged, 0 failed; 0 quotes stored"


def test_progress_is_told_of_every_unchanged_document(stored: Engine, corpus: Path) -> None:
    events: list[tuple[str, str]] = []
    nothing_to_do([corpus], db_of(stored), progress=lambda e, p: events.append((e, p)))
    assert [e for e, _ in events] == ["unchanged"] * 4


def test_a_shard_checks_only_its_own_documents(stored: Engine, corpus: Path) -> None:
    checked = []
    for k in (1, 2):
        shard = Shard(k, 2)
        quick = nothing_to_do([corpus], db_of(stored), shard=shard)
        full = ingest([corpus], stored, extractor=fake_extractor, shard=shard)
        assert quick is not None
        assert quick.unchanged == full.unchanged
        checked += quick.unchanged
    assert sorted(checked) == sorted(str(p.resolve()) for p in corpus.iterdir())


def _change(corpus: Path) -> None:
    (corpus / "doc2.txt").write_text(article(2) + "A new line.\n", encoding="utf-8")


def _add(corpus: Path) -> None:
    (corpus / "doc9.txt").write_text(article(9), encoding="utf-8")


def _spoil(corpus: Path) -> None:
    (corpus / "doc1.txt").write_bytes(b"")  # an empty document is a read error


def _delete(corpus: Path) -> None:
    (corpus / "doc3.txt").unlink()


@pytest.mark.parametrize("edit", [_change, _add, _spoil], ids=["changed", "new", "unreadable"])
def test_any_document_with_work_to_do_leaves_the_run_to_the_full_ingest(
    stored: Engine, corpus: Path, edit: Callable[[Path], None]
) -> None:
    edit(corpus)
    assert nothing_to_do([corpus], db_of(stored)) is None


def test_a_newer_extractor_is_work_to_do(
    stored: Engine, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_plan, "EXTRACTOR_VERSION", "999")
    assert nothing_to_do([corpus], db_of(stored)) is None


def test_a_gone_document_is_work_only_when_pruning(stored: Engine, corpus: Path) -> None:
    _delete(corpus)
    quick = nothing_to_do([corpus], db_of(stored))
    assert quick is not None and len(quick.unchanged) == 3
    assert nothing_to_do([corpus], db_of(stored), prune=True) is None
    assert len(ingest([corpus], stored, extractor=fake_extractor, prune=True).removed) == 1
    assert nothing_to_do([corpus], db_of(stored), prune=True) is not None


def test_a_lock_held_by_another_ingest_leaves_the_run_to_the_full_ingest(
    stored: Engine, corpus: Path
) -> None:
    with ingest_lock(stored):
        assert nothing_to_do([corpus], db_of(stored)) is None
    assert nothing_to_do([corpus], db_of(stored)) is not None  # and the lock is given back


def test_the_cli_still_says_another_ingest_is_running(stored: Engine, corpus: Path) -> None:
    with ingest_lock(stored):
        result = runner.invoke(app, ["ingest", "--db", db_of(stored), str(corpus)])
    assert result.exit_code == EXIT_LOCKED
    assert "--wait" in result.output


def test_standard_input_is_never_read_here(stored: Engine) -> None:
    assert nothing_to_do([Path("-")], db_of(stored)) is None


def test_a_missing_or_unmigrated_sqlite_database_is_left_alone(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    assert nothing_to_do([tmp_path], str(missing)) is None
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert nothing_to_do([tmp_path], str(empty)) is None


def test_the_cli_falls_back_to_the_full_ingest_for_a_changed_document(
    stored: Engine, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "spacy_extractor", lambda: fake_extractor)
    _change(corpus)
    result = runner.invoke(app, ["ingest", "--db", db_of(stored), str(corpus)])
    assert result.exit_code == 0, result.output
    assert "0 added, 1 updated, 3 unchanged, 0 failed" in result.output


_NIGHTLY = """
import sys
from typer.testing import CliRunner
from quotebase.cli import app
result = CliRunner().invoke(app, ["ingest", "--quiet", "--db", sys.argv[1], sys.argv[2]])
loaded = [m for m in ("sqlalchemy", "spacy") if m in sys.modules]
print(result.exit_code, result.output.strip(), loaded)
"""


def test_a_nightly_run_with_nothing_to_do_imports_neither_sqlalchemy_nor_spacy(
    stored: Engine, corpus: Path
) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _NIGHTLY, db_of(stored), str(corpus)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert out.stdout.strip() == "0 0 added, 0 updated, 4 unchanged, 0 failed; 0 quotes stored []"
