"""A manual audit of name-level speaker errors, for the figure the automatic reference cannot give.

``quotebase eval`` scores a pronoun speaker's name against the corpus's *automatic*
coreference (``speaker_coref_auto``), which is often another pronoun, a description, or the
wrong person. This script turns an ``--errors`` file into a sheet for a person to judge and
then estimates the true name-level accuracy from the verdicts:

    python scripts/name_audit.py sample ERRORS.jsonl GOLD.jsonl --out /tmp/sheet.jsonl
    # fill in each row's "verdict": "right", "wrong" or "unclear" (unclear counts as wrong)
    python scripts/name_audit.py estimate ERRORS.jsonl /tmp/sheet.jsonl --figures EVAL.json

``EVAL.json`` is ``scripts/eval_cached.py GOLD --format json`` (or ``quotebase eval GOLD
--format json``) of the same run as ``ERRORS.jsonl``. The errors are sampled at random in two
groups, by whether their reference names someone (the scorer's own test); each group's share
of right answers, with a 95% Wilson interval, is scaled up to the group's size. The sheet quotes
the corpus: keep it outside the repository.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from quotebase.evaluate import reference_names_someone

GROUPS = ("reference names someone", "reference names no one")
VERDICTS = ("right", "wrong", "unclear")
Z = 1.96  # 95%
BEFORE = 1200  # characters of the article a judge reads before the quote
AFTER = 300  # and after it, where a trailing cue stands: “...,” she said


def group_of(error: dict[str, Any]) -> str:
    return GROUPS[0] if reference_names_someone(error.get("gold_name") or "") else GROUPS[1]


def wilson(right: int, n: int, z: float = Z) -> tuple[float, float, float]:
    """The share ``right / n`` and its Wilson score interval."""
    if n == 0:
        return 0.0, 0.0, 1.0
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return p, max(0.0, centre - half), min(1.0, centre + half)


def name_errors(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [r for r in rows if r["error"] == "speaker-name"]


def sample(
    errors: list[dict[str, Any]], texts: dict[str, str], sizes: tuple[int, int], seed: int
) -> list[dict[str, Any]]:
    """Random rows of each group, with the article text a judge needs."""
    rng = random.Random(seed)
    sheet = []
    for group, size in zip(GROUPS, sizes, strict=True):
        members = [e for e in errors if group_of(e) == group]
        for e in rng.sample(members, min(size, len(members))):
            text = texts.get(e["id"], "")
            start, end = e.get("predicted_span") or (0, 0)
            sheet.append(
                {
                    "group": group,
                    "id": e["id"],
                    "quote": e["gold"],
                    "predicted_speaker": e["predicted_speaker"],
                    "predicted_mention": e.get("predicted_mention"),
                    "reference": e.get("gold_name"),
                    "article_before_and_quote": text[max(0, start - BEFORE) : end + 1],
                    "article_after_quote": text[end + 1 : end + 1 + AFTER],
                    "verdict": None,
                }
            )
    return sheet


def estimate(
    errors: list[dict[str, Any]], sheet: list[dict[str, Any]], with_speaker: int, name_ok: int
) -> dict[str, Any]:
    """The true name-level accuracy the verdicts imply, with its 95% bounds."""
    sizes = Counter(group_of(e) for e in errors)
    groups = {}
    point = low = high = float(name_ok)
    for group in GROUPS:
        verdicts = Counter(r["verdict"] for r in sheet if r["group"] == group)
        unknown = set(verdicts) - set(VERDICTS)
        if unknown:
            raise ValueError(
                f"verdicts must be one of {VERDICTS}, found {sorted(map(str, unknown))}"
            )
        n = sum(verdicts.values())
        p, lo, hi = wilson(verdicts["right"], n)
        groups[group] = {
            "errors": sizes[group],
            "judged": n,
            **verdicts,
            "share_right": p,
            "interval": [lo, hi],
        }
        point += sizes[group] * p
        low += sizes[group] * lo
        high += sizes[group] * hi
    return {
        "with_speaker": with_speaker,
        "name_ok_by_scorer": name_ok,
        "scored_accuracy": name_ok / with_speaker,
        "groups": groups,
        "estimated_accuracy": point / with_speaker,
        "interval": [low / with_speaker, high / with_speaker],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="draw rows to judge")
    s.add_argument("errors", type=Path)
    s.add_argument("gold", type=Path)
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--sizes", type=int, nargs=2, default=(60, 80), metavar=("NAMED", "OTHER"))
    s.add_argument("--seed", type=int, default=10)
    e = sub.add_parser("estimate", help="estimate the true accuracy from a judged sheet")
    e.add_argument("errors", type=Path)
    e.add_argument("sheet", type=Path)
    e.add_argument("--figures", type=Path, required=True, help="the eval's --format json")
    args = parser.parse_args(argv)
    errors = name_errors(args.errors)
    if args.command == "sample":
        with args.gold.open(encoding="utf-8") as handle:
            texts = {r["id"]: r["text"] for r in map(json.loads, handle)}
        rows = sample(errors, texts, tuple(args.sizes), args.seed)
        with args.out.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(rows)} rows to judge in {args.out}", file=sys.stderr)
        return 0
    with args.sheet.open(encoding="utf-8") as handle:
        sheet = [json.loads(line) for line in handle if line.strip()]
    figures = json.loads(args.figures.read_text(encoding="utf-8"))
    try:
        result = estimate(errors, sheet, figures["with_speaker"], figures["speaker_name_ok"])
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
