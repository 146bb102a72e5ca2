"""Mentions of people and rule-based pronoun resolution over a parsed ``Doc``.

Resolution is deliberately simple and local: a pronoun speaker is the nearest preceding
compatible person mention, preferring the previous quote's speaker and main-clause subjects;
an object pronoun is never its own clause's subject (``Crocker recalled him saying``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar, cast

from spacy.attrs import DEP, ENT_TYPE, ORTH, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from quotebase.extract.cues import SPEECH_NOUNS, is_cue_verb, per_source
from quotebase.extract.name_tables import (
    FEMALE_FIRST_NAMES,
    FEMALE_NOUNS,
    FEMALE_TITLES,
    MALE_FIRST_NAMES,
    MALE_NOUNS,
    MALE_TITLES,
)
from quotebase.extract.names import TITLES as NAME_TITLES
from quotebase.extract.names import cluster_names, name_key, same_person

# Re-exported (``X as X``): the attribution rules import these from here.
from quotebase.extract.pronouns import FEMALE_PRONOUNS as FEMALE_PRONOUNS
from quotebase.extract.pronouns import MALE_PRONOUNS as MALE_PRONOUNS
from quotebase.extract.pronouns import NARRATOR_PRONOUNS as NARRATOR_PRONOUNS
from quotebase.extract.pronouns import NEUTER_PRONOUNS as NEUTER_PRONOUNS
from quotebase.extract.pronouns import PLURAL_PRONOUNS as PLURAL_PRONOUNS
from quotebase.extract.pronouns import RELATIVE_PRONOUNS as RELATIVE_PRONOUNS
from quotebase.extract.pronouns import THIRD_PERSON_PRONOUNS as THIRD_PERSON_PRONOUNS
from quotebase.extract.records import EntityKind, Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
HEAD_POS = frozenset({NOUN, PROPN})  # parts of speech that head a mention of a person
NAME_PART_DEPS = frozenset({"compound", "flat", "nmod", "appos"})
MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "case"})

# Clauses whose subject is not a speaker's: what is reported, relative and complement clauses.
REPORTED_DEPS = frozenset({"ccomp", "relcl", "acl", "pcomp", "csubj", "xcomp"})

# Common nouns that denote a person or a group of people: "the negotiator", "a source".
PERSON_NOUNS = frozenset(
    {
        "source",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "negotiator",
        "diplomat",
        "analyst",
        "expert",
        "candidate",
        "president",
        "senator",
        "lawmaker",
        "governor",
        "lawyer",
        "attorney",
        "witness",
        "voter",
        "supporter",
        "critic",
        "resident",
        "local",  # "called “...” by locals"
        "woman",
        "man",
        "person",
        "people",
        "officer",
        "agent",
        "prosecutor",
        "judge",
        "reporter",
        "journalist",
        "editor",
        "author",
        "writer",
        "protester",
        "activist",
        "leader",
        "member",
        "chairman",
        "chairwoman",
        "director",
        "secretary",
        "minister",
        "ambassador",
        "general",
        "commander",
        "strategist",
        "consultant",
        "operative",
        "staffer",
        "employee",
        "worker",
        "friend",
        "colleague",
        "insider",
        "donor",
        "delegate",
        "pollster",
        "economist",
        "professor",
        "scholar",
        "researcher",
        "student",
        "campaign",
        "administration",
        "government",
        "officials",
        "team",
        "group",
        "committee",
        "organization",
        "party",
        "spokespeople",
        "host",
        "moderator",
        "audience",
        "crowd",
        "fan",
        "veteran",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "sister",
        "brother",
        "mom",
        "dad",
        "nominee",
        "congressman",
        "congresswoman",
        "representative",
        "mayor",
        "sheriff",
        "chief",
        "executive",
        "ceo",
        "founder",
        "owner",
        "manager",
        "doctor",
        "nurse",
        "teacher",
        "priest",
        "pastor",
        "cleric",
        "preacher",
        "imam",
        "rabbi",
        "bishop",
        "pope",
        "king",
        "queen",
        "prince",
        "partner",
        "commentator",
        "columnist",
        "investigator",
        "auditor",
        "attendee",
        "neighbor",
        "participant",
        "observer",
        "advocate",
        "lobbyist",
        "historian",
        "scientist",
        "physician",
        "coach",
        "actor",
        "comedian",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "farmer",
        "soldier",
        "citizen",
        "immigrant",
        "victim",
        "survivor",
        "parent",
        "uncle",
        "aunt",
        "cousin",
        "niece",
        "nephew",
        "impostor",
        "rival",
        "opponent",
        "challenger",
        "incumbent",
        "speaker",
        "chair",
        "commissioner",
        "councilman",
        "councilwoman",
        "legislator",
        "organizer",
        "volunteer",
        "retiree",
        "child",
        "kid",
        "girl",
        "boy",
        "teenager",
        # ranks, which news writing uses for someone named with them: "the admiral said"
        "admiral",
        "colonel",
        "captain",
        "sergeant",
    }
)


# An office named by a description ("the Ohio governor") and the titles written before the
# name of its holder ("Gov. John Kasich").
OFFICE_TITLES = {
    "governor": frozenset({"gov", "governor"}),
    "senator": frozenset({"sen", "senator"}),
    "president": frozenset({"president", "pres"}),
    "congressman": frozenset({"rep", "representative", "congressman"}),
    "congresswoman": frozenset({"rep", "representative", "congresswoman"}),
    "mayor": frozenset({"mayor"}),
    "secretary": frozenset({"secretary"}),
    "speaker": frozenset({"speaker"}),
    "ambassador": frozenset({"ambassador", "amb"}),
    "general": frozenset({"gen", "general"}),
    "judge": frozenset({"judge"}),
    "admiral": frozenset({"adm", "admiral"}),
    "colonel": frozenset({"col", "colonel"}),
    "captain": frozenset({"capt", "captain"}),
    "sergeant": frozenset({"sgt", "sergeant"}),
}

QUOTE_MARKS = ("“", "”", '"')

# Entity labels of places: "in Clarkston" (GPE), "the Potomac" (LOC), "Sandy Hook" (FAC).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Words that make a title another office: "Vice President Joe Biden" is not "the president".
DEPUTY_WORDS = frozenset({"vice", "deputy", "lt", "lieutenant", "assistant", "under"})


# Nouns for a group of people: "they" may refer back to them, "he" and "she" may not.
GROUP_NOUNS = frozenset(
    {
        "campaign", "administration", "government", "team", "group", "committee", "party",
        "organization", "crowd", "audience", "staff", "family", "company", "agency",
        "department", "office", "board", "council", "network", "newspaper", "police",
    }
)  # fmt: skip

# Nouns of writings and pages that speak for their authors: "The memo argues ... It adds".
# "It" may refer back to them; "he", "she" and "they" may not.
DOCUMENT_NOUNS = frozenset(
    {
        "email", "e-mail", "memo", "memorandum", "letter", "affidavit", "filing", "complaint",
        "lawsuit", "suit", "report", "statement", "release", "editorial", "website", "site",
        "page", "post", "tweet", "ad", "advertisement", "commercial", "flier", "flyer",
        "mailer", "pamphlet", "brochure", "document", "note", "message", "petition",
        "ruling", "opinion", "order", "indictment", "transcript", "sign", "banner", "poster",
    }
)  # fmt: skip


@dataclass(frozen=True)
class PersonMention:
    """A mention of a possible speaker, with what coreference needs to know."""

    mention: Mention
    name: str  # surface name with titles, or the description for an unnamed speaker
    kind: EntityKind
    token: int  # index of the head token
    is_subject: bool
    is_main_subject: bool  # subject of a main clause (ROOT, or conjoined with it)
    gender: str | None = None  # "m", "f", or None when unknown
    plural: bool = False
    personal: bool = True  # denotes people ("the spokesman"), not a thing ("the statement")


def noun_phrase_bounds(head: Token) -> tuple[int, int]:
    """Token bounds ``[start, end)`` of the name or description headed by ``head``."""
    start = end = head.i
    for child in head.lefts:
        # "Secretary of State Mike Pompeo", "the Iranian negotiator": keep premodifiers
        if child.dep_ in NAME_PART_DEPS | MODIFIER_DEPS and child.dep_ != "appos":
            start = min(start, child.left_edge.i)
    for child in head.rights:
        # "Pompeo Jr." and flat names continue to the right; clauses and appositions do not
        if child.dep_ in ("flat", "compound") and child.i == end + 1:
            end = child.i
    doc = head.doc
    # a mention never crosses a paragraph break (the parser sometimes attaches across one)
    while start < head.i and (
        doc[start].is_punct or doc[start].is_space or "\n" in doc[start : head.i].text
    ):
        start += 1
    return start, end + 1


def gender_of(words: list[str]) -> str | None:
    """The gender a mention's words show: a title, a given name, or a gendered noun.

    Args:
        words: The mention's words as written ("Mrs. Clinton", "Hillary Clinton", "the
            spokeswoman").

    Returns:
        "m", "f", or None when the words do not say (a surname alone, "the official").
    """
    for word in words:
        # "Mr. Trump", "Mrs. Clinton": a gendered title anywhere before the name
        low = word.lower().rstrip(".")
        if low in MALE_TITLES:
            return "m"
        if low in FEMALE_TITLES:
            return "f"
    # the given name: any capitalised word between the last title and the surname ("Vice
    # President Joe Biden"; "Virginia Gov. Terry Ray" is no Virginia), or a first name
    # written alone ("Hillary")
    given = words[:-1] if len(words) > 1 else words
    titles = [i for i, word in enumerate(given) if word.lower().rstrip(".") in NAME_TITLES]
    if titles:
        given = given[titles[-1] + 1 :]
    for word in given:
        low = word.lower().rstrip(".")
        if not word[:1].isupper() or low in NAME_TITLES:
            continue
        if low in MALE_FIRST_NAMES:
            return "m"
        if low in FEMALE_FIRST_NAMES:
            return "f"
    head = words[-1].lower() if words else ""
    # "the spokeswoman", "his wife": a gendered head noun
    if head in MALE_NOUNS:
        return "m"
    if head in FEMALE_NOUNS:
        return "f"
    return None


def pronoun_gender(word: str) -> str | None:
    """ "m" for he/him/his, "f" for she/her, None for any other word."""
    low = word.lower()
    return "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None


def entity_kind(head: Token) -> EntityKind:
    """The kind of entity a mention's head denotes."""
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        if head.ent_type_ == "ORG":
            return EntityKind.ORGANIZATION
        return EntityKind.PERSON
    if head.text.lower() in ("campaign", "administration", "government", "committee", "team"):
        return EntityKind.ORGANIZATION
    return EntityKind.UNNAMED


