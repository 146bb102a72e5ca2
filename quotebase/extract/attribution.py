"""Attribution rules: for one quoted span in a parsed ``Doc``, find its cue and speaker.

Each rule is a small function over the parsed document that returns a typed record; the
order in which :func:`attribute_span` tries them is the order in which the writing
conventions are most reliable for that shape of quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from quotebase.extract.coref import (
    NARRATOR_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    THIRD_PERSON_PRONOUNS,
    PersonMention,
    is_person_like,
    mention_of,
)
from quotebase.extract.cues import (
    CUE_LEMMAS,
    PARTICIPLE_CUES,
    RECALL_LEMMAS,
    SPEECH_NOUNS,
    THOUGHT_LEMMAS,
    is_according,
    is_cue_verb,
)
from quotebase.extract.records import QuoteSpan

SENTENCE_END = frozenset({".", "!", "?", "…"})
DASHES = frozenset({"-", "—", "―", "–", "--"})
CLOSING_MARKS = frozenset({"”", '"', "’", "'", "''", "»"})
# Clauses whose own subject is missing and is shared with the verb they hang off.
SUBJECT_SHARING_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep"})
# Clauses that modify a noun: the noun is the subject ("a statement saying", "Trump, adding").
NOUN_MODIFIER_DEPS = frozenset({"acl", "relcl"})
# The reported clause of a cue verb: its subject relays what the inner cue's subject said.
REPORTED_CLAUSE_DEPS = frozenset({"ccomp"})
# Clauses that modify rather than report: a cue inside one is not reported by the verb above.
MODIFIER_CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl"})
# How a verb hangs in the clause of the verb above it: "before he stopped responding".
CLAUSE_CHAIN_DEPS = frozenset({"xcomp", "ccomp"})
AFTER_WINDOW = 8  # tokens after the closing mark within which the cue's clause must start
FRAME_LIMIT = 40  # tokens scanned on either side of a quote
SHORT_QUOTE_WORDS = 3  # words of a quoted nickname or label a tag may hold
LEAD_IN_PARAGRAPHS = 1  # paragraphs back a cue-less quote looks for its lead-in report
OUTER_CUE_DEPTH = 6  # heads climbed from a cue to the cue that reports it
SPEECH_NOUN_DEPTH = 4  # heads climbed from a quoted fragment to a noun of saying
# How the words of a noun of saying hang off it: call for “...”, claim that “...”, pledge to “...”
CONTENT_OF_NOUN_DEPS = frozenset(
    {"pobj", "prep", "ccomp", "acl", "appos", "xcomp", "pcomp", "dobj", "attr", "acomp", "nsubj"}
)
TAG_CUE_POSITION = 3  # a tag after a sentence-closing quote opens with its cue: he said, said X
TAG_SUBJECT_SPAN = 6  # tokens a tag's subject phrase may take: an angry Hollande retaliated
APPOSITION_LIMIT = 20  # tokens a name and its apposition may take before the cue
LONG_APPOSITION_LIMIT = 32  # the same, when the apposition is set off by two commas
# Children of a cue verb that are its own reported content: it is a new report, not a tag.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
# Cue verbs whose object is the person spoken to: told reporters, asked the crowd.
LISTENER_CUES = frozenset(
    {"tell", "ask", "assure", "inform", "remind", "warn", "thank", "urge", "beg", "implore"}
)
LISTENER_DEPS = frozenset({"dobj", "dative"})
# Verbs of showing whose object is seen doing what a participle says: showed Ray saying.
SHOWING_LEMMAS = frozenset({"show", "hear", "see", "depict", "feature", "capture", "catch"})
# Entity types that are never the speaker after an inverted cue: said Thursday morning.
TIME_ENTITIES = frozenset({"DATE", "TIME"})

# Texts on display speak for themselves, not for whoever holds them up: held a sign saying.
# Verbs that say someone spoke without reporting words: they introduce the quotes after them
# ("Bell spoke briefly at the pier. “...”") but govern no quote of their own ("speaks volumes").
LEAD_IN_LEMMAS = frozenset({"speak"})

DISPLAY_NOUNS = frozenset({"sign", "banner", "placard", "poster", "headline", "caption", "label"})

Allowed = Callable[[Token], bool]


def _anything(token: Token) -> bool:
    return True


SELF_IDENTIFICATION = re.compile(r"\bI, ((?:[A-Z][\w'’.-]*\s?){1,4}),")


@dataclass(frozen=True)
class CueMatch:
    """A cue and the token standing for its speaker (before pronoun resolution)."""

    cue_text: str
    cue_start: int
    cue_end: int
    speaker: Token | None
    relays: tuple[Token, ...] = ()
    rule: str = ""


@dataclass
class DocContext:
    """Per-document lookups shared by the rules (computed once per document).

    ``Doc.text`` and ``Token.sent`` walk the whole document on every access, so the text
    and the sentence of each token are computed here once and read from the context.
    """

    doc: Doc
    spans: list[QuoteSpan]
    para_starts: list[int]
    token_starts: list[int]
    owner: list[int]  # innermost quote index whose outer range holds each token, or -1
    extra_frames: dict[int, int] = field(default_factory=dict)
    text: str = ""  # doc.text
    sent_of: list[int] = field(default_factory=list)  # sentence index of each token

    def same_sentence(self, a: Token, b: Token) -> bool:
        """True when two tokens stand in one sentence (one sentence when unparsed)."""
        return not self.sent_of or self.sent_of[a.i] == self.sent_of[b.i]

    def paragraph(self, char: int) -> int:
        """Index of the paragraph holding a character offset."""
        return bisect.bisect_right(self.para_starts, char) - 1

    def token_at(self, char: int) -> int:
        """Index of the token starting at or before a character offset."""
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def level(self, qi: int) -> int:
        """The owner value of the text a quote stands in (its parent quote, or -1)."""
        parent = self.spans[qi].parent
        return -1 if parent is None else parent


def build_context(doc: Doc, spans: list[QuoteSpan], text: str | None = None) -> DocContext:
    """Index a parsed document and its quote spans for the rules.

    Args:
        doc: The parsed document.
        spans: Its quote spans, in text order.
        text: ``doc.text`` when the caller already has it.

    Returns:
        The context the rules read.
    """
    text = doc.text if text is None else text
    para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    token_starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
    owner = [-1] * len(doc)
    # spans are in text order, parents before children: later (inner) spans overwrite
    for qi, span in enumerate(spans):
        first = bisect.bisect_left(token_starts, span.outer_start)
        last = bisect.bisect_left(token_starts, span.outer_end)
        for i in range(first, last):
            owner[i] = qi
    sent_of: list[int] = []
    if doc.has_annotation("SENT_START"):
        sent_of = [0] * len(doc)
        for k, sent in enumerate(doc.sents):
            sent_of[sent.start : sent.end] = [k] * (sent.end - sent.start)
    return DocContext(doc, spans, para_starts, token_starts, owner, text=text, sent_of=sent_of)


def _subject(verb: Token, allowed: Allowed | None = None) -> Token | None:
    """The subject of a cue verb, climbing through clauses that share their subject.

    ``allowed`` says which tokens may be the subject (not those inside the quote itself).
    """
    ok = allowed or _anything
    cue = is_cue_verb(verb)
    for step in range(4):
        if not ok(verb):
            return None
        # "His verdict: “...,” he said": a verb parsed with two subjects has the nearer one
        children = sorted(verb.children, key=lambda c: abs(c.i - verb.i))
        for child in children:
            if not ok(child):
                continue
            # the agent speaks for the cue itself only: in "X was joined by Y and joked",
            # the clause "joked" shares its subject X, not the agent
            if child.dep_ == "nsubjpass" and step == 0:
                # passive: "was quoted by X" -> the agent speaks
                agent = _passive_agent(verb)
                if agent is not None:
                    return agent
            if child.dep_ in SUBJECT_DEPS:
                # "Trump, who said ..." -> the relative pronoun stands for its head noun
                if child.text.lower() in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head
                return child
        if step == 0 and verb.tag_ in ("VBD", "VBZ"):
            # "Will described it as ...": a modal never comes before a past or present tense
            # verb, so a capitalised one there is a name the tagger misread
            for child in verb.children:
                capitalised = child.text[:1].isupper() and child.i < verb.i
                if child.dep_ == "aux" and child.tag_ == "MD" and capitalised and ok(child):
                    return child
        if step == 0 and verb.tag_ == "VBN":
            # "Asked by Lee whether ...": a participle's agent is its speaker
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
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
        if verb.dep_ in NOUN_MODIFIER_DEPS and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "a statement saying", "Trump, adding ..."
            return verb.head
        if verb.dep_ == "xcomp" and cue and verb.head.i != verb.i:
            # "prompted the group to state": the object of the governing verb speaks
            obj = next(
                (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and ok(c)),
                None,
            )
            if obj is not None and _is_person_subject(obj):
                return obj
        if verb.dep_ in SUBJECT_SHARING_DEPS and verb.head.i != verb.i:
            # "..., saying", "and added": the subject of the governing clause
            verb = verb.head
            continue
        if step > 0 and verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            # "she made a habit of saying": a gerund after the object shares the verb's subject
            verb = verb.head
            continue
        break
    return None


RELATIVE_REACH = 5  # tokens from a subject to the relative pronoun of its apposition


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
    for complement in verb.children:
        if complement.dep_ not in ("oprd", "attr"):
            continue
        for by in complement.children:
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
        if subject is not None and subject is not speaker:
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
    if is_according(cue):
        # "according to X": the object of "to" is the source
        to = next((c for c in cue.children if c.text.lower() == "to"), None)
        if to is None and cue.i + 1 < len(doc):
            to = doc[cue.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        end = to.idx + len(to) if to is not None else cue.idx + len(cue)
        return CueMatch("according to", cue.idx, end, source, (), "according")
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
        or _participle_subject(cue, allowed)
        or _subject(cue, allowed)
        or _subject_before_relative(cue, allowed)
    )
    if speaker is None:
        speaker = _adjacent_nominal(cue)
        if speaker is not None and allowed is not None and not allowed(speaker):
            speaker = None
    relays = _relays(_clause_with_subject(cue), speaker)
    return CueMatch(cue.text, cue.idx, cue.idx + len(cue), speaker, relays, "subject")


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
    if clause.i > cue.i or _is_cue(clause) or clause.dep_ not in REPORTED_CLAUSE_DEPS:
        return None
    inner = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if inner is None:
        return None
    speaks = _names_someone(inner) or inner.ent_type_ in ("PERSON", "NORP", "ORG")
    if (speaks or (inner.pos_ == "PRON" and inner.lower_ != "it")) and cue.lemma_ != "add":
        return None  # "added" goes on with the report even after a person's deed
    outer = clause.head
    if outer.i == clause.i or not is_cue_verb(outer):
        return None
    return _subject(outer, allowed)


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


def _adjacent_nominal(verb: Token) -> Token | None:
    """``the text read,`` parsed without a subject: the nominal right before the verb."""
    doc = verb.doc
    i = verb.i - 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "appos":
        i -= 1  # "..., her adviser, Jake Sullivan, said": a name in apposition, then the cue
    if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN", "PRON") and doc[i].dep_ != "pobj":
        return doc[i]
    return None


def _is_cue(token: Token) -> bool:
    return is_cue_verb(token) or is_according(token)


def frame_after(ctx: DocContext, qi: int) -> list[Token]:
    """Tokens after a quote's closing mark, to the end of its sentence, at the quote's level."""
    span = ctx.spans[qi]
    level = ctx.level(qi)
    para = ctx.paragraph(max(span.outer_end - 1, span.outer_start))
    i = ctx.token_at(span.outer_end)
    if i < len(ctx.doc) and ctx.doc[i].idx < span.outer_end:
        i += 1
    return _walk_frame(ctx, i, 1, para, level, skip_short=True)


def frame_before(ctx: DocContext, qi: int) -> list[Token]:
    """Tokens before a quote's opening mark, back to its sentence start, at the same level."""
    span = ctx.spans[qi]
    level = ctx.level(qi)
    para = ctx.paragraph(span.outer_start)
    i = bisect.bisect_left(ctx.token_starts, span.outer_start) - 1
    return _walk_frame(ctx, i, -1, para, level)[::-1]


