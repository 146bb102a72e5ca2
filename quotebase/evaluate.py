"""Score quote extraction against a gold JSONL corpus (the PolNeAR conversion's format).

Matching rule (the corpus README's): a gold quote is found when one predicted quote covers
at least half of it; a predicted quote is right when at least half of it lies in gold
quotes; predictions lying only in ``other_quoted_spans`` are not counted either way.
Only speech quotes in marks are predictions (kinds direct and mixed): block quotes,
titles, terms and scare quotes are not quotes of anyone's speech in the gold's sense.

Run: ``python -m quotebase.evaluate GOLD.jsonl [--errors FILE] [--limit N] [--format json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotebase.extract.pronouns import PRONOUNS
from quotebase.extract.records import DocumentMeta, HopRole, Quote, QuoteKind

PREDICTED_KINDS = frozenset({QuoteKind.DIRECT, QuoteKind.MIXED})
# An automatic coreference "name" that is itself one of these names no one: a pronoun
# speaker cannot be scored right against it at name level.
REFERENCE_PRONOUNS = PRONOUNS
CONTEXT = 150
# The marks the conversion read as quotation marks: a gold quote opens with one of these.
# Quotes in single marks (‘...’, the headline style) or in two apostrophes (''...'') have
# no gold quote even where their attribution is annotated.
GOLD_OPENING_MARKS = frozenset('"“”')


@dataclass
class Counts:
    """Counts for one slice of the gold (all, direct, mixed, ...)."""

    gold: int = 0
    found: int = 0
    with_speaker: int = 0
    name_scoreable: int = 0  # of with_speaker: the name reference names someone
    name_scoreable_ok: int = 0
    speaker_mention_ok: int = 0
    speaker_name_ok: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "recall": _ratio(self.found, self.gold),
            "speaker_mention_accuracy": _ratio(self.speaker_mention_ok, self.with_speaker),
            "speaker_name_accuracy": _ratio(self.speaker_name_ok, self.with_speaker),
        }


@dataclass
class EvalReport:
    """The evaluation's figures."""

    documents: int = 0
    predicted: int = 0
    predicted_right: int = 0
    predicted_neutral: int = 0
    predicted_right_with_speaker: int = 0
    false_alarms: int = 0
    # of them: predictions in marks the conversion never reads (see GOLD_OPENING_MARKS)
    false_alarms_unread_marks: int = 0
    gold_found_with_speaker: int = 0
    # wrong speaker mentions where the gold's speaker is a relay of the predicted chain:
    # "X said, according to Y", which the gold credits to Y and quotebase to X through Y
    speaker_is_relay: int = 0
    overall: Counts = field(default_factory=Counts)
    slices: dict[str, Counts] = field(default_factory=dict)
    # The same figures over the documents whose quotation marks the gold conversion read
    # (see ``gold_read_marks``); None inside that sub-report itself.
    complete: EvalReport | None = None

    @property
    def precision(self) -> float:
        return _ratio(self.predicted_right, self.predicted - self.predicted_neutral)

    @property
    def recall(self) -> float:
        return _ratio(self.overall.found, self.overall.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def quote_speaker_precision(self) -> float:
        return _ratio(self.predicted_right_with_speaker, self.predicted - self.predicted_neutral)

    @property
    def quote_speaker_recall(self) -> float:
        return _ratio(self.gold_found_with_speaker, self.overall.gold)

    def as_dict(self) -> dict[str, Any]:
        """Machine-readable figures (for ``--format json``)."""
        figures = self._figures()
        if self.complete is not None:
            figures["gold_read_marks_subset"] = self.complete._figures()
        return figures

    def _figures(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "predicted": self.predicted,
            "predicted_neutral": self.predicted_neutral,
            "gold": self.overall.gold,
            "quote_precision": self.precision,
            "quote_recall": self.recall,
            "quote_f1": self.f1,
            "false_alarms": self.false_alarms,
            "false_alarms_in_marks_gold_never_reads": self.false_alarms_unread_marks,
            "with_speaker": self.overall.with_speaker,
            "speaker_mention_ok": self.overall.speaker_mention_ok,
            "speaker_name_ok": self.overall.speaker_name_ok,
            "speaker_mention_accuracy": _ratio(
                self.overall.speaker_mention_ok, self.overall.with_speaker
            ),
            "speaker_name_accuracy": _ratio(
                self.overall.speaker_name_ok, self.overall.with_speaker
            ),
            "speaker_wrong_but_gold_speaker_is_relay": self.speaker_is_relay,
            "speaker_name_reference": "gold speaker text; speaker_coref_auto for pronouns",
            "speaker_name_accuracy_named_references": _ratio(
                self.overall.name_scoreable_ok, self.overall.name_scoreable
            ),
            "name_references_left_out": self.overall.with_speaker - self.overall.name_scoreable,
            "quote_speaker_precision": self.quote_speaker_precision,
            "quote_speaker_recall": self.quote_speaker_recall,
            "quote_speaker_f1": _f1(self.quote_speaker_precision, self.quote_speaker_recall),
            "by_slice": {name: c.as_dict() for name, c in sorted(self.slices.items())},
        }

    def format_table(self) -> str:
        """Human-readable table of every figure."""
        d = self.as_dict()
        lines = [
            f"documents {d['documents']}   gold quotes {d['gold']}   predicted {d['predicted']}"
            f" ({d['predicted_neutral']} neutral: only in other_quoted_spans)",
            f"{'quote precision':<34}{d['quote_precision']:.3f}",
            f"{'quote recall':<34}{d['quote_recall']:.3f}",
            f"{'quote F1':<34}{d['quote_f1']:.3f}",
            f"{'  false alarms':<34}{d['false_alarms']}"
            f"  ({d['false_alarms_in_marks_gold_never_reads']} of them in single marks or"
            " two apostrophes, which the gold never reads as quotes)",
            f"{'speaker accuracy (mention)':<34}{d['speaker_mention_accuracy']:.3f}",
            f"{'  gold speaker is our relay':<34}{d['speaker_wrong_but_gold_speaker_is_relay']}"
            "  (wrong mentions whose chain passes the words on through the gold's speaker)",
            f"{'speaker accuracy (name)*':<34}{d['speaker_name_accuracy']:.3f}",
            f"{'  where the reference is a name':<34}"
            f"{d['speaker_name_accuracy_named_references']:.3f}"
            f"  ({d['name_references_left_out']} left out: the reference is a pronoun or a"
            " description)",
            f"{'quote+speaker precision':<34}{d['quote_speaker_precision']:.3f}",
            f"{'quote+speaker recall':<34}{d['quote_speaker_recall']:.3f}",
            f"{'quote+speaker F1':<34}{d['quote_speaker_f1']:.3f}",
            "* name level: against the gold speaker text, or speaker_coref_auto (automatic,"
            " not gold) where the gold speaker is a pronoun",
            "",
            f"{'slice':<22}{'gold':>7}{'recall':>9}{'spk-mention':>13}{'spk-name':>10}",
        ]
        for name, c in d["by_slice"].items():
            lines.append(
                f"{name:<22}{c['gold']:>7}{c['recall']:>9.3f}"
                f"{c['speaker_mention_accuracy']:>13.3f}{c['speaker_name_accuracy']:>10.3f}"
            )
        sub = d.get("gold_read_marks_subset")
        if sub is not None:
            lines += [
                "",
                f"documents whose quotation marks the gold read: {sub['documents']} of "
                f"{d['documents']} (left out: articles quoting with '' marks, for which the",
                "conversion produced no gold quotes although their attributions are annotated)",
            ]
            for key, label in (
                ("quote_precision", "quote precision"),
                ("quote_recall", "quote recall"),
                ("quote_f1", "quote F1"),
                ("speaker_mention_accuracy", "speaker accuracy (mention)"),
                ("speaker_name_accuracy", "speaker accuracy (name)*"),
                ("quote_speaker_f1", "quote+speaker F1"),
            ):
                lines.append(f"{label:<34}{sub[key]:.3f}")
            lines.append(
                f"{'  false alarms':<34}{sub['false_alarms']}"
                f"  ({sub['false_alarms_in_marks_gold_never_reads']} in marks the gold never reads)"
            )
        return "\n".join(lines)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covered(span: tuple[int, int], spans: list[tuple[int, int]]) -> int:
    return sum(_overlap(span, s) for s in spans)


# Marks around a word of a name that do not change it: "(Trump)", "Clinton,".
NAME_PUNCTUATION = '()[],;:."“”'


def same_speaker_name(predicted: str, gold: str) -> bool:
    """Name-level match: the same person by ``names.same_person``, or surname containment."""
    from quotebase.extract.names import same_person

    p, g = predicted.lower().strip(), gold.lower().strip()
    if not p or not g:
        return False
    try:
        if same_person(predicted, gold):
            return True
    except Exception:  # noqa: BLE001 - a scorer never fails on one odd name
        pass
    # "this guy (Trump)": a name in brackets or with a comma is still the name
    p_words = [w for w in (w.strip(NAME_PUNCTUATION) for w in p.split()) if w]
    g_words = [w for w in (w.strip(NAME_PUNCTUATION) for w in g.split()) if w]
    if not p_words or not g_words:
        return False
    return p_words[-1] in g_words or g_words[-1] in p_words or p in g or g in p


def reference_names_someone(reference: str) -> bool:
    """Whether a name-level reference is a name.

    The reference is the gold speaker's own text, or for a pronoun ``speaker_coref_auto``,
    which is often another pronoun ("she"). Either may be a description ("the Vermont
    senator", "the mayor", "40"): a speaker resolved to the person described cannot be
    scored right against those. A name ends in a capitalised word ("Donald Trump's",
    "The Washington Post").
    """
    words = reference.strip().split()
    if not words or reference.strip().lower() in REFERENCE_PRONOUNS:
        return False
    return words[-1].strip(".,;:'’\"“”()")[:1].isupper()


def gold_read_marks(record: dict[str, Any]) -> bool:
    """Whether the gold's quote list can be complete for this document.

    The conversion read curly and straight double marks but not the two-apostrophe marks
    (``''...''``) of some newspapers' archives: in such articles every attribution is
    annotated, yet their quotes list is empty, so every true quote would count as a false
    alarm. Such documents are scored in the main figures as the README's rule says, and left
    out of the second figure set.
    """
    text = record["text"]
    if "''" not in text:
        return True
    return any(text[q["outer_start"] : q["outer_start"] + 2] == "''" for q in record["quotes"])


def in_gold_marks(text: str, quote: Quote) -> bool:
    """Whether a predicted quote opens with a mark the conversion reads as a quotation
    mark (a curly or straight double mark, not ``‘`` or ``''``)."""
    return quote.start > 0 and text[quote.start - 1] in GOLD_OPENING_MARKS


def _meta(record: dict[str, Any]) -> DocumentMeta:
    from quotebase.sources.bylines import clean_byline

    return DocumentMeta(
        title=record.get("title"),
        outlet=record.get("publisher"),
        author=clean_byline(record.get("author"), record.get("publisher")),
        published=record.get("date"),
    )


def _read(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield json.loads(line)


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - CONTEXT) : end + CONTEXT]


