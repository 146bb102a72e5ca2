"""Names of mentions built from hand-built parses (no model): pairs joined by a hyphen,
full names inside entities the tagger did not read as people."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotebase.extract.mentions import entity_full_name, mention_of


def _doc(words, spaces, heads, deps, pos, ents) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_hyphen_between_two_names_ends_the_name():
    # The Ann Ray-Tom Bell fight ended .
    words = ["The", "Ann", "Ray", "-", "Tom", "Bell", "fight", "ended", "."]
    spaces = [True, True, False, False, True, True, True, False, False]
    heads = [6, 2, 5, 5, 5, 6, 7, 7, 7]
    deps = ["det", "compound", "compound", "punct", "compound", "compound", "nsubj", "ROOT"]
    deps += ["punct"]
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"]
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"]
    doc = _doc(words, spaces, heads, deps, pos, ents)
    assert mention_of(doc[5]).name == "Tom Bell"


def _entity_doc(first: str, label: str) -> Doc:
    # <first> Zoran Brede ’s team won .
    words = [first, "Zoran", "Brede", "’s", "team", "won", "."]
    spaces = [True, True, False, True, True, False, False]
    heads = [2, 2, 4, 2, 5, 5, 5]
    deps = ["compound", "compound", "poss", "case", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PART", "NOUN", "VERB", "PUNCT"]
    ents = [f"B-{label}", f"I-{label}", f"I-{label}", f"I-{label}", "O", "O", "O"]
    return _doc(words, spaces, heads, deps, pos, ents)


def test_entity_full_name_reads_a_person_in_an_organisation():
    doc = _entity_doc("Actress", "ORG")
    assert entity_full_name(doc.ents[0], frozenset({"Brede"})) == "Zoran Brede"
    # a surname no one uses alone: no person
    assert entity_full_name(doc.ents[0], frozenset({"Ray"})) is None


def _street_doc(first: str, second: str) -> Doc:
    # Pressure from <first> <second> grew .
    words = ["Pressure", "from", first, second, "grew", "."]
    spaces = [True, True, True, True, False, False]
    heads = [4, 0, 3, 1, 4, 4]
    deps = ["nsubj", "prep", "compound", "pobj", "ROOT", "punct"]
    pos = ["NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"]
    return _doc(words, spaces, heads, deps, pos, ["O"] * 6)


def test_a_name_ending_in_a_street_is_no_persons():
    from quotebase.extract.records import EntityKind

    assert mention_of(_street_doc("Lombard", "Street")[3]).kind is EntityKind.ORGANIZATION
    # a place or a body described by an office is no one's name either: a description
    assert mention_of(_street_doc("Ohio", "Gov.")[3]).kind is EntityKind.UNNAMED
    assert mention_of(_street_doc("Ann", "Street")[3]).kind is EntityKind.PERSON