def _walk_frame(
    ctx: DocContext, i: int, step: int, para: int, level: int, skip_short: bool = False
) -> list[Token]:
    """Tokens from ``i`` in direction ``step`` up to a sentence end, a paragraph break, a
    change of quote level, or FRAME_LIMIT tokens (spaces skipped), in walking order.

    With ``skip_short``, a short quote at the same level is walked through, marks and all:
    a nickname or a label inside the tag (``Del. Ann "Annie" Ray, said``)."""
    out: list[Token] = []
    while 0 <= i < len(ctx.doc) and len(out) < FRAME_LIMIT:
        token = ctx.doc[i]
        if ctx.paragraph(token.idx) != para:
            break
        owner = ctx.owner[i]
        if owner != level:
            if not (skip_short and owner >= 0 and out and ctx.level(owner) == level):
                break
            span = ctx.spans[owner]
            if len(ctx.text[span.start : span.end].split()) > SHORT_QUOTE_WORDS:
                break
        if token.text in SENTENCE_END:
            break
        if not token.is_space:
            out.append(token)
        i += step
    return out


def cue_in_after_frame(
    frame: list[Token],
    window: int = AFTER_WINDOW,
    sentence_closed: bool = False,
    allowed: Allowed | None = None,
) -> CueMatch | None:
    """``“...,” Crocker said.`` / ``“...,” said Crocker.``: the cue right after the quote.

    When the quote closes its own sentence (``“... .”``), only a short tag that ends the
    next sentence counts (``“Why?” he asked.``), not a new sentence with its own report.
    """
    if sentence_closed and frame:
        doc = frame[0].doc
        nxt = frame[-1].i + 1
        ends = nxt >= len(doc) or doc[nxt].text in SENTENCE_END or "\n" in doc[nxt].text
        if frame[0].pos_ == "CCONJ":
            return None
        if (len(frame) > 5 or not ends) and not _is_tag(frame):
            return None
    cues = _cue_window(frame, window)
    tag = _tag_cue(frame) if frame else None
    if tag is not None and tag.i > cues[-1].i:
        # "“Why?” a council clerk in the back row wondered.": the whole subject comes first
        cues = frame[: frame.index(tag) + 1]
    for pos, token in enumerate(cues):
        if _is_cue(token) and not _in_subordinate_clause(token, frame):
            match = match_cue(token, allowed)
            if match.speaker is None:
                # "said the former mayor": the inverted subject follows the verb
                after = _inverted_subject(frame, pos)
                # "Flynn, a top surrogate, said Thursday": the parser lost the subject before
                named = [t for t in frame[:pos] if t.pos_ in ("PROPN", "NOUN", "PRON")]
                if named:
                    after = named
                if after:
                    head = after[0]
                    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                        head = head.head
                    match = replace(match, speaker=head, rule="inverted")
            return replace(match, rule="after:" + match.rule)
    return None


