"""Introductions before a quote: the nearest cue before the opening mark that the sentence
has not left behind (``Crocker told me, “...”``, ``As X reported, ...:``), a bare name and a
colon (``Soleimani: “...”``), a sentence ending in a colon whose subject speaks even without
a verb of saying, a colon sentence ending the previous paragraph, and the lead-in report a
cue-less quote goes on from (``Tusk said the talks ranged widely. “...”``)."""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Token

from quotebase.extract.cue_match import Allowed, CueMatch, _is_cue, _subject, match_cue
from quotebase.extract.cues import SPEECH_NOUNS, THOUGHT_LEMMAS, is_according, is_cue_verb
from quotebase.extract.frames import (
    CONTENT_DEPS,
    DASHES,
    LISTENER_CUES,
    LISTENER_DEPS,
    NOUN_MODIFIER_DEPS,
    OUTER_CUE_DEPTH,
    SENTENCE_END,
    DocContext,
    frame_before,
)
from quotebase.extract.mentions import SUBJECT_DEPS, gender_of, pronoun_gender
from quotebase.extract.speakers import _is_person_subject, _names_someone, speaker_kind
from quotebase.extract.syntax import _is_body, _outer_cue, fragment_head, text_issuer

CLOSING_MARKS = frozenset({"”", '"', "’", "'", "''", "»"})
LEAD_IN_PARAGRAPHS = 1  # paragraphs back a cue-less quote looks for its lead-in report

# Verbs that say someone spoke without reporting words: they introduce the quotes after them
# ("Bell spoke briefly at the pier. “...”", "Ray identified debt as the main risk. “...”")
# but govern no quote of their own ("speaks volumes").
LEAD_IN_LEMMAS = frozenset({"speak", "identify", "outline"})
# Verbs by which someone puts out a text whose words a cue-less quote may go on with.
ISSUING_LEMMAS = frozenset({"issue", "release", "send", "post", "publish", "circulate"})


def cue_in_before_frame(frame: list[Token], allowed: Allowed | None = None) -> CueMatch | None:
    """``Crocker told me, “...”`` / ``According to X, “...”``: the nearest cue before it.

    A sentence that ends in a colon and opens with ``As X reported,`` gives the words to X.
    """
    source = _as_source(frame)
    if source is not None:
        match = match_cue(source, allowed)
        if match.speaker is not None:
            return replace(match, rule="before:as-" + match.rule)
    for token in reversed(frame):
        if _is_cue(token):
            match = match_cue(token, allowed)
            if match.speaker is not None:
                return replace(match, rule="before:" + match.rule)
    return None


def _as_source(frame: list[Token]) -> Token | None:
    """The cue of an ``As X reported,`` clause in a sentence that ends in a colon."""
    if not frame or frame[-1].text != ":":
        return None
    for token in frame:
        if not is_cue_verb(token) or token.dep_ != "advcl":
            continue
        marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
        content = any(c.dep_ in CONTENT_DEPS for c in token.children)
        if marks == ["as"] and not content:
            return token
    return None


COLON_NAME_TOKENS = 6  # tokens of a bare name and its colon before a quote
COLON_TITLE_TOKENS = 10  # ... of a long title and a name (``Former secretary of state Ann Ray:``)
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "ADP", "DET", "PUNCT"})


def _title_and_name(words: list[Token]) -> bool:
    """A capitalized title phrase ending in a name, with no verb: ``Former secretary of
    state Ann Ray`` (not ``The letter to Sen. Ann Ray``)."""
    return (
        len(words) < COLON_TITLE_TOKENS
        and words[0].text[:1].isupper()
        and words[0].pos_ != "DET"
        and words[-1].pos_ == "PROPN"
        and words[-2].pos_ == "PROPN"
        and all(t.pos_ in TITLE_POS for t in words)
    )


