"""Assemble a document's quotes: kinds, speakers, block writers, nesting chains, parts.

:func:`attribute_doc` is the one entry point; it runs the scanner and block finder on the
document text, applies the attribution rules to every span, resolves pronouns and names in
text order, and builds the :class:`~quotebase.extract.records.Quote` records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from quotebase.extract.attribution import (
    CueMatch,
    DocContext,
    _subject,
    attribute_span,
    build_context,
    cue_by_according_in_sentence,
    cue_by_characterising_verb,
    cue_by_clause_subject,
    cue_by_view_holder,
    cue_in_after_frame,
    cue_in_lead_in,
    frame_after,
    frame_before,
    is_direct_shaped,
    match_cue,
    self_identification,
    tag_by_any_verb,
)
from quotebase.extract.coref import (
    excluded,
    nearest_mention,
    owners_named,
    remembered,
    resolve_pronoun,
)
from quotebase.extract.cue_match import _clause_with_subject
from quotebase.extract.cues import TERM_MARKERS, TITLE_NOUNS, is_cue_verb, relay_cue
from quotebase.extract.descriptions import described_speaker
from quotebase.extract.mentions import (
    PARTITIVE_WORDS,
    SUBJECT_DEPS,
    PersonMention,
    after_given_name,
    collect_mentions,
    described_kind,
    determined_title,
    ends_in_acronym,
    entity_full_name,
    given_named_surnames,
    is_known_surname,
    is_party_note,
    is_person_like,
    is_title_word,
    mention_of,
    name_given,
    name_without_opening_words,
    names_outlet,
    names_place_or_body,
    partitive_end,
    place_names,
    possible_heads,
    pronoun_gender,
    shared_surname_name,
    surname_of,
    surnames_of_people,
)
from quotebase.extract.name_tables import GIVEN_NAMES
from quotebase.extract.names import TITLES as NAME_TITLES
from quotebase.extract.names import is_nickname, is_person_name, same_person, strip_titles
from quotebase.extract.pronouns import RELATIVE_PRONOUNS, THIRD_PERSON_PRONOUNS
from quotebase.extract.records import (
    BlockSpan,
    DocumentMeta,
    EntityKind,
    Hop,
    HopRole,
    Mention,
    Quote,
    QuoteKind,
    QuoteSpan,
)
from quotebase.extract.speakers import QA_LABEL, author_named_in_text, interviewee, speaker_kind
from quotebase.extract.syntax import capitals_headline, earlier_writer, fragment_head, listed_with
from quotebase.extract.tags import tag_inside_unclosed, turn_taken_in_tag

# The narrator's pronouns that are one person: never an outlet's editorial "we".
SINGULAR_NARRATOR = frozenset({"i", "me", "my", "mine", "myself"})
# The name of a writer the document does not name: a description of this document.
AUTHOR = "the author"

SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "at",
        "by",
        "or",
        "as",
        "from",
        "vs",
        "is",
        "it",
        "its",
        "but",
        "nor",
        "into",
        "over",
        "up",
    }
)
WRITING_LEMMAS = frozenset(
    {"write", "recount", "report", "note", "describe", "explain", "put", "observe", "argue"}
)
SCARE_MAX_WORDS = 4
# A continued fragment of this many words or fewer is a scare quote, not the speaker's words.
SCARE_CONTINUATION_WORDS = 2
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
RELATIVES = frozenset({"who", "that", "which"})
CONTINUATION_GAP = 80
# Rules that read a signature after a quote ("“...” — Ann Ray"): it closes the quote it signs.
SIGNATURE_RULES: frozenset[str] = frozenset({"dash", "signature", "signed-line"})
TRANSCRIPT_LABEL = re.compile(
    r"\s*([A-Z][A-Z.'\- ]{1,30}[A-Z.]):\s"
)  # characters between two pieces of one utterance in a paragraph
TRANSCRIPT_LINE = re.compile(r"(?m)^" + TRANSCRIPT_LABEL.pattern)  # a label opening a line


# The rest of a speaker's tag before their next quote: “...,” he said. “...”
CONTINUED_AFTER_TAG = re.compile(r"\w+(?: \w+){0,2}[.,:;]\s*$")


@dataclass(frozen=True)
class Resolved:
    """A speaker as resolved: the mention used and the in-document name it stands for."""

    mention: Mention
    name: str
    kind: EntityKind
    token: int


# Labels of a transcript that name no speaker: "VIDEO:", "AUDIO:", "UPDATE:".
MEDIA_LABELS = frozenset(
    {
        "video", "audio", "clip", "soundbite", "sound", "bite", "voiceover", "voice-over",
        "transcript", "update", "note", "editor's", "editor’s", "watch", "read", "photo",
        "source", "breaking", "correction", "excerpt", "text", "partial",
    }
)  # fmt: skip
# Labels of a transcript that name a role, not a person: "MODERATOR:", "UNIDENTIFIED MALE:".
ROLE_LABELS = frozenset(
    {
        "moderator", "announcer", "narrator", "audience", "crowd", "unidentified", "male",
        "female", "man", "woman", "reporter", "questioner", "question", "answer", "q", "a",
        "voice", "protester", "protesters", "participant", "caller", "interviewer", "anchor",
        "host", "panel", "member", "members", "several", "multiple", "speakers", "speaker",
    }
)  # fmt: skip


def label_speaker(text: str, label: str) -> tuple[str, EntityKind] | None:
    """The speaker a transcript's label names, and its kind; None for a label of no one.

    "COLE:" after "MAYOR RITA COLE:" is the fullest label of that surname, in title case
    (a person); "MODERATOR:" names a role (a description); "VIDEO:" names no speaker.
    """
    name = label.strip()
    words = [w.lower() for w in name.split()]
    if all(w in MEDIA_LABELS for w in words):
        return None
    if all(w.rstrip(".") in ROLE_LABELS for w in words):
        return (name.lower() if name.isupper() else name), EntityKind.UNNAMED
    fuller = [
        m.group(1).strip()
        for m in TRANSCRIPT_LINE.finditer(text)
        if m.group(1).split()[-1] == name.split()[-1]
    ]
    name = max(fuller, key=len, default=name)
    return (name.title() if name.isupper() else name), EntityKind.PERSON


@dataclass
class SpanResult:
    """Working record for one scanner span."""

    kind: QuoteKind
    match: CueMatch | None = None
    speaker: Resolved | None = None
    relays: tuple[Resolved, ...] = ()
    part_of: int | None = None  # scanner index of the first part
    block: int | None = None


def _in_markup(text: str, start: int) -> bool:
    """True when a quote mark stands inside an HTML/XML tag (attribute values)."""
    return text.rfind("<", 0, start) > text.rfind(">", 0, start)


def _is_title_cased(content: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", content)
    major = [w for w in words if w.lower() not in SMALL_WORDS]
    if len(words) < 2 or not major or content.rstrip()[-1:] in ".?!":
        return False
    return sum(w[0].isupper() for w in major) / len(major) >= 0.8


def _title_case_headline_end(text: str) -> int:
    """Where the body starts when the first line is a headline in title case, else 0.

    Every word but the small ones capitalised, verbs included ("Voters Rip Tom Bell"); a
    sentence full of names still has a verb in lower case ("Gov. Tom Bell met Sen. Ray").
    """
    end = text.find("\n")
    if end < 0:
        return 0
    words = re.findall(r"[A-Za-z][\w'’-]*", text[:end])
    major = [w for w in words if w.lower() not in SMALL_WORDS]
    headline = len(words) >= 4 and all(w[0].isupper() for w in major)
    return end if headline else 0


def classify_no_speaker(ctx: DocContext, qi: int) -> QuoteKind:
    """Kind of a quote no cue governs: a title, a term, a scare quote, or speech after all."""
    span = ctx.spans[qi]
    content = ctx.text[span.start : span.end]
    words = content.split()
    before = [t.text.lower() for t in frame_before(ctx, qi)][-3:]
    after = [t.text.lower() for t in frame_after(ctx, qi)][:1]
    # "the book “...”", "his “axis of evil” speech": a title next to its noun
    if (set(before) | set(after)) & TITLE_NOUNS and len(words) >= 2:
        return QuoteKind.TITLE if _is_title_cased(content) else QuoteKind.SCARE
    # a name or term: known as / referred to as / so-called “...”
    if _naming_words(before):
        return QuoteKind.TERM
    # a Title Cased span with no cue: the name of a work
    if _is_title_cased(content) and len(words) >= 3:
        return QuoteKind.TITLE
    # a few words with no speaker, woven into the sentence: scare quotes
    if len(words) <= SCARE_MAX_WORDS and not is_direct_shaped(ctx, qi):
        return QuoteKind.SCARE
    return QuoteKind.DIRECT if is_direct_shaped(ctx, qi) else QuoteKind.MIXED


def _labelled_turn(
    ctx: DocContext, resolver: Resolver, label: re.Match[str], found: tuple[str, EntityKind]
) -> SpanResult:
    """A transcript's turn: the speaker its label names, with the label's colon as the cue."""
    start, end = label.span(1)
    token = ctx.token_at(start)
    speaker = Resolved(Mention(label.group(1), start, end), *found, token)
    resolver.remember(speaker)
    label_cue = CueMatch(":", end, end + 1, ctx.doc[token], (), "transcript")
    return SpanResult(QuoteKind.DIRECT, label_cue, speaker)


# Who speaks on an interview's labelled lines when no one is named: "Q:" and "A:".
QA_ROLES = {"Q": "the interviewer", "A": "the interviewee"}


def line_label(text: str, pos: int) -> re.Match[str] | None:
    """The transcript's label ("COLE:") or the interview's ("Q:", "A:") that opens the
    line holding ``pos``."""
    line = text.rfind("\n", 0, pos) + 1
    return TRANSCRIPT_LABEL.match(text, line) or QA_LABEL.match(text, line)


def labelled_speaker(ctx: DocContext, label: re.Match[str]) -> tuple[str, EntityKind] | None:
    """The speaker of a labelled line, and its kind: the person a transcript's label names
    (None for a label of no one), or in an interview the interviewee the introduction names
    for "A:" and the interviewer for "Q:"."""
    if label.re is not QA_LABEL:
        return label_speaker(ctx.text, label.group(1))
    answerer = interviewee(ctx.doc) if label.group(1) == "A" else None
    if answerer is not None:
        return answerer, EntityKind.PERSON
    return QA_ROLES[label.group(1)], EntityKind.UNNAMED


def _titled_work(ctx: DocContext, qi: int) -> bool:
    """``her novel “Salt and Iron”``, ``the film, “Cold Harbor,”``: a title-cased span of two
    words or more right after a noun of a work (:data:`TITLE_NOUNS`) names the work, also in a
    sentence whose verb of saying would make it the subject's words."""
    span = ctx.spans[qi]
    content = ctx.text[span.start : span.end]
    before = [t for t in frame_before(ctx, qi) if t.text != ","][-1:]
    return (
        bool(before)
        and before[0].lower_ in TITLE_NOUNS
        and before[0].pos_ == "NOUN"
        and len(content.split()) >= 2
        and _is_title_cased(content)
    )


