"""Tags after a quote: the cue and speaker in the words that follow the closing mark
(``“...,” Crocker said.``, ``“...,” said the former mayor.``, ``“Why?” Hannity pressed.``,
``“...,” the memo states.``, a tag later in the sentence), and the tests that tell a tag
from a new sentence with a report of its own."""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Token

from quotebase.extract.cue_match import Allowed, CueMatch, _is_cue, _subject, match_cue
from quotebase.extract.cues import CUE_LEMMAS, is_cue_verb
from quotebase.extract.frames import (
    CONTENT_DEPS,
    LISTENER_CUES,
    LISTENER_DEPS,
    NOUN_MODIFIER_DEPS,
    OUTER_CUE_DEPTH,
    SENTENCE_END,
    DocContext,
)
from quotebase.extract.mentions import SUBJECT_DEPS
from quotebase.extract.scanner import ALL_MARKS
from quotebase.extract.speakers import _names_someone, speaker_kind

# How a verb hangs in the clause of the verb above it: "before he stopped responding".
CLAUSE_CHAIN_DEPS = frozenset({"xcomp", "ccomp"})
AFTER_WINDOW = 8  # tokens after the closing mark within which the cue's clause must start
TAG_CUE_POSITION = 3  # a tag after a sentence-closing quote opens with its cue: he said, said X
TAG_SUBJECT_SPAN = 6  # tokens a tag's subject phrase may take: an angry Hollande retaliated
APPOSITION_LIMIT = 20  # tokens a name and its apposition may take before the cue
LONG_APPOSITION_LIMIT = 32  # the same, when the apposition is set off by two commas
# Entity types that are never the speaker after an inverted cue: said Thursday morning.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Words that stand for one of several speakers after an inverted cue: “...,” read one.
INVERTED_PRONOUN_WORDS = frozenset({"one", "another"})
# Verbs by which a recording or a witness catches someone saying the words: "can be heard
# asking", "was seen shouting".
PERCEPTION_LEMMAS = frozenset({"hear", "see", "overhear"})
# Relative pronouns that open a clause about a person or a body in a tag's subject.
RELATIVE_PRONOUNS = frozenset({"who", "whose", "which"})


def cue_in_after_frame(
    frame: list[Token],
    window: int = AFTER_WINDOW,
    sentence_closed: bool = False,
    allowed: Allowed | None = None,
    comma: bool = False,
) -> CueMatch | None:
    """``“...,” Crocker said.`` / ``“...,” said Crocker.``: the cue right after the quote.

    ``comma`` says the quote ends in a comma, handing over to a tag that may open with a
    long subject (:func:`_relative_clause_tag`).

    When the quote closes its own sentence (``“... .”``), only a short tag that ends the
    next sentence counts (``“Why?” he asked.``), not a new sentence with its own report.
    """
    if frame and frame[0].pos_ == "CCONJ" and (sentence_closed or comma):
        # "“...,” but he denied that ...": after the quote's own closing comma, a clause of
        # its own ("“a” and “b,” he said" joins quotes, with no comma inside the first)
        return None
    if sentence_closed and frame:
        doc = frame[0].doc
        nxt = frame[-1].i + 1
        ends = nxt >= len(doc) or doc[nxt].text in SENTENCE_END or "\n" in doc[nxt].text
        if (len(frame) > 5 or not ends) and not _is_tag(frame):
            return None
    if comma:
        # "“...,” a clerk who ran the count said": the quote hands over to its tag
        relative = _relative_clause_tag(frame, allowed)
        if relative is not None:
            return relative
    cues = _cue_window(frame, window)
    tag = _tag_cue(frame) if frame else None
    if tag is None and not sentence_closed:
        loose = _subjectless_tag(frame, allowed)
        if loose is not None:
            return loose
    if tag is not None and tag.i > cues[-1].i:
        # "“Why?” a council clerk in the back row wondered.": the whole subject comes first
        cues = frame[: frame.index(tag) + 1]
    for pos, token in enumerate(cues):
        if _is_infinitive(token):
            continue  # "“...,” refusing to acknowledge that ...": no tag says "to say"
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
                    # "opined Ohio's Acme Herald": an owner speaks for no owned phrase
                    while head.dep_ in ("compound", "flat", "poss") and head.head.i > head.i:
                        head = head.head
                    match = replace(match, speaker=head, rule="inverted")
            return replace(match, rule="after:" + match.rule)
    return None


