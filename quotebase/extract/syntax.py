"""In-sentence syntax: the cue that governs the clause a quote or a quoted fragment stands in
(``Pompeo said he was spearheading “imminent” plots``), the outer reporter of a report inside
a report, a fragment's clause subject, a noun of saying and its possessor (``his call for
“a total ban”``), an ``according to`` elsewhere in the sentence, a cue opening the quote,
and the person or body that issued a text that "says" something."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Token

from quotebase.extract.cue_match import (
    Allowed,
    CueMatch,
    _clause_with_subject,
    _is_cue,
    _passive_agent,
    _subject,
    _subjectless_participle,
    _supposed,
    match_cue,
    object_controller,
)
from quotebase.extract.cues import (
    ARGUING_NOUNS,
    CHARACTERISING_LEMMAS,
    CUE_LEMMAS,
    SPEECH_NOUNS,
    THOUGHT_LEMMAS,
    THOUGHT_NOUNS,
    is_according,
    is_cue_verb,
)
from quotebase.extract.frames import (
    NOUN_MODIFIER_DEPS,
    OUTER_CUE_DEPTH,
    REPORTED_CLAUSE_DEPS,
    DocContext,
)
from quotebase.extract.mentions import GROUP_NOUNS, SUBJECT_DEPS
from quotebase.extract.pronouns import RELATIVE_PRONOUNS
from quotebase.extract.speakers import (
    _is_person_subject,
    _names_someone,
    someones_body,
    speaker_kind,
)

# Clauses that modify rather than report: a cue inside one is not reported by the verb above.
MODIFIER_CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl"})
SPEECH_NOUN_DEPTH = 4  # heads climbed from a quoted fragment to a noun of saying
# How the words of a noun of saying hang off it: call for “...”, claim that “...”, pledge to “...”
CONTENT_OF_NOUN_DEPS = frozenset(
    {"pobj", "prep", "ccomp", "acl", "appos", "xcomp", "pcomp", "dobj", "attr", "acomp", "nsubj"}
)

# Texts on display speak for themselves, not for whoever holds them up: held a sign saying.
DISPLAY_NOUNS = frozenset({"sign", "banner", "placard", "poster", "headline", "caption", "label"})


def cue_by_syntax(ctx: DocContext, qi: int) -> CueMatch | None:
    """``Pompeo said he was spearheading “imminent” plots``: the governing cue verb."""
    span = ctx.spans[qi]
    level = ctx.level(qi)
    doc = ctx.doc
    first = bisect.bisect_left(ctx.token_starts, span.start)
    last = bisect.bisect_left(ctx.token_starts, span.end)
    para = ctx.paragraph(span.outer_start)

    def passable(owner: int) -> bool:
        # the text the quote stands in, the quote, or a quote coordinated with it at the same
        # level: Cruz called him a “liar,” a “bully” and “unstable.”
        return owner in (level, qi) or (owner >= 0 and ctx.level(owner) == level)

    for i in range(first, last):
        token = doc[i]
        if ctx.owner[i] != qi or token.head.i in range(first, last):
            continue
        node = token.head
        for _ in range(8):
            if not passable(ctx.owner[node.i]) or ctx.paragraph(node.idx) != para:
                break
            if ctx.owner[node.i] == level and not ctx.same_sentence(node, token):
                break
            aside = _as_cue_aside(node, token) if ctx.owner[node.i] == level else None
            if aside is not None:
                # "the rule is a “...,” as a memo put it": the aside names the words' source
                match = match_cue(aside, ctx.at_level(level))
                if match.speaker is not None and ctx.owner[match.speaker.i] == level:
                    return replace(match, rule="syntax:as-aside")
            inset = _inset_cue(node) if ctx.owner[node.i] == level else None
            if (
                inset is not None
                and inset.speaker is not None
                and ctx.owner[inset.speaker.i] == level
            ):
                return replace(inset, rule="syntax:inset")
            if ctx.owner[node.i] == level and _is_cue(node) and not _contact_relative(node):
                match = match_cue(node, ctx.at_level(level))
                if match.speaker is not None and _supposed_report(node):
                    # "Ray said voters will call it “...”": no one has said the words of a
                    # deed the reporter only supposes; they are the reporter's
                    match = (
                        _outer_cue(ctx, node, ctx.at_level(level))
                        or _reporting_cue(ctx, node, level)
                        or _wishing_cue(ctx, node, level)
                        or match
                    )
                if match.speaker is not None and not _names_someone(match.speaker):
                    # "She says it underscores that ...", "Cross said he called her “...”":
                    # a cue with a pronoun or a thing for subject, reported by an outer cue
                    # (one naming someone, else the one whose reported clause this is:
                    # "She said she put the point to him as “...”")
                    match = (
                        _outer_cue(ctx, node, ctx.at_level(level))
                        or _reporting_cue(ctx, node, level)
                        or match
                    )
                if match.speaker is not None and ctx.owner[match.speaker.i] == level:
                    return replace(match, rule="syntax:" + match.rule)
                break
            if node.head.i == node.i:
                break
            own = _own_clause_beside_cue(node, ctx.at_level(level)) or _held_view_clause(
                node, ctx.at_level(level)
            )
            if own is not None:
                return own
            node = node.head
    return None


def _contact_relative(cue: Token) -> bool:
    """``Nothing the mayor said “will help,” Ray said``: a cue in a relative clause with no
    pronoun (``the mayor said``) inside the subject of a verb that comes after it does not
    govern the quote; the quote goes on with that verb's clause. The parser reads the clause
    as a relative clause of the noun or gives the cue the noun as a second subject."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if len(subjects) == 2:
        first, second = subjects
    elif len(subjects) == 1 and cue.dep_ == "relcl" and cue.head.i < cue.i:
        first, second = cue.head, subjects[0]
        later = first.head
        if first.dep_ not in ("nsubj", "dep") or later.i <= cue.i or later.pos_ != "VERB":
            return False
    else:
        return False
    between = cue.doc[first.i + 1 : second.left_edge.i]
    return first.i < second.left_edge.i and not any(
        t.is_punct or t.pos_ in ("CCONJ", "VERB", "AUX") or t.lower_ in RELATIVE_PRONOUNS
        for t in between
    )


# Conjunctions of a clause of time or concession set beside a cue, not reported by it: "as Ray
# went on about “...”, Bell said yes" (not "because": a reason is often part of the report).
BESIDE_CUE_MARKS = frozenset({"as", "when", "while", "though", "although", "whereas"})


def _own_clause_beside_cue(clause: Token, allowed: Allowed) -> CueMatch | None:
    """``as Ray went on about “...”, Bell said yes``, ``Bell tweeted when Ray ended with a
    nod to “...”``: a clause of time or concession that hangs off a cue, with a person of its
    own for subject, is that person's deed, not a report of the cue's subject; the quote in
    it is its subject's words."""
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ != "advcl":
        return None
    marks = (c for c in clause.children if c.dep_ in ("mark", "advmod"))
    if not any(c.lower_ in BESIDE_CUE_MARKS for c in marks):
        return None
    if not allowed(clause) or not allowed(clause.head) or not _is_cue(clause.head):
        return None
    own = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and allowed(c)), None)
    if own is None or own.lower_ in RELATIVE_PRONOUNS:
        return None
    speaker = _subject(clause, allowed)
    if speaker is None or not _is_person_subject(speaker):
        return None
    end = clause.idx + len(clause)
    return CueMatch(clause.text, clause.idx, end, speaker, (), "syntax:own-clause")


