"""Matching a cue to its speaker: :func:`match_cue` reads the speaker, the relays (X told Y
that Z said) and the cue text off a cue verb or an ``according to``, climbing through clauses
that share their subject, passive agents, participles and appositions; with the
:class:`CueMatch` record every rule returns and the ``Allowed`` test that keeps a speaker out
of the quote itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from quotebase.extract.cues import (
    PARTICIPLE_CUES,
    RECALL_LEMMAS,
    is_according,
    is_cue_verb,
    per_source,
    words_of_source,
)
from quotebase.extract.frames import DASHES, NOUN_MODIFIER_DEPS, REPORTED_CLAUSE_DEPS
from quotebase.extract.mentions import GROUP_NOUNS, SUBJECT_DEPS, is_person_like
from quotebase.extract.names import TITLES
from quotebase.extract.pronouns import RELATIVE_PRONOUNS
from quotebase.extract.speakers import (
    _is_person_subject,
    _names_someone,
    someones_body,
    speaker_kind,
)

# Clauses whose own subject is missing and is shared with the verb they hang off.
SUBJECT_SHARING_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep"})
# Verbs of showing whose object is seen doing what a participle says: showed Ray saying.
SHOWING_LEMMAS = frozenset({"show", "hear", "see", "depict", "feature", "capture", "catch"})
# Verbs whose object is the addressee of a message: emailed supporters saying.
MESSAGING_LEMMAS = frozenset({"email", "e-mail", "text", "message", "tweet", "write", "mail"})

# Verbs that give a name, whose passive participle follows the noun named: a plan called “...”.
NAMING_LEMMAS = frozenset({"call", "name", "dub", "label", "title", "nickname", "brand"})

Allowed = Callable[[Token], bool]

# Clauses climbed from a verb to the subject it shares; a participle of saying climbs one more,
# as "Ray cut back, turning to the race and admitting that ..." nests a report in a chain of
# participles.
SUBJECT_CLIMB = 4


def _anything(token: Token) -> bool:
    return True


def object_controller(verb: Token, allowed: Allowed | None = None) -> Token | None:
    """``prompted the group to state``, ``urged Ray to issue a statement``: the object of the
    verb that governs an infinitive clause, who does that clause's deed."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    ok = allowed or _anything
    return next(
        (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and ok(c)), None
    )


@dataclass(frozen=True)
class CueMatch:
    """A cue and the token standing for its speaker (before pronoun resolution)."""

    cue_text: str
    cue_start: int
    cue_end: int
    speaker: Token | None
    relays: tuple[Token, ...] = ()
    rule: str = ""