def _term_marked(ctx: DocContext, qi: int) -> bool:
    """``referred to as “Haji Qassem”``, ``known as “...”``: naming, not quoting."""
    before = [t.text.lower() for t in frame_before(ctx, qi)][-3:]
    words = ctx.text[ctx.spans[qi].start : ctx.spans[qi].end].split()
    if len(words) > 5:
        return False
    return _naming_words(before)


def _nickname(ctx: DocContext, qi: int) -> bool:
    span = ctx.spans[qi]
    text = ctx.text
    return span.closed and is_nickname(
        text[max(0, span.outer_start - 30) : span.outer_start],
        text[span.start : span.end],
        text[span.outer_end : span.outer_end + 30],
    )


def _naming_words(before: list[str]) -> bool:
    """The last few words before a quote name it: ``known as``, ``referred to as``,
    ``so-called``, ``dubbed``; not ``known to be “...”``, which says what someone is."""
    markers = set(before) & TERM_MARKERS
    if markers == {"known"} and "as" not in before:
        markers = set()
    return bool(markers) or before[-2:] in (["to", "as"], ["known", "as"])


def _across_quote(token: Token, other: Token) -> bool:
    """Whether a quotation mark stands between ``token`` and the phrase ``other`` heads."""
    doc = token.doc
    if other.i > token.i:
        between = doc[token.i + 1 : other.left_edge.i]
    else:
        between = doc[other.right_edge.i + 1 : token.i]
    return any(t.is_quote for t in between)