def _held_view_clause(clause: Token, allowed: Allowed) -> CueMatch | None:
    """``highlighting the mistrust that many voters feel about the “rigged” system``: a
    relative clause of feeling or thinking with a person of its own for subject (not the
    relative pronoun) holds that person's view, whoever reports the noun it modifies."""
    if clause.dep_ != "relcl" or clause.pos_ != "VERB":
        return None
    if clause.lemma_.lower() not in THOUGHT_LEMMAS or not allowed(clause):
        return None
    if any(c.dep_ == "ccomp" for c in clause.children):
        return None  # "telling reporters that he thinks ...": a report misread as a relative
    own = next((c for c in clause.children if c.dep_ == "nsubj" and allowed(c)), None)
    if own is None or own.lower_ in RELATIVE_PRONOUNS:
        return None
    if not (_is_person_subject(own) or speaker_kind(own) == "pronoun"):
        return None
    end = clause.idx + len(clause)
    return CueMatch(clause.text, clause.idx, end, own, (), "syntax:held-view")


def _inset_cue(verb: Token) -> CueMatch | None:
    """``the speech, which Ray claims affirmed “...”``: an inset report inside a relative
    clause, which the parser reads as a second subject (``Ray claims``) or an auxiliary of
    the clause's verb.

    The cue word stands right before the verb, after the relative pronoun, and the word
    before it (a name, or the head of a noun phrase) says it.
    """
    if verb.dep_ != "relcl":
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].is_space:
        i -= 1
    cue = doc[i]
    word = cue.lower_
    if (
        cue.head.i != verb.i
        or cue.dep_ not in INSET_CUE_DEPS
        or not word.endswith("s")
        or word[:-1] not in CUE_LEMMAS
    ):
        return None
    relative = next(
        (
            c
            for c in [*verb.children, *cue.children]
            if c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS and c.i < cue.i
        ),
        None,
    )
    speaker = doc[cue.i - 1]
    if relative is None or speaker.i <= relative.i:
        return None
    if speaker.pos_ not in ("PROPN", "NOUN", "AUX"):
        return None
    if speaker.pos_ == "AUX" and not speaker.text[:1].isupper():
        return None  # a name the tagger read as a modal (Will, May), not "which may"
    return CueMatch(cue.text, cue.idx, cue.idx + len(cue), speaker, (), "inset")


# How the parser hangs an inset "Ray claims" on the verb of the relative clause.
INSET_CUE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


# What an aside's cue may take: "as a memo put it", "as Ray said so", nothing of its own.
ASIDE_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative"})
ASIDE_OBJECTS = frozenset({"it", "so", "this"})


def _as_cue_aside(clause: Token, quoted: Token) -> Token | None:
    """``..., as a memo put it``, ``as Ray said``: a cue in an "as" clause that hangs off
    ``clause`` after the quoted token, with a subject of its own (the source it cites) and
    no words of its own."""
    for child in clause.children:
        if child.dep_ != "advcl" or child.i < quoted.i or not _is_cue(child):
            continue
        marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)
        if marked and any(c.dep_ in SUBJECT_DEPS for c in child.children):
            # "as he promised to cut taxes" says something of its own: not an aside
            said = (c for c in child.children if c.dep_ in ASIDE_CONTENT_DEPS)
            if all(c.lower_ in ASIDE_OBJECTS for c in said):
                return child
    return None


def fragment_head(ctx: DocContext, qi: int) -> Token | None:
    """The head of a quoted fragment: its first token whose head stands outside the marks."""
    if qi not in ctx.fragment_heads:  # asked by many rules: found once per quote
        ctx.fragment_heads[qi] = _fragment_head(ctx, qi)
    return ctx.fragment_heads[qi]


def _fragment_head(ctx: DocContext, qi: int) -> Token | None:
    span = ctx.spans[qi]
    first = bisect.bisect_left(ctx.token_starts, span.start)
    last = bisect.bisect_left(ctx.token_starts, span.end)
    doc = ctx.doc
    return next(
        (
            doc[i]
            for i in range(first, last)
            if ctx.owner[i] == qi and not first <= doc[i].head.i < last
        ),
        None,
    )


# Words that may stand between two quoted fragments of one list: a “sham,” a “hoax” or a “joke”.
LIST_WORDS = frozenset({"and", "or", "nor", "but", "also", "even", "a", "an", "the", "not", "just"})
LIST_GAP_WORDS = 4
LISTED_REACH = 4  # heads climbed from a fragment to the earlier fragment it hangs off
# How a fragment hangs in the phrase of an earlier one: coordinated, its object, its relative.
LISTED_DEPS = frozenset(
    {"conj", "appos", "pobj", "prep", "relcl", "acl", "amod", "compound", "nmod", "dobj", "attr"}
)


def listed_with(ctx: DocContext, earlier: int, qi: int) -> bool:
    """``called it a “sham,” a “hoax” but also a “joke”``, ``accused him of being “weak” and
    “timid”``, ``a “paper error” that ran in a “hit piece”``, ``the plan is “a mess” and the
    mayor is a “liar”``: a fragment listed or coordinated with an earlier fragment of its
    sentence, or hung off it, is in the same words as that one, whoever the parse makes the
    subject of its clause.

    The list shows in the words between the two (a comma, a conjunction, an article), in
    the parse (a head in the earlier fragment, a few heads up), or in two clauses joined by
    a conjunction, each holding one of the fragments.
    """
    head = fragment_head(ctx, qi)
    first = fragment_head(ctx, earlier)
    if head is None or first is None or not ctx.same_sentence(head, first):
        return False
    gap = ctx.text[ctx.spans[earlier].outer_end : ctx.spans[qi].outer_start]
    words = re.findall(r"[^\s,;]+", gap)
    if len(words) <= LIST_GAP_WORDS and all(w.lower() in LIST_WORDS for w in words):
        return True
    node = head
    for _ in range(LISTED_REACH):
        if node.head.i == node.i or node.dep_ not in LISTED_DEPS:
            break
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("relcl", "acl"):
            break  # a clause of its own, not a phrase of the earlier fragment's
        node = node.head
        if ctx.owner[node.i] == earlier:
            return True
    # two clauses joined by a conjunction (or listed: "had “...” results, shows “...” strength"),
    # each with a fragment in it (not a clause quoted whole)
    clause, other = _clause_verb(ctx, head, qi), _clause_verb(ctx, first, earlier)
    return clause is not None and clause.dep_ in ("conj", "dep") and clause.head == other


def _clause_verb(ctx: DocContext, token: Token, qi: int) -> Token | None:
    """The verb of the clause a fragment's token stands in, outside the fragment's marks
    (``is`` of ``the plan is “badly broken”``)."""
    node = token
    for _ in range(SPEECH_NOUN_DEPTH):
        if node.pos_ in ("VERB", "AUX") and ctx.owner[node.i] != qi:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def fragment_in_scope(ctx: DocContext, qi: int) -> tuple[Token, Allowed] | None:
    """A quoted fragment's head and the test for tokens in the same text as the quote
    (its level), or None when the fragment has no head."""
    head = fragment_head(ctx, qi)
    return None if head is None else (head, ctx.at_level(ctx.level(qi)))


# Texts that lay down what may be done, and the verbs by which they do: "the rules, which
# prohibit members from voting if they “...”", "the statute requires that agencies “...”".
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        *("rule", "bylaw", "law", "statute", "standard", "policy", "regulation", "guideline"),
        *("contract", "resolution", "bill", "amendment", "platform", "constitution", "charter"),
        *("ordinance", "code", "act", "treaty", "agreement", "provision", "clause"),
    }
)
DOCUMENT_VERBS: frozenset[str] = frozenset(
    {
        *("prohibit", "require", "allow", "bar", "state", "declare", "mandate", "forbid"),
        *("permit", "ban", "stipulate", "define", "direct", "specify", "say"),
    }
)


