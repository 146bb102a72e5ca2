"""Bad input is refused gracefully: a one-line message naming the file and the reason, the
other documents land, the exit code tells cron, and the ingest-run record keeps the failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from quotebase import ingest as ingest_module
from quotebase.cli import app
from quotebase.extract import MAX_CHARS
from quotebase.storage.engine import open_database
from quotebase.storage.models import Document, IngestRun
from tests.conftest import fake_extractor

runner = CliRunner()
GOOD = "Outlet\n\nJane Doe said, “All is well.”\n"


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "spacy_extractor", lambda: fake_extractor)


def make_bad(folder: Path, kind: str) -> str:
    """Write one bad input of ``kind`` into ``folder``; return the text its message must hold."""
    path = folder / f"bad-{kind}.txt"
    if kind == "empty":
        path.write_bytes(b"")
        return "empty document"
    if kind == "binary":
        path.write_bytes(bytes(range(256)) * 4)
        return "binary"
    if kind == "too-long-for-spacy":
        path.write_text("Outlet\n\n" + "word " * (MAX_CHARS // 5 + 10), encoding="utf-8")
        return "max_length"
    if kind == "fifty-megabytes":
        with path.open("w", encoding="utf-8") as out:
            line = "All work and no play makes a long day. " * 25 + "\n"
            for _ in range(50_000_000 // len(line) + 1):
                out.write(line)
        return "over the limit"
    if kind == "symlink-loop":
        (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
        (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
        return "loop-"
    if kind == "directory-named-like-a-file":
        path.mkdir()
        (path / "inside.csv").write_text("x", encoding="utf-8")
        return ""
    raise AssertionError(kind)


BAD_KINDS = ["empty", "binary", "too-long-for-spacy", "fifty-megabytes", "symlink-loop"]


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_each_bad_input_gets_one_line_and_the_others_land(
    db_url: str, tmp_path: Path, kind: str
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    expected = make_bad(tmp_path, kind)
    result = runner.invoke(app, ["ingest", "--db", db_url, str(tmp_path)])
    assert result.exit_code == 1, result.output
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert failures and all(expected in line for line in failures), result.stderr
    assert all(len(line) < 400 for line in failures), "one short line each"
    engine = open_database(db_url)
    with Session(engine) as session:
        assert session.scalars(select(Document.name)).all() == ["good.txt"]
        run = session.scalar(select(IngestRun))
        assert run is not None and run.failed == len(failures)
        assert all(f["reason"] for f in json.loads(run.failures))


def test_unreadable_file_is_named_with_the_reason(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    real = Path.read_bytes

    def deny(self: Path) -> bytes:  # root reads everything, so refuse the way the OS would
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    result = runner.invoke(app, ["ingest", "--db", db_url, str(tmp_path)])
    assert result.exit_code == 1
    assert "locked.txt: cannot read (Permission denied)" in result.stderr


def test_a_path_that_does_not_exist(db_url: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "--db", db_url, str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "nowhere: no such file or folder" in result.stderr


def test_other_encodings_are_decoded_and_said(db_url: str, tmp_path: Path) -> None:
    french = (
        "Le Journal\n\nLa rédaction a passé l'été à Genève, où les élèves étaient très "
        "nombreux à répéter leurs leçons près du château. José Núñez said, "
        "“Ça va très bien, merci.” Les députés ont déjà voté; l'opposition a dénoncé "
        "une décision précipitée et réclamé des élections anticipées dès la rentrée.\n"
    )
    (tmp_path / "latin.txt").write_bytes(french.encode("cp1252"))
    (tmp_path / "broken-utf8.txt").write_bytes(GOOD.encode("utf-8") + b"\xff\xfe tail\n")
    result = runner.invoke(app, ["ingest", "--db", db_url, str(tmp_path)])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 2 and all("decoded as" in n for n in notes)
    quotes = json.loads(runner.invoke(app, ["quotes", "--db", db_url, "-f", "json"]).stdout)
    assert "Ça va très bien, merci." in {q["text"] for q in quotes}


def test_a_folder_of_thousands_of_files(db_url: str, tmp_path: Path) -> None:
    for i in range(2000):
        (tmp_path / f"n{i:04d}.txt").write_text(GOOD.replace("well", f"well {i}"), "utf-8")
    result = runner.invoke(app, ["ingest", "--db", db_url, "--quiet", str(tmp_path)])
    assert result.exit_code == 0
    assert "2000 added" in result.stdout
    again = runner.invoke(app, ["ingest", "--db", db_url, "--quiet", str(tmp_path)])
    assert "2000 unchanged" in again.stdout


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“" * 200 + "unbalanced " + "”" * 3 + " ‘ “ ’ " * 100,
        "Outlet\n\n" + "He said, “a ‘b “c ‘d “e ‘f “g ‘h “i ‘j deep’ i” h’ g” f’ e” d’ c” b’ a.”",
        "Outlet\n\n" + ("“Open without closing, she said.\n" * 50),
    ],
    ids=["marks-everywhere", "ten-deep", "never-closed"],
)
def test_hostile_quotation_marks_extract_without_error(text: str) -> None:
    from quotebase.extract.pipeline import extract
    from quotebase.extract.records import DocumentMeta

    extraction = extract(text, DocumentMeta(outlet="Outlet"))
    for quote in extraction.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.chain == () or quote.chain[-1].name == "Outlet"