def mention_of(head: Token) -> PersonMention:
    """Build the person mention headed by ``head`` (a name, a description or a pronoun)."""
    doc = head.doc
    start, end = noun_phrase_bounds(head)
    if head.pos_ == "PRON":
        start, end = head.i, head.i + 1
    span = doc[start:end]
    kind = entity_kind(head) if head.pos_ != "PRON" else EntityKind.PERSON
    if kind is EntityKind.PERSON and head.pos_ == "PROPN":
        # names: keep the compound run only ("Secretary of State Mike Pompeo" -> Mike Pompeo)
        run_start = head.i
        while run_start > start:
            before = doc[run_start - 1]
            plural = before.tag_ == "NNPS" and before.ent_type_ != "PERSON"
            if before.pos_ == "PROPN" and before.dep_ in ("compound", "flat") and not plural:
                run_start -= 1  # not "Republicans Jolly": a plural is no part of a name
            elif before.pos_ == "PROPN" and before.dep_ == "amod" and _given_name(before):
                run_start -= 1  # "Ann Ray:" where the parser made the given name a modifier
            elif _joins_double_surname(before):
                run_start -= 2  # "Lopez-Cantera": a hyphen inside a double surname
            else:
                break
        name = doc[run_start:end].text
    else:
        name = span.text
    if kind is EntityKind.PERSON and names_group(head, name):
        kind = EntityKind.UNNAMED  # "Russians now say ...": a group, described, not named
    if kind is EntityKind.PERSON and names_outlet(head, name):
        kind = EntityKind.ORGANIZATION  # "..., Right Wing Watch first reported"; "HuffPo"
    # "Another delegate, Michael Brown, explained ...": a name apposed to the subject is
    # the subject too
    apposed_name = head.dep_ == "appos" and head.ent_type_ == "PERSON" and head.pos_ == "PROPN"
    described = head.head.pos_ == "NOUN" and head.head.dep_ in SUBJECT_DEPS
    role = head.head if apposed_name and described else head
    # "Some defenders of the plan, like Tom Bell, ... acknowledge": the one person named as
    # an example of a subject group stands for it (the group itself is no "he" or "she")
    example = _example_of(head)
    if example is not None and example.dep_ in SUBJECT_DEPS:
        role = example
    # "Scott bristles at ...": a name the parser made a compound of the verb after it
    misparsed = role.dep_ == "compound" and role.head.pos_ == "VERB" and role.i < role.head.i
    subject = role.dep_ in SUBJECT_DEPS or misparsed or _stranded_subject(role)
    main = subject and (
        role.head.dep_ == "ROOT" or (role.head.dep_ == "conj" and role.head.head.dep_ == "ROOT")
    )
    if is_according_source(head):
        # "according to a post from Ann Ray": the source is as salient as a subject
        subject = main = True
    if _topic_of_subjectless_sentence(head):
        # "And Ann Ray, for all her doubts, seems to agree." / "Just look at Ann Ray.": the
        # sentence has no subject of its own; the person it opens with or presents is its topic
        subject = main = True
    if _owns_main_subject(head):
        # "Ann Ray's lawsuit names the mayor. She also seeks ...": the owner is the topic
        subject = main = True
    if _name_read_as_root(head):
        # "Sen. Ann Ray (D-Ohio), who chairs ..., didn't second-guess ...": the parser lost
        # the verb and made the name the root; the name opening the sentence is its subject
        subject = main = True
    depiction = _depicted_in(head)
    if depiction is not None and depiction.dep_ in SUBJECT_DEPS:
        # "Footage of Ann Ray appears. “...,” she says": the one shown is the topic
        subject, main = True, depiction.head.dep_ == "ROOT"
    low = head.text.lower()
    gender = pronoun_gender(low) or gender_of(name.split()) or gender_of(span.text.split())
    # a surname ending in -s is often tagged plural ("Sanders"): a person's name is not
    plural = low in PLURAL_PRONOUNS or (head.tag_ in ("NNS", "NNPS") and head.ent_type_ != "PERSON")
    return PersonMention(
        mention=Mention(span.text, span.start_char, span.end_char),
        name=name,
        kind=kind,
        token=head.i,
        is_subject=subject,
        is_main_subject=main,
        gender=gender,
        plural=plural,
        personal=head.lemma_.lower() not in GROUP_NOUNS | DOCUMENT_NOUNS,
    )


# Prepositions that give an example of a group: "critics like Tom Bell", "... such as".
EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})


def _example_of(head: Token) -> Token | None:
    """The plural noun a name gives an example of: "defenders, like Tom Bell," -> defenders."""
    prep = head.head
    if head.dep_ != "pobj" or head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
        return None
    if any(c.dep_ == "conj" for c in head.children):
        return None  # "like Tom Bell and Ann Ray": no one person stands for the group
    group = prep.head
    if group.lower_ == "such" and prep.lower_ == "as":
        group = group.head  # "critics such as Tom Bell", however the parser hangs "such"
    such = prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    if not (such or prep.lower_ in EXAMPLE_PREPOSITIONS):
        return None
    return group if group.pos_ == "NOUN" and group.tag_ == "NNS" else None


def _given_name(token: Token) -> bool:
    """A capitalised word that is a known given name ("Ann", "Tom")."""
    low = token.text.lower()
    return token.text[:1].isupper() and (low in MALE_FIRST_NAMES or low in FEMALE_FIRST_NAMES)


