"""Running the extractor over a stream of documents, in one process or several.

Failures stay with the document that caused them: when a batch raises, its documents are
redone one at a time, so one bad document costs only itself.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING

from quotebase.extract.records import DocumentMeta, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

Item = tuple[str, DocumentMeta]
Extractor = Callable[[Iterable[Item]], Iterator[Extraction]]
Outcome = Extraction | Exception
CHUNK = 8  # documents a worker process takes at a time


class ExtractionFailed(Exception):
    """Extraction raised for one document."""


def spacy_extractor(nlp: Language | None = None) -> Extractor:
    """The real extractor, streaming through ``nlp.pipe``; loads spaCy on first use only."""

    def run(items: Iterable[Item]) -> Iterator[Extraction]:
        from quotebase.extract.pipeline import extract_many

        return extract_many(items, nlp)

    return run


def _one(run: Extractor, item: Item) -> Outcome:
    try:
        return next(iter(run([item])))
    except Exception as exc:  # any failure inside the extractor is this document's failure
        return ExtractionFailed(f"{type(exc).__name__}: {exc}")


def extract_stream(items: Iterable[Item], run: Extractor) -> Iterator[Outcome]:
    """One outcome per item, in order, through one long-running extractor stream.

    The extractor reads ahead (spaCy batches its input); when it raises, the items it had
    taken but not answered are redone one by one and the stream starts again after them.
    """
    source = iter(items)
    taken: deque[Item] = deque()
    first = next(source, None)
    if first is None:
        return  # nothing to extract: the extractor (and spaCy) is never started
    source = chain([first], source)

    def feed() -> Iterator[Item]:
        for item in source:
            taken.append(item)
            yield item

    while True:
        try:
            for result in run(feed()):
                taken.popleft()
                yield result
            if not taken:
                return
        except Exception:
            pass
        # The stream broke (or ended with items unanswered): isolate those items.
        while taken:
            yield _one(run, taken.popleft())


# ---------------------------------------------------------------------------------------------
# Worker processes

_worker_run: Extractor | None = None


def _init_worker() -> None:
    global _worker_run
    from quotebase.extract.pipeline import load_nlp

    _worker_run = spacy_extractor(load_nlp())


def _work(chunk: list[Item]) -> list[Outcome]:
    assert _worker_run is not None
    return list(extract_stream(chunk, _worker_run))


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def parallel_extract_stream(items: Iterable[Item], workers: int) -> Iterator[Outcome]:
    """Like :func:`extract_stream` with the spaCy extractor, over ``workers`` processes.

    The model is loaded before the workers start, so forked workers share it; results come
    back in input order, a few chunks ahead at most (memory stays flat).
    """
    from quotebase.extract.pipeline import load_nlp

    source = iter(items)
    first = next(source, None)
    if first is None:
        return  # nothing to extract: no model, no processes
    items = chain([first], source)
    load_nlp()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    window = 2 * workers  # chunks in flight; Pool.imap would read the whole input at once
    with context.Pool(workers, initializer=_init_worker) as pool:
        pending: deque[AsyncResult[list[Outcome]]] = deque()
        for chunk in _chunks(items, CHUNK):
            pending.append(pool.apply_async(_work, (chunk,)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