def _in_subordinate_clause(cue: Token, frame: list[Token]) -> bool:
    """``“...,” when Bell blasted him``: a cue in a clause that only modifies the sentence.

    A tag is the sentence's own clause: a cue under a subordinator (when, before, because),
    a wh-word (``when asked``) or in a relative clause (``which some call``, ``who said``)
    after the quote tells of another saying. ``as Bell put it`` is a tag.
    """
    inside = {t.i for t in frame}
    node = cue
    for _ in range(OUTER_CUE_DEPTH):
        if node.i not in inside:
            return False
        if node.dep_ == "relcl":
            return True
        for child in node.children:
            if child.i > node.i or child.lower_ == "as":
                continue
            if child.dep_ == "mark" or (child.dep_ == "advmod" and child.tag_ == "WRB"):
                return True
        if node.dep_ not in CLAUSE_CHAIN_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _inverted_subject(frame: list[Token], pos: int) -> list[Token]:
    """``said the former mayor``: the nouns that may be the subject after a tag's cue.

    Only a finite cue that opens the tag inverts (``said X``, never ``and said X`` nor a
    participle: ``referring to X``, ``vowing to ...``), and the subject comes before any
    clause of its own (``said Bell, explaining he ...``); an object that the cue goes on to
    complete is no subject (``urged the voters to ...``, ``described Bell as ...``). A
    capitalized word right after the cue is a name the tagger missed (``said Early``).
    """
    cue = frame[pos]
    if cue.tag_ in ("VBG", "VBN") or any(t.pos_ == "CCONJ" for t in frame[:pos]):
        return []
    if cue.tag_ == "VB" and any(c.dep_ in ("aux", "mark") for c in cue.children):
        return []  # "to acknowledge": an infinitive, not a tag ("read the memo" is one)
    completed = any(
        c.i > cue.i
        and (c.dep_ in ("xcomp", "ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as"))
        for c in cue.children
    )
    found: list[Token] = []
    for k, t in enumerate(frame[pos + 1 :]):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            break
        if t.ent_type_ in TIME_ENTITIES:
            continue
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            if t.dep_ == "dobj" and completed:
                break
            found.append(t)
        elif k == 0 and t.is_alpha and t.is_title:
            found.append(t)
    return found