def _is_document(token: Token) -> bool:
    """A noun naming a text of rules: "the bylaws", "state law", "the Constitution"."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.lemma_.lower() in DOCUMENT_NOUNS or token.lower_ in DOCUMENT_NOUNS


def _document_source(token: Token, allowed: Allowed) -> CueMatch | None:
    """The document whose verb of rule holds a fragment: ``The charter bars anyone who has
    held “a paid post”`` gives the words to the charter. A verb of saying met first governs
    the fragment instead."""
    node = token
    for _ in range(OUTER_CUE_DEPTH + 2):
        if node.head.i == node.i or not allowed(node.head):
            break
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        lemma = node.lemma_.lower()
        if lemma in DOCUMENT_VERBS:
            subject = _subject(node, allowed)
            if subject is not None and _is_document(subject):
                end = node.idx + len(node)
                return CueMatch(node.text, node.idx, end, subject, (), "document")
        if _is_cue(node) or lemma in THOUGHT_LEMMAS:
            return None
    return _under_document(token, allowed)


def _under_document(token: Token, allowed: Allowed) -> CueMatch | None:
    """``Under state law, a theft is a felony when the goods are “worth ...”``: the law a
    fronted "under" names lays down the words, when no verb of saying stands above them."""
    ancestors = [a for a in token.ancestors if allowed(a)]
    if any(_is_cue(a) or a.lemma_.lower() in THOUGHT_LEMMAS for a in ancestors):
        return None
    for node in ancestors:
        for prep in node.children:
            if prep.lower_ != "under" or prep.dep_ != "prep" or prep.i > token.i:
                continue
            law = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if law is not None and allowed(law) and _is_document(law):
                return CueMatch(prep.text, prep.idx, prep.idx + len(prep), law, (), "document")
    return None


def cue_by_clause_subject(ctx: DocContext, qi: int) -> CueMatch | None:
    """``Ray has been hammering Bell as a “fraud”``: the clause a fragment stands in.

    A quoted fragment with no verb of saying above it is still its clause subject's words
    when that subject is a person or a text (a report, an ad): the verb (pounding, likened,
    attacked, found) reports them.
    """
    level = ctx.level(qi)
    allowed = ctx.at_level(level)
    token = fragment_head(ctx, qi)
    if token is None:
        return None
    document = _document_source(token, allowed)
    if document is not None:
        return document
    if token.pos_ in ("VERB", "AUX"):
        # "her comment that “we will ...”": the quoted clause is itself a noun's content
        noun = _speech_noun_before_clause(token, allowed)
        if noun is not None:
            return _noun_owner_match(noun, allowed)
    node = token.head
    for _ in range(OUTER_CUE_DEPTH):
        if not allowed(node) or not ctx.same_sentence(node, token):
            return None
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in NOUN_MODIFIER_DEPS:
            break
        if _speakers_relative_clause(node, allowed):
            break
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    if node.pos_ not in ("VERB", "AUX"):
        return None
    # a verb of saying further up the sentence reports the clause: Trump said X was “...”
    # (not a relative clause's: its subject's words are their own)
    outer = node
    for _ in range(0 if node.dep_ == "relcl" else OUTER_CUE_DEPTH):
        if outer.head.i == outer.i or not allowed(outer.head):
            break
        if not ctx.same_sentence(outer.head, node):
            break
        outer = outer.head
        if _is_cue(outer):
            node = outer
            break
    reporting = _reporting_clauses(ctx, node, allowed)
    for n, verb in enumerate(reporting):
        noun = _speech_noun_before_clause(verb, allowed)
        if noun is not None:
            return _noun_owner_match(noun, allowed)
        if verb.lemma_.lower() == "be":
            # "X was “hostile”": a copula reports nothing, but a stance with the content it
            # holds ("X is “confident that ...”") is its subject's words
            subject = _subject(verb, allowed) if _quoted_stance(token, verb) else None
            if subject is not None and _names_someone(subject):
                return CueMatch(
                    verb.text, verb.idx, verb.idx + len(verb), subject, (), "clause-subject"
                )
            continue
        if _supposed_under_report(verb, reporting[n + 1 :]):
            # "Ray implied that the banks should be fined by paying “...”": a deed the
            # reporter only supposes holds the reporter's words
            continue
        subject = _subject(verb, allowed)
        if subject is not None and possessor_of_saying(subject) is not None:
            # "his warning that the deal would go to the “...”": the warner's words
            owned = _noun_owner_match(subject, allowed)
            if owned is not None:
                return owned
        if subject is None or subject.text.lower() == "it":
            continue
        # a text speaks through the verb it is the active subject of: "the ad targets a “...”"
        text = speaker_kind(subject) == "text" and subject.dep_ == "nsubj"
        if not (_names_someone(subject) or speaker_kind(subject) == "pronoun" or text):
            continue
        return CueMatch(verb.text, verb.idx, verb.idx + len(verb), subject, (), "clause-subject")
    return None


CAPITALS_HEADLINE_WORDS = 3  # capitalised words of a line that make it a headline in capitals
_LINE_BEFORE_QUOTE = re.compile(r"[^\n“”\"]*")


def capitals_headline(token: Token) -> str | None:
    """The line written in capitals before a quotation that a word stands in: a
    newsletter's headline ("CITY ENDS TAX “The mayor signed ...”"), not a name; else None."""
    if not token.text.isupper():
        return None
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    run = _LINE_BEFORE_QUOTE.match(text, start)
    line = run.group().strip() if run is not None else ""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    if len(words) >= CAPITALS_HEADLINE_WORDS and all(w.isupper() for w in words):
        return line
    return None


CHARACTER_REACH = 6  # heads climbed from a fragment to the verb that characterises with it
# Prepositions whose "being"/"having" clause gives what a verb charges someone with: "attacked
# him for being a “...”", "accused her of being “...”", "dismissed it as having “...”".
CHARGE_PREPOSITIONS = frozenset({"for", "of", "as"})
# Prepositions a fragment may stand under in the frame: "as part of the “...”", "for being".
FRAME_PREPOSITIONS = CHARGE_PREPOSITIONS


def characterising_verb(head: Token, allowed: Allowed) -> Token | None:
    """The verb of characterising that frames a quoted fragment as what someone or something
    is: ``summed her up as “weak”``, ``whom he dubbed “the little mayor”``, ``attacked him
    for being a “career politician”``, ``called it a “no-brainer”``.

    From the fragment's head the path climbs (through coordination, noun phrases and
    prepositions) to the first verb other than "be" or "have"; it must pass an "as", make the
    fragment the verb's object predicate, or run through a "being"/"having" after "for",
    "of" or "as".
    """
    node = head
    framed = False
    for _ in range(CHARACTER_REACH):
        parent = node.head
        if parent.i == node.i or not allowed(parent):
            return None
        if parent.pos_ == "ADP" and parent.lower_ not in FRAME_PREPOSITIONS:
            return None  # "cast him as the hero in the “...” film": a phrase beside the frame
        if node.dep_ == "oprd":
            framed = True
        if node.dep_ == "dobj" and any(c.dep_ == "agent" for c in parent.children):
            # "the tax, labeled “...” by business groups": a passive has no object, so the
            # parser's object of a verb with a "by" agent is the name it gives
            framed = True
        if parent.lower_ == "as" and parent.dep_ == "prep":
            framed = True
        verbal = parent.pos_ in ("VERB", "AUX")
        if verbal and parent.lemma_.lower() in ("be", "have"):
            if parent.tag_ == "VBG" and parent.head.lower_ in CHARGE_PREPOSITIONS:
                framed = True
            node = parent
            continue
        node = parent
        if verbal:
            return node if framed and _characterises(node) else None
    return None


