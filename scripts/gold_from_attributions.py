"""Read gold quotes off a corpus's annotated attributions, for marks its conversion skipped.

PolNeAR's conversion (see ../shared/data/README.md) listed the quotes in curly and straight
double marks only. Some newspaper archives quote with two apostrophes (``''...''``); in
those articles every attribution is annotated but the ``quotes`` list is empty, so
``quotebase eval`` can only count their quotes as false alarms. This script rebuilds the
missing lists by the rule the conversion's own output follows:

- a quoted span is a gold quote when at least half of it lies in one attribution's content,
  with that attribution's source as speaker and its cue as cue; otherwise it is an
  ``other_quoted_spans`` entry (a title, a term, a scare quote);
- ``direct`` when nothing but punctuation of the content lies outside its quotes, else
  ``mixed``; ``closed`` false when a quote runs to the end of its paragraph.

The rule is checked first: ``--check`` rebuilds the double-mark documents, whose quotes the
conversion did list, and prints how much of the official list the rebuild reproduces.

    python scripts/gold_from_attributions.py GOLD --check
    python scripts/gold_from_attributions.py GOLD --out /tmp/gold-all-marks.jsonl
    quotebase eval /tmp/gold-all-marks.jsonl

The output holds corpus text: keep it out of the repository. ``speaker_coref_auto`` is not
rebuilt (it came from the corpus's own coreference), so name-level figures for pronoun
speakers in rebuilt documents count only under "where the reference is a name".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quotebase.evaluate import gold_read_marks  # noqa: E402
from quotebase.extract.pronouns import PRONOUNS  # noqa: E402

# A mark that opens or closes, then the marks whose direction comes from their order.
OPENING, CLOSING = "“", "”"
SYMMETRIC = re.compile(r"''|\"")
ANY_MARK = re.compile(r"''|\"|“|”")


def quoted_spans(text: str, symmetric: bool) -> list[tuple[int, int, int, int, bool]]:
    """(outer start, outer end, start, end, closed) of each quote, paragraph by paragraph.

    ``symmetric`` reads the marks as the two-apostrophe archives write them (the same mark
    opens and closes); otherwise curly marks give their direction and straight ones
    alternate. A quote left open runs to its paragraph's end.
    """
    spans = []
    pattern = SYMMETRIC if symmetric else ANY_MARK
    offset = 0
    for paragraph in text.split("\n"):
        open_at: tuple[int, int] | None = None
        for m in pattern.finditer(paragraph):
            mark = m.group()
            if mark == CLOSING or (mark != OPENING and open_at is not None):
                if open_at is not None:
                    spans.append(
                        (open_at[0], offset + m.end(), open_at[1], offset + m.start(), True)
                    )
                    open_at = None
            else:
                open_at = (offset + m.start(), offset + m.end())
        if open_at is not None:
            end = offset + len(paragraph.rstrip())
            if end > open_at[1]:
                spans.append((open_at[0], end, open_at[1], end, False))
        offset += len(paragraph) + 1
    return spans


def _inside(start: int, end: int, spans: list[list[int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in spans)


def _kind(attribution: dict[str, Any], quotes: list[tuple[int, int]], text: str) -> str:
    """direct when the content outside its quotes is punctuation and spaces only."""
    rest = []
    for a, b in attribution["content"]["spans"]:
        for i in range(a, b):
            if not any(qs <= i < qe for qs, qe in quotes):
                rest.append(text[i])
    return "direct" if not re.search(r"\w", "".join(rest)) else "mixed"


def rebuild(record: dict[str, Any], symmetric: bool) -> dict[str, Any]:
    """``record`` with ``quotes`` and ``other_quoted_spans`` read off its attributions."""
    text = record["text"]
    contents = [a for a in record["attributions"] if a.get("content")]
    found: list[tuple[tuple[int, int, int, int, bool], dict[str, Any] | None]] = []
    for span in quoted_spans(text, symmetric):
        outer_start, outer_end, start, end, closed = span
        length = max(1, end - start)
        best = max(contents, key=lambda a: _inside(start, end, a["content"]["spans"]), default=None)
        if best is not None and _inside(start, end, best["content"]["spans"]) * 2 < length:
            best = None
        found.append((span, best))
    quotes, others = [], []
    for (outer_start, outer_end, start, end, closed), attribution in found:
        if attribution is None:
            others.append({"start": start, "end": end, "text": text[start:end]})
            continue
        source = attribution.get("source") or {}
        speaker = source.get("text")
        same = [(s[0], s[1]) for s, a in found if a is attribution]
        quotes.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "outer_start": outer_start,
                "outer_end": outer_end,
                "speaker": speaker,
                "speaker_spans": source.get("spans", []),
                "speaker_is_pronoun": bool(speaker) and speaker.strip().lower() in PRONOUNS,
                "speaker_coref_auto": None,
                "cue": (attribution.get("cue") or {}).get("text"),
                "kind": _kind(attribution, same, text),
                "closed": closed,
                "inner_quotes": [],
                "attribution_id": attribution["id"],
            }
        )
    return {**record, "quotes": quotes, "other_quoted_spans": others}


def check(records: list[dict[str, Any]]) -> None:
    """How much of the official quote lists the rebuild reproduces, on documents it read."""
    tally: Counter[str] = Counter()
    for record in records:
        if "''" in record["text"] or not record["quotes"]:
            continue
        official = {(q["start"], q["end"]): q for q in record["quotes"]}
        again = rebuild(record, symmetric=False)
        rebuilt = {(q["start"], q["end"]): q for q in again["quotes"]}
        others = {(o["start"], o["end"]) for o in record["other_quoted_spans"]}
        tally["other official"] += len(others)
        tally["other same"] += len(
            others & {(o["start"], o["end"]) for o in again["other_quoted_spans"]}
        )
        tally["official"] += len(official)
        tally["rebuilt"] += len(rebuilt)
        for key, q in rebuilt.items():
            gold = official.get(key)
            if gold is None:
                continue
            tally["same span"] += 1
            tally["same speaker"] += gold["speaker"] == q["speaker"]
            tally["same kind"] += gold["kind"] == q["kind"]
            tally["same closed"] += gold["closed"] == q["closed"]
    span = tally["same span"]
    print(f"official quotes {tally['official']}, rebuilt {tally['rebuilt']}")
    official, rebuilt = span / tally["official"], span / tally["rebuilt"]
    print(f"same span: {official:.3f} of official, {rebuilt:.3f} of rebuilt")
    print(f"other quoted spans reproduced: {tally['other same'] / tally['other official']:.3f}")
    for field in ("speaker", "kind", "closed"):
        print(f"same {field} where the span agrees: {tally['same ' + field] / span:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--check", action="store_true", help="compare with the official lists")
    parser.add_argument("--out", type=Path, help="write the corpus with rebuilt lists here")
    args = parser.parse_args()
    with args.gold.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    if args.check:
        check(records)
    if args.out:
        rebuilt = 0
        with args.out.open("w", encoding="utf-8") as out:
            for record in records:
                if not gold_read_marks(record):
                    record = rebuild(record, symmetric=True)
                    rebuilt += 1
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"rebuilt the quote lists of {rebuilt} of {len(records)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