def cue_by_colon(frame: list[Token]) -> CueMatch | None:
    """``Soleimani: “...”`` — a bare name and a colon introduce the quote.

    A heading may come first, set off by a dash: ``VOTERS WAVER - Ann Ray: “...”``. A noun
    with a subject of its own is a verb the tagger misread (``Article 3 affirms:``): its
    subject speaks.
    """
    # a dash standing apart from its words (not the hyphen of "30-minute")
    dashes = [
        k
        for k, t in enumerate(frame[:-1])
        if t.text in DASHES and (t.whitespace_ or (k > 0 and frame[k - 1].whitespace_))
    ]
    # "... all along -More from Ann Ray:": a dash the tokenizer glued to the next word
    glued = [
        k
        for k, t in enumerate(frame[1:-1], 1)
        if t.text[:1] in DASHES and t.text[1:2].isupper() and frame[k - 1].whitespace_
    ]
    if glued and (not dashes or glued[-1] > dashes[-1]):
        if not any(t.pos_ in ("VERB", "AUX") for t in frame[glued[-1] :]):
            frame = frame[glued[-1] :]
    elif dashes and not any(t.pos_ in ("VERB", "AUX") for t in frame[dashes[-1] :]):
        frame = frame[dashes[-1] + 1 :]
    if len(frame) < 2 or frame[-1].text not in (":", "):"):
        return None
    # "Reaction: Ann Ray, mayor:": a label and its colon before the name
    labels = [k for k, t in enumerate(frame[:-1]) if t.text == ":"]
    if labels and not any(t.pos_ in ("VERB", "AUX") for t in frame[labels[-1] :]):
        frame = frame[labels[-1] + 1 :]
        if len(frame) < 2:
            return None
    # "Ann Ray, mayor:", "Tom Bell, defense lawyer:": a name and its description
    comma = next((k for k, t in enumerate(frame[:-1]) if t.text == ","), None)
    if (
        comma is not None
        and comma >= 2
        and frame[comma - 1].pos_ == "PROPN"
        and frame[comma - 2].pos_ == "PROPN"
        and not any(t.pos_ in ("VERB", "AUX", "PROPN") for t in frame[comma + 1 : -1])
    ):
        frame = frame[:comma] + frame[-1:]
    # "Rep. Ann Ray (D-Ore.):": a party and state in parentheses after the name
    if frame[-1].text == "):" or frame[-2].text.endswith(")"):
        opening = next((k for k in range(len(frame) - 2, 0, -1) if frame[k].text == "("), None)
        if opening is not None and frame[opening - 1].pos_ == "PROPN":
            frame = frame[:opening] + frame[-1:]
        elif frame[-1].text != ":":
            return None
    if len(frame) > COLON_NAME_TOKENS and not _title_and_name(frame[:-1]):
        return None
    if any(
        t.pos_ == "VERB" and any(c.dep_ in SUBJECT_DEPS and c.i < t.i for c in t.children)
        for t in frame
    ):
        return None  # "Ray added a caveat:", "He told the crowd:": a clause, not a bare name
    doc = frame[0].doc
    opens = frame[0].text[:1].isupper()
    if not opens and frame[0].i > 0 and doc[frame[0].i - 1].text in CLOSING_MARKS:
        return None  # "... called it “volatile,” with Bell:": the end of a longer sentence
    names = [t for t in frame[:-1] if t.pos_ in ("PROPN", "NOUN")]
    if not names:
        return None
    head = names[-1]
    within = {t.i for t in frame}
    # "Article 33 affirms:": a word with a subject of its own is a verb the tagger misread
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i in within), None)
    if subject is not None:
        return CueMatch(head.text, head.idx, head.idx + len(head), subject, (), "colon")
    if head.dep_ == "pobj" and head.head.i in within and _is_cue(head.head.head):
        return None  # "He said of Congress:", "She says to voters:": the cue's subject speaks
    colon = frame[-1].idx + len(frame[-1]) - 1
    return CueMatch(":", colon, colon + 1, head, (), "colon")


def cue_by_text_read(frame: list[Token], allowed: Allowed) -> CueMatch | None:
    """``The statement from the district read, “...”``: a text's noun phrase, ``read`` and a
    comma or colon introduce the text's words, whatever the tagger made of ``read`` (it may
    take it for a noun closing ``from the district``).

    The text speaks, so that its owner (``from Ann Ray``, ``Ray's letter``) is credited as
    for any text; when ``read`` stands as the noun after ``from``, the noun before it owns
    the text.
    """
    if len(frame) < 3 or frame[-1].text not in (",", ":") or frame[-2].lower_ != "read":
        return None
    cue = frame[-2]
    words = frame[:-2]
    # the phrase before "read", from the sentence start or the last comma: its head noun
    # is the last noun before a preposition ("The district's statement", "A note from")
    start = max((k + 1 for k, t in enumerate(words) if t.text == ","), default=0)
    phrase: list[Token] = []
    for t in words[start:]:
        if t.pos_ == "ADP":
            break
        if t.pos_ in ("VERB", "AUX"):
            return None  # a clause of its own ("She read", "Bell wanted to read")
        phrase.append(t)
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or speaker_kind(nouns[-1]) != "text" or not allowed(nouns[-1]):
        return None
    text = nouns[-1]
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in words[start + len(phrase) :]):
        return None  # "The letter that Bell wrote read": a clause inside; the parse decides
    speaker = text
    if cue.pos_ != "VERB" and cue.dep_ == "pobj" and cue.head.lower_ == "from":
        owner = frame[-3]  # "from the school district read": "district" owns the text
        named = owner.pos_ in ("NOUN", "PROPN") and owner.i > cue.head.i and allowed(owner)
        if named and (_is_person_subject(owner) or _is_body(owner)):
            speaker = owner
    return CueMatch(cue.text, cue.idx, cue.idx + len(cue), speaker, (), "text-read")


