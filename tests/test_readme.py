"""The README's SQL examples run, read-only, against the seeds' database."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from quotebase.cli import app
from quotebase.storage.readonly import run_sql
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.model


def readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", text, re.S)
    queries = []
    for block in blocks:
        body = "\n".join(line for line in block.splitlines() if not line.startswith("--"))
        queries.extend(q.strip() for q in body.split(";") if q.strip())
    return queries


def test_readme_has_sql_examples() -> None:
    assert len(readme_queries()) >= 3


def test_readme_sql_examples_run_and_return_rows(db_url: str) -> None:
    assert CliRunner().invoke(app, ["ingest", "--db", db_url, str(SEEDS)]).exit_code == 0
    for query in readme_queries():
        result = run_sql(db_url, query)
        assert result.rows, query