def _characterises(verb: Token) -> bool:
    """A verb of characterising from the lexicon, or "bring up" (``an incident Ray brought up
    as “odd”``): raising a matter, framed by "as", says what it is."""
    lemma = verb.lemma_.lower()
    if lemma in CHARACTERISING_LEMMAS:
        return True
    return lemma == "bring" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _is_passive(verb: Token) -> bool:
    """``was dubbed``, ``often labeled as``: a passive verb, or a past participle with no
    "have" of its own (a reduced passive clause)."""
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
        return True  # the parser's "agent" is the "by" phrase of a passive only
    if _subjectless_participle(verb) and _passive_agent(verb) is not None:
        return True  # ", called the “...” by the citizens,": a past tense by its tag
    return verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def _agent_in(verb: Token, path: Token) -> Token | None:
    """The "by" object of a passive verb, hung off the verb or off the fragment's phrase:
    ``labeled as a “...” by Democrats``."""
    node = path
    while True:
        for by in node.children:
            if by.dep_ in ("agent", "prep") and by.lower_ == "by":
                pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
                if pobj is not None and _names_someone(pobj):
                    return pobj
        if node.i == verb.i or node.head.i == node.i:
            return None
        node = node.head


def cue_by_characterising_verb(ctx: DocContext, qi: int) -> CueMatch | None:
    """``Ray summed up her rival as “weak”``, ``Bell, whom she dubbed “the sleepy mayor”``,
    ``the plan, labeled a “boondoggle” by critics``: a fragment a verb of characterising
    frames is the words of that verb's active subject, or of its passive agent, when that is
    a person, a group or a pronoun. A passive with no agent (``will be dubbed the “...”``)
    names no one: the fragment stays a term."""
    found = fragment_in_scope(ctx, qi)
    if found is None:
        return None
    head, allowed = found
    verb = characterising_verb(head, allowed)
    if verb is None or not ctx.same_sentence(verb, head):
        return None
    end = verb.idx + len(verb)
    if _is_passive(verb):
        agent = _agent_in(verb, head)
        if agent is None or not allowed(agent):
            return None
        return CueMatch(verb.text, verb.idx, end, agent, (), "characterising:agent")
    match = match_cue(verb, allowed)
    speaker = match.speaker
    if speaker is None or not allowed(speaker) or not _can_characterise(speaker):
        return None
    return replace(match, rule="characterising")


def _can_characterise(speaker: Token) -> bool:
    """A person, a group, a pronoun for one, a text (``the ad branded him a “...”``), or a
    capitalised word the tagger misread (``Trump summed up``: a verb by its tag)."""
    if _is_person_subject(speaker) or speaker_kind(speaker) == "text":
        return True
    return speaker.pos_ not in ("PRON", "DET") and speaker.text[:1].isupper()


def _quoted_stance(head: Token, verb: Token) -> bool:
    """``X is “confident that ...”``, ``X is “eager to ...”``: the quoted fragment is the
    adjective complement of ``verb`` and the clause that adjective holds, opening with it."""
    return (
        head.head.i == verb.i
        and head.dep_ == "acomp"
        and head.pos_ == "ADJ"
        and any(c.dep_ in ("ccomp", "xcomp") and c.i > head.i for c in head.children)
        and not any(c.i < head.i for c in head.children if not c.is_punct)
    )


def _supposed_under_report(verb: Token, outer: list[Token]) -> bool:
    """A clause that supposes its deed (a modal) right under a verb of saying or thinking:
    ``Ray implied that the banks should pay by ...``, not ``It is odd that Ray would ...``."""
    if not outer or not _supposed(_clause_with_subject(verb)):
        return False
    return _is_cue(outer[0]) or outer[0].lemma_.lower() in THOUGHT_LEMMAS


NOUN_TO_CLAUSE_REACH = 8  # tokens from a clause's "that" back to the noun it completes


def _speech_noun_before_clause(verb: Token, allowed: Allowed) -> Token | None:
    """``after her comment that, “...”``, ``his calls to end the “...”``: a clause opened by
    "that" (or "to") right after a noun of saying is that noun's content, also where the
    parser hung the clause off the verb above. The noun comes before the marker with no verb
    between them (prepositional phrases may: ``her remarks before the panel that “...”``)."""
    clause = _clause_with_subject(verb)
    doc = verb.doc
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
    if not marks:
        to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
        before = doc[to.i - 1] if to is not None and to.i > 0 else None
        if before is not None and _is_saying_noun(before) and allowed(before):
            return before  # "his calls to end": the infinitive right after the noun
        return None
    for k in range(marks[0].i - 1, max(marks[0].i - 1 - NOUN_TO_CLAUSE_REACH, -1), -1):
        token = doc[k]
        if not allowed(token) or token.pos_ in ("VERB", "AUX") or token.text in ".;:?!":
            return None
        if _is_saying_noun(token):
            return token
    return None


def _is_saying_noun(token: Token) -> bool:
    """A noun of saying or of holding a view: ``claim``, ``warning``, ``contention``; or a
    text with its author named by "by" (``a report by the Ledger that ...``)."""
    if token.pos_ != "NOUN":
        return False
    if token.lemma_.lower() in SPEECH_NOUNS | THOUGHT_NOUNS:
        return True
    return speaker_kind(token) == "text" and _author_by(token) is not None


def _author_by(noun: Token) -> Token | None:
    """``a report by the Ledger``, ``a study by Ann Ray``: the one "by" names as a noun's
    author, when it names someone."""
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return agent if agent is not None and _names_someone(agent) else None


def _noun_owner_match(noun: Token, allowed: Allowed) -> CueMatch | None:
    """The owner of a noun of saying as the speaker of its content, whoever reports it
    (``the claim of Ray that ...``); a noun owned by no one named leaves it unattributed."""
    owner = _owner_of_saying(noun)
    if owner is None or not allowed(owner):
        return None
    return CueMatch(noun.text, noun.idx, noun.idx + len(noun), owner, (), "clause-noun")


def _owner_of_saying(noun: Token) -> Token | None:
    """Who a noun of saying belongs to: ``his claim``, ``the claim of Ann Ray``."""
    owner = possessor_of_saying(noun)
    if owner is not None:
        return owner
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None and _is_person_subject(pobj):
        return pobj
    return _author_by(noun)


def _speakers_relative_clause(verb: Token, allowed: Allowed) -> bool:
    """``Ray, who has cast herself as the “...”``, ``a post in which she claimed credit for
    “...”``: a relative clause whose own active subject can speak (a relative pronoun standing
    for a person, or a person named in it) holds its subject's words, not the main clause's
    (a passive one does not: ``Ray, who was met with chants of “...”``)."""
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    own = next((c for c in verb.children if c.dep_ == "nsubj" and allowed(c)), None)
    if own is None:
        return False
    subject = _subject(verb, allowed)
    return subject is not None and _is_person_subject(subject)


def _reporting_clauses(ctx: DocContext, verb: Token, allowed: Allowed) -> list[Token]:
    """A verb and the verbs whose reported clause (``that ...``) holds it, innermost first.

    ``Ann Ray worried that the line was becoming “a costly toy”``: a finding, a worry or a
    belief reports its clause as a verb of saying does, so the thinker of the outer clause
    owns the fragment when the inner clause has no person for subject.
    """
    found = [verb]
    for _ in range(OUTER_CUE_DEPTH):
        clause = _clause_with_subject(verb)
        head = clause.head
        if clause.dep_ not in REPORTED_CLAUSE_DEPS or head.i == clause.i:
            break
        # "could not be sure that ...": an adjective's clause reports through its copula
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or not allowed(head):
            break
        # a verb of saying or thinking reports its clause, and so does any verb whose
        # clause opens with "that" ("made clear that ..."); a bare clause under another
        # verb is no report ("she watched him thrill the crowd")
        doc = verb.doc
        marked = any(
            doc[j].lower_ == "that" and doc[j].pos_ == "SCONJ" for j in range(head.i + 1, clause.i)
        )
        if not (marked or _is_cue(head) or head.lemma_.lower() in THOUGHT_LEMMAS):
            break
        if not ctx.same_sentence(head, verb) or ctx.paragraph(head.idx) != ctx.paragraph(verb.idx):
            break
        verb = head
        found.append(verb)
    return found


