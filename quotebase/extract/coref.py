"""Mentions of people and rule-based pronoun resolution over a parsed ``Doc``.

Resolution is deliberately simple and local: a pronoun speaker is the nearest preceding
compatible person mention, preferring the previous quote's speaker and main-clause subjects;
an object pronoun is never its own clause's subject (``Crocker recalled him saying``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quotebase.extract.records import EntityKind, Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
NAME_PART_DEPS = frozenset({"compound", "flat", "nmod", "appos"})
MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "case"})

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
NARRATOR_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})
THIRD_PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})

# Common nouns that denote a person or a group of people: "the negotiator", "a source".
PERSON_NOUNS = frozenset(
    {
        "source",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "negotiator",
        "diplomat",
        "analyst",
        "expert",
        "candidate",
        "president",
        "senator",
        "lawmaker",
        "governor",
        "lawyer",
        "attorney",
        "witness",
        "voter",
        "supporter",
        "critic",
        "resident",
        "woman",
        "man",
        "person",
        "people",
        "officer",
        "agent",
        "prosecutor",
        "judge",
        "reporter",
        "journalist",
        "editor",
        "author",
        "writer",
        "protester",
        "activist",
        "leader",
        "member",
        "chairman",
        "chairwoman",
        "director",
        "secretary",
        "minister",
        "ambassador",
        "general",
        "commander",
        "strategist",
        "consultant",
        "operative",
        "staffer",
        "employee",
        "worker",
        "friend",
        "colleague",
        "insider",
        "donor",
        "delegate",
        "pollster",
        "economist",
        "professor",
        "scholar",
        "researcher",
        "student",
        "campaign",
        "administration",
        "government",
        "officials",
        "team",
        "group",
        "committee",
        "organization",
        "party",
        "spokespeople",
        "host",
        "moderator",
        "audience",
        "crowd",
        "fan",
        "veteran",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "sister",
        "brother",
        "mom",
        "dad",
        "nominee",
        "congressman",
        "congresswoman",
        "representative",
        "mayor",
        "sheriff",
        "chief",
        "executive",
        "ceo",
        "founder",
        "owner",
        "manager",
        "doctor",
        "nurse",
        "teacher",
        "priest",
        "pastor",
        "bishop",
        "pope",
        "king",
        "queen",
        "prince",
    }
)

# A small first-name lexicon for he/she compatibility (unknown names are compatible with both).
FEMALE_FIRST_NAMES = frozenset(
    {
        "hillary",
        "melania",
        "ivanka",
        "michelle",
        "elizabeth",
        "nancy",
        "sarah",
        "kellyanne",
        "donna",
        "debbie",
        "huma",
        "chelsea",
        "barbara",
        "laura",
        "jill",
        "tulsi",
        "carly",
        "nikki",
        "susan",
        "mary",
        "patricia",
        "jennifer",
        "linda",
        "karen",
        "lisa",
        "betty",
        "margaret",
        "sandra",
        "ashley",
        "kimberly",
        "emily",
        "amy",
        "anna",
        "angela",
        "helen",
        "katie",
        "kate",
        "katy",
        "megyn",
        "hope",
        "jane",
        "janet",
        "joan",
        "judy",
        "julie",
        "kelly",
        "maria",
        "marie",
        "rachel",
        "rebecca",
        "ruth",
        "sharon",
        "theresa",
        "teresa",
        "madeleine",
        "condoleezza",
        "dianne",
        "kamala",
        "claire",
        "kirsten",
        "tammy",
        "heidi",
        "lindsey",
        "nina",
        "omarosa",
        "marsha",
        "kellie",
        "jeanne",
        "monica",
        "gloria",
        "ann",
        "anne",
        "carol",
        "christine",
        "diane",
        "ellen",
        "erin",
        "grace",
        "irene",
        "jessica",
        "kathleen",
        "kristen",
        "lauren",
        "loretta",
        "meghan",
        "megan",
        "natalie",
        "paula",
        "rosa",
        "samantha",
        "stephanie",
        "valerie",
        "wendy",
        "zoe",
        "gretchen",
    }
)
MALE_FIRST_NAMES = frozenset(
    {
        "donald",
        "bernie",
        "barack",
        "joe",
        "mike",
        "ted",
        "marco",
        "john",
        "jeb",
        "ben",
        "chris",
        "rand",
        "paul",
        "tim",
        "bill",
        "george",
        "mitt",
        "reince",
        "newt",
        "rudy",
        "jim",
        "james",
        "robert",
        "michael",
        "william",
        "david",
        "richard",
        "joseph",
        "thomas",
        "charles",
        "daniel",
        "matthew",
        "anthony",
        "mark",
        "steven",
        "steve",
        "andrew",
        "kevin",
        "brian",
        "jason",
        "jeff",
        "jeffrey",
        "ryan",
        "gary",
        "eric",
        "stephen",
        "jonathan",
        "larry",
        "scott",
        "frank",
        "greg",
        "harry",
        "jack",
        "dennis",
        "jerry",
        "tony",
        "corey",
        "sean",
        "lindsey",
        "mitch",
        "rick",
        "martin",
        "carson",
        "jared",
        "roger",
        "bob",
        "ron",
        "tom",
        "dick",
        "al",
        "vladimir",
        "barry",
        "peter",
        "pete",
        "sam",
        "adam",
        "nick",
        "josh",
        "kurt",
        "kenneth",
        "ken",
        "ed",
        "edward",
        "hugh",
        "howard",
        "lou",
        "qassem",
        "qasem",
        "hassan",
        "ali",
        "mohammad",
        "mohammed",
        "javad",
        "dexter",
    }
)
MALE_TITLES = frozenset({"mr", "mr.", "sir", "king", "prince", "father"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "queen", "lady"})


@dataclass(frozen=True)
class PersonMention:
    """A mention of a possible speaker, with what coreference needs to know."""

    mention: Mention
    name: str  # surface name with titles, or the description for an unnamed speaker
    kind: EntityKind
    token: int  # index of the head token
    is_subject: bool
    is_main_subject: bool  # subject of a main clause (ROOT, or conjoined with it)
    gender: str | None = None  # "m", "f", or None when unknown
    plural: bool = False


def noun_phrase_bounds(head: Token) -> tuple[int, int]:
    """Token bounds ``[start, end)`` of the name or description headed by ``head``."""
    start = end = head.i
    for child in head.lefts:
        # "Secretary of State Mike Pompeo", "the Iranian negotiator": keep premodifiers
        if child.dep_ in NAME_PART_DEPS | MODIFIER_DEPS and child.dep_ != "appos":
            start = min(start, child.left_edge.i)
    for child in head.rights:
        # "Pompeo Jr." and flat names continue to the right; clauses and appositions do not
        if child.dep_ in ("flat", "compound") and child.i == end + 1:
            end = child.i
    doc = head.doc
    # a mention never crosses a paragraph break (the parser sometimes attaches across one)
    while start < head.i and (
        doc[start].is_punct or doc[start].is_space or "\n" in doc[start : head.i].text
    ):
        start += 1
    return start, end + 1


def _gender_of(tokens: list[Token]) -> str | None:
    for token in tokens:
        low = token.text.lower()
        if low in MALE_TITLES or low in MALE_FIRST_NAMES:
            return "m"
        if low in FEMALE_TITLES or low in FEMALE_FIRST_NAMES:
            return "f"
    return None


def entity_kind(head: Token) -> EntityKind:
    """The kind of entity a mention's head denotes."""
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        if head.ent_type_ == "ORG":
            return EntityKind.ORGANIZATION
        return EntityKind.PERSON
    if head.text.lower() in ("campaign", "administration", "government", "committee", "team"):
        return EntityKind.ORGANIZATION
    return EntityKind.UNNAMED