def _stranded_subject(head: Token) -> bool:
    """A name the parser hung on a preposition before a verb that has no subject.

    "At a rally in Ohio, 62-year-old Ann Ray also railed against ...": the parser makes the
    name the object of "in" (or an apposition to the place), leaving the main verb right
    after it (adverbs, and the name's own apposition, aside) without a subject; the name is
    that subject.
    """
    verb = head.sent.root if head.doc.has_annotation("SENT_START") else None
    if (
        verb is None
        or head.dep_ not in ("pobj", "appos", "conj")  # "At Pine Ridge, Ann Ray, ...": a conj
        or head.ent_type_ != "PERSON"
        or verb.pos_ != "VERB"
        or not head.i < verb.i
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return False
    # "..., Ann Ray, the club's president, suggested": her own apposition may stand between
    inside = range(head.left_edge.i, head.right_edge.i + 1)
    return all(
        t.pos_ == "ADV" or t.is_punct or t.i in inside for t in head.doc[head.i + 1 : verb.i]
    )


# Verbs of an imperative that presents someone to the reader: "Look at Ann Ray.", "Take Ray."
PRESENTING_LEMMAS = frozenset({"look", "consider", "take", "meet"})


def _topic_of_subjectless_sentence(head: Token) -> bool:
    """A name that is the topic of a sentence whose main verb the parser left without a subject.

    "And Ann Ray, for all the help she gave, seems to agree.": the parser hangs the name on
    a verb inside the inserted phrase; a name opening the sentence (after a conjunction or
    an adverb at most) before a main verb with no subject is that verb's subject. "Just look
    at Ann Ray.": an imperative that presents a person makes that person the topic.
    """
    if not head.doc.has_annotation("SENT_START") or head.ent_type_ != "PERSON":
        return False
    if head.pos_ != "PROPN" or head.dep_ in SUBJECT_DEPS | {"compound", "flat", "poss"}:
        return False
    sentence = head.sent
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return False
    start, _ = noun_phrase_bounds(head)
    opening = all(
        t.pos_ in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in head.doc[sentence.start : start]
    )
    if opening and head.i < root.i and root.tag_ != "VB":
        return True
    # "Just look at Ann Ray.", "Consider Ann Ray.": the person the imperative presents
    presented = head.head == root or (
        head.dep_ == "pobj" and head.head.text.lower() == "at" and head.head.head == root
    )
    return (
        presented
        and root.tag_ == "VB"
        and root.lemma_.lower() in PRESENTING_LEMMAS
        and (head.dep_ == "dobj" or head.dep_ == "pobj")
    )


def _name_read_as_root(head: Token) -> bool:
    """A person's name that opens its sentence and that the parser made the sentence's root.

    The parser misses a verb it cannot read ("second-guess") after a long subject and hangs
    the rest of the sentence on the name; a finite verb after it with no subject of its own
    ("..., didn't second-guess", "..., speaking to me, remembers ... and froze") shows the
    sentence goes on to say what the person did (not "Ann Ray and Tom Bell, who say ...",
    a list the parser cut off before its verb).
    """
    if (
        head.dep_ != "ROOT"
        or head.pos_ != "PROPN"
        or head.ent_type_ != "PERSON"
        or not head.doc.has_annotation("SENT_START")
    ):
        return False
    sentence = head.sent
    start, _ = noun_phrase_bounds(head)
    opening = all(t.is_punct or t.is_space for t in head.doc[sentence.start : start])
    return opening and any(_subjectless_finite(t) for t in head.doc[head.i + 1 : sentence.end])


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _subjectless_finite(verb: Token) -> bool:
    """A finite verb (or an auxiliary's verb) with no subject, outside a relative clause.

    A conjoined participle with no auxiliary ("..., who is being vetted - made ...") is a
    past tense the tagger misread.
    """
    misread = (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
    if (verb.tag_ not in FINITE_TAGS and not misread) or verb.pos_ not in ("VERB", "AUX"):
        return False
    clause = verb.head if verb.dep_ in ("aux", "auxpass", "neg") else verb
    return clause.dep_ != "relcl" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _owns_main_subject(head: Token) -> bool:
    """Whether a name owns the thing that is its main clause's subject.

    "Bell’s letter also faulted the mayor. He asks ...": the letter is no one to refer
    back to, so its owner is the person the sentence is about. A person noun owned
    ("Tom Bell's lawyer") is a person of its own and the subject itself.
    """
    owned = head.head
    possessive = head.dep_ == "poss" or (
        head.dep_ == "nmod" and any(c.dep_ == "case" and c.i == head.i + 1 for c in head.children)
    )
    if (
        not possessive
        or not head.text[:1].isupper()
        # a surname alone, as a writer names someone already introduced (not "the Ray Fund")
        or any(c.dep_ in ("compound", "flat") for c in head.children)
        or owned.pos_ != "NOUN"
        or owned.dep_ not in SUBJECT_DEPS
        or is_person_like(owned)
    ):
        return False
    clause = owned.head
    return clause.dep_ == "ROOT" or (clause.dep_ == "conj" and clause.head.dep_ == "ROOT")


def _joins_double_surname(hyphen: Token) -> bool:
    """A hyphen written tight between two capitalised name words: "Lopez-Cantera"."""
    doc = hyphen.doc
    if hyphen.text != "-" or hyphen.i == 0 or hyphen.i + 1 >= len(doc):
        return False
    left, right = doc[hyphen.i - 1], doc[hyphen.i + 1]
    return (
        not left.whitespace_
        and not hyphen.whitespace_
        and left.text[:1].isupper()
        and right.text[:1].isupper()
        and (left.pos_ == "PROPN" or left.head == right)
    )


# Nouns of recordings and pictures: "footage of X", "a video of X" show X speaking.
DEPICTION_NOUNS = frozenset(
    {"footage", "video", "clip", "recording", "tape", "photo", "image", "picture", "audio"}
)


def _depicted_in(head: Token) -> Token | None:
    """The recording or picture a mention is shown in: "footage of Ann Ray" -> footage."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of":
        return None
    noun = prep.head
    return noun if noun.lemma_.lower() in DEPICTION_NOUNS else None


# Verbs whose subject, when it is a news outlet, is credited with a story: "Politico reveals".
REPORTING_LEMMAS = frozenset({"report", "reveal"})


def is_reporting_outlet(head: Token, name: str) -> bool:
    """A name that is the subject of "reported" or the source of "according to" and shows
    no person: a news outlet.

    No person entity, no given name: "Right Wing Watch first reported", not "Tom Bell
    reported" or "Bell reported" after the tagger has called him a person. A single word
    the tagger calls a person ("according to Politico") is an outlet too when it is no
    given name and the document never writes it after one: a person so credited has been
    named in full ("Ann Ray ... according to Ray").
    """
    if head.pos_ != "PROPN" or _has_given_name(name):
        return False
    reporting = head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_LEMMAS
    if not (reporting or is_according_source(head)):
        return False
    if reporting and head.head.lemma_.lower() == "report" and head.ent_type_ != "PERSON":
        return True
    words = name.split()
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    titled = any(w.lower().rstrip(".") in NAME_TITLES for w in words)
    if the and not titled and head.ent_type_ != "PERSON":
        return True  # "according to the Valley Star": no one's name takes "the"
    return len(words) == 1 and not _is_given_name(name) and not _written_as_surname(head)


def _written_as_surname(head: Token) -> bool:
    """Whether the document writes the word ``head`` as a surname: right after a capitalised
    given name ("Ann Ray") or after another name word joined to it ("Reince Priebus"), a
    title aside ("Sen. Ray")."""
    return head.text in per_doc(head.doc, "surname_words", _surname_words)


def _surname_words(doc: Doc) -> frozenset[str]:
    """The words a document writes as surnames (see :func:`_written_as_surname`)."""
    words = set()
    for token in doc[1:]:
        before = doc[token.i - 1]
        low = before.lower_
        if not before.text[:1].isupper() or low.rstrip(".") in NAME_TITLES:
            continue
        joined = before.pos_ == "PROPN" and before.head == token
        if joined or low in MALE_FIRST_NAMES or low in FEMALE_FIRST_NAMES:
            words.add(token.text)
    return frozenset(words)


_T = TypeVar("_T")


def per_doc(doc: Doc, key: str, build: Callable[[Doc], _T]) -> _T:
    """A value computed once per parsed document, kept in its ``user_data``: rules that ask
    about the whole document for every mention would otherwise read it once per mention."""
    data = cast(dict[object, object], doc.user_data)
    slot = ("quotebase", key)
    if slot not in data:
        data[slot] = build(doc)
    return cast(_T, data[slot])


# A word with a capital inside after four or more small letters: "HuffPo", "BuzzFeed",
# "StrandedInUS" name brands, sites and handles; surnames such as "McCain", "MacArthur",
# "DeSantis" or "LaHood" have a shorter prefix.
_BRAND_RE = re.compile(r"^[A-Z][a-z]{3,}[A-Z]")


def names_outlet(head: Token, name: str) -> bool:
    """A name that is an outlet's or a brand's, not a person's, whatever the tagger says: one
    credited with a story (:func:`is_reporting_outlet`), or one written like a brand that the
    document never writes as a surname ("HuffPo", but not the "FitzGerald" of "Ann
    FitzGerald")."""
    return (
        is_reporting_outlet(head, name)
        or (is_brand(name) and not _written_as_surname(head))
        or tagged_organisation(head, name)
    )


def tagged_organisation(head: Token, name: str) -> bool:
    """A one-word name the document's entity tags read as an organisation and never as a
    person ("Acme magazine ... Acme's list ... Acme said"), never written as a surname or as
    a given name: the tagger missing one mention of a body is no person."""
    if head.pos_ != "PROPN" or len(name.split()) != 1 or _is_given_name(name):
        return False
    doc = head.doc
    strings = doc.vocab.strings
    org, person = strings["ORG"], strings["PERSON"]
    labels = per_doc(doc, "entity_labels", _entity_labels).get(strings[head.text], set())
    if org not in labels or person in labels:
        return False
    return not _written_as_surname(head)


def _entity_labels(doc: Doc) -> dict[int, set[int]]:
    """Every entity label (0 for none) each word of the document bears, by its ORTH id: from
    the parse's arrays, no Token built."""
    labels: dict[int, set[int]] = {}
    for orth, label in doc.to_array([ORTH, ENT_TYPE]).tolist():
        labels.setdefault(orth, set()).add(label)
    return labels


def is_brand(name: str) -> bool:
    """A one-word name written like a brand, a site or a handle ("HuffPo"), not a person's."""
    words = name.split()
    return len(words) == 1 and _BRAND_RE.match(words[0]) is not None


def names_group(head: Token, name: str) -> bool:
    """A plural name the tagger does not call a person: "Russians", "the Founding Fathers".

    A surname the tagger reads as plural ("Sanders") is a person's once the document names
    them in full (see :func:`is_known_surname`); one after a given name is too.
    """
    if head.pos_ != "PROPN" or head.tag_ != "NNPS" or head.ent_type_ == "PERSON":
        return False
    words = name.split()
    titled = any(w.lower().rstrip(".") in NAME_TITLES for w in words[:-1])  # "Sen. Sims"
    if titled or _has_given_name(name):
        return False
    if head.ent_type_ == "NORP" or len(words) > 1:
        return True  # "Russians", "Special Operations"
    # one word of no entity: "Millennials", but not the "Sims" of "Jason Sims"
    return not _written_as_surname(head)


def is_according_source(head: Token) -> bool:
    """Whether a mention is the source of an "according to": "according to Ann Ray",
    "according to a statement from Ann Ray"."""
    node = head
    for _ in range(2):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        if prep.lower_ == "per" and per_source(prep) is node:
            return True  # "per a statement from Ann Ray"
        node = prep.head
    return False


def is_person_like(head: Token) -> bool:
    """True when a token can head a mention of a person or group."""
    if head.pos_ == "PROPN":
        if head.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "FAC", "EVENT"):
            return after_given_name(head)
        return True
    if head.ent_type_ == "PERSON" and head.pos_ == "NOUN" and head.text[:1].isupper():
        # a surname the tagger read as a common noun ("Trump said ...")
        return True
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in PERSON_NOUNS or head.text.lower() in PERSON_NOUNS
    return False


def after_given_name(head: Token) -> bool:
    """A surname right after a known given name: "Ada Fisher" is a person, whatever the tagger.

    The tagger sometimes reads a name after a place ("Ohio's Ada Fisher") as a facility or
    a place; a given name the tables know, written just before, shows it is someone's name.
    """
    if head.i == 0:
        return False
    given = head.doc[head.i - 1]
    low = given.lower_
    return (
        given.head == head
        and given.dep_ in ("compound", "flat")
        and given.text[:1].isupper()
        and (low in MALE_FIRST_NAMES or low in FEMALE_FIRST_NAMES)
    )


def possible_heads(doc: Doc, keep: Callable[[int], bool]) -> list[Token]:
    """The tokens of ``doc`` that may head a person mention, among those ``keep`` accepts.

    Only nouns, names and subjects can (see ``collect_mentions``); they are picked from the
    parse's arrays, so no ``Token`` is built for the other words of the document.
    """
    if not len(doc):
        return []
    subject_deps = {doc.vocab.strings[d] for d in SUBJECT_DEPS}
    return [
        doc[i]
        for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist())
        if (pos in HEAD_POS or dep in subject_deps) and keep(i)
    ]


def collect_mentions(doc_tokens: list[Token]) -> list[PersonMention]:
    """All named or described person mentions in the tokens, in text order (no pronouns)."""
    found: list[PersonMention] = []
    surnames = surnames_of_people(doc_tokens[0].doc) if doc_tokens else frozenset()
    for token in doc_tokens:
        # "the company", "the newspaper": antecedents for "it" and "they", never for he/she
        group = token.pos_ == "NOUN" and token.lemma_.lower() in GROUP_NOUNS | DOCUMENT_NOUNS
        surname = is_known_surname(token, surnames)
        if not (is_person_like(token) or group or surname):
            continue
        if any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in token.children):
            continue  # "no other governor signed ...": no one to refer back to
        # a mention is counted at its head: the last token of a name run, or the noun
        if token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
            continue
        mention = mention_of(token)
        if surname:
            # "Woods continued", "Kasich, who ...": tagged a plural noun or a place, still her
            mention = replace(mention, kind=EntityKind.PERSON, plural=False)
        found.append(named_by_apposition(described_as_person(mention, token), token))
    places = place_words(doc_tokens[0].doc) if doc_tokens else frozenset()
    # "Clarkston became his home": a word the tagger mostly reads as a place is no person
    # ("Trump's wife, Melania": a person noun named by apposition stays a person); "Time,
    # he added, was on their side": a word the document also writes in lower case is a
    # common noun capitalised, no one's name
    doc = doc_tokens[0].doc if doc_tokens else None
    common = lower_case_words(doc) if doc is not None else frozenset()
    found = [
        m
        for m in found
        if not (
            m.kind is EntityKind.PERSON
            and (m.name in places or _common_word(m.name, common))
            and m.name not in surnames
            and doc is not None
            and doc[m.token].pos_ == "PROPN"
            and not _described_by_who(doc[m.token])
        )
    ]
    return share_gender(people_named_as_organisations(found))


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words a document writes in lower case somewhere ("time", "path")."""
    strings = doc.vocab.strings
    orths = set(doc.to_array(ORTH).tolist())
    return frozenset(w for w in (strings[o] for o in orths) if w.islower())


def _common_word(name: str, lower_case: frozenset[str]) -> bool:
    """A one-word name, no given name, that the document also writes in lower case."""
    words = name.split()
    return len(words) == 1 and not _is_given_name(name) and name.lower() in lower_case


def _described_by_who(head: Token) -> bool:
    """A name with a relative clause on "who" ("Rihanna, who was honored ..."): a person's."""
    return any(
        c.dep_ == "relcl" and any(w.text.lower() in ("who", "whom", "whose") for w in c.children)
        for c in head.children
    )


