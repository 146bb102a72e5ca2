"""Speaker tokens: what kind of speaker a token is (the narrator, a pronoun, a text such as a
statement or a sign, or a mention), whether it names someone who can speak, the mention it
stands for, and the name a writer gives in a self-identification (``I, Qassem Suleimani,``);
the predicates every rule family asks of a would-be speaker."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotebase.extract.mentions import is_person_like, per_doc
from quotebase.extract.names import strip_titles
from quotebase.extract.pronouns import NARRATOR_PRONOUNS, THIRD_PERSON_PRONOUNS

SELF_IDENTIFICATION = re.compile(r"\bI, ((?:[A-Z][\w'’.-]*\s?){1,4}),")
# A person's name as a writer's credit gives it: two to four capitalised words, initials
# with their full stops inside ("Ann B. Roe"), none after the last word.
_CREDITED_NAME = r"((?:[A-Z][\w'’-]*\.? ){1,3}[A-Z][\w'’-]*[\w])"
# How a document names the person who wrote it in its own text when the byline is the
# outlet's: an editor's note ("excerpted from Ann Roe's new book"), a credit line ("From
# THE LONG ROAD by Ann Roe."), a byline in the body ("By Ann Roe" alone on its line).
AUTHOR_CREDITS = (
    re.compile(
        r"\b(?i:excerpt(?:s|ed)?|adapted)\b[^.\n]{0,80}?\bfrom\b[^\n]{0,40}?"
        + _CREDITED_NAME
        + r"['’]s (?:[\w-]+ ){0,2}(?i:book|memoir|novel)\b"
    ),
    re.compile(
        r"(?m)^(?:(?:Excerpted|Adapted|Reprinted) )?(?i:from) [^\n]{1,100}? by "
        + _CREDITED_NAME
        + r"(?=[.,;]|\s*$)"
    ),
    re.compile(r"(?m)^By " + _CREDITED_NAME + r"\s*$"),
    SELF_IDENTIFICATION,
)


# The labels of a question-and-answer interview, each opening its line: "Q:" and "A:".
QA_LABEL = re.compile(r"(?m)^([QA]):\s")


def interviewee(doc: Doc) -> str | None:
    """The person whose answers a question-and-answer interview's "A:" lines give.

    "Ann Ray, the port's new head, spoke with the Tribune. Q: ... A: ...": the person the
    introduction (the text before the first "Q:" or "A:" line) names most often, by
    surname, the first named on a tie, in the fullest form it writes; None in a text with
    no "A:" line or no one named before it.
    """
    return per_doc(doc, "interviewee", _interviewee)


def _interviewee(doc: Doc) -> str | None:
    labels = list(QA_LABEL.finditer(doc.text))
    if not any(m.group(1) == "A" for m in labels):
        return None
    names = [
        strip_titles(e.text)
        for e in doc.ents
        if e.label_ == "PERSON" and e.end_char < labels[0].start()
    ]
    names = [n for n in names if n]
    if not names:
        return None
    counts = Counter(n.split()[-1] for n in names)
    surname = max(counts, key=lambda w: counts[w])  # the first counted wins a tie
    return max((n for n in names if n.split()[-1] == surname), key=len)


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


def author_named_in_text(text: str, outside: Callable[[int], bool]) -> str | None:
    """The writer a document names in its own text, for a byline that names no one.

    Args:
        text: The document's text.
        outside: Whether a character offset stands in the writer's own text (not in a quote).

    Returns:
        The first name a credit (:data:`AUTHOR_CREDITS`) gives in the writer's text, or None.
    """
    found = [m for credit in AUTHOR_CREDITS for m in credit.finditer(text) if outside(m.start(1))]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return first.group(1).strip()


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