def _governing_cue_before(
    ctx: DocContext, qi: int, before: list[Token], allowed: Allowed
) -> CueMatch | None:
    """The nearest cue before a quote that does not stand in a clause the sentence has left.

    ``Boos rang out when Bell mentioned Ray, and the crowd took up the chant “...”``: a
    cue with its own content, in a modifying clause (relative, participial, or opened by
    when/after/because) that the sentence leaves for a verb of its own before the quote,
    reports something else; so does a relative clause with its own content when an earlier
    cue introduces the quote (``Ray was asked by Bell, who had dismissed the story, “...”``).
    ``As Bell put it, ...`` still introduces the words.
    """
    source = _as_source(before)
    if source is not None:
        match = match_cue(source, allowed)
        if match.speaker is not None:
            return replace(match, rule="before:as-" + match.rule)
    cues = [t for t in reversed(before) if _is_cue(t) and not _reports_no_words(t)]
    for k, cue in enumerate(cues):
        match = match_cue(cue, allowed)
        if match.speaker is None:
            continue
        if not _cue_left_behind(ctx, qi, cue, allowed, earlier=k + 1 < len(cues)):
            if speaker_kind(match.speaker) == "pronoun":
                # "Kay said she recalled thinking, “...”": the reporter the pronoun stands
                # for is the mention that names the speaker (not "officials say he told")
                outer = _outer_cue(ctx, cue, allowed)
                if outer is not None and _agrees(match.speaker, outer.speaker):
                    return replace(outer, rule="before:" + outer.rule)
            return replace(match, rule="before:" + match.rule)
    return None


# Verbs by which someone keeps from speaking: "declined to comment", "refused to say".
REFUSAL_LEMMAS = frozenset({"decline", "refuse"})


def _reports_no_words(cue: Token) -> bool:
    """A cue that introduces no one's words before a quote.

    ``Ray, who declined to comment, proposes this: “...”``: a cue one declines or refuses,
    with nothing said (no object or clause of its own); ``Bell said, and I quote, “...”``:
    the writer's own aside vouching that the words are exact, not their speaker.
    """
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in REFUSAL_LEMMAS:
        return not any(c.dep_ in CONTENT_DEPS for c in cue.children)
    if cue.lemma_.lower() != "quote":
        return False
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    doc = cue.doc
    aside = cue.i + 1 < len(doc) and doc[cue.i + 1].text == ","
    return subject is not None and subject.lower_ == "i" and subject.i == cue.i - 1 and aside


def _agrees(pronoun: Token, name: Token | None) -> bool:
    """True when a third-person pronoun may stand for ``name``: one person for he or she,
    several for they."""
    if name is None or name.pos_ not in ("PROPN", "NOUN"):
        return False
    plural = name.tag_ in ("NNS", "NNPS")
    if pronoun.lower_ in ("he", "she"):
        words = [c.text for c in name.lefts if c.dep_ == "compound"] + [name.text]
        gender = gender_of(words)
        return not plural and (gender is None or gender == pronoun_gender(pronoun.text))
    return pronoun.lower_ == "they" and plural


