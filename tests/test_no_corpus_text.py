"""No text of the evaluation corpus in the repository (its articles are under copyright).

Every source, test, document and script is compared with PolNeAR dev by runs of six words;
the test is skipped where the corpus is not beside the project (../shared/data).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"
RUN = 6  # words in a row that count as copied text
CHECKED = ("quotebase/**/*.py", "tests/**/*.py", "scripts/**/*.py", "alembic/**/*.py", "*.md")


def _runs(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.mark.skipif(not CORPUS.exists(), reason="the evaluation corpus is not beside the project")
def test_no_six_word_run_of_the_corpus_in_the_repository() -> None:
    corpus: set[str] = set()
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                corpus |= _runs(json.loads(line)["text"])
    found = {
        str(path.relative_to(ROOT)): sorted(_runs(path.read_text(encoding="utf-8")) & corpus)[:3]
        for pattern in CHECKED
        for path in ROOT.glob(pattern)
        if path.is_file()
    }
    assert {path: runs for path, runs in found.items() if runs} == {}