def tag_by_any_verb(frame: list[Token], allowed: Allowed) -> CueMatch | None:
    """``“Would it be negotiable?” Hannity pressed.``: a short tag whose verb is not in the
    lexicon (pressed, riffed, reacted) but stands where the tag convention puts the cue.

    The tag is the whole sentence after the quote: the verb among its first tokens, with a
    person (or pronoun) subject before it or an inverted name after it, and no content of
    its own (no clause or object after the verb).
    """
    if not frame:
        return None
    doc = frame[0].doc
    nxt = frame[-1].i + 1
    if not (nxt >= len(doc) or doc[nxt].text in SENTENCE_END or "\n" in doc[nxt].text):
        return None
    # "“Why?” Bell went on, as if he had not heard": the tag ends at its first comma
    comma = next((k for k, t in enumerate(frame) if t.text == ","), len(frame))
    frame = frame[:comma]
    if not frame or len(frame) > 8:
        return None
    for k, token in enumerate(frame[:TAG_SUBJECT_SPAN]):
        if token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if k >= TAG_CUE_POSITION and not all(
            t.i in {d.i for d in _subject_subtree(token)} for t in frame[:k]
        ):
            return None  # "an angry Hollande retaliated": all before the verb is its subject
        # "exhorted the mayor's aide": an inverted subject the parser took for an object
        inverted_object = next(
            (
                c
                for c in token.children
                if k == 0 and c.dep_ == "dobj" and any(_names_someone(t) for t in c.subtree)
            ),
            None,
        )
        if any(
            c.dep_ in CONTENT_DEPS and c.i > token.i and c != inverted_object
            for c in token.children
        ):
            return None
        subject = _subject(token, allowed) or inverted_object
        if subject is None:
            # "reacted Trump": the inverted subject follows the verb
            later = [t for t in frame if t.i > token.i and t.pos_ == "PROPN"]
            subject = later[0] if later else None
        if subject is None or not allowed(subject):
            return None
        # after the closing mark a tag opens in lower case: a capital marks a name the
        # tagger read as a common noun ("“Why?” Dunnity pressed.")
        capitalized = subject.pos_ == "NOUN" and subject.text[:1].isupper()
        named = _names_someone(subject) or subject == inverted_object
        if not (named or capitalized or speaker_kind(subject) == "pronoun"):
            return None
        if subject.text.lower() == "it":
            return None
        end = token.idx + len(token)
        return CueMatch(token.text, token.idx, end, subject, (), "tag-verb")
    return None


def tag_later_in_sentence(frame: list[Token], allowed: Allowed) -> CueMatch | None:
    """``“A big truck” plowed through the gate, he said, and ...``: a tag further on.

    A quote that opens its sentence with no cue of its own belongs to a tag that comes
    later in the same sentence: a comma, a subject (a name or a pronoun), a verb of saying
    that takes no content of its own, then a comma or the end of the sentence.
    """
    for token in frame:
        if not is_cue_verb(token) or token.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        subject = _subject_subtree(token)
        if not subject or subject[-1].i != token.i - 1 or not allowed(subject[0]):
            continue
        head = next(c for c in token.children if c.dep_ in SUBJECT_DEPS)
        if not (_names_someone(head) or speaker_kind(head) == "pronoun"):
            continue
        doc = token.doc
        if subject[0].i == 0 or doc[subject[0].i - 1].text != ",":
            continue
        content = (
            CONTENT_DEPS - LISTENER_DEPS if token.lemma_.lower() in LISTENER_CUES else CONTENT_DEPS
        )
        if any(c.dep_ in content and c.i > token.i for c in token.children):
            continue
        end = token.idx + len(token)
        return CueMatch(token.text, token.idx, end, head, (), "later-tag")
    return None


def tag_by_mistagged_cue(frame: list[Token], allowed: Allowed) -> CueMatch | None:
    """``“...,” the memo states.``: a tag whose cue the tagger read as a noun.

    After a quote that ends in a comma the sentence goes on with its tag; when the tag is a
    noun phrase ending in a word of saying (``the Council members state``, ``the sign read``)
    that the tagger took for a noun, the word is the cue and the phrase before it the speaker.
    Only verb-like forms count: an inflected one (states), ``read``, or a plain form after a
    plural (``the owners state``); the cue ends the tag, opens a phrase (``in the letter``)
    or closes a tag set off by commas mid-sentence (``the memo states, is ...``).
    """
    for k in range(1, min(len(frame), APPOSITION_LIMIT)):
        token, prev = frame[k], frame[k - 1]
        if prev.pos_ in ("VERB", "AUX"):
            return None  # a clause of its own, not a noun phrase and its cue
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in CUE_LEMMAS:
            continue
        low = token.text.lower()
        if not (low != lemma or low == "read" or prev.tag_ in ("NNS", "NNPS")):
            continue
        if prev.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue  # "the report": a noun after its determiner
        if (
            k + 1 < len(frame)
            and frame[k + 1].pos_ not in ("ADP", "ADV")
            and frame[k + 1].text != ","
        ):
            continue
        # the subject's head: its last noun before a preposition (a narrator in the spot)
        phrase: list[Token] = []
        for t in frame[:k]:
            if t.pos_ == "ADP":
                break
            phrase.append(t)
        nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
        subject = nouns[-1] if nouns else phrase[-1] if phrase else None
        if subject is None or not allowed(subject):
            return None
        return CueMatch(token.text, token.idx, token.idx + len(token), subject, (), "tag-noun")
    return None


