"""``EXTRACTOR_VERSION`` moves whenever extraction output does.

A re-ingest extracts a stored document again only when its text or ``EXTRACTOR_VERSION``
changed, so a rule that changes output without a version bump leaves every database with
quotes the current code would not give. This test extracts a fixed corpus (the seed articles
and every sentence of the behaviour tables, all written for this project) and compares a
digest of the output with the one recorded for the current version in
``tests/extraction_digest.json``.

When it fails after a deliberate change of output: bump ``EXTRACTOR_VERSION`` in
``quotebase/extract/__init__.py``, then record the new digest with

    QUOTEBASE_RECORD_DIGEST=1 pytest tests/test_extractor_version.py
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import test_extract_behaviour as behaviour

from quotebase.extract import EXTRACTOR_VERSION
from quotebase.extract.records import Extraction
from quotebase.reading import read_document

ROOT = Path(__file__).resolve().parent.parent
DIGEST_FILE = Path(__file__).with_name("extraction_digest.json")
RECORD = os.environ.get("QUOTEBASE_RECORD_DIGEST") == "1"


def table_texts() -> list[str]:
    """Every sentence of the behaviour tables (the first string of each row), in order."""
    texts: list[str] = []
    for name in sorted(vars(behaviour)):
        table = getattr(behaviour, name)
        if not (name.endswith("_CASES") and isinstance(table, list)):
            continue
        for row in table:
            first = row[0] if isinstance(row, tuple) else row
            if isinstance(first, str) and first not in texts:
                texts.append(first)
    return texts


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def output_digest(extractions: list[Extraction]) -> str:
    """A digest of everything extraction returns: quotes, kinds, speakers, chains, aliases."""
    data = [_plain(dataclasses.asdict(e)) for e in extractions]
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()


def environment() -> dict[str, str]:
    """What besides the rules decides the output: the spaCy and model versions."""
    import spacy

    from quotebase.extract.pipeline import MODEL_NAME

    return {
        "spacy": spacy.__version__,
        "model": spacy.util.get_package_version(MODEL_NAME) or "unknown",
    }


def test_table_texts_are_collected():
    texts = table_texts()
    assert len(texts) > 200
    assert all(t.strip() for t in texts)


def test_digest_changes_with_output():
    from quotebase.extract.records import DocumentMeta, Hop, HopRole, Quote, QuoteKind

    quote = Quote(0, 2, "Hi", QuoteKind.DIRECT, speaker=Hop("Ann Lee", HopRole.SPEAKER))
    one = Extraction((quote,), DocumentMeta())
    other = Extraction(
        (dataclasses.replace(quote, speaker=Hop("Bo Lee", HopRole.SPEAKER)),), DocumentMeta()
    )
    assert output_digest([one]) == output_digest([one])
    assert output_digest([one]) != output_digest([other])


@pytest.mark.model
def test_output_changes_only_with_the_version():
    from quotebase.extract.pipeline import extract_many, load_nlp

    seeds = [read_document(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    items = [(d.text, d.meta) for d in seeds] + [(t, behaviour.META) for t in table_texts()]
    digest = output_digest(list(extract_many(items, load_nlp())))
    env = environment()
    recorded = json.loads(DIGEST_FILE.read_text(encoding="utf-8"))
    if RECORD:
        recorded = {"extractor_version": EXTRACTOR_VERSION, **env, "digest": digest}
        DIGEST_FILE.write_text(json.dumps(recorded, indent=2) + "\n", encoding="utf-8")
        return
    if {k: recorded[k] for k in env} != env:
        pytest.skip(f"digest recorded with {recorded}, running {env}: output may differ")
    if recorded["extractor_version"] == EXTRACTOR_VERSION:
        assert recorded["digest"] == digest, (
            "extraction output changed but EXTRACTOR_VERSION did not: stored documents "
            "would never be extracted again. Bump it in quotebase/extract/__init__.py and "
            "record the digest (see this test's docstring)."
        )
    else:
        pytest.fail(
            f"EXTRACTOR_VERSION is {EXTRACTOR_VERSION} but the digest is recorded for "
            f"{recorded['extractor_version']}: record it (see this test's docstring)."
        )
