"""Pure rules of ``quotebase.extract.descriptions`` on hand-built mentions and ``Doc``s.

Sentences are written for these tests.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotebase.extract.descriptions import apposed_name, role_holders, title_holders
from quotebase.extract.mentions import PersonMention
from quotebase.extract.records import EntityKind, Mention

VOCAB = spacy.blank("en").vocab  # lexical attributes (lowercase forms) without a model


def _doc(tagged: list[tuple[str, str, str]]) -> Doc:
    """A ``Doc`` of (word, part of speech, dependency) triples, one space between words."""
    doc = Doc(VOCAB, words=[w for w, _, _ in tagged])
    for token, (_, pos, dep) in zip(doc, tagged, strict=True):
        token.pos_ = pos
        token.dep_ = dep
    return doc


def _mention(doc: Doc, first: int, last: int, name: str, kind: EntityKind) -> PersonMention:
    """The mention of tokens ``first..last`` (head ``last``) under ``name``."""
    span = doc[first : last + 1]
    text = Mention(span.text, span.start_char, span.end_char)
    return PersonMention(text, name, kind, last, True, True)


def _titled(text: str, token: int, kind: EntityKind = EntityKind.PERSON) -> PersonMention:
    return PersonMention(Mention(text, 0, len(text)), text, kind, token, True, True)


def test_a_name_ending_in_the_title_holds_no_office():
    # a capitalised headline taken for a name ("Famous Speaker Visits") is nobody's title
    speaker = _titled("the speaker", 9, EntityKind.UNNAMED)
    people = [_titled("Famous Speaker", 1), _titled("Speaker Ann Fox", 4)]
    assert [c.name for c in title_holders(speaker, [*people, speaker])] == ["Speaker Ann Fox"]


SHARED_TITLE_WORDS = [
    ("Sens.", "PROPN", "compound"),
    ("Ann", "PROPN", "compound"),
    ("Ray", "PROPN", "nsubj"),
    ("and", "CCONJ", "cc"),
    ("Tom", "PROPN", "compound"),
    ("Bell", "PROPN", "conj"),
    ("wrote", "VERB", "ROOT"),
    (".", "PUNCT", "punct"),
    ("The", "DET", "det"),
    ("senator", "NOUN", "nsubj"),
    ("said", "VERB", "ROOT"),
]


def test_a_plural_title_before_coordinated_names_is_each_ones():
    # "Sens. Ann Ray and Tom Bell": both are senators; "Reps. Ann Ray" is no senator
    doc = _doc(SHARED_TITLE_WORDS)
    for token, head in ((0, 2), (1, 2), (4, 5), (5, 2)):
        doc[token].head = doc[head]
    ray = _mention(doc, 0, 2, "Ann Ray", EntityKind.PERSON)
    bell = _mention(doc, 4, 5, "Tom Bell", EntityKind.PERSON)
    senator = _mention(doc, 8, 9, "The senator", EntityKind.UNNAMED)
    holders = title_holders(senator, [ray, bell, senator], doc)
    assert [c.name for c in holders] == ["Ann Ray", "Tom Bell"]
    doc = _doc([("Reps.", "PROPN", "compound"), *SHARED_TITLE_WORDS[1:]])
    for token, head in ((0, 2), (1, 2), (4, 5), (5, 2)):
        doc[token].head = doc[head]
    ray = _mention(doc, 0, 2, "Ann Ray", EntityKind.PERSON)
    bell = _mention(doc, 4, 5, "Tom Bell", EntityKind.PERSON)
    assert title_holders(senator, [ray, bell, senator], doc) == []


ROLE_WORDS = [
    ("Campaign", "NOUN", "compound"),
    ("manager", "NOUN", "compound"),
    ("Bob", "PROPN", "compound"),
    ("Hale", "PROPN", "nsubj"),
    ("and", "CCONJ", "cc"),
    ("party", "NOUN", "compound"),
    ("donor", "NOUN", "conj"),
    ("Tim", "PROPN", "compound"),
    ("Rudd", "PROPN", "appos"),
    ("spoke", "VERB", "ROOT"),
    (".", "PUNCT", "punct"),
    ("The", "DET", "det"),
    ("donor", "NOUN", "nsubj"),
    ("said", "VERB", "ROOT"),
]


def test_a_role_written_before_a_name_holds_it_even_outside_the_mention():
    # "party donor Tim Rudd" is parsed as a noun with the name in apposition
    doc = _doc(ROLE_WORDS)
    hale = _mention(doc, 0, 3, "Bob Hale", EntityKind.PERSON)
    rudd = _mention(doc, 7, 8, "Tim Rudd", EntityKind.PERSON)
    donor = _mention(doc, 11, 12, "The donor", EntityKind.UNNAMED)
    assert [c.name for c in role_holders(donor, [hale, rudd, donor], doc)] == ["Tim Rudd"]
    doc = _doc([*ROLE_WORDS[:12], ("manager", "NOUN", "nsubj"), ROLE_WORDS[13]])
    manager = _mention(doc, 11, 12, "The manager", EntityKind.UNNAMED)
    assert [c.name for c in role_holders(manager, [hale, rudd, manager], doc)] == ["Bob Hale"]


def test_the_name_of_a_role_holder_is_what_follows_the_role():
    # "Party Donor Hale", a headline taken for a name, is "Hale"
    doc = _doc(
        [
            ("Party", "PROPN", "compound"),
            ("Donor", "PROPN", "compound"),
            ("Hale", "PROPN", "nsubj"),
            ("won", "VERB", "ROOT"),
            (".", "PUNCT", "punct"),
            ("The", "DET", "det"),
            ("donor", "NOUN", "nsubj"),
            ("said", "VERB", "ROOT"),
        ]
    )
    hale = _mention(doc, 0, 2, "Party Donor Hale", EntityKind.PERSON)
    donor = _mention(doc, 5, 6, "The donor", EntityKind.UNNAMED)
    assert [c.name for c in role_holders(donor, [hale, donor], doc)] == ["Hale"]


APPOSED_WORDS = [
    ("“", "PUNCT", "punct"),
    ("We", "PRON", "nsubj"),
    ("won", "VERB", "ccomp"),
    (",", "PUNCT", "punct"),
    ("”", "PUNCT", "punct"),
    ("Ann", "PROPN", "compound"),
    ("Fox", "PROPN", "npadvmod"),
    (",", "PUNCT", "punct"),
    ("the", "DET", "det"),
    ("chairwoman", "NOUN", "nsubj"),
    (",", "PUNCT", "punct"),
    ("recalled", "VERB", "ROOT"),
]


def test_a_description_after_a_name_and_a_comma_is_that_person():
    doc = _doc(APPOSED_WORDS)
    fox = _mention(doc, 5, 6, "Ann Fox", EntityKind.PERSON)
    chair = _mention(doc, 8, 9, "the chairwoman", EntityKind.UNNAMED)
    found = apposed_name(chair, [fox, chair], doc)
    assert found is not None and found.name == "Ann Fox"


def test_a_name_that_is_an_object_is_not_beside_the_description():
    # "In a call with Ann Fox, the chairwoman said": the name ends a phrase of its own
    doc = _doc(APPOSED_WORDS)
    doc[6].dep_ = "pobj"
    fox = _mention(doc, 5, 6, "Ann Fox", EntityKind.PERSON)
    chair = _mention(doc, 8, 9, "the chairwoman", EntityKind.UNNAMED)
    assert apposed_name(chair, [fox, chair], doc) is None
