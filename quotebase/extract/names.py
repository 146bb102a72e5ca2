"""People's names: one entity per real person.

A speaker appears under many surface forms: ``Maj. Gen. Qasem Soleimani``, ``Soleimani``,
``Suleimani``, ``Haji Qassem``. This module strips titles and descriptors, folds
transliteration variants into a comparable key, and decides which forms are one person,
within one document (:func:`cluster_names`) and across documents (:func:`match_entity`).

Folding is done by hand rather than with a phonetic code: jellyfish's Metaphone, Soundex
and NYSIIS all give ``Bush`` and ``Bash`` (and ``Hossein`` and ``Hassan``) the same code.
:func:`fold` keeps the first and last vowel of each word (in three classes, a / e-i / o-u)
and merges only the inner vowels, which is where transliterations of Arabic and Persian
names disagree (``Mohammad``/``Muhammed``, ``Soleimani``/``Suleimani``).

Examples:
    >>> same_person("Maj. Gen. Qasem Soleimani", "Suleimani")
    True
    >>> same_person("Bush", "Bash")
    False
    >>> cluster_names(["Ambassador Ryan Crocker", "Crocker’s"])["Crocker’s"]
    'Ryan Crocker'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from anyascii import anyascii

from quotebase.extract.name_tables import (
    FEMALE_FIRST_NAMES,
    FEMALE_TITLES,
    GIVEN_NAMES,
    MALE_FIRST_NAMES,
    MALE_TITLES,
)

# Titles and honorifics, lower-cased without periods. Stripped for identity, kept as aliases.
TITLES = frozenset(
    {
        # civil honorifics
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        # elected and appointed office
        "president", "sen", "sens", "senator", "senators", "rep", "reps", "representative",
        "govs", "drs", "gens",
        "congressman", "alderman", "councilman", "councilwoman", "assemblyman", "delegate",
        "assemblywoman", "assemblymember", "councilmember", "secretary-general", "deputy",
        "congresswoman", "gov", "governor", "mayor", "secretary", "minister", "chancellor",
        "cllr", "councillor", "councilor", "baroness",
        "premier", "speaker", "leader", "ambassador", "amb", "envoy", "attorney", "commissioner",
        "chairman", "chairwoman", "chair", "chief", "director", "judge", "justice", "pm",
        "counsel", "treasurer", "ag", "secretary-treasurer", "officer", "manager",
        "administrator", "principal",
        # staff roles, capitalised before the name: "Campaign Spokeswoman Ann Ray"
        "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "founder",
        "co-founder", "cofounder",
        # executive office, written before the name: "Hewlett-Packard CEO Carly Fiorina"
        "ceo", "cfo", "coo", "cto",
        # county and city office, and a party's whip: "County Sheriff Ann Ray", "Public
        # Advocate Ann Ray", "Majority Whip Ann Ray"
        "sheriff", "clerk", "recorder", "auditor", "comptroller", "coroner", "constable",
        "advocate", "whip",
        # military ranks
        "gen", "general", "maj", "major", "lt", "lieutenant", "col", "colonel", "capt",
        "captain", "adm", "admiral", "brig", "brigadier", "cmdr", "commander", "sgt",
        "sergeant", "cpl", "corporal", "pvt", "private", "marshal", "field",
        # police ranks: "Det Insp Sarah Long", "Supt Alan Reed"
        "det", "detective", "insp", "inspector", "supt", "superintendent",
        # religious and traditional honorifics
        "ayatollah", "hojatoleslam", "hojjatoleslam", "haji", "hajji", "hajj", "sheikh",
        "shaikh", "sheik", "imam", "mullah", "mufti", "rabbi", "rev", "reverend", "father",
        "pastor", "bishop", "archbishop", "cardinal", "pope", "emir", "amir", "prince",
        "princess", "king", "queen", "sultan",
    }
)  # fmt: skip

# Words that may follow "<title> of" inside a title: "Secretary of State John Kerry".
TITLE_OF_OBJECTS = frozenset(
    {
        "the", "state", "defense", "defence", "treasury", "homeland", "security", "labor",
        "energy", "commerce", "agriculture", "education", "interior", "health", "foreign",
        "affairs", "staff", "justice", "transportation", "veterans", "war", "intelligence",
        "joint", "chiefs", "national", "finance", "economy", "oil",
    }
)  # fmt: skip

# Name particles: part of the surname for display, ignored by the key ("al-Maliki" ~ "Maliki").
PARTICLES = frozenset(
    {
        "al", "el", "ul", "bin", "ben", "ibn", "bint", "abu", "van", "von", "de", "der",
        "den", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten", "st",
    }
)  # fmt: skip

# Particles that can open a surname written alone, even capitalised: "De Blasio", "Le Pen".
LEADING_PARTICLES = frozenset(
    {"de", "van", "von", "le", "la", "du", "del", "della", "di", "da", "abu", "bin", "ibn"}
)

# Generational suffixes: they tell father and son apart ("Donald Trump Jr.").
SUFFIXES = {"jr": "jr", "jnr": "jr", "junior": "jr", "sr": "sr", "snr": "sr", "senior": "sr",
            "ii": "ii", "iii": "iii", "iv": "iv"}  # fmt: skip

# Degrees and post-nominals: dropped entirely ("Jane Smith, PhD").
DEGREES = frozenset(
    {"phd", "md", "esq", "jd", "mba", "dds", "rn", "obe", "mbe", "cbe", "kbe", "qc", "kc", "mp",
     "msp"}
)  # fmt: skip

# Leading given names often dropped in reporting ("Mohammad Javad Zarif" ~ "Javad Zarif";
# "Seyed Hossein Mousavian" ~ "Hossein Mousavian"): honorific or very common first names.
DROPPABLE_GIVEN_NAMES = (
    "Mohammad", "Muhammad", "Mohammed", "Mohamed", "Seyed", "Seyyed", "Sayyid", "Sayed", "Syed",
)  # fmt: skip

# English hypocorisms: "Bill Clinton" is "William Clinton". Only unambiguous ones.
NICKNAMES = {
    "bill": "william", "billy": "william", "will": "william", "willy": "william",
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
    "jim": "james", "jimmy": "james", "mike": "michael", "mick": "michael",
    "dick": "richard", "rick": "richard", "rich": "richard", "tom": "thomas",
    "tommy": "thomas", "joe": "joseph", "dan": "daniel", "danny": "daniel",
    "dave": "david", "tony": "anthony", "ben": "benjamin", "bernie": "bernard",
    "larry": "lawrence", "newt": "newton", "chuck": "charles", "charlie": "charles",
    "ed": "edward", "eddie": "edward", "ken": "kenneth", "kenny": "kenneth",
    "jeff": "jeffrey", "greg": "gregory", "matt": "matthew", "nick": "nicholas",
    "pete": "peter", "sam": "samuel", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine", "katie": "katherine", "sue": "susan", "jack": "john",
    "geoff": "geoffrey", "andy": "andrew", "tim": "timothy", "doug": "douglas",
    "ron": "ronald", "fred": "frederick", "rudy": "rudolph", "johnny": "john",
    "hank": "henry", "walt": "walter", "stan": "stanley", "vince": "vincent",
    "josh": "joshua", "zach": "zachary", "jake": "jacob", "mitch": "mitchell",
    "russ": "russell", "wes": "wesley", "debbie": "deborah", "deb": "deborah",
    "becky": "rebecca", "cindy": "cynthia", "abby": "abigail", "mandy": "amanda",
    "pam": "pamela", "judy": "judith", "barb": "barbara", "jen": "jennifer",
    "jenny": "jennifer", "vicky": "victoria", "vicki": "victoria", "trish": "patricia",
    "patty": "patricia", "peggy": "margaret", "betsy": "elizabeth", "betty": "elizabeth",
    "libby": "elizabeth",
}  # fmt: skip

# Hypocorisms of several full names ("Sandy": Sandra or Alexander): a full name so written
# is the one person of that surname whose full given name it shortens, when the text names
# exactly one other person of that surname. A nickname stands in one table only: those of
# NICKNAMES are folded to their full name before this one is read.
AMBIGUOUS_NICKNAMES = {
    "sandy": ("sandra", "alexander", "alexandra"), "pat": ("patrick", "patricia"),
    "alex": ("alexander", "alexandra", "alexis"),
    "chris": ("christopher", "christine", "christina", "christian"),
    "terry": ("terence", "terrence", "teresa", "theresa"), "jerry": ("gerald", "jerome"),
    "gerry": ("gerald", "geraldine"), "harry": ("harold", "henry"),
    "al": ("albert", "alan", "alfred", "allen"), "ted": ("edward", "theodore"),
    "steve": ("stephen", "steven"), "phil": ("philip", "phillip"),
    "nate": ("nathan", "nathaniel"), "kathy": ("katherine", "catherine", "kathleen"),
    "cathy": ("catherine", "katherine", "cathleen"), "jo": ("joanne", "joanna", "josephine"),
    "fran": ("frances", "francis"), "frankie": ("frances", "francis", "frank"),
    "toni": ("antonia",), "max": ("maxwell", "maximilian"), "ray": ("raymond",),
    "gene": ("eugene",), "lou": ("louis", "louise"), "len": ("leonard",),
    "meg": ("margaret", "megan"), "nikki": ("nicole", "nicola"),
}  # fmt: skip

# Determiners and pronouns: a capitalised "The" or "His" starts a description, not a name.
FUNCTION_WORDS = frozenset(
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
        "these", "those", "he", "she", "they", "it", "we", "you", "i", "who", "whom", "me",
        "him", "them", "us", "one", "someone", "everyone", "nobody", "somebody", "anyone",
        "anybody", "everybody",
    }
)  # fmt: skip

# Words that end a name inside a longer mention ("Bernie Sanders of Vermont", "Rubio for his
# support ..."): prepositions, conjunctions, reporting verbs.
STOP_WORDS = frozenset(
    {
        "of", "for", "and", "or", "but", "to", "with", "in", "on", "at", "by", "from", "as",
        "who", "which", "that", "said", "says", "told", "tells", "wrote", "writes", "added",
        "is", "was", "has", "had", "will", "would", "the", "a", "an", "his", "her", "their",
        "about", "after", "before", "when", "while", "if", "than", "into", "over", "under",
    }
)  # fmt: skip

# Capitalised descriptors written before a name: "Rival Hillary Clinton", "Top Sanders".
DESCRIPTORS = frozenset(
    {
        "former", "rival", "crooked", "top", "then", "late", "fellow", "lyin", "embattled",
        "presumptive", "outgoing", "incoming", "acting", "interim", "disgraced", "ex",
        "billionaire", "businessman", "businesswoman", "candidate", "nominee", "hopeful",
        # a party or trade written capitalised before a name: "Democrat Ann Ray", "Comedian
        # Ann Ray" (not trades that are common surnames: Singer, Baker, Cook)
        "republican", "democrat", "democratic", "comedian", "actor", "actress", "columnist",
        "commentator", "pundit", "rapper", "activist", "strategist", "pollster", "novelist",
        "filmmaker", "journalist", "correspondent", "anchor", "host", "blogger", "contender",
        "co-anchor", "coanchor", "co-host", "cohost", "librarian", "economist", "historian",
        "scientist", "researcher", "analyst", "lobbyist", "consultant", "organizer",
        "teacher", "nurse", "student", "resident", "voter", "veteran", "retiree", "poet",
        "playwright", "songwriter", "musician", "entrepreneur", "investor", "photographer",
        "producer", "lawyer",
    }
)  # fmt: skip

# Trades that are also common surnames ("Tom Baker", "Jan Brewer"): written before a given
# name and a surname they are a label ("Baker Tom Bell"), elsewhere part of the name.
TRADE_SURNAMES = frozenset(
    {
        "baker", "singer", "cook", "mason", "porter", "weaver", "fisher", "butler",
        "carpenter", "painter", "potter", "brewer", "farmer", "barber", "hunter", "banker",
        "gardener", "shepherd", "sawyer", "miller", "tailor", "plumber", "builder", "chef",
        "writer", "dean", "coach", "trainer", "driver", "gunner", "sailor", "pilot",
    }
)  # fmt: skip

# Plural titles, written once before several names ("Sens. Ann Fox and Tom Bell"), and the
# title each of the names bears.
PLURAL_TITLES = {"sens": "sen", "reps": "rep", "govs": "gov", "drs": "dr", "gens": "gen"}

# Players' positions, written like a trade before a given name and a surname: "Striker Luis
# Ferro", "Goalkeeper Ann Ray" (the tagger reads them into the name).
POSITION_LABELS = frozenset(
    {
        "striker", "goalkeeper", "keeper", "goalie", "defender", "midfielder", "winger",
        "forward", "fullback", "quarterback", "linebacker", "receiver", "pitcher", "catcher",
        "shortstop", "batsman", "batter", "bowler", "wicketkeeper", "goaltender",
    }
)  # fmt: skip
_LABEL_WORDS = TRADE_SURNAMES | POSITION_LABELS

MONTHS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip

# Capitalised words that never begin or continue a name: sentence openers, quantifiers.
NOT_NAME_WORDS = (
    FUNCTION_WORDS
    | (STOP_WORDS - {"will"})  # "Will" is a first name
    | DESCRIPTORS
    | {
        "though", "however", "still", "yet", "so", "now", "here", "there", "many", "some",
        "several", "most", "all", "both", "each", "every", "other", "another", "no", "few",
        "according", "meanwhile", "also", "even", "only", "just", "asked", "says", "said",
        "well", "yes", "thanks", "please", "dear", "oh",
        # sentence adverbs, capitalised at a sentence's start: "Certainly Ann Ray knows"
        "certainly", "clearly", "surely", "obviously", "apparently", "reportedly",
        "allegedly", "ironically", "notably", "indeed", "perhaps", "maybe", "instead",
        "unfortunately", "fortunately", "hopefully", "frankly", "honestly", "actually",
        "finally", "eventually", "initially", "originally", "recently", "previously",
        "similarly", "likewise", "naturally", "undoubtedly", "admittedly", "sadly",
        "luckily", "thankfully", "unsurprisingly", "predictably", "interestingly",
    }
)  # fmt: skip

# Words that make a capitalised phrase an organisation, outlet or place, not a person.
NON_PERSON_WORDS = frozenset(
    {
        "house", "post", "times", "news", "journal", "press", "party", "committee",
        "department", "ministry", "council", "inc", "corp", "company", "university",
        "association", "campaign", "office", "agency", "army", "service", "court", "congress",
        "senate", "government", "administration", "network", "institute", "foundation",
        "center", "centre", "group", "bank", "magazine", "show", "media", "street", "union",
        "republican", "republicans", "democrat", "democrats", "democratic", "gop",
        "american", "americans", "iranian", "iranians", "state", "states", "nations",
        "force", "forces", "guard", "police", "reuters", "associated", "twitter", "facebook",
        "tv", "radio", "channel", "review", "tribune", "herald", "daily", "weekly", "org",
        "county", "city", "school", "college", "club", "team", "fund", "project", "report",
        "statement", "spokesman", "spokeswoman", "spokesperson", "officials", "official",
        "sources", "source", "people", "poll", "study", "white", "federal", "national",
        "international", "united", "kingdom", "republic", "embassy", "commission", "board",
        "trust", "alliance", "coalition", "movement", "organization", "organisation", "llc",
        "research", "act", "pac", "transcript",
    }
)  # fmt: skip

_POSSESSIVE_RE = re.compile(r"(?:['’‘`]s|(?<=s)['’`])$", re.IGNORECASE)
_PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SPACES_RE = re.compile(r"\s+")
_EDGE_PUNCT = "\"'“”‘’`«»()[]{}<>:;!?*_|/\\-–—,"
_VOWELS = frozenset("aeiou")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their"})
_VOWEL_CLASSES = str.maketrans("aeiou", "aiiuu")
_INITIAL_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")


# Pure and called for every word of every name looked at: computed once per distinct word.
@lru_cache(maxsize=65536)
def _norm_token(token: str) -> str:
    """Lower-case ASCII form of a token without periods, for table look-ups."""
    return anyascii(token).lower().replace(".", "").strip(_EDGE_PUNCT)


def _strip_possessive(token: str) -> str:
    """``Crocker’s`` -> ``Crocker``; ``Sanders’`` -> ``Sanders``."""
    return _POSSESSIVE_RE.sub("", token)


def _is_possessive(token: str) -> bool:
    return bool(_POSSESSIVE_RE.search(token))


def _particle_prefix(token: str) -> str | None:
    """The particle a token is or starts with: ``al-Assad`` -> ``al``, ``bin`` -> ``bin``."""
    low = _norm_token(token)
    head = re.split(r"[-'’]", low, maxsplit=1)[0]
    if head in PARTICLES and (head == low or re.match(r"^[a-z]+[-'’]", low)):
        return head
    return None


@lru_cache(maxsize=65536)
def _is_name_token(token: str) -> bool:
    """A capitalised word, an initial, a suffix, or a lower-case particle (``al-``, ``van``)."""
    core = token.strip(_EDGE_PUNCT)
    if not core or not any(c.isalpha() for c in core):
        return False
    if _INITIAL_RE.match(token.strip(",;:")):
        return True  # "A." in "Roberta A. Kaplan" is an initial, not the article
    if re.split(r"['’]", _norm_token(core))[0] in NOT_NAME_WORDS:
        return False  # "The", "Though", "We’ve", "Rival", "Former": not name words
    first_alpha = next(c for c in core if c.isalpha())
    # Arabic and Dutch particles are written lower-case inside a name: "Nouri al-Maliki".
    return first_alpha.isupper() or _particle_prefix(core) is not None


def _title_length(tokens: Sequence[str], i: int) -> int:
    """How many tokens from ``i`` form a title ("Maj.", "Secretary of State"), or 0."""
    if _norm_token(tokens[i]) not in TITLES or not tokens[i].strip(_EDGE_PUNCT)[:1].isupper():
        return 0
    j = i + 1
    # "<title> of [the] <department>" is one title: "Secretary of State John Kerry".
    if j < len(tokens) and _norm_token(tokens[j]) == "of":
        k = j + 1
        while k < len(tokens) and _norm_token(tokens[k]) in TITLE_OF_OBJECTS:
            k += 1
        if k > j + 1:
            j = k
    return j - i


def _clean(name: str) -> str:
    """Normalise whitespace, drop parentheticals ("(I-Vt.)") and comma tails (", 57")."""
    text = _PAREN_RE.sub(" ", name or "")
    text = _SPACES_RE.sub(" ", text).strip()
    parts = [p.strip() for p in text.split(",")]
    head = parts[0]
    for part in parts[1:]:
        # "Donald Trump, Jr." keeps its suffix; "Jim Bennett, 57" loses the age.
        if _norm_token(part) in SUFFIXES:
            head = f"{head} {part}"
        elif _norm_token(part) not in DEGREES:
            break
    # "Tom Bell MP", "Ann Ray PhD": a post-nominal in capitals written without a comma
    words = head.split(" ")
    while len(words) > 2 and _norm_token(words[-1]) in DEGREES and not words[-1][1:].islower():
        words.pop()
    return " ".join(words)


def _ends_name(run: Sequence[str]) -> bool:
    """Whether words after a name end it: a preposition, verb, clause or date follows."""
    return any(w in STOP_WORDS or w.endswith("ing") or w in MONTHS or w[:1].isdigit() for w in run)


# Pure, and asked for by both is_person_name and strip_titles: computed once per input.
@lru_cache(maxsize=65536)
def _find_name(name: str) -> tuple[tuple[str, ...], bool]:
    """The words of the name in a mention, and whether the name is the mention's head.

    The name is the last run of capitalised words that follows a title or a descriptive
    phrase. It is not the head when the mention is about something else: "one Clinton
    aide", "Clinton’s campaign", "the daughter of Bill Clinton".
    """
    text = _clean(name)
    tokens = text.split(" ") if text else []
    if _word_borne_as_surname(tokens):
        return (tokens[0], _strip_possessive(tokens[1])), True
    current: list[str] = []
    previous: list[str] = []
    is_head = True
    titled = False  # whether the last run of name words began right after a title
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        length = _title_length(tokens, i)
        if length == 1 and _norm_token(nxt) in SUFFIXES and _surname_title_word(tok):
            length = 0  # a suffix after a title's word makes it a surname: "Tom King Jr."
        if length and i + length < len(tokens) and _is_name_token(tokens[i + length]):
            # A title resets the name: "New Jersey Gov. Chris Christie", "President Bush".
            previous, current = current or previous, []
            titled = True
            i += length
            continue
        if _is_name_token(tok) and _norm_token(tok) in MONTHS and nxt[:1].isdigit():
            if current:
                break  # a date after the name: "Cecile Richards July 23, 2016"
            i += 1
            continue
        if current and tok[:1] in '“"«':
            break  # a quotation opens after the name: 'Azucena Gonzàlez “Donald Trump started'
        if not current and _trade_before_name(tokens, i):
            i += 1  # "Baker Tom Bell": a trade that is also a surname, written as a label
            continue
        if _is_name_token(tok):
            if _particle_prefix(tok) and _norm_token(tok) in PARTICLES and not nxt:
                break  # a bare particle at the end is not part of a name
            current.append(tok)
            if (_is_possessive(tok) and _is_name_token(nxt)) or tok.endswith((":", "—")):
                # An outlet's possessive or a colon precedes the name: "The Post’s Chris
                # Cillizza", "Media Research Center’s Bozell", "HuffPo: Senator Tim Kaine".
                previous, current = current, []
                titled = False
            i += 1
            continue
        # A run of other words: a descriptor before the name, or what follows the name.
        j = i
        while j < len(tokens) and not _is_name_token(tokens[j]) and not _title_length(tokens, j):
            j += 1
        run = [_norm_token(t) for t in tokens[i:j]]
        possessor = bool(current) and _is_possessive(current[-1])
        if current and _ends_name(run) and not possessor:
            break  # "Sen. Bernie Sanders of Vermont", "Rubio for his support ..."
        if current and j == len(tokens):
            is_head = False  # a modifier of a noun: "one Clinton aide", "Clinton’s campaign"
            break
        if current:
            # An appositive descriptor: "Clinton campaign manager Robby Mook",
            # "Paul Ray's former labor secretary Sam J. Ortiz".
            previous, current = current, []
            titled = False
        elif j < len(tokens) and any(
            re.split(r"['’]", w)[0] in STOP_WORDS - _DETERMINERS or w.endswith("ing") for w in run
        ):
            is_head = False  # the name sits in a modifier: "the daughter of Bill Clinton"
        i = j
    words = [w.strip(_EDGE_PUNCT) for w in (current or previous)]
    words = [w for w in words if w]
    if not words:
        return (_strip_possessive(text.strip(_EDGE_PUNCT + ".")),), False
    words[-1] = _strip_possessive(words[-1])
    if (
        len(words) > 1
        and _norm_token(words[-1]) in TITLES
        and not _title_word_surname(words)
        and not (titled and current and _surname_title_word(words[-1]))
    ):
        # a title after a place names an office: "Pennsylvania Gov."
        return tuple(words[:-1]), False
    last = words[-1]
    if last.endswith(".") and not _INITIAL_RE.match(last) and _norm_token(last) not in SUFFIXES:
        words[-1] = last.rstrip(".")  # a sentence's full stop: "Ben Jealous."
    return tuple(w for w in words if w), is_head


def _trade_before_name(tokens: Sequence[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a trade (:data:`TRADE_SURNAMES`) or a player's position
    (:data:`POSITION_LABELS`) written before a known given name and a surname: the label of
    "Baker Tom Bell", not the surname of "Tom Baker"."""
    if i + 2 >= len(tokens) or _norm_token(tokens[i]) not in _LABEL_WORDS:
        return False
    given, surname = tokens[i + 1], tokens[i + 2]
    return (
        _norm_token(given) in GIVEN_NAMES
        and given[:1].isupper()
        and _is_name_token(surname)
        and _norm_token(surname) not in TITLES
    )


