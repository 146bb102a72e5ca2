"""The ``quotebase_quotes`` spaCy component: quote attribution on a parsed ``Doc``.

The component wraps the rule functions of :mod:`quotebase.extract.attribution`. It reads the
document's metadata from the guarded extension ``doc._.quotebase_meta`` (set by
:func:`quotebase.extract.pipeline.extract` before parsing) and writes:

* ``doc._.quotes``: a tuple of :class:`~quotebase.extract.records.Quote`, in text order;
* ``doc.spans["quotebase_quotes"]``: one span per quote content, labelled with its kind.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotebase.extract.records import DocumentMeta, Quote

SPANS_KEY = "quotebase_quotes"
META_EXTENSION = "quotebase_meta"
QUOTES_EXTENSION = "quotes"


def _register_extensions() -> None:
    """Register the Doc extensions once (guarded: safe to call repeatedly)."""
    if not Doc.has_extension(META_EXTENSION):
        Doc.set_extension(META_EXTENSION, default=None)
    if not Doc.has_extension(QUOTES_EXTENSION):
        Doc.set_extension(QUOTES_EXTENSION, default=())


class QuotesComponent:
    """Attribute every quotation of a parsed document.

    Args:
        speech_only_spans: Put only speech kinds (direct, mixed, block) in ``doc.spans``.
    """

    def __init__(self, *, speech_only_spans: bool = False) -> None:
        self.speech_only_spans = speech_only_spans
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        # Imported here so that loading the factory (spaCy entry points) stays cheap.
        from quotebase.extract.chains import attribute_doc
        from quotebase.extract.records import SPEECH_KINDS

        stored = doc._.get(META_EXTENSION)
        meta = DocumentMeta(**stored) if isinstance(stored, dict) else stored or DocumentMeta()
        quotes: tuple[Quote, ...] = tuple(attribute_doc(doc, meta))
        doc._.set(QUOTES_EXTENSION, quotes)
        spans = []
        for quote in quotes:
            if self.speech_only_spans and quote.kind not in SPEECH_KINDS:
                continue
            span = doc.char_span(
                quote.start, quote.end, label=quote.kind.value, alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(
    "quotebase_quotes",
    default_config={"speech_only_spans": False},
    requires=["token.dep", "token.head", "token.pos"],
    assigns=["doc.spans", "doc._.quotes"],
)
def make_quotes_component(
    nlp: Language, name: str, *, speech_only_spans: bool = False
) -> QuotesComponent:
    """Build the quote-attribution component (registered as ``quotebase_quotes``).

    Args:
        nlp: The pipeline the component is added to.
        name: The component's name in the pipeline.
        speech_only_spans: Put only speech kinds in ``doc.spans["quotebase_quotes"]``.

    Returns:
        The component, a callable over ``Doc``.
    """
    return QuotesComponent(speech_only_spans=speech_only_spans)