# A surname of the O'Malley / D'Souza pattern, which the tagger often reads as a noun.
APOSTROPHE_SURNAME = re.compile(r"^[A-Z][’'][A-Z][a-z]+$")


def surnames_of_people(doc: Doc) -> frozenset[str]:
    """The surnames of the people a document names in full ("Dorothy Woods" -> "Woods").

    The tagger reads the same surname differently from one sentence to the next; once the
    document has named the person in full, the surname alone is that person's.
    """
    # "Dorothy Woods" tagged a facility or an organisation: a known given name before the
    # surname still makes it a person's (see after_given_name)
    return frozenset(
        word.text
        for ent in doc.ents
        for word in _name_run_ends(ent)
        if ent.label_ == "PERSON" or after_given_name(word)
    )


def _name_run_ends(ent: Span) -> list[Token]:
    """The last words of the runs of capitalised words in an entity of two words or more.

    "Dorothy Woods" -> Woods; "Ann Lee Ray - Bell's" (the tagger's entity runs on past the
    name) -> Ray; a one-word run ("Bell") is no full name.
    """
    if len(ent) < 2:
        return []
    ends = [ent[-1]] if ent[-1].text[:1].isupper() else []
    for word in ent[1:-1]:
        after = word.doc[word.i + 1]
        if (
            word.text[:1].isupper()
            and word.doc[word.i - 1].text[:1].isupper()
            and not after.text[:1].isupper()
        ):
            ends.append(word)
    return ends


def is_known_surname(token: Token, surnames: frozenset[str]) -> bool:
    """A capitalised word, alone, that is the surname of someone the document names in full.

    Only the head of a mention counts: a name's first part ("Woods" in "Woods Hole") or a
    word inside a longer name is left to the tagger.
    """
    if not token.text[:1].isupper():
        return False  # cheap first: this runs on every token of the document
    return (
        (token.text in surnames or APOSTROPHE_SURNAME.match(token.text) is not None)
        # "Trump himself was delighted": a subject the tagger read as a verb
        and (token.pos_ in ("PROPN", "NOUN") or token.dep_ in SUBJECT_DEPS)
        and token.dep_ not in ("compound", "flat")
        and not any(c.dep_ in ("compound", "flat") for c in token.children)
    )


def described_as_person(named: PersonMention, head: Token) -> PersonMention:
    """A name the tagger read as an organisation, apposed to a description of a person.

    "Ann Violet, an Iranian journalist, told ...": the description says a person (and
    sometimes the gender: "a spokeswoman"), whatever the entity tag said.
    """
    if named.kind is not EntityKind.ORGANIZATION or head.pos_ != "PROPN":
        return named
    apposed = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        apposed.append(head.head)
    for noun in apposed:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS:
            gender = named.gender or gender_of([noun.text])
            return replace(named, kind=EntityKind.PERSON, gender=gender)
    return named


def place_words(doc: Doc) -> frozenset[str]:
    """Words a document's entity tags read as a place more often than as a person."""
    if not len(doc):
        return frozenset()
    strings = doc.vocab.strings
    place_labels = {strings[label] for label in PLACE_LABELS}
    person_label = strings["PERSON"]
    place: Counter[int] = Counter()
    person: Counter[int] = Counter()
    # from the parse's arrays: no Token is built for the words of the document
    for orth, label in doc.to_array([ORTH, ENT_TYPE]).tolist():
        if label in place_labels:
            place[orth] += 1
        elif label == person_label:
            person[orth] += 1
    return frozenset(strings[orth] for orth, n in place.items() if n > person[orth])


# Entity tags an apposed name of a described person may carry (the tagger's error included).
APPOSED_NAME_ENTITIES = frozenset({"PERSON", "", "GPE", "NORP", "ORG"})


# Determiners of a noun phrase that refers to no one in particular.
QUANTIFIERS = frozenset({"no", "every", "each", "any", "neither", "either"})


# Participles that give a described person's name: "the officer known as Rafe", "a man named
# Tom Bell", "a woman later identified as Ann Ray"; "known" and "identified" take "as".
NAMING_AS_LEMMAS = frozenset({"know", "identify"})
NAMING_LEMMAS = frozenset({"name", "call"})


def name_given(head: Token) -> Token | None:
    """The name a participle gives a description: "the station chief known as Rafe" -> "Rafe".

    Args:
        head: The head noun of a description ("chief").

    Returns:
        The head of the name the description's participle gives ("known as Rafe",
        "named Tom Bell", "identified only as Ann"), or None.
    """
    for verb in head.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        lemma = verb.lemma_.lower()
        if lemma in NAMING_AS_LEMMAS:
            names = [
                name
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ == "as"
                for name in prep.children
                if name.dep_ == "pobj"
            ]
        elif lemma in NAMING_LEMMAS:
            names = [c for c in verb.children if c.dep_ in ("oprd", "dobj")]
        else:
            continue
        for name in names:
            if name.pos_ == "PROPN" and name.ent_type_ in APPOSED_NAME_ENTITIES:
                return name
    return None


def named_by_apposition(described: PersonMention, head: Token) -> PersonMention:
    """A description apposed to a name stands for that name.

    "Paul Ames, her rival, ..." and "Kazakhstan's foreign minister, Erlan Idrissov, ...":
    a pronoun that refers back to the description names the person.

    Args:
        described: The mention headed by ``head``.
        head: Its head token.

    Returns:
        The mention under the apposed person's name, or ``described`` unchanged when it is
        a name already or has no apposed name.
    """
    # "The Example Group's CEO, Kim Stone": a title the tagger read as a name
    title = head.pos_ == "PROPN" and head.text.lower().rstrip(".") in NAME_TITLES
    if not title and (
        described.kind is not EntityKind.UNNAMED or head.pos_ != "NOUN" or not described.personal
    ):
        return described
    apposed = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        apposed.append(head.head)
    given = name_given(head)
    if given is not None:
        apposed.append(given)  # "the station chief known as Rafe", "a worker named Tom Bell"
    for name_head in apposed:
        # "Trump's wife, Melania": a name apposed to a person noun is a person's, whatever
        # the entity tag says (a first name alone is often read as a place)
        if name_head.ent_type_ not in APPOSED_NAME_ENTITIES:
            continue
        named = mention_of(name_head)
        return replace(
            described,
            name=named.name,
            kind=EntityKind.PERSON,
            gender=named.gender or described.gender,
        )
    return described


def _has_given_name(name: str) -> bool:
    """Whether a name opens with a known given name before its surname ("Carly Fiorina")."""
    words = [w.lower().rstrip(".") for w in name.split()]
    return len(words) > 1 and any(
        w in MALE_FIRST_NAMES or w in FEMALE_FIRST_NAMES for w in words[:-1]
    )


