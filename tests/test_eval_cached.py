"""The rule-only evaluation script: its JSON output is one object a script can read."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_cached.py"
spec = importlib.util.spec_from_file_location("eval_cached", SCRIPT)
assert spec is not None and spec.loader is not None
eval_cached = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_cached)

TEXT = "Budget vote\n“We will win,” said Tom Bell, according to Ann Ray."


def _gold(path: Path) -> Path:
    start = TEXT.index("We")
    end = TEXT.index("”")
    record = {
        "id": "doc1",
        "text": TEXT,
        "quotes": [
            {
                "start": start,
                "end": end,
                "text": TEXT[start:end],
                "outer_start": start - 1,
                "outer_end": end + 1,
                # a speaker quotebase does not pick, so that a rule is named
                "speaker": "Ann Ray",
                "speaker_spans": [[TEXT.index("Ann"), TEXT.index("Ann") + 7]],
                "speaker_is_pronoun": False,
                "kind": "direct",
                "closed": True,
            }
        ],
        "other_quoted_spans": [],
    }
    gold = path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return gold


def test_json_with_rules_and_compare_is_one_object_on_stdout(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(eval_cached, "CACHE_DIR", tmp_path / "cache")
    gold = _gold(tmp_path)
    errors = tmp_path / "errors.jsonl"
    assert eval_cached.main([str(gold), "--workers", "1", "--errors", str(errors)]) == 0
    capsys.readouterr()
    argv = [str(gold), "--workers", "1", "--rules", "--format", "json", "--compare", str(errors)]
    assert eval_cached.main(argv) == 0
    out, err = capsys.readouterr()
    figures = json.loads(out)
    # Tom Bell, the subject after the quote, speaks; the gold's Ann Ray is his relay
    assert figures["speaker_errors_by_rule"] == {"after:subject": 1}
    assert figures["speaker_wrong_but_gold_speaker_is_relay"] == 1
    assert "fixed 0, broken 0" in err