def _subject(verb: Token, allowed: Allowed | None = None) -> Token | None:
    """The subject of a cue verb, climbing through clauses that share their subject.

    ``allowed`` says which tokens may be the subject (not those inside the quote itself).
    """
    ok = allowed or _anything
    cue = is_cue_verb(verb)
    participle = verb.tag_ == "VBG"
    for step in range(SUBJECT_CLIMB + 1 if cue and participle else SUBJECT_CLIMB):
        if not ok(verb):
            return _subject_of_quoted_root(verb, ok) if step > 0 else None
        if step == 0 and (agent := _for_subject(verb)) is not None and ok(agent):
            return agent
        if step > 0 and participle and _scene_of_a_thing(verb):
            # "He sent an email as the meeting began, vowing ...": a participle the parser
            # hung off a clause that sets the scene with a thing for subject goes on with
            # the clause that clause is hung off
            verb = verb.head
            continue
        if step == 0 and (
            any(c.dep_ == "agent" for c in verb.children) or _subjectless_participle(verb)
        ):
            # "The county, called the “...” by residents, leans ...": the parser's "by"
            # agent marks a passive even where it read the noun before as an active subject
            agent = _passive_agent(verb)
            if agent is not None and ok(agent) and _names_someone(agent):
                return agent
        # "His verdict: “...,” he said": a verb parsed with two subjects has the nearer one
        children = sorted(verb.children, key=lambda c: abs(c.i - verb.i))
        for child in children:
            if not ok(child):
                continue
            # the agent speaks for the cue itself only: in "X was joined by Y and joked",
            # the clause "joked" shares its subject X, not the agent
            if child.dep_ == "nsubjpass" and step == 0:
                # passive: "was told by X", "was described by X as" -> the agent speaks (a
                # quoted person, "was quoted by X", is taken first by match_cue)
                agent = _passive_agent(verb)
                if agent is not None:
                    return agent
            if child.dep_ in SUBJECT_DEPS:
                # "Trump, who said ..." -> the relative pronoun stands for its head noun
                if child.text.lower() in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head
                if _cannot_be_subject(child):
                    # "Of Bell, Ray said", "Sunday at the rally Ray said": a preposition or
                    # a date the parser made the subject; the person named in it speaks
                    named = _person_in_misread_subject(child, verb)
                    if named is not None and ok(named):
                        return named
                    continue
                return child
        if step == 0 and verb.tag_ in ("VBD", "VBZ", "VBN"):
            # "Will described it as ...": a modal never comes before a past or present tense
            # verb, nor right before a participle, so a capitalised one there is a name the
            # tagger misread
            for child in verb.children:
                capitalised = child.text[:1].isupper() and child.i < verb.i
                if verb.tag_ == "VBN" and child.i != verb.i - 1:
                    continue
                if child.dep_ == "aux" and child.tag_ == "MD" and capitalised and ok(child):
                    return child
        if step == 0 and (verb.tag_ == "VBN" or _subjectless_participle(verb)):
            # "Asked by Lee whether ...", "the plan, called a “...” by the mayor", "a bill
            # described as “...” by critics": a participle's agent is its speaker (the
            # tagger may read a participle with no subject or object as a past tense)
            pobj = _passive_agent(verb)
            if pobj is not None and ok(pobj) and _names_someone(pobj):
                return pobj
        noun = verb.head
        if (
            verb.dep_ == "acl"
            and noun.dep_ == "pobj"
            and noun.pos_ == "NOUN"
            and not is_person_like(noun)
            and speaker_kind(noun) != "text"
            and noun.head.dep_ == "prep"
            and noun.head.head.pos_ in ("VERB", "AUX")
        ):
            # "she fought the board, at one point calling it ...": a participle hung off a
            # circumstance (a time, a place) shares the subject of the clause around it
            verb = noun.head.head
            continue
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and noun.dep_ == "dobj"
            and noun.pos_ == "NOUN"
            and not is_person_like(noun)
            and speaker_kind(noun) != "text"
            and noun.head.pos_ in ("VERB", "AUX")
        ):
            # "he rejected the idea that ..., saying ...", "a post showed three photos telling
            # ...": a participle after an object that cannot speak is the clause subject's
            verb = noun.head
            continue
        if (
            verb.dep_ == "acl"
            and verb.tag_ in ("VBN", "VBD")
            and verb.lemma_.lower() in NAMING_LEMMAS
            and noun.dep_ in ("dobj", "pobj")
            and _cannot_speak(noun)
        ):
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                noun = noun.head
            if noun.dep_ not in ("dobj", "prep") or noun.head.pos_ not in ("VERB", "AUX"):
                break
            # "they slammed a loophole called “...”": a thing named by a passive participle
            # is what the name is given to, not who gives it; the clause's subject uses it
            verb = noun.head
            continue
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in MESSAGING_LEMMAS
            and speaker_kind(noun) != "text"
        ):
            # "she emailed supporters saying ...": the addressees of a message do not speak
            verb = noun.head
            continue
        named = _subject_read_as_object(verb) if step == 0 else None
        if named is not None and ok(named):
            # "the Ledger will call him a liar and the Courier will accuse him of ...": the
            # second clause's subject, read as a second object of the first
            return named
        named = _subject_after_object_relative(verb) if step == 0 else None
        if named is not None and ok(named):
            # "Bell, who Ray on Monday called “...”": the name after the object "who"
            return named
        if verb.dep_ in NOUN_MODIFIER_DEPS and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "a statement saying", "Trump, adding ..."
            return verb.head
        obj = object_controller(verb, ok) if cue else None
        if obj is not None and _is_person_subject(obj):
            # "prompted the group to state": the object of the governing verb speaks
            return obj
        if verb.dep_ in SUBJECT_SHARING_DEPS and verb.head.i != verb.i:
            # "..., saying", "and added": the subject of the governing clause
            clause = verb.head
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and _set_scene(clause):
                # "Ray said so after Bell won, remarking ...": a participle after a clause
                # that sets the scene of a report goes on with the report (not in "Ray was
                # home when Bell called, saying ...")
                clause = clause.head
            if _aside_before(verb, clause):
                # "marched around the stadium - where the team played - chanting ...": the
                # participle goes on with the sentence, not with the aside in dashes (with
                # the verb of the noun the aside describes: "went to the podium - where ...")
                clause = clause.head
                for _ in range(3):
                    if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
                        break
                    clause = clause.head
            verb = clause
            continue
        if (
            step > 1
            and participle
            and verb.dep_ in ("acomp", "advmod")
            and verb.pos_ in ("ADJ", "ADV")
            and verb.head.pos_ == "AUX"
        ):
            # "Ray is keen on telling ...", "was back to boasting about ...": a gerund after
            # an adjective or adverb of the copula shares the copula's subject
            verb = verb.head
            continue
        if step > 0 and verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            # "she made a habit of saying": a gerund after the object shares the verb's subject
            verb = verb.head
            continue
        break
    return None


