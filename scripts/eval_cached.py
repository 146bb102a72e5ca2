"""Rule-only evaluation over a cached parse: seconds per run instead of minutes.

The spaCy parse of a gold corpus does not change while attribution rules do, so this script
parses every document once (with the pipeline of ``load_nlp`` minus the quote component),
keeps the parsed ``Doc``s in a ``DocBin`` outside the repository, and then re-runs only
``attribute_doc`` and the scorer of ``quotebase.evaluate``. The figures are those of
``quotebase eval`` on the same corpus.

    python scripts/eval_cached.py ../shared/data/polnear-dev.jsonl --errors /tmp/new.jsonl
    python scripts/eval_cached.py GOLD --errors /tmp/new.jsonl --compare /tmp/old.jsonl

``--compare`` counts, against an earlier error file, the gold quotes an edit fixed and those
it broke (by document and quote text), and prints a few of each with ``--show N``. Error
files quote the corpus: keep them out of the repository.

The cache is keyed by the corpus file's content and the installed spaCy and model versions;
``--rebuild`` forces a new parse.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

CACHE_DIR = Path.home() / ".cache" / "quotebase" / "eval"


def _cache_path(gold: Path) -> Path:
    """Where the parse of ``gold`` is cached: keyed by the corpus, the spaCy and model
    versions, and the pipeline before the quote component (tokenizer rules and pipe names),
    so that a change to any of them parses again."""
    import spacy

    from quotebase.extract.pipeline import COMPONENT_NAME, MODEL_NAME, load_nlp

    nlp = load_nlp()
    pipeline = hashlib.sha256(nlp.tokenizer.to_bytes())
    pipeline.update(" ".join(n for n in nlp.pipe_names if n != COMPONENT_NAME).encode())
    digest = hashlib.sha256(gold.read_bytes()).hexdigest()[:12]
    model = spacy.util.get_package_version(MODEL_NAME) or "unknown"
    name = f"{gold.stem}-{digest}-{pipeline.hexdigest()[:8]}-spacy{spacy.__version__}-{model}"
    return CACHE_DIR / f"{name}.spacy"


def _records(gold: Path) -> list[dict[str, Any]]:
    with gold.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _parse(records: list[dict[str, Any]], path: Path, workers: int) -> None:
    from spacy.tokens import DocBin

    from quotebase.extract.pipeline import COMPONENT_NAME, load_nlp

    nlp = load_nlp()
    texts = (r["text"] for r in records)
    bin_ = DocBin(store_user_data=False)
    started = time.perf_counter()
    with nlp.select_pipes(disable=[COMPONENT_NAME]):
        for n, doc in enumerate(nlp.pipe(texts, n_process=workers, batch_size=16), 1):
            bin_.add(doc)
            if n % 100 == 0:
                print(f"parsed {n}/{len(records)}", file=sys.stderr)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    bin_.to_disk(tmp)
    tmp.replace(path)
    print(f"parse cache {path} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)


def _record_rules(rules: dict[tuple[int, int], str]) -> None:
    """Wrap the per-quote attribution step to note which rule decided each quote."""
    from quotebase.extract import chains

    original = chains._attribute_one

    def noting(ctx: Any, qi: int, *args: Any) -> Any:
        result = original(ctx, qi, *args)
        span = ctx.spans[qi]
        match = result.match
        rules[(span.start, span.end)] = (match.rule or "?") if match is not None else "none"
        return result

    chains._attribute_one = noting  # type: ignore[assignment]


def _key(error: dict[str, Any]) -> tuple[str, str]:
    return error["id"], error.get("gold") or error.get("predicted") or ""


def _compare(new: list[dict[str, Any]], old_path: Path, show: int, out: TextIO) -> None:
    with old_path.open(encoding="utf-8") as handle:
        old = [json.loads(line) for line in handle if line.strip()]
    old_by = {_key(e): e for e in old}
    new_by = {_key(e): e for e in new}
    fixed = [e for k, e in old_by.items() if k not in new_by or new_by[k]["error"] != e["error"]]
    broken = [e for k, e in new_by.items() if k not in old_by or old_by[k]["error"] != e["error"]]
    print(f"fixed {len(fixed)}, broken {len(broken)} (against {old_path})", file=out)
    for label, errors in (("FIXED", fixed), ("BROKEN", broken)):
        for e in errors[:show]:
            brief = json.dumps(_brief(e), ensure_ascii=False)
            print(f"--- {label} {e['error']} {e['id']}: {brief}", file=out)


def _brief(error: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in error.items() if k not in ("id", "error")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--errors", type=Path, help="write every error here (JSONL)")
    parser.add_argument("--compare", type=Path, help="an earlier --errors file")
    parser.add_argument("--show", type=int, default=0, help="print N fixed and broken cases")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parse")
    parser.add_argument("--rebuild", action="store_true", help="parse again")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--rules", action="store_true", help="name the rule behind each speaker error, by count"
    )
    args = parser.parse_args(argv)

    from spacy.tokens import DocBin

    from quotebase.evaluate import EvalReport, _meta, gold_read_marks, score_document
    from quotebase.extract.chains import attribute_doc
    from quotebase.extract.pipeline import load_nlp

    rules: dict[tuple[int, int], str] = {}
    if args.rules:
        _record_rules(rules)
    records = _records(args.gold)
    path = _cache_path(args.gold)
    if args.rebuild or not path.exists():
        _parse(records, path, args.workers)
    nlp = load_nlp()
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    if len(docs) != len(records):
        print(f"error: cache {path} holds {len(docs)} docs, corpus {len(records)}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    report = EvalReport(complete=EvalReport())
    assert report.complete is not None
    errors: list[dict[str, Any]] = []
    for record, doc in zip(records, docs, strict=True):
        if doc.text != record["text"]:
            print(f"error: cache is stale at {record['id']}; use --rebuild", file=sys.stderr)
            return 1
        rules.clear()
        quotes = tuple(attribute_doc(doc, _meta(record)))
        before = len(errors)
        score_document(record, quotes, report, errors)
        for error in errors[before:]:
            if args.rules and "predicted_span" in error:
                error["rule"] = rules.get(tuple(error["predicted_span"]), "?")
        if gold_read_marks(record):
            score_document(record, quotes, report.complete, [])
    counted = Counter(e["rule"] for e in errors if "rule" in e)
    # JSON on standard output stays one parsable object: the rule counts go inside it, and
    # what --compare prints goes to standard error
    notes = sys.stdout
    if args.format == "json":
        figures = report.as_dict()
        if args.rules:
            figures["speaker_errors_by_rule"] = dict(counted.most_common())
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
        notes = sys.stderr
    else:
        print(report.format_table())
        if args.rules:
            rules_line = ", ".join(f"{r} {n}" for r, n in counted.most_common())
            print("speaker errors by rule: " + rules_line)
    print(f"rules and scoring: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if args.errors is not None:
        with args.errors.open("w", encoding="utf-8") as handle:
            for error in errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
    if args.compare is not None:
        _compare(errors, args.compare, args.show, notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
