"""Check and time ``quotebase_fast_attributes`` against spaCy's ``attribute_ruler`` on PolNeAR.

Not a test (it reads PolNeAR dev at run time and takes minutes). It reports:

1. equivalence: every token of a sample of PolNeAR dev documents parsed by the model as
   shipped and by the model with the ruler swapped for ours; POS, TAG, MORPH (its key, so
   the exact analysis), LEMMA and DEP compared token by token;
2. the two components alone, on the same parsed documents (medians of 3);
3. the whole pipeline's words/second with each, bare and with ``quotebase_quotes``, measured
   alternately chunk by chunk in the same run (medians of 3, CPU and wall-clock time).

Run: ``.venv/bin/python scripts/fast_attributes_check.py [--docs 300] [--speed-docs 80]``
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"
RULER = "attribute_ruler"


def read_sample(path: Path, docs: int, seed: int) -> list[str]:
    with path.open(encoding="utf-8") as source:
        texts = [json.loads(line)["text"] for line in source if line.strip()]
    if docs >= len(texts):
        return texts
    return random.Random(seed).sample(texts, docs)


def median_seconds(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    import spacy

    from quotebase.extract.fast_attributes import FACTORY_NAME, replace_attribute_ruler
    from quotebase.extract.pipeline import COMPONENT_NAME, MODEL_NAME

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=POLNEAR)
    parser.add_argument("--docs", type=int, default=300, help="documents compared")
    parser.add_argument("--speed-docs", type=int, default=80, help="documents timed")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    texts = read_sample(args.data, args.docs, args.seed)
    original = spacy.load(MODEL_NAME)
    fast = spacy.load(MODEL_NAME)
    assert replace_attribute_ruler(fast)
    ours = fast.get_pipe(FACTORY_NAME)
    print(f"pipeline with ours: {fast.pipe_names}; compiled: {ours.is_fast}")  # type: ignore[attr-defined]

    # 1. Equivalence, token by token.
    tokens = mismatches = 0
    fields = ("pos_", "tag_", "morph", "lemma_", "dep_")
    by_field = dict.fromkeys(fields, 0)
    for a, b in zip(original.pipe(texts), fast.pipe(texts), strict=True):
        assert [t.text for t in a] == [t.text for t in b]
        for x, y in zip(a, b, strict=True):
            tokens += 1
            wrong = False
            for field in fields:
                if field == "morph":
                    keys = (x.morph.key, y.morph.key)  # type: ignore[attr-defined]
                    same = keys[0] == keys[1] and str(x.morph) == str(y.morph)
                else:
                    same = getattr(x, field) == getattr(y, field)
                if not same:
                    by_field[field] += 1
                    wrong = True
            if wrong:
                mismatches += 1
                if mismatches <= 10:
                    print("  mismatch:", x.text, [(getattr(x, f), getattr(y, f)) for f in fields])
    print(f"equivalence: {len(texts)} documents, {tokens:,} tokens, {mismatches} mismatched")
    print(f"  by attribute: {by_field}")

    # 2. The components alone, on the same parsed documents (fresh copies for every run).
    speed_texts = texts[: args.speed_docs]
    upstream = [name for name in original.pipe_names if name in ("tok2vec", "tagger", "parser")]
    with original.select_pipes(enable=upstream):
        parsed = list(original.pipe(speed_texts))
    words = sum(len(t.split()) for t in speed_texts)
    ruler = original.get_pipe(RULER)

    def run(component: Callable[..., object]) -> float:
        docs = [d.copy() for d in parsed]
        start = time.process_time()
        for doc in docs:
            component(doc)
        return time.process_time() - start

    ruler_times, our_times = [], []
    for _ in range(3):
        ruler_times.append(run(ruler))
        our_times.append(run(ours))
    t_ruler, t_ours = statistics.median(ruler_times), statistics.median(our_times)
    print(
        f"component alone, {len(parsed)} docs ({words:,} words), CPU time, median of 3: "
        f"attribute_ruler {t_ruler * 1000:.1f} ms, ours {t_ours * 1000:.1f} ms "
        f"({t_ruler / t_ours:.0f}× faster)"
    )

    # 3. Whole pipelines, alternating so that both see the same machine state.
    with_quotes = {}
    for label in ("original", "fast"):
        quoted = spacy.load(MODEL_NAME)
        if label == "fast":
            replace_attribute_ruler(quoted)
        import quotebase.extract.component  # noqa: F401  (registers quotebase_quotes)

        quoted.add_pipe(COMPONENT_NAME, last=True)
        with_quotes[label] = quoted
    configs = {
        "bare model, attribute_ruler": original,
        "bare model, ours": fast,
        "model + quotebase_quotes, attribute_ruler": with_quotes["original"],
        "model + quotebase_quotes, ours": with_quotes["fast"],
    }
    for nlp in configs.values():  # warm-up
        list(nlp.pipe(speed_texts[:4]))
    # The machine is shared: alternate the configurations chunk by chunk (rotating who goes
    # first) and count CPU seconds of this process next to wall-clock seconds.
    chunks = [speed_texts[i : i + 8] for i in range(0, len(speed_texts), 8)]
    labels = list(configs)
    cpu: dict[str, list[float]] = {label: [] for label in labels}
    wall: dict[str, list[float]] = {label: [] for label in labels}
    for _ in range(3):
        round_cpu = dict.fromkeys(labels, 0.0)
        round_wall = dict.fromkeys(labels, 0.0)
        for c, chunk in enumerate(chunks):
            for label in labels[c % 4 :] + labels[: c % 4]:
                start_cpu, start_wall = time.process_time(), time.perf_counter()
                for _doc in configs[label].pipe(chunk, batch_size=16):
                    pass
                round_cpu[label] += time.process_time() - start_cpu
                round_wall[label] += time.perf_counter() - start_wall
        for label in labels:
            cpu[label].append(round_cpu[label])
            wall[label].append(round_wall[label])
    print(f"whole pipeline, {len(speed_texts)} docs ({words:,} words), median of 3 (CPU / wall):")
    rate = {label: words / statistics.median(cpu[label]) for label in labels}
    wall_rate = {label: words / statistics.median(wall[label]) for label in labels}
    for label in labels:
        print(f"  {label:45s} {rate[label]:8,.0f} / {wall_rate[label]:8,.0f} words/s")
    for name, r in (("CPU", rate), ("wall", wall_rate)):
        shipped = r["bare model, attribute_ruler"]
        print(
            f"  {name}: bare model, ours / as shipped: {r['bare model, ours'] / shipped:.3f}×; "
            "model + quotebase_quotes / bare model as shipped: "
            f"{r['model + quotebase_quotes, ours'] / shipped:.3f}× with ours, "
            f"{r['model + quotebase_quotes, attribute_ruler'] / shipped:.3f}× with the ruler"
        )
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