class Resolver:
    """Resolves speaker tokens to names, in text order, remembering earlier speakers."""

    def __init__(self, ctx: DocContext, meta: DocumentMeta) -> None:
        self.ctx = ctx
        self.meta = meta
        # "Lawmakers Rip Donald Trump": in a headline in title case the tagger's names take
        # in the capitalised verbs beside them; the body names its people reliably
        body = _title_case_headline_end(ctx.text)
        outside = possible_heads(
            ctx.doc, lambda i: ctx.owner[i] == -1 and ctx.token_starts[i] >= body
        )
        # the tagger's PERSON/ORG split is unreliable: a surname seen once as a person is one
        self.person_words = {
            e.text.split()[-1] for e in ctx.doc.ents if e.label_ == "PERSON" and e.text.split()
        }
        self.surnames = surnames_of_people(ctx.doc)
        found = collect_mentions(outside)
        # and so is the surname of a full name the mentions read as a person's however
        # tagged ("Colorado's Kendal Unruh, a delegate" ... "said Unruh", tagged ORG)
        self.person_words |= {
            m.name.split()[-1]
            for m in found
            if m.kind is EntityKind.PERSON and len(m.name.split()) > 1 and is_person_name(m.name)
        }
        # and a surname written once after a given name ("Carly Fiorina") is a person's
        self.given_surnames = given_named_surnames(found)
        self.candidates: list[PersonMention] = [self._upgrade(m) for m in found]
        # each quote's speaker once resolved, by quote index: an ``I`` inside a quote is its
        # speaker's
        self.quote_speakers: dict[int, Resolved | None] = {}
        self._author: str | None = None  # the writer named in the text; "" for none

    def _upgrade(self, pm: PersonMention) -> PersonMention:
        words = pm.name.split()
        head = self.ctx.doc[pm.token]
        if names_outlet(head, pm.name):
            return pm  # "according to Politico", "HuffPo": an outlet, however else tagged
        if pm.kind is EntityKind.UNNAMED and self._surname(head):
            # "Ray shot back", "said Kelly": a surname the tagger read as a common noun, an
            # adverb or a modal, after "Ann Ray"
            return replace(pm, kind=EntityKind.PERSON, plural=False)
        described = described_kind(pm, head)
        if described is not pm:
            return described  # "said Concord resident Ann Ray"; "Acme, the news agency"
        if pm.kind is EntityKind.PERSON and self._place(pm, head):
            # "Ottawa declined to comment", "the United States objected": a place
            # that acts is its government or its people, a body, not a person
            return replace(pm, kind=EntityKind.ORGANIZATION, plural=False)
        if pm.kind is not EntityKind.ORGANIZATION or not words or ends_in_acronym(pm.name):
            return pm  # "Junge FDP": an acronym ends a body's name, whoever bears its words
        if names_place_or_body(head, pm.name):
            return pm  # "Wall Street", after "Ann Ray Street" tagged a person
        # a surname is capitalised: not "campaign" in "the Ann Ray campaign"
        given = words[-1][:1].isupper() and surname_of(pm.name) in self.given_surnames
        if words[-1] in self.person_words or given:
            return replace(pm, kind=EntityKind.PERSON)
        return pm

    def _place(self, pm: PersonMention, head: Token) -> bool:
        """A name the document uses as a place or an event (:func:`place_names`), not the
        surname of anyone it names ("Washington" after "Kerry Washington")."""
        last = pm.name.split()[-1] if pm.name.split() else ""
        return (
            head.pos_ == "PROPN"
            and last not in self.surnames
            and last not in self.person_words
            and pm.name in place_names(head.doc)
        )

    def _surname(self, head: Token) -> bool:
        """A capitalised word alone that is the surname of someone the document names in
        full; a speaker the rules chose may be any part of speech ("Will urged")."""
        if is_known_surname(head, self.surnames):
            return True
        return (
            head.pos_ != "PRON"
            and head.text[:1].isupper()
            and head.text in self.surnames
            and head.dep_ not in ("compound", "flat")
            and not any(c.dep_ in ("compound", "flat") for c in head.children)
            and not determined_title(head)  # "the King said" after "Rep. Tom King"
        )

    def _headline_name(self, pm: PersonMention) -> PersonMention:
        """A headline's name that runs on into the words after it is the body's name.

        "Ann Ray Slams Tax Plan: ‘...’", "Ann Ray heckles critics: ‘...’": the parser takes
        the headline's verb and object into the name; a full name the body gives that the
        headline's name begins with is the person.
        """
        headline_end = self.ctx.text.find("\n")
        words = pm.name.split()
        if pm.kind is not EntityKind.PERSON or pm.mention.start >= headline_end or len(words) < 3:
            return pm
        for other in self.candidates:
            known = strip_titles(other.name).split()
            if (
                other.mention.start > headline_end
                and other.kind is EntityKind.PERSON
                and 2 <= len(known) < len(words)
                and words[: len(known)] == known
            ):
                return replace(pm, name=" ".join(known))
        return pm

    def remember(self, resolved: Resolved) -> None:
        """Record a speaker as the most salient antecedent at its position.

        A speaker named inside someone's quotation (“Not once has an aide said, ‘...’”) is
        the quoted person's reference, not the writer's: no antecedent for the text outside.
        """
        if self.ctx.owner[resolved.token] != -1:
            return
        head = self.ctx.doc[resolved.token]
        found = remembered(head, resolved.name, resolved.kind, resolved.mention, self.candidates)
        if found is not None:
            self.candidates.append(found)
            self.candidates.sort(key=lambda c: c.token)

    def narrator(self, token: Token, writer: Resolved | None) -> Resolved:
        """``I``/``me``: the speaker of the quote it stands in; outside quotes the block's
        writer, else the document's author."""
        mention = Mention(token.text, token.idx, token.idx + len(token))
        enclosing = self.ctx.owner[token.i]
        if enclosing != -1 and enclosing in self.quote_speakers:
            # “Then I said, ‘No way,’” Ray recalled: the I of a quote is the quote's speaker,
            # no one's at all when the quote has none (never the writer's)
            found = self.quote_speakers[enclosing]
            if found is None:
                return Resolved(mention, token.text, EntityKind.UNNAMED, token.i)
            return Resolved(mention, found.name, found.kind, token.i)
        if writer is not None:
            return Resolved(mention, writer.name, writer.kind, token.i)
        turn = self._transcript_turn(token)
        if turn is not None:
            return Resolved(mention, turn, EntityKind.PERSON, token.i)
        if self.meta.author:
            return Resolved(mention, self.meta.author, self.meta.voice_kind, token.i)
        if token.lower_ in SINGULAR_NARRATOR:
            # a byline that is the outlet's, or none: "I" is one person, never the outlet;
            # the writer the text credits ("excerpted from Ann Roe's new book"), else unnamed
            named = self._named_author()
            if named is not None:
                return Resolved(mention, named, EntityKind.PERSON, token.i)
            return Resolved(mention, AUTHOR, EntityKind.UNNAMED, token.i)
        if self.meta.voice:
            return Resolved(mention, self.meta.voice, EntityKind.PUBLICATION, token.i)
        return Resolved(mention, token.text, EntityKind.UNNAMED, token.i)  # "we" of no one known

    def _named_author(self) -> str | None:
        """The writer the document credits in its own text, looked for once."""
        if self._author is None:
            ctx = self.ctx

            def outside(offset: int) -> bool:
                return ctx.owner[ctx.token_at(offset)] == -1

            self._author = author_named_in_text(ctx.text, outside) or ""
        return self._author or None

    def _transcript_turn(self, token: Token) -> str | None:
        """``COLE: ... what I told the council``: in a transcript, I is the turn's speaker."""
        label = line_label(self.ctx.text, token.idx)
        if label is None or label.end() > token.idx:
            return None
        found = labelled_speaker(self.ctx, label)
        return found[0] if found is not None else None

    def pronoun(self, token: Token, qi: int | None = None) -> Resolved:
        """A third-person pronoun: its antecedent's name; objects skip their clause subject.

        The speaker of quote ``qi`` is not a person the quoted words name as an owner
        ("“Ray's plan can win,” he said"), when someone else may be.
        """
        mention = Mention(token.text, token.idx, token.idx + len(token))
        exclude: frozenset[str] = frozenset()
        if token.dep_ == "poss":
            pass  # "Ray gained ground after her call": a possessive may be its clause subject
        elif token.dep_ not in SUBJECT_DEPS or token.text.lower() in OBJECT_PRONOUNS:
            # "Crocker recalled him saying": an object pronoun is not its clause's subject
            node = token.head
            for _ in range(3):
                subject = _subject(node)
                if subject is not None and subject.i != token.i:
                    exclude = frozenset({self._name_of(subject)})
                    break
                if node.head is node:
                    break
                node = node.head
        else:
            # "he told Rubio": a subject pronoun is not the person its own verb addresses
            exclude = frozenset(
                mention_of(c).name
                for c in token.head.children
                if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"
            )
        found = resolve_pronoun(token, self.candidates, exclude)
        if found is None:
            return Resolved(mention, token.text, EntityKind.UNNAMED, token.i)
        found = self._described_antecedent(found, token)
        owned = owners_named(self._spoken_words(qi, token)) if qi is not None else frozenset()
        others = self.candidates
        while owned and excluded(found.name, owned):
            # the mention that led there goes, even a description of that person
            others = [c for c in others if c.token != found.token]
            other = resolve_pronoun(token, others, exclude)
            if other is None:
                break
            found = self._described_antecedent(other, token)
        return Resolved(mention, found.name, found.kind, token.i)

    def _described_antecedent(self, found: PersonMention, pronoun: Token) -> PersonMention:
        """ "the campaign manager said he ...": a description that a pronoun stands for, under
        the name the document gives it (see :func:`described_speaker`), when the person's
        known gender is the pronoun's."""
        named = self._named_description(found.kind, found.token)
        if named is None:
            return found
        gender = pronoun_gender(pronoun.text)
        if gender is not None and any(
            c.gender not in (None, gender)
            for c in self.candidates
            if c.kind is EntityKind.PERSON and same_person(c.name, named.name)
        ):
            return found
        return replace(found, name=named.name, kind=named.kind)

    def _spoken_words(self, qi: int, speaker: Token) -> list[Token]:
        """The words of quote ``qi``, and of the next quote when it goes on right after the
        speaker's tag in the same paragraph (“...,” he said. “...”)."""
        ctx = self.ctx
        wanted = {qi}
        nxt = qi + 1
        if (
            nxt < len(ctx.spans)
            and ctx.spans[qi].outer_end <= speaker.idx
            and ctx.paragraph(ctx.spans[nxt].outer_start) == ctx.paragraph(speaker.idx)
            and CONTINUED_AFTER_TAG.match(ctx.text, speaker.idx, ctx.spans[nxt].outer_start)
        ):
            wanted.add(nxt)
        first = ctx.token_at(ctx.spans[min(wanted)].outer_start)
        last = ctx.token_at(ctx.spans[max(wanted)].outer_end)
        return [t for t in ctx.doc[first : last + 1] if ctx.owner[t.i] in wanted]

    def _name_of(self, token: Token) -> str:
        if token.pos_ == "PRON":
            # one level only: the subject pronoun's own antecedent, without exclusions
            found = resolve_pronoun(token, self.candidates)
            return found.name if found else token.text
        return mention_of(token).name

    def resolve(self, token: Token, qi: int, writer: Resolved | None) -> Resolved:
        """Resolve the speaker token of quote ``qi``."""
        kind = speaker_kind(token)
        if kind == "narrator":
            return self.narrator(token, writer)
        if kind == "pronoun":
            return self.pronoun(token, qi)
        # "The governor, Paul Smith, warned": the apposed name, not the description
        # ("Speaker of the Assembly Tom Bell said": a title the tagger read as a name)
        # (never across a quotation mark: "Ray: 'Never underestimate Bell.'" is no apposition;
        # a nickname in marks inside the name is no crossing: 'state Del. Ann "Annie" Ray')
        named = [
            c
            for c in token.children
            if c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and not _across_quote(token, c)
            and not is_party_note(c)  # "Ann King, Democrat of Ohio, said": King's note
        ]
        given = name_given(token) if token.pos_ == "NOUN" else None
        if given is not None:
            named.append(given)  # "said the station chief known as Rafe": the name it is given
        title = is_title_word(token)
        if title:
            # "said former Ohio Gov. and party chairman Tom Bell": an office joined to the
            # titles of a name is that name's
            named += [
                c
                for c in token.children
                if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
            ]
        # "BOSTON — Rep. Ann Ray on Friday said": the dateline the parser made the subject
        dateline = token.pos_ == "PROPN" and in_dateline(self.ctx.text, token.idx)
        # "One of the men, Tom Bell, said": a partitive word heads a description too
        partitive = token.lower_ in PARTITIVE_WORDS and partitive_end(token) is not None
        if (token.pos_ == "NOUN" or title or dateline or partitive) and named:
            token = named[0]
        cut = _name_after_cut_title(token)
        if cut is not None:
            token = cut  # "said Army Capt. Ann Ray": the subject is the title's holder
        pm = self._headline_name(self._upgrade(mention_of(token)))
        headline = capitals_headline(token) if token.pos_ == "PROPN" else None
        if headline is not None:
            # "CITY ENDS TAX “...”": a newsletter's headline in capitals credits the item it
            # heads, described by the headline, not a person of the words in it
            return Resolved(pm.mention, headline, EntityKind.UNNAMED, token.i)
        if kind == "text" and qi < 0:
            # "As the report put it:" before a block: the text itself (no quote to read)
            return Resolved(pm.mention, pm.name, pm.kind, token.i)
        if kind == "text":
            # "the text read": the text's author, by self-identification or nearest sender
            span = self.ctx.spans[qi]
            text = self.ctx.text
            para_end = text.find("\n", span.start)
            signed = self_identification(text[span.start : para_end if para_end >= 0 else None])
            if signed:
                return Resolved(pm.mention, signed, EntityKind.PERSON, token.i)
            # "Bell wrote to the council. “...,” the letter read": the writer the sentence
            # before names, under the text's own mention (as a description is named)
            earlier = earlier_writer(token, self.ctx.at_level(self.ctx.level(qi)))
            if earlier is not None:
                found = self.resolve(earlier, qi, writer)
                return Resolved(pm.mention, found.name, found.kind, token.i)
            return Resolved(pm.mention, pm.name, pm.kind, token.i)
        pm = self._described(pm, token)
        return Resolved(pm.mention, pm.name, pm.kind, token.i)

    def _described(self, pm: PersonMention, token: Token) -> PersonMention:
        """ "the Oregon senator said": the person the document gives the description to."""
        found = self._named_description(pm.kind, token.i)
        return pm if found is None else replace(pm, name=found.name, kind=found.kind)

    def _named_description(self, kind: EntityKind, token: int) -> PersonMention | None:
        """The named person the description at ``token`` stands for (see
        :func:`described_speaker`), or None when it is no description or names no one."""
        if kind is not EntityKind.UNNAMED:
            return None
        own = next((c for c in self.candidates if c.token == token), None)
        if own is None:
            return None
        found = described_speaker(own, self.candidates, self.ctx.doc)
        return None if found is own else found


