"""Names a document uses as places or events, and descriptors misread as subjects: no people
(hand-built parses, no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotebase.extract.mentions import descriptor_read_as_subject, place_names


def _doc(words, heads, deps, pos, ents, lemmas=None) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents, lemmas=lemmas)


def test_place_names_take_names_tagged_places_never_people():
    # the Upper Basin sued . Dana Ray met Upper Basin in Upper Basin . Kerr left Kerr Kerr
    words = ["the", "Upper", "Basin", "sued", ".", "Ann", "Ray", "met", "Kerr", "in", "Kerr"]
    words += [".", "Lo", "Lo", "Lo"]
    heads = [2, 2, 3, 3, 3, 6, 7, 7, 7, 7, 9, 7, 12, 13, 14]
    deps = ["det", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "dobj"]
    deps += ["prep", "pobj", "punct", "ROOT", "ROOT", "ROOT"]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "ADP"]
    pos += ["PROPN", "PUNCT", "PROPN", "PROPN", "PROPN"]
    ents = ["B-GPE", "I-GPE", "I-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON"]
    ents += ["O", "B-GPE", "O", "B-GPE", "B-GPE", "B-GPE"]
    names = place_names(_doc(words, heads, deps, pos, ents))
    # several words once; one word twice, never a person's ("Kerr" is tagged a person once)
    assert "Upper Basin" in names and "Lo" in names
    assert "Kerr" not in names and "Ann Ray" not in names


def test_place_names_leave_a_person_the_tagger_read_as_a_place():
    # Ada Fisher spoke . Marine Le Pen spoke . Le Pen left .
    words = ["Ada", "Fisher", "spoke", ".", "Marine", "Le", "Pen", "spoke", ".", "Le", "Pen"]
    words += ["left", "."]
    heads = [1, 2, 2, 2, 6, 6, 7, 7, 7, 10, 11, 11, 11]
    deps = ["compound", "nsubj", "ROOT", "punct", "compound", "compound", "nsubj", "ROOT"]
    deps += ["punct", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    pos += ["PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["B-FAC", "I-FAC", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    ents += ["B-FAC", "I-FAC", "O", "O"]
    names = place_names(_doc(words, heads, deps, pos, ents))
    # a given name ("Ada"); the surname of a person the tagger names ("Marine Le Pen")
    assert "Ada Fisher" not in names and "Le Pen" not in names


def test_place_names_take_a_name_the_document_calls_an_event():
    # Glen Ford was a tragedy .
    words = ["Glen", "Ford", "was", "a", "tragedy", "."]
    heads = [1, 2, 2, 4, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "det", "attr", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "DET", "NOUN", "PUNCT"]
    lemmas = ["Glen", "Ford", "be", "a", "tragedy", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    assert "Glen Ford" in place_names(_doc(words, heads, deps, pos, ents, lemmas))
    # Glen Ford was a senator .: a person
    lemmas[4] = words[4] = "senator"
    assert "Glen Ford" not in place_names(_doc(words, heads, deps, pos, ents, lemmas))


def test_descriptor_read_as_a_second_subject_is_no_one():
    # Chess great Ann Ray praised Bo .  (the parser's two subjects of "praised")
    words = ["Chess", "great", "Ann", "Ray", "praised", "Bo", "."]
    heads = [4, 3, 3, 4, 4, 4, 4]
    deps = ["nsubj", "amod", "compound", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "ADJ", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O"]
    doc = _doc(words, heads, deps, pos, ents)
    assert descriptor_read_as_subject(doc[0])
    assert not descriptor_read_as_subject(doc[3])


def test_two_named_subjects_are_both_people():
    # Bo and Ann Ray praised Cy .: "Bo" (untagged) is no descriptor: "and" stands between
    words = ["Bo", "and", "Ann", "Ray", "praised", "Cy", "."]
    heads = [4, 0, 3, 4, 4, 4, 4]
    deps = ["nsubj", "cc", "compound", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O"]
    doc = _doc(words, heads, deps, pos, ents)
    assert not descriptor_read_as_subject(doc[0])