def _subject_read_as_object(verb: Token) -> Token | None:
    """``the Ledger will call him a liar and the Courier will accuse him``: a second clause
    joined by "and" whose subject the parser joined to the first clause's object instead.

    The verb has no subject but an auxiliary of its own, and the noun right before that
    auxiliary is a conjunct of a word of the first clause.
    """
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    if not auxiliaries or any(
        t.dep_ not in ("aux", "neg") for t in verb.doc[auxiliaries[0].i : verb.i]
    ):
        return None
    noun = verb.doc[auxiliaries[0].i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj":
        return None
    if not verb.head.i < noun.head.i < noun.i or not verb.head.is_ancestor(noun):
        return None
    return noun


def _for_subject(verb: Token) -> Token | None:
    """``it is common for reporters to call it “...”``: the object of the "for" right
    before an infinitive is its subject, wherever the parser hung the phrase."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if (
        to is None
        or to.i != verb.i - 1
        or to.i == 0
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return None
    before = verb.doc[to.i - 1]
    if before.dep_ != "pobj" or before.head.lower_ != "for" or before.head.i < verb.i - 8:
        return None
    return before if before.pos_ in ("NOUN", "PROPN", "PRON") else None


def _subject_of_quoted_root(verb: Token, ok: Allowed) -> Token | None:
    """``After saying ..., she was “whisked off”``: a sentence whose main verb stands in a
    quoted fragment still has its subject outside the marks, and a clause hung off that
    verb shares it (the main verb only: a reported clause's words are its reporter's)."""
    if verb.dep_ != "ROOT":
        return None
    subjects = (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i)
    return next((c for c in subjects if ok(c)), None)


def _aside_before(verb: Token, clause: Token) -> bool:
    """``- where the team played - chanting``: the clause a participle hangs off is an aside
    set off by dashes that closes right before the participle."""
    doc = verb.doc
    before = verb.left_edge.i - 1
    if before > 0 and doc[before].dep_ == "cc" and doc[before].head.i == clause.i:
        # "the sign - which read “...” - and waved it": the "and" after the closing dash
        before -= 1
    opening = clause.left_edge.i - 1
    return (
        clause.head.i != clause.i
        and clause.i < verb.i
        and before > opening >= 0
        and doc[before].text in DASHES
        and doc[opening].text in DASHES
        and all(t.text not in DASHES for t in doc[opening + 1 : before])
    )


TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Where a name hangs in a phrase as a modifier, not as the phrase's own head.
NAME_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod", "npadvmod"})


def _cannot_be_subject(token: Token) -> bool:
    """A subject no one can be: a preposition with its object (``Of Bell, Ray said``), a
    date or time (``Saturday at the rally Ray said``) or a hyphenated word's prefix
    (``said co-author Ann Ray``) the parser made the subject of a cue."""
    if token.pos_ == "ADP":
        # with an object of its own (a name alone may be tagged one: "From said")
        return any(c.dep_ == "pobj" for c in token.children)
    if _in_hyphenated_word(token):
        return True  # "said co-author Ann Ray": the prefix of a word split at its hyphen
    return token.ent_type_ in TIME_ENTITIES and token.pos_ in ("PROPN", "NOUN")


def _in_hyphenated_word(token: Token) -> bool:
    """``co`` or ``-`` of ``co-author`` split at its hyphen: a part of a word before its head."""
    doc = token.doc
    if token.whitespace_ or token.i + 1 >= len(doc):
        return False
    if token.text == "-":
        return token.i > 0 and not doc[token.i - 1].whitespace_
    following = doc[token.i + 1]
    return following.text == "-" and not following.whitespace_


def _person_in_misread_subject(subject: Token, verb: Token) -> Token | None:
    """The person a misread subject holds as the head of a phrase before the verb (``Of
    Bell, Ray, who ..., said``: Ray; not Bell, a modifier, nor a name in a relative clause)."""
    found = None
    for token in subject.subtree:
        if token.i >= verb.i or token.dep_ in NAME_MODIFIER_DEPS:
            continue
        if token.ent_type_ != "PERSON" or not _names_someone(token):
            continue
        node = token
        while node.i != subject.i and node.dep_ not in ("relcl", "acl"):
            node = node.head
        if node.i == subject.i:
            found = token
    return found


# Conjunctions of a clause that sets the scene for another (time, cause) rather than report.
SCENE_MARKS = frozenset({"after", "before", "when", "once", "because", "since", "until"})


def _set_scene(clause: Token) -> bool:
    """``said ... after Bell won``: a clause with its own subject, opened by a conjunction of
    time or cause, hung off a verb of saying."""
    return (
        clause.dep_ == "advcl"
        and clause.head.i != clause.i
        and is_cue_verb(clause.head)
        and any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in clause.children)
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


# Verbs by which an event takes its course: "as the meeting began", "when the debate ended".
EVENT_COURSE_LEMMAS = frozenset(
    {"begin", "start", "open", "end", "close", "conclude", "continue", "resume", "unfold", "finish"}
)


def _scene_of_a_thing(clause: Token) -> bool:
    """``as the meeting began``: a clause opened by a conjunction of time, hung off another,
    in which an event (a thing that cannot speak) takes its course."""
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return False
    if clause.lemma_.lower() not in EVENT_COURSE_LEMMAS:
        return False
    if not any(
        c.dep_ == "mark" and c.lower_ in SCENE_MARKS | {"as", "while"} for c in clause.children
    ):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and _cannot_speak(subject)


RELATIVE_REACH = 5  # tokens from a subject to the relative pronoun of its apposition


def _subject_after_object_relative(verb: Token) -> Token | None:
    """``Bell, who Ray on Monday called “...”``: a relative clause whose relative pronoun is
    the object, with the name right after it that the parser did not read as the verb's
    subject (a modifier, or a clause of its own): that name, not the noun the clause
    modifies, speaks."""
    if verb.dep_ not in ("relcl", "acl") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    noun = verb.head
    if noun.i > verb.i:
        return None
    k = noun.i + 1
    while k < verb.i and doc[k].is_punct:
        k += 1
    if k + 1 >= verb.i or doc[k].lower_ not in ("who", "whom", "which", "that"):
        return None
    named = doc[k + 1]
    if named.pos_ not in ("PROPN", "PRON") or named.lower_ in RELATIVE_PRONOUNS:
        return None
    while named.i + 1 < verb.i and doc[named.i + 1].pos_ == "PROPN":
        named = doc[named.i + 1]  # the name's last word
    if any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in doc[named.i + 1 : verb.i]):
        return None
    return named if _is_person_subject(named) else None


def _subject_before_relative(verb: Token, allowed: Allowed | None = None) -> Token | None:
    """``Ray, who chairs the board, said``, parsed with the relative clause as the cue's
    reported clause and the name its subject: that subject, when a relative pronoun follows it
    and the clause stands before the cue."""
    ok = allowed or _anything
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i or not ok(clause):
            continue
        for subject in clause.children:
            if subject.dep_ != "nsubj" or subject.i > clause.i or not ok(subject):
                continue
            if subject.lower_ in RELATIVE_PRONOUNS or subject.pos_ not in ("NOUN", "PROPN"):
                continue
            reach = doc[subject.i + 1 : min(subject.i + 1 + RELATIVE_REACH, verb.i)]
            if reach and reach[0].text == "," and any(t.lower_ in RELATIVE_PRONOUNS for t in reach):
                return subject
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The agent of a passive verb: ``was quoted by X``, and ``was called “...” by X`` where
    the parser hung the "by" phrase off the complement."""
    for agent in verb.children:
        if agent.dep_ == "agent":
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    if _subjectless_participle(verb) and any(c.dep_ == "oprd" for c in verb.children):
        # "..., called the “...” by the citizens, ...": a participle of naming with no
        # subject and no object, whose "by" phrase the parser read as a plain preposition
        found = _by_someone(verb)
        if found is not None:
            return found
    for complement in verb.children:
        if complement.dep_ in ("oprd", "attr"):
            found = _by_someone(complement)
        elif complement.dep_ == "prep" and complement.lower_ == "as":
            # "was described as “...” by X": the "by" phrase hung off what follows "as"
            found = next(filter(None, map(_by_someone, (complement, *complement.children))), None)
        else:
            continue
        if found is not None:
            return found
    return None


def _subjectless_participle(verb: Token) -> bool:
    """A past participle (or one the tagger read as a past tense) with no subject and no
    object of its own: a reduced passive clause. A verb the parser made its subject (an
    opening "Boasting a port, ..., called the “...”") is another clause, not a subject."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    return not any(
        c.dep_ == "dobj" or (c.dep_ in SUBJECT_DEPS and c.pos_ not in ("VERB", "AUX"))
        for c in verb.children
    )


def _by_someone(token: Token) -> Token | None:
    """The object of a "by" phrase hung off ``token``, when it names someone."""
    for by in token.children:
        if by.dep_ == "prep" and by.lower_ == "by":
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
            if pobj is not None and _names_someone(pobj):
                return pobj
    return None


def _clause_with_subject(verb: Token) -> Token:
    """The verb whose subject :func:`_subject` used (for relay detection)."""
    for _ in range(4):
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return verb
        if verb.dep_ in SUBJECT_SHARING_DEPS and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    return verb


def _relays(clause: Token, speaker: Token | None) -> tuple[Token, ...]:
    """Subjects of cue verbs whose reported clause holds this one: X told Y that Z said."""
    found: list[Token] = []
    node = clause
    for _ in range(3):
        if node.dep_ not in REPORTED_CLAUSE_DEPS or node.head.i == node.i:
            break
        outer = node.head
        if not is_cue_verb(outer):
            break
        subject = _subject(outer)
        if subject is not None and (speaker is None or subject.i != speaker.i):
            found.append(subject)
        node = _clause_with_subject(outer)
    return tuple(found)


def match_cue(cue: Token, allowed: Allowed | None = None) -> CueMatch:
    """Read the speaker, relays and cue text off a cue token.

    Args:
        cue: A cue verb, or the "according" of "according to X".

    Returns:
        The match; its speaker is None when the cue has no recoverable subject.
    """
    doc = cue.doc
    source = words_of_source(cue)
    if source is not None:
        # "in the words of X", "in X's view": X is the source, as after "according to"
        last = source.head  # "view" of "in Ray's view", "of" of "in the words of Ray"
        end = last.idx + len(last)
        return CueMatch(doc.text[cue.idx : end], cue.idx, end, source, (), "according")
    source = per_source(cue)
    if source is not None:
        # "per the party's rules": the object of "per" is the source, as after "according to"
        return CueMatch(cue.text, cue.idx, cue.idx + len(cue), source, (), "according")
    if is_according(cue):
        # "according to X": the object of "to" is the source
        to = next((c for c in cue.children if c.text.lower() == "to"), None)
        if to is None and cue.i + 1 < len(doc):
            to = doc[cue.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        end = to.idx + len(to) if to is not None else cue.idx + len(cue)
        return CueMatch("according to", cue.idx, end, source, (), "according")
    quoting = _quoting_verb(cue)
    quoted = _quoted_one(quoting, allowed) if quoting is not None else None
    if quoting is not None and quoted is not None:
        # "the Ledger quoted Ray as saying", "Ray was quoted by the Ledger as saying", "he
        # quoted one analyst": the one quoted speaks, the one quoting passes the words on
        quoter = _quoter(quoting, quoted, allowed)
        start, end = min(cue.idx, quoting.idx), max(cue.idx + len(cue), quoting.idx + len(quoting))
        quoted_relays: tuple[Token, ...] = (quoter,) if quoter is not None else ()
        return CueMatch(doc.text[start:end], start, end, quoted, quoted_relays, "quoted")
    if cue.lemma_.lower() in RECALL_LEMMAS:
        # "X recalled him saying": the object of the recall verb speaks, X relays
        for child in cue.children:
            if child.tag_ == "VBG" and child.lemma_.lower() in PARTICIPLE_CUES | {"say"}:
                inner = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
                if inner is None:
                    inner = next((c for c in cue.children if c.dep_ == "dobj"), None)
                if inner is not None:
                    relay = _subject(cue)
                    text = f"{cue.text} ... {child.text}"
                    recall_relays: tuple[Token, ...] = (relay,) if relay is not None else ()
                    end = child.idx + len(child)
                    return CueMatch(text, cue.idx, end, inner, recall_relays, "recall")
    speaker = (
        _reporter_of_inner_clause(cue, allowed)
        or _participle_after_relative_report(cue, allowed)
        or _participle_after_text_report(cue, allowed)
        or _participle_subject(cue, allowed)
        or _participle_after_clause(cue, allowed)
        or _subject(cue, allowed)
        or _subject_before_relative(cue, allowed)
    )
    if speaker is None:
        speaker = _adjacent_nominal(cue)
        if speaker is not None and allowed is not None and not allowed(speaker):
            speaker = None
    elif speaker.head.i == cue.i:
        interjected = _interjected_subject(cue, speaker)
        if interjected is not None and (allowed is None or allowed(interjected)):
            speaker = interjected
    relays = _relays(_clause_with_subject(cue), speaker)
    quoting = next((c for c in cue.children if _is_quoting_participle(c)), None)
    quoted = _quoted_one(quoting, allowed) if quoting is not None else None
    if quoted is not None and speaker is not None and quoted.i != speaker.i:
        # "“...,” the Ledger reported, quoting an official": the official's words, which the
        # reporter passes on
        return CueMatch(cue.text, cue.idx, cue.idx + len(cue), quoted, (speaker, *relays), "quoted")
    return CueMatch(cue.text, cue.idx, cue.idx + len(cue), speaker, relays, "subject")


# Dependencies of a participle of quoting hung off the verb that reports the words it quotes.
QUOTING_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})


def _is_quoting_participle(token: Token) -> bool:
    """``reported, quoting an official``: a participle of "quote" beside a reporting verb."""
    return (
        token.dep_ in QUOTING_PARTICIPLE_DEPS
        and token.tag_ == "VBG"
        and token.lemma_.lower() == "quote"
    )


def _quoting_verb(cue: Token) -> Token | None:
    """The verb of quoting a cue stands for: the cue itself, or the one whose "as saying" the
    cue is (``quoted Ray as saying``)."""
    if cue.lemma_.lower() == "quote":
        return cue
    prep = cue.head
    if cue.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.lemma_.lower() == "quote":
        return prep.head
    return None


def _quoted_one(verb: Token, allowed: Allowed | None) -> Token | None:
    """The person a verb of quoting quotes: its object (``quoted Ray``), or the subject of
    its passive (``Ray was quoted``); not a text or a saying (``quoting her letter``)."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    dep = "nsubjpass" if passive else "dobj"
    quoted = next((c for c in verb.children if c.dep_ == dep), None)
    if quoted is None or (allowed is not None and not allowed(quoted)):
        return None
    if not _is_person_subject(quoted) or speaker_kind(quoted) == "text":
        return None
    return quoted


def _quoter(verb: Token, quoted: Token, allowed: Allowed | None) -> Token | None:
    """Who quotes: the agent of a passive (``quoted by the Ledger``), else the subject."""
    if quoted.dep_ == "nsubjpass":
        agent = _passive_agent(verb)
        return agent if agent is not None and (allowed is None or allowed(agent)) else None
    return _subject(verb, allowed)


def _interjected_subject(cue: Token, speaker: Token) -> Token | None:
    """``Ray, a close adviser said, “is ready”``: a tag set off by commas in mid-sentence.

    The parser reads the words between the commas as an apposition to the sentence's subject
    and that subject as the cue's; with no comma closing the apposition before the cue
    (``Ray, a top aide, said``), the words before the cue are its subject.
    """
    doc = cue.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return None
    for child in speaker.children:
        if child.dep_ != "appos" or child.right_edge.i != cue.i - 1:
            continue
        opening = child.left_edge.i - 1
        if opening > speaker.i and doc[opening].text == "," and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def _reporter_of_inner_clause(cue: Token, allowed: Allowed | None = None) -> Token | None:
    """``Ray said the plan was “risky,” adding, “...”``: the reporter goes on talking.

    A cue with no subject of its own that the parser hung off the reported clause of an
    outer cue (``the plan was``) rather than off that cue continues the outer report when
    the reported clause's subject cannot speak (a thing, not a person): ``adding`` and
    ``and said`` are the reporter's. (``Ray said Bell left, telling staff “...”`` is Bell's;
    but ``added`` goes on with a report whoever the clause is about.)
    """
    if cue.dep_ not in ("advcl", "conj") or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    clause = cue.head
    # "will have to pick a side, saying": the clause of an infinitive holds its subject
    for _ in range(3):
        if clause.dep_ != "xcomp" or clause.head.i == clause.i or clause.head.i > cue.i:
            break
        clause = clause.head
    if clause.i > cue.i or _is_cue(clause) or clause.dep_ not in REPORTED_CLAUSE_DEPS:
        return None
    inner = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if inner is None:
        return None
    speaks = _names_someone(inner) or inner.ent_type_ in ("PERSON", "NORP", "ORG")
    # a personal pronoun, not "it" or a demonstrative ("said that was wrong and dismissed")
    personal = speaker_kind(inner) in ("pronoun", "narrator") and inner.lower_ != "it"
    person = speaks or personal
    outer = clause.head
    if outer.i == clause.i or not is_cue_verb(outer):
        return None
    if (
        person
        and cue.lemma_ != "add"
        and not _supposed(clause)
        and not _in_step_with_report(cue, clause, outer)
    ):
        return None  # "added" goes on with the report even after a person's deed
    return _subject(outer, allowed)


def _tense(verb: Token) -> str | None:
    """ "past" or "present" for a finite verb, read off its first auxiliary or itself."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    tag = (aux or verb).tag_
    if tag == "VBD":
        return "past"
    return "present" if tag in ("VBZ", "VBP") else None


def _in_step_with_report(cue: Token, clause: Token, outer: Token) -> bool:
    """``Ray said Bell is to blame and accused him of ...``: a conjunct cue that keeps the
    tense of the report around the clause, not that of the reported clause it hangs off,
    goes on with the report (the reporter accused him)."""
    if cue.dep_ != "conj":
        return False
    own = _tense(cue)
    return own is not None and own == _tense(outer) and own != _tense(clause)


def _participle_after_relative_report(cue: Token, allowed: Allowed | None = None) -> Token | None:
    """``Ray mocked a donor who said he was owed money, saying, “...”``: a subjectless
    participle of saying that the parser hung off a relative clause which already reports
    its own words (a verb of saying with a reported clause) goes on with the sentence the
    noun stands in, not with the relative clause's speaker, who has had their say."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    clause = cue.head
    if clause.dep_ != "relcl" or clause.i > cue.i or not is_cue_verb(clause):
        return None
    if not any(c.dep_ == "ccomp" and clause.i < c.i < cue.i for c in clause.children):
        return None
    noun = clause.head
    if noun.dep_ not in ("dobj", "pobj"):
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    if noun.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(noun.head, allowed)
    return subject if subject is not None and _is_person_subject(subject) else None


def _participle_after_text_report(cue: Token, allowed: Allowed | None = None) -> Token | None:
    """``Ray's office attacked a report claiming that Bell lied, calling it “...”``: a
    subjectless participle of saying that the parser hung off the clause a text reports
    (the text is the object of the sentence's verb) goes on with the sentence: the subject
    who handles the text speaks, not the person the text's claim is about."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.lemma_.lower() not in PARTICIPLE_CUES:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    clause = cue.head
    if clause.dep_ != "ccomp" or clause.i > cue.i or clause.head.i == clause.i:
        return None
    reporter = clause.head
    if reporter.dep_ not in ("acl", "relcl") or not is_cue_verb(reporter):
        return None
    text = reporter.head
    if speaker_kind(text) != "text" or text.dep_ not in ("dobj", "pobj"):
        return None
    node = text.head if text.dep_ == "pobj" and text.head.dep_ == "prep" else text
    if node.dep_ not in ("dobj", "prep") or node.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(node.head, allowed)
    if subject is None or not (_is_person_subject(subject) or someones_body(subject)):
        return None
    return subject


def _supposed(clause: Token) -> bool:
    """A clause that supposes its deed rather than reports it: ``Bell will have to choose``,
    ``she would try``. No words were spoken in a deed not yet done, so a participle of saying
    hung off such a clause is its reporter's."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _participle_subject(cue: Token, allowed: Allowed | None = None) -> Token | None:
    """``footage of Ann Ray asking, “...”``, ``a letter to voters saying``: who the
    participle is said of when the parser hung it off the clause instead.

    A person right before a subjectless participle of saying, as the object of "of" or
    "with" or of a verb of showing, is its subject; a participle after the recipients of a
    text (``sent a letter to voters saying``) describes the text.
    """
    if cue.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    ok = allowed or _anything
    doc = cue.doc
    before = doc[cue.i - 1] if cue.i > 0 else None
    if before is None or not ok(before):
        return None
    if before.dep_ == "pobj" and before.head.lower_ == "to":
        # "an email to supporters stating": the text states
        verb = before.head.head
        text = next(
            (c for c in verb.children if c.dep_ == "dobj" and speaker_kind(c) == "text"), None
        )
        return text if text is not None and ok(text) else None
    if not (_names_someone(before) or before.ent_type_ == "PERSON"):
        return None
    if before.dep_ == "pobj" and before.head.lower_ in ("of", "with"):
        return before
    if before.dep_ == "dobj" and before.head.lemma_.lower() in SHOWING_LEMMAS:
        return before
    return None


# Clauses a participle of saying may follow at their end: "when protesters interrupted, shouting".
CLAUSE_BEFORE_PARTICIPLE_DEPS = frozenset({"relcl", "advcl", "conj", "ccomp"})


def _participle_after_clause(cue: Token, allowed: Allowed | None = None) -> Token | None:
    """``The first clash came at noon, when students interrupted her, shouting “...”``.

    A subjectless participle of saying that the parser hung off a main clause whose subject
    cannot speak (an incident, a salvo: a thing, not a person, group or text), or off a
    passive participle with no subject (``now owned by Bell``), belongs to the clause that
    ends right before it, when that clause has a person for its subject.
    """
    if cue.tag_ != "VBG" or cue.dep_ != "advcl":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    ok = allowed or _anything
    main = cue.head
    subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS), None)
    if not (subject is not None and _cannot_speak(subject)) and not _reduced_passive(main):
        return None
    clauses = [
        v
        for v in main.subtree
        if v.i < cue.i
        and v.i != main.i
        and (v.dep_ in CLAUSE_BEFORE_PARTICIPLE_DEPS or _doing_participle(v))
        and v.pos_ in ("VERB", "AUX")
        and cue.i - v.right_edge.i <= 2  # the clause ends at the participle's comma
    ]
    for clause in sorted(clauses, key=lambda v: -v.i):
        if _doing_participle(clause):
            # "The sight was a crowd marching down Main Street, chanting ...": the crowd
            doer = clause.head
            if ok(doer) and (_is_person_subject(doer) or someones_body(doer)):
                return doer
            continue
        inner = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if inner is not None and ok(inner) and _is_person_subject(inner):
            return inner
    return None