# A dateline opening a paragraph: a place in capitals, a state or a date after a comma, the
# agency in brackets, then a dash ("BOSTON —", "LA CROSSE, Wis. —", "PARIS (AP) —").
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]*[A-Z.])(?:,[^—–\n]{1,30})?(?: \([A-Za-z]+\))? ?[—–]"
)


def in_dateline(text: str, offset: int) -> bool:
    """Whether the character at ``offset`` is in the dateline that opens its paragraph."""
    found = DATELINE.match(text, text.rfind("\n", 0, offset) + 1)
    if found is None or offset >= found.end():
        return False
    return sum(c.isalpha() for c in found.group("place")) > 3  # a place, not "AP —"


def _name_after_cut_title(token: Token) -> Token | None:
    """The name after a title that the parser cut from it at the title's full stop.

    "said Army Capt. Ann Ray", "said Air Force 1st Lt. Ann Ray": the tokenizer splits the
    abbreviation's full stop off, the parser ends the sentence there and makes the rank (or
    the ordinal before it) the verb's subject; the person named after the stop is.

    Args:
        token: A would-be speaker token: a title ("Capt") or an ordinal before one ("1st").

    Returns:
        The head (last word) of the name after the title, when the name is a person's (the
        tagger says so, or it opens with a known given name); otherwise None.
    """
    doc = token.doc
    if not (token.lower_ in NAME_TITLES or token.text[:1].isdigit()):
        return None
    i = token.i
    if token.lower_ not in NAME_TITLES:
        i += 1  # "1st Lt.": the ordinal before the title
    if i + 2 >= len(doc) or doc[i].lower_ not in NAME_TITLES:
        return None
    stop = doc[i + 1]
    if stop.text != "." or stop.idx != doc[i].idx + len(doc[i]):
        return None  # the title's own full stop, written against it
    first = doc[i + 2]
    end = first.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
        end += 1
    head = doc[end]
    if first.pos_ != "PROPN" or not (head.ent_type_ == "PERSON" or first.lower_ in GIVEN_NAMES):
        return None
    return head


def find_writer(
    ctx: DocContext, block: BlockSpan, resolver: Resolver, previous: Resolved | None
) -> Resolved | None:
    """The writer of a block quote: the subject of the intro's cue, unless it is the topic.

    A writer introduced earlier continues when the intro names the person the block is
    about (that person appears in the block in the third person).
    """
    if block.intro_end is None:
        return previous
    doc = ctx.doc
    text = ctx.text
    para_start = text.rfind("\n", 0, block.intro_end) + 1
    intro = [t for t in doc if para_start <= t.idx < block.intro_end and ctx.owner[t.i] == -1]
    cues = [t for t in intro if is_cue_verb(t)]
    # prefer verbs of writing ("wrote", "recounted") over verbs of saying
    cues.sort(key=lambda t: (t.lemma_.lower() not in WRITING_LEMMAS, t.i))
    for cue in cues:
        match = match_cue(cue)
        if match.speaker is None:
            continue
        who = (
            resolver.resolve(match.speaker, -1, None)
            if match.speaker.pos_ != "PRON"
            else (resolver.pronoun(match.speaker))
        )
        surname = who.name.split()[-1] if who.name.split() else who.name
        body = text[block.start : block.end]
        if re.search(rf"\b{re.escape(surname)}\b", body) and previous is not None:
            # the intro names the block's subject, not its writer: the earlier writer continues
            return previous
        if who.kind is EntityKind.UNNAMED and not (
            match.speaker.pos_ == "NOUN" and is_person_like(match.speaker)
        ):
            continue  # "the report said:" is no writer; "the state auditor wrote:" is one
        return who
    return previous