# Given names that are also the names of places written before an office ("Virginia Gov").
PLACE_GIVEN_NAMES = frozenset({"georgia", "virginia", "carolina", "dakota", "christian"})


def _title_word_surname(words: Sequence[str]) -> bool:
    """Whether a name's last word, a title's word, is the surname: "Steve King", "Ann Major".

    A title written in full (not "Gov.") after a name that opens with a known given name is
    the person's surname, not an office after a place.
    """
    first = _norm_token(words[0])
    return not words[-1].endswith(".") and first not in PLACE_GIVEN_NAMES and first in GIVEN_NAMES


# Title words that are also surnames: "Rep. Steve King", "Judge Ann Bishop", "Gov. Major".
SURNAME_TITLE_WORDS = frozenset(
    {"king", "bishop", "major", "marshal", "judge", "prince", "cardinal", "pope", "justice"}
)

# Offices written before a person's name that make no longer title with a title's word after
# them: "Rep. King" is a surname, where "Field Marshal", "Chief Justice", "Sgt. Major",
# "President Judge" are titles of two words.
NAMING_OFFICES = frozenset(
    {
        "rep", "representative", "congressman", "congresswoman", "sen", "senator", "gov",
        "governor", "mayor", "dr", "prof", "professor", "judge", "assemblyman",
        "assemblywoman", "assemblymember", "councilman", "councilwoman", "councilmember",
        "alderman",
    }
)  # fmt: skip