def _is_infinitive(token: Token) -> bool:
    """``to acknowledge``: a verb in its plain form after "to"."""
    return token.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < token.i for c in token.children
    )


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
    capitalized word right after the cue is a name the tagger missed (``said Early``);
    ``one`` or ``another`` stands for one of several speakers (``read one``).
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
        if t.pos_ in ("PROPN", "NOUN", "PRON") or t.lower_ in INVERTED_PRONOUN_WORDS:
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


# Nouns for an utterance that "came from" someone: “...,” came cries from the gallery.
UTTERANCE_NOUNS = frozenset(
    {"shout", "cry", "chant", "call", "reply", "response", "answer", "question", "yell", "voice"}
)


def tag_by_coming_utterance(frame: list[Token], allowed: Allowed) -> CueMatch | None:
    """``“Vote now,” came shouts from the floor``: an inverted tag whose verb is "come",
    whose subject is an utterance (shouts, the reply) and whose "from" names the speaker."""
    if len(frame) < 4 or frame[0].lemma_.lower() != "come":
        return None
    k = 1
    if frame[k].pos_ == "DET":
        k += 1
    noun = frame[k]
    if noun.lemma_.lower() not in UTTERANCE_NOUNS or k + 2 >= len(frame):
        return None
    if frame[k + 1].lower_ != "from":
        return None
    source = next((c for c in frame[k + 1].children if c.dep_ == "pobj"), None)
    if source is None or not allowed(source):
        return None
    end = noun.idx + len(noun)
    text = noun.doc.text[frame[0].idx : end]
    return CueMatch(text, frame[0].idx, end, source, (), "after:utterance")


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
        # "the two write": a number after its determiner stands for as many people
        counted = prev.tag_ == "CD" and k >= 2 and frame[k - 2].pos_ == "DET"
        if not (low != lemma or low == "read" or prev.tag_ in ("NNS", "NNPS") or counted):
            continue
        if prev.pos_ not in ("NOUN", "PROPN", "ADJ") and not counted:
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
        perceiver = token.head
        if (
            not subject
            and token.dep_ == "xcomp"
            and perceiver.lemma_.lower() in PERCEPTION_LEMMAS
            and perceiver.i < token.i
        ):
            # "a student can be heard asking": the cue goes on from the verb of hearing,
            # whose subject and auxiliaries come before it
            subject = {t.i for t in _subject_subtree(perceiver)} | {perceiver.i}
            subject |= {c.i for c in perceiver.children if c.dep_ in ("aux", "auxpass", "neg")}
        if token.dep_ in NOUN_MODIFIER_DEPS and token.head.i in {t.i for t in frame[:k]}:
            # "the nominee, Ann Ray, tweeted Sunday": the parser hung the cue off its subject
            subject = {t.i for t in token.head.subtree} - {t.i for t in token.subtree}
        # the commas closing an apposition hang off the cue: "Ann Ray, a clerk, said"
        return token if all(t.i in subject or t.is_punct for t in frame[:k]) else None
    return None


# Tags of the words a noun phrase before a subject-less tag may take: "the Ledger's editor".
NOUN_PHRASE_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "POS", "PRP$", "CD"})