def attribute_doc(
    doc: Doc,
    meta: DocumentMeta,
    spans: list[QuoteSpan] | None = None,
    blocks: list[BlockSpan] | None = None,
) -> list[Quote]:
    """Attribute every quotation and block quote of a parsed document.

    Args:
        doc: The parsed document (one ``Doc`` for the whole text).
        meta: What is known of the document (its voice ends every chain).
        spans: Quote spans, when already scanned; scanned from ``doc.text`` otherwise.
        blocks: Block quotes, when already found; found from ``doc.text`` otherwise.

    Returns:
        The quotes in text order (a block precedes the quotes inside it).
    """
    from quotebase.extract.blocks import find_blocks
    from quotebase.extract.names import cluster_names
    from quotebase.extract.scanner import scan_quotes

    text = doc.text
    spans = list(scan_quotes(text)) if spans is None else spans
    blocks = list(find_blocks(text)) if blocks is None else blocks
    ctx = build_context(doc, spans, text)
    resolver = Resolver(ctx, meta)
    results: dict[int, SpanResult] = {}
    block_of = [_block_index(blocks, s.outer_start) for s in spans]
    writers: list[Resolved | None] = []
    previous_writer: Resolved | None = None
    pending_blocks = list(range(len(blocks)))
    last_at_level: dict[int, int] = {}
    for qi, span in enumerate(spans):
        # resolve block writers in text order, before the quotes inside them
        while pending_blocks and blocks[pending_blocks[0]].start <= span.outer_start:
            b = pending_blocks.pop(0)
            previous_writer = find_writer(ctx, blocks[b], resolver, previous_writer)
            writers.append(previous_writer)
        if _in_markup(text, span.outer_start) or span.end <= span.start:
            continue
        block = block_of[qi]
        writer = writers[block] if block is not None and block < len(writers) else None
        result = _attribute_one(ctx, qi, resolver, writer, results, last_at_level)
        result.block = block
        results[qi] = result
        resolver.quote_speakers[qi] = result.speaker
        if result.kind in (QuoteKind.DIRECT, QuoteKind.MIXED):
            last_at_level[ctx.level(qi)] = qi
    while pending_blocks:
        b = pending_blocks.pop(0)
        previous_writer = find_writer(ctx, blocks[b], resolver, previous_writer)
        writers.append(previous_writer)
    return _build_quotes(ctx, meta, blocks, writers, results, cluster_names)


def _block_index(blocks: list[BlockSpan], char: int) -> int | None:
    for b, block in enumerate(blocks):
        if block.start <= char < block.end:
            return b
    return None


def _attribute_one(
    ctx: DocContext,
    qi: int,
    resolver: Resolver,
    writer: Resolved | None,
    results: dict[int, SpanResult],
    last_at_level: dict[int, int],
) -> SpanResult:
    span = ctx.spans[qi]
    text = ctx.text
    prev_qi = last_at_level.get(ctx.level(qi))
    prev = results.get(prev_qi) if prev_qi is not None else None
    # the multi-paragraph convention: the scanner links the pieces, unless the new piece
    # closes in its paragraph with a tag of its own (“...,” Sexton said.): that cue wins
    own_tag = None
    if span.continues is not None and span.closed:
        after = frame_after(ctx, qi)
        level = ctx.level(qi)
        own_tag = cue_in_after_frame(after, allowed=ctx.at_level(level)) or tag_by_any_verb(
            after, ctx.at_level(level)
        )
    # a transcript line: “PENCE: ...” names its speaker inside the marks, also when the
    # paragraph continues an unclosed quote (the next speaker's turn in a transcript)
    label = TRANSCRIPT_LABEL.match(text, span.start, span.end)
    found = label_speaker(text, label.group(1)) if label is not None else None
    if label is not None and found is None:
        return SpanResult(QuoteKind.DIRECT)  # "VIDEO: ...": a clip's words, no one named
    if label is not None and found is not None:
        return _labelled_turn(ctx, resolver, label, found)
    # a transcript's label opening the quote's line ("CHAIRMAN AMES: “...”") names its
    # speaker; in an interview, "A:" is the interviewee's answer ("Q:" asks)
    label = line_label(text, span.outer_start)
    if label is not None and label.end() == span.outer_start:
        found = labelled_speaker(ctx, label)
        if found is not None:
            return _labelled_turn(ctx, resolver, label, found)
    if span.continues is not None and span.continues in results and own_tag is None:
        first = results[span.continues]
        return SpanResult(
            first.kind,
            first.match,
            first.speaker,
            first.relays,
            first.part_of if first.part_of is not None else span.continues,
        )
    if _term_marked(ctx, qi) and cue_by_characterising_verb(ctx, qi) is None:
        # "whom she dubbed “...”" names its coiner; "known as “...”" names no one
        return SpanResult(QuoteKind.TERM)
    if _nickname(ctx, qi):
        return SpanResult(QuoteKind.TERM)  # Robert “Bobby” Ray: a name, not anyone's words
    match = attribute_span(ctx, qi)
    if match is None:
        # "There was no plan, said Ray.": a quote paragraph whose closing mark was left out
        # before its own tag
        match = tag_inside_unclosed(ctx, qi)
    if (
        match is None
        and prev is not None
        and prev.match is not None
        and prev_qi is not None
        and prev.match.cue_start >= ctx.spans[prev_qi].outer_end
        and is_direct_shaped(ctx, qi)
    ):
        # “A,” Ray said, and her son chimed in. “B.”: the one taking the turn speaks
        match = turn_taken_in_tag(
            ctx.doc[ctx.token_at(prev.match.cue_start)],
            ctx.doc[ctx.token_at(span.outer_start)],
            ctx.at_level(ctx.level(qi)),
        )
    if match is None and is_direct_shaped(ctx, qi):
        # a cue-less quote after a report in paraphrase: that report's speaker
        # (after the previous quote and its own tag: “A.” X recalled him saying. “B.”)
        since = ctx.spans[prev_qi].outer_end if prev_qi is not None else 0
        if prev is not None and prev.match is not None:
            since = max(since, _tag_sentence_end(ctx, prev.match, since))
        match = cue_in_lead_in(ctx, qi, since)
    if (
        match is None
        and prev_qi is not None
        and (not _same_sentence(ctx, prev_qi, qi) or _outside_cue_clause(ctx, prev, qi))
        and not is_direct_shaped(ctx, qi)
        and (
            classify_no_speaker(ctx, qi) is QuoteKind.MIXED
            or _title_cased_continuation(ctx, prev_qi, qi)
        )
    ):
        # a fragment woven into a sentence of its own: “...,” Ray said. Bell dismissed it
        # as “...”: the clause's subject, not the last speaker, uses the words
        match = cue_by_clause_subject(ctx, qi)
    signed = prev is not None and prev.match is not None and prev.match.rule in SIGNATURE_RULES
    if (
        match is None
        and prev is not None
        and prev_qi is not None
        and prev.speaker is not None
        and not signed
    ):
        # a cue-less quote right after another one continues the previous speaker (not
        # after a signature: “...” — Ann Ray signs the quote before it, never the next)
        prev_span = ctx.spans[prev_qi]
        same_para = ctx.paragraph(prev_span.outer_start) == ctx.paragraph(span.outer_start)
        gap = text[prev_span.outer_end : span.outer_start]
        para_start = text[: span.outer_start].rstrip(" \t").endswith("\n")
        prev_para_end = text.find("\n", prev_span.outer_end)
        next_para = prev_para_end >= 0 and not text[prev_para_end : span.outer_start].strip()
        bridged = (
            para_start
            and prev_para_end >= 0
            and is_direct_shaped(ctx, qi)
            and _paraphrase_of(resolver, prev_para_end, span.outer_start, prev.speaker)
        )
        if same_para or (para_start and next_para) or bridged:
            kind = QuoteKind.DIRECT if is_direct_shaped(ctx, qi) else QuoteKind.MIXED
            if (
                kind is QuoteKind.MIXED
                and len(text[span.start : span.end].split()) <= SCARE_CONTINUATION_WORDS
                and not _listed_word(ctx, prev_qi, qi)
            ):
                own = _own_clause_of_speaker(ctx, qi, resolver, writer, prev.speaker)
                if own is None:
                    return SpanResult(QuoteKind.SCARE)
                return SpanResult(QuoteKind.MIXED, own[0], own[1])
            part = None
            if same_para and len(gap) <= CONTINUATION_GAP:
                part = prev.part_of if prev.part_of is not None else prev_qi
            speaker = _nearest(resolver, prev.speaker, span.outer_start)
            return SpanResult(kind, prev.match, speaker, prev.relays, part)
    if match is None or match.speaker is None:
        kind = classify_no_speaker(ctx, qi)
        before = frame_before(ctx, qi)
        if kind in (QuoteKind.MIXED, QuoteKind.SCARE) or (
            kind is QuoteKind.DIRECT and before and before[-1].text in (",", ":")
        ):
            # a quoted phrase in a clause with no verb of saying: the clause subject's words
            # (a short one is then their phrase, not a scare quote: likened it to a “...”);
            # so is a whole utterance the sentence runs into ("..., telling the crowd, “...”")
            match = (
                cue_by_according_in_sentence(ctx, qi)
                or cue_by_view_holder(ctx, qi)
                or cue_by_clause_subject(ctx, qi)
            )
        if (match is None or match.speaker is None) and kind is QuoteKind.MIXED:
            # a clause in someone's words right after their report in paraphrase, in the
            # same paragraph: "This is hard to fix, she said. Only when “...”"
            para = ctx.para_starts[ctx.paragraph(span.outer_start)]
            since = max(para, ctx.spans[prev_qi].outer_end if prev_qi is not None else 0)
            match = cue_in_lead_in(ctx, qi, since)
        if match is None or match.speaker is None:
            return SpanResult(kind)
    if _titled_work(ctx, qi):
        # "Ray said her novel “Salt and Iron” took a year": a work's title after its noun
        return SpanResult(QuoteKind.TITLE)
    if _modifies_speaker(ctx, qi, match.speaker):
        # "“Top Gun” star Ann Ray said": a fragment naming the speaker is not their words
        return SpanResult(classify_no_speaker(ctx, qi))
    speaker = _at_relative_pronoun(ctx, match, resolver.resolve(match.speaker, qi, writer))
    speaker = _at_named_subject_above(ctx, speaker)
    speaker = _at_interjected_tag(ctx, speaker)
    relays = tuple(resolver.resolve(t, qi, writer) for t in match.relays)
    resolver.remember(speaker)
    kind = QuoteKind.DIRECT if is_direct_shaped(ctx, qi) else QuoteKind.MIXED
    part = None
    if prev is not None and prev_qi is not None and prev.match is not None:
        gap = text[ctx.spans[prev_qi].outer_end : span.outer_start]
        # “A,” she said, “B.”: one utterance around its cue
        if prev.match.cue_start == match.cue_start and not re.search(r"[.?!]", gap):
            part = prev.part_of if prev.part_of is not None else prev_qi
            if prev.kind is QuoteKind.DIRECT and _resumes_after_tag(ctx, prev_qi, qi):
                kind = QuoteKind.DIRECT  # “We tried,” she said, “and we failed.”: one whole
    return SpanResult(kind, match, speaker, relays, part)


