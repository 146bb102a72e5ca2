"""Mentions of people in a parsed ``Doc``: what a mention is and what it names.

A mention is built from its head token (:func:`mention_of`): its bounds, its name with titles
and descriptions left out, its kind (a person, an organisation, a description), its gender
and number, and how salient it is (a main-clause subject, a sentence's topic). The rules here
also tell people from outlets, brands and groups the tagger calls people, and collect a
document's mentions as candidate antecedents for :mod:`quotebase.extract.coref`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeVar, cast

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from quotebase.extract.cues import per_source
from quotebase.extract.name_tables import (
    FEMALE_FIRST_NAMES,
    FEMALE_NOUNS,
    FEMALE_TITLES,
    GIVEN_NAMES,
    MALE_FIRST_NAMES,
    MALE_NOUNS,
    MALE_TITLES,
    is_brand,
    is_platform,
)
from quotebase.extract.names import NON_PERSON_WORDS, is_person_name, name_key, strip_titles
from quotebase.extract.names import SUFFIXES as NAME_SUFFIXES
from quotebase.extract.names import TITLES as NAME_TITLES
from quotebase.extract.pronouns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    NARRATOR_PRONOUNS,
    NEUTER_PRONOUNS,
    PLURAL_PRONOUNS,
    THIRD_PERSON_PRONOUNS,
)
from quotebase.extract.records import EntityKind, Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
HEAD_POS = frozenset({NOUN, PROPN})  # parts of speech that head a mention of a person
NAME_PART_DEPS = frozenset({"compound", "flat", "nmod", "appos"})
MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "case"})
PHRASE_PART_DEPS = NAME_PART_DEPS | MODIFIER_DEPS

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
        # the people of local news, accident and crime reports: "the driver said"
        "driver",
        "motorist",
        "passenger",
        "pilot",
        "bystander",
        "suspect",
        "detective",
        "firefighter",
        "customer",
        "shopper",
        "tenant",
        "landlord",
        "homeowner",
        "patient",
        "neighbour",
        "thief",
        "robber",
        "burglar",
        "gunman",
        "attacker",
        "shooter",
        "kidnapper",
        # the people of court reports: "the defendant told the judge"
        "defendant",
        "juror",
        "plaintiff",
        "inmate",
        "prisoner",
        # the people of sports reports: "the striker said"
        "player",
        "striker",
        "goalkeeper",
        "quarterback",
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
        "paper", "constitution", "study", "survey", "book", "bill",
    }
)  # fmt: skip

# Nouns that denote no one person: groups and writings ("the company", "the memo").
IMPERSONAL_NOUNS = GROUP_NOUNS | DOCUMENT_NOUNS


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
        if child.dep_ in PHRASE_PART_DEPS and child.dep_ != "appos":
            start = min(start, child.left_edge.i)
    for child in head.rights:
        # "Pompeo Jr." and flat names continue to the right; clauses and appositions do not
        if child.dep_ in ("flat", "compound") and child.i == end + 1:
            end = child.i
    doc = head.doc
    # a mention never crosses a paragraph break (the parser sometimes attaches across one):
    # it starts after the last line break before its head, and after punctuation and spaces
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text:
            start = i + 1
            break
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end + 1


# Nouns of one gender: "businesswoman", "spokesman".
GENDERED_NOUNS = MALE_NOUNS | FEMALE_NOUNS


# Words that pick some out of a group, and name no one without it: "one of her aides",
# "some in the party", "many among the delegates".
PARTITIVE_WORDS = frozenset(
    {
        "one", "some", "many", "most", "all", "both", "several", "few", "none", "each",
        "either", "neither", "others", "half",
    }
)  # fmt: skip
# Nouns of a quantity or a gathering, naming no one without their "of": "an average of 12
# percent of voters", "a majority of Americans", "a group of artists", "a mix of fans".
QUANTITY_NOUNS = frozenset(
    {
        "average", "majority", "minority", "plurality", "share", "percent", "%",
        "percentage", "proportion", "fraction", "portion", "number", "half", "third",
        "quarter", "handful", "dozen", "dozens", "hundreds", "thousands", "millions",
        "score", "scores", "lot", "lots", "bunch", "couple", "pair", "rest", "mix", "group",
        "crowd", "host", "slew", "range", "variety",
    }
)  # fmt: skip
# Prepositions by which a partitive word names its group besides "of": "some in the party".
PARTITIVE_PREPS = frozenset({"in", "among", "on", "at"})
PARTITIVE_DEPTH = 3  # "an average of 12 percent of voters": quantities of quantities


def partitive_end(head: Token) -> int | None:
    """End (exclusive token index) of the group a quantity word or noun picks from.

    "one of her aides", "an average of 12 percent of likely voters", "some in the
    party", "a group of artists, writers and actors": the quantity alone names no one, so a
    description's name runs on through the group it is taken from (its noun phrase and the
    nouns listed with it, not the clauses after it). None when ``head`` is no quantity, or
    its group is a pronoun ("many of whom", "one of them") or lies past a line break.
    """
    doc = head.doc
    node, end = head, None
    for _ in range(PARTITIVE_DEPTH):
        low = node.lower_
        partitive = low in PARTITIVE_WORDS or node.pos_ == "NUM"
        if not (partitive or node.lemma_.lower() in QUANTITY_NOUNS or low in QUANTITY_NOUNS):
            break
        preps = {"of"} | (PARTITIVE_PREPS if low in PARTITIVE_WORDS else set())
        prep = next((c for c in node.children if c.dep_ == "prep" and c.i == node.i + 1), None)
        if prep is None or prep.lower_ not in preps:
            break
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ == "PRON":
            break
        last = obj
        while True:
            listed = [c for c in last.children if c.dep_ == "conj" and c.pos in HEAD_POS]
            if not listed:
                break
            last = listed[-1]
        stop = noun_phrase_bounds(last)[1]
        if any("\n" in t.text for t in doc[head.i : stop]):
            break
        node, end = obj, stop
    return end


def gender_of(words: list[str]) -> str | None:
    """The gender a mention's words show: a title, a given name, or a gendered noun.

    Args:
        words: The mention's words as written ("Mrs. Clinton", "Hillary Clinton", "the
            spokeswoman").

    Returns:
        "m", "f", or None when the words do not say (a surname alone, "the official").
    """
    # a title's word borne as a surname is no title: "Carole King", "Ann Prince Jr."
    last = len(words) - 1
    while last > 0 and words[last].lower().strip(".,") in NAME_SUFFIXES:
        last -= 1
    for word in words[:last]:
        # "Mr. Trump", "Mrs. Clinton": a gendered title anywhere before the name
        low = word.lower().rstrip(".")
        if low in MALE_TITLES:
            return "m"
        if low in FEMALE_TITLES:
            return "f"
    # "Councilwoman Tess Gray", "spokesman Tom Bell": a gendered noun as the title right
    # before the name (every word after it capitalised; not "businessman and Sen. Pat Ray")
    for i, word in enumerate(words[:last]):
        low = word.lower()
        if low in GENDERED_NOUNS and all(w[:1].isupper() for w in words[i + 1 :]):
            return "m" if low in MALE_NOUNS else "f"
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
    # "the spokeswoman", "his wife": a gendered head noun, written in lower case (not a
    # name's last word: "Carole King", "tennis great Ann King")
    head = words[-1] if words and words[-1][:1].islower() else ""
    if head in MALE_NOUNS:
        return "m"
    if head in FEMALE_NOUNS:
        return "f"
    return None


# Pure and asked for every mention: computed once per distinct text.
@lru_cache(maxsize=65536)
def _gender_of_text(text: str) -> str | None:
    """:func:`gender_of` the words of ``text``."""
    return gender_of(text.split())


def pronoun_gender(word: str) -> str | None:
    """ "m" for he/him/his, "f" for she/her, None for any other word."""
    low = word.lower()
    return "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None


def entity_kind(head: Token) -> EntityKind:
    """The kind of entity a mention's head denotes."""
    if (
        head.pos_ == "PROPN"
        and head.text.islower()
        and not head.ent_type_
        and any(c.dep_ == "det" for c in head.children)
    ):
        return EntityKind.UNNAMED  # "the senator said", the tagger's proper noun: no name
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        if head.ent_type_ == "ORG":
            return EntityKind.ORGANIZATION
        return EntityKind.PERSON
    if head.text.lower() in ("campaign", "administration", "government", "committee", "team"):
        return EntityKind.ORGANIZATION
    return EntityKind.UNNAMED