def score_document(
    record: dict[str, Any], quotes: tuple[Quote, ...], report: EvalReport, errors: list[dict]
) -> None:
    """Add one document's predictions to the report (and its errors to ``errors``)."""
    text = record["text"]
    gold = record.get("quotes", [])
    gold_spans = [(g["start"], g["end"]) for g in gold]
    other = [(o["start"], o["end"]) for o in record.get("other_quoted_spans", [])]
    preds = [q for q in quotes if q.kind in PREDICTED_KINDS and q.end > q.start]
    report.documents += 1
    speaker_ok_for_gold: dict[int, bool] = {}
    for gi, g in enumerate(gold):
        span = (g["start"], g["end"])
        length = max(1, span[1] - span[0])
        best = max(preds, key=lambda q: _overlap(span, (q.start, q.end)), default=None)
        found = best is not None and _overlap(span, (best.start, best.end)) * 2 >= length
        names = ["all", f"kind:{g.get('kind')}", f"closed:{g.get('closed')}"]
        if g.get("speaker_is_pronoun"):
            names.append("pronoun-speaker")
        slices = [report.overall] + [report.slices.setdefault(n, Counts()) for n in names[1:]]
        for c in slices:
            c.gold += 1
            c.found += found
        if not found or best is None:
            errors.append(
                {
                    "error": "miss",
                    "id": record["id"],
                    "gold": g["text"],
                    "speaker": g.get("speaker"),
                    "context": _context(text, g["outer_start"], g["outer_end"]),
                }
            )
            continue
        if not g.get("speaker_spans"):
            continue
        mention = best.speaker.mention if best.speaker else None
        mention_ok = mention is not None and any(
            _overlap((mention.start, mention.end), (s, e)) > 0 for s, e in g["speaker_spans"]
        )
        gold_name = (g.get("speaker_coref_auto") if g.get("speaker_is_pronoun") else None) or (
            g.get("speaker") or ""
        )
        name_ok = best.speaker is not None and same_speaker_name(best.speaker.name, gold_name)
        speaker_ok_for_gold[gi] = mention_ok
        for c in slices:
            c.with_speaker += 1
            c.speaker_mention_ok += mention_ok
            c.speaker_name_ok += name_ok
            if reference_names_someone(gold_name):
                c.name_scoreable += 1
                c.name_scoreable_ok += name_ok
        report.gold_found_with_speaker += mention_ok
        relay_ok = any(
            _overlap((hop.mention.start, hop.mention.end), (s, e)) > 0
            for hop in best.chain
            if hop.role is HopRole.RELAY and hop.mention is not None
            for s, e in g["speaker_spans"]
        )
        report.speaker_is_relay += relay_ok and not mention_ok
        if not mention_ok or not name_ok:
            errors.append(
                {
                    "error": "speaker" if not mention_ok else "speaker-name",
                    "id": record["id"],
                    "gold": g["text"],
                    "gold_speaker": g.get("speaker"),
                    "gold_name": gold_name,
                    "cue": g.get("cue"),
                    "predicted_speaker": best.speaker.name if best.speaker else None,
                    "predicted_mention": mention.text if mention else None,
                    "predicted_cue": best.cue,
                    "predicted_span": [best.start, best.end],
                    "predicted_relays": [
                        hop.mention.text
                        for hop in best.chain
                        if hop.role is HopRole.RELAY and hop.mention is not None
                    ],
                    "relay_ok": relay_ok,
                    "context": _context(text, g["outer_start"], g["outer_end"]),
                }
            )
    for q in preds:
        span = (q.start, q.end)
        length = max(1, span[1] - span[0])
        report.predicted += 1
        if _covered(span, gold_spans) * 2 >= length:
            report.predicted_right += 1
            gi = max(range(len(gold)), key=lambda i: _overlap(span, gold_spans[i]))
            if speaker_ok_for_gold.get(gi) or (not gold[gi].get("speaker_spans")):
                report.predicted_right_with_speaker += 1 if speaker_ok_for_gold.get(gi) else 0
        elif _covered(span, other) * 2 >= length:
            report.predicted_neutral += 1
        else:
            report.false_alarms += 1
            report.false_alarms_unread_marks += not in_gold_marks(text, q)
            errors.append(
                {
                    "error": "false-alarm",
                    "id": record["id"],
                    "predicted": q.text,
                    "kind": q.kind.value,
                    "predicted_speaker": q.speaker.name if q.speaker else None,
                    "context": _context(text, q.start, q.end),
                }
            )


