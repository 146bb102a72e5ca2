"""Speaker tokens: what kind of speaker a token is (the narrator, a pronoun, a text such as a
statement or a sign, or a mention), whether it names someone who can speak, the mention it
stands for, and the name a writer gives in a self-identification (``I, Qassem Suleimani,``);
the predicates every rule family asks of a would-be speaker."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotebase.extract.mentions import is_person_like
from quotebase.extract.pronouns import NARRATOR_PRONOUNS, THIRD_PERSON_PRONOUNS

SELF_IDENTIFICATION = re.compile(r"\bI, ((?:[A-Z][\w'’.-]*\s?){1,4}),")


def _is_person_subject(token: Token) -> bool:
    """A subject that can speak: a name, a person noun, or a personal pronoun (not "it")."""
    if token.text.lower() == "it":
        return False
    return _names_someone(token) or speaker_kind(token) == "pronoun"


def _names_someone(token: Token) -> bool:
    """A speaker token that names a person or group, not a pronoun or a thing."""
    return token.pos_ == "PROPN" or is_person_like(token)


def someones_body(token: Token) -> bool:
    """``His office``, ``Bell's staff``: a noun owned by a person stands for them."""
    if token.pos_ != "NOUN" or speaker_kind(token) == "text":
        return False  # "Bell's press release linked to a report": texts issue nothing
    return any(
        c.dep_ == "poss" and (_names_someone(c) or speaker_kind(c) == "pronoun")
        for c in token.children
    )


def self_identification(text: str) -> str | None:
    """The name in a writer's self-identification, ``I, Qassem Suleimani,``."""
    found = SELF_IDENTIFICATION.search(text)
    return found.group(1).strip() if found else None


def speaker_kind(token: Token) -> str:
    """Classify a speaker token: narrator, pronoun, text (non-speech source) or mention."""
    from quotebase.extract.cues import TEXT_NOUNS

    low = token.text.lower()
    if token.pos_ == "PRON" and low in NARRATOR_PRONOUNS:
        return "narrator"
    if token.pos_ == "PRON" and (low in THIRD_PERSON_PRONOUNS or low == "it"):
        return "pronoun"
    if token.pos_ == "NOUN" and token.lemma_.lower() in TEXT_NOUNS:
        return "text"
    return "mention"
