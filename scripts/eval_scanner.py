"""Measure the quote scanner and block finder against PolNeAR (polnear-dev.jsonl).

Usage:
    python scripts/eval_scanner.py /work/shared/data/polnear-dev.jsonl [--misses N] [--blocks N]

Matching (see the data README): a gold quote is found when one predicted span covers at
least half of it; a predicted span is right when at least half of it lies in gold quotes;
predictions lying only in ``other_quoted_spans`` are not counted either way.

Samples are printed to the terminal for inspection only; no corpus text is stored.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotebase.extract.blocks import find_blocks
from quotebase.extract.records import QuoteSpan
from quotebase.extract.scanner import scan_quotes

Interval = tuple[int, int]


@dataclass
class Tally:
    """Running counts over the corpus."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0
    ignored: int = 0  # predictions lying only in other_quoted_spans
    # wrong predictions in '' marks: the corpus conversion never read '' as a quotation mark
    wrong_pair_marked: int = 0
    exact_inner: int = 0
    exact_outer: int = 0
    closed_agree: int = 0
    blocks: int = 0
    markdown_blocks: int = 0
    docs_with_blocks: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    block_samples: list[str] = field(default_factory=list)


def read_documents(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the corpus documents one by one."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def overlap(a: Interval, b: Interval) -> int:
    """Number of characters two half-open intervals share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def covered(span: Interval, intervals: Iterable[Interval]) -> int:
    """Characters of ``span`` lying in any of ``intervals`` (assumed not to overlap)."""
    return sum(overlap(span, other) for other in intervals)


def _merge(intervals: Iterable[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    return repr(
        text[max(0, start - width) : start]
        + "[["
        + text[start:end]
        + "]]"
        + text[end : end + width]
    )


def score_document(doc: dict[str, Any], tally: Tally) -> None:
    """Add one document's quote and block figures to ``tally``."""
    text: str = doc["text"]
    spans: list[QuoteSpan] = scan_quotes(text)
    predicted = [(s.start, s.end) for s in spans]
    pair_marked = [text[s.outer_start : s.start] == "''" for s in spans]
    gold_quotes = doc["quotes"]
    gold = _merge((q["start"], q["end"]) for q in gold_quotes)
    other = _merge((o["start"], o["end"]) for o in doc["other_quoted_spans"])

    for quote in gold_quotes:
        g = (quote["start"], quote["end"])
        tally.gold += 1
        best = max(range(len(spans)), key=lambda k: overlap(predicted[k], g), default=None)
        if best is None or 2 * overlap(predicted[best], g) < g[1] - g[0]:
            tally.misses.append(_context(text, *g))
            continue
        tally.found += 1
        span = spans[best]
        tally.exact_inner += (span.start, span.end) == g
        tally.exact_outer += (span.outer_start, span.outer_end) == (
            quote["outer_start"],
            quote["outer_end"],
        )
        tally.closed_agree += span.closed == quote["closed"]

    for p, pair in zip(predicted, pair_marked, strict=True):
        length = p[1] - p[0]
        if 2 * covered(p, gold) >= length:
            tally.predicted += 1
            tally.right += 1
        elif 2 * covered(p, other) >= length:
            tally.ignored += 1
        else:
            tally.predicted += 1
            tally.wrong_pair_marked += pair
            tally.wrong.append(_context(text, *p))

    blocks = find_blocks(text)
    tally.blocks += len(blocks)
    tally.markdown_blocks += sum(b.markdown for b in blocks)
    tally.docs_with_blocks += bool(blocks)
    for block in blocks:
        intro = text[block.intro_start : block.intro_end] if block.intro_start is not None else ""
        tally.block_samples.append(f"INTRO: {intro!r}\n  BLOCK: {text[block.start : block.end]!r}")


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def report(tally: Tally, misses: int, wrong: int, blocks: int, seed: int) -> None:
    """Print the figures, then random samples of misses, wrong spans and blocks."""
    recall = _ratio(tally.found, tally.gold)
    precision = _ratio(tally.right, tally.predicted)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"gold quotes            {tally.gold}")
    print(f"predicted (counted)    {tally.predicted}   (+{tally.ignored} in other_quoted_spans)")
    print(f"recall                 {recall:.4f}   ({tally.found} found)")
    print(f"precision              {precision:.4f}   ({tally.right} right)")
    print(f"F1                     {f1:.4f}")
    unmarked = tally.predicted - tally.wrong_pair_marked
    precision_unmarked = _ratio(tally.right, unmarked)
    recall_note = "(gold lacks every quote in '' marks)"
    print(f"precision without ''   {precision_unmarked:.4f}   {recall_note}")
    f1_unmarked = 2 * precision_unmarked * recall / (precision_unmarked + recall or 1)
    print(f"F1 without ''          {f1_unmarked:.4f}")
    print(f"exact start/end        {_ratio(tally.exact_inner, tally.found):.4f} of found")
    print(f"exact outer start/end  {_ratio(tally.exact_outer, tally.found):.4f} of found")
    print(f"closed flag agrees     {_ratio(tally.closed_agree, tally.found):.4f} of found")
    print(f"blocks                 {tally.blocks} in {tally.docs_with_blocks} documents")
    print(f"  of which Markdown    {tally.markdown_blocks}")
    rng = random.Random(seed)
    for title, items, count in (
        ("MISSED GOLD", tally.misses, misses),
        ("WRONG PREDICTIONS", tally.wrong, wrong),
        ("BLOCKS", tally.block_samples, blocks),
    ):
        if count and items:
            print(f"\n== {title} (sample of {min(count, len(items))} / {len(items)})")
            for item in rng.sample(items, min(count, len(items))):
                print(" ", item)


def main() -> None:
    """Parse arguments, score every document, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="path to polnear-dev.jsonl")
    parser.add_argument("--misses", type=int, default=0, help="sample missed gold quotes")
    parser.add_argument("--wrong", type=int, default=0, help="sample wrong predictions")
    parser.add_argument("--blocks", type=int, default=5, help="sample found blocks")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    tally = Tally()
    for doc in read_documents(args.corpus):
        score_document(doc, tally)
    report(tally, args.misses, args.wrong, args.blocks, args.seed)


if __name__ == "__main__":
    main()