def mention_of(head: Token) -> PersonMention:
    """Build the person mention headed by ``head`` (a name, a description or a pronoun)."""
    doc = head.doc
    start, end = noun_phrase_bounds(head)
    if head.pos_ == "PRON":
        start, end = head.i, head.i + 1
    span = doc[start:end]
    kind = entity_kind(head) if head.pos_ != "PRON" else EntityKind.PERSON
    if kind is EntityKind.PERSON and head.pos_ == "PROPN":
        # names: keep the compound run only ("Secretary of State Mike Pompeo" -> Mike Pompeo)
        run_start = head.i
        while (
            run_start > start
            and doc[run_start - 1].pos_ == "PROPN"
            and doc[run_start - 1].dep_ in ("compound", "flat")
        ):
            run_start -= 1
        name = doc[run_start:end].text
    else:
        name = span.text
    main = head.dep_ in SUBJECT_DEPS and (
        head.head.dep_ == "ROOT" or (head.head.dep_ == "conj" and head.head.head.dep_ == "ROOT")
    )
    low = head.text.lower()
    gender = (
        "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else _gender_of(list(span))
    )
    plural = low in PLURAL_PRONOUNS or head.tag_ in ("NNS", "NNPS")
    return PersonMention(
        mention=Mention(span.text, span.start_char, span.end_char),
        name=name,
        kind=kind,
        token=head.i,
        is_subject=head.dep_ in SUBJECT_DEPS,
        is_main_subject=main,
        gender=gender,
        plural=plural,
    )


def is_person_like(head: Token) -> bool:
    """True when a token can head a mention of a person or group."""
    if head.pos_ == "PROPN":
        return head.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "FAC", "EVENT")
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in PERSON_NOUNS or head.text.lower() in PERSON_NOUNS
    return False


def collect_mentions(doc_tokens: list[Token]) -> list[PersonMention]:
    """All named or described person mentions in the tokens, in text order (no pronouns)."""
    found: list[PersonMention] = []
    for token in doc_tokens:
        # a mention is counted at its head: the last token of a name run, or the noun
        if not is_person_like(token):
            continue
        if token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
            continue
        found.append(mention_of(token))
    return found


def compatible(pronoun: Token, candidate: PersonMention) -> bool:
    """Number and (when known) gender agreement between a pronoun and a mention."""
    low = pronoun.text.lower()
    if low in PLURAL_PRONOUNS:
        return candidate.plural or candidate.kind is EntityKind.ORGANIZATION
    if candidate.plural or candidate.kind is EntityKind.ORGANIZATION:
        return False
    if low in MALE_PRONOUNS:
        return candidate.gender != "f"
    if low in FEMALE_PRONOUNS:
        return candidate.gender != "m"
    return True


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
        The chosen mention, or None.
    """
    before = [
        c
        for c in candidates
        if c.token < pronoun.i
        and pronoun.i - c.token <= window
        and not _excluded(c.name, exclude_names)
        and compatible(pronoun, c)
    ]
    if not before:
        return None
    if exclude_names:
        # an object pronoun whose clause subject is excluded: the nearest other person
        return before[-1]
    # the most recent main-clause subject (or earlier speaker) is the default antecedent
    mains = [c for c in before if c.is_main_subject]
    if mains and pronoun.i - mains[-1].token <= window // 2:
        return mains[-1]
    subjects = [c for c in before if c.is_subject]
    if subjects:
        return subjects[-1]
    return before[-1]


def _excluded(name: str, exclude_names: frozenset[str]) -> bool:
    """Same person by surname: "Crocker" excludes "Ryan Crocker"."""
    words = name.lower().split()
    return bool(words) and any(
        n.lower().split()[-1:] == words[-1:] for n in exclude_names if n.split()
    )
