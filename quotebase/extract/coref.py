"""Rule-based pronoun and description resolution over the mentions of a parsed ``Doc``.

Resolution is deliberately simple and local: a pronoun speaker is the nearest preceding
compatible person mention, preferring the previous quote's speaker and main-clause subjects;
an object pronoun is never its own clause's subject (``Crocker recalled him saying``). The
mentions themselves are built in :mod:`quotebase.extract.mentions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotebase.extract.cues import SPEECH_NOUNS, is_cue_verb
from quotebase.extract.descriptions import named_before, title_holders
from quotebase.extract.mentions import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    IMPERSONAL_NOUNS,
    PERSON_NOUNS,
    POSSESSIVE_ENDINGS,
    QUOTE_MARKS,
    REPORTED_DEPS,
    SUBJECT_DEPS,
    PersonMention,
    _full_name_genders,
    _is_given_name,
    _surname_gender,
    gender_of,
    is_according_source,
    is_person_like,
    mention_of,
    noun_phrase_bounds,
    pronoun_gender,
    surname_of,
)
from quotebase.extract.name_tables import (
    FEMALE_NOUNS,
    MALE_NOUNS,
)
from quotebase.extract.names import cluster_names, name_key, same_person
from quotebase.extract.pronouns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    PLURAL_PRONOUNS,
)
from quotebase.extract.records import EntityKind, Mention


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
    gender = pronoun_gender(low)
    if gender is None:
        # "Warren said": a surname the document gives in full takes that full name's gender
        fulls = _full_name_genders(known) if len(name.split()) == 1 else {}
        gender = _surname_gender(name, fulls, gender_of(name.split()))
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
    if generic_they(pronoun):
        return None
    quoted = quoted_plural_subject(pronoun)
    if quoted is not None:
        return quoted
    groups: list[PersonMention] = []
    if pronoun.text.lower() in PLURAL_PRONOUNS:
        # "Ann Ray and Tom Bell ... they": the people named together, in place of each one
        found_groups = people_groups(pronoun, candidates, window)
        members = {t for _, tokens in found_groups for t in tokens}
        groups = [group for group, _ in found_groups]
        kept = [c for c in candidates if c.token not in members]
        candidates = sorted(kept + groups, key=lambda c: c.token)
    found = _answerer(pronoun, candidates) or _antecedent(
        pronoun, candidates, exclude_names, window
    )
    if found is None:
        return None
    if any(found is group for group in groups):
        return found  # named after its members already
    titled = named_by_title(found, candidates, pronoun.doc)
    varied = named_by_variation(titled, pronoun, candidates)
    varied = named_by_description(varied, pronoun, candidates)
    return with_full_name(varied, pronoun, candidates)


def people_groups(
    pronoun: Token, candidates: list[PersonMention], window: int = 400
) -> list[tuple[PersonMention, frozenset[int]]]:
    """The groups of people named together before a plural pronoun, with their members.

    "Ann Ray and Tom Bell", "She and her defenders", "Democrats and Republicans": a
    coordination with "and" of people (names, person descriptions, "he" or "she") is one
    antecedent for "they", named after its members ("Ann Ray and Tom Bell", "Ann Ray and
    her defenders": a "she" among them under the name it resolves to). A group is no person
    of its own: it is an unnamed speaker, described by its members' names in its document.
    A coordination with a body ("Ann Ray and the county"), a writing, a narrator's "I" or
    "we", or a word that is no mention is no group of people.

    Args:
        pronoun: A plural pronoun.
        candidates: The document's mentions in text order.
        window: How far back to look, in tokens.

    Returns:
        Each group's mention (at its first member's head, with that member's role) and the
        token indices of its members, in text order.
    """
    doc = pronoun.doc
    at: dict[int, PersonMention] = {}
    for c in candidates:
        at.setdefault(c.token, c)  # the collected mention before a remembered speaker
    groups: list[tuple[PersonMention, frozenset[int]]] = []
    for token in doc[max(0, pronoun.i - window) : pronoun.i]:
        if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
            continue
        members = sorted([token, *token.conjuncts], key=lambda t: t.i)
        joined = any(
            c.dep_ == "cc" and c.text.lower() == "and" for m in members for c in m.children
        )
        if not joined or members[-1].i >= pronoun.i:
            continue
        names = [_member_name(m, at, candidates) for m in members]
        if any(name is None for name in names):
            continue
        first = at.get(token.i) or mention_of(token)
        last = members[-1]
        end = at[last.i].mention.end if last.i in at else last.idx + len(last)
        start = min(first.mention.start, token.idx)
        written = [n for n in names if n is not None]
        name = written[0] if len(written) == 1 else ", ".join(written[:-1]) + " and " + written[-1]
        group = PersonMention(
            Mention(doc.text[start:end], start, end),
            name,
            EntityKind.UNNAMED,
            token.i,
            first.is_subject,
            first.is_main_subject,
            None,
            plural=True,
        )
        groups.append((group, frozenset(m.i for m in members)))
    return groups


def _member_name(
    member: Token, at: dict[int, PersonMention], candidates: list[PersonMention]
) -> str | None:
    """The name a member of a group of people goes by, or None when it is no person."""
    low = member.text.lower()
    if member.pos_ == "PRON":
        if low not in MALE_PRONOUNS | FEMALE_PRONOUNS:
            return None  # "we", "you and I", "they and others": no group of named people
        found = resolve_pronoun(member, candidates)
        return found.name if found is not None else member.text
    mention = at.get(member.i)
    if mention is None:
        # "She and her defenders": a noun owned by a person (a pronoun or a name) is the
        # people around them, whatever the noun
        owned = any(
            c.dep_ == "poss" and (c.text.lower() in MALE_PRONOUNS | FEMALE_PRONOUNS or c.i in at)
            for c in member.children
        )
        if member.pos_ != "NOUN" or not owned or member.lemma_.lower() in IMPERSONAL_NOUNS:
            return None
        start, end = noun_phrase_bounds(member)
        return member.doc[start:end].text
    if _is_document(member.doc, mention):
        return None
    if mention.kind is EntityKind.PERSON:
        return with_full_name(mention, member, candidates).name
    if mention.kind is EntityKind.UNNAMED and mention.personal:
        return mention.name  # "his partner", "her defenders", "Democrats"
    return None


# Words that count people: the subject "a lot of voters" stands for the voters.
QUANTITY_WORDS = frozenset({"lot", "number", "majority", "most", "many", "some", "all", "half"})


def quoted_plural_subject(pronoun: Token) -> PersonMention | None:
    """The people a ``they`` inside a quotation refers to in the quoted words themselves.

    "“Those men will say anything - they are not worried about the facts,” Ray said": the
    speaker's own plural subject before the pronoun, in its sentence and inside the same
    quotation, is the antecedent; the mentions the other rules choose from stand outside
    quotation marks (the writer's), never inside the speaker's words.

    Args:
        pronoun: A pronoun, in a parse with sentence boundaries.

    Returns:
        The subject's mention, or None when the pronoun is no plural inside a quotation or
        its quoted sentence names no people as a subject before it.
    """
    doc = pronoun.doc
    if (
        pronoun.lower_ not in PLURAL_PRONOUNS
        or not doc.has_annotation("SENT_START")
        or not _quoted_at(doc, pronoun.i)
    ):
        return None
    for token in reversed(doc[pronoun.sent.start : pronoun.i]):
        if token.is_quote or token.text in QUOTE_MARKS:
            return None  # the quotation opens here: what stands before is no one's words
        if token.dep_ not in SUBJECT_DEPS or token.pos_ == "PRON":
            continue
        if token.lemma_.lower() in QUANTITY_WORDS:
            # "a lot of these voters", "most of the donors": the people counted
            counted = [g for c in token.children if c.lower_ == "of" for g in c.children]
            token = next((g for g in counted if g.dep_ == "pobj"), token)
        if (
            token.tag_ in ("NNS", "NNPS")
            and token.ent_type_ != "PERSON"
            and (is_person_like(token) or token.lemma_.lower() in GROUP_NOUNS)
        ):
            return replace(mention_of(token), plural=True)
    return None


def generic_they(pronoun: Token) -> bool:
    """``As they say``, ``as they like to say``: the saying's "they" is people at large.

    The idiom quotes common wisdom, not anyone the text has named; its "they" stays an
    unnamed speaker of the document. A past "as they said" reports someone, and so does any
    other verb ("as they put it").
    """
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pronoun.head
    if verb.lemma_ == "like":
        said = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "say"]
        if not said:
            return False
    elif verb.lemma_ != "say":
        return False
    return verb.tag_ == "VBP" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


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
        and not excluded(c.name, exclude_names)
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
        if sentence is not None
        and sentence.start <= c.token < sentence.end
        and (c.is_subject or fronted_topic(pronoun.doc[c.token]))
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
    if (
        sentence is not None
        and pronoun.text.lower() in PLURAL_PRONOUNS
        and not _quoted_at(pronoun.doc, pronoun.i)
    ):
        recent = _plural_antecedent(pronoun, before)
        if recent is not None:
            return recent
    if (
        sentence is not None
        and pronoun.lower_ in NEUTER_PRONOUNS
        and not _quoted_at(pronoun.doc, pronoun.i)
    ):
        # (inside someone's quotation an "it" is of their words, not of the writer's)
        recent = _neuter_antecedent(pronoun, before)
        if recent is not None:
            return recent
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
    sender = _sender_of_writing(pronoun, before)
    if sender is not None:
        return sender
    # the most recent main-clause subject (or earlier speaker) is the default antecedent
    mains = [c for c in before if c.is_main_subject or fronted_topic(pronoun.doc[c.token])]
    subjects = [c for c in before if c.is_subject]
    if mains and pronoun.i - mains[-1].token <= window // 2:
        # "..., with Ann Ray, who has called for a tax, attacking the plan": a person of the
        # pronoun's gender whom the writer introduces as the subject of a relative clause
        # acts in the sentence too
        gender = pronoun_gender(pronoun.text)
        actors = [
            c
            for c in before
            if c.is_subject
            or (
                gender is not None
                and c.gender == gender
                and _subject_of_relative(pronoun.doc[c.token])
            )
        ]
        later = actors[-1] if actors else None
        if later is not None and _reported_past(later, mains[-1], pronoun):
            return later
        chosen = _fronted_over_subject(mains[-1], pronoun, before)
        return (
            _named_since_other_gender(chosen, pronoun, candidates, before)
            or _named_since_gendered_by_pronoun(chosen, pronoun, candidates, before)
            or _named_in_subjectless_sentence(chosen, pronoun, before)
            or _named_over_description(chosen, pronoun, before)
            or chosen
        )
    if subjects:
        return subjects[-1]
    return before[-1]


def _in_two_sentences(pronoun: Token, before: list[PersonMention]) -> list[PersonMention]:
    """The mentions of ``before`` in the pronoun's own sentence and the one before it."""
    start = pronoun.sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    return [c for c in before if c.token >= start]


def _neuter_antecedent(pronoun: Token, before: list[PersonMention]) -> PersonMention | None:
    """What an ``it`` refers to in its own sentence or the one before, if anything there can.

    "The group sent a letter to Congress. “...,” it read": a thing or a body just named is
    the antecedent, not a subject of a paragraph long before ("the crowd"). A subject among
    them comes first, then a writing ("the letter", "his website"), then the nearest.

    Args:
        pronoun: The ``it`` (or ``its``) token, in a parse with sentence boundaries.
        before: The compatible mentions before it, in text order.

    Returns:
        The antecedent, or None when nothing in the two sentences can be one.
    """
    recent = _in_two_sentences(pronoun, before)
    if not recent:
        return None
    subjects = [c for c in recent if c.is_subject]
    if subjects:
        return subjects[-1]
    writings = [c for c in recent if _is_document(pronoun.doc, c)]
    return writings[-1] if writings else recent[-1]


def _plural_antecedent(pronoun: Token, before: list[PersonMention]) -> PersonMention | None:
    """What a ``they`` refers to in its own sentence or the one before, if anything there can.

    "The deal drew fire from Democrats and Republicans. They called it ...": with no
    subject there that can be "they", the people just named are the antecedent, not a
    subject of a paragraph long before ("companies"). A main clause's subject among them
    comes first, then any subject ("The newspaper writes that it backs a plan voters
    dislike. “...,” they conclude": the paper); a body or a thing named in another role is
    no "they" that speaks.

    Args:
        pronoun: The plural pronoun, in a parse with sentence boundaries.
        before: The compatible mentions before it, in text order.

    Returns:
        The antecedent, or None when nothing in the two sentences can be one.
    """
    recent = _in_two_sentences(pronoun, before)
    # the main clause's subject over one of a clause below ("the system that voters want")
    subjects = [c for c in recent if c.is_main_subject] or [c for c in recent if c.is_subject]
    if subjects:
        return subjects[-1]
    people = [
        c for c in recent if c.plural and c.personal and c.kind is not EntityKind.ORGANIZATION
    ]
    return people[-1] if people else None


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


# Verbs whose "from" or "by" names the writer of what they carry: "a note sent from Ann Ray".
SENDING_LEMMAS = frozenset({"send", "write", "forward", "pen", "author", "draft"})


def _sender_of_writing(pronoun: Token, before: list[PersonMention]) -> PersonMention | None:
    """The one person the sentence before names as the sender of a writing, for "she wrote".

    "Ann Ray forwarded notes sent from her friend Lena Dunn. “I feel ...,” she writes":
    what someone writes, after a sentence about a writing sent from (or written by) a
    person, is that person's words, not those of the subject who received or passed them on.

    Args:
        pronoun: A gendered subject pronoun of "write".
        before: The compatible mentions before it.

    Returns:
        The sender's mention, or None when the rule does not apply.
    """
    doc = pronoun.doc
    gender = pronoun_gender(pronoun.text)
    if (
        gender is None
        or pronoun.dep_ not in SUBJECT_DEPS
        or pronoun.head.lemma_.lower() != "write"
        or not doc.has_annotation("SENT_START")
    ):
        return None
    start = pronoun.sent.start
    # the last mention before the pronoun's sentence outside quotation marks, in its
    # paragraph or the one before (read from the end: whether a mention is quoted costs a
    # scan of its paragraph)
    text = doc.text
    reach = text.rfind("\n", 0, max(0, text.rfind("\n", 0, pronoun.idx))) + 1
    last = None
    for c in reversed(before):
        if doc[c.token].idx < reach:
            return None
        if c.token < start and not _quoted_at(doc, c.token):
            last = c
            break
    if last is None:
        return None
    sentence = doc[last.token].sent
    senders = [
        c
        for c in before
        if sentence.start <= c.token <= last.token
        and c.kind is EntityKind.PERSON
        and c.gender in (None, gender)
        # a name the tagger knows ("from Undersecretary for Trade Ann Ray": not the title)
        and doc[c.token].ent_type_ == "PERSON"
        and _named_as_sender(doc[c.token])
        and not _quoted_at(doc, c.token)
    ]
    people = set(cluster_names([c.name for c in senders]).values())
    return senders[-1] if len(people) == 1 else None


def _named_as_sender(head: Token) -> bool:
    """ "sent from Ann Ray", "written by her aide, Ann Ray", "an email from Ann Ray"."""
    node = head.head if head.dep_ == "appos" else head
    prep = node.head
    carrier = prep.head
    if node.dep_ != "pobj" or prep.lower_ not in ("from", "by"):
        return False
    return carrier.lemma_.lower() in SENDING_LEMMAS or (
        carrier.pos_ == "NOUN" and carrier.lemma_.lower() in DOCUMENT_NOUNS
    )


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


def _named_over_description(
    chosen: PersonMention, pronoun: Token, before: list[PersonMention]
) -> PersonMention | None:
    """A named person of the pronoun's gender over a description that does not show one.

    "A campaign aide said Ann Ray misspoke. The remark echoed her earlier claim": the aide
    may be a man or a woman; the woman named as a subject in the aide's sentence (not in
    the description's own words) is the one a "her" that says nothing goes on about, and so
    is a woman named in the paragraph of a description that is only a source ("according
    to an aide"). Only for a pronoun that does not itself speak: "A campaign aide said Ann
    Ray misspoke. “...,” she said" is the aide speaking on.

    Args:
        chosen: The main subject the default rule picked.
        pronoun: A gendered pronoun.
        before: The compatible mentions before the pronoun.

    Returns:
        The last such person of the pronoun's gender before the pronoun, or None when the
        rule does not apply.
    """
    gender = pronoun_gender(pronoun.text)
    doc = pronoun.doc
    if (
        gender is None
        or chosen.kind is not EntityKind.UNNAMED
        or chosen.gender is not None
        or doc[chosen.token].pos_ == "PRON"
        or not doc.has_annotation("SENT_START")
    ):
        return None
    verb = pronoun.head
    if pronoun.dep_ in SUBJECT_DEPS and (is_cue_verb(verb) or verb.lemma_ in ("tell", "ask")):
        return None  # "“...,” she said": whoever was speaking goes on
    head = doc[chosen.token]
    sentence = head.sent
    # "..., according to a campaign official": a source, not the paragraph's topic
    source = is_according_source(head)
    start = doc.text.rfind("\n", 0, chosen.mention.start) + 1
    named = [
        c
        for c in before
        if c.kind is EntityKind.PERSON
        and c.gender == gender
        and doc[c.token].pos_ != "PRON"
        # "A president who ordered the raid that killed Tom Bell": no one named in the
        # description's own words
        and not head.is_ancestor(doc[c.token])
        and (
            (c.is_subject and sentence.start <= c.token < sentence.end)
            or (source and c.mention.start >= start)
        )
    ]
    return named[-1] if named else None


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
    start = pronoun.sent.start
    earlier = [c for c in before if c.token < start and doc[c.token].pos_ != "PRON"]
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
    # the paragraph's tokens, not the document's text (which spaCy joins at each asking)
    start = i - 1
    while start >= 0 and "\n" not in doc[start].text:
        start -= 1
    return _inside_quote_text(doc[start + 1 : i].text)


def _inside_quote_text(text: str) -> bool:
    """Whether the end of ``text`` stands inside quotation marks opened in it."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _subject_of_relative(head: Token) -> bool:
    """Whether a named person heads a relative clause of which "who" is the subject.

    "Sen. Ann Ray, who chairs the panel": the clause says what the person does, as a
    subject of the sentence would.
    """
    return (
        head.pos_ == "PROPN"
        and head.ent_type_ == "PERSON"
        and any(
            c.dep_ == "relcl"
            and any(g.dep_ in SUBJECT_DEPS and g.lower_ == "who" for g in c.children)
            for c in head.children
        )
    )


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


def named_by_title(
    found: PersonMention, candidates: list[PersonMention], doc: Doc | None = None
) -> PersonMention:
    """A definite description of an office stands for the person named earlier with its title.

    "Ohio Gov. John Kasich ... the Ohio governor ... he": the description's office
    (governor) is the title written before an earlier name; among several such people the
    one whose mention shares the description's other words (Ohio); several left, none.

    Args:
        found: The antecedent chosen for a pronoun.
        candidates: The document's mentions in text order.
        doc: The parsed document, for a plural title shared by names ("Sens. Ann Ray and
            Tom Bell"); without it, only titles written in each mention count.

    Returns:
        ``found`` under that person's name, or unchanged when it is not a definite
        description of an office or no earlier name carries the title.
    """
    words = found.name.split()
    if found.kind is not EntityKind.UNNAMED or len(words) < 2 or words[0].lower() != "the":
        return found
    titled = title_holders(found, candidates, doc)
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
        for c in named_before(found, candidates, doc)
        if gender is None or c.gender in (None, gender)
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
    word = doc[found.token]
    # "the Ohio Republican" (a place's words before the party: a description, see
    # :func:`~quotebase.extract.mentions.described_not_named`), or a party read as a name
    placed = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in word.children)
    party = party_description(word) and (
        found.kind is EntityKind.PERSON or (found.kind is EntityKind.UNNAMED and placed)
    )
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
    # "presumptive nominee Tom Bell ... Ann Ray tweeted ... the nominee's plan": the person
    # named with the description's own role noun, over a later subject named without it
    role = doc[found.token].lower_
    titled = [
        c
        for c in named
        if role in (w.lower().strip(".,") for w in c.mention.text.split()[:-1])
        and not _named_in_other_role(c, candidates, found.token)
    ]
    chosen = (titled or fits or leading or named)[-1:]
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


def owners_named(words: Sequence[Token]) -> frozenset[str]:
    """The people some words name as owners of something ("Senator Ray's plan").

    A speaker does not call themselves by their own name's possessive ("“Ray's plan can
    win,” he said": he is someone other than Ray), so a pronoun that speaks such words is
    not that person.

    Args:
        words: The tokens of what is said.

    Returns:
        The names (surname last) of the proper names given a possessive ending.
    """
    names = set()
    for token in words:
        if token.pos_ == "PROPN" and any(
            c.dep_ == "case" and c.lower_ in POSSESSIVE_ENDINGS for c in token.children
        ):
            names.add(token.text)
    return frozenset(names)


def excluded(name: str, exclude_names: frozenset[str]) -> bool:
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