def evaluate(
    gold_path: Path,
    errors_path: Path | None = None,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int = 1,
) -> EvalReport:
    """Run extraction on every gold document and score it.

    Args:
        gold_path: The gold JSONL file.
        errors_path: Where to write every miss, false alarm and speaker error (JSONL, with
            context). Keep it outside the repository: it quotes the corpus.
        limit: Score only the first ``limit`` documents.
        progress: Called with the number of documents done after each one.
        workers: Extraction processes.

    Returns:
        The report.
    """
    from quotebase.extraction_stream import (
        extract_stream,
        parallel_extract_stream,
        spacy_extractor,
    )

    records = list(_read(gold_path, limit))
    report = EvalReport(complete=EvalReport())
    assert report.complete is not None
    errors: list[dict] = []
    items = ((r["text"], _meta(r)) for r in records)
    if workers > 1:
        outcomes = parallel_extract_stream(items, workers)
    else:
        outcomes = extract_stream(items, spacy_extractor())
    for n, (record, outcome) in enumerate(zip(records, outcomes, strict=True), 1):
        quotes = () if isinstance(outcome, Exception) else outcome.quotes
        if isinstance(outcome, Exception):
            errors.append({"error": "extraction", "id": record["id"], "reason": str(outcome)})
        score_document(record, quotes, report, errors)
        if gold_read_marks(record):
            score_document(record, quotes, report.complete, [])
        if progress is not None:
            progress(n)
    if errors_path is not None:
        with errors_path.open("w", encoding="utf-8") as handle:
            for error in errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
    return report


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: ``python -m quotebase.evaluate GOLD.jsonl``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--errors", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--workers", type=int, default=1, help="extraction processes")
    args = parser.parse_args(argv)
    report = evaluate(args.gold, args.errors, args.limit, workers=args.workers)
    if args.format == "json":
        json.dump(report.as_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(report.format_table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