def _subject_subtree(verb: Token) -> list[Token]:
    """The tokens of a verb's subject phrase (empty when it has none)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return list(subject.subtree) if subject is not None else []


def _tag_cue(frame: list[Token]) -> Token | None:
    """The cue a tag opens with: among its first tokens, or right after its subject phrase.

    ``“Why?” he asked.`` / ``“Why?” asked Tom Bell.`` put the cue first or second; a longer
    subject comes whole before it: ``“Why?” a council clerk in the back row wondered.``
    """
    for k, token in enumerate(frame[:APPOSITION_LIMIT]):
        if not _is_cue(token):
            continue
        if k < TAG_CUE_POSITION:
            return token
        subject = {t.i for t in _subject_subtree(token)}
        if token.dep_ in NOUN_MODIFIER_DEPS and token.head.i in {t.i for t in frame[:k]}:
            # "the nominee, Ann Ray, tweeted Sunday": the parser hung the cue off its subject
            subject = {t.i for t in token.head.subtree} - {t.i for t in token.subtree}
        # the commas closing an apposition hang off the cue: "Ann Ray, a clerk, said"
        return token if all(t.i in subject or t.is_punct for t in frame[:k]) else None
    return None


def _is_side_action(child: Token) -> bool:
    """``he asked, shaking his head``: a participle after a comma tells what the speaker did."""
    left = child.left_edge
    return child.tag_ == "VBG" and left.i > 0 and child.doc[left.i - 1].text == ","


def _is_tag(frame: list[Token]) -> bool:
    """``“Why?” he asked, smiling.``: a cue opening the frame, taking no content.

    A sentence after a quote that closes its own sentence is the quote's tag when it opens
    with its cue (``said X``) or its subject and cue (``he tweeted during ...``), and the cue
    takes no reported clause of its own (``He said later that ...`` is a new report).
    """
    token = _tag_cue(frame)
    if token is None:
        return False
    # "Trump told Britain's ITV": the object of tell/ask is the listener, not content
    content = (
        CONTENT_DEPS - LISTENER_DEPS if token.lemma_.lower() in LISTENER_CUES else CONTENT_DEPS
    )
    return not any(
        child.dep_ in content and child.i > token.i and not _is_side_action(child)
        for child in token.children
    ) and not any(t.text.lower() == "that" for t in frame[: frame.index(token) + 2])


def _cue_window(frame: list[Token], window: int) -> list[Token]:
    """The frame's first ``window`` tokens, stretched over an apposition after the name.

    ``“...,” Tom Bell, founder of the Example Policy Forum, tells ...``: the name and
    its apposition in commas come between the quote and its cue. The name opens with a
    capital even where the tagger read its first word as something else (``Will Carter``).
    """
    if len(frame) <= window or not (frame[0].pos_ == "PROPN" or frame[0].is_title):
        return frame[:window]
    commas = [k for k, t in enumerate(frame[:LONG_APPOSITION_LIMIT]) if t.text == ","]
    if len(commas) >= 2 and commas[0] <= 4:
        return frame[: commas[1] + 1 + 2]
    return frame[:window]


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


def cue_by_colon(frame: list[Token]) -> CueMatch | None:
    """``Soleimani: “...”`` — a bare name and a colon introduce the quote.

    A heading may come first, set off by a dash: ``VOTERS WAVER - Ann Ray: “...”``.
    """
    # a dash standing apart from its words (not the hyphen of "30-minute")
    dashes = [
        k
        for k, t in enumerate(frame[:-1])
        if t.text in DASHES and (t.whitespace_ or (k > 0 and frame[k - 1].whitespace_))
    ]
    if dashes and not any(t.pos_ in ("VERB", "AUX") for t in frame[dashes[-1] :]):
        frame = frame[dashes[-1] + 1 :]
    if len(frame) < 2 or frame[-1].text != ":" or len(frame) > 6:
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
    if head.dep_ == "pobj" and head.head.i in within and _is_cue(head.head.head):
        return None  # "He said of Congress:", "She says to voters:": the cue's subject speaks
    colon = frame[-1]
    return CueMatch(":", colon.idx, colon.idx + 1, head, (), "colon")


def cue_by_dash(frame: list[Token]) -> CueMatch | None:
    """``“...” — Michelle Marks, Philadelphia.``: a dash and a name sign the quote."""
    if not frame or frame[0].text not in DASHES:
        return None
    names = [t for t in frame[1:5] if t.pos_ == "PROPN"]
    if not names:
        return None
    head = names[0]
    while head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ == "PROPN":
        head = head.doc[head.i + 1]
    return CueMatch(frame[0].text, frame[0].idx, frame[0].idx + len(frame[0]), head, (), "dash")


DASH_AFTER_CLAUSE = re.compile(r"\w\W*\s(?:--|[-—―–])$")
SIGNATURE = re.compile(r"[ \t\u00a0]*(\n\s*)?([-—―–]+)[ \t\u00a0]*")
SIGNATURE_LINE = 80  # characters a signature line after a quote paragraph may take


def cue_by_signature(ctx: DocContext, qi: int) -> CueMatch | None:
    """``“...”― Pamela Padilla`` / a quote paragraph, then ``- Bernie Sanders.``: a signature.

    The dash may stick to the closing mark (one token for the parser), or open the next
    paragraph when the quote is a paragraph of its own (fact-check and reader-quote lists).
    """
    span = ctx.spans[qi]
    text = ctx.text
    found = SIGNATURE.match(text, span.outer_end)
    if found is None:
        return None
    if found.group(1):
        line_end = text.find("\n", found.end())
        line = text[found.end() : line_end if line_end >= 0 else len(text)]
        own_paragraph = not text[
            ctx.para_starts[ctx.paragraph(span.outer_start)] : span.outer_start
        ].strip()
        if not own_paragraph or len(line) > SIGNATURE_LINE:
            return None
    i = bisect.bisect_left(ctx.token_starts, found.end())
    if i >= len(ctx.doc):
        return None
    head = ctx.doc[i]
    if head.pos_ != "PROPN" or ctx.owner[i] != ctx.level(qi):
        return None
    while head.i + 1 < len(ctx.doc) and ctx.doc[head.i + 1].pos_ == "PROPN":
        head = ctx.doc[head.i + 1]
    return CueMatch(found.group(2), found.start(2), found.end(2), head, (), "signature")


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
            if ctx.owner[node.i] == level and _is_cue(node):
                match = match_cue(node, lambda t: ctx.owner[t.i] == level)
                if match.speaker is not None and not _names_someone(match.speaker):
                    # "She says it underscores that ...", "Cross said he called her “...”":
                    # a cue with a pronoun or a thing for subject, reported by an outer cue
                    # (one naming someone, else the one whose reported clause this is:
                    # "She said she put the point to him as “...”")
                    match = (
                        _outer_cue(ctx, node, lambda t: ctx.owner[t.i] == level)
                        or _reporting_cue(ctx, node, level)
                        or match
                    )
                if match.speaker is not None and ctx.owner[match.speaker.i] == level:
                    return replace(match, rule="syntax:" + match.rule)
                break
            if node.head.i == node.i:
                break
            node = node.head
    return None


def fragment_head(ctx: DocContext, qi: int) -> Token | None:
    """The head of a quoted fragment: its first token whose head stands outside the marks."""
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


def cue_by_clause_subject(ctx: DocContext, qi: int) -> CueMatch | None:
    """``Ray has been hammering Bell as a “fraud”``: the clause a fragment stands in.

    A quoted fragment with no verb of saying above it is still its clause subject's words
    when that subject is a person or a text (a report, an ad): the verb (pounding, likened,
    attacked, found) reports them.
    """
    level = ctx.level(qi)

    def allowed(token: Token) -> bool:
        return ctx.owner[token.i] == level

    token = fragment_head(ctx, qi)
    if token is None:
        return None
    node = token.head
    for _ in range(OUTER_CUE_DEPTH):
        if not allowed(node) or not ctx.same_sentence(node, token):
            return None
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in NOUN_MODIFIER_DEPS:
            break
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    if node.pos_ not in ("VERB", "AUX"):
        return None
    # a verb of saying further up the sentence reports the clause: Trump said X was “...”
    outer = node
    for _ in range(OUTER_CUE_DEPTH):
        if outer.head.i == outer.i or not allowed(outer.head):
            break
        if not ctx.same_sentence(outer.head, node):
            break
        outer = outer.head
        if _is_cue(outer):
            node = outer
            break
    for verb in _reporting_clauses(ctx, node, allowed):
        if verb.lemma_.lower() == "be":
            continue  # "X was “hostile”": a copula reports nothing
        subject = _subject(verb, allowed)
        if subject is None or subject.text.lower() == "it":
            continue
        # a text speaks through the verb it is the active subject of: "the ad targets a “...”"
        text = speaker_kind(subject) == "text" and subject.dep_ == "nsubj"
        if not (_names_someone(subject) or speaker_kind(subject) == "pronoun" or text):
            continue
        return CueMatch(verb.text, verb.idx, verb.idx + len(verb), subject, (), "clause-subject")
    return None


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
    for token in sent:
        if ctx.owner[token.i] != level or ctx.paragraph(token.idx) != para:
            continue
        if is_according(token):
            match = match_cue(token, lambda t: ctx.owner[t.i] == level)
            if match.speaker is not None and ctx.owner[match.speaker.i] == level:
                return replace(match, rule="according-in-sentence")
    return None


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
        if ctx.owner[node.i] != level or not ctx.same_sentence(node, head):
            return None
        if _is_speech_noun(node):
            break
        clause = below.dep_ == "ccomp" or below.pos_ in ("VERB", "AUX")
        if clause and node.pos_ in ("VERB", "AUX") and node.lemma_.lower() == "be":
            # "Ray's answer was that “...”": the noun of saying is the subject of a copula
            # whose complement is a clause (not "his words were a “...”": a description)
            noun = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if noun is not None and noun.i < head.i and _is_speech_noun(noun):
                node = noun
                break
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "relcl"):
            return None  # the quote's own clause: a verb rule's business
    else:
        return None
    owner = next((c for c in node.children if c.dep_ == "poss"), None)
    if owner is None or ctx.owner[owner.i] != level or not _is_person_subject(owner):
        return None
    return CueMatch(node.text, node.idx, node.idx + len(node), owner, (), "speech-noun")


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
    match = match_cue(outer, lambda t: ctx.owner[t.i] == level)
    if match.speaker is None or not (
        _names_someone(match.speaker) or speaker_kind(match.speaker) == "pronoun"
    ):
        return None
    return replace(match, relays=(), rule="reporter")


def text_issuer(text_noun: Token, allowed: Allowed) -> Token | None:
    """Who issued a statement, email or letter that "says" something.

    ``Her office issued a statement saying ...`` / ``an email sent out by Bell warned``:
    the news credits the person or body that issued the text, when the sentence names one.
    """
    if text_noun.lemma_.lower() in DISPLAY_NOUNS:
        return None
    for child in text_noun.children:
        # "an email sent out by Sanders": the agent of the participle
        if child.dep_ == "acl":
            for agent in child.children:
                if agent.dep_ == "agent":
                    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if pobj is not None and allowed(pobj) and _names_someone(pobj):
                        return pobj
    node = text_noun
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head  # "put out a statement to supporters": the preposition's verb
    if node.dep_ in ("dobj", "prep") and node.head.pos_ in ("VERB", "AUX"):
        subject = _subject(node.head, allowed)
        if subject is not None and (_is_person_subject(subject) or _someones_body(subject)):
            return subject
    return None


def _someones_body(token: Token) -> bool:
    """``His office``, ``Bell's staff``: a noun owned by a person stands for them."""
    if token.pos_ != "NOUN" or speaker_kind(token) == "text":
        return False  # "Bell's press release linked to a report": texts issue nothing
    return any(
        c.dep_ == "poss" and (_names_someone(c) or speaker_kind(c) == "pronoun")
        for c in token.children
    )