def people_named_as_organisations(mentions: list[PersonMention]) -> list[PersonMention]:
    """Make a person of a name the tagger read as an organisation.

    A given name before the surname ("Carly Fiorina") shows a person; the surname written
    alone elsewhere in the document ("Fiorina said") is then that person too.
    """
    surnames = given_named_surnames(mentions)
    return [
        replace(m, kind=EntityKind.PERSON)
        if m.kind is EntityKind.ORGANIZATION and surname_of(m.name) in surnames
        else m
        for m in mentions
    ]


def given_named_surnames(mentions: list[PersonMention]) -> frozenset[str]:
    """The surnames of the names written with a given name ("Carly Fiorina" -> "fiorina")."""
    return frozenset(
        surname_of(m.name)
        for m in mentions
        if m.kind in (EntityKind.PERSON, EntityKind.ORGANIZATION) and _has_given_name(m.name)
    )


def surname_of(name: str) -> str:
    """The last word of a name, without a possessive: "Hillary Clinton's" -> "clinton"."""
    words = name.split()
    if not words:
        return ""
    last = words[-1].lower()
    for ending in ("'s", "’s", "'", "’"):
        if last.endswith(ending):
            return last[: -len(ending)]
    return last


def share_gender(mentions: list[PersonMention]) -> list[PersonMention]:
    """Give a surname alone the gender its full name shows ("Donald Trump" ... "Trump").

    A surname borne by people of both genders in the document (Hillary and Bill Clinton)
    keeps its mentions' own genders, and so does another full name ("Tom Bell ... his
    wife, Dana Bell": a given name the tables do not know is no sign of his gender).
    """
    fulls = _full_name_genders(mentions)
    mentions = [replace(m, gender=_surname_gender(m.name, fulls, m.gender)) for m in mentions]
    seen: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind is EntityKind.PERSON and m.gender is not None:
            seen.setdefault(surname_of(m.name), set()).add(m.gender)
    shared = {surname: genders.pop() for surname, genders in seen.items() if len(genders) == 1}
    return [
        replace(m, gender=shared[surname_of(m.name)])
        if m.gender is None
        and m.kind is EntityKind.PERSON
        and surname_of(m.name) in shared
        and not name_key(m.name).is_full
        else m
        for m in mentions
    ]


def _full_name_genders(mentions: list[PersonMention]) -> dict[str, set[str | None]]:
    """Surname -> the genders the full names of people ending in it show."""
    fulls: dict[str, set[str | None]] = {}
    for m in mentions:
        if m.kind is EntityKind.PERSON and len(m.name.split()) > 1 and name_key(m.name).is_full:
            fulls.setdefault(surname_of(m.name), set()).add(m.gender)
    return fulls


def _surname_gender(name: str, fulls: dict[str, set[str | None]], gender: str | None) -> str | None:
    """The gender of a one-word name that is the surname of someone named in full.

    "Elizabeth Warren ... Warren said": the word alone reads as a man's given name, but the
    document uses it as her surname; the full names that end in it (``fulls``: surname ->
    their genders) tell the gender (none when they disagree or do not say). Any other name
    keeps ``gender``.
    """
    words = name.split()
    if len(words) != 1:
        return gender
    genders = fulls.get(surname_of(name))
    if not genders:
        return gender
    known = genders - {None}
    return known.pop() if len(known) == 1 else None


def remembered(
    head: Token, name: str, kind: EntityKind, mention: Mention, known: list[PersonMention]
) -> PersonMention | None:
    """A speaker as an antecedent for later pronouns, with the gender and number it shows.

    A pronoun speaker lends its own gender to the person it resolved to (a quote's "she"
    makes that person female for the next "he"); an unresolved pronoun is no antecedent.

    Args:
        head: The speaker's head token (the pronoun itself for a pronoun speaker).
        name: The name the speaker resolved to.
        kind: Its entity kind.
        mention: Where the speaker stands in the text.
        known: The mentions collected so far (a surname takes its full name's gender).

    Returns:
        The antecedent record, or None when the speaker resolved to nothing.
    """
    low = head.text.lower()
    if kind is EntityKind.UNNAMED and name.lower() == low and head.pos_ == "PRON":
        return None
    plural = low in PLURAL_PRONOUNS or (head.pos_ != "PRON" and head.tag_ in ("NNS", "NNPS"))
    # "Warren said": a surname the document gives in full takes that full name's gender
    fulls = _full_name_genders(known) if len(name.split()) == 1 else {}
    gender = pronoun_gender(low) or _surname_gender(name, fulls, gender_of(name.split()))
    if gender is None and kind is EntityKind.PERSON and not name_key(name).is_full:
        genders = {
            m.gender
            for m in known
            if m.gender and m.kind is EntityKind.PERSON and surname_of(m.name) == surname_of(name)
        }
        gender = genders.pop() if len(genders) == 1 else None
    # "the crowd roared": a group that speaks is still no antecedent for he/she
    personal = head.lemma_.lower() not in GROUP_NOUNS and (
        kind is not EntityKind.UNNAMED
        or low in PERSON_NOUNS
        or head.lemma_.lower() in (PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS)
    )
    return PersonMention(mention, name, kind, head.i, True, True, gender, plural, personal=personal)


def compatible(pronoun: Token, candidate: PersonMention) -> bool:
    """Number and (when known) gender agreement between a pronoun and a mention."""
    low = pronoun.text.lower()
    if low in PLURAL_PRONOUNS:
        if _is_document(pronoun.doc, candidate):
            return False  # "the emails ... they": writings are no "they" that speaks
        return (
            candidate.plural
            or candidate.kind is EntityKind.ORGANIZATION
            or surname_of(candidate.name) in GROUP_NOUNS
        )
    if low in NEUTER_PRONOUNS:
        # "The company wrote ... It added": an organisation, outlet or group, never a person
        return not candidate.plural and (
            candidate.kind in (EntityKind.ORGANIZATION, EntityKind.PUBLICATION)
            or (candidate.kind is EntityKind.UNNAMED and not candidate.personal)
        )
    if candidate.plural or candidate.kind is EntityKind.ORGANIZATION or not candidate.personal:
        # he/she: one person, never a group or a thing ("the statement", "the crowd")
        return False
    if low in MALE_PRONOUNS:
        return candidate.gender != "f"
    if low in FEMALE_PRONOUNS:
        return candidate.gender != "m"
    return True


def _is_document(doc: Doc, candidate: PersonMention) -> bool:
    """Whether a mention is of a writing ("the memo", "his website"), not of people."""
    head = doc[candidate.token]
    return head.pos_ == "NOUN" and head.lemma_.lower() in DOCUMENT_NOUNS


def resolve_pronoun(
    pronoun: Token,
    candidates: list[PersonMention],
    exclude_names: frozenset[str] = frozenset(),
    window: int = 400,
) -> PersonMention | None:
    """Pick the antecedent of a third-person pronoun.

    Args:
        pronoun: The pronoun token.
        candidates: Earlier mentions (and earlier speakers) in text order; only those before
            the pronoun and within ``window`` tokens are considered.
        exclude_names: Names that cannot be the antecedent (the subject of the pronoun's own
            clause when the pronoun is an object).
        window: How far back to look, in tokens.

    Returns:
        The chosen mention (under the person's full name when the document gives one), or
        None.
    """
    found = _answerer(pronoun, candidates) or _antecedent(
        pronoun, candidates, exclude_names, window
    )
    if found is None:
        return None
    titled = named_by_title(found, candidates)
    varied = named_by_variation(titled, pronoun, candidates)
    varied = named_by_description(varied, pronoun, candidates)
    return with_full_name(varied, pronoun, candidates)


def _antecedent(
    pronoun: Token,
    candidates: list[PersonMention],
    exclude_names: frozenset[str],
    window: int,
) -> PersonMention | None:
    """The antecedent mention itself (see :func:`resolve_pronoun`)."""
    before = [
        c
        for c in candidates
        if c.token < pronoun.i
        and pronoun.i - c.token <= window
        and not _excluded(c.name, exclude_names)
        and compatible(pronoun, c)
    ]
    # "Tom Bell, she said, has been a disaster": the subject the inserted tag reports on
    before = [c for c in before if not _reported_around(pronoun.doc[c.token], pronoun)]
    if not before:
        return None
    if exclude_names and (
        pronoun.dep_ not in SUBJECT_DEPS or pronoun.lower_ in ("him", "her", "them")
    ):
        # an object pronoun whose clause subject is excluded: the nearest other person
        return before[-1]
    # hand-built parses may have no sentence boundaries: then no sentence rule
    sentence = pronoun.sent if pronoun.doc.has_annotation("SENT_START") else None
    same = [
        c
        for c in before
        if (c.is_subject or fronted_topic(pronoun.doc[c.token]))
        and sentence is not None
        and sentence.start <= c.token < sentence.end
        and (
            pronoun.doc[c.token].head.dep_ not in REPORTED_DEPS
            or _introduces_quote(pronoun.doc[c.token], pronoun)
            or _interrupts_report(pronoun.doc[c.token], pronoun)
        )
    ]
    if same:
        # "Biden weighed in, telling Mic: “...,” he said": the subject of the pronoun's own
        # sentence is nearer than any earlier speaker (not a subject inside what is reported)
        return same[-1]
    # "she drew Tom Bell's anger - he called her ...": with no subject of its own to refer
    # to, the pronoun takes a possessive name of its gender in its own sentence
    gender = pronoun_gender(pronoun.text)
    owners = [
        c
        for c in before
        if sentence is not None
        and sentence.start <= c.token < sentence.end
        and c.kind is EntityKind.PERSON
        and gender is not None
        and c.gender == gender
        and pronoun.doc[c.token].dep_ == "poss"
    ]
    if owners:
        return owners[-1]
    introduced = _introduced_in_sentence(pronoun, candidates, before)
    if introduced is not None:
        return introduced
    # the most recent main-clause subject (or earlier speaker) is the default antecedent
    mains = [c for c in before if c.is_main_subject or fronted_topic(pronoun.doc[c.token])]
    subjects = [c for c in before if c.is_subject]
    if mains and pronoun.i - mains[-1].token <= window // 2:
        later = subjects[-1] if subjects else None
        if later is not None and _reported_past(later, mains[-1], pronoun):
            return later
        chosen = _fronted_over_subject(mains[-1], pronoun, before)
        return (
            _named_since_other_gender(chosen, pronoun, candidates, before)
            or _named_since_gendered_by_pronoun(chosen, pronoun, candidates, before)
            or _named_in_subjectless_sentence(chosen, pronoun, before)
            or chosen
        )
    if subjects:
        return subjects[-1]
    return before[-1]