def cue_by_according_in_sentence(ctx: DocContext, qi: int) -> CueMatch | None:
    """``The campaign hired “dozens” of canvassers, according to Ann Ray``: a fragment in a
    clause with no verb of saying is the words of the source the sentence cites."""
    level = ctx.level(qi)
    head = fragment_head(ctx, qi)
    if head is None or not ctx.sent_of:
        return None
    sent = ctx.doc[head.i].sent
    para = ctx.paragraph(head.idx)

    def allowed(t: Token) -> bool:
        return ctx.owner[t.i] == level

    for token in sent:
        if ctx.owner[token.i] != level or ctx.paragraph(token.idx) != para:
            continue
        if is_according(token):
            match = match_cue(token, allowed)
            if match.speaker is not None and ctx.owner[match.speaker.i] == level:
                # "according to calculations by Ann Ray": the text's author
                return credit_issuer(replace(match, rule="according-in-sentence"), allowed)
    return None


# Object pronouns that may hold the view a fronted "To her, ..." gives.
VIEW_HOLDER_PRONOUNS: frozenset[str] = frozenset({"him", "her", "them", "me", "us"})


def _fronted_to(sent: list[Token]) -> Token | None:
    """The object of a "to" that opens a clause with a comma after it: "To Ann Ray, ...",
    "But to her, ..."; a person or a group, never "to date" or "to be sure"."""
    opening = [t for t in sent if not t.is_punct][:3]
    for token in opening:
        if token.lower_ != "to":
            if token.dep_ in ("cc", "advmod"):
                continue  # "But to her", "Still, to many voters"
            return None
        holder = next((c for c in token.children if c.dep_ == "pobj"), None)
        if holder is None or token.dep_ != "prep":
            return None
        after = holder.right_edge.i + 1
        if after >= len(holder.doc) or holder.doc[after].text != ",":
            return None
        if holder.pos_ == "PRON":
            return holder if holder.lower_ in VIEW_HOLDER_PRONOUNS else None
        return holder if _names_someone(holder) else None
    return None


def cue_by_view_holder(ctx: DocContext, qi: int) -> CueMatch | None:
    """``To Ann Ray, the plan is “a betrayal.”``: a fragment in a clause that a fronted "to"
    and a person open, with no verb of saying, gives that person's view (as "in Ray's
    view" does)."""
    level = ctx.level(qi)
    head = fragment_head(ctx, qi)
    if head is None or not ctx.sent_of:
        return None
    sent = [t for t in ctx.doc[head.i].sent if ctx.owner[t.i] == level]
    holder = _fronted_to(sent)
    if holder is None or ctx.paragraph(holder.idx) != ctx.paragraph(head.idx):
        return None
    to = holder.head
    if not to.head.is_ancestor(head):
        return None  # "To her, the vote was over. Bell's “...”": another clause's words
    return CueMatch(to.text, to.idx, to.idx + len(to), holder, (), "view-holder")


def cue_by_speech_noun(ctx: DocContext, qi: int) -> CueMatch | None:
    """``his call for “a total ban”``, ``Trump's claim that “...”``: the noun's possessor.

    A quote that is the object or the complement of a noun of saying (in its noun phrase,
    through prepositions and clauses at most) is the words of the person who owns the noun.
    """
    level = ctx.level(qi)
    head = fragment_head(ctx, qi)
    if head is None:
        return None
    node = head
    for _ in range(SPEECH_NOUN_DEPTH):
        if node.head.i == node.i or node.dep_ not in CONTENT_OF_NOUN_DEPS:
            return None  # "called Trump's comments “divisive”": said of the noun, not in it
        below, node = node, node.head
        holder = ctx.owner[node.i]
        # the words climbed through may be another quote of the same text: "Ray's claim is
        # that the panel is a “witch hunt” set up to “get” him"
        beside = holder >= 0 and holder != qi and ctx.level(holder) == level
        if (holder != level and not beside) or not ctx.same_sentence(node, head):
            return None
        if _is_speech_noun(node):
            if beside:
                return None
            break
        clause = below.dep_ == "ccomp" or below.pos_ in ("VERB", "AUX")
        if clause and node.pos_ in ("VERB", "AUX") and node.lemma_.lower() == "be":
            # "Ray's answer was that “...”": the noun of saying is the subject of a copula
            # whose complement is a clause (not "his words were a “...”": a description)
            noun = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if noun is not None and noun.i < head.i and _is_speech_noun(noun):
                node = noun
                break
        # a reported clause goes on up ("Ray's claim is that the plan is a “...”": the
        # noun must still come within reach); any other clause of the quote's own is a verb
        # rule's business
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "relcl", "ccomp"):
            return None
    else:
        return None
    owner = next((c for c in node.children if c.dep_ == "poss"), None)
    if owner is None or ctx.owner[owner.i] != level or not _is_person_subject(owner):
        return None
    return CueMatch(node.text, node.idx, node.idx + len(node), owner, (), "speech-noun")


# Nouns for the words someone chose, and the verbs by which they chose them: "“...” was the
# word used by Ray", "the phrase Ray used was “...”".
WORDING_NOUNS = frozenset({"word", "words", "phrase", "term", "expression", "language"})
WORDING_VERBS = frozenset({"use", "choose", "pick", "employ", "prefer", "coin", "utter", "speak"})
# How a quote stands on its side of a copula: its subject (or a fragment the parser left as a
# modifier of it) or its complement.
COPULA_SIDE_DEPS = frozenset({"nsubj", "npadvmod", "dep", "attr", "acomp", "oprd"})


def cue_by_wording_noun(ctx: DocContext, qi: int) -> CueMatch | None:
    """``“A sad day,” was the phrase used by the mayor``, ``The word Bell chose was
    “reckless.”``: a quote on one side of a copula whose other side is a noun for words
    someone used (a participle of using with a "by" agent, or a relative clause of using
    with its own subject) is that someone's words."""
    found = fragment_in_scope(ctx, qi)
    if found is None:
        return None
    head, allowed = found
    copula = head.head
    if head.dep_ not in COPULA_SIDE_DEPS or copula.lemma_.lower() != "be" or not allowed(copula):
        return None
    for noun in copula.children:
        if noun.i == head.i or noun.dep_ not in ("nsubj", "attr") or not allowed(noun):
            continue
        if noun.lower_ not in WORDING_NOUNS and noun.lemma_.lower() not in WORDING_NOUNS:
            continue
        for clause in noun.children:
            if clause.lemma_.lower() not in WORDING_VERBS or not allowed(clause):
                continue
            if clause.dep_ == "acl":
                user = _passive_agent(clause)
            elif clause.dep_ == "relcl":
                user = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            else:
                continue
            if user is None or not allowed(user) or user.lower_ in RELATIVE_PRONOUNS:
                continue
            if not (_names_someone(user) or speaker_kind(user) == "pronoun"):
                continue
            end = clause.idx + len(clause)
            return CueMatch(clause.text, clause.idx, end, user, (), "wording-noun")
    return None