def possessor_of_saying(noun: Token) -> Token | None:
    """The person whose saying or thinking a noun is: "his claim", "Ray's assumption"."""
    from quotebase.extract.cues import SPEECH_NOUNS, THOUGHT_NOUNS

    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS | THOUGHT_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not _is_person_subject(owner):
        return None
    return owner


def _is_person_subject(token: Token) -> bool:
    """A subject that can speak: a name, a person noun, or a personal pronoun (not "it")."""
    if token.text.lower() == "it":
        return False
    return _names_someone(token) or speaker_kind(token) == "pronoun"


def _names_someone(token: Token) -> bool:
    """A speaker token that names a person or group, not a pronoun or a thing."""
    return token.pos_ == "PROPN" or is_person_like(token)


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
        speaker_kind(inner) == "pronoun" or inner.text.lower() in RELATIVE_PRONOUNS
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


def is_direct_shaped(ctx: DocContext, qi: int) -> bool:
    """A whole utterance in marks rather than a fragment woven into the sentence."""
    span = ctx.spans[qi]
    text = ctx.text
    content = text[span.start : span.end].strip()
    if not content:
        return False
    before = text[ctx.para_starts[ctx.paragraph(span.outer_start)] : span.outer_start].rstrip()
    # a dash after a clause introduces a whole utterance (“it wrapped up — “I will ...”),
    # not a dash opening a heading or glued to a word
    dash_after_clause = DASH_AFTER_CLAUSE.search(before) is not None
    starts_sentence = (
        not before
        or before[-1] in ":.?!"
        or ((before[-1] == "," or dash_after_clause) and content[0].isupper())
    )
    ends_utterance = content[-1] in ",.?!…" or not span.closed
    return starts_sentence and (ends_utterance or content[0].isupper())


