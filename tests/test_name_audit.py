"""The script that samples name-level errors for a manual audit and estimates from verdicts."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "name_audit.py"
spec = importlib.util.spec_from_file_location("name_audit", SCRIPT)
assert spec is not None and spec.loader is not None
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)

NAMED, OTHER = audit.GROUPS


def _error(n: int, reference: str) -> dict:
    return {
        "error": "speaker-name",
        "id": f"doc{n}",
        "gold": "We will win.",
        "gold_name": reference,
        "predicted_speaker": "Ann Ray",
        "predicted_mention": "she",
        "predicted_span": [45, 57],
    }


def test_wilson_interval_known_values():
    p, low, high = audit.wilson(74, 80)
    assert p == pytest.approx(0.925)
    assert (round(low, 3), round(high, 3)) == (0.846, 0.965)
    assert audit.wilson(0, 0) == (0.0, 0.0, 1.0)
    p, low, high = audit.wilson(10, 10)
    assert p == 1.0 and high == 1.0 and low < 1.0


def test_errors_split_by_whether_the_reference_names_someone():
    assert audit.group_of(_error(1, "Tom Bell")) == NAMED
    assert audit.group_of(_error(2, "she")) == OTHER
    assert audit.group_of(_error(3, "the retired judge")) == OTHER


def test_sample_draws_from_each_group_with_the_article_around_the_quote():
    errors = [_error(n, "Tom Bell") for n in range(5)] + [_error(n, "she") for n in range(5, 8)]
    texts = {f"doc{n}": "x" * 30 + "Ann Ray spoke. We will win. Then she left." for n in range(8)}
    sheet = audit.sample(errors, texts, (2, 10), seed=1)
    groups = [row["group"] for row in sheet]
    assert groups.count(NAMED) == 2 and groups.count(OTHER) == 3
    assert all(row["verdict"] is None for row in sheet)
    assert sheet[0]["article_before_and_quote"].endswith("We will win. ")
    # the trailing cue is part of what a judge reads
    assert sheet[0]["article_after_quote"] == "Then she left."
    assert audit.sample(errors, texts, (2, 10), seed=1) == sheet


def test_estimate_scales_each_group_share_to_its_size():
    errors = [_error(n, "Tom Bell") for n in range(100)] + [_error(n, "she") for n in range(200)]
    sheet = [{"group": NAMED, "verdict": v} for v in ["right"] * 8 + ["wrong", "unclear"]]
    sheet += [{"group": OTHER, "verdict": v} for v in ["right"] * 5 + ["wrong"] * 5]
    result = audit.estimate(errors, sheet, with_speaker=1000, name_ok=700)
    # 700 right by the scorer, + 100 * 0.8 + 200 * 0.5 among its errors
    assert result["estimated_accuracy"] == pytest.approx(0.88)
    low, high = result["interval"]
    assert low < 0.88 < high
    assert result["groups"][NAMED]["unclear"] == 1


def test_estimate_refuses_an_unjudged_sheet(tmp_path, capsys):
    errors = tmp_path / "errors.jsonl"
    errors.write_text(json.dumps(_error(1, "she")) + "\n")
    sheet = tmp_path / "sheet.jsonl"
    sheet.write_text(json.dumps({"group": OTHER, "verdict": None}) + "\n")
    figures = tmp_path / "figures.json"
    figures.write_text(json.dumps({"with_speaker": 10, "speaker_name_ok": 8}))
    code = audit.main(["estimate", str(errors), str(sheet), "--figures", str(figures)])
    assert code == 2
    assert "verdicts must be one of" in capsys.readouterr().err