def cue_by_noun_content(ctx: DocContext, qi: int, pronoun: bool = False) -> CueMatch | None:
    """``Ray blamed the press for Bell's claim that Ames “...”``, ``Ray called Bell's
    assertion of a “...” false``: a fragment in the content of a noun of saying that a
    person owns (its "that" clause or its "of" object) is the owner's words, whichever verb
    further up the sentence reports or judges the noun.

    The content is read off the parse (the clause or the "of" phrase hangs off the noun),
    or, for a "that" clause the parser hung elsewhere, off the words before its "that".
    A possessive pronoun owns the noun only with ``pronoun`` (for a whole utterance no verb
    of saying governs: ``after her comment that, “...”``).
    """
    found = fragment_in_scope(ctx, qi)
    if found is None:
        return None
    head, allowed = found
    node = head
    for _ in range(SPEECH_NOUN_DEPTH):
        parent = node.head
        if parent.i == node.i or not allowed(parent) or not ctx.same_sentence(parent, head):
            return None
        if _is_saying_noun(parent) and _content_of_noun(node):
            return _named_owner(parent, allowed, pronoun)
        if node.pos_ in ("VERB", "AUX"):
            # the clause the fragment stands in: a noun only owns it as its content
            noun = _speech_noun_before_clause(node, allowed)
            return None if noun is None else _named_owner(noun, allowed, pronoun)
        node = parent
    return None


def _named_owner(noun: Token, allowed: Allowed, pronoun: bool = False) -> CueMatch | None:
    """The owner of a noun of saying when a name or a description says who it is: a
    possessive pronoun (``Ray repeated his claim that ...``) mostly stands for the subject
    of the verb above, whose rule names the speaker by that subject."""
    match = _noun_owner_match(noun, allowed)
    if match is None or match.speaker is None or (match.speaker.pos_ == "PRON" and not pronoun):
        return None
    return match


def _content_of_noun(child: Token) -> bool:
    """``claim that ...`` (a clause opened by "that") or ``assertion of ...``: what the
    noun says, not a phrase that only describes it (``his remarks on Friday``)."""
    if child.dep_ == "prep":
        return child.lower_ == "of"
    if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
    return False


def cue_by_possessed_quote(ctx: DocContext, qi: int) -> CueMatch | None:
    """``Obama's “you can keep it” promise``: words quoted between a person's possessive and
    a noun of saying that they modify are that person's (the parser rarely reads the quoted
    clause as the noun's modifier, so the words around the marks decide)."""
    span = ctx.spans[qi]
    level = ctx.level(qi)
    doc = ctx.doc
    first = bisect.bisect_left(ctx.token_starts, span.start)
    last = bisect.bisect_left(ctx.token_starts, span.end)
    before = next((doc[i] for i in range(first - 1, -1, -1) if not doc[i].is_punct), None)
    after = next((doc[i] for i in range(last, len(doc)) if not doc[i].is_punct), None)
    if before is None or after is None or before.tag_ != "POS" or before.i == 0:
        return None
    if doc[before.i + 1 : first].text.strip() not in ("“", '"') or not _is_speech_noun(after):
        return None
    if doc[last : after.i].text.strip() not in ("”", '"'):
        return None
    owner = doc[before.i - 1]
    if ctx.owner[owner.i] != level or ctx.owner[after.i] != level or not _names_someone(owner):
        return None
    return CueMatch(after.text, after.idx, after.idx + len(after), owner, (), "speech-noun")


def cue_by_possessed_use(ctx: DocContext, qi: int) -> CueMatch | None:
    """``Carson's mangling of “Hamas”``, ``her use of “...”``: a quoted phrase that is the
    whole object of "of" after a noun a person possesses is that person's words."""
    level = ctx.level(qi)
    head = fragment_head(ctx, qi)
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "of":
        return None
    noun = head.head.head
    if noun.pos_ != "NOUN" or head.head.dep_ != "prep":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or ctx.owner[owner.i] != level or not _is_person_subject(owner):
        return None
    words = [t for t in head.subtree if not t.is_punct]
    if any(ctx.owner[t.i] != ctx.owner[head.i] for t in words):
        return None  # "her use of the word “...”": only part of the object is quoted
    if len(words) > 1 and all(t.text[:1].isupper() for t in words if t.is_alpha):
        return None  # "Fox's revival of “The Late Show”": a title names a work
    return CueMatch(noun.text, noun.idx, noun.idx + len(noun), owner, (), "speech-noun")


# Prepositions by which a noun of saying or arguing names what it is about: "argument
# against", "broadside on", "case for", "comments about" ("in favour of" too, by its noun).
TOPIC_PREPS = frozenset(
    {"of", "about", "against", "on", "over", "for", "regarding", "concerning", "toward", "towards"}
)
STANCE_NOUNS = frozenset({"favor", "favour", "support", "defense", "defence"})
# How a quoted fragment hangs in the noun phrase of the noun whose topic it stands in.
TOPIC_PHRASE_DEPS = frozenset({"pobj", "amod", "compound", "nmod", "conj", "appos", "pcomp"})
# Of those, the ones a verb form may stand in: "the “failed” policy", "against “printing” it".
VERBAL_MODIFIER_DEPS = frozenset({"amod", "compound", "pcomp"})


def cue_by_owned_argument(ctx: DocContext, qi: int) -> CueMatch | None:
    """``his muddled argument in favour of “single-payer” care``, ``Bell's broadside against
    “printing money”``: a fragment in the topic phrase of a noun of saying or arguing that a
    person possesses is that person's words, whatever verb the noun phrase hangs off
    but a verb of saying (the attribution tries this after the verb rules, so ``Ray blasted
    Bell's call for a “...”`` stays Ray's, as the news reads it): ``Critics pounced on Bell's
    attack on the “reckless” budget`` is Bell's word, not the critics'. The climb stays inside
    the noun phrase (no verb on the way); a title (every word capitalised) is no one's."""
    found = fragment_in_scope(ctx, qi)
    if found is None:
        return None
    head, allowed = found
    words = [t for t in head.subtree if not t.is_punct and ctx.owner[t.i] == qi]
    if len(words) > 1 and all(t.text[:1].isupper() for t in words if t.is_alpha):
        return None
    node = head
    for _ in range(SPEECH_NOUN_DEPTH + 2):
        parent = node.head
        if parent.i == node.i or not allowed(parent) or not ctx.same_sentence(parent, head):
            return None
        if node.dep_ == "prep":
            if not _topic_prep(node) or parent.pos_ != "NOUN":
                if parent.pos_ == "NOUN" and parent.lower_ in STANCE_NOUNS:
                    node = parent  # "in favour of": go on to the noun "in" hangs off
                    continue
                return None
            if parent.lemma_.lower() in SPEECH_NOUNS | THOUGHT_NOUNS | ARGUING_NOUNS:
                owner = next((c for c in parent.children if c.dep_ == "poss"), None)
                if owner is None or not allowed(owner) or not _is_person_subject(owner):
                    return None
                return CueMatch(
                    parent.text, parent.idx, parent.idx + len(parent), owner, (), "owned-noun"
                )
        elif not _in_topic_phrase(node):
            return None
        node = parent
    return None


# Nouns of one's own account set before a clause: "by her own admission", "in his words".
OWN_ACCOUNT_NOUNS = frozenset(
    {"admission", "account", "word", "description", "telling", "estimate", "reckoning", "view"}
)