def _surname_title_word(word: str) -> bool:
    """A title's word written in full and capitalised that is also a surname: "King"."""
    core = _strip_possessive(word.strip(_EDGE_PUNCT))
    return core[:1].isupper() and core.isalpha() and _norm_token(core) in SURNAME_TITLE_WORDS


def _office_then_surname(written: Sequence[str]) -> bool:
    """A mention that ends in an office and a title's word borne as a surname: "Rep. King",
    "Lt. Gov. Major" (not "Chief Justice", "Field Marshal": no office of a person's name)."""
    if len(written) < 2 or not _surname_title_word(written[-1]):
        return False
    office = written[-2]
    return office[:1].isupper() and _norm_token(office) in NAMING_OFFICES


# Pure and called for every mention of every document: computed once per distinct input.
@lru_cache(maxsize=65536)
def strip_titles(name: str) -> str:
    """Strip titles, honorifics, descriptors and possessives from a personal name.

    The name is the last run of capitalised words that follows a title or a descriptive
    phrase; a preposition, verb or date after the name ends it.

    Args:
        name: A surface form as written, e.g. a speaker mention.

    Returns:
        The bare name, or the cleaned input when no name is found in it.

    Examples:
        >>> strip_titles("Maj. Gen. Qasem Soleimani")
        'Qasem Soleimani'
        >>> strip_titles("Haji Qassem’s")
        'Qassem'
        >>> strip_titles("Sanders campaign manager Jeff Weaver")
        'Jeff Weaver'
        >>> strip_titles("Sen. Bernie Sanders (I-Vt.)")
        'Bernie Sanders'
    """
    return " ".join(_find_name(name)[0])


