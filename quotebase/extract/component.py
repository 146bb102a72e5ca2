"""The ``quotebase_quotes`` spaCy component: quote attribution on a parsed ``Doc``.

The component wraps the rule functions of :mod:`quotebase.extract.attribution`. It reads the
document's metadata from the guarded extension ``doc._.quotebase_meta`` (set by
:func:`quotebase.extract.pipeline.extract` before parsing) and writes:

* ``doc._.quotes``: a tuple of :class:`~quotebase.extract.records.Quote`, in text order;
* ``doc.spans["quotebase_quotes"]``: one span per quote content, labelled with its kind.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from quotebase.extract.records import DocumentMeta, Quote

SPANS_KEY = "quotebase_quotes"
META_EXTENSION = "quotebase_meta"
QUOTES_EXTENSION = "quotes"
ALIASES_EXTENSION = "quotebase_aliases"


def _register_extensions() -> None:
    """Register the Doc extensions once (guarded: safe to call repeatedly)."""
    if not Doc.has_extension(META_EXTENSION):
        Doc.set_extension(META_EXTENSION, default=None)
    if not Doc.has_extension(QUOTES_EXTENSION):
        Doc.set_extension(QUOTES_EXTENSION, default=())
    if not Doc.has_extension(ALIASES_EXTENSION):
        Doc.set_extension(ALIASES_EXTENSION, default=())


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
        doc._.set(ALIASES_EXTENSION, person_aliases(doc, quotes))
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


def person_aliases(doc: Doc, quotes: tuple[Quote, ...]) -> tuple[tuple[str, str], ...]:
    """Every surface form by which the document names a person of the quotes' chains.

    The forms are the document's PERSON entities, the mentions used as speakers, and quoted
    terms (``referred to as “Haji Qassem”``); ``names.cluster_names`` says which of them
    name the same person as a chain's hop.
    """
    from quotebase.extract.names import cluster_names, is_person_name
    from quotebase.extract.records import EntityKind, QuoteKind

    people = {hop.name for quote in quotes for hop in quote.chain if hop.kind is EntityKind.PERSON}
    if not people:
        return ()
    forms = [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
    forms += [q.text.strip(" ,.") for q in quotes if q.kind is QuoteKind.TERM]
    forms += [
        hop.mention.text
        for quote in quotes
        for hop in quote.chain
        if hop.mention is not None and hop.kind is EntityKind.PERSON
    ]
    forms = [re.sub(r"['’]s?$", "", f) for f in forms]  # Bush’s -> Bush
    forms = [f for f in dict.fromkeys(forms) if f[:1].isupper() and is_person_name(f)]
    cluster = cluster_names([*sorted(people), *forms])
    canonical_of = {cluster.get(name, name): name for name in people}
    pairs = []
    for form in forms:
        name = canonical_of.get(cluster.get(form, form))
        if name is not None and form != name:
            pairs.append((form, name))
    return tuple(pairs)


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