def mention_of(head: Token) -> PersonMention:
    """Build the person mention headed by ``head`` (a name, a description or a pronoun)."""
    # built once per head: the speakers' heads were collected as mentions before
    built = per_doc(head.doc, "mentions", lambda _: cast(dict[int, PersonMention], {}))
    if head.i not in built:
        built[head.i] = _build_mention(head)
    return built[head.i]


def _build_mention(head: Token) -> PersonMention:
    doc = head.doc
    pos = head.pos_
    start, end = (head.i, head.i + 1) if pos == "PRON" else noun_phrase_bounds(head)
    span = Span(doc, start, end)  # (bounds within the document: no slice to normalise)
    text = span.text
    kind = entity_kind(head) if pos != "PRON" else pronoun_kind(head)
    if kind is EntityKind.PERSON and pos == "PROPN":
        # names: keep the compound run only ("Secretary of State Mike Pompeo" -> Mike Pompeo)
        run_start = head.i
        while run_start > start:
            before = doc[run_start - 1]
            plural = before.tag_ == "NNPS" and before.ent_type_ != "PERSON"
            if opens_no_name(before, head):
                break  # "Bashing Ray may ...": a participle opening the sentence
            if before.pos_ == "PROPN" and before.dep_ in ("compound", "flat") and not plural:
                run_start -= 1  # not "Republicans Jolly": a plural is no part of a name
            elif before.pos_ == "PROPN" and before.dep_ == "amod" and _given_name(before):
                run_start -= 1  # "Ann Ray:" where the parser made the given name a modifier
            elif _joins_double_surname(before):
                run_start -= 2  # "Lopez-Cantera": a hyphen inside a double surname
            else:
                break
        name = Span(doc, run_start, end).text if run_start != start else text
    else:
        name = text
    group_end = partitive_end(head) if kind is EntityKind.UNNAMED else None
    if group_end is not None:
        # "one of her aides", "a majority of voters": the quantity names its group too
        name = doc[start:group_end].text
    if kind is EntityKind.PERSON and names_group(head, name):
        kind = EntityKind.UNNAMED  # "Russians now say ...": a group, described, not named
        if _counted_share(head):
            name = text  # "some Democrats", "two Republicans": a share of them, not all
    if kind is EntityKind.PERSON and names_outlet(head, name) and not _counted_member(head):
        kind = EntityKind.ORGANIZATION  # "..., Right Wing Watch first reported"; "HuffPo"
    if kind is EntityKind.UNNAMED and pos == "NOUN" and tagged_organisation(head, name):
        kind = EntityKind.ORGANIZATION  # "Acme notes": a body's name read as a common noun
    if kind is EntityKind.PERSON and ends_in_acronym(name):
        kind = EntityKind.ORGANIZATION  # "Acme USA", "Junge FDP": a body's name, not a person's
    elif kind is EntityKind.PERSON and name == head.text and _acronym_phrase(text):
        # "Purple PAC", "Our Values PAC": the name's other words are no proper nouns
        kind, name = EntityKind.ORGANIZATION, text
    if kind is EntityKind.PERSON and pos != "PRON" and word_read_as_name(head, name):
        kind, name = EntityKind.UNNAMED, text  # "the Texan said", "Transcript as follows:"
    if kind is EntityKind.PERSON and pos == "PROPN":
        if described_not_named(head, name):
            kind, name = EntityKind.UNNAMED, text  # "a New Hampshire Republican", "Ohio Gov."
        elif names_place_or_body(head, name):
            kind = EntityKind.ORGANIZATION  # "Wall Street", "the Acme Union Leader"
    # "Another delegate, Michael Brown, explained ...": a name apposed to the subject is
    # the subject too
    apposed_name = head.dep_ == "appos" and head.ent_type_ == "PERSON" and pos == "PROPN"
    described = apposed_name and head.head.pos_ == "NOUN" and head.head.dep_ in SUBJECT_DEPS
    role = head.head if described else head
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
    if main and _inverted_condition(role):
        # ", should Ann Ray run again": a condition, not the sentence's main clause
        main = False
    if is_according_source(head):
        # "according to a post from Ann Ray": the source is as salient as a subject
        subject = main = True
    if _agent_of_impersonal_passive(head):
        # "The plan was backed by Ann Ray, who said ...": the one who acts is the topic
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
    gender = pronoun_gender(low) or _gender_of_text(name) or _gender_of_text(text)
    # a surname ending in -s is often tagged plural ("Sanders"): a person's name is not
    plural = low in PLURAL_PRONOUNS or (head.tag_ in ("NNS", "NNPS") and head.ent_type_ != "PERSON")
    return PersonMention(
        mention=Mention(text, span.start_char, span.end_char),
        name=name,
        kind=kind,
        token=head.i,
        is_subject=subject,
        is_main_subject=main,
        gender=gender,
        plural=plural,
        personal=head.lemma_.lower() not in IMPERSONAL_NOUNS,
    )


