"""The evaluation script that rebuilds gold quote lists from annotated attributions."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gold_from_attributions.py"
spec = importlib.util.spec_from_file_location("gold_from_attributions", SCRIPT)
assert spec is not None and spec.loader is not None
rebuild_script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rebuild_script)


def _span(text: str, part: str) -> list[int]:
    start = text.index(part)
    return [start, start + len(part)]


def test_two_apostrophe_marks_open_and_close_in_turn() -> None:
    text = "''Rain again,'' Ana Ruiz said. ''We wait.''\n''Still open"
    spans = rebuild_script.quoted_spans(text, symmetric=True)
    assert [text[s:e] for _, _, s, e, _ in spans] == ["Rain again,", "We wait.", "Still open"]
    assert [closed for *_, closed in spans] == [True, True, False]


def test_curly_marks_give_their_direction() -> None:
    text = "He said “no” and “maybe"
    spans = rebuild_script.quoted_spans(text, symmetric=False)
    assert [(text[s:e], closed) for _, _, s, e, closed in spans] == [("no", True), ("maybe", False)]


def test_quote_in_a_content_gets_its_source_and_a_title_does_not() -> None:
    text = "Ana Ruiz said the plan was ''a mess.'' She read ''Small Towns'' twice."
    record = {
        "text": text,
        "quotes": [],
        "other_quoted_spans": [],
        "attributions": [
            {
                "id": "E1",
                "source": {"spans": [_span(text, "Ana Ruiz")], "text": "Ana Ruiz"},
                "cue": {"spans": [_span(text, "said")], "text": "said"},
                "content": {
                    "spans": [_span(text, "the plan was ''a mess.''")],
                    "text": "the plan was ''a mess.''",
                },
            }
        ],
    }
    rebuilt = rebuild_script.rebuild(record, symmetric=True)
    [quote] = rebuilt["quotes"]
    assert (quote["text"], quote["speaker"], quote["cue"]) == ("a mess.", "Ana Ruiz", "said")
    assert quote["kind"] == "mixed"
    assert [o["text"] for o in rebuilt["other_quoted_spans"]] == ["Small Towns"]