def _doing_participle(verb: Token) -> bool:
    """``a crowd marching``: a present participle that modifies the noun doing it."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i


def _reduced_passive(verb: Token) -> bool:
    """``the mill, now owned by Bell, where farmers gathered, chanting``: a passive participle
    with no subject that modifies a noun or clause; it has no one of its own to speak."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
    )


def _cannot_speak(token: Token) -> bool:
    """A common noun for a thing or an event ("the incident", "its salvo"): no person, no
    group of people and no text."""
    return (
        token.pos_ == "NOUN"
        and not is_person_like(token)
        and token.lemma_.lower() not in GROUP_NOUNS
        and speaker_kind(token) != "text"
    )


PLACE_ENTITIES = frozenset({"GPE", "LOC"})


def _place_after_place(name: Token) -> bool:
    """A place apposed to a place: the state of "Springfield, Mass.", the country of "Lyon,
    France"; no one who speaks."""
    return name.ent_type_ in PLACE_ENTITIES and name.head.ent_type_ in PLACE_ENTITIES


def _adjacent_nominal(verb: Token) -> Token | None:
    """``the text read,`` parsed without a subject: the nominal right before the verb."""
    doc = verb.doc
    i = verb.i - 1
    if i >= 1 and doc[i].text == ")":
        # "Rep. Ann Ray (R-Ohio) said": a party and state in parentheses after the name
        opening = next(
            (k for k in range(i - 1, max(i - PAREN_TOKENS, 0), -1) if doc[k].text == "("), None
        )
        if opening is not None:
            i = opening - 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "appos":
        i -= 1  # "..., her adviser, Jake Sullivan, said": a name in apposition, then the cue
        if _place_after_place(doc[i]):
            return None  # "retired in Springfield, Mass., said": a state after its town
    if (
        i >= 0
        and doc[i].pos_ in ("NOUN", "PROPN", "PRON")
        and (doc[i].dep_ != "pobj" or _name_after_title_of(doc[i]))
    ):
        if doc[i].dep_ == "dobj" and doc[i].head.i < i:
            return _doer_of_object(doc[i])
        return doc[i]
    if i >= 0 and _misread_name(doc[i]):
        return doc[i]
    return None