# Pronouns that stand for one person or a known group: resolved to whom they refer.
PERSONAL_PRONOUNS = THIRD_PERSON_PRONOUNS | NARRATOR_PRONOUNS | NEUTER_PRONOUNS


def pronoun_kind(head: Token) -> EntityKind:
    """A pronoun's kind: a personal pronoun's (he, we, it) is the person it refers to; an
    indefinite, demonstrative, interrogative or generic one ("someone", "another", "this",
    "what", "you") names no one and describes its speaker at most."""
    return EntityKind.PERSON if head.lower_ in PERSONAL_PRONOUNS else EntityKind.UNNAMED


# Determiners of a description: "the Texan", "one Democrat", "another Muslim".
DESCRIPTION_DETERMINERS = frozenset(
    {"the", "a", "an", "one", "another", "some", "each", "every", "any", "this", "that"}
)


def word_read_as_name(head: Token, name: str) -> bool:
    """A capitalised word the tagger read as a name that is no one's: a party, an office, a
    people or a label alone ("one senior Democrat", "the President", "Transcript"), or a
    word written with a description's determiner ("the Texan", "another Muslim"; "the King"
    even where the text names a Tom King).

    A word the document writes as someone's surname ("Ray", "King") or a known given name
    is a person's name however it is written.
    """
    words = name.split()
    if len(words) == 1 and determined_title(head):
        return True  # "the King said", "a Judge": an office or a monarch, no one's surname
    if (
        len(words) != 1
        or not name[:1].isupper()
        or name.isupper()  # an acronym ("CNN"): left to the rules of bodies' names
        or _is_given_name(name)
        or _written_as_surname(head)
        or head.text in surnames_of_people(head.doc)
    ):
        return False
    if not is_person_name(name):
        return True
    if not _determined(head):
        return False
    # "A defensive Obama": a word the tagger reads as a person's elsewhere is a name
    _, people = per_doc(head.doc, "entity_word_counts", _entity_word_counts)
    return people[head.doc.vocab.strings[head.text]] == 0


def determined_title(head: Token) -> bool:
    """A title's word written with a description's determiner: "the King", "a Judge" name
    an office or a monarch, even where the text names someone who bears the word as a
    surname ("Rep. Tom King")."""
    return head.text.rstrip(".").lower() in NAME_TITLES and _determined(head)


def _determined(head: Token, deps: tuple[str, ...] = ("det",)) -> bool:
    """Whether a description's determiner stands before the word: "the Texan", "a Judge"
    (with ``deps`` also a count: "one Republican")."""
    return any(c.dep_ in deps and c.lower_ in DESCRIPTION_DETERMINERS for c in head.children)


# A party's member, which a description names by place or rank: "a Texas Republican".
PARTY_MEMBER_WORDS = frozenset({"republican", "democrat"})
# The member words of a note apposed to a name: "Ann Ray, Independent of Maine,".
PARTY_NOTE_WORDS = PARTY_MEMBER_WORDS | {"independent"}


def _counted_member(head: Token) -> bool:
    """``one Republican``, ``a Democrat``, ``another Republican``: a party's member word
    counted or determined as one person is a description of someone, whatever the word's
    other mentions are tagged (the party's committee, its body), not the party's name."""
    return head.lower_ in PARTY_MEMBER_WORDS and _determined(head, ("det", "nummod"))


def _counted_share(head: Token) -> bool:
    """``some Democrats``, ``several senior Republicans``, ``two Russians``: a group's noun
    counted by a quantity word or a number, which names a share of the group, not all."""
    return any(
        c.dep_ in ("det", "nummod", "amod") and (c.lower_ in PARTITIVE_WORDS or c.pos_ == "NUM")
        for c in head.children
    )


def described_not_named(head: Token, name: str) -> bool:
    """A name of several words that ends in a party's member or an office and names no one:
    "a Texas Republican", "another Ohio Democrat", "former Ohio Gov.", "a Supreme Court
    Justice": place or body words before a party or office word describe its bearer.

    A person's name written with the word is not this ("Republican Ann Ray", "Ray Justice").
    """
    words = name.split()
    last = words[-1].lower().rstrip(".") if words else ""
    if len(words) < 2 or not (last in PARTY_MEMBER_WORDS or last in NAME_TITLES):
        return False
    return not (
        head.ent_type_ == "PERSON"
        or is_person_name(name)
        or _has_given_name(name)
        or head.text in surnames_of_people(head.doc)
    )


def names_place_or_body(head: Token, name: str) -> bool:
    """A name of several words, no one's, that ends in a word of a place or a body ("Wall
    Street", "Acme Union Leader"): what the words name is no person, though the tagger left
    them untagged."""
    words = name.split()
    return (
        len(words) > 1
        and head.ent_type_ not in ("PERSON", "NORP")
        and any(_norm(w) in NON_PERSON_WORDS for w in words)
        and not is_person_name(name)
        and not _has_given_name(name)
        and not any(_norm(w) in NAME_TITLES for w in words)
        and _norm(words[-1]) not in LAW_WORDS  # "the Ann Ray Act": a writing, not a body
    )


def _norm(word: str) -> str:
    return word.lower().strip(".,'’")


# Parts of speech of words that never begin a name: "Without Ray ...", "Neither Ray nor ...".
NOT_NAME_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "VERB", "PART", "PRON"})


def _opens_sentence(token: Token) -> bool:
    """The first word of its sentence, marks and spaces before it aside."""
    for before in reversed(token.doc[token.sent.start : token.i]):
        if not (before.is_punct or before.is_space):
            return False
    return True


def opens_no_name(token: Token, surname: Token) -> bool:
    """A capitalised word before a name that is no given name: a preposition, a conjunction
    or a verb the parser makes no part of the name ("Without Ray in the race", "Neither Ray
    nor Bell", "Asserting Ray's role", "Will Ray agree?"), or, opening its sentence, a
    participle ("Painting Ray as ...", "Stated Ray:") or, before a surname the document
    gives to someone with a known given name, a word it also writes in lower case ("Young
    Ray voters" beside "Ann Ray").

    A given name the tables know is a name wherever it stands ("Will Bell", "Grant Ray"),
    and so is a word the parser joins to the name ("Win Htein", "Will Doyle").
    """
    if token.lower_ in GIVEN_NAMES or not token.text[:1].isupper():
        return False
    pos = token.pos_
    if token.dep_ not in ("compound", "flat") and pos in NOT_NAME_POS:
        return True
    if pos == "AUX":
        return token.head.pos_ in ("VERB", "AUX") and token.head.i > token.i + 1
    low = token.lower_
    if not _opens_sentence(token) or low.rstrip(".") in NAME_TITLES:
        return False  # (a title opening the sentence is left to the rules of titles)
    if len(low) > 5 and low.endswith(("ing", "ed")):
        return True
    return written_in_lower_case(token.doc, token.text) and surname.text in per_doc(
        token.doc, "given_named_words", _given_named_words
    )