def _resumes_after_tag(ctx: DocContext, prev_qi: int, qi: int) -> bool:
    """``“We tried,” she said, “and we failed.”``: the utterance broken off at a comma
    inside its marks goes on right after the comma that closes the tag (not a title or a
    fragment the tag runs into: ``he said on ABC's “This Week.”``)."""
    prev, span = ctx.spans[prev_qi], ctx.spans[qi]
    text = ctx.text
    return text[prev.start : prev.end].rstrip().endswith(",") and text[
        prev.outer_end : span.outer_start
    ].rstrip().endswith(",")


# How a fragment may modify the noun it stands before: “Top Gun” star, ‘Missing’ voters.
NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
NAME_MODIFIER_REACH = 3


def _modifies_speaker(ctx: DocContext, qi: int, speaker: Token | None) -> bool:
    """``“Top Gun” star Ann Ray``, ``‘Lost’ voters may decide``: a fragment that is a
    modifier inside the speaker's own noun phrase names or describes the speaker; it is not
    what they said."""
    node = fragment_head(ctx, qi)
    # a modifier stands before its noun (one after it is a misparse: called it “strong.”)
    if node is None or speaker is None or speaker.idx < ctx.spans[qi].outer_end:
        return False
    for _ in range(NAME_MODIFIER_REACH):
        if node.dep_ not in NAME_MODIFIER_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if node.i == speaker.i:
            return True
    return False


def _own_clause_of_speaker(
    ctx: DocContext, qi: int, resolver: Resolver, writer: Resolved | None, previous: Resolved
) -> tuple[CueMatch, Resolved] | None:
    """``Ray attacked Bell for being a “...”. Then she turned to “little” Ames``: a short
    fragment in a clause of its own whose subject is the previous speaker again is that
    speaker's word, not a scare quote; with another subject it stays one, unless it is what
    that subject's own verb takes (``Ames, however, has “grave doubts”``). Where the parse
    finds no clause subject, the subject of the sentence's main verb stands in, when every
    clause between shares it. A capitalised fragment (``at “Access Hollywood”``) is a name
    or a title, never the speaker's word."""
    span = ctx.spans[qi]
    if all(w[:1].isupper() for w in ctx.text[span.start : span.end].split()):
        return None
    match = cue_by_clause_subject(ctx, qi)
    if match is None or match.speaker is None:
        match = _sentence_subject(ctx, qi)
    if match is None or match.speaker is None:
        return None
    own = resolver.resolve(match.speaker, qi, writer)
    if own.name != previous.name and not _taken_by_own_verb(ctx, qi, match):
        return None
    return match, own


def _sentence_subject(ctx: DocContext, qi: int) -> CueMatch | None:
    """``He rails against the courts and pledges to hold out against their “...”``: the
    subject of the sentence's main verb (not "be"), when no clause between it and the
    fragment has a subject of its own; None otherwise."""
    head = fragment_head(ctx, qi)
    if head is None:
        return None
    root = head.sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() == "be" or not ctx.same_sentence(root, head):
        return None
    # every clause between the fragment and the main verb shares that verb's subject
    for node in head.ancestors:
        if node.i == root.i:
            break
        if any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return None
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or ctx.owner[subject.i] != ctx.level(qi):
        return None
    return CueMatch(root.text, root.idx, root.idx + len(root), subject, (), "clause-subject")


# How a fragment may stand to the verb of its own clause as what that verb takes.
OWN_VERB_ARGUMENT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd"})


def _taken_by_own_verb(ctx: DocContext, qi: int, match: CueMatch) -> bool:
    """``Ray, however, has “grave doubts”``: the fragment is the object or complement of
    the verb whose subject the clause-subject rule found, so that subject holds the words
    even after another speaker's quote; a fragment further down the clause
    (``offered to work for his “campaign”``) stays a scare quote."""
    head = fragment_head(ctx, qi)
    return (
        head is not None
        and head.dep_ in OWN_VERB_ARGUMENT_DEPS
        and head.head.idx == match.cue_start
    )


def _listed_word(ctx: DocContext, prev_qi: int, qi: int) -> bool:
    """``Ray called him a “bully” and “weak”``: a short fragment listed with the previous
    speaker's fragment is more of their words, also where the parse gives its clause no
    subject of theirs; a capitalised one (a name, a title) is not."""
    span = ctx.spans[qi]
    if all(w[:1].isupper() for w in ctx.text[span.start : span.end].split()):
        return False
    return listed_with(ctx, prev_qi, qi)


def _title_cased_continuation(ctx: DocContext, prev_qi: int, qi: int) -> bool:
    """``“...,” Ray said. Bell fights the board’s “Mountain of Red Tape”``: a title-cased phrase
    of three words or more in the previous quote's paragraph, which the fallback below would
    hand to the previous speaker as their words; its own clause subject is likelier to have
    used it (a slogan, a coinage)."""
    span = ctx.spans[qi]
    if classify_no_speaker(ctx, qi) is not QuoteKind.TITLE:
        return False
    if len(ctx.text[span.start : span.end].split()) <= SCARE_CONTINUATION_WORDS:
        return False
    return ctx.paragraph(ctx.spans[prev_qi].outer_start) == ctx.paragraph(span.outer_start)


