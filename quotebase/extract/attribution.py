"""Attribution rules: for one quoted span in a parsed ``Doc``, find its cue and speaker.

Each rule is a small function over the parsed document that returns a typed record; the
order in which :func:`attribute_span` tries them is the order in which the writing
conventions are most reliable for that shape of quote. This module holds that order (and
:func:`is_direct_shaped`, which picks it); the rules live in modules named for their family:
:mod:`~quotebase.extract.frames` (the document context and the frames around a quote),
:mod:`~quotebase.extract.cue_match` (a cue's speaker and relays),
:mod:`~quotebase.extract.speakers` (what kind of speaker a token is),
:mod:`~quotebase.extract.tags` (tags after a quote),
:mod:`~quotebase.extract.signatures` (a dash and a name signing a quote),
:mod:`~quotebase.extract.introductions` (introductions before a quote) and
:mod:`~quotebase.extract.syntax` (the cue governing the clause a quote stands in).
The names the chain builder and the tests import from here are re-exported (``X as X``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from quotebase.extract.cue_match import CueMatch, match_cue
from quotebase.extract.cue_match import _subject as _subject
from quotebase.extract.cues import is_according, is_cue_verb, per_source
from quotebase.extract.frames import DocContext, frame_after, frame_before
from quotebase.extract.frames import build_context as build_context
from quotebase.extract.introductions import (
    _governing_cue_before,
    cue_by_colon,
    cue_by_colon_sentence,
    cue_by_text_read,
    cue_in_previous_paragraph,
)
from quotebase.extract.introductions import cue_in_lead_in as cue_in_lead_in
from quotebase.extract.records import QuoteSpan
from quotebase.extract.signatures import cue_by_dash, cue_by_signature, cue_by_signed_line
from quotebase.extract.speakers import _is_person_subject
from quotebase.extract.speakers import self_identification as self_identification
from quotebase.extract.syntax import (
    _is_share,
    credit_issuer,
    credit_poll,
    cue_at_quote_start,
    cue_by_noun_content,
    cue_by_own_account,
    cue_by_owned_argument,
    cue_by_possessed_quote,
    cue_by_possessed_use,
    cue_by_speech_noun,
    cue_by_syntax,
    cue_by_wording_noun,
    possessor_of_saying,
)
from quotebase.extract.syntax import _outer_cue as _outer_cue
from quotebase.extract.syntax import cue_by_according_in_sentence as cue_by_according_in_sentence
from quotebase.extract.syntax import cue_by_characterising_verb as cue_by_characterising_verb
from quotebase.extract.syntax import cue_by_clause_subject as cue_by_clause_subject
from quotebase.extract.syntax import cue_by_view_holder as cue_by_view_holder
from quotebase.extract.tags import (
    AFTER_WINDOW,
    TAG_CUE_POSITION,
    TIME_ENTITIES,
    cue_in_after_frame,
    outlet_credit,
    tag_by_any_verb,
    tag_by_coming_utterance,
    tag_by_mistagged_cue,
    tag_later_in_sentence,
)

DASH_AFTER_CLAUSE = re.compile(r"\w\W*\s(?:--|[-—―–])$")
_DASH_ENDINGS = ("-", "—", "―", "–")
# A sentence-opening quote of this many words or fewer run on into its sentence is a name.
WOVEN_MAX_WORDS = 4


def _inverted_tag(after: list[Token]) -> bool:
    """``asked Bell``: the frame opens with a finite cue and the name of its speaker, and
    the cue has no subject of its own before it (``Ray, who ..., described it as``)."""
    if len(after) < 2 or not is_cue_verb(after[0]) or after[0].tag_ not in ("VBD", "VBZ"):
        return False
    cue = after[0]
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in cue.children):
        return False
    return after[1].pos_ == "PROPN"


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
    # (the pattern ends the text; searched from the paragraph's start, so only when a dash
    # ends it)
    dash_after_clause = (
        before.endswith(_DASH_ENDINGS) and DASH_AFTER_CLAUSE.search(before) is not None
    )
    starts_sentence = (
        not before
        or before[-1] in ":.?!"
        or ((before[-1] == "," or dash_after_clause) and content[0].isupper())
    )
    ends_utterance = content[-1] in ",.?!…" or not span.closed
    if (
        starts_sentence
        and not ends_utterance
        and not before.endswith(":")
        and _woven_into_sentence(text, span, content)
    ):
        return False
    return starts_sentence and (ends_utterance or content[0].isupper())


def _woven_into_sentence(text: str, span: QuoteSpan, content: str) -> bool:
    """``‘Top Gun’ star joins race``, ``“Lame duck” is the word``: a few words opening a
    sentence with no punctuation of their own, the sentence running on after the closing mark
    with a word, name a thing or a phrase; they are not a whole utterance. (After a colon
    they are: ``Ray: ‘No Way’ We Lose``; so are words with a sentence ending inside.)"""
    after = text[span.outer_end : span.outer_end + 2]
    return (
        len(content.split()) <= WOVEN_MAX_WORDS
        and not any(c in ".?!" for c in content)
        and after[:1] == " "
        and after[1:2].isalnum()
    )


def _short_tag(after: list[Token]) -> list[Token]:
    """The words after a sentence-closing quote that may still be its tag: a few, and none
    when a capital opens a sentence of its own ("“...” According to X, ...")."""
    if after and after[0].text[:1].isupper():
        return []
    return after[:TAG_CUE_POSITION]


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
    comma = content.endswith(",")
    window = 4 if ends_sentence else AFTER_WINDOW
    level = ctx.level(qi)
    allowed = ctx.at_level(level)
    if is_direct_shaped(ctx, qi):
        # direct quotes: the cue usually follows the closing mark
        rules: tuple[Callable[[], CueMatch | None], ...] = (
            lambda: cue_in_after_frame(after, window, ends_sentence, allowed, comma),
            lambda: tag_by_mistagged_cue(after, allowed) if comma else None,
            lambda: tag_by_coming_utterance(after, allowed) if comma else None,
            lambda: cue_by_dash(after),
            lambda: cue_by_signature(ctx, qi),
            lambda: cue_by_signed_line(ctx, qi),
            lambda: cue_by_colon(before),
            lambda: cue_by_text_read(before, allowed),
            lambda: _governing_cue_before(ctx, qi, before, allowed),
            lambda: cue_by_syntax(ctx, qi),
            lambda: cue_by_noun_content(ctx, qi, pronoun=True),
            lambda: cue_by_wording_noun(ctx, qi),
            lambda: cue_in_previous_paragraph(ctx, qi, allowed),
            lambda: cue_by_colon_sentence(ctx, qi),
            lambda: tag_by_any_verb(after, allowed),
            lambda: None if before or ends_sentence else tag_later_in_sentence(after, allowed),
        )
    else:
        # fragments: the cue governs the clause the fragment stands in
        rules = (
            lambda: cue_at_quote_start(ctx, qi),
            lambda: cue_by_possessed_quote(ctx, qi),
            # "“... why not?” asked Bell": an inverted tag right after the mark is the quote's
            lambda: (
                cue_in_after_frame(after, window, ends_sentence, allowed, comma)
                if content[-1:] in ",?!" and _inverted_tag(after)
                else None
            ),
            lambda: cue_by_noun_content(ctx, qi),
            lambda: cue_by_possessed_use(ctx, qi),
            lambda: cue_by_syntax(ctx, qi),
            lambda: cue_by_characterising_verb(ctx, qi),
            lambda: _governing_cue_before(ctx, qi, before, allowed),
            # "X rated the claim “True.” The group pointed to ...": a fragment that closes
            # a sentence of its own words belongs to no report in the next sentence
            lambda: (
                None
                if before and content.endswith(".")
                else cue_in_after_frame(after, window, ends_sentence, allowed, comma)
            ),
            lambda: cue_by_speech_noun(ctx, qi),
            lambda: cue_by_wording_noun(ctx, qi),
            lambda: cue_by_owned_argument(ctx, qi),
            lambda: cue_by_own_account(ctx, qi),
            lambda: None if before or ends_sentence else tag_later_in_sentence(after, allowed),
            # "... ― Ann Ray, Dayton “It is a bad deal.” ― Tom Bell": a whole sentence run on
            # after the last signature, with no cue of its own, is signed by the dash after it
            lambda: cue_by_dash(after) if content[:1].isupper() and ends_sentence else None,
        )
    for rule in rules:
        match = rule()
        if match is None or match.speaker is None or ctx.owner[match.speaker.i] != level:
            continue
        if match.speaker.ent_type_ in TIME_ENTITIES and match.speaker.pos_ == "PROPN":
            continue  # "that Sunday was ...": a day says nothing
        match = credit_poll(credit_issuer(match, allowed), allowed)
        owner = possessor_of_saying(match.speaker) if match.speaker is not None else None
        if owner is not None and allowed(owner):
            # "Her claim, made at the rally, was that “...”": the possessor said it
            match = replace(match, speaker=owner, rule=match.rule + ":possessor")
        # "According to CNN, X said “...”", "“...,” X said, according to CNN": X said the
        # words and CNN passes them on; with no one saying them in the clause ("the
        # plan is “...”, according to CNN") the source named by "according to" speaks.
        # After a sentence-closing quote the next sentence is the quote's only when it is
        # its tag: "“Why?” Bell asked, according to a transcript."
        tagged = not ends_sentence or match.rule.startswith("after:")
        sentence = before + (after if tagged else _short_tag(after))
        according = next((t for t in sentence if is_according(t)), None)
        if according is not None and "according" not in match.rule:
            cue = ctx.doc[ctx.token_at(match.cue_start)]
            # "X said that according to its analysis ...": a source inside the report
            if cue.is_ancestor(according) and according.head.i != cue.i:
                according = None
        if according is not None and _passive_agent_speaker(ctx, match):
            # "called the “...” by locals, according to the Ledger": the one a passive's
            # "by" names in the clause itself speaks; the source only reports it
            according = None
        if according is not None and "according" not in match.rule:
            source = match_cue(according, allowed)
            cue = ctx.doc[ctx.token_at(match.cue_start)]
            if per_source(according) is not None and according.head.i == cue.i:
                # "Bell said, per a translator, that ...": the words stay the speaker's,
                # passed on by the one "per" names
                if source.speaker is not None and allowed(source.speaker):
                    match = replace(match, relays=(*match.relays, source.speaker))
            elif source.speaker is not None and allowed(source.speaker):
                source = credit_issuer(
                    replace(source, relays=(), rule="according-in-sentence"), allowed
                )
                if source.speaker is not None and says_in_own_words(match, cue, according):
                    match = replace(match, relays=(*match.relays, source.speaker))
                else:
                    match = source
        # "“...,” Ray said, the Ledger reports.": the outlet relays the speaker's words
        outlet = outlet_credit(after, allowed) if tagged else None
        named = {t.text for t in (match.speaker, *match.relays) if t is not None}
        if outlet is not None and "according" not in match.rule and outlet.text not in named:
            match = replace(match, relays=(*match.relays, outlet))
        # relays stand in the same text as the speaker, never inside the quote
        relays = tuple(t for t in match.relays if ctx.owner[t.i] == level)
        return replace(match, relays=relays)
    return None


# Modals of a saying that has not happened: "would call", "might say".
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "'d"})


def says_in_own_words(match: CueMatch, cue: Token, according: Token) -> bool:
    """The match names who said the words with a verb of saying: the subject of ``Ray
    said``, ``asked Ray`` (not the one ``Ray was asked``, the addressee, nor a share of a
    poll's respondents, which the news credits to the poll)."""
    speaker = match.speaker
    if speaker is None or cue.pos_ != "VERB" or not is_cue_verb(cue):
        return False
    if speaker.dep_ != "nsubj" or _is_share(speaker) or not _is_person_subject(speaker):
        return False
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in cue.children):
        return False  # "the press would call him a “...”, according to Ray": Ray's guess
    # the subject of the cue, or of the clause a participle of saying hangs off, and
    # "according to" hangs off that same clause (not: "After Ray asked, they grew “...”,
    # according to a source")
    if not (speaker.head.i == cue.i or speaker.head.is_ancestor(cue)):
        return False
    return according.head.i in (cue.i, speaker.head.i)


PASSIVE_AGENT_REACH = 3  # heads from a "by" to the cue: "called “...” by", "as a “...” by"


def _passive_agent_speaker(ctx: DocContext, match: CueMatch) -> bool:
    """The speaker is the "by" object of a passive cue (``was called “...” by voters``),
    hung off the cue or off its complement."""
    speaker = match.speaker
    if speaker is None or speaker.dep_ != "pobj" or match.cue_start is None:
        return False
    by = speaker.head
    if by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return False
    cue = ctx.doc[ctx.token_at(match.cue_start)]
    node = by.head
    for _ in range(PASSIVE_AGENT_REACH):
        if node.i == cue.i:
            return cue.pos_ == "VERB"
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head  # "described as a “...” by X": through the complement
    return False