def _continues_relative_clause(verb: Token) -> bool:
    """``asked by Bell, who backs Ray, but has mocked the plan``: a conjunct with no subject
    of its own after a relative clause goes on with that clause (the parser joined it to
    the verb before the relative clause's noun instead)."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    between = verb.doc[verb.head.i + 1 : verb.i]
    return any(t.dep_ == "relcl" and t.head.i > verb.head.i for t in between)


def _cue_left_behind(ctx: DocContext, qi: int, cue: Token, allowed: Allowed, earlier: bool) -> bool:
    """True when ``cue`` stands in a modifying clause that the quote's sentence has left."""
    if is_according(cue):
        return False
    doc = ctx.doc
    content = CONTENT_DEPS - LISTENER_DEPS if cue.lemma_.lower() in LISTENER_CUES else CONTENT_DEPS
    if not any(c.dep_ in content | {"oprd"} and c.i > cue.i for c in cue.children):
        return False  # "after Bell told the paper he was “...”": the cue wants its content
    opening = ctx.token_at(ctx.spans[qi].outer_start)
    head = fragment_head(ctx, qi)
    inside = head.i if head is not None else opening
    node = cue
    for _ in range(OUTER_CUE_DEPTH):
        if node.left_edge.i <= inside <= node.right_edge.i or node.head.i == node.i:
            return False  # the quote stands in this clause
        marks = [
            c.lower_
            for c in node.children
            if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")
        ]
        if earlier and (node.dep_ == "relcl" or _continues_relative_clause(node)):
            return True  # "asked by Bell, who had dismissed the story, “...”"
        modifier = node.dep_ in NOUN_MODIFIER_DEPS or (
            # "when Bell mentioned Ray, the crowd ...", not "as Bell put it"
            node.dep_ == "advcl" and bool(marks) and "as" not in marks
        )
        # the sentence goes on with a verb of its own between that clause and the quote
        between = doc[node.right_edge.i + 1 : opening]
        if modifier and any(t.pos_ in ("VERB", "AUX") and allowed(t) for t in between):
            return True
        node = node.head
    return False


def cue_in_previous_paragraph(
    ctx: DocContext, qi: int, allowed: Allowed | None = None
) -> CueMatch | None:
    """``Breitbart News responded:`` ending a paragraph introduces the quote that opens the next."""
    frame = _previous_paragraph_colon_sentence(ctx, qi)
    if not frame:
        return None
    match = cue_in_before_frame(frame, allowed) or cue_by_colon(frame)
    if match is None:
        return None
    return replace(match, rule="previous-paragraph:" + match.rule)


def _previous_paragraph_colon_sentence(ctx: DocContext, qi: int) -> list[Token]:
    """When a quote opens its paragraph and the previous paragraph ends in a colon: the last
    sentence of that paragraph, at the quote's level (spaces left out); otherwise []."""
    span = ctx.spans[qi]
    para = ctx.paragraph(span.outer_start)
    text = ctx.text
    if para == 0 or text[ctx.para_starts[para] : span.outer_start].strip():
        return []
    prev = para - 1
    while prev > 0 and not text[ctx.para_starts[prev] : ctx.para_starts[prev + 1]].strip():
        prev -= 1
    prev_text = text[ctx.para_starts[prev] : ctx.para_starts[prev + 1]].rstrip()
    if not prev_text.endswith(":"):
        return []
    first = bisect.bisect_left(ctx.token_starts, ctx.para_starts[prev])
    last = bisect.bisect_left(ctx.token_starts, ctx.para_starts[prev] + len(prev_text))
    frame: list[Token] = []
    for i in range(first, last):
        token = ctx.doc[i]
        if token.text in SENTENCE_END and i < last - 1:
            frame = []
        elif ctx.owner[i] == ctx.level(qi) and not token.is_space:
            frame.append(token)
    return frame


def _colon_intro(ctx: DocContext, qi: int) -> list[Token]:
    """The sentence ending in a colon right before a quote, at the quote's level, or [].

    The colon stands right before the opening mark (``He listed them: “...”``), or ends
    the previous paragraph when the quote opens its own (``... the following statement:``).
    """
    before = frame_before(ctx, qi)
    if before:
        # a dash introduces a whole utterance too: “He embraced it -- “I think ...”; so does
        # a comma after a whole clause: “Bell issued a statement, “We ...”
        content = ctx.text[ctx.spans[qi].start : ctx.spans[qi].end]
        if before[-1].text == "," and _reads_as_speech(content):
            return before
        return before if before[-1].text == ":" or before[-1].text in DASHES else []
    frame = _previous_paragraph_colon_sentence(ctx, qi)
    return frame if frame and frame[-1].text == ":" else []