def _given_named_words(doc: Doc) -> frozenset[str]:
    """The words a document writes right after a capitalised known given name ("Ann Ray")."""
    return frozenset(
        t.text for t in doc[1:] if doc[t.i - 1].lower_ in GIVEN_NAMES and doc[t.i - 1].is_title
    )


def name_without_opening_words(span: Span) -> Span:
    """A name's span without the words before it that begin no name (see
    :func:`opens_no_name`): "Without Ann Ray" -> "Ann Ray"."""
    start = span.start
    while start < span.end - 1 and opens_no_name(span.doc[start], span[-1]):
        start += 1
    return span.doc[start : span.end]


# Prepositions that give an example of a group: "critics like Tom Bell", "... such as".
EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})


def _example_of(head: Token) -> Token | None:
    """The plural noun a name gives an example of: "defenders, like Tom Bell," -> defenders."""
    if head.dep_ != "pobj" or head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
        return None
    prep = head.head
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
    return token.text[:1].isupper() and _is_given_name(token.text)


def _stranded_subject(head: Token) -> bool:
    """A name the parser hung on a preposition before a verb that has no subject.

    "At a rally in Ohio, 62-year-old Ann Ray also railed against ...": the parser makes the
    name the object of "in" (or an apposition to the place), leaving the main verb right
    after it (adverbs, and the name's own apposition, aside) without a subject; the name is
    that subject.
    """
    if (
        head.dep_ not in ("pobj", "appos", "conj")  # "At Pine Ridge, Ann Ray, ...": a conj
        or head.ent_type_ != "PERSON"
        or not head.doc.has_annotation("SENT_START")
    ):
        return False
    verb = head.sent.root
    if (
        verb.pos_ != "VERB"
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


# A name in these relations has a role of its own: no sentence topic.
_NOT_TOPIC_DEPS = SUBJECT_DEPS | {"compound", "flat", "poss"}


def _topic_of_subjectless_sentence(head: Token) -> bool:
    """A name that is the topic of a sentence whose main verb the parser left without a subject.

    "And Ann Ray, for all the help she gave, seems to agree.": the parser hangs the name on
    a verb inside the inserted phrase; a name opening the sentence (after a conjunction or
    an adverb at most) before a main verb with no subject is that verb's subject. "Just look
    at Ann Ray.": an imperative that presents a person makes that person the topic.
    """
    if head.ent_type_ != "PERSON" or head.pos_ != "PROPN" or head.dep_ in _NOT_TOPIC_DEPS:
        return False
    if not head.doc.has_annotation("SENT_START"):
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
    back to, so its owner is the person the sentence is about; so is a definite
    description's ("the senator's bill passed"). A person noun owned ("Tom Bell's lawyer")
    is a person of its own and the subject itself.
    """
    owned = head.head
    possessive = head.dep_ == "poss" or (
        head.dep_ == "nmod" and any(c.dep_ == "case" and c.i == head.i + 1 for c in head.children)
    )
    described = (
        head.pos_ == "NOUN"
        and is_person_like(head)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )
    if (
        not possessive
        or not (head.text[:1].isupper() or described)
        # a surname alone, as a writer names someone already introduced (not "the Ray Fund")
        or (not described and any(c.dep_ in ("compound", "flat") for c in head.children))
        or owned.pos_ != "NOUN"
        or owned.dep_ not in SUBJECT_DEPS
        or is_person_like(owned)
    ):
        return False
    clause = owned.head
    return clause.dep_ == "ROOT" or (clause.dep_ == "conj" and clause.head.dep_ == "ROOT")


# Auxiliaries that open a condition when written before the subject: "should she win",
# "had he known", "were she elected".
CONDITION_AUXILIARIES = frozenset({"should", "had", "were"})


def _inverted_condition(subject: Token) -> bool:
    """Whether a subject follows its verb's auxiliary after a comma: ", should Ann Ray run".

    Written inside a sentence, the inversion is a condition on what the sentence says
    (the parser may still make its verb the root); the subject is no main clause's.
    """
    aux = [
        c
        for c in subject.head.children
        if c.dep_ == "aux" and c.i < subject.i and c.lower_ in CONDITION_AUXILIARIES
    ]
    if not aux or aux[0].i == 0:
        return False
    return subject.doc[aux[0].i - 1].text in (",", ";", "—", "–")


def _agent_of_impersonal_passive(head: Token) -> bool:
    """Whether a name is the agent of a main clause in the passive whose subject is no person.

    "The plan was backed by Ann Ray, who said it would pass. “...,” she said": the
    grammatical subject (the plan) is no one to refer back to; the one who acts is.
    A person as the subject stays the topic ("Tom Bell was endorsed by Ann Ray").
    """
    by = head.head
    verb = by.head
    if head.dep_ != "pobj" or by.dep_ != "agent" or head.pos_ != "PROPN":
        return False
    if not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and not any(c.pos_ == "PRON" or is_person_like(c) for c in subjects)


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
        and not _joins_two_names(hyphen)
    )


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _joins_two_names(hyphen: Token) -> bool:
    """A hyphen between two people's names: "the Ann Ray-Tom Bell fight".

    A name word stands before the left word and the right word is a known given name with
    a name word after it: not a double surname ("Ann Ray-Bell") nor a double given name
    ("Ann-Marie Ray"), whose hyphen opens or closes the name.
    """
    doc = hyphen.doc
    i = hyphen.i
    if i < 2 or i + 2 >= len(doc):
        return False
    return (
        _name_word(doc[i - 2])
        and doc[i + 1].text.lower() in GIVEN_NAMES
        and _name_word(doc[i + 2])
        and not doc[i + 1].text.isupper()
    )


# Nouns of recordings and pictures: "footage of X", "a video of X" show X speaking.
DEPICTION_NOUNS = frozenset(
    {"footage", "video", "clip", "recording", "tape", "photo", "image", "picture", "audio"}
)


def _depicted_in(head: Token) -> Token | None:
    """The recording or picture a mention is shown in: "footage of Ann Ray" -> footage."""
    if head.dep_ != "pobj":
        return None
    prep = head.head
    if prep.lower_ != "of":
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
    if head.pos_ != "PROPN":
        return False
    reporting = head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_LEMMAS
    if not (reporting or is_according_source(head)) or _has_given_name(name):
        return False
    if reporting and head.head.lemma_.lower() == "report" and head.ent_type_ != "PERSON":
        return True
    words = name.split()
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    titled = any(w.lower().rstrip(".") in NAME_TITLES for w in words)
    if the and not titled and head.ent_type_ != "PERSON":
        return True  # "according to the Valley Star": no one's name takes "the"
    if len(words) > 1 and not titled and words[0] in place_words(head.doc):
        return True  # "according to Vermont Radio": a place the document names, no given name
    return len(words) == 1 and not _is_given_name(name) and not _written_as_surname(head)


def _written_as_surname(head: Token) -> bool:
    """Whether the document writes the word ``head`` as a surname: right after a capitalised
    given name ("Ann Ray") or after another name word joined to it ("Reince Priebus"), a
    title aside ("Sen. Ray")."""
    return head.text in per_doc(head.doc, "surname_words", _surname_words)


def _surname_words(doc: Doc) -> frozenset[str]:
    """The words a document writes as surnames (see :func:`_written_as_surname`); read from
    the parse's arrays, building no Token."""
    strings = doc.vocab.strings
    array = doc.to_array([ORTH, LOWER, POS, HEAD])
    before = array[:-1]  # the word before each word from the second on
    joined = (before[:, 2] == PROPN) & (before[:, 3] == 1)  # a name word headed by the next
    # only the words after a name word or a given name are read as strings
    at = np.flatnonzero(joined | _among(before[:, 1], _ids(GIVEN_NAMES)))
    rows = np.column_stack((before[at, 0], before[at, 1], array[at + 1, 0])).tolist()
    words = set()
    for orth, low_id, word in set(map(tuple, rows)):  # a name written many times: read once
        if strings[orth][:1].isupper() and strings[low_id].rstrip(".") not in NAME_TITLES:
            words.add(strings[word])
    return frozenset(words)


def _among(column: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Which values of a ``Doc.to_array`` column are among the sorted ``ids``: a binary
    search each (``np.isin`` sorts the column on every call)."""
    if not len(ids):
        return np.zeros(len(column), dtype=bool)
    return ids[np.searchsorted(ids, column).clip(max=len(ids) - 1)] == column


@lru_cache(maxsize=16)
def _ids(values: frozenset[str] | frozenset[int]) -> np.ndarray:
    """The ids of strings (or symbol ids as they are) as the ``uint64`` values of
    ``Doc.to_array``: a string's id is its hash, the same in every vocabulary. (A plain
    ``np.array`` of such ids comes out as float64 when one is above 2**63, and loses bits.)
    """
    return np.array(sorted(get_string_id(v) for v in values), dtype=np.uint64)


_T = TypeVar("_T")


def per_doc(doc: Doc, key: str, build: Callable[[Doc], _T]) -> _T:
    """A value computed once per parsed document, kept in its ``user_data``: rules that ask
    about the whole document for every mention would otherwise read it once per mention."""
    data = cast(dict[object, object], doc.user_data)
    slot = ("quotebase", key)
    if slot not in data:
        data[slot] = build(doc)
    return cast(_T, data[slot])


def names_outlet(head: Token, name: str) -> bool:
    """A name that is an outlet's or a brand's, not a person's, whatever the tagger says: one
    credited with a story (:func:`is_reporting_outlet`), one written like a brand that the
    document never writes as a surname ("HuffPo", but not the "FitzGerald" of "Ann
    FitzGerald"), an online platform's ("Facebook": no one bears it), one the tags read as
    a body's (:func:`tagged_organisation`), or one its sentence writes as a body's
    (:func:`written_as_body`)."""
    return (
        is_reporting_outlet(head, name)
        or (is_brand(name) and not _written_as_surname(head))
        or is_platform(name)
        or tagged_organisation(head, name)
        or written_as_body(head, name)
    )


# The last words of the names of laws: "the Ann Ray Act".
LAW_WORDS = frozenset({"act", "amendment", "law", "code", "treaty", "accord", "accords"})

# Nouns of findings credited to their maker: "a report by Acme", "a survey by Acme".
FINDING_NOUNS = frozenset({"report", "survey", "poll", "study", "analysis", "investigation"})


def written_as_body(head: Token, name: str) -> bool:
    """A name with no given name and no title that its sentence writes as a body's, not a
    person's (and, a word alone, that the document never writes as a surname):

    - with "the", untagged or tagged no person ("The Acme Union Leader said", "profiled in
      the Acme Beast"): no one's name takes "the" (a plural's does: "the Rays"; a people's
      noun: "the Texan"; a writing's is no body's: "the Constitution");
    - with a relative "which" ("Acme, which ran ...", "Acme (which is not known ...)");
    - credited with a finding: "a report by Acme", "Acme found that ...", "as Acme put it",
      for a word the tagger never calls a person in the document (a person credited so has
      been named in full: "Ann Ray ... Ray found that").
    """
    if head.pos_ != "PROPN" or head.tag_ == "NNPS" or head.ent_type_ == "NORP":
        return False
    words = name.split()
    if (
        not words
        or _has_given_name(name)
        or _is_given_name(name)
        or any(w.lower().rstrip(".") in NAME_TITLES for w in words)
        or (len(words) == 1 and _written_as_surname(head))
    ):
        return False
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    writing = head.lower_ in DOCUMENT_NOUNS or head.lower_ in LAW_WORDS
    if the and head.ent_type_ != "PERSON" and not writing:
        return True  # (a writing's name is no body either: "the Ann Ray Act")
    if any(c.dep_ == "relcl" and _opens_with_which(c) for c in head.children):
        return True
    verb = head.head
    found = head.dep_ == "nsubj" and verb.lemma_.lower() == "find"
    put_it = (
        head.dep_ == "nsubj"
        and verb.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )
    by = head.dep_ == "pobj" and verb.lower_ == "by" and verb.head.lemma_.lower() in FINDING_NOUNS
    if not (found or put_it or by) or len(words) != 1:
        return False
    _, people = per_doc(head.doc, "entity_word_counts", _entity_word_counts)
    return by or people[head.doc.vocab.strings[head.text]] == 0


def _opens_with_which(clause: Token) -> bool:
    """Whether a relative clause is introduced by "which" (a thing's) rather than "who"."""
    return any(c.lower_ == "which" and c.tag_ == "WDT" for c in clause.children)


def tagged_organisation(head: Token, name: str) -> bool:
    """A one-word name the document's entity tags read as an organisation and never as a
    person ("Acme magazine ... Acme's list ... Acme said"), never written as a surname or as
    a given name: the tagger missing one mention of a body is no person; nor is a
    capitalised word the parser read as a common noun ("Acme notes that ...", after "a new
    Acme Research report")."""
    capitalised_noun = head.pos_ == "NOUN" and head.text[:1].isupper()
    if not (head.pos_ == "PROPN" or capitalised_noun):
        return False
    if len(name.split()) != 1 or _is_given_name(name) or _written_as_surname(head):
        return False
    organisations, people = per_doc(head.doc, "entity_word_counts", _entity_word_counts)
    orth = head.doc.vocab.strings[head.text]
    return organisations[orth] > 0 and people[orth] == 0


def _entity_word_counts(doc: Doc) -> tuple[Counter[int], Counter[int]]:
    """How often each word (ORTH id) is tagged as part of an organisation and as part of a
    person in the document: from the parse's arrays, building no Token."""
    array = doc.to_array([ORTH, ENT_TYPE])
    strings = doc.vocab.strings
    org, person = strings["ORG"], strings["PERSON"]
    organisations = Counter(array[array[:, 1] == org, 0].tolist())
    return organisations, Counter(array[array[:, 1] == person, 0].tolist())


# An acronym of capitals: "USA", "SVP"; not a generational suffix or a degree.
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_NOT_ACRONYMS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "JR", "SR", "MD", "DDS", "RN"})


def ends_in_acronym(name: str) -> bool:
    """A name in mixed case that ends in an acronym ("Priorities USA", "Junge SVP") and shows
    no given name: an organisation's; a name all in capitals is a label or a byline's."""
    words = name.split()
    if len(words) < 2 or name.isupper() or _has_given_name(name):
        return False
    last = words[-1]
    return _ACRONYM.fullmatch(last) is not None and last not in _NOT_ACRONYMS


def _acronym_phrase(text: str) -> bool:
    """A phrase of a body that ends in an acronym ("Purple PAC"), with no title in it
    ("President JFK")."""
    words = text.split()
    titled = any(w.lower().rstrip(".") in NAME_TITLES for w in words)
    return not titled and words[0][:1].isupper() and ends_in_acronym(text)


def names_group(head: Token, name: str) -> bool:
    """A plural name the tagger does not call a person: "Russians", "the Founding Fathers".

    A surname the tagger reads as plural ("Sanders") is a person's once the document names
    them in full (see :func:`is_known_surname`); one after a given name is too.
    """
    if head.pos_ == "NOUN" and head.tag_ == "NNS" and head.ent_type_ == "NORP":
        return True  # "Republicans seized on it": a people or a party's members, read as nouns
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
        if node.dep_ != "pobj":
            return False
        prep = node.head
        if prep.dep_ != "prep":
            return False
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        if prep.lower_ == "per" and per_source(prep) == node:
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
        and low in GIVEN_NAMES
    )


POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})


def entity_full_name(ent: Span, surnames: frozenset[str]) -> str | None:
    """The full name, inside an entity not tagged a person, of a surname used alone.

    The tagger at times reads a name as an organisation or a place ("Novak Djokovic",
    "Actress Ann Fox", a possessive "Tom Bell’s"); when the text calls someone by the
    surname alone elsewhere, the entity's run of proper nouns ending in that surname is
    the person's full name. Not a place's words before a surname ("New Hampshire Ray").

    Args:
        ent: An entity of the document, of any label but PERSON.
        surnames: Words the text uses alone as people's names.

    Returns:
        The name with titles and descriptors stripped, or None.
    """
    doc = ent.doc
    end = ent.end
    while end > ent.start and doc[end - 1].text in POSSESSIVE_ENDINGS:
        end -= 1
    if end - ent.start < 2 or doc[end - 1].text not in surnames:
        return None
    start = end - 1
    while start > ent.start:
        before = doc[start - 1]
        if not (
            before.pos_ == "PROPN"
            and before.text[:1].isupper()
            and before.dep_ in ("compound", "flat")
            and before.head.i < end
            and before.head.i >= start - 1
        ):
            break
        start -= 1
    places = place_words(doc)
    if start == end - 1 or any(t.text in places for t in doc[start : end - 1]):
        return None
    name = strip_titles(doc[start:end].text)
    return name if len(name.split()) > 1 and name_key(name).is_full else None


