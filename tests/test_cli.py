"""The command line through Typer's CliRunner: exit codes first, then the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from quotebase import ingest as ingest_module
from quotebase.cli import app
from quotebase.storage.engine import open_database
from quotebase.storage.models import Document
from tests.conftest import fake_extractor

runner = CliRunner()

ARTICLE = (
    "The Daily Example\n\nA headline about talks\n\nBy Sam Writer\n\n"
    "Jane Doe said, “The talks went well, it's true.” Others spoke of a “quiet summit”.\n"
)


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """CLI tests here exercise storage and output; the model-backed path has its own tests."""
    monkeypatch.setattr(ingest_module, "spacy_extractor", lambda: fake_extractor)


@pytest.fixture
def loaded(db_url: str, tmp_path: Path) -> str:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--db", db_url, str(folder)])
    assert result.exit_code == 0, result.output
    return db_url


def test_every_command_has_help() -> None:
    commands = [
        "ingest",
        "who-said",
        "quotes",
        "show",
        "speakers",
        "export",
        "extract",
        "sql",
        "db",
        "eval",
    ]
    for command in commands:
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output
        assert len(result.output.splitlines()) > 3


def test_ingest_prints_a_summary_and_is_idempotent(loaded: str, tmp_path: Path) -> None:
    again = runner.invoke(app, ["ingest", "--db", loaded, str(tmp_path / "articles")])
    assert again.exit_code == 0
    assert "0 added, 0 updated, 1 unchanged, 0 failed" in again.output


def test_ingest_exit_code_says_some_documents_failed(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--db", db_url, str(tmp_path)])
    assert result.exit_code == 1
    assert "empty.md: empty document" in result.output
    with Session(open_database(db_url)) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1


def test_db_is_read_from_the_environment(loaded: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEBASE_DB", loaded)
    result = runner.invoke(app, ["quotes", "--format", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.output)) == 2


def test_who_said_jsonl_follows_the_contract(loaded: str) -> None:
    result = runner.invoke(app, ["who-said", "--db", loaded, "talks went", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert list(record) == [
        "id",
        "document",
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "speaker_start",
        "speaker_end",
        "cue",
        "reporting_source",
        "chain",
        "parent_id",
    ]
    assert record["speaker"] == "Jane Doe"
    assert record["chain"] == ["Jane Doe", "Sam Writer"]
    assert record["document"] == "talks.txt"
    assert ARTICLE[record["start"] : record["end"]] == record["text"]


def test_who_said_table_shows_speaker_chain_and_document(loaded: str) -> None:
    result = runner.invoke(app, ["who-said", "--db", loaded, "TALKS WENT"])
    assert result.exit_code == 0
    assert "Jane Doe ← Sam Writer" in result.output
    assert "A headline about talks" in result.output


def test_who_said_with_no_hit_exits_non_zero(loaded: str) -> None:
    result = runner.invoke(app, ["who-said", "--db", loaded, "never said"])
    assert result.exit_code == 1
    assert "No quotation contains" in result.output


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_listing_commands_take_every_format(loaded: str, fmt: str) -> None:
    for command in (["quotes"], ["speakers"], ["sql", "select 1 as one"]):
        result = runner.invoke(app, [*command, "--db", loaded, "--format", fmt])
        assert result.exit_code == 0, (command, result.output)
        assert result.output.strip()


def test_show_prints_the_paragraph_and_missing_ids_fail(loaded: str) -> None:
    found = json.loads(runner.invoke(app, ["quotes", "--db", loaded, "-f", "json"]).output)
    result = runner.invoke(app, ["show", str(found[0]["id"]), "--db", loaded, "-f", "json"])
    assert result.exit_code == 0
    assert "Others spoke of" in json.loads(result.output)[0]["paragraph"]
    missing = runner.invoke(app, ["show", "999999", "--db", loaded])
    assert missing.exit_code == 1 and "no quote with id 999999" in missing.output


def test_export_writes_every_quote_atomically(loaded: str, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    result = runner.invoke(app, ["export", "--db", loaded, "-o", str(out)])
    assert result.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and not (tmp_path / "all.jsonl.part").exists()


def test_speakers_lists_aliases_and_counts(loaded: str) -> None:
    result = runner.invoke(app, ["speakers", "--db", loaded, "-f", "json"])
    assert json.loads(result.output)[0] == {
        "id": json.loads(result.output)[0]["id"],
        "name": "Jane Doe",
        "kind": "person",
        "quotes": 1,
        "aliases": [],
    }


WRITES = [
    "DELETE FROM quotes",
    "UPDATE quotes SET text = 'x'",
    "DROP TABLE quotes",
    "INSERT INTO entities (name, kind, scope) VALUES ('x', 'person', '')",
    "CREATE TABLE evil (x int)",
]


@pytest.mark.parametrize("query", WRITES)
def test_sql_refuses_writes_and_leaves_the_database_unchanged(loaded: str, query: str) -> None:
    result = runner.invoke(app, ["sql", query, "--db", loaded])
    assert result.exit_code == 3, result.output
    assert "read-only" in result.output
    check = runner.invoke(
        app, ["sql", "select count(*) as n from quotes", "--db", loaded, "-f", "json"]
    )
    assert json.loads(check.output) == [{"n": 2}]


def test_sql_refuses_attach_and_writing_pragmas(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    assert runner.invoke(app, ["ingest", "--db", db, str(tmp_path / "none.txt")]).exit_code == 1
    other = tmp_path / "other.db"
    for query in (
        f"ATTACH DATABASE '{other}' AS o",
        "PRAGMA query_only=0",
        "PRAGMA journal_mode=DELETE",
    ):
        result = runner.invoke(app, ["sql", query, "--db", db])
        assert result.exit_code == 3, (query, result.output)
    assert not other.exists()


def test_sql_stops_a_query_that_never_ends(loaded: str) -> None:
    forever = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    )
    result = runner.invoke(app, ["sql", forever, "--db", loaded, "--time-limit", "0.5"])
    assert result.exit_code == 1
    assert "time limit" in result.output


def test_sql_caps_rows(loaded: str) -> None:
    query = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50) "
        "SELECT x FROM c"
    )
    result = runner.invoke(app, ["sql", query, "--db", loaded, "--max-rows", "7", "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["x", "1", "2", "3", "4", "5", "6", "7"]
    assert "stopped at 7 rows" in result.stderr


def test_db_commands_report_and_move_the_revision(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    assert runner.invoke(app, ["db", "current", "--db", db]).output.strip() == "none"
    assert runner.invoke(app, ["db", "upgrade", "--db", db]).output.strip() == "0002"
    assert runner.invoke(app, ["db", "downgrade", "base", "--db", db]).output.strip() == "none"
    bad = runner.invoke(app, ["db", "upgrade", "nonsense", "--db", db])
    assert bad.exit_code == 1 and "cannot upgrade" in bad.output


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(tmp_path / "no" / "such" / "dir.db")])
    assert result.exit_code == 3
    assert "Error:" in result.output


@pytest.mark.parametrize(
    ("fmt", "marker"), [("dot", "digraph"), ("mermaid", "flowchart"), ("svg", "<svg")]
)
def test_graph_draws_the_chains(loaded: str, fmt: str, marker: str) -> None:
    result = runner.invoke(app, ["graph", "--db", loaded, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert marker in result.stdout
    assert "Jane Doe" in result.stdout and "Sam Writer" in result.stdout


def test_graph_for_an_unknown_speaker_says_so(loaded: str) -> None:
    result = runner.invoke(app, ["graph", "--db", loaded, "--speaker", "Nobody Atall"])
    assert result.exit_code == 1
    assert "no quotations with a chain" in result.output


def test_extract_reads_a_jsonl_archive_from_stdin() -> None:
    line = json.dumps({"text": "Outlet\n\nJane Doe said, “Fine.”\n", "title": "T"})
    result = runner.invoke(app, ["extract", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["text"] == "Fine." and record["document"] == "<stdin>#1"