def _outside_cue_clause(ctx: DocContext, prev: SpanResult | None, qi: int) -> bool:
    """``in a clip that Ray called “...,” Bell asked to “...”``: a fragment in the sentence of
    the previous quote but outside the relative clause of that quote's cue, which reports
    nothing the fragment says."""
    if prev is None or prev.match is None:
        return False
    head = fragment_head(ctx, qi)
    if head is None:
        return False
    cue = ctx.doc[ctx.token_at(prev.match.cue_start)]
    if cue.dep_ != "relcl" or not ctx.same_sentence(cue, head) or cue.is_ancestor(head):
        return False
    # an object relative (the clip that Ray called ...) names its own reporter; a subject
    # one (Ray, who said that ...) reports on where the parser may have cut its clause short
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.lower_ not in RELATIVE_PRONOUNS


def _same_sentence(ctx: DocContext, first: int, second: int) -> bool:
    """True when quote ``second`` opens in the sentence where quote ``first`` closes."""
    end = ctx.token_at(max(ctx.spans[first].outer_end - 1, ctx.spans[first].outer_start))
    start = ctx.token_at(ctx.spans[second].outer_start)
    return ctx.same_sentence(ctx.doc[end], ctx.doc[start])


def _paraphrase_of(resolver: Resolver, start: int, end: int, speaker: Resolved) -> bool:
    """True when the text between two quotes is one paragraph about the speaker's views.

    ``“A,” Tom Bell said.`` / ``Bell is sure the plan will pass.`` / ``“B.”``: a paragraph
    whose first subject is the speaker (by name or pronoun) keeps them talking.
    """
    ctx = resolver.ctx
    text = ctx.text
    lines = [line for line in text[start:end].split("\n") if line.strip()]
    if len(lines) != 1:
        return False
    first = ctx.token_at(start + text[start:end].index(lines[0].strip()))
    doc = ctx.doc
    # the paragraph's first subject (the parser may make a later clause its root)
    last = ctx.token_at(end)
    subject = next((doc[i] for i in range(first, last) if doc[i].dep_ in SUBJECT_DEPS), None)
    if subject is None or ctx.owner[subject.i] != -1:
        return False
    if subject.pos_ == "PRON":
        # "Bell" and "Tom Bell" name one speaker
        named = resolver.pronoun(subject).name
        return subject.lower_ in ("he", "she") and (
            named == speaker.name or same_person(named, speaker.name)
        )
    words = speaker.name.split()
    return bool(words) and subject.text == words[-1]


def _tag_sentence_end(ctx: DocContext, match: CueMatch, quote_end: int) -> int:
    """Where the sentence of a quote's tag ends, when the tag follows the quote.

    ``“A,” Tom Bell said, citing a report that warned of delays. “B.”``: the clauses that
    trail a tag belong to it, and a verb of saying among them introduces no new speaker.
    """
    if match.cue_start < quote_end or not ctx.sent_of:
        return match.cue_end
    cue = ctx.token_at(match.cue_start)
    sentence = ctx.sent_of[cue]
    end = cue
    while end + 1 < len(ctx.doc) and ctx.sent_of[end + 1] == sentence:
        end += 1
    last = ctx.doc[end]
    if ctx.paragraph(last.idx) != ctx.paragraph(match.cue_start):
        return match.cue_end  # the parser joined two paragraphs into one sentence
    return max(match.cue_end, last.idx + len(last))


def _at_relative_pronoun(ctx: DocContext, match: CueMatch, speaker: Resolved) -> Resolved:
    """``Obama, who called him “unfit”``: the speaker is marked at "who", named as Obama.

    Only when the cue itself is the relative clause and governs the quote (a lead-in report
    is picked up by the person's name: “...,” said X, who said ... “...”).
    """
    # "Ray, who hopes to win a “...”": a verb that shares the relative clause's subject
    cue = _clause_with_subject(ctx.doc[ctx.token_at(match.cue_start)])
    if (
        match.rule == "lead-in"
        or cue.dep_ != "relcl"
        or match.speaker is None
        or cue.head.i != match.speaker.i
    ):
        return speaker
    rel = next(
        (c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.text.lower() in RELATIVES), None
    )
    if rel is None:
        return speaker
    return replace(speaker, mention=Mention(rel.text, rel.idx, rel.idx + len(rel)))


# Clauses that embed the pronoun's saying in the named subject's own sentence ("what he
# calls", "hopes she can persuade"); a clause joined by "and", "but", "though" or "when" is a
# report of its own and keeps its pronoun.
EMBEDDED_CLAUSE_DEPS = frozenset({"ccomp", "pcomp", "acl", "xcomp"})
BOUND_PRONOUNS = THIRD_PERSON_PRONOUNS | {"it"}
NAMED_SUBJECT_DEPTH = 3  # words between the embedded clause and the verb it hangs off


def _at_named_subject_above(ctx: DocContext, speaker: Resolved) -> Resolved:
    """``Lamb attacks what he calls the “...”``: a pronoun speaker whose clause
    is embedded in a clause with the same person, named, for subject is marked at the name,
    the sentence's source (the pronoun only points back to it). Under the same pronoun
    ("She is fighting what she calls ..."), it is marked at the first: the second is bound
    to it. A relative clause on an object ("the plan, which he described as") is a report of
    its own, whoever the subject above.

    A pronoun's own "said" is left alone: the parser hangs tags off the sentence before
    them (“...,” she said, but ... said Bell).
    """
    token = ctx.doc[speaker.token]
    verb = token.head
    if (
        token.lower_ not in BOUND_PRONOUNS
        or token.dep_ not in SUBJECT_DEPS
        or verb.dep_ not in EMBEDDED_CLAUSE_DEPS
        or verb.lemma_.lower() == "say"
    ):
        return speaker
    level = ctx.owner[token.i]
    above = verb.head
    for _ in range(NAMED_SUBJECT_DEPTH):
        # "what they call" under "apart from": the verb the preposition hangs off
        if above.pos_ in ("VERB", "AUX") or above.head.i == above.i:
            break
        above = above.head
    if (
        above.i == verb.i
        or ctx.owner[above.i] != level
        or ctx.paragraph(above.idx) != ctx.paragraph(token.idx)
    ):
        return speaker
    subject = _subject(above, ctx.at_level(level))
    if subject is not None and subject.lower_ == token.lower_ and subject.i < token.i:
        # "It is denouncing what it calls “...”": the same pronoun, bound to the subject
        mention = Mention(subject.text, subject.idx, subject.idx + len(subject))
        return Resolved(mention, speaker.name, speaker.kind, subject.i)
    if (
        speaker.kind is EntityKind.UNNAMED
        or token.lower_ not in THIRD_PERSON_PRONOUNS
        or subject is None
        or subject.pos_ not in ("PROPN", "NOUN")
    ):
        return speaker
    named = mention_of(subject)
    if named.name != speaker.name and not same_person(named.name, speaker.name):
        return speaker
    return Resolved(named.mention, speaker.name, speaker.kind, subject.i)


def _at_interjected_tag(ctx: DocContext, speaker: Resolved) -> Resolved:
    """``And then, Ray wrote, she began calling it “...”``, ``Nor, he said, did he call it
    “...”``: a pronoun speaker whose own clause a tag set off by commas interrupts before
    the pronoun is marked at the tag's subject when that names the same person (or is the
    same pronoun): the tag reports the clause, and the pronoun points back to its subject.
    """
    token = ctx.doc[speaker.token]
    if token.lower_ not in THIRD_PERSON_PRONOUNS or token.dep_ not in SUBJECT_DEPS:
        return speaker
    subject = next((s for c in token.head.children if (s := _interjected(ctx, c, token))), None)
    if subject is None:
        return speaker
    if subject.lower_ == token.lower_:
        mention = Mention(subject.text, subject.idx, subject.idx + len(subject))
        return Resolved(mention, speaker.name, speaker.kind, subject.i)
    if subject.pos_ != "PROPN" or speaker.kind is EntityKind.UNNAMED:
        return speaker
    named = mention_of(subject)
    if named.name != speaker.name and not same_person(named.name, speaker.name):
        return speaker
    return Resolved(named.mention, speaker.name, speaker.kind, subject.i)


# How the parser hangs a tag set off by commas ("..., Ray said, ...") off the clause it interrupts.
INTERJECTED_TAG_DEPS = frozenset({"parataxis", "ccomp"})
INTERJECTED_TAG_TOKENS = 8  # words a tag set off by commas may take ("a senior aide told me")


