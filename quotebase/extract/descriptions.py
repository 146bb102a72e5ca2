"""A definite description written as a speaker, given to the person it stands for.

News writing names someone once and then varies: "Sen. Ann Fox (D-Ore.) ... “...,” the
Oregon senator said". The speaker is written as a description, but the reader knows the
person. These rules give the description that person's name only on evidence the document
itself writes down, never on who is nearest or most prominent:

- the description's office (senator) is the title written before the person's name
  ("Sen. Ann Fox"), or an earlier description with the same head noun was given the name
  ("the base chief, Bob Hale");
- or its head noun is a role written before the name ("campaign manager Bob Hale", "Crown
  Prince Omar Saleh", "Lab Director Ann Fox") in this paragraph or the one before, where
  the person is still named (a listing's earlier item is another person's);
- or the description stands beside the name after a comma ("“...,” Ann Fox, the
  chairwoman of the county party, recalled");
- every capitalised word of the description (Oregon, Democratic, Treasury) is written with
  that name or in the note after it ("(D-Ore.)", "of Oregon"); "former" needs "former", and
  a past office ("former Gov. Tom Bell") is no present one ("the governor");
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
from quotebase.extract.names import PLURAL_TITLES, cluster_names, same_person, strip_titles
from quotebase.extract.records import EntityKind

# What a note after a name may hold, in the characters that follow it: "Ann Fox (D-Ore.)",
# "Ann Fox, D-Ore.,", "Ann Fox of Oregon".
NOTE_LENGTH = 30

# How many words before a name may hold a role: "Carson campaign manager Bob Hale".
ROLE_LENGTH = 4

# What the parser makes of a name that a description after a comma stands beside: the
# name alone before the verb ("“...,” Ann Fox, the chairwoman ..., said"), not an object.
APPOSED_DEPS = frozenset({"npadvmod", "nsubj", "nsubjpass", "ROOT", "dep"})

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


# Older abbreviations (the Government Printing Office's) that the AP forms of ``us`` lack
OLD_STATE_ABBREVIATIONS = {
    "tex.": "texas", "kans.": "kansas", "wisc.": "wisconsin", "nebr.": "nebraska",
    "oreg.": "oregon", "penn.": "pennsylvania", "cal.": "california", "n.mex.": "newmexico",
    "n.dak.": "northdakota", "s.dak.": "southdakota",
}  # fmt: skip


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
    forms.update(OLD_STATE_ABBREVIATIONS)
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
    apposed = apposed_name(found, candidates, doc)
    if apposed is not None:
        return replace(found, name=apposed.name, kind=EntityKind.PERSON)
    # one person: not "hosts Ann Ray and Tom Bell" for "the host"
    named = [c for c in named_before(found, candidates, doc) if not c.plural]
    text = doc.text  # built from the tokens on each access: once per description
    # a role before a name serves the paragraphs that follow it, not a later item of a
    # listing ("actor Ann Fox" in one item, "the actor" of the next item's person)
    start = _previous_paragraph(text, found.mention.start)
    roles = [
        c
        for c in role_holders(found, candidates, doc)
        if _named_in(c, text[start : found.mention.start])
    ]
    evidence = title_holders(found, candidates, doc) + named + roles
    # "the governor" is no "former Gov. Ann Fox": a past office is written as one
    holders = [c for c in evidence if "former" in needed or not _past(c, doc)]
    if not holders:
        return found
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


# How many words before the first of the names a plural title may stand: "Sens." is at times
# split into "Sens" and ".".
PLURAL_TITLE_REACH = 2


def title_words(text: str) -> set[str]:
    """The words of a mention, lowercased, without a title's full stop: "Sen." -> "sen";
    a plural title as the singular each name bears: "Sens." -> "sen"."""
    words = (w.lower().rstrip(".") for w in text.split())
    return {PLURAL_TITLES.get(w, w) for w in words}


def shared_title(holder: PersonMention, doc: Doc) -> set[str]:
    """The title a plural title before the first of coordinated names gives each of them.

    "Sens. Ann Fox (D-Ore.) and Tom Bell (R-Fla.)": Tom Bell is a senator too ("sen"), and
    so is Ann Fox where the parser left the title out of her name.
    """
    first = doc[holder.token]
    while first.dep_ in ("conj", "appos") and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head
    start = min((t.i for t in first.lefts), default=first.i)
    before = doc[max(0, start - PLURAL_TITLE_REACH) : first.i]
    return {
        PLURAL_TITLES[t.lower_.rstrip(".")]
        for t in before
        if t.text[:1].isupper() and t.lower_.rstrip(".") in PLURAL_TITLES
    }


def title_holders(
    found: PersonMention, candidates: list[PersonMention], doc: Doc | None = None
) -> list[PersonMention]:
    """Earlier people written with a description's office as title ("Sen. Ann Fox"), alone
    or, given the parse, shared with others ("Sens. Ann Fox and Tom Bell").

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
        if doc is not None and c.token < found.token and not titles & words:
            words |= shared_title(c, doc)
        if (
            c.token < found.token
            and c.kind is EntityKind.PERSON
            and not c.plural
            and titles & words
            # a name that ends in the title is none: "Christian Speaker" of a headline
            and c.name.split()[-1].lower().rstrip(".") not in titles
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


def role_holders(
    found: PersonMention, candidates: list[PersonMention], doc: Doc
) -> list[PersonMention]:
    """Earlier people whose name is written after the description's head noun.

    "campaign manager Bob Hale", "Saudi Prince Ali Saud", "FBI Director Ann Fox": the noun
    before the name is the person's role, so "the campaign manager", "the prince", "the
    director" is that person. Offices with abbreviated titles are :func:`title_holders`.
    """
    head = doc[found.token]
    forms = {head.lower_, head.lemma_.lower()}
    deputy = title_words(found.name) & DEPUTY_WORDS
    holders = []
    for c in candidates:
        if (
            c.token >= found.token
            or c.kind is not EntityKind.PERSON
            or c.plural
            or doc[c.token].pos_ != "PROPN"
        ):
            continue
        words = _words_before_name(c, doc)
        # the role before the name, not the name itself ("Ann Speaker")
        if not forms & words or words & DEPUTY_WORDS != deputy:
            continue
        # the name is what follows the role: "Republican Donor Ann Fox", a headline's name
        name = c.name.split()
        cut = max((i for i, w in enumerate(name) if w.lower() in forms), default=-1)
        if cut < len(name) - 1:
            holders.append(replace(c, name=" ".join(name[cut + 1 :])))
    return holders


def _words_before_name(holder: PersonMention, doc: Doc) -> set[str]:
    """The words written before a person's name: in the mention, and the nouns and
    adjectives just before it that the parser left out ("campaign manager" of "... and
    campaign manager Tim Rudd", parsed as a noun with the name in apposition)."""
    span = doc.char_span(holder.mention.start, holder.mention.end, alignment_mode="expand")
    if span is None:
        return set()
    words = {t.lower_.rstrip(".") for t in span[:-1]}
    i = span.start - 1
    while i >= 0 and span.start - i <= ROLE_LENGTH and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        words.add(doc[i].lower_.rstrip("."))
        i -= 1
    return words


def apposed_name(
    found: PersonMention, candidates: list[PersonMention], doc: Doc
) -> PersonMention | None:
    """The person named just before a description set beside the name by a comma.

    "“...,” Ann Fox, the chairwoman of the county party, recalled": the parser may make the
    description the verb's subject, but it is said of the name before the comma. A name
    that is an object ends a phrase of its own: "In a call with Ann Fox, the senator said".
    """
    span = doc.char_span(found.mention.start, found.mention.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    before = doc[span.start - 2]
    if before.dep_ not in APPOSED_DEPS:
        return None
    return next(
        (
            c
            for c in candidates
            if c.kind is EntityKind.PERSON
            and not c.plural
            and doc[c.token].pos_ == "PROPN"
            and c.mention.end == before.idx + len(before.text)
        ),
        None,
    )


def _previous_paragraph(text: str, offset: int) -> int:
    """Where the paragraph before the one holding ``offset`` starts (0 in the first two)."""
    brk = text.rfind("\n", 0, offset)
    while brk > 0 and text[brk - 1].isspace():
        brk -= 1
    return text.rfind("\n", 0, brk) + 1 if brk > 0 else 0


def _named_in(holder: PersonMention, text: str) -> bool:
    """Whether a word of the holder's name (not a title) is written in ``text``."""
    words = [w for w in strip_titles(holder.name).split() if len(w) > 2 and w[:1].isupper()]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def _past(holder: PersonMention, doc: Doc) -> bool:
    """Whether a person is written with a past office: "former Gov. Ann Fox", "ex-Sen. Tom
    Bell", "the former governor" (an apposition)."""
    words = title_words(holder.mention.text) | _words_before_name(holder, doc)
    return any(w in PAST_WORDS or w.startswith("ex-") for w in words)


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