def attribute_span(ctx: DocContext, qi: int) -> CueMatch | None:
    """Find the cue and speaker token of one quote, trying the conventions in order.

    Args:
        ctx: The document context.
        qi: Index of the quote in ``ctx.spans``.

    Returns:
        The best match, or None when no rule applies (a continuation or no speaker).
    """
    after = frame_after(ctx, qi)
    before = frame_before(ctx, qi)
    content = ctx.text[ctx.spans[qi].start : ctx.spans[qi].end].rstrip()
    ends_sentence = bool(content) and content[-1] in ".?!"
    window = 4 if ends_sentence else AFTER_WINDOW
    level = ctx.level(qi)

    def allowed(token: Token) -> bool:
        return ctx.owner[token.i] == level

    if is_direct_shaped(ctx, qi):
        # direct quotes: the cue usually follows the closing mark
        rules: tuple[Callable[[], CueMatch | None], ...] = (
            lambda: cue_in_after_frame(after, window, ends_sentence, allowed),
            lambda: tag_by_mistagged_cue(after, allowed) if content.endswith(",") else None,
            lambda: cue_by_dash(after),
            lambda: cue_by_signature(ctx, qi),
            lambda: cue_by_colon(before),
            lambda: _governing_cue_before(ctx, qi, before, allowed),
            lambda: cue_by_syntax(ctx, qi),
            lambda: cue_in_previous_paragraph(ctx, qi, allowed),
            lambda: cue_by_colon_sentence(ctx, qi),
            lambda: tag_by_any_verb(after, allowed),
            lambda: None if before or ends_sentence else tag_later_in_sentence(after, allowed),
        )
    else:
        # fragments: the cue governs the clause the fragment stands in
        rules = (
            lambda: cue_at_quote_start(ctx, qi),
            lambda: cue_by_syntax(ctx, qi),
            lambda: _governing_cue_before(ctx, qi, before, allowed),
            lambda: cue_in_after_frame(after, window, ends_sentence, allowed),
            lambda: cue_by_speech_noun(ctx, qi),
            lambda: None if before or ends_sentence else tag_later_in_sentence(after, allowed),
        )
    for rule in rules:
        match = rule()
        if match is None or match.speaker is None or ctx.owner[match.speaker.i] != level:
            continue
        if match.speaker.ent_type_ in TIME_ENTITIES and match.speaker.pos_ == "PROPN":
            continue  # "that Sunday was ...": a day says nothing
        if speaker_kind(match.speaker) == "text" and "according" not in match.rule:
            # "Her office issued a statement saying ...": the issuer of the text speaks
            issuer = text_issuer(match.speaker, allowed)
            if issuer is not None:
                issued = match.rule + ":issuer"
                match = replace(match, speaker=issuer, relays=(), rule=issued)
        owner = possessor_of_saying(match.speaker) if match.speaker is not None else None
        if owner is not None and allowed(owner):
            # "Her claim, made at the rally, was that “...”": the possessor said it
            match = replace(match, speaker=owner, rule=match.rule + ":possessor")
        # "According to CNN, X said “...”", "“...,” X said, according to CNN": the news
        # convention (and the gold) credits the source named by "according to"
        # after a sentence-closing quote the next sentence is the quote's only when it is
        # its tag: "“Why?” Bell asked, according to a transcript."
        tagged = not ends_sentence or match.rule.startswith("after:")
        sentence = before + (after if tagged else after[:TAG_CUE_POSITION])
        according = next((t for t in sentence if is_according(t)), None)
        if according is not None and "according" not in match.rule:
            cue = ctx.doc[ctx.token_at(match.cue_start)]
            # "X said that according to its analysis ...": a source inside the report
            if cue.is_ancestor(according) and according.head.i != cue.i:
                according = None
        if according is not None and "according" not in match.rule:
            source = match_cue(according, allowed)
            if source.speaker is not None and allowed(source.speaker):
                match = replace(source, relays=(), rule="according-in-sentence")
        # relays stand in the same text as the speaker, never inside the quote
        relays = tuple(t for t in match.relays if ctx.owner[t.i] == level)
        return replace(match, relays=relays)
    return None


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
    cues = [t for t in reversed(before) if _is_cue(t)]
    for k, cue in enumerate(cues):
        match = match_cue(cue, allowed)
        if match.speaker is None:
            continue
        if not _cue_left_behind(ctx, qi, cue, allowed, earlier=k + 1 < len(cues)):
            return replace(match, rule="before:" + match.rule)
    return None


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
        if earlier and node.dep_ == "relcl":
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