def name_surface(mention: str) -> str:
    """A mention cut to the name in it, as written: titles before the name stay.

    What follows the name is dropped ("Trump Says He Never" in a headline, "Sen. Ann Ray
    (D-Me.)"), and so is what stands before a comma, colon or dash ahead of the name
    ("HEADLINE WORDS - Ann Ray"). Whitespace is normalised. A mention in which no name is
    found is returned whitespace-normalised.

    Examples:
        >>> name_surface("Ann Ray Says She Never")
        'Ann Ray'
        >>> name_surface("Maj. Gen. Qasem Soleimani")
        'Maj. Gen. Qasem Soleimani'
    """
    text = " ".join(mention.split())
    words, is_head = _find_name(text)
    if not is_head:
        return text  # "Ray’s campaign", "Acme Vice President": no name to cut to
    tokens = text.split(" ")
    n = len(words)

    def bare(word: str) -> str:
        return _strip_possessive(word.strip(_EDGE_PUNCT)).rstrip(".")

    wanted = [bare(w) for w in words]
    for end in range(len(tokens), n - 1, -1):
        start = end - n
        if n and [bare(t) for t in tokens[start:end]] == wanted:
            break
    else:
        return text
    first = start
    for i in range(start - 1, -1, -1):
        token = tokens[i]
        if token in ("-", "–", "—") or token.endswith((",", ":")) or any(q in token for q in '“”"'):
            break
        first = i
    first = _office_start(tokens, first, start)
    last = tokens[end - 1].rstrip(",;:")
    if last.endswith(".") and not words[-1].endswith("."):
        last = last[:-1]  # a sentence's full stop, not an initial's or "Jr."'s
    return " ".join([*tokens[first : end - 1], last])


def _office_start(tokens: Sequence[str], first: int, start: int) -> int:
    """Where the office written before a name in ``tokens[first:start]`` begins.

    Only an office ending in a title is part of a name as written ("Sen.", "FBI Director",
    "Secretary of State"); a description is not ("Clinton campaign manager", "The Post's",
    "Texas-based", "A defensive"), and a party or trade written just before the office or
    the name is not either ("Democratic Rep.", "Comedian"): the index of ``start`` then.
    """
    covered: set[int] = set()  # the words of titles: "Secretary of State"
    for k in range(first, start):
        covered.update(range(k, k + _title_length(tokens, k)))
    if start - 1 not in covered:
        return start
    begin = start
    for i in range(start - 1, first - 1, -1):
        token = tokens[i]
        norm = re.split(r"['’]", _norm_token(token))[0]
        if i not in covered:
            if not token[:1].isupper() or _is_possessive(token):
                break
            acronym = _INITIAL_RE.match(token) or (len(token) > 1 and token.isupper())
            if norm in NOT_NAME_WORDS - DESCRIPTORS and not acronym:
                break  # "The", "According"; not "U.S.", "US"
            if norm in DESCRIPTORS and (i + 1 in covered or i + 1 == start):
                break  # "Democratic Rep.", but "Republican National Committee Chairman"
        begin = i
    return begin


# Pure and called for every mention of every document: computed once per distinct input.
@lru_cache(maxsize=65536)
def is_person_name(name: str) -> bool:
    """Whether a mention looks like a personal name rather than a description.

    Args:
        name: A surface form, titles allowed.

    Returns:
        True for capitalised name words ("Ambassador Ryan Crocker", "Khamenei"), False for
        descriptions, pronouns, organisations and acronyms ("the negotiator", "He", "GOP",
        "The White House").

    Examples:
        >>> is_person_name("Ayatollah Khamenei"), is_person_name("officials")
        (True, False)
    """
    written = _clean(name).split()
    if len(written) == 2 and _honoured_surname(written):
        return True  # "Mr. King", "Ms. White": a title's or a colour's word borne as a surname
    if _word_borne_as_surname(written):
        return True  # "Al From": a preposition borne as a surname after a given name
    words, is_head = _find_name(name)
    if not is_head:
        return False  # "one Clinton aide" is the aide
    bare = " ".join(words)
    tokens = bare.split()
    if not tokens or len(tokens) > 6 or any(c.isdigit() for c in bare):
        return False
    norms = [_norm_token(t) for t in tokens]
    if not all(_is_name_token(t) for t in tokens):
        return False  # a lower-case word: "the negotiator", "a source"
    if any(_joins_two_names(t) for t in tokens[1:-1]):
        return False  # "Ann Ray-Tom Bell": two people's names joined by a hyphen
    # "Ben White": the surname is checked no further after a known given name
    checked = len(tokens) - 1 if len(tokens) > 1 and _given_then_surname_word(norms) else None
    if any(
        (n in NON_PERSON_WORDS or n in FUNCTION_WORDS) and not _INITIAL_RE.match(t)
        for t, n in zip(tokens[:checked], norms[:checked], strict=True)
    ):
        return False  # "The Washington Post", "Republican", "He" (an initial "A." is a name's)
    core = [
        t for t, n in zip(tokens, norms, strict=True) if n not in PARTICLES and n not in SUFFIXES
    ]
    if not core:
        return False
    if len(core) == 1 and core[0].isupper() and len(core[0]) > 1:
        return False  # an acronym ("CNN")
    if len(core) == 1 and norms[-1] in TITLES and not _office_then_surname(written):
        return False  # a title alone ("President"), not a surname after an office ("Rep. King")
    return any(len(re.sub(r"[^A-Za-z]", "", anyascii(t))) > 1 for t in core)


def _joins_two_names(token: str) -> bool:
    """A word inside a name that ends one name and starts another: "Ray-Tom" in "Ann
    Ray-Tom Bell" (the right part a known given name); not "Ray-Bell"."""
    left, _, right = token.partition("-")
    return bool(left[:1].isupper() and right[:1].isupper() and _norm_token(right) in GIVEN_NAMES)


