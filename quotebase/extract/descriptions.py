"""A definite description written as a speaker, given to the person it stands for.

News writing names someone once and then varies: "Sen. Ann Fox (D-Ore.) ... “...,” the
Oregon senator said". The speaker is written as a description, but the reader knows the
person. These rules give the description that person's name only on evidence the document
itself writes down, never on who is nearest or most prominent:

- the description's office (senator) is the title written before the person's name
  ("Sen. Ann Fox"), or an earlier description with the same head noun was given the name
  ("the base chief, Bob Hale");
- every capitalised word of the description (Oregon, Democratic, Treasury) is written with
  that name or in the note after it ("(D-Ore.)", "of Oregon"); "former" needs "former";
- exactly one person fits.

A description that fails any of these stays the document's own description, as the spec
keeps unnamed speakers ("the negotiator").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from quotebase.extract.mentions import DEPUTY_WORDS, OFFICE_TITLES, PersonMention, surname_of
from quotebase.extract.names import cluster_names, same_person
from quotebase.extract.records import EntityKind

# What a note after a name may hold, in the characters that follow it: "Ann Fox (D-Ore.)",
# "Ann Fox, D-Ore.,", "Ann Fox of Oregon".
NOTE_LENGTH = 30

# Party letters in a note ("(D-Ore.)") and the party words a description uses for them.
PARTY_LETTERS = {"d": "democratic", "r": "republican", "i": "independent"}
PARTY_FORMS = {"democrat": "democratic", "republican": "republican", "independent": "independent"}

# "the former governor", "the ex-mayor": a past office, written so with the name too.
PAST_WORDS = frozenset({"former", "ex", "ex-", "onetime", "one-time"})

# "(D-Ore.)", "(Fla.)", ", R-Texas,": a party letter and a state, written after a name.
_STATE = r"[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?"
NOTE = re.compile(
    rf"\s*(?:\(\s*(?:(?P<party>[DRI])\s*[-–]\s*)?(?P<state>{_STATE})\s*\)"
    rf"|,\s*(?P<party2>[DRI])\s*[-–]\s*(?P<state2>{_STATE}))"
)


@cache
def _states() -> dict[str, str]:
    """US state names by every form a note after a name uses: "Fla.", "FL", "Florida".

    Keys and values are lowercase without spaces ("newjersey"); a state's own name is
    also a key, so a value is always a key.
    """
    import us  # imported on first use: its import is slow, and only notes need it

    forms: dict[str, str] = {}
    for state in us.STATES_AND_TERRITORIES:
        for form in (state.name, state.abbr, state.ap_abbr):
            if form:
                forms[form.lower().replace(" ", "")] = state.name.lower().replace(" ", "")
    return forms


@cache
def _state_names() -> frozenset[str]:
    """Full state names only: in running text, "Del." or "Miss." may be no state."""
    return frozenset(_states().values())


def described_speaker(
    found: PersonMention, candidates: list[PersonMention], doc: Doc
) -> PersonMention:
    """The named person a speaker written as a definite description stands for.

    Args:
        found: The speaker's mention ("the Oregon senator").
        candidates: The document's mentions in text order.
        doc: The parsed document.

    Returns:
        ``found`` under the person's name, or unchanged when it is no singular definite
        description of a person or the document gives it to no one person.
    """
    words = found.name.split()
    head = doc[found.token]
    if (
        found.kind is not EntityKind.UNNAMED
        or len(words) < 2
        or words[0].lower() != "the"
        or found.plural
        or not found.personal
        or head.pos_ not in ("NOUN", "PROPN")  # "the senator", at times tagged a name
    ):
        return found
    needed = _described_words(doc, found)
    # one person: not "hosts Ann Ray and Tom Bell" for "the host"
    named = [c for c in named_before(found, candidates, doc) if not c.plural]
    holders = title_holders(found, candidates) + named
    if not holders:
        return found
    text = doc.text  # built from the tokens on each access: once per description
    fitting = [c.name for c in holders if needed <= _written_with(c, candidates, text)]
    people = set(cluster_names(fitting).values())
    if len(people) != 1:
        return found
    return replace(found, name=people.pop(), kind=EntityKind.PERSON)


def _described_words(doc: Doc, found: PersonMention) -> frozenset[str]:
    """The description's words before its head that the person must be written with.

    Capitalised words ("Oregon", "Treasury", "Democratic"), past ("former") and deputy
    ("vice") words; not the determiner, and not other adjectives ("longtime").
    """
    span = doc.char_span(found.mention.start, found.mention.end, alignment_mode="expand")
    if span is None:
        return frozenset()
    kept = []
    for token in span[1:]:
        if token.i >= found.token:
            break
        low = token.lower_
        if (
            low in PAST_WORDS
            or low in DEPUTY_WORDS
            or (token.text[:1].isupper() and token.is_alpha)
        ):
            kept.append(low)
    return _normalised(kept)


def _normalised(words: list[str]) -> frozenset[str]:
    """One form per fact: a state in one word ("new jersey" -> "newjersey"), a party as its
    adjective ("democrat" -> "democratic"), "ex-" as "former"."""
    states = _state_names()
    kept: set[str] = set()
    i = 0
    while i < len(words):
        pair = words[i] + (words[i + 1] if i + 1 < len(words) else "")
        if i + 1 < len(words) and pair in states:
            kept.add(pair)
            i += 2
            continue
        word = words[i]
        if word in PAST_WORDS or word.startswith("ex-"):
            kept.add("former")
        else:
            kept.add(PARTY_FORMS.get(word, word))
        i += 1
    return frozenset(kept)


def title_words(text: str) -> set[str]:
    """The words of a mention, lowercased, without a title's full stop: "Sen." -> "sen"."""
    return {w.lower().rstrip(".") for w in text.split()}