def _doer_of_object(obj: Token) -> Token | None:
    """``an aide who spoke to discuss the plan said``, ``Ray praised the plan said``: the
    nominal before a subjectless cue is the object of an earlier verb, not the cue's
    subject; the noun a relative clause around that verb modifies is (the aide), else
    that verb's own subject (Ray)."""
    node = obj.head
    for _ in range(4):
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        if node.dep_ not in SUBJECT_SHARING_DEPS or node.head.i == node.i:
            break
        node = node.head
    subject = _subject(obj.head)
    return subject if subject is not None and _is_person_subject(subject) else None


def _misread_name(token: Token) -> bool:
    """``And Early called him ...``: a capitalised word inside a sentence that the tagger
    read as an adverb or an adjective is a name (not in a headline in title case)."""
    return (
        token.pos_ in ("ADV", "ADJ", "X")
        and token.is_alpha
        and token.text[:1].isupper()
        and not token.is_sent_start
        and 0 < token.i < len(token.doc) - 1
        and not token.nbor(-1).is_punct
        and token.nbor(1).text[:1].islower()
    )


PAREN_TOKENS = 8  # tokens a party-and-state parenthesis after a name may take


def _name_after_title_of(token: Token) -> bool:
    """``Speaker of the House Rep. Ann Ray``: a name the parser made the object of the "of"
    in the title before it."""
    prep = token.head
    return (
        token.pos_ == "PROPN"
        and prep.lower_ == "of"
        and prep.head.pos_ == "PROPN"
        and prep.head.lower_.rstrip(".") in TITLES
    )


def _is_cue(token: Token) -> bool:
    return is_cue_verb(token) or is_according(token)