def _interjected(ctx: DocContext, tag: Token, pronoun: Token) -> Token | None:
    """The subject of ``tag`` when it is a short verb of saying set off by commas, subject
    first, before ``pronoun`` in the text around the quote (``..., Ray wrote, she ...``); not
    a report whose words are quoted (``Ray declared: “...,” she said``)."""
    if tag.dep_ not in INTERJECTED_TAG_DEPS or not is_cue_verb(tag) or tag.i > pronoun.i:
        return None
    subject = next((c for c in tag.children if c.dep_ in SUBJECT_DEPS and c.i < tag.i), None)
    if subject is None:
        return None
    doc = tag.doc
    first = subject.left_edge.i
    last = max(t.i for t in tag.subtree if not t.is_punct)
    if first == 0 or last + 1 >= pronoun.i or last - first >= INTERJECTED_TAG_TOKENS:
        return None
    if any(ctx.owner[i] != ctx.owner[pronoun.i] for i in range(first, last + 1)):
        return None
    return subject if doc[first - 1].text == "," and doc[last + 1].text == "," else None


def _nearest(resolver: Resolver, speaker: Resolved, before: int) -> Resolved:
    """The speaker of a continued quote at their nearest mention before it.

    A speaker who goes on talking is marked where the text last named them (``Bolton
    charged. “...”``), not at the tag that first introduced them paragraphs earlier.
    """
    if speaker.kind is EntityKind.UNNAMED:
        return speaker
    relative = speaker.mention.text.lower() in RELATIVES
    # only mentions nearer than the one used (for "who", its paragraph: "said Tom Bell, who
    # said ..." is never marked at "who"), and only clause subjects: "it threw Santilli"
    # does not name a speaker. Comparing names is costly: few candidates are compared.
    ctx = resolver.ctx
    after = (
        ctx.para_starts[ctx.paragraph(speaker.mention.start)] if relative else speaker.mention.end
    )
    subjects = [c for c in resolver.candidates if c.is_subject and after < c.mention.end <= before]
    found = nearest_mention(subjects, speaker.name, before)
    if found is None or found == speaker.mention:
        return speaker
    return Resolved(found, speaker.name, speaker.kind, ctx.token_at(found.start))


def _hop(
    res: Resolved, role: HopRole, cue: str | None, names: dict[str, str], people: frozenset[str]
) -> Hop:
    name = names.get(res.name, res.name) if res.kind is not EntityKind.UNNAMED else res.name
    kind = res.kind
    if kind is EntityKind.ORGANIZATION and name in people:
        kind = EntityKind.PERSON  # "Stanton wrote", tagged an organisation, after "Greg Stanton"
    return Hop(name, role, kind, cue, res.mention)


def _people(resolved: list[Resolved], names: dict[str, str]) -> frozenset[str]:
    """The document's names that some speaker of it bears as a person.

    The tagger's PERSON/ORG split differs from mention to mention of one name: a name that
    is a person's once is a person's throughout its document.
    """
    return frozenset(names.get(r.name, r.name) for r in resolved if r.kind is EntityKind.PERSON)


def surnames_used_alone(names: list[str]) -> frozenset[str]:
    """The one-word names among ``names`` that no longer name of the list ends in.

    A title is no part of the name: "Mrs Fuller", the tagger's one entity, is the surname
    alone.
    """
    words = [strip_titles(n).split() for n in names]
    ends = {re.sub(r"['’]s?$", "", w[-1]) for w in words if len(w) > 1}
    return frozenset(w[0] for w in words if len(w) == 1 and w[0] not in ends)


def _build_quotes(
    ctx: DocContext,
    meta: DocumentMeta,
    blocks: list[BlockSpan],
    writers: list[Resolved | None],
    results: dict[int, SpanResult],
    cluster_names: object,
) -> list[Quote]:
    doc, spans, text = ctx.doc, ctx.spans, ctx.text
    person_names = [r.speaker.name for r in results.values() if r.speaker is not None]
    person_names += [r.name for res in results.values() for r in res.relays]
    person_names += [w.name for w in writers if w is not None]
    body = _title_case_headline_end(text)  # the headline's names: see Resolver
    ents = doc.ents
    # "Without Ann Ray in the race": the tagger's name takes in a word that begins none
    person_names += [
        name_without_opening_words(e).text
        for e in ents
        if e.label_ == "PERSON" and e.start_char >= body
    ]
    # "led by Yunus Qanooni" tagged an organisation: the given name and surname alone
    person_names += [
        doc[e[-1].i - 1 : e[-1].i + 1].text
        for e in ents
        if e.label_ != "PERSON" and after_given_name(e[-1]) and e.start_char >= body
    ]
    # "Novak Djokovic" tagged an organisation, and "Djokovic said": the full name is his
    alone = surnames_used_alone(person_names)
    fulls = (
        entity_full_name(e, alone) for e in ents if e.label_ != "PERSON" and e.start_char >= body
    )
    person_names += [n for n in fulls if n is not None]
    # "Khizr and Ghazala Khan": Khizr Khan is named too
    shared = (shared_surname_name(e[-1]) for e in ents if e.label_ == "PERSON" and len(e) == 2)
    person_names += [n for n in shared if n is not None]
    names: dict[str, str] = cluster_names(person_names)  # type: ignore[operator]
    resolved = [r.speaker for r in results.values() if r.speaker is not None]
    resolved += [r for res in results.values() for r in res.relays]
    resolved += [w for w in writers if w is not None]
    people = _people(resolved, names)
    doc_hop: tuple[Hop, ...] = ()
    if meta.voice:
        doc_hop = (Hop(meta.voice, HopRole.DOCUMENT, meta.voice_kind),)
    # order: by start, enclosing items first
    items: list[tuple[int, int, str, int]] = [
        (b.start, -b.end, "b", i) for i, b in enumerate(blocks)
    ]
    items += [(spans[qi].start, -spans[qi].end, "q", qi) for qi in results]
    items.sort()
    index = {(kind, i): n for n, (_, _, kind, i) in enumerate(items)}
    quotes: list[Quote] = []
    for _, _, kind, i in items:
        if kind == "b":
            block = blocks[i]
            writer = writers[i] if i < len(writers) else None
            speaker = _hop(writer, HopRole.SPEAKER, None, names, people) if writer else None
            chain = ((speaker,) if speaker else ()) + doc_hop
            quotes.append(
                Quote(
                    block.start,
                    block.end,
                    text[block.start : block.end],
                    QuoteKind.BLOCK,
                    True,
                    speaker,
                    chain=chain,
                )
            )
            continue
        span, res = spans[i], results[i]
        cue = res.match.cue_text if res.match and res.speaker else None
        speaker_hop = (
            _hop(res.speaker, HopRole.SPEAKER, cue, names, people) if res.speaker else None
        )
        relay_hops = tuple(
            _hop(r, HopRole.RELAY, relay_cue(doc[r.token]), names, people) for r in res.relays
        )
        parent: int | None = None
        if span.parent is not None and span.parent in results:
            parent = index[("q", span.parent)]
            outer = quotes[parent].chain
            if outer and outer[0].role is HopRole.SPEAKER:
                outer = (replace(outer[0], role=HopRole.RELAY),) + outer[1:]
        elif res.block is not None:
            parent = index[("b", res.block)]
            writer = writers[res.block] if res.block < len(writers) else None
            outer = (
                (_hop(writer, HopRole.WRITER, None, names, people),) if writer else ()
            ) + doc_hop
        else:
            outer = doc_hop
        chain = ((speaker_hop,) if speaker_hop else ()) + relay_hops + outer
        part_of = index[("q", res.part_of)] if res.part_of in results else None
        quotes.append(
            Quote(
                span.start,
                span.end,
                text[span.start : span.end],
                res.kind,
                span.closed,
                speaker_hop,
                cue,
                res.match.cue_start if cue and res.match else None,
                res.match.cue_end if cue and res.match else None,
                chain,
                parent,
                part_of,
            )
        )
    return quotes
