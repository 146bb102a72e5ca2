"""The seed articles end to end, with the real model: ingest, who-said, quotes, SQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from quotebase.cli import app
from quotebase.storage.engine import open_database
from quotebase.storage.models import Base
from quotebase.storage.models import Quote as QuoteRow
from tests.conftest import SEEDS

pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture
def seeded(db_url: str) -> str:
    result = runner.invoke(app, ["ingest", "--db", db_url, str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "2 added" in result.stdout
    return db_url


def snapshot(db_url: str) -> tuple[dict[str, int], list[tuple[int, str]]]:
    with Session(open_database(db_url)) as session:
        counts = {
            t.name: session.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }
        ids = list(session.execute(select(QuoteRow.id, QuoteRow.text).order_by(QuoteRow.id)))
    return counts, [tuple(r) for r in ids]


def test_second_ingest_of_seeds_changes_nothing(seeded: str) -> None:
    before = snapshot(seeded)
    again = runner.invoke(app, ["ingest", "--db", seeded, str(SEEDS)])
    assert again.exit_code == 0
    assert "0 added, 0 updated, 2 unchanged, 0 failed" in again.stdout
    assert snapshot(seeded) == before


def test_who_said_tearing_rage_gives_the_negotiator_and_the_full_chain(seeded: str) -> None:
    result = runner.invoke(app, ["who-said", "--db", seeded, "tearing rage", "-f", "json"])
    assert result.exit_code == 0, result.output
    top = json.loads(result.stdout)[0]
    assert top["text"].startswith("Suleimani is in a tearing rage.")
    assert top["speaker"] == "the negotiator"
    assert top["chain"] == [
        "the negotiator",
        "Ryan Crocker",
        "Dexter Filkins",
        "The Washington Post",
    ]
    assert top["reporting_source"] == "Dexter Filkins"
    table = runner.invoke(app, ["who-said", "--db", seeded, "TEARING RAGE"])
    assert "recalled" in table.stdout
    assert "2020-01-03" in table.stdout and "Washington" in table.stdout


def test_quotes_by_any_spelling_of_suleimani_span_both_articles(seeded: str) -> None:
    spellings = ["Suleimani", "Soleimani", "Qassem Suleimani", "Haji Qassem", "Qasem"]
    results = []
    for name in spellings:
        out = runner.invoke(app, ["quotes", "--db", seeded, "--speaker", name, "-f", "json"])
        assert out.exit_code == 0
        results.append(json.loads(out.stdout))
    first = results[0]
    assert {q["document"][:4] for q in first} == {"iran", "wash"}
    assert all(r == first for r in results[1:]), "every spelling finds the same quotes"


def test_nested_and_narrator_chains_in_the_iran_review_seed(seeded: str) -> None:
    out = runner.invoke(app, ["quotes", "--db", seeded, "--document", "iran-review", "-f", "json"])
    quotes = {q["text"]: q for q in json.loads(out.stdout)}
    best = quotes["This is the best deal you can get."]
    assert best["speaker"] == "Javad Zarif"
    assert best["chain"] == ["Javad Zarif", "James Dobbins", "Seyed Hossein Mousavian"]
    assert best["parent_id"] is not None
    khatami = next(q for t, q in quotes.items() if t.startswith("I am confident that Bush"))
    assert khatami["chain"] == ["Khatami", "Seyed Hossein Mousavian"]
    title = next(q for t, q in quotes.items() if "Iran and the United States; the Failed Past" in t)
    assert title["speaker"] is None and title["kind"] == "title"


def test_sql_view_reads_like_the_readme_says(seeded: str) -> None:
    query = (
        "select quote, speaker, chain from quote_attribution "
        "where quote like '%tearing rage%' order by length(quote) limit 1"
    )
    out = runner.invoke(app, ["sql", "--db", seeded, query, "-f", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)[0]["chain"] == (
        "the negotiator ← Ryan Crocker ← Dexter Filkins ← The Washington Post"
    )


def test_graph_draws_the_seeds_chains(seeded: str) -> None:
    import re

    out = runner.invoke(app, ["graph", "--db", seeded, "--format", "dot"])
    assert out.exit_code == 0, out.output
    labels = dict(re.findall(r"^\s*(n\d+) \[label=\"([^\"]+)\"", out.stdout, re.M))
    edges = {(labels[a], labels[b]) for a, b in re.findall(r"(n\d+) -> (n\d+)", out.stdout)}
    assert ("the negotiator", "Ryan Crocker") in edges
    assert ("Ryan Crocker", "Dexter Filkins") in edges
    assert ("Dexter Filkins", "The Washington Post") in edges
    only = runner.invoke(app, ["graph", "--db", seeded, "--speaker", "Zarif", "-f", "mermaid"])
    assert "Javad Zarif" in only.stdout and "Ryan Crocker" not in only.stdout


def test_every_surface_form_of_a_speaker_is_an_alias(seeded: str) -> None:
    out = runner.invoke(app, ["speakers", "--db", seeded, "--named", "-f", "json"])
    soleimani = next(s for s in json.loads(out.stdout) if "Soleimani" in s["name"])
    assert {"Suleimani", "Qassem Suleimani", "Haji Qassem", "Qasem"} <= set(soleimani["aliases"])
    assert not any(a.endswith(("’s", "'s")) for a in soleimani["aliases"])