def cue_at_quote_start(ctx: DocContext, qi: int) -> CueMatch | None:
    """``Dobbins, “pointed out that ...”``: the quote opens with the cue, its subject outside."""
    span = ctx.spans[qi]
    first = bisect.bisect_left(ctx.token_starts, span.start)
    if first >= len(ctx.doc):
        return None
    token = ctx.doc[first]
    if not is_cue_verb(token) or token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subject = _subject(token)
    if subject is None or ctx.owner[subject.i] != ctx.level(qi):
        return None
    return CueMatch(token.text, token.idx, token.idx + len(token), subject, (), "quote-start")


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


def describe(token: Token) -> PersonMention:
    """The mention a speaker token stands for (see :func:`coref.mention_of`)."""
    return mention_of(token)


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
    root = colon
    for _ in range(OUTER_CUE_DEPTH):
        if root.head.i == root.i or ctx.owner[root.head.i] != level:
            break
        root = root.head
    if root.pos_ not in ("VERB", "AUX"):
        root = _intro_clause_verb(frame) or root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(root, lambda t: ctx.owner[t.i] == level)
    if (
        subject is not None
        and subject.i >= frame[0].i
        and (_names_someone(subject) or speaker_kind(subject) == "pronoun" or _agent_noun(subject))
    ):
        return CueMatch(
            colon.text, colon.idx, colon.idx + len(colon), subject, (), "colon-sentence"
        )
    # "The timing does not surprise pollster Ann Ray:": a named person ending the sentence
    last = frame[-2]
    if last.dep_ == "dobj" and last.pos_ == "PROPN" and last.ent_type_ == "PERSON":
        return CueMatch(":", colon.idx, colon.idx + 1, last, (), "colon-object")
    return None


def _agent_noun(token: Token) -> bool:
    """``the first questioners``, ``protesters``: a plural noun of people by what they do."""
    lemma = token.lemma_.lower()
    return token.tag_ == "NNS" and lemma.endswith(("er", "or", "ist")) and len(lemma) > 5


def cue_in_lead_in(ctx: DocContext, qi: int, since: int) -> CueMatch | None:
    """``Tusk said the talks ranged widely. “People are concerned ...”``: the lead-in cue.

    A quote with no cue of its own, opening a sentence, belongs to the last report before it
    in the same or the previous paragraph: news writing introduces a speaker in paraphrase
    and goes on in their words. Only text after ``since`` (the end of the previous quote)
    is searched, so a cue that already has its quote is not reused.
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

    def allowed(token: Token) -> bool:
        return ctx.owner[token.i] == level

    for i in range(last - 1, first - 1, -1):
        token = ctx.doc[i]
        lead_in = is_cue_verb(token) or (token.pos_ == "VERB" and token.lemma_ in LEAD_IN_LEMMAS)
        if ctx.owner[i] != level or not lead_in:
            continue
        # "Kay said that critics had long predicted it": the outermost reporter speaks
        outer = _outer_cue(ctx, token, allowed)
        match = outer if outer is not None else match_cue(token, allowed)
        if match.speaker is None or match.speaker.i < first or not allowed(match.speaker):
            continue
        if _names_someone(match.speaker) or speaker_kind(match.speaker) == "pronoun":
            return replace(match, relays=(), rule="lead-in")
    return None