def cue_by_own_account(ctx: DocContext, qi: int) -> CueMatch | None:
    """``The delay, by her own account, was a “blunder.”``, ``In his words, the deal is
    “a disaster.”``: a fragment in a clause that a person's own account frames ("by" or
    "in" with a noun of telling that the person possesses) is that person's words."""
    found = fragment_in_scope(ctx, qi)
    if found is None:
        return None
    head, allowed = found
    clause = head
    for _ in range(SPEECH_NOUN_DEPTH):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or not allowed(clause):
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    framing = [*clause.children, *(subject.children if subject is not None else ())]
    for prep in framing:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "in"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in OWN_ACCOUNT_NOUNS:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and allowed(owner) and _is_person_subject(owner):
            return CueMatch(noun.text, noun.idx, noun.idx + len(noun), owner, (), "own-account")
    return None


def _in_topic_phrase(node: Token) -> bool:
    """A word of a noun phrase's topic: a noun's object or modifier, a verb form only as a
    modifier or a preposition's gerund."""
    if node.dep_ not in TOPIC_PHRASE_DEPS:
        return False
    return node.pos_ not in ("VERB", "AUX") or node.dep_ in VERBAL_MODIFIER_DEPS


def _topic_prep(prep: Token) -> bool:
    """A preposition naming the topic of the noun it hangs off, not a time or a place
    (``his remarks on Friday``, ``her speech in Ohio``); ``in`` only as ``in favour of``."""
    if prep.lower_ == "in":
        return any(c.dep_ == "pobj" and c.lower_ in STANCE_NOUNS for c in prep.children)
    if prep.lower_ not in TOPIC_PREPS:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is None or obj.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")


def _is_speech_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS


def _reporting_cue(ctx: DocContext, cue: Token, level: int) -> CueMatch | None:
    """The cue whose reported clause (``ccomp``) is ``cue``'s clause, when it names a person."""
    node = _clause_with_subject(cue)
    if node.dep_ not in REPORTED_CLAUSE_DEPS or node.head.i == node.i:
        return None
    outer = node.head
    if ctx.owner[outer.i] != level or not ctx.same_sentence(outer, cue) or not is_cue_verb(outer):
        return None
    if ctx.paragraph(outer.idx) != ctx.paragraph(cue.idx):
        return None  # the parser joined two paragraphs into one sentence
    match = match_cue(outer, ctx.at_level(level))
    if match.speaker is None or not (
        _names_someone(match.speaker) or speaker_kind(match.speaker) == "pronoun"
    ):
        return None
    return replace(match, relays=(), rule="reporter")


def credit_issuer(match: CueMatch, allowed: Allowed) -> CueMatch:
    """A text that speaks stands for its issuer: "Her office issued a statement saying
    ...", "according to a filing signed by Bell", "according to audio provided by Bell";
    a noun of saying for its maker: "Ray made a remark that called it “...”"."""
    if match.speaker is None:
        return match
    if _is_speech_noun(match.speaker):
        # "Ray made a remark that called it “...”": a remark is its maker's words
        maker = possessor_of_saying(match.speaker) or text_issuer(match.speaker, allowed)
        if maker is None or not allowed(maker):
            return match
        return replace(match, speaker=maker, relays=(), rule=match.rule + ":maker")
    if speaker_kind(match.speaker) != "text":
        return match
    # after "according to", only an agent named with the text issued it
    issuer = text_issuer(match.speaker, allowed, agent_only="according" in match.rule)
    if issuer is None:
        return match
    return replace(match, speaker=issuer, relays=(), rule=match.rule + ":issuer")


# Nouns of a survey whose respondents' answers the news credits to it.
POLL_NOUNS = frozenset({"poll", "survey"})


def credit_poll(match: CueMatch, allowed: Allowed) -> CueMatch:
    """``In a new poll, 31 percent of voters said ...``: a share of a poll's respondents
    answers through the poll, which the news (and the gold) credits; the nearest poll
    named before the share in its sentence."""
    share = match.speaker
    if share is None or not _is_share(share):
        return match
    polls = [
        t
        for t in share.doc[share.sent.start : share.i]
        if t.pos_ == "NOUN" and t.lemma_.lower() in POLL_NOUNS and allowed(t)
    ]
    if not polls:
        return match
    return replace(match, speaker=polls[-1], relays=(), rule=match.rule + ":poll")


def _is_share(token: Token) -> bool:
    """``31 percent``, ``31%``, ``Six in 10 voters``: a number or share standing for people."""
    if token.ent_type_ == "PERCENT" or token.lower_ in ("percent", "%") or token.pos_ == "NUM":
        return True
    # "Six in 10 voters": a count "in" ten, a hundred
    return any(
        c.dep_ == "nummod" and any(q.lower_ in ("in", "out") for q in c.children)
        for c in token.children
    )


def text_issuer(text_noun: Token, allowed: Allowed, agent_only: bool = False) -> Token | None:
    """Who issued a statement, email or letter that "says" something.

    ``Her office issued a statement saying ...`` / ``an email sent out by Bell warned``:
    the news credits the person or body that issued the text, when the sentence names one.
    With ``agent_only``, only the agent of a participle counts (``according to a letter
    signed by Bell``): the subject around ``according to a letter`` did not issue it.
    """
    if text_noun.lemma_.lower() in DISPLAY_NOUNS:
        return None
    owner = _text_owner(text_noun, allowed)
    if owner is not None:
        return owner
    for child in text_noun.children:
        # "an email sent out by Sanders": the agent of the participle; "calculations by
        # Bell": the author the noun names with "by"
        if child.dep_ == "acl":
            by = next((a for a in child.children if a.dep_ == "agent"), None)
        else:
            by = child if child.dep_ == "prep" and child.lower_ == "by" else None
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if pobj is not None and allowed(pobj) and _names_someone(pobj):
            return pobj
    if agent_only:
        return None
    node = text_noun
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head  # "put out a statement to supporters": the preposition's verb
    if node.dep_ in ("dobj", "prep") and node.head.pos_ in ("VERB", "AUX"):
        verb = node.head
        subject = (
            _controller(verb, allowed) or _subject(verb, allowed) or _name_before(verb, allowed)
        )
        if subject is not None and (_is_person_subject(subject) or _is_body(subject)):
            return subject
    return None


# Verbs by which someone puts out a text: "Bell wrote to the council", "sent an email".
PUTTING_OUT_LEMMAS = frozenset({"write", "send", "issue", "release", "post", "publish", "email"})


def earlier_writer(text_noun: Token, allowed: Allowed) -> Token | None:
    """``Bell wrote to the council on Monday. “...,” the letter read.``: the writer of a
    text the sentence before brings in.

    A definite text (``the letter``, ``the email``) with no issuer in its own sentence is
    the one the sentence before tells of: the subject of a verb of writing there (with no
    object, or the same kind of text as its object: ``sent an email``), or the owner of the
    same kind of text (``Bell's letter arrived``). Sentences wholly inside quotes are
    passed over.
    """
    if text_noun.pos_ != "NOUN" or text_noun.lemma_.lower() in DISPLAY_NOUNS:
        return None
    doc = text_noun.doc
    # "the post read": the tagger may hang the article on "read" taken for a noun
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in text_noun.children)
    if not definite and (text_noun.i == 0 or doc[text_noun.i - 1].lower_ != "the"):
        return None
    start = text_noun.sent.start
    while start > 0:
        sent = doc[start - 1].sent
        start = sent.start
        if any(allowed(t) and not t.is_punct and not t.is_space for t in sent):
            break
    else:
        return None
    kind = text_noun.lemma_.lower()
    for token in sent:
        if not allowed(token):
            continue
        if token.pos_ == "NOUN" and token.lemma_.lower() == kind:
            owner = _text_owner(token, allowed)
            if owner is not None:
                return owner  # "Bell's letter arrived on Monday."
        if token.pos_ != "VERB" or token.lemma_.lower() not in PUTTING_OUT_LEMMAS:
            continue
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
        if any(o.lemma_.lower() != kind for o in objects):
            continue  # "Bell sent flowers", "wrote a book": another thing
        subject = _subject(token, allowed)
        if subject is not None and (_is_person_subject(subject) or _is_body(subject)):
            return subject
    return None