# Personal pronouns that, as a subject before the pronoun, give its sentence a person topic.
PERSONAL_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they"})


def _introduced_in_sentence(
    pronoun: Token, candidates: list[PersonMention], before: list[PersonMention]
) -> PersonMention | None:
    """The one person named in a sentence whose subject is no person, for a pronoun after it.

    "That left Sen. Tom Bell alone on stage, so much so that he called ...", "The latest to
    endorse her is Tom Bell, the congressman who won fame when he shouted ...": the pronoun
    in a clause below the main one refers to the person the sentence introduces, not to an
    earlier topic. Names inside quotation marks do not count, nor does a sentence with a
    person (or a personal pronoun) as a subject before the pronoun.
    """
    doc = pronoun.doc
    if not doc.has_annotation("SENT_START") or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    sentence = pronoun.sent
    clause = pronoun.head
    if clause == sentence.root or (clause.dep_ == "conj" and clause.head == sentence.root):
        return None  # "“...,” he said": the main clause's own subject
    opening = doc[sentence.start : pronoun.i]
    if any(t.dep_ in SUBJECT_DEPS and t.lower_ in PERSONAL_SUBJECTS for t in opening):
        return None
    here = [c for c in candidates if sentence.start <= c.token < pronoun.i]
    # a subject inside a relative or reported clause ("emails that Ann Ray had given") is no
    # subject of the sentence
    if any(
        c.is_subject
        and c.personal
        and c.kind is not EntityKind.ORGANIZATION
        and (doc[c.token].head.dep_ not in REPORTED_DEPS or doc[c.token].pos_ == "PRON")
        for c in here
    ):
        return None
    named = [
        c
        for c in before
        if sentence.start <= c.token < pronoun.i
        and c.kind is EntityKind.PERSON
        and not c.plural
        and not _inside_quote(doc, sentence.start, c.token)
    ]
    people = set(cluster_names([c.name for c in named]).values())
    return named[-1] if len(people) == 1 else None


def _inside_quote(doc: Doc, start: int, token: int) -> bool:
    """Whether a token stands inside quotation marks opened after ``start``."""
    return _inside_quote_text(doc[start:token].text)


def _named_since_other_gender(
    chosen: PersonMention,
    pronoun: Token,
    candidates: list[PersonMention],
    before: list[PersonMention],
) -> PersonMention | None:
    """A person of the pronoun's gender named after a main subject of the other gender.

    "Tom Bell was answering a note from Ann Ray, who wrote from Rome. “...,” she wrote":
    the last main subject (Bell) cannot be "she"; an older main subject whose gender is
    unknown ("the aide") is no better than the person of her gender named since, nearer.

    Args:
        chosen: The main subject the default rule picked, of unknown gender.
        pronoun: A gendered pronoun.
        candidates: Every mention (compatible or not) in text order.
        before: The compatible mentions before the pronoun.

    Returns:
        The nearest named person of the pronoun's gender after the last main subject of the
        other gender, or None when the rule does not apply.
    """
    gender = pronoun_gender(pronoun.text)
    if gender is None or chosen.gender is not None:
        return None
    others = [
        c
        for c in candidates
        if chosen.token < c.token < pronoun.i
        and c.is_main_subject
        and c.kind is EntityKind.PERSON
        and c.gender not in (None, gender)
    ]
    if not others:
        return None
    named = [
        c
        for c in before
        if c.token > others[-1].token and c.kind is EntityKind.PERSON and c.gender == gender
    ]
    return named[-1] if named else None


def _named_since_gendered_by_pronoun(
    chosen: PersonMention,
    pronoun: Token,
    candidates: list[PersonMention],
    before: list[PersonMention],
) -> PersonMention | None:
    """A person named after the writer's own "he" showed the main subject is not "she".

    "“...,” said Rudd. He was joined by Ann Ray. She said ...": the writer's "he", the next
    main subject, refers back to Rudd (of unknown gender till then), so "she" is the person
    named since, not Rudd.

    Args:
        chosen: The main subject the default rule picked, of unknown gender.
        pronoun: A gendered pronoun.
        candidates: Every mention in text order.
        before: The compatible mentions before the pronoun.

    Returns:
        The nearest person named after that "he" who may be of the pronoun's gender (one who
        is, first), or None when the rule does not apply.
    """
    gender = pronoun_gender(pronoun.text)
    doc = pronoun.doc
    if (
        gender is None
        or pronoun.dep_ not in SUBJECT_DEPS
        or chosen.gender is not None
        or not doc.has_annotation("SENT_START")
    ):
        return None
    subjects = [c.token for c in candidates if c.is_main_subject and c.kind is EntityKind.PERSON]
    other = None
    for token in doc[chosen.token + 1 : pronoun.sent.start]:
        clause = token.head
        if (
            token.dep_ in SUBJECT_DEPS
            and pronoun_gender(token.text) not in (None, gender)
            and (
                clause == token.sent.root
                or (clause.dep_ == "conj" and clause.head == clause.sent.root)
            )
            and not _quoted_at(doc, token.i)
        ):
            other = token
            break
    if other is None or any(chosen.token < t < other.i for t in subjects):
        return None  # none, or it may refer to someone else named as a subject since
    named = [
        c for c in before if c.token > other.i and c.kind is EntityKind.PERSON and not c.plural
    ]
    gendered = [c for c in named if c.gender == gender]
    since = gendered or named
    return since[-1] if since else None


# Nouns of a whole utterance, besides the nouns of saying: "Ann Ray's statement".
UTTERANCE_NOUNS = frozenset({"statement", "speech", "testimony", "interview", "address"})


def _named_in_subjectless_sentence(
    chosen: PersonMention, pronoun: Token, before: list[PersonMention]
) -> PersonMention | None:
    """The one person the last sentence before the pronoun's names, as the owner of words,
    when no person is the subject of anything in it.

    "The mood shifted after Ann Ray's remarks. She called it ...": the sentence's subject
    is no person, and the person whose words it brings up is the one the next sentence
    goes on about, not a subject of some sentences before. (A person named otherwise in
    such a sentence is too often an aside to be the topic.)

    Args:
        chosen: The main subject the default rule picked, before that sentence.
        pronoun: A subject pronoun.
        before: The compatible mentions before the pronoun.

    Returns:
        That person's mention, or None when the rule does not apply.
    """
    doc = pronoun.doc
    if pronoun.dep_ not in SUBJECT_DEPS or not doc.has_annotation("SENT_START"):
        return None
    earlier = [c for c in before if c.token < pronoun.sent.start and doc[c.token].pos_ != "PRON"]
    if not earlier:
        return None
    sentence = doc[earlier[-1].token].sent
    if chosen.token >= sentence.start:
        return None
    for token in sentence:
        personal = token.pos_ == "PRON" and token.lower_ in PERSONAL_SUBJECTS
        if token.dep_ in SUBJECT_DEPS and (personal or is_person_like(token)):
            return None  # a person is the subject of something in it
    named = [
        c
        for c in earlier
        if c.token >= sentence.start and c.kind is EntityKind.PERSON and not c.plural
    ]
    people = set(cluster_names([c.name for c in named]).values())
    if len(people) != 1:
        return None
    # the one whose words the sentence brings up: "Ann Ray's statement", "her remarks"
    owner = doc[named[-1].token]
    speaking = owner.dep_ == "poss" and owner.head.lemma_.lower() in SPEECH_NOUNS | UTTERANCE_NOUNS
    return named[-1] if speaking else None


def _quoted_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands inside quotation marks opened earlier in its paragraph."""
    start = doc.text.rfind("\n", 0, doc[i].idx) + 1
    return _inside_quote_text(doc.text[start : doc[i].idx])


def _inside_quote_text(text: str) -> bool:
    """Whether the end of ``text`` stands inside quotation marks opened in it."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _reported_past(subject: PersonMention, main: PersonMention, pronoun: Token) -> bool:
    """Whether a reported clause's subject, in a later sentence, outranks the last main subject.

    "Aides say Ann Ray advises him on pay. “...,” she said": the main subject of the nearer
    sentence (the aides) cannot be "she", so the person it reports on is the antecedent,
    not someone who was a main subject sentences before.
    """
    doc = pronoun.doc
    if not doc.has_annotation("SENT_START") or subject.token <= main.token:
        return False
    sentence = doc[subject.token].sent
    if sentence.start <= main.token < sentence.end or sentence.end > pronoun.i:
        return False
    gender = pronoun_gender(pronoun.text)
    # the sentences from the reported one up to the pronoun's own (which holds its quote)
    for token in doc[sentence.start : pronoun.sent.start]:
        clause = token.head
        if token.dep_ not in SUBJECT_DEPS or not (
            clause == token.sent.root or (clause.dep_ == "conj" and clause.head == token.sent.root)
        ):
            continue
        if token.lower_ == pronoun.lower_:
            return False  # "She doubts Ray can win": the writer already refers to someone
        if gender is not None and any(
            c.dep_ == "poss" and pronoun_gender(c.text) == gender for c in token.children
        ):
            return False  # "Her aides said Ray was wrong": the aides' employer is the topic
        if is_person_like(token) and compatible(pronoun, mention_of(token)):
            return False
    return True