def title_holders(found: PersonMention, candidates: list[PersonMention]) -> list[PersonMention]:
    """Earlier people written with a description's office as title ("Sen. Ann Fox").

    A deputy's title is another office: "Vice President Joe Biden" is not "the president",
    and "the vice president" is no "President Obama".
    """
    titles = OFFICE_TITLES.get(surname_of(found.name))
    if titles is None:
        return []
    deputy = title_words(found.name) & DEPUTY_WORDS
    holders = []
    for c in candidates:
        words = title_words(c.mention.text)
        if (
            c.token < found.token
            and c.kind is EntityKind.PERSON
            and not c.plural
            and titles & words
            and words & DEPUTY_WORDS == deputy
        ):
            holders.append(c)
    return holders


def named_before(
    found: PersonMention, candidates: list[PersonMention], doc: Doc
) -> list[PersonMention]:
    """Earlier descriptions with the same head noun that were given a name ("the chief, Bob")."""
    head = doc[found.token].lemma_.lower()
    return [
        c
        for c in candidates
        if c.token < found.token
        and c.kind is EntityKind.PERSON
        and doc[c.token].pos_ == "NOUN"
        and doc[c.token].lemma_.lower() == head
        and c.name != c.mention.text
    ]


def _written_with(
    holder: PersonMention, candidates: list[PersonMention], text: str
) -> frozenset[str]:
    """The words written with a person: every mention of them, and the note after each."""
    words: list[str] = []
    for c in candidates:
        if c.kind is not EntityKind.PERSON or not (
            c.name == holder.name or same_person(c.name, holder.name)
        ):
            continue
        mention = [w.lower().strip(".,()") for w in c.mention.text.split()]
        words.extend(_normalised(mention))
        words.extend(_note_words(text[c.mention.end : c.mention.end + NOTE_LENGTH]))
    return frozenset(words)


def _note_words(note: str) -> list[str]:
    """The party and state a note after a name gives: "(D-Ore.)" -> democratic, oregon."""
    words: list[str] = []
    match = NOTE.match(note)
    if match is not None:
        party = match.group("party") or match.group("party2")
        if party:
            words.append(PARTY_LETTERS[party.lower()])
        written = match.group("state") or match.group("state2")
        state = _states().get(written.lower().replace(" ", ""))
        if state is not None:
            words.append(state)
    place = re.match(r",?\s+of\s+((?:[A-Z][a-z]+\s?){1,2})", note)
    if place is not None:
        words.extend(w.lower() for w in place.group(1).split())
    return words