# Words of organisations' names that are also common surnames: "Ann White", "Tom House".
SURNAME_WORDS = frozenset({"white", "house", "post"})


def _given_then_surname_word(norms: Sequence[str]) -> bool:
    """A known given name (not a place's: "Virginia House") opens the name and it ends in a
    surname that also names bodies: "Ben White", not "The White House"."""
    return (
        norms[-1] in SURNAME_WORDS and norms[0] in GIVEN_NAMES and norms[0] not in PLACE_GIVEN_NAMES
    )


# Civil honorifics: written before a surname only ("Mr. King"), never before an office.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
# Offices a civil honorific addresses their holder by: "Mr. President", "Madam Speaker".
ADDRESSED_OFFICES = frozenset(
    {
        "president", "speaker", "chairman", "chairwoman", "chair", "secretary", "ambassador",
        "mayor", "governor", "senator", "minister", "premier", "chancellor", "justice",
        "commissioner", "director", "vice",
    }
)  # fmt: skip


def _honoured_surname(written: Sequence[str]) -> bool:
    """A civil honorific and one capitalised word that is no addressed office: "Mr. King"."""
    honorific, word = written
    core = word.strip(_EDGE_PUNCT).rstrip(".")
    return (
        _norm_token(honorific) in HONORIFICS
        and core[:1].isupper()
        and core.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and _norm_token(core) not in ADDRESSED_OFFICES
    )


# Words that end a name when written after it, yet are some people's surnames ("Al From"):
# prepositions and conjunctions, not determiners, pronouns or reporting verbs.
_SURNAME_STOP_WORDS = STOP_WORDS - FUNCTION_WORDS - DESCRIPTORS - {
    "said", "says", "told", "tells", "wrote", "writes", "added", "is", "was", "has", "had",
    "would", "which", "that", "who", "if", "when", "while",
}  # fmt: skip


def _word_borne_as_surname(written: Sequence[str]) -> bool:
    """A known given name and one capitalised preposition, the whole mention: "Al From".

    Written after a name, such a word ends it ("Ann Ray from Ohio"); capitalised after a
    given name, with nothing after it, it is the person's surname.
    """
    if len(written) != 2:
        return False
    given, word = written
    core = _strip_possessive(word.strip(_EDGE_PUNCT))
    return (
        given[:1].isupper()
        and _norm_token(given) in GIVEN_NAMES
        and _norm_token(given) not in PLACE_GIVEN_NAMES
        and core[:1].isupper()
        and core[1:].islower()
        and _norm_token(core) in _SURNAME_STOP_WORDS
    )


def is_given_name_alone(name: str) -> bool:
    """Whether a name is one known given name and nothing else: "Jane", not "Pope Francis".

    Examples:
        >>> is_given_name_alone("Jane"), is_given_name_alone("Jane Roe")
        (True, False)
    """
    words = name.split()
    return len(words) == 1 and _norm_token(words[0]) in GIVEN_NAMES