def shared_surname_name(surname: Token) -> str | None:
    """ "Khizr and Ghazala Khan": the full name of the first given name, which shares the
    surname written once after the second; None for any other word.

    Both given names must be ones the tables know, and the first must stand alone: not the
    surname of a name before it ("Tom Bell and Ann Ray"), not a place ("of Georgia and Ann
    Ray"), not the first name of someone the text names in full with another surname
    ("Hillary and Tim Kaine", after "Hillary Clinton").
    """
    doc = surname.doc
    i = surname.i
    if i < 3:
        return None
    second, conj, first, before = doc[i - 1], doc[i - 2], doc[i - 3], doc[i - 4] if i > 3 else None
    if (
        conj.lower_ != "and"
        or not (first.text[:1].isupper() and second.text[:1].isupper())
        or first.lower_ not in GIVEN_NAMES
        or second.lower_ not in GIVEN_NAMES
        or not surname.text[:1].isupper()
        or (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper())
        or first.ent_type_ not in ("", "PERSON")
    ):
        return None
    someone_else = any(
        e.label_ == "PERSON"
        and len(e) > 1
        and e[0].text == first.text
        and e[-1].text != surname.text
        for e in doc.ents
    )
    return None if someone_else else f"{first.text} {surname.text}"


def possible_heads(doc: Doc, keep: Callable[[int], bool]) -> list[Token]:
    """The tokens of ``doc`` that may head a person mention, among those ``keep`` accepts.

    Only nouns, names and subjects can (see ``collect_mentions``); they are picked from the
    parse's arrays, so no ``Token`` is built for the other words of the document.
    """
    if not len(doc):
        return []
    array = doc.to_array([POS, DEP])
    heads = _among(array[:, 0], _ids(HEAD_POS)) | _among(array[:, 1], _ids(SUBJECT_DEPS))
    return [doc[i] for i in np.flatnonzero(heads).tolist() if keep(i)]