def _reads_as_speech(content: str) -> bool:
    """A quote of a few sentence-case words or more, not a capitalized title (``“Citizen
    Carly,”``): what a comma after a whole clause can introduce."""
    words = content.split()
    if len(words) < 4 or not content[:1].isupper():
        return False
    capitalized = sum(w[:1].isupper() for w in words)
    return capitalized / len(words) < 0.6


def _intro_clause_verb(frame: list[Token]) -> Token | None:
    """The main verb of an introducing sentence that the parser hung off the quote.

    ``Ray later expressed regret over the vote: “Yes, I ought to have ...”`` is often
    parsed with the quote's verb as the root and the introduction as its clause; the
    introduction's own main verb is then its first verb whose head lies outside it.
    """
    inside = {t.i for t in frame}
    return next(
        (
            t
            for t in frame
            if t.pos_ in ("VERB", "AUX") and (t.head.i not in inside or t.head.i == t.i)
        ),
        None,
    )


def cue_by_colon_sentence(ctx: DocContext, qi: int) -> CueMatch | None:
    """``Clinton released the following statement: “...”``: a colon with no verb of saying.

    A sentence that introduces a quote with a colon speaks through its main clause's
    subject even when its verb is not a verb of saying (released, listed, played up).
    """
    frame = _colon_intro(ctx, qi)
    if len(frame) < 3:
        return None
    colon = frame[-1]
    level = ctx.level(qi)
    presented = _presented_speaker(frame)
    if presented is not None and ctx.owner[presented.i] == level:
        return CueMatch(
            colon.text, colon.idx, colon.idx + len(colon), presented, (), "colon-sentence"
        )
    root = colon
    for _ in range(OUTER_CUE_DEPTH):
        if root.head.i == root.i or ctx.owner[root.head.i] != level:
            break
        root = root.head
    if root.pos_ not in ("VERB", "AUX"):
        root = _intro_clause_verb(frame) or root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(_closing_clause(frame, root), ctx.at_level(level))
    if (
        subject is not None
        and (subject.i >= frame[0].i or _same_sentence_before(subject, frame[0]))
        and (
            _names_someone(subject)
            or speaker_kind(subject) in ("pronoun", "narrator", "text")
            or _agent_noun(subject)
        )
    ):
        return CueMatch(
            colon.text, colon.idx, colon.idx + len(colon), subject, (), "colon-sentence"
        )
    owner = _owner_of_closing_utterance(frame, ctx.at_level(level))
    if owner is not None:
        return CueMatch(colon.text, colon.idx, colon.idx + 1, owner, (), "colon-noun")
    # "The timing does not surprise pollster Ann Ray:": a named person ending the sentence
    last = frame[-2]
    if last.dep_ == "dobj" and last.pos_ == "PROPN" and last.ent_type_ == "PERSON":
        return CueMatch(":", colon.idx, colon.idx + 1, last, (), "colon-object")
    return None


# Nouns of an utterance a colon may close: "a threat many people make:", "one message:".
CLOSING_UTTERANCE_NOUNS = SPEECH_NOUNS | {"message", "saying"}
CLOSING_NOUN_REACH = 8  # tokens between the noun of an utterance and the colon


def _owner_of_closing_utterance(frame: list[Token], allowed: Allowed) -> Token | None:
    """``There is a threat many voters make: “...”``, ``The rally had one message: “...”``,
    ``a blind faith in the mayor's word: “...”``: the utterance a colon sentence ends on
    is the quote, and whoever owns it speaks: the noun's possessor, the subject of its
    relative clause, or who has it.

    The noun is the last noun of an utterance within a few words of the colon, with no verb
    after it outside its own relative clause (or one coordinated with it).
    """
    for k in range(len(frame) - 2, max(-1, len(frame) - 2 - CLOSING_NOUN_REACH), -1):
        noun = frame[k]
        if noun.pos_ in ("VERB", "AUX") and noun.dep_ != "conj" and not _under_relative(noun):
            return None
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLOSING_UTTERANCE_NOUNS:
            continue
        if not all(
            t.pos_ not in ("VERB", "AUX") or t.dep_ == "conj" or t in noun.subtree
            for t in frame[k + 1 : -1]
        ):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
            own = [c for c in clause.children if c.dep_ == "nsubj"] if clause is not None else []
            owner = own[0] if own and own[0].tag_ not in ("WDT", "WP") else None
        if owner is not None:
            person = _names_someone(owner) or speaker_kind(owner) == "pronoun"
            return owner if person and allowed(owner) else None
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOLDING_LEMMAS:
            # "The march had one message:": a gathering or a group has it too
            holder = _subject(noun.head, allowed)
            if holder is not None and holder.pos_ in ("NOUN", "PROPN") and allowed(holder):
                return holder
            if holder is not None and speaker_kind(holder) == "pronoun" and holder.lower_ != "it":
                return holder
        return None
    return None