# Verbs of answering, and the verbs of asking whose object is the one who answers.
ANSWER_LEMMAS = frozenset({"reply", "respond", "answer", "retort"})
ASK_LEMMAS = frozenset({"ask", "question", "press", "challenge", "quiz"})


def _answerer(pronoun: Token, candidates: list[PersonMention]) -> PersonMention | None:
    """ "A reporter asked Tom Bell how he felt. He replied: ...": the one asked answers.

    The subject pronoun of a verb of answering refers to the person the sentence before
    asked (the object of "asked"), not to the asker; so does that of any other verb of
    saying when the question is the last thing the writer reports before the quote
    (:func:`_asked_last`).
    """
    verb = pronoun.head
    doc = pronoun.doc
    if pronoun.dep_ not in SUBJECT_DEPS or not doc.has_annotation("SENT_START"):
        return None
    if verb.lemma_.lower() not in ANSWER_LEMMAS:
        return _asked_last(pronoun, candidates)
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    asked = [
        c
        for c in candidates
        if previous.start <= c.token < previous.end
        and doc[c.token].dep_ in ("dobj", "dative")
        and doc[c.token].head.lemma_.lower() in ASK_LEMMAS
        and compatible(pronoun, c)
    ]
    return asked[-1] if len(asked) == 1 else None


def _asked_last(pronoun: Token, candidates: list[PersonMention]) -> PersonMention | None:
    """The person asked a question in the main clause of the last sentence before a quote.

    "A reporter asked Tom Bell whether he would run. “...,” he said": the quote that follows
    a question is the answer, so the one asked speaks, not the asker. Only when no one is
    mentioned between the question and the pronoun; "asked Bell to resign" is a request,
    not a question, and "“...,” he asked" goes on with the asker.
    """
    doc = pronoun.doc
    verb = pronoun.head
    if not is_cue_verb(verb) or verb.lemma_.lower() in ASK_LEMMAS:
        return None
    before = [c for c in candidates if c.token < pronoun.i]
    if not before:
        return None
    sentence = doc[before[-1].token].sent  # the last sentence that mentions anyone
    if sentence == pronoun.sent:
        return None
    asked = [c for c in before if sentence.start <= c.token and _asked_in_main_clause(doc[c.token])]
    if len(asked) != 1 or not compatible(pronoun, asked[0]):
        return None
    # nothing but the quote itself between the question and the pronoun
    between = _QUOTED_RE.sub("", doc.text[sentence.end_char : pronoun.idx])
    return asked[0] if not any(ch.isalnum() for ch in between) else None


def _asked_in_main_clause(head: Token) -> bool:
    """The object of a main clause's verb of asking that puts a question, not a request."""
    ask = head.head
    clause = head.sent.root
    return (
        head.dep_ in ("dobj", "dative")
        and ask.lemma_.lower() in ASK_LEMMAS
        and ask.pos_ == "VERB"
        and (ask == clause or (ask.dep_ == "conj" and ask.head == clause))
        and not any(c.dep_ == "xcomp" for c in ask.children)  # "asked Bell to resign"
    )


_QUOTED_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _fronted_over_subject(
    chosen: PersonMention, pronoun: Token, before: list[PersonMention]
) -> PersonMention:
    """The person a sentence opens on ("For Tom Bell, ..."), over that sentence's subject.

    "For Tom Bell, Ann Ray is the right choice. “...,” he said": the writer gives the fronted
    person's view of the subject; a pronoun in a later sentence refers to the one whose view
    it was, not to the one it was about.
    """
    doc = pronoun.doc
    if not doc.has_annotation("SENT_START") or fronted_topic(doc[chosen.token]):
        return chosen
    sentence = doc[chosen.token].sent
    if sentence.start <= pronoun.i < sentence.end:
        return chosen
    fronted = [
        c
        for c in before
        if sentence.start <= c.token < chosen.token and fronted_topic(doc[c.token])
    ]
    return fronted[-1] if fronted else chosen


def fronted_topic(head: Token) -> bool:
    """Whether a mention is the topic fronted before its sentence: "As for Tom Bell, he ...".

    The writer names the person the rest of the sentence is about; its subject pronoun
    refers back to them.
    """
    prep = head.head
    opener = prep.head
    if head.dep_ != "pobj" or prep.lower_ != "for":
        return False
    if opener.lower_ == "as" and opener.i == opener.sent.start and opener.i + 1 == prep.i:
        return True
    # "For Tom Bell, that means ...", "And for Tom Bell and the others, ...": the writer
    # opens the sentence on the person it is about
    start = prep.sent.start
    lead = prep.doc[start : prep.i]
    return (
        len(lead) <= 1
        and all(t.lower_ in ("and", "but", "so") for t in lead)
        and any(t.text == "," for t in prep.doc[head.i : min(prep.sent.end, head.i + 12)])
    )


def named_by_title(found: PersonMention, candidates: list[PersonMention]) -> PersonMention:
    """A definite description of an office stands for the person named earlier with its title.

    "Ohio Gov. John Kasich ... the Ohio governor ... he": the description's office
    (governor) is the title written before an earlier name; among several such people the
    one whose mention shares the description's other words (Ohio); several left, none.

    Args:
        found: The antecedent chosen for a pronoun.
        candidates: The document's mentions in text order.

    Returns:
        ``found`` under that person's name, or unchanged when it is not a definite
        description of an office or no earlier name carries the title.
    """
    words = found.name.split()
    if found.kind is not EntityKind.UNNAMED or len(words) < 2 or words[0].lower() != "the":
        return found
    titles = OFFICE_TITLES.get(surname_of(found.name))
    if titles is None:
        return found
    titled = [
        c
        for c in candidates
        if c.token < found.token
        and c.kind is EntityKind.PERSON
        and titles & _title_words(c.mention.text)
        and not (_title_words(c.mention.text) - _title_words(found.name)) & DEPUTY_WORDS
    ]
    modifiers = {w.lower() for w in words[1:-1] if w[:1].isupper()}
    sharing = [c for c in titled if modifiers & {w.lower() for w in c.mention.text.split()}]
    people = set(cluster_names([c.name for c in sharing or titled]).values())
    if len(people) != 1:
        return found  # no holder, or several: "the senator" among two senators
    return replace(found, name=people.pop(), kind=EntityKind.PERSON)


def named_by_description(
    found: PersonMention, pronoun: Token, candidates: list[PersonMention]
) -> PersonMention:
    """A definite description repeats an earlier one that was given a name.

    "the station chief known as Rafe ... the station chief stayed on. “...,” he said": the writer
    named the person the first time the description appeared (by apposition or "known
    as", "named"); the description again, with the same head noun, is the same person.

    Args:
        found: The antecedent chosen for a pronoun (after :func:`named_by_variation`).
        pronoun: The pronoun.
        candidates: The document's mentions in text order.

    Returns:
        ``found`` under that name, or unchanged when it is no definite description or the
        earlier descriptions with its head noun name no one person of the pronoun's gender.
    """
    words = found.name.split()
    if found.kind is not EntityKind.UNNAMED or len(words) < 2 or words[0].lower() != "the":
        return found
    doc = pronoun.doc
    head = doc[found.token]
    if head.pos_ != "NOUN":
        return found
    gender = pronoun_gender(pronoun.text)
    named = [
        c
        for c in candidates
        if c.token < found.token
        and c.kind is EntityKind.PERSON
        and doc[c.token].pos_ == "NOUN"
        and doc[c.token].lemma_.lower() == head.lemma_.lower()
        and c.name != c.mention.text
        and (gender is None or c.gender in (None, gender))
    ]
    people = set(cluster_names([c.name for c in named]).values())
    if len(people) != 1:
        return found
    return replace(found, name=people.pop(), kind=EntityKind.PERSON)


# Heads of a definite description that news writing uses instead of repeating the name of
# someone already named: "the Republican nominee", "the Texas senator", "the billionaire".
VARIATION_NOUNS = frozenset(
    {
        "candidate", "nominee", "senator", "governor", "president", "congressman",
        "congresswoman", "lawmaker", "mayor", "businessman", "businesswoman", "billionaire",
        "mogul", "frontrunner", "front-runner", "hopeful", "contender", "challenger",
        "incumbent", "chairman", "chairwoman",
    }
)  # fmt: skip

# Members of a party, which news writing describes by their state: "the Ohio Republican".
PARTY_NOUNS = frozenset({"republican", "democrat", "independent"})