def collect_mentions(doc_tokens: list[Token]) -> list[PersonMention]:
    """All named or described person mentions in the tokens, in text order (no pronouns)."""
    if not doc_tokens:
        return []
    doc = doc_tokens[0].doc
    found: list[PersonMention] = []
    surnames = surnames_of_people(doc)
    for token in doc_tokens:
        # "the company", "the newspaper": antecedents for "it" and "they", never for he/she
        group = token.pos_ == "NOUN" and token.lemma_.lower() in IMPERSONAL_NOUNS
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
        found.append(named_by_apposition(described_kind(mention, token), token))
    places = place_words(doc) | place_names(doc)
    # "Clarkston became his home", "the United States": a name the tagger mostly reads as
    # a place, or one the document calls a place or an event ("Sandy Hook was a national
    # tragedy"), is no person ("Trump's wife, Melania": a person noun named by apposition
    # stays a person); "Time, he added, was on their side": a word the document also writes
    # in lower case is a common noun capitalised, no one's name; "Tennis great Ann Ray
    # said": a descriptor the parser made a second subject is no one
    found = [
        m
        for m in found
        if not (
            m.kind is EntityKind.PERSON
            and m.name not in surnames
            and doc[m.token].pos_ == "PROPN"
            and (
                m.name in places
                or _common_word(m.name, doc)
                or descriptor_read_as_subject(doc[m.token])
            )
            and not _described_by_who(doc[m.token])
        )
    ]
    return share_gender(people_named_as_organisations(found))


def written_in_lower_case(doc: Doc, word: str) -> bool:
    """Whether a document writes ``word`` in lower case somewhere ("time", "path")."""
    low = word.lower()
    orths = per_doc(doc, "orths", lambda d: d.to_array(ORTH))
    # one comparison over the words' ids: no Token built, no string read
    return low.islower() and bool((orths == get_string_id(low)).any())


def _common_word(name: str, doc: Doc) -> bool:
    """A one-word name, no given name, that the document also writes in lower case."""
    words = name.split()
    return len(words) == 1 and not _is_given_name(name) and written_in_lower_case(doc, name)


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
    return per_doc(doc, "surnames_of_people", _surnames_of_people)


def _surnames_of_people(doc: Doc) -> frozenset[str]:
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
        and not determined_title(token)  # "the King said" after "Rep. Tom King"
    )


# Nouns that describe a body, not a person: "Acme, the news agency, wrote", "the outlet".
BODY_NOUNS = GROUP_NOUNS | frozenset(
    {
        "outlet", "site", "website", "magazine", "paper", "publication", "tabloid", "wire",
        "broadcaster", "channel", "station", "firm", "institute", "nonprofit", "charity",
        "union", "association", "coalition", "alliance", "bank", "corporation", "daily",
    }
)  # fmt: skip

# Offices of one gender written as a name's title: "Congressman", "Councilwoman".
GENDERED_TITLE_NOUNS = frozenset(
    w for w in GENDERED_NOUNS & NAME_TITLES if w.endswith(("man", "woman"))
)

# Nouns that describe one person, apposed to a name or written before it as a label.
ONE_PERSON_NOUNS = (PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS) - BODY_NOUNS - {"people", "officials"}


def described_kind(named: PersonMention, head: Token) -> PersonMention:
    """A name whose description says what it is, whatever the entity tag said.

    "Ann Violet, an Iranian journalist, told ...", "said Concord resident Ann Violet": a
    person noun apposed to the name or written before it as a label says a person (and
    sometimes the gender: "a spokeswoman").
    "Acme, the official news agency, wrote": a noun of a body apposed to a one-word name, or
    to a name with no given name, says an organisation.
    """
    if named.kind not in (EntityKind.ORGANIZATION, EntityKind.PERSON):
        return named
    if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and head.text[:1].isupper()):
        return named
    apposed = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        apposed.append(head.head)
    if named.kind is EntityKind.PERSON:
        # "the environmental nonprofit Acme": a body's noun written just before the name as
        # a label, in lower case (not the "Daily" of a paper's name; not the "party" of
        # "party leader Ann Ray")
        start = _name_run_start(head)
        body_labels = [
            c
            for c in head.children
            if c.dep_ in ("amod", "compound") and c.i == start - 1 and c.text.islower()
        ]
        body = any(n.lemma_.lower() in BODY_NOUNS for n in apposed + body_labels)
        one_word = len(named.name.split()) == 1
        no_given = not (_has_given_name(named.name) or _is_given_name(named.name))
        if body and no_given and (one_word or head.ent_type_ != "PERSON"):
            return replace(named, kind=EntityKind.ORGANIZATION, gender=None)
        return named
    # "chief strategist Ann Violet": a label written before the name
    labels = [
        c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < head.i
    ]
    # "Councilwoman Tess Gray", tagged a body: an office noun of one gender as the title
    labels += [
        c
        for c in head.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ in GENDERED_TITLE_NOUNS
    ]
    for noun in apposed + labels:
        if noun.lemma_.lower() in ONE_PERSON_NOUNS:
            gender = named.gender or gender_of([noun.text])
            return replace(named, kind=EntityKind.PERSON, gender=gender)
    return named


def place_words(doc: Doc) -> frozenset[str]:
    """Words a document's entity tags read as a place more often than as a person."""
    if not len(doc):
        return frozenset()
    strings = doc.vocab.strings
    # from the parse's arrays: no Token is built, no string read, for the untagged words
    array = doc.to_array([ORTH, ENT_TYPE])
    place: Counter[int] = Counter(array[_among(array[:, 1], _ids(PLACE_LABELS)), 0].tolist())
    person: Counter[int] = Counter(array[array[:, 1] == get_string_id("PERSON"), 0].tolist())
    return frozenset(strings[orth] for orth, n in place.items() if n > person[orth])


# What a document calls a place or an event when it says what a name is: "Sandy Hook was a
# national tragedy", "Ames is a small town". No one is called these.
PLACE_EVENT_NOUNS = frozenset(
    {
        "city", "town", "village", "hamlet", "state", "country", "nation", "county", "district",
        "region", "province", "island", "neighborhood", "neighbourhood", "suburb", "capital",
        "tragedy", "massacre", "shooting", "bombing", "rampage", "earthquake", "hurricane",
    }
)  # fmt: skip


def place_names(doc: Doc) -> frozenset[str]:
    """Names a document uses as places or events, not people.

    A name the tagger reads as a place (GPE, LOC, FAC) and never as a person: a name of
    several words once ("the United States", "Grand Concourse"), a word alone twice (a
    surname is read as a place now and then: "Sweeny said", tagged GPE once); not a name
    with a given name ("Ada Fisher", tagged FAC) nor one ending in a word the tagger reads
    as a person's ("Le Pen" after "Marine Le Pen"). And a name the document itself calls a
    place or an event ("Sandy Hook was a national tragedy"), however tagged.
    """
    return per_doc(doc, "place_names", _place_names)