def _subjectless_tag(frame: list[Token], allowed: Allowed | None) -> CueMatch | None:
    """``“...” the Ledger's editor Tom Bell responded.``: a tag after a quote with no comma.

    With no comma to end the quote, the parser may hang the tag's noun phrase off the
    quote's last word and join the cue to the quote's own verb, leaving the cue with no
    subject. A noun phrase right after the mark, then a cue ending the sentence, is the tag:
    the phrase's head (its name in apposition, when it has one) speaks.
    """
    k = next(
        (k for k, t in enumerate(frame[:APPOSITION_LIMIT]) if t.tag_ not in NOUN_PHRASE_TAGS), 0
    )
    if k == 0 or k >= len(frame) or frame[0].text[:1].isupper() and frame[0].pos_ != "PROPN":
        return None
    cue = frame[k]
    doc = cue.doc
    ends = cue.i + 1 >= len(doc) or doc[cue.i + 1].text in SENTENCE_END
    if not ends or not _is_cue(cue) or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    phrase = {t.i for t in frame[:k]}
    roots = [t for t in frame[:k] if t.head.i not in phrase and t.pos_ in ("NOUN", "PROPN")]
    if len(roots) != 1:
        return None
    head = roots[0]
    head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
    if allowed is not None and not allowed(head):
        return None
    match = match_cue(cue, allowed)
    return replace(match, speaker=head, relays=(), rule="after:subjectless")


def _is_side_action(child: Token) -> bool:
    """``he asked, shaking his head``: a participle after a comma tells what the speaker did.

    A clause of its own is no side action: ``she added, again, that she was planning ...``
    (a subject, an auxiliary or a "that" makes the participle a reported clause).
    """
    left = child.left_edge
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in child.children):
        return False
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


def _relative_clause_tag(frame: list[Token], allowed: Allowed | None) -> CueMatch | None:
    """``“...,” a clerk who ran the count said``: a tag subject with a relative clause.

    The subject phrase opens the frame (a noun phrase, perhaps with an apposition:
    ``Tom Bell, the pollster who founded the site tweeted``) and a relative pronoun opens
    the clause; the tag's cue is the first finite verb of saying after the clause's own
    verb, and the speaker is the head of the phrase before the pronoun (the parser often
    takes the clause's object for the cue's subject).
    """
    rel = next(
        (k for k, t in enumerate(frame[:APPOSITION_LIMIT]) if t.lower_ in RELATIVE_PRONOUNS),
        None,
    )
    if rel is None or rel == 0:
        return None
    phrase = frame[:rel]
    if any(t.pos_ in ("VERB", "AUX") or t.text in SENTENCE_END for t in phrase):
        return None
    head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    inside = {t.i for t in phrase}
    while head.dep_ in ("compound", "flat", "poss") and head.head.i in inside:
        head = head.head
    verbs = [
        k
        for k, t in enumerate(frame[rel + 1 : LONG_APPOSITION_LIMIT], rel + 1)
        if t.pos_ in ("VERB", "AUX")
    ]
    for k in verbs[1:]:
        token = frame[k]
        if any(t.text in SENTENCE_END or t.pos_ == "CCONJ" for t in frame[rel:k]):
            return None
        # a past tense the tagger read as a participle has no auxiliary of its own
        finite = token.tag_ in ("VBD", "VBZ", "VBP") or (
            token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
        )
        if is_cue_verb(token) and finite:
            if allowed is not None and not allowed(head):
                return None
            end = token.idx + len(token)
            return CueMatch(token.text, token.idx, end, head, (), "after:relative")
    return None