def _under_relative(token: Token) -> bool:
    """A verb of a relative clause (or one coordinated with it)."""
    return token.dep_ == "relcl" or (token.dep_ == "conj" and token.head.dep_ == "relcl")


def _closing_clause(frame: list[Token], root: Token) -> Token:
    """``The hall got so loud that Ray had to shout her reply: “...”``: the clause with a person
    for its subject that the colon closes, when the parser hung the colon off an outer one;
    otherwise ``root``, the clause the colon hangs off."""
    if len(frame) < 2:
        return root
    node = frame[-2]
    for _ in range(OUTER_CUE_DEPTH):
        if node.i == root.i or node.head.i == node.i:
            return root
        if node.dep_ in NOUN_MODIFIER_DEPS:
            return root  # "a sound bite for which she apologized:" closes the noun phrase
        reporting = is_cue_verb(node.head) or node.head.lemma_.lower() in THOUGHT_LEMMAS
        if node.dep_ == "ccomp" and reporting:
            return root  # "Ray imagined Bell was thinking:": a report keeps its reporter
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                person = _names_someone(subject) or speaker_kind(subject) in ("pronoun", "narrator")
                return node if person and subject.lower_ != "it" else root
        node = node.head
    return root


def _same_sentence_before(subject: Token, start: Token) -> bool:
    """``Ann Ray, the host of “The Show,” listed her pick: “...”``: a subject before a quote
    inside its own phrase, in the same sentence and paragraph as the introduction."""
    between = subject.doc[subject.i : start.i]
    return subject.sent.start == start.sent.start and not any(
        t.text in SENTENCE_END or "\n" in t.text for t in between
    )


# "Here is", "Here's": a writer presenting what follows.
PRESENTING_VERBS = frozenset({"is", "'s", "’s", "are"})


def _presented_speaker(frame: list[Token]) -> Token | None:
    """``Here's Ann Ray in May 2004: “...”``: the person a writer presents before a colon.

    The sentence opens with "Here is" and a name (or a noun for a person) right after it,
    whatever the parser made of the words; "Here is what ..." and "Here is the text" present
    no one.
    """
    if len(frame) < 4 or frame[0].lower_ != "here" or frame[1].lower_ not in PRESENTING_VERBS:
        return None
    named = frame[2]
    if named.pos_ not in ("PROPN", "NOUN"):
        return None
    inside = {t.i for t in frame}
    while named.dep_ in ("compound", "flat") and named.head.i in inside:
        named = named.head
    return named if _names_someone(named) else None


def _agent_noun(token: Token) -> bool:
    """``the first questioners``, ``protesters``: a plural noun of people by what they do."""
    lemma = token.lemma_.lower()
    return token.tag_ == "NNS" and lemma.endswith(("er", "or", "ist")) and len(lemma) > 5


