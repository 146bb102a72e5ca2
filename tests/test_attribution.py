"""Rule tests on hand-built parses (no model needed), plus the seed articles (model)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotebase.extract.attribution import (
    build_context,
    cue_in_after_frame,
    frame_after,
    frame_before,
    match_cue,
    self_identification,
)
from quotebase.extract.coref import compatible, resolve_pronoun
from quotebase.extract.cues import CUE_LEMMAS, is_according, is_cue_verb
from quotebase.extract.mentions import mention_of
from quotebase.extract.records import DocumentMeta, EntityKind, HopRole, QuoteKind, QuoteSpan
from quotebase.extract.speakers import author_named_in_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def parse(words, heads, deps, pos, lemmas=None, tags=None, spaces=None) -> Doc:
    """A hand-built parse; ``heads`` are absolute token indices."""
    return Doc(
        Vocab(),
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas or [w.lower() for w in words],
        tags=tags,
    )


def test_cue_lexicon_holds_the_frequent_verbs():
    for lemma in ("say", "tell", "write", "add", "recall", "tweet", "warn", "respond"):
        assert lemma in CUE_LEMMAS


def test_subject_of_cue_after_quote_is_the_speaker():
    # “ Yes , ” Crocker said .
    doc = parse(
        ["“", "Yes", ",", "”", "Crocker", "said", "."],
        [5, 5, 5, 5, 5, 5, 5],
        ["punct", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"],
        ["PUNCT", "INTJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
        lemmas=["“", "yes", ",", "”", "Crocker", "say", "."],
    )
    assert is_cue_verb(doc[5])
    match = match_cue(doc[5])
    assert match.speaker is not None and match.speaker.text == "Crocker"
    assert match.cue_text == "said"


def test_a_verb_inside_a_noun_phrase_is_no_cue():
    # ( for the shooting victims ) : the tagger read "shooting" as a verb
    doc = parse(
        ["(", "for", "the", "shooting", "victims", ")"],
        [1, 1, 4, 4, 1, 1],
        ["punct", "ROOT", "det", "compound", "pobj", "punct"],
        ["PUNCT", "ADP", "DET", "VERB", "NOUN", "PUNCT"],
        lemmas=["(", "for", "the", "shoot", "victim", ")"],
    )
    assert not is_cue_verb(doc[3])


def test_recall_him_saying_makes_him_the_speaker_and_the_subject_a_relay():
    # “ Go , ” Crocker recalled him saying .
    doc = parse(
        ["“", "Go", ",", "”", "Crocker", "recalled", "him", "saying", "."],
        [5, 5, 5, 5, 5, 5, 7, 5, 5],
        ["punct", "ccomp", "punct", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
        ["PUNCT", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PRON", "VERB", "PUNCT"],
        lemmas=["“", "go", ",", "”", "Crocker", "recall", "he", "say", "."],
        tags=["``", "VB", ",", "''", "NNP", "VBD", "PRP", "VBG", "."],
    )
    match = match_cue(doc[5])
    assert match.speaker is not None and match.speaker.text == "him"
    assert [t.text for t in match.relays] == ["Crocker"]
    assert match.cue_text == "recalled ... saying"


def test_according_to_takes_the_object_as_source():
    # according to officials , ...
    doc = parse(
        ["according", "to", "officials", ",", "it", "failed"],
        [5, 0, 1, 5, 5, 5],
        ["prep", "prep", "pobj", "punct", "nsubj", "ROOT"],
        ["VERB", "ADP", "NOUN", "PUNCT", "PRON", "VERB"],
    )
    assert is_according(doc[0])
    match = match_cue(doc[0])
    assert match.cue_text == "according to"
    assert match.speaker is not None and match.speaker.text == "officials"


def test_participle_cue_takes_the_subject_of_its_clause_and_the_outer_cue_relays():
    # X told Y that Z left , saying ...
    doc = parse(
        ["X", "told", "Y", "that", "Z", "left", ",", "saying", "go"],
        [1, 1, 1, 5, 5, 1, 5, 5, 7],
        ["nsubj", "ROOT", "dobj", "mark", "nsubj", "ccomp", "punct", "advcl", "ccomp"],
        ["PROPN", "VERB", "PROPN", "SCONJ", "PROPN", "VERB", "PUNCT", "VERB", "VERB"],
        lemmas=["X", "tell", "Y", "that", "Z", "leave", ",", "say", "go"],
    )
    match = match_cue(doc[7])
    assert match.speaker is not None and match.speaker.text == "Z"
    assert [t.text for t in match.relays] == ["X"]


def test_relative_pronoun_subject_stands_for_its_noun():
    # Trump , who said ...
    doc = parse(
        ["Trump", ",", "who", "said", "it", ",", "left"],
        [6, 0, 3, 0, 3, 0, 6],
        ["nsubj", "punct", "nsubj", "relcl", "dobj", "punct", "ROOT"],
        ["PROPN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "VERB"],
        lemmas=["Trump", ",", "who", "say", "it", ",", "leave"],
    )
    match = match_cue(doc[3])
    assert match.speaker is not None and match.speaker.text == "Trump"


def test_new_sentence_after_a_closed_quote_is_not_its_tag():
    # “ Go . ” The aide told X that it failed .
    words = ["“", "Go", ".", "”", "The", "aide", "told", "X", "that", "it", "failed", "."]
    doc = parse(
        words,
        [1, 1, 1, 1, 5, 6, 6, 6, 10, 10, 6, 6],
        [
            "punct",
            "ROOT",
            "punct",
            "punct",
            "det",
            "nsubj",
            "ROOT",
            "dobj",
            "mark",
            "nsubj",
            "ccomp",
            "punct",
        ],
        [
            "PUNCT",
            "VERB",
            "PUNCT",
            "PUNCT",
            "DET",
            "NOUN",
            "VERB",
            "PROPN",
            "SCONJ",
            "PRON",
            "VERB",
            "PUNCT",
        ],
        lemmas=["“", "go", ".", "”", "the", "aide", "tell", "X", "that", "it", "fail", "."],
    )
    text = doc.text
    start = text.index("Go")
    span = QuoteSpan(start, text.index("”"), text.index("“"), text.index("”") + 1, True)
    ctx = build_context(doc, [span])
    after = frame_after(ctx, 0)
    assert [t.text for t in after][:2] == ["The", "aide"]
    assert cue_in_after_frame(after, 4, sentence_closed=True) is None
    assert frame_before(ctx, 0) == []


def test_a_quotes_frames_are_handed_out_as_copies():
    # “Go.” the aide said.   (the context keeps each frame once: a caller may change its list)
    words = ["“", "Go", ".", "”", "the", "aide", "said", "."]
    doc = Doc(Vocab(), words=words, spaces=[False, False, False, True, True, True, False, False])
    text = doc.text
    span = QuoteSpan(text.index("Go"), text.index("”"), 0, text.index("”") + 1, True)
    ctx = build_context(doc, [span])
    frame_after(ctx, 0).clear()
    assert [t.text for t in frame_after(ctx, 0)] == ["the", "aide", "said"]
    frame_before(ctx, 0).append(doc[0])
    assert frame_before(ctx, 0) == []


def test_self_identification_names_the_writer():
    assert self_identification("you should know that I, Jane Q. Doe, decide") == "Jane Q. Doe"
    assert self_identification("I think so") is None


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Note: these pages are excerpted from Ola B. Sten's latest book.", "Ola B. Sten"),
        ("Ends here.\n\nFrom A WINTER WALK by Ola Sten. Reprinted with permission.", "Ola Sten"),
        ("A title\n\nBy Ola Sten\n\nThe text begins.", "Ola Sten"),
        ("I, Ola Sten, write this in sorrow.", "Ola Sten"),
        ("The senator said an excerpt from the report was misleading.", None),
        ("By Tuesday the vote was over.", None),
    ],
)
def test_author_named_in_text_reads_the_writers_credits(text, author):
    assert author_named_in_text(text, lambda offset: True) == author


def test_author_named_in_text_skips_credits_inside_quotes():
    text = "She wrote: By Ola Sten\nand more."
    assert author_named_in_text(text, lambda offset: offset < 10) is None


def test_object_pronoun_skips_its_clause_subject():
    # The aide met Crocker . Crocker recalled him saying
    doc = parse(
        ["The", "aide", "met", "Crocker", ".", "Crocker", "recalled", "him", "saying"],
        [1, 2, 2, 2, 2, 6, 6, 8, 6],
        ["det", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp"],
        ["DET", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PRON", "VERB"],
        lemmas=["the", "aide", "meet", "Crocker", ".", "Crocker", "recall", "he", "say"],
    )
    candidates = [mention_of(doc[1]), mention_of(doc[3]), mention_of(doc[5])]
    assert candidates[0].kind is EntityKind.UNNAMED
    found = resolve_pronoun(doc[7], candidates, frozenset({"Crocker"}))
    assert found is not None and found.name == "The aide"


def test_she_does_not_resolve_to_a_known_male_first_name():
    doc = parse(
        ["Donald", "Smith", "spoke", "and", "she", "left"],
        [1, 2, 2, 2, 5, 2],
        ["compound", "nsubj", "ROOT", "cc", "nsubj", "conj"],
        ["PROPN", "PROPN", "VERB", "CCONJ", "PRON", "VERB"],
    )
    assert not compatible(doc[4], mention_of(doc[1]))


# ---- seed articles (model-backed) ---------------------------------------------------------

WP_META = DocumentMeta(
    title="When the United States and Qasem Soleimani worked together",
    outlet="The Washington Post",
    published="2020-01-03",
)
IR_META = DocumentMeta(
    outlet="Iran Review", author="Seyed Hossein Mousavian", published="2014-06-24"
)


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(prefix + "*.txt")).read_text(encoding="utf-8")


def _find(quotes, fragment):
    return next(q for q in quotes if q.text.startswith(fragment))


@pytest.fixture(scope="module")
def wp_quotes():
    from quotebase.extract.pipeline import extract

    return extract(_seed("washington-post"), WP_META).quotes


@pytest.fixture(scope="module")
def ir_quotes():
    from quotebase.extract.pipeline import extract

    return extract(_seed("iran-review"), IR_META).quotes


def _names(quote):
    return [h.name for h in quote.chain]


@pytest.mark.model
def test_wp_recalled_him_saying_chain(wp_quotes):
    q = _find(wp_quotes, "You completely damaged me")
    assert q.speaker.name == "the negotiator"
    assert q.speaker.kind is EntityKind.UNNAMED
    assert q.speaker.mention.text == "him"
    assert _names(q) == ["the negotiator", "Ryan Crocker", "Dexter Filkins", "The Washington Post"]
    assert [h.role for h in q.chain] == [
        HopRole.SPEAKER,
        HopRole.RELAY,
        HopRole.WRITER,
        HopRole.DOCUMENT,
    ]
    assert wp_quotes[q.parent].kind is QuoteKind.BLOCK


@pytest.mark.model
def test_wp_cueless_continuation_is_the_same_utterance(wp_quotes):
    first = _find(wp_quotes, "You completely damaged me")
    q = _find(wp_quotes, "Suleimani is in a tearing rage")
    assert q.speaker.name == "the negotiator"
    assert _names(q) == _names(first)
    assert q.part_of == wp_quotes.index(first)


@pytest.mark.model
def test_wp_pronoun_speaker_resolves_to_crocker(wp_quotes):
    q = _find(wp_quotes, "We were just that close")
    assert q.speaker.name == "Ryan Crocker"
    assert q.speaker.mention.text == "he"


@pytest.mark.model
def test_wp_text_read_is_by_its_self_identified_author(wp_quotes):
    first = _find(wp_quotes, "Dear General Petraeus")
    second = _find(wp_quotes, "you should know that I")
    assert first.speaker.name == second.speaker.name == "Qassem Suleimani"
    assert second.part_of == wp_quotes.index(first)


@pytest.mark.model
def test_wp_slavin_block_and_term(wp_quotes):
    block = _find(wp_quotes, "General Suleimani became an enemy")
    assert block.kind is QuoteKind.BLOCK
    assert block.speaker.name == "Barbara Slavin"
    term = _find(wp_quotes, "Haji Qassem,")
    assert term.kind is QuoteKind.TERM and term.speaker is None


@pytest.mark.model
def test_wp_block_intro_about_crocker_keeps_filkins_as_writer(wp_quotes):
    block = _find(wp_quotes, "He saw the negotiator")
    assert block.kind is QuoteKind.BLOCK
    assert block.speaker.name == "Dexter Filkins"


@pytest.mark.model
def test_wp_mixed_quote_and_document_voice(wp_quotes):
    q = _find(wp_quotes, "imminent")
    assert q.kind is QuoteKind.MIXED
    assert q.speaker.name == "Mike Pompeo"
    assert q.chain[-1].name == "The Washington Post"
    assert q.chain[-1].role is HopRole.DOCUMENT


@pytest.mark.model
def test_ir_nested_quote_chain(ir_quotes):
    q = _find(ir_quotes, "This is the best deal you can get.")
    assert q.speaker.name.endswith("Zarif")
    assert _names(q)[1:] == ["James Dobbins", "Seyed Hossein Mousavian"]
    assert q.chain[1].role is HopRole.RELAY


@pytest.mark.model
def test_ir_told_me_is_the_author(ir_quotes):
    q = _find(ir_quotes, "I am confident that Bush")
    assert q.speaker.name == "Khatami"
    assert _names(q) == ["Khatami", "Seyed Hossein Mousavian"]


@pytest.mark.model
def test_ir_book_title_has_no_speaker(ir_quotes):
    q = next(x for x in ir_quotes if "Failed Past" in x.text)
    assert q.kind is QuoteKind.TITLE and q.speaker is None


def test_outer_cue_reports_a_cue_with_a_pronoun_subject():
    # Kay said she called it “ bad ” .
    from quotebase.extract.attribution import _outer_cue, build_context

    doc = parse(
        ["Kay", "said", "she", "called", "it", "“", "bad", "”", "."],
        [1, 1, 3, 1, 3, 6, 3, 6, 1],
        ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct", "oprd", "punct", "punct"],
        ["PROPN", "VERB", "PRON", "VERB", "PRON", "PUNCT", "ADJ", "PUNCT", "PUNCT"],
        lemmas=["Kay", "say", "she", "call", "it", "“", "bad", "”", "."],
    )
    ctx = build_context(doc, [])
    match = _outer_cue(ctx, doc[3], lambda t: True)
    assert match is not None and match.speaker is not None
    assert match.speaker.text == "Kay" and match.cue_text == "said"
    # no cue above the outer one: nothing further out
    assert _outer_cue(ctx, doc[1], lambda t: True) is None


def test_context_computes_text_and_sentences_once_and_matches_spacy():
    # Kay left . She said so .  (two sentences from the heads)
    doc = parse(
        ["Kay", "left", ".", "She", "said", "so", "."],
        [1, 1, 1, 4, 4, 4, 4],
        ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"],
        ["PROPN", "VERB", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"],
    )
    ctx = build_context(doc, [])
    assert ctx.text == doc.text
    assert ctx.token_starts == [t.idx for t in doc]
    starts = sorted({t.sent.start for t in doc})
    assert ctx.sent_of == [starts.index(t.sent.start) for t in doc] == [0, 0, 0, 1, 1, 1, 1]
    assert ctx.same_sentence(doc[0], doc[2]) and not ctx.same_sentence(doc[2], doc[3])


def test_context_without_sentence_boundaries_reads_one_sentence():
    doc = Doc(Vocab(), words=["Kay", "left", ".", "She", "said", "so"])
    ctx = build_context(doc, [])
    assert ctx.sent_of == [] and ctx.same_sentence(doc[0], doc[5])


def test_relays_leave_out_the_speaker_itself():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from quotebase.extract.cue_match import _relays

    # "Ann said she said": when Ann is the speaker she is no relay of her own words
    doc = Doc(
        Vocab(),
        words=["Ann", "said", "she", "said"],
        pos=["PROPN", "VERB", "PRON", "VERB"],
        lemmas=["Ann", "say", "she", "say"],
        heads=[1, 1, 3, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp"],
    )
    assert [t.text for t in _relays(doc[3], doc[2])] == ["Ann"]
    assert _relays(doc[3], doc[0]) == ()


@pytest.mark.parametrize(
    ("particle", "framing"),
    [("up", True), ("in", False)],
)
def test_bringing_a_matter_up_as_something_characterises_it(particle, framing):
    # a sale Ann brought up as “very odd”   /   a man Ann brought in as “a fixer”
    from spacy.lang.en import English

    from quotebase.extract.syntax import characterising_verb

    doc = Doc(
        English().vocab,  # with the lexical attributes (lower case) the rule reads
        words=["a", "sale", "Ann", "brought", particle, "as", "“", "very", "odd", "”"],
        heads=[1, 1, 3, 1, 3, 3, 8, 8, 5, 8],
        deps=["det", "ROOT", "nsubj", "relcl", "prt", "prep", "punct", "advmod", "pobj", "punct"],
        pos=["DET", "NOUN", "PROPN", "VERB", "ADP", "ADP", "PUNCT", "ADV", "ADJ", "PUNCT"],
        lemmas=["a", "sale", "Ann", "bring", particle, "as", "“", "very", "odd", "”"],
        tags=["DT", "NN", "NNP", "VBD", "RP", "IN", "``", "RB", "JJ", "''"],
    )
    verb = characterising_verb(doc[8], lambda t: True)
    assert (verb is not None and verb.i == 3) is framing