def tag_inside_unclosed(ctx: DocContext, qi: int) -> CueMatch | None:
    """``"There was no plan, said Ray, who ran the office.`` with no closing mark: a quote
    paragraph left open whose last sentence ends in its own tag after a comma.

    The closing mark was left out before the tag; the multi-paragraph convention (the next
    paragraph reopening the quote) leaves no tag to find.
    """
    span = ctx.spans[qi]
    text = ctx.text
    para = ctx.paragraph(span.outer_start)
    if span.closed or text[ctx.para_starts[para] : span.outer_start].strip():
        return None
    rest = text[span.outer_end :].lstrip()
    if rest[:1] in ALL_MARKS:
        return None  # the next paragraph reopens the quote
    first = bisect.bisect_left(ctx.token_starts, span.start)
    last = bisect.bisect_left(ctx.token_starts, span.end)
    words = [t for t in ctx.doc[first:last] if not t.is_space]
    # the last sentence: after the last sentence end before the final token
    start = max((k + 1 for k, t in enumerate(words[:-1]) if t.text in SENTENCE_END), default=0)
    commas = [k for k in range(start, len(words)) if words[k].text == ","]
    if not commas:
        return None

    def inside(token: Token) -> bool:
        return ctx.owner[token.i] == qi

    for k in commas:
        frame = words[k + 1 :]
        if frame and frame[-1].text in SENTENCE_END:
            frame = frame[:-1]
        if not frame:
            continue
        match = cue_in_after_frame(frame, AFTER_WINDOW, False, inside, True)
        if match is None or match.speaker is None:
            continue
        # the tag opens at the comma: "said Ray", "Ray said", "the mayor said"
        if ctx.token_at(match.cue_start) - frame[0].i <= TAG_CUE_POSITION:
            return replace(match, rule="unclosed-tag")
    return None


# Verbs by which the news credits an outlet for a sentence it relays: "..., the Ledger reports."
OUTLET_CREDIT_LEMMAS = frozenset({"report"})
OUTLET_NAME_LIMIT = 6  # tokens an outlet's name may take in such a credit


def outlet_credit(frame: list[Token], allowed: Allowed) -> Token | None:
    """``“...,” said Ann Ray, a clerk, reports the Ledger.``: the outlet that relays the
    sentence's quotes, credited in a short clause that closes it (a comma, then "the Ledger
    reports" or "reports the Ledger", then the full stop). The speaker stays the one whose
    cue governs the quote; the outlet is a relay in its chain."""
    if not frame:
        return None
    doc = frame[0].doc
    after = frame[-1].i + 1
    if after >= len(doc) or doc[after].text not in SENTENCE_END:
        return None  # the frame stops short of its sentence's end
    commas = [k for k, t in enumerate(frame) if t.text == ","]
    if not commas:
        return None
    tail = frame[commas[-1] + 1 :]
    if not 2 <= len(tail) <= OUTLET_NAME_LIMIT + 1:
        return None
    verb_at = [k for k, t in enumerate(tail) if t.lemma_.lower() in OUTLET_CREDIT_LEMMAS]
    if verb_at not in ([0], [len(tail) - 1]):
        return None
    verb = tail[verb_at[0]]
    if verb.tag_ not in ("VBZ", "VBD") or verb.text[:1].isupper():
        return None
    name = tail[1:] if verb_at == [0] else tail[:-1]
    if not all(t.pos_ in ("PROPN", "DET", "PART") or t.text in ("’s", "'s") for t in name):
        return None
    heads = [t for t in name if t.pos_ == "PROPN"]
    return heads[-1] if heads and allowed(heads[-1]) else None


# Verbs that, with "in", give the turn to a new speaker: "her son cut in".
TURN_LEMMAS = frozenset({"cut", "chime", "break", "jump"})


def turn_taken_in_tag(cue: Token, opening: Token, allowed: Allowed) -> CueMatch | None:
    """``“A,” Ray said, and her son chimed in. “B.”``: a clause joined to a tag that hands
    the turn to someone else, with nothing said in it, introduces the next quote.

    ``cue`` is the previous quote's tag cue, ``opening`` the next quote's opening mark; only
    the end of the sentence may stand between the clause and that mark.
    """
    doc = cue.doc
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.i < cue.i:
            continue
        subject = next((c for c in conj.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or not allowed(subject) or subject.i < cue.i:
            continue
        particle = any(c.dep_ == "prt" and c.lower_ == "in" for c in conj.children)
        turn = (conj.lemma_.lower() in TURN_LEMMAS and particle) or (
            is_cue_verb(conj) and not any(c.dep_ in CONTENT_DEPS for c in conj.children)
        )
        gap = doc[conj.right_edge.i + 1 : opening.i]
        if turn and all(t.text in SENTENCE_END or t.is_space for t in gap):
            return CueMatch(conj.text, conj.idx, conj.idx + len(conj), subject, (), "turn")
    return None