# Entity types of a possessor that dates a text rather than writes it: "Thursday's memo".
TEXT_DATE_ENTITIES = frozenset({"DATE", "TIME"})


def _text_owner(text_noun: Token, allowed: Allowed) -> Token | None:
    """The person or body a text's own noun phrase says it is from.

    ``Ray's statement said``, ``her letter warns``, ``a statement from Ray read``, ``a
    letter from the board warns``: the news credits the owner of the text, whatever the
    verb around it (so also after ``according to``).
    """
    for child in text_noun.children:
        if child.dep_ == "poss":
            # "Ray's statement", "the campaign's statement", "her letter"
            owner: Token | None = child
        elif child.dep_ == "prep" and child.lower_ == "from":
            # "a statement from Ray", "a letter from the county board"
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "prep" and child.lower_ == "on":
            # "a post on her Facebook page", "a message on Ray's account": the page's owner
            owner = _page_owner(child)
        else:
            continue
        if owner is None or not allowed(owner) or owner.ent_type_ in TEXT_DATE_ENTITIES:
            continue
        if _is_person_subject(owner) or _is_body(owner):
            return owner
    return None


# Pages a person posts texts on: "a post on her Facebook page", "a note on his blog".
PAGE_NOUNS = frozenset(
    {"page", "account", "feed", "website", "site", "blog", "timeline", "wall", "profile"}
)


def _page_owner(on: Token) -> Token | None:
    """The owner of the page a text is posted on: "her" in "on her Facebook page"."""
    page = next((c for c in on.children if c.dep_ == "pobj"), None)
    if page is None or page.lemma_.lower() not in PAGE_NOUNS:
        return None
    return next((c for c in page.children if c.dep_ == "poss"), None)


def _controller(verb: Token, allowed: Allowed) -> Token | None:
    """``The board urged Ray to issue a statement``: the object of the verb that governs a
    subjectless infinitive does its deed (Ray issues it, not the board)."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    obj = object_controller(verb, allowed)
    if obj is None or not (_is_person_subject(obj) or _is_body(obj)):
        return None
    return obj


def _is_body(token: Token) -> bool:
    """``The council passed a motion``, ``His office``: a body of people that issues texts
    (a group noun, or a noun owned by a person)."""
    group = token.pos_ == "NOUN" and token.lemma_.lower() in GROUP_NOUNS
    return group or someones_body(token)


def _name_before(verb: Token, allowed: Allowed) -> Token | None:
    """``Moms For Change issued a statement``: a name right before a verb the parser left
    without a subject (it took the name's last word for a modifier)."""
    if verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or before.head.i != verb.i or not allowed(before):
        return None
    return before


def possessor_of_saying(noun: Token) -> Token | None:
    """The person whose saying or thinking a noun is: "his claim", "Ray's assumption"."""
    from quotebase.extract.cues import SPEECH_NOUNS, THOUGHT_NOUNS

    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS | THOUGHT_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not _is_person_subject(owner):
        return None
    return owner


def _outer_cue(ctx: DocContext, cue: Token, allowed: Allowed) -> CueMatch | None:
    """The nearest cue above ``cue`` in its sentence whose subject names someone.

    The news convention (and PolNeAR's gold) attributes a report inside a report to the
    outermost reporter: in ``Kay said she called the plan “a mess”`` Kay is the source.
    """
    inner = match_cue(cue, allowed).speaker
    # "X criticized the server, which he described as “...”": a person's own words in a
    # clause that modifies rather than reports (a thing's are still the outer speaker's:
    # "she defended it, explaining the plan's “...”")
    own_clause = inner is not None and (
        speaker_kind(inner) == "pronoun"
        or inner.text.lower() in RELATIVE_PRONOUNS
        or _named_in_relative_clause(cue, inner)
    )
    node = cue
    for _ in range(OUTER_CUE_DEPTH):
        if node.head.i == node.i or not allowed(node.head) or not ctx.same_sentence(node.head, cue):
            return None
        if own_clause and node.dep_ in MODIFIER_CLAUSE_DEPS:
            return None
        if ctx.paragraph(node.head.idx) != ctx.paragraph(cue.idx):
            return None  # the parser joined two paragraphs into one sentence
        coordinated = node.dep_ == "conj" or (
            node.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in node.children)
        )
        node = node.head
        # "Ray praised it, but she called it “...”", "Ray said so, while Bell called it
        # “...”": a clause joined to a cue, or hung off it with a subject of its own, is a
        # report of its own, not one reported by that cue
        if _is_cue(node) and not coordinated:
            match = match_cue(node, allowed)
            if match.speaker is not None and _names_someone(match.speaker):
                return replace(match, relays=(), rule="outer")
    return None


# Verbs whose infinitive complement is a deed wished or foreseen, not done: expects X to say.
WISHING_LEMMAS = frozenset({"expect", "want", "hope", "urge", "wish", "intend"})


def _supposed_report(cue: Token) -> bool:
    """``voters will call it “...”``, ``expects Bell to call it “...”``: a saying that the
    sentence foresees, wishes or supposes (a modal, or an infinitive under a verb of
    wishing) rather than reports."""
    clause = _clause_with_subject(cue)
    if _supposed(clause) or _for_infinitive(clause):
        return True
    return (
        cue.dep_ in ("xcomp", "ccomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
        and cue.head.lemma_.lower() in WISHING_LEMMAS
    )


def _for_infinitive(clause: Token) -> bool:
    """``urged for the board to act by ...``: an infinitive with a subject of its own
    opened by "for", a deed someone asks for, not one done."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children
    )


def _wishing_cue(ctx: DocContext, cue: Token, level: int) -> CueMatch | None:
    """``A memo urges for the board to act by admitting that “...”``: the cue that
    asks for the deed an infinitive opened by "for" names says the words."""
    clause = _clause_with_subject(cue)
    head = clause.head
    if not _for_infinitive(clause) or head.i == clause.i or ctx.owner[head.i] != level:
        return None
    if not _is_cue(head) or not ctx.same_sentence(head, cue):
        return None
    match = match_cue(head, ctx.at_level(level))
    return replace(match, rule="outer") if match.speaker is not None else None


def _named_in_relative_clause(cue: Token, subject: Token) -> bool:
    """``the server, which an FBI review said was “...”``: a relative clause with a noun of
    its own for subject (not the relative pronoun) reports that noun's words."""
    return (
        cue.dep_ == "relcl"
        and subject.head.i == cue.i
        and subject.dep_ in SUBJECT_DEPS
        and subject.pos_ in ("NOUN", "PROPN")
    )


def cue_at_quote_start(ctx: DocContext, qi: int) -> CueMatch | None:
    """``Dobbins, “pointed out that ...”``: the quote opens with the cue, its subject outside."""
    span = ctx.spans[qi]
    first = bisect.bisect_left(ctx.token_starts, span.start)
    if first >= len(ctx.doc):
        return None
    token = ctx.doc[first]
    if not is_cue_verb(token) or token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ == "mark" for c in token.children):
        return None  # "until Ray “admits it is a problem”": a clause the writer supposes
    if token.dep_ == "ccomp" and token.head.i < token.i and is_cue_verb(token.head):
        # "Ray said Bell “says whatever he must”": the quoted words are those of the one
        # who reports the saying, not of its subject
        return None
    subject = _subject(token)
    if subject is None or ctx.owner[subject.i] != ctx.level(qi):
        return None
    return CueMatch(token.text, token.idx, token.idx + len(token), subject, (), "quote-start")