def party_description(head: Token) -> bool:
    """A party member described, not named: "the Wisconsin Republican", "the Democrat".

    The tagger reads the party as a name; with "the" before it, it is a description that
    varies on someone named before (see :func:`named_by_variation`).
    """
    return (
        head.lower_ in PARTY_NOUNS
        and head.text[:1].isupper()
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


# How far back (in tokens) a description looks for the person it varies on.
VARIATION_WINDOW = 250


def named_by_variation(
    found: PersonMention, pronoun: Token, candidates: list[PersonMention]
) -> PersonMention:
    """A definite description of a role stands for the person last named before it.

    "Tom Bell thanked his supporters. The Republican nominee promised ...; he said": the
    description varies on a name already given, to avoid repeating it. The person is the
    most recent named one that agrees with the pronoun and the description, preferring a
    subject or a possessor ("Bell's campaign") to a name further down its clause.

    Args:
        found: The antecedent chosen for a pronoun (after :func:`named_by_title`).
        pronoun: The pronoun.
        candidates: The document's mentions in text order.

    Returns:
        ``found`` under that person's name, or unchanged when it is not a definite
        description of a role ("the man", "a senator") or no named person precedes it.
    """
    words = found.name.split()
    doc = pronoun.doc
    described = (
        found.kind is EntityKind.UNNAMED
        and len(words) >= 2
        and words[0].lower() == "the"
        and not found.plural
        and words[-1].lower() in VARIATION_NOUNS
    )
    party = found.kind is EntityKind.PERSON and party_description(doc[found.token])
    if not (described or party):
        return found
    gender = pronoun_gender(pronoun.text) or found.gender
    chosen = _varied_on(found, gender, candidates, doc)
    if chosen is None:
        return found
    # "Tom Bell ... the candidate's plan ... Ann Ray spoke. “...,” the candidate said": the
    # writer keeps a description for one person; an earlier use of it that names someone
    # else names the person again
    head = doc[found.token].lemma_.lower()
    earlier = [
        _varied_on(c, gender, candidates, doc)
        for c in candidates
        if c.token < found.token
        and found.token - c.token <= VARIATION_WINDOW
        and (
            (
                c.kind is EntityKind.UNNAMED
                and c.name.split()[0].lower() == "the"
                and doc[c.token].pos_ == "NOUN"
            )
            or party_description(doc[c.token])
        )
        and doc[c.token].lemma_.lower() == head
        and c.mention.start != found.mention.start
    ]
    people = set(cluster_names([e.name for e in earlier if e is not None]).values())
    if len(people) == 1 and not any(e is None for e in earlier):
        person = people.pop()
        if not _names_person(chosen.name, person):
            chosen = next(e for e in earlier if e is not None and _names_person(e.name, person))
    return replace(found, name=chosen.name, kind=EntityKind.PERSON, gender=gender)


def _varied_on(
    found: PersonMention, gender: str | None, candidates: list[PersonMention], doc: Doc
) -> PersonMention | None:
    """The named person a description of a role varies on (see :func:`named_by_variation`)."""
    named = [
        c
        for c in candidates
        if c.token < found.token
        and found.token - c.token <= VARIATION_WINDOW
        and c.kind is EntityKind.PERSON
        and not c.plural
        and (gender is None or c.gender in (None, gender))
        and doc[c.token].pos_ != "PRON"  # a remembered speaker's pronoun: no new evidence
        and not party_description(doc[c.token])
    ]
    # the topic of a clause: its subject, or the possessor of its subject ("Bell's bid is")
    leading = [
        c
        for c in named
        if c.is_subject or (doc[c.token].dep_ == "poss" and doc[c.token].head.dep_ in SUBJECT_DEPS)
    ]
    # "asked by moderator Tom Bell ... the Florida senator": someone the document names as
    # a moderator, reporter or aide is not the candidate or officeholder described
    fits = [c for c in leading or named if not _named_in_other_role(c, candidates, found.token)]
    chosen = (fits or leading or named)[-1:]
    return chosen[0] if chosen else None


# Roles of people who question, report on or speak for others: the candidates and office
# holders a description like "the Florida senator" varies on are none of these.
COMMENTATOR_ROLES = frozenset(
    {
        "moderator", "host", "anchor", "reporter", "journalist", "correspondent", "columnist",
        "editor", "interviewer", "pollster", "analyst", "strategist", "spokesman",
        "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "professor",
    }
)  # fmt: skip


def _named_in_other_role(
    person: PersonMention, candidates: list[PersonMention], before: int
) -> bool:
    """Whether a mention before ``before`` names the person with a commentator's role."""
    for c in candidates:
        if c.token >= before or c.kind is not EntityKind.PERSON:
            continue
        if c.name != person.name and not same_person(c.name, person.name):
            continue
        written = [w.strip(".,") for w in c.mention.text.split()]
        words = [w.lower() for w in written]
        # "moderator Tom Bell" (the words before the name), "a press secretary" apposed to
        # the name (the description's own head too)
        roles = set(words if written and written[-1].islower() else words[:-1])
        if COMMENTATOR_ROLES & roles or " press secretary" in " " + " ".join(words):
            return True
    return False


def _title_words(text: str) -> set[str]:
    return {w.lower().rstrip(".") for w in text.split()}


def with_full_name(
    found: PersonMention, pronoun: Token, candidates: list[PersonMention]
) -> PersonMention:
    """Give a surname antecedent the one full name in the document it can stand for.

    "Hillary Clinton and Bill Clinton ... Clinton was upbeat. “...,” she said": the
    pronoun's gender tells which Clinton; a surname borne by one person only ("Ward" after
    "Sen. Helen Ward") takes that person's name. Titles are left out ("Helen Ward").

    Args:
        found: The antecedent chosen for the pronoun.
        pronoun: The pronoun.
        candidates: The document's mentions.

    Returns:
        ``found`` under the full name, or unchanged when it is not a person's surname or
        the document gives no single full name for it.
    """
    if found.kind is not EntityKind.PERSON or name_key(found.name).is_full:
        return found
    gender = pronoun_gender(pronoun.text) or found.gender
    fulls = [
        c.name
        for c in candidates
        if c.kind is EntityKind.PERSON
        and (gender is None or c.gender in (None, gender))
        and name_key(c.name).is_full
        and same_person(c.name, found.name)
        and (surname_of(c.name) == surname_of(found.name) or _is_given_name(found.name))
    ]
    people = set(cluster_names(fulls).values())
    if len(people) != 1:
        return found
    return replace(found, name=people.pop())


def _is_given_name(name: str) -> bool:
    """A name written as a known given name alone ("Hillary"), not a surname."""
    words = name.split()
    low = words[-1].lower() if words else ""
    return len(words) == 1 and (low in MALE_FIRST_NAMES or low in FEMALE_FIRST_NAMES)


def _introduces_quote(subject: Token, pronoun: Token) -> bool:
    """Whether a subject's clause hangs on the pronoun's own cue with the quote between them.

    "Biden weighed in, telling Mic, “...,” he said": the parser makes the opening clause
    the complement of "said", yet its subject is the speaker, not someone reported on.
    """
    clause = subject.head
    between = pronoun.doc.text[subject.idx : pronoun.idx]
    if not any(mark in between for mark in QUOTE_MARKS):
        return False
    if clause.head == pronoun.head:
        return True
    # "Rudd saw it differently: “When he ..., I do not ...,” he said": the parser hangs the
    # opening clause on a verb inside the quote; it still introduces the quote
    opening = next(
        (t for t in pronoun.doc[subject.i : pronoun.i] if t.text in QUOTE_MARKS or t.text == "``"),
        None,
    )
    return opening is not None and clause.i < opening.i < clause.head.i < pronoun.i


def _reported_around(subject: Token, pronoun: Token) -> bool:
    """Whether the pronoun's tag is inserted in the clause whose subject is ``subject``.

    "Tom Bell, she said, has been a disaster": the tag ("she said") stands between the
    subject and its verb, so the subject is what the speaker talks about, never the speaker.
    """
    verb = subject.head
    tag = pronoun.head
    return (
        subject.dep_ in SUBJECT_DEPS
        and subject.i < pronoun.i < verb.i
        and tag.dep_ == "parataxis"
        and tag.head == verb
        and is_cue_verb(tag)
    )


def _interrupts_report(subject: Token, pronoun: Token) -> bool:
    """Whether the pronoun's tag interrupts the report whose speaker is ``subject``.

    "Ann Ray conceded the vote was lost, a result, she said, “we had expected”": the
    parser hangs the whole report on the inserted "she said", yet its verb of saying is
    Ray's; the inserted tag repeats her, not someone she reports on.
    """
    verb = subject.head
    tag = pronoun.head
    # the report hangs on the tag, or both on the quote's verb with the tag set aside
    hosts = (tag, tag.head) if tag.dep_ == "parataxis" else (tag,)
    return (
        subject.i < verb.i < pronoun.i
        and verb.head in hosts
        and verb.dep_ == "ccomp"
        and is_cue_verb(verb)
        and is_cue_verb(pronoun.head)
    )


def _excluded(name: str, exclude_names: frozenset[str]) -> bool:
    """Same person by surname: "Crocker" excludes "Ryan Crocker"."""
    words = name.lower().split()
    return bool(words) and any(
        n.lower().split()[-1:] == words[-1:] for n in exclude_names if n.split()
    )


def nearest_mention(candidates: Sequence[PersonMention], name: str, before: int) -> Mention | None:
    """The mention of a person that stands nearest before a character offset.

    A speaker who goes on talking (a cue-less quote continuing the previous one) is marked
    in the gold at their nearest mention, not at the tag that first introduced them.

    Args:
        candidates: Mentions in the document (the resolver's candidates: names,
            descriptions, and remembered speakers, whose pronoun mentions carry the name
            they resolved to).
        name: The person's name as resolved ("Helen Ward"); another form of the same
            name matches ("Ward", "Sen. Helen Ward"), another bearer of the surname does
            not ("Tom Ward").
        before: A character offset; only mentions ending at or before it count.

    Returns:
        The mention ending last before ``before``, or None when the person is not
        mentioned there.
    """
    best: Mention | None = None
    for c in candidates:
        if c.mention.end > before or (best is not None and c.mention.end <= best.end):
            continue
        if _names_person(c.name, name):
            best = c.mention
    return best


def _names_person(form: str, name: str) -> bool:
    """Whether a mention's name is a form of ``name``: the same words, or the same person."""
    if form.lower() == name.lower():
        return True  # also a description: "the spokesman"
    return bool(form.split() and name.split()) and same_person(form, name)