def written_with_title(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` right after a title ("Pope Francis", "Queen Rania").

    Examples:
        >>> written_with_title("Jane", "Then Queen Jane spoke."), written_with_title("Jane", "Jane")
        (True, False)
    """
    before = re.compile(r"([A-Z][A-Za-z]*)\.? +" + re.escape(name) + r"\b")
    return any(_norm_token(m.group(1)) in TITLES for m in before.finditer(text))


# Pure and called for every mention of every document: computed once per distinct input.
@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Fold one name word to a transliteration-insensitive key.

    Args:
        word: A single name word, any script.

    Returns:
        A lower-case ASCII key; variants of one transliterated name share it.

    Examples:
        >>> fold("Qassem") == fold("Qasem") == fold("Kasim")
        True
        >>> fold("Soleimani") == fold("Suleimani"), fold("Bush") == fold("Bash")
        (True, False)
    """
    s = re.sub(r"[^a-z]", "", anyascii(word).lower())
    if not s:
        return ""
    # Persian final -eh is Arabic final -a: Fatemeh/Fatima, Zohreh/Zohra.
    s = re.sub(r"eh$", "a", s)
    # A final h after a vowel is silent: Abdullah/Abdulla.
    s = re.sub(r"(?<=[aeiou])h$", "", s)
    # Arabic qaf is written q or k; kh is often k: Qasem/Kasem, Khamenei/Kamenei.
    s = s.replace("ck", "k").replace("kh", "k").replace("q", "k")
    # dh/d (Qadhafi/Qaddafi), dj/j (Djafari/Jafari), zh/j (Ahmadinezhad/Ahmadinejad),
    # French-style ou for u (Mousavian/Musavian, Rouhani/Ruhani).
    s = s.replace("dh", "d").replace("dj", "j").replace("zh", "j").replace("ou", "u")
    # y is a vowel unless a vowel follows it: Husayn ~ Hussein, but Yaghoobi keeps its y.
    if "y" in s:
        s = "".join(
            "i" if c == "y" and (k + 1 == len(s) or s[k + 1] not in _VOWELS) and k > 0 else c
            for k, c in enumerate(s)
        )
    # Doubled letters are a transliteration choice: Qassem/Qasem, Assad/Asad, Yaghoobi/Yaghobi.
    s = re.sub(r"(.)\1+", r"\1", s)
    runs = re.findall(r"[aeiou]+|[^aeiou]+", s)
    vowel_runs = [k for k, r in enumerate(runs) if r[0] in _VOWELS]
    out: list[str] = []
    for k, run in enumerate(runs):
        if run[0] not in _VOWELS:
            out.append(run)
        elif k == len(runs) - 1 and run == "e" and k > 0:
            # An English final e is its own class: Rose != Ross, Moore != Murray.
            out.append("e")
        elif k == vowel_runs[0] or k == len(runs) - 1:
            # First and word-final vowels keep three classes: Bush != Bash, Mario != Maria,
            # while o/u (Soleimani/Suleimani, Omar/Umar) and e/i (Ebrahim/Ibrahim) meet.
            out.append(re.sub(r"(.)\1+", r"\1", run.translate(_VOWEL_CLASSES)))
        else:
            # Inner vowels vary freely across transliterations (Mohammad/Muhammed,
            # Soleimani/Sulaimani); only their number is kept (Mariano != Marino).
            out.append("e" * len(run))
    return "".join(out)


def _fold_given(word: str) -> str:
    """Fold a given name, mapping English nicknames to the full name (Bill -> William)."""
    low = re.sub(r"[^a-z]", "", anyascii(word).lower())
    return fold(NICKNAMES.get(low, low))


_GIVEN_KEYS = frozenset(fold(n) for n in GIVEN_NAMES)
_DROPPABLE_KEYS = frozenset(fold(n) for n in DROPPABLE_GIVEN_NAMES)
# A one-word name is folded as a surname; as a given name, a nickname stands for the full one.
_NICKNAME_KEYS = {fold(short): fold(full) for short, full in NICKNAMES.items()}
_AMBIGUOUS_KEYS = {
    fold(short): frozenset(fold(f) for f in full) for short, full in AMBIGUOUS_NICKNAMES.items()
}


def _shortens(nickname: NameKey, full: NameKey) -> bool:
    """A full name written with an ambiguous nickname ("Sandy Ray") and one of the full
    given names it shortens, same surname ("Sandra Ray")."""
    return (
        nickname.is_full
        and full.is_full
        and nickname.last == full.last
        and _suffix_compatible(nickname.suffix, full.suffix)
        and full.first in _AMBIGUOUS_KEYS.get(nickname.first or "", ())
    )


def _join_nicknames(clusters: list[list[str]], keys: dict[str, NameKey]) -> list[list[str]]:
    """Join a cluster named with an ambiguous nickname ("Sandy Ray") to the one other
    cluster of its surname when that one's given name is a full form of it ("Sandra Ray")."""
    for group in list(clusters):
        if group not in clusters or not any(keys[n].first in _AMBIGUOUS_KEYS for n in group):
            continue
        last = keys[group[0]].last
        others = [c for c in clusters if c is not group and any(keys[m].last == last for m in c)]
        if len(others) == 1 and all(
            _shortens(keys[n], keys[m]) or _full_compatible(keys[n], keys[m])
            for n in group
            for m in others[0]
        ):
            others[0].extend(group)
            clusters.remove(group)
    return clusters


def _surname_words(surname: str) -> list[str]:
    """The words of a surname without its particles: "al-Maliki" -> ["Maliki"]."""
    parts = [p for p in re.split(r"[\s\-'’]+", surname) if p]
    return [p for p in parts if _norm_token(p) not in PARTICLES] or parts


def _fold_surname(surname: str) -> str:
    """Fold a surname, dropping particles: "al-Maliki" -> fold("Maliki")."""
    return "".join(fold(p) for p in _surname_words(surname))


def _spell_surname(surname: str) -> str:
    """A surname as written, in lower-case ASCII letters, particles dropped: "reid"."""
    return "".join(re.sub(r"[^a-z]", "", anyascii(p).lower()) for p in _surname_words(surname))


@dataclass(frozen=True)
class NameKey:
    """Transliteration-folded identity of a personal name.

    Attributes:
        first: Folded first given name; None for a single-word name (surname or first
            name alone, which :func:`same_person` tries against both).
        last: Folded surname without particles (the only word of a single-word name);
            None when the input is not a personal name.
        suffix: Generational suffix ("jr", "sr", "ii", "iii", "iv") or None.
        middle: Folded further given names; an initial is a single letter.
        spelled: The surname as written (lower-case ASCII letters, no particles): "Reid"
            and "Reed" share ``last`` but not ``spelled``. Not part of the key's identity;
            it breaks ties between people whose surnames fold alike.
    """

    first: str | None
    last: str | None
    suffix: str | None
    middle: tuple[str, ...] = ()
    spelled: str = field(default="", compare=False)

    @property
    def given(self) -> tuple[str, ...]:
        """All given names in order, first name first."""
        return ((self.first,) if self.first else ()) + self.middle

    @property
    def is_full(self) -> bool:
        """Whether the name has a given name and a surname."""
        return self.first is not None and self.last is not None


_EMPTY_KEY = NameKey(None, None, None)


def _split_name(bare: str) -> tuple[list[str], str, str | None]:
    """Split a bare name into given names, surname (with particles) and suffix."""
    tokens = bare.split()
    suffix: str | None = None
    while tokens and (_norm_token(tokens[-1]) in SUFFIXES or _norm_token(tokens[-1]) in DEGREES):
        if _norm_token(tokens[-1]) in SUFFIXES and suffix is None:
            suffix = SUFFIXES[_norm_token(tokens[-1])]
        tokens.pop()
    if not tokens:
        return [], "", suffix
    start = len(tokens) - 1
    # Particles before the last word belong to the surname: "bin Laden", "van der Berg".
    while start > 1 and _norm_token(tokens[start - 1]) in PARTICLES:
        start -= 1
    # A surname alone may start with its particle: "de Blasio", "Le Pen" (but "Al Gore",
    # "Ben Carson" are given names).
    lead = _norm_token(tokens[0])
    if start == 1 and lead in PARTICLES and (tokens[0][:1].islower() or lead in LEADING_PARTICLES):
        start = 0
    return tokens[:start], " ".join(tokens[start:]), suffix


# Pure and called for every mention of every document: computed once per distinct input.
@lru_cache(maxsize=65536)
def name_key(name: str) -> NameKey:
    """The folded identity key of a personal name.

    Args:
        name: A surface form; titles, possessives and descriptors are stripped first.

    Returns:
        A :class:`NameKey`; all fields None when ``name`` is not a personal name.

    Examples:
        >>> name_key("Maj. Gen. Qasem Soleimani") == name_key("Qassem Suleimani")
        True
        >>> name_key("Donald Trump Jr.").suffix
        'jr'
        >>> name_key("Nouri al-Maliki").last == name_key("Maliki").last
        True
    """
    if not is_person_name(name):
        return _EMPTY_KEY
    given, surname, suffix = _split_name(strip_titles(name))
    # "L.H. Meyer": initials written together are a given name's and a middle name's
    given = [i for g in given for i in (re.findall(r"[A-Z]\.", g) if _INITIAL_RE.match(g) else [g])]
    last = _fold_surname(surname)
    if not last:
        return _EMPTY_KEY
    keys = tuple(k for k in (_fold_given(g) for g in given) if k)
    spelled = _spell_surname(surname)
    if not keys:
        return NameKey(None, last, suffix, spelled=spelled)
    return NameKey(keys[0], last, suffix, keys[1:], spelled)


def _word_compatible(a: str, b: str) -> bool:
    """Given-name words agree: equal keys, or an initial matching a name's first letter."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def _strip_droppable(given: tuple[str, ...]) -> tuple[str, ...]:
    rest = given
    while len(rest) > 1 and rest[0] in _DROPPABLE_KEYS:
        rest = rest[1:]
    return rest


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter list of given names starts, or ends, the longer one, word by word.

    "George Bush" ~ "George W. Bush", but "George W. Bush" !~ "George H. W. Bush".
    """
    for x in {a, _strip_droppable(a)}:
        for y in {b, _strip_droppable(b)}:
            n = min(len(x), len(y))
            if n and all(_word_compatible(p, q) for p, q in zip(x[:n], y[:n], strict=True)):
                return True
            # A two-word surname read as given name + surname: "Wasserman Schultz" ~
            # "Debbie Wasserman Schultz"; a leading name dropped: "Javad Zarif".
            if n and len(x) != len(y):
                tail = zip(x[len(x) - n :], y[len(y) - n :], strict=True)
                if all(p == q and len(p) > 1 for p, q in tail):
                    return True
    return False


def _suffix_compatible(a: str | None, b: str | None) -> bool:
    # "Sr." is usually left out when the father is meant; "Jr.", "III" never are.
    return (a or "sr") == (b or "sr")


def _full_compatible(a: NameKey, b: NameKey) -> bool:
    return (
        a.last == b.last
        and _suffix_compatible(a.suffix, b.suffix)
        and _given_compatible(a.given, b.given)
    )


def _single_matches(single: NameKey, full: NameKey, *, first_names: bool = True) -> bool:
    """A one-word name against a full name: its surname, or (optionally) its first name."""
    if not _suffix_compatible(single.suffix, full.suffix):
        return False
    if single.last == full.last:
        return True
    last = single.last or ""
    given = _NICKNAME_KEYS.get(last, last)  # "Doug" ~ "Doug Andres"
    return (
        full.is_full and first_names and given in {full.given[0], _strip_droppable(full.given)[0]}
    )


def _first_surname(single: NameKey, full: NameKey) -> bool:
    """A one-word name that is the first of a full name's two surnames: "Acosta" in "Ana
    Acosta Febo"; a known given name there is a middle name ("Ann Marie Ray")."""
    return (
        full.is_full
        and bool(full.middle)
        and single.suffix is None
        and single.last == full.middle[-1]
        and len(single.last or "") > 1
        and single.last not in _GIVEN_KEYS
    )


def _keys_same(a: NameKey, b: NameKey) -> bool:
    if a.last is None or b.last is None:
        return False
    if a.is_full and b.is_full:
        return _full_compatible(a, b)
    if a.is_full:
        return _single_matches(b, a)
    if b.is_full:
        return _single_matches(a, b)
    return a.last == b.last and _suffix_compatible(a.suffix, b.suffix)


# Pure and called for every mention of every document: computed once per distinct input.
@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """Whether two surface forms, taken in isolation, can name the same person.

    Args:
        a: A surface form.
        b: Another surface form.

    Returns:
        True when both are personal names and agree: full names on surname, suffix and
        given names (an initial or a missing middle name is no conflict); a single word
        against a full name on its surname or first name; two single words on their key.

    Examples:
        >>> same_person("President Bush", "George W. Bush")
        True
        >>> same_person("Hillary Clinton", "Bill Clinton")
        False
        >>> same_person("Trump", "Donald Trump Jr.")
        False
    """
    return _keys_same(name_key(a), name_key(b))


def _fullness(bare: str) -> int:
    return len(bare.split())


def canonical_form(names: Iterable[str]) -> str:
    """The best display name among aliases of one person.

    Args:
        names: Surface forms in document order, repeats counted.

    Returns:
        The fullest personal name with titles stripped; ties go to the most common
        spelling, then the first seen. When no form is a personal name, the first form.

    Examples:
        >>> canonical_form(["Soleimani", "Maj. Gen. Qasem Soleimani", "Qassem Suleimani"])
        'Qasem Soleimani'
    """
    bare_forms: list[str] = []
    fallback = ""
    for name in names:
        if not fallback and name and name.strip():
            fallback = _clean(name)
        if is_person_name(name):
            bare_forms.append(strip_titles(name))
    if not bare_forms:
        return fallback
    counts = Counter(bare_forms)
    first_seen = {f: i for i, f in reversed(list(enumerate(bare_forms)))}
    return max(counts, key=lambda f: (_fullness(f), counts[f], -first_seen[f]))


def cluster_names(names: Sequence[str]) -> dict[str, str]:
    """Group the surface forms of one document by person.

    Full names (given name + surname) are grouped first, fullest first; a full name joins
    a group only if it is compatible with every member of exactly one group. A single word
    then joins the one group whose surname it is, else the one group whose first name it
    is; when several groups fit it stays on its own ("Clinton" beside Hillary and Bill).

    Args:
        names: Surface forms in document order; repeats count towards the display name.

    Returns:
        Each distinct surface form mapped to its group's display name (see
        :func:`canonical_form`). Non-person forms map to themselves, whitespace-normalised.

    Examples:
        >>> m = cluster_names(["Maj. Gen. Qasem Soleimani", "Suleimani", "Haji Qassem"])
        >>> sorted(set(m.values()))
        ['Qasem Soleimani']
    """
    order = list(dict.fromkeys(names))
    keys = _sons_named_without_suffix({n: name_key(n) for n in order})
    result: dict[str, str] = {}
    full = [n for n in order if keys[n].is_full]
    full.sort(key=lambda n: -len(keys[n].given) - (keys[n].suffix is not None))
    clusters: list[list[str]] = []
    for n in full:
        fits = [c for c in clusters if all(_full_compatible(keys[n], keys[m]) for m in c)]
        if len(fits) == 1:
            fits[0].append(n)
        else:
            clusters.append([n])  # new person, or ambiguous between two ("George Bush")
    clusters = _join_nicknames(clusters, keys)
    singles: dict[str, list[str]] = {}
    # "Mr. Obama" beside "Michelle Obama": a surname whose title's gender no full name of it
    # shares is borne by someone else, and then the surname alone may be either person
    other_bearers = {
        keys[n].last
        for n in order
        if not keys[n].is_full
        and _title_gender(n)
        and _other_gender(_title_gender(n), _fitting(keys[n], clusters, keys, first_names=False))
    }
    for n in order:
        k = keys[n]
        if k.last is None:
            # A transcript's label in capitals ("RAMOS:") is the one full name of that surname
            # in the text; otherwise an acronym ("CNN") or no name at all.
            caps = _capitals_surname(n)
            fits = _fitting(caps, clusters, keys, first_names=False) if caps.last else []
            if not caps.last:
                # "Major said" after "Gloria Major": a title's word that the one full name
                # of the text bears, spelled as it is, as its surname
                word = _word_surname(n)
                fits = _fitting(word, clusters, keys, first_names=False) if word.last else []
                fits = [c for c in fits if _spells_surname(word, (keys[m] for m in c))]
            if len(fits) == 1:
                fits[0].append(n)
            else:
                result[n] = _clean(n)
            continue
        if k.is_full:
            continue
        # A bare surname refers back to the one full name with that surname in the text.
        fits = _spelled_alike(k, _fitting(k, clusters, keys, first_names=False), keys)
        if not fits and k.suffix is None:
            # "Adm. Harry B. Harris Jr. ... Admiral Harris": when no one of that surname is
            # named without a suffix, the surname alone is the one who bears it
            fits = [c for c in clusters if any(keys[m].last == k.last for m in c)]
            fits = _spelled_alike(k, fits, keys)
        if not fits:
            # A first name alone ("Haji Qassem", "Hillary") refers to the one full name it starts.
            fits = _fitting(k, clusters, keys, first_names=True)
        if not fits:
            # "Acosta" after "Ana Acosta Febo": the first of two surnames, written alone
            fits = [c for c in clusters if any(_first_surname(k, keys[m]) for m in c)]
        # ... of its title's gender: "Mrs. Clinton" beside Hillary and Bill is Hillary, but
        # "Mr. Khan" beside Ghazala and Humayun Khan may be a man the text names otherwise;
        # none when a title of another gender says someone else bears the surname too
        gender = _title_gender(n)
        if gender:
            kept = [c for c in fits if not _other_gender(gender, [c])]
            if len(fits) > 1 and not any(_name_gender(m) == gender for c in kept for m in c):
                kept = fits  # narrowed to a person of no known gender: no evidence
            fits = kept
        elif k.last in other_bearers:
            fits = []
        if len(fits) == 1:
            fits[0].append(n)
        else:
            singles.setdefault(f"{k.last}|{k.suffix or ''}", []).append(n)
    groups = clusters + list(singles.values())
    for group in groups:
        members = set(group)
        display = canonical_form([n for n in names if n in members])
        for n in group:
            result[n] = display
    return result


def _sons_named_without_suffix(keys: dict[str, NameKey]) -> dict[str, NameKey]:
    """Read a name written without a suffix as the son's where the text writes "Sr." for
    the father.

    "Rep. Tom Bell ... His father, Tom Bell Sr., ...": the writer adds "Sr." to tell the
    father from the son, who goes by the name alone; the name without a suffix (and the
    surname alone) is then the son, as if written "Jr.". Only when no "Jr." form of the
    name is written too ("Tom Bell Jr." beside "Tom Bell": the name alone is the father's).

    Args:
        keys: Each distinct surface form of a document and its key.

    Returns:
        The keys, those of such son's forms with the suffix "jr".
    """
    full = [k for k in keys.values() if k.is_full]
    sons = {
        k.last
        for k in full
        if k.suffix is None
        and any(f.suffix == "sr" and _full_compatible(k, replace(f, suffix=None)) for f in full)
        and not any(f.suffix == "jr" and f.last == k.last for f in keys.values())
    }
    if not sons:
        return keys
    return {
        n: replace(k, suffix="jr") if k.last in sons and k.suffix is None else k
        for n, k in keys.items()
    }


def _title_gender(name: str) -> str | None:
    """The gender a title before a name shows: "m" for "Mr. Obama", "f" for "Mrs. Clinton"."""
    words = _clean(name).split()[:-1]
    norms = {_norm_token(w) for w in words}
    if norms & MALE_TITLES:
        return "m"
    if norms & FEMALE_TITLES:
        return "f"
    return None


def _name_gender(name: str) -> str | None:
    """The gender a full name shows: its title's, else its first given name's.

    Only the first given name counts: "Giovanni Maria Vian" is no woman.
    """
    gender = _title_gender(name)
    if gender:
        return gender
    given = _split_name(strip_titles(name))[0]
    first = _norm_token(given[0]) if given else ""
    return "m" if first in MALE_FIRST_NAMES else "f" if first in FEMALE_FIRST_NAMES else None


def _other_gender(gender: str | None, clusters: list[list[str]]) -> list[list[str]]:
    """Of ``clusters``, those whose names show a gender other than ``gender`` and never it."""
    found = []
    for c in clusters:
        genders = {_name_gender(m) for m in c} - {None}
        if genders and gender not in genders:
            found.append(c)
    return found


def _fitting(
    single: NameKey, clusters: list[list[str]], keys: dict[str, NameKey], *, first_names: bool
) -> list[list[str]]:
    """The clusters of full names that a single word fits (see :func:`_single_matches`)."""
    return [
        c
        for c in clusters
        if any(_single_matches(single, keys[m], first_names=first_names) for m in c)
    ]


def _spells_surname(k: NameKey, forms: Iterable[NameKey]) -> bool:
    """Whether one of ``forms`` writes the surname of ``k`` letter for letter, not only alike."""
    return any(f.last == k.last and f.spelled == k.spelled for f in forms)


def _spelled_alike(
    single: NameKey, fits: list[list[str]], keys: dict[str, NameKey]
) -> list[list[str]]:
    """Of several clusters a surname fits, those that write it as it is written, if any.

    "Reid" beside "Ann Reid" and "Tom Reed" is Ann Reid: the fold that lets
    "Suleimani" meet "Soleimani" must not make a surname spelled as one person's fit
    another's as well as hers.
    """
    if len(fits) < 2:
        return fits
    exact = [c for c in fits if _spells_surname(single, (keys[m] for m in c))]
    return exact or fits


def _capitals_surname(name: str) -> NameKey:
    """The key of a single word written in capitals ("RAMOS") read as a surname, else empty."""
    word = _clean(name).strip(_EDGE_PUNCT)
    if len(word) < 3 or not word.isalpha() or not word.isupper():
        return _EMPTY_KEY
    key = name_key(word.title())
    return key if not key.is_full else _EMPTY_KEY


def _word_surname(name: str) -> NameKey:
    """The key of one capitalised word that is no name by itself, read as a surname.

    A title's or a preposition's word ("Major", "King", "From") is a surname only where
    the text names someone so; the caller keeps the key for a full name spelled with it.
    """
    word = _strip_possessive(_clean(name).strip(_EDGE_PUNCT))
    if len(word) < 2 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return _EMPTY_KEY
    return NameKey(None, _fold_surname(word), None, spelled=_spell_surname(word))


def lookup_keys(name: str) -> list[str]:
    """Short index keys for fetching candidate entities from storage.

    Index every alias of an entity under its keys; fetch candidates by the keys of a new
    name, then confirm with :func:`match_entity`. The surname key is always present, so a
    surname-only entity and a full-name entity of the same surname are both fetched.

    Args:
        name: A surface form.

    Returns:
        ``["s:<surname>"]`` plus ``"n:<first>:<surname>[:<suffix>]"`` for full names (and
        for the form without a dropped leading name such as Mohammad); empty for non-names.

    Examples:
        >>> lookup_keys("Ambassador Ryan Crocker")
        ['s:cruker', 'n:ryan:cruker']
    """
    k = name_key(name)
    if k.last is None:
        return []
    keys = [f"s:{k.last}"]
    if k.is_full:
        tail = f":{k.suffix}" if k.suffix else ""
        for first in dict.fromkeys((k.given[0], _strip_droppable(k.given)[0])):
            keys.append(f"n:{first}:{k.last}{tail}")
    return keys


@dataclass(frozen=True)
class KnownEntity:
    """A person already stored: its id, display name and every surface form seen."""

    id: int
    canonical: str
    aliases: tuple[str, ...]


def _entity_keys(entity: KnownEntity) -> list[NameKey]:
    return [k for k in (name_key(f) for f in (entity.canonical, *entity.aliases)) if k.last]


def match_entity(
    name: str, candidates: Sequence[KnownEntity], written: Sequence[str] = ()
) -> int | None:
    """The stored person a name refers to, across documents.

    Args:
        name: A surface form from a new document (best: its in-document display name).
        candidates: Entities fetched by :func:`lookup_keys`.
        written: For a single word, the full names its document writes with that surname
            spelled as it is (see :func:`full_names_written`).

    Returns:
        The id of the single fitting candidate, or None when none or several fit.
        A full name fits an entity with a compatible full name (not contradicting its
        canonical name); failing that, an entity known only by that surname.
        A single word fits an entity with that surname, or with that exact single-word
        alias. Surnames meet across spellings ("Suleimani" ~ "Soleimani"), but when several
        candidates fit, those whose surname is spelled as in ``name`` go first ("Reid" is
        Ann Reid, not Tom Reed); and a single word does not meet a differently spelled
        person when its document names someone else with its spelling ("Bundy" beside
        "Cal Bundy" is not a stored "Lena Bondi").

    Examples:
        >>> crocker = KnownEntity(1, "Ryan Crocker", ("Crocker", "Ambassador Ryan Crocker"))
        >>> match_entity("Crocker", [crocker]), match_entity("Bash", [crocker])
        (1, None)
    """
    k = name_key(name)
    if k.last is None:
        return None
    strong: dict[int, None] = {}
    weak: dict[int, None] = {}
    spelled_alike: set[int] = set()
    others = [w for w in map(name_key, written) if w.is_full and w.last == k.last]
    for entity in candidates:
        forms = _entity_keys(entity)
        if _spells_surname(k, forms):
            spelled_alike.add(entity.id)
        if not k.is_full and _named_otherwise(k, others, forms):
            continue  # this document's bearer of the spelling is someone else
        fit = _entity_tier(k, entity, forms)
        if fit is not None:
            (strong if fit else weak)[entity.id] = None
    for tier in (strong, weak):
        ids = [i for i in tier if i in spelled_alike] if len(tier) > 1 else []
        fitting = ids or list(tier)
        if len(fitting) == 1:
            return fitting[0]
        if fitting:
            return None
    return None


def _entity_tier(k: NameKey, entity: KnownEntity, forms: list[NameKey]) -> bool | None:
    """How a name fits a stored person: True strongly, False weakly, None not at all."""
    full_forms = [f for f in forms if f.is_full]
    if not k.is_full:
        if any(
            _single_matches(k, f, first_names=False) if f.is_full else _keys_same(k, f)
            for f in forms
        ):
            return True
        return None
    if full_forms:
        canon = name_key(entity.canonical)
        contradicts = canon.is_full and not _full_compatible(k, canon)
        if not contradicts and any(_full_compatible(k, f) for f in full_forms):
            return True
        return None
    # Only surnames known: "Crocker" -> "Ryan Crocker", "Soleimani" -> "Qasem Suleimani"
    if any(_single_matches(f, k, first_names=False) for f in forms):
        return False
    return None


def _named_otherwise(single: NameKey, written: Sequence[NameKey], forms: Sequence[NameKey]) -> bool:
    """Whether a document names someone else than a stored person with a surname's spelling.

    The document writes a full name with the surname spelled as ``single`` is ("Cal
    Bundy"); the person's full names spell it otherwise ("Lena Bondi") and none of them
    fits the written one. A surname alone among the person's forms is no proof of their
    spelling: it may be another's, taken for theirs, or a typo.
    """
    full_forms = [f for f in forms if f.is_full]
    if not full_forms or _spells_surname(single, full_forms):
        return False
    return any(not any(_full_compatible(w, f) for f in full_forms) for w in written)


def full_names_written(word: str, text: str) -> tuple[str, ...]:
    """The full names ``text`` writes with the surname ``word``, spelled as it is.

    A given name (and initials) before the word: "Cal Bundy", "Ray T. Bundy". Titles and
    descriptions are no given names ("Sen. Bundy", "The Bundy"); nor is a capitalised word
    opening a sentence ("Sometimes Bundy"), unless it is a known given name.

    Examples:
        >>> full_names_written("Bundy", "Sen. Bundy met Cal Bundy at the Bundy ranch.")
        ('Cal Bundy',)
    """
    found = []
    pattern = re.compile(r"\b([A-Z][\w’'-]*(?: [A-Z]\.)*) " + re.escape(word) + r"\b")
    for match in pattern.finditer(text):
        given = match.group(1)
        before = text[: match.start()].rstrip()[-1:]
        opens = not (before.isalnum() and before.islower()) and before != ","
        if opens and _norm_token(given.split()[0]) not in GIVEN_NAMES:
            continue  # "Sometimes Bundy": any word is capitalised there
        full = f"{given} {word}"
        if name_key(full).is_full:
            found.append(full)
    return tuple(dict.fromkeys(found))


# A nickname in marks inside a name: Robert “Bobby” Ray
NICKNAME_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-z]+) $")
NICKNAME_CONTENT = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?")
NICKNAME_AFTER = re.compile(r" (?:[A-Z][a-z]*\. )*[A-Z][a-z]")


def is_nickname(before: str, content: str, after: str) -> bool:
    """Whether quoted ``content`` is a nickname inside a person's name.

    ``Robert “Bobby” Ray``, ``Ann 'Annie' Lee``: the marks stand between a known given name
    and a capitalised surname, one space on each side, and hold one or two capitalised
    words. Not ``Ray Reveals ‘Awful’ Plan``: a headline's capitalised verb is no given name.

    Args:
        before: The text before the opening mark.
        content: The text between the marks.
        after: The text after the closing mark.
    """
    given = NICKNAME_BEFORE.search(before)
    if given is None or given.group(1).lower() not in GIVEN_NAMES:
        return False
    return bool(NICKNAME_CONTENT.fullmatch(content) and NICKNAME_AFTER.match(after))