def _place_names(doc: Doc) -> frozenset[str]:
    place: Counter[str] = Counter()
    person: Counter[str] = Counter()
    for ent in doc.ents:
        text = ent.text[4:] if ent.text.startswith(("the ", "The ")) else ent.text
        if ent.label_ in PLACE_LABELS:
            place[text] += 1
        elif ent.label_ == "PERSON":
            person[text] += 1
    person_surnames = {name.split()[-1] for name in person}
    names = {
        name
        for name, n in place.items()
        if not person[name]
        and n >= (2 if len(name.split()) == 1 else 1)
        and not _has_given_name(name)
        and name.split()[-1] not in person_surnames
    }
    if not len(doc):
        return frozenset(names)
    # "Sandy Hook was ...": a name subject of "be", picked from the parse's arrays
    array = doc.to_array([POS, DEP])
    subjects = (array[:, 0] == PROPN) & _among(array[:, 1], _ids(SUBJECT_DEPS))
    for i in np.flatnonzero(subjects).tolist():
        token = doc[i]
        if token.head.lemma_ != "be":
            continue
        called = [c for c in token.head.children if c.dep_ == "attr"]
        if any(c.lemma_.lower() in PLACE_EVENT_NOUNS for c in called):
            names.add(Span(doc, _name_run_start(token), token.i + 1).text)
    return frozenset(names)


def _name_run_start(head: Token) -> int:
    """Where the run of proper nouns that ends at ``head`` begins ("Sandy Hook")."""
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].head == head:
        start -= 1
    return start


def descriptor_read_as_subject(head: Token) -> bool:
    """``Tennis great Ann Ray recalled ...``: the parser made the descriptor before a name a
    second subject of the name's verb; the name the tagger reads as a person's is the one
    subject, the capitalised word before it describes her (a field, a place, a team)."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or head.dep_ not in SUBJECT_DEPS:
        return False
    return any(
        other.i > head.i
        and other.dep_ in SUBJECT_DEPS
        and other.ent_type_ == "PERSON"
        and other.left_edge.i == head.i + 1  # the name's phrase starts right after the word
        for other in head.head.children
    )


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
    # "The Example Group's CEO, Kim Stone": a title the tagger read as a name (not the
    # surname closing a person's name: "Ann King, Republican of Ohio," is King's note)
    title = is_title_word(head)
    if not title and (
        described.kind is not EntityKind.UNNAMED or head.pos_ != "NOUN" or not described.personal
    ):
        return described
    apposed = [
        c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not is_party_note(c)
    ]
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        apposed.append(head.head)
    given = name_given(head)
    if given is not None:
        apposed.append(given)  # "the station chief known as Rafe", "a worker named Tom Bell"
    if described.plural and not title and not any(_listed_with_and(a) for a in apposed):
        # "three economists -- Ann Ray at Yale, Tom Bell at Duke ...": a plural apposed to one
        # name (or to a list the parse broke) is the group, not that one of them; a list
        # joined with "and" is the group :func:`~quotebase.extract.coref.people_groups` finds
        return described
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


def is_title_word(token: Token) -> bool:
    """A title the tagger read as a name ("the Example Group's CEO", "Gov."), not the
    surname closing a person's name that is written like one ("Ann T. King", "Tom Bishop":
    the run of name words before it is tagged a person's)."""
    if token.pos_ != "PROPN" or token.text.lower().rstrip(".") not in NAME_TITLES:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return not (
        token.ent_type_ == "PERSON"
        and before is not None
        and before.pos_ == "PROPN"
        and before.head == token
        and before.ent_type_ == "PERSON"
    )


def is_party_note(token: Token) -> bool:
    """A party's member apposed to a name as a note on it ("Ann Ray, Democrat of Ohio,",
    "Tom Bell, Republican of Texas,"): it describes the name, and names no one itself."""
    return token.dep_ == "appos" and token.lower_ in PARTY_NOTE_WORDS


def _listed_with_and(name_head: Token) -> bool:
    """Whether a name stands in a list joined with "and" ("Ann Ray, Tom Bell and Kim Lu")."""
    members = [name_head, *name_head.conjuncts]
    return len(members) > 1 and any(
        c.dep_ == "cc" and c.lower_ == "and" for m in members for c in m.children
    )


# A middle initial: "Ann B. Ray".
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


# Pure and asked for every mention: computed once per distinct name.
@lru_cache(maxsize=65536)
def _has_given_name(name: str) -> bool:
    """Whether a name shows a given name before its surname: a known one ("Carly Fiorina"),
    one of a hyphenated pair ("Ann-Sofie Ray"), or any before a middle initial ("Tobin B.
    Ray": organisations carry no middle initial)."""
    written = name.split()
    words = [w.lower().rstrip(".") for w in written]
    if len(words) < 2:
        return False
    if any(part in GIVEN_NAMES for w in words[:-1] for part in w.split("-")):
        return True
    return (
        len(written) == 3
        and _MIDDLE_INITIAL.fullmatch(written[1]) is not None
        and written[0][:1].isupper()
        and _MIDDLE_INITIAL.fullmatch(written[0]) is None
        and written[2][:1].isupper()
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
    """The surnames of the names written with a given name ("Carly Fiorina" -> "fiorina").

    A body named after a person ("the Ann Ray Foundation", tagged an organisation) shows a
    given name but ends in no surname: only a name of a person's shape counts.
    """
    return frozenset(
        surname_of(m.name)
        for m in mentions
        if _has_given_name(m.name)
        and (
            m.kind is EntityKind.PERSON
            or (m.kind is EntityKind.ORGANIZATION and is_person_name(m.name))
        )
    )


# Pure and asked for every mention: computed once per distinct name.
@lru_cache(maxsize=65536)
def surname_of(name: str) -> str:
    """The last word of a name, without a possessive: "Hillary Clinton's" -> "clinton"."""
    words = name.split()
    if not words:
        return ""
    last = words[-1].lower()
    for ending in POSSESSIVE_ENDINGS:
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
    mentions = [_with_gender(m, _surname_gender(m.name, fulls, m.gender)) for m in mentions]
    seen: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind is EntityKind.PERSON and m.gender is not None:
            seen.setdefault(surname_of(m.name), set()).add(m.gender)
    shared = {surname: genders.pop() for surname, genders in seen.items() if len(genders) == 1}
    return [
        _with_gender(m, shared[surname_of(m.name)])
        if m.gender is None
        and m.kind is EntityKind.PERSON
        and surname_of(m.name) in shared
        and not name_key(m.name).is_full
        else m
        for m in mentions
    ]


def _with_gender(mention: PersonMention, gender: str | None) -> PersonMention:
    """``mention`` with ``gender`` (itself when it has that gender already: no copy)."""
    return mention if mention.gender == gender else replace(mention, gender=gender)


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


# Pure and asked for every mention: computed once per distinct name.
@lru_cache(maxsize=65536)
def _is_given_name(name: str) -> bool:
    """A name written as a known given name alone ("Hillary"), not a surname."""
    words = name.split()
    low = words[-1].lower() if words else ""
    return len(words) == 1 and low in GIVEN_NAMES