def cue_in_lead_in(ctx: DocContext, qi: int, since: int) -> CueMatch | None:
    """``Tusk said the talks ranged widely. “People are concerned ...”``: the lead-in cue.

    A quote with no cue of its own, opening a sentence, belongs to the last report before it
    in the same or the previous paragraph: news writing introduces a speaker in paraphrase
    and goes on in their words. Only text after ``since`` (the end of the previous quote)
    is searched, so a cue that already has its quote is not reused. Someone who issued a
    text (``The board released a statement.``) leads in its words; a cue in a relative
    clause (``the emails, which showed aides suggesting ...``) or in an aside in parentheses
    reports something else.
    """
    span = ctx.spans[qi]
    level = ctx.level(qi)
    para = ctx.paragraph(span.outer_start)
    text = ctx.text
    back = para
    for _ in range(LEAD_IN_PARAGRAPHS):
        back -= 1
        # blank lines between paragraphs are not paragraphs
        while back > 0 and not text[ctx.para_starts[back] : ctx.para_starts[back + 1]].strip():
            back -= 1
    earliest = ctx.para_starts[max(0, back)]
    first = bisect.bisect_left(ctx.token_starts, max(since, earliest))
    last = bisect.bisect_left(ctx.token_starts, span.outer_start)
    own = frame_before(ctx, qi)
    if own and own[-1].text in {",", ":"} | DASHES and _has_clause(own):
        # "the board premiered a film, “...”": an utterance the sentence runs into after a
        # clause of its own is that sentence's, not the last report's before it
        first = max(first, own[0].i)
    allowed = ctx.at_level(level)
    for i in range(last - 1, first - 1, -1):
        token = ctx.doc[i]
        lead_in = (
            is_cue_verb(token)
            or (token.pos_ == "VERB" and token.lemma_ in LEAD_IN_LEMMAS)
            or _turns_to_someone(token)
        )
        if ctx.owner[i] != level or _in_relative_clause(token) or _in_parentheses(token):
            continue
        issuer = _issuer_of_object_text(token, allowed)
        if issuer is not None and issuer.i >= first:
            # "The board issued a statement. “...”": the text goes on in the board's words
            end = token.idx + len(token)
            return CueMatch(token.text, token.idx, end, issuer, (), "lead-in")
        holder = _holder_of_utterance(token, allowed)
        if holder is not None and holder.i >= first:
            # "She had one more question for us. “...”": the asker's words
            end = token.idx + len(token)
            return CueMatch(token.text, token.idx, end, holder, (), "lead-in")
        if not lead_in or _withholds_words(token):
            continue
        # "Kay said that critics had long predicted it": the outermost reporter speaks
        outer = _outer_cue(ctx, token, allowed)
        match = outer if outer is not None else match_cue(token, allowed)
        if match.speaker is None or match.speaker.i < first or not allowed(match.speaker):
            continue
        if _names_someone(match.speaker) or speaker_kind(match.speaker) == "pronoun":
            return replace(match, relays=(), rule="lead-in")
    return None


def _turns_to_someone(verb: Token) -> bool:
    """``The judge turned to me.``: turning to a person is addressing them."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "turn":
        return False
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    whom = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if whom is None or whom.lower_ == "it":
        return False
    return _names_someone(whom) or speaker_kind(whom) in ("pronoun", "narrator")


def _withholds_words(cue: Token) -> bool:
    """``Ray did not respond.``, ``Bell declined to comment.``: a cue that is denied or
    refused says nothing, so it leads in no one's words."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    return _reports_no_words(cue)


# Verbs by which someone holds an utterance that the next quote gives: "had a question".
HOLDING_LEMMAS = frozenset({"have", "pose"})
# The utterances so held.
HELD_UTTERANCE_NOUNS = frozenset({"question", "message", "answer", "reply", "warning", "plea"})


def _holder_of_utterance(verb: Token, allowed: Allowed) -> Token | None:
    """``Ray then had a question for us.``: who has (or poses) a question or a
    message that the quote after the sentence gives, when a person or pronoun has it."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in HOLDING_LEMMAS:
        return None
    if not any(
        c.dep_ == "dobj" and c.lemma_.lower() in HELD_UTTERANCE_NOUNS for c in verb.children
    ):
        return None
    subject = _subject(verb, allowed)
    if subject is None or not (_names_someone(subject) or speaker_kind(subject) == "pronoun"):
        return None
    return subject


def _has_clause(frame: list[Token]) -> bool:
    """Words with a verb and its subject among them: a clause, not a phrase."""
    inside = {t.i for t in frame}
    return any(
        t.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECT_DEPS and c.i in inside for c in t.children)
        for t in frame
    )


def _in_relative_clause(token: Token) -> bool:
    """``the emails, which showed aides suggesting ...``: a cue inside a relative clause."""
    node = token
    for _ in range(OUTER_CUE_DEPTH):
        if node.dep_ == "relcl":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _issuer_of_object_text(verb: Token, allowed: Allowed) -> Token | None:
    """``The board issued a statement``: who issued the text that is a verb's object."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ISSUING_LEMMAS:
        return None
    text = next((c for c in verb.children if c.dep_ == "dobj" and speaker_kind(c) == "text"), None)
    return text_issuer(text, allowed) if text is not None else None


PARENTHESIS_REACH = 80  # tokens back a parenthesis may have opened


def _in_parentheses(token: Token) -> bool:
    """``(The law requires that doctors ...)``: a token inside an aside in parentheses, an
    opening one before it in its paragraph that no closing one has met."""
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - 1 - PARENTHESIS_REACH), -1):
        text = doc[i].text
        if text == ")" or "\n" in text:
            return False
        if text == "(":
            return True
    return False
