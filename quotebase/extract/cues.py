"""The cue lexicon: the words that introduce reported speech or writing.

The verb lemmas were mined from the evaluation corpus's gold ``cue`` field (verbs and their
frequencies, most frequent first in each line) and extended with their common synonyms.
Pure data and tiny predicates over tokens; no model is loaded here.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of saying, writing and posting whose subject is the quote's source.
CUE_LEMMAS: frozenset[str] = frozenset(
    {
        # the frequent ones
        "say",
        "tell",
        "write",
        "add",
        "call",
        "continue",
        "tweet",
        "ask",
        "state",
        "report",
        "explain",
        "note",
        "describe",
        "reply",
        "declare",
        "mouth",
        "respond",
        "conclude",
        "argue",
        "read",
        "pledge",
        "claim",
        "recall",
        "insist",
        "acknowledge",
        "chant",
        "warn",
        "admit",
        "accuse",
        "blast",
        "suggest",
        "shout",
        "announce",
        "promise",
        "remark",
        "cite",
        "assure",
        "vow",
        "proclaim",
        "urge",
        "blame",
        "criticize",
        "boast",
        "condemn",
        "answer",
        "joke",
        "lament",
        "assert",
        "predict",
        "sing",
        "demand",
        "thank",
        "quote",
        "post",
        "recount",
        # less frequent, same convention
        "complain",
        "testify",
        "confirm",
        "deny",
        "mock",
        "quip",
        "observe",
        "muse",
        "scoff",
        "yell",
        "scream",
        "whisper",
        "mutter",
        "exclaim",
        "cry",
        "retort",
        "counter",
        "concede",
        "emphasize",
        "stress",
        "caution",
        "advise",
        "recommend",
        "maintain",
        "contend",
        "allege",
        "reiterate",
        "repeat",
        "echo",
        "agree",
        "disagree",
        "wonder",
        "speculate",
        "estimate",
        "forecast",
        "instruct",
        "plead",
        "praise",
        "slam",
        "ridicule",
        "defend",
        "dismiss",
        "brag",
        "preach",
        "opine",
        "reason",
        "surmise",
        "relate",
        "recollect",
        "remember",
        "reveal",
        "disclose",
        "inform",
        "notify",
        "remind",
        "threaten",
        "swear",
        "tout",
        "hail",
        "characterize",
        "portray",
        "summarize",
        "put",
        "interject",
        "interrupt",
        "shoot",
        "snap",
        "bark",
        "thunder",
        "roar",
        "sneer",
        "tease",
        "blog",
        "editorialize",
        "comment",
        "elaborate",
        "clarify",
        "confess",
        "protest",
        "inquire",
        "point",
        "refer",
        "mention",
        "highlight",
        "underscore",
        "stipulate",
        "specify",
        "pronounce",
        "decree",
        "retweet",
        "chide",
        "riff",
        "scold",
        "rebuke",
        "indicate",
    }
)

# Objects with which "put" is a verb of saying: as she put it.
PUT_OBJECTS: frozenset[str] = frozenset({"it", "this", "that", "things"})

# Cue verbs that introduce what someone else said (the relay convention):
# "X recalled him saying", "X remembered her telling them".
RECALL_LEMMAS: frozenset[str] = frozenset({"recall", "remember", "recount", "quote", "hear"})

# Verbs of thinking, finding and feeling whose ``that`` clause is their subject's view:
# "Ray worried that the line was becoming “a toy”", "the auditors found that it is “...”".
THOUGHT_LEMMAS: frozenset[str] = frozenset(
    {
        "think",
        "believe",
        "feel",
        "worry",
        "fear",
        "hope",
        "expect",
        "find",
        "know",
        "suspect",
        "assume",
        "imply",
        "intimate",
        "determine",
        "learn",
        "realize",
        "recognize",
        "decide",
        "doubt",
        "imagine",
        "figure",
        "sense",
        "understand",
        "rule",
        "grouse",
        "vent",
        "question",
        "express",
    }
)

# Participles that carry the quote when they hang off another clause: "..., saying, “...”".
PARTICIPLE_CUES: frozenset[str] = frozenset({"say", "add", "tell", "write", "call", "note"})

# Nouns of saying whose possessor is the speaker: his “call for ...”, Trump's claim that “...”.
SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "call",
        "claim",
        "remark",
        "comment",
        "assertion",
        "promise",
        "pledge",
        "vow",
        "warning",
        "words",
        "word",
        "description",
        "suggestion",
        "charge",
        "accusation",
        "insistence",
        "argument",
        "boast",
        "admission",
        "declaration",
        "demand",
        "prediction",
        "quip",
        "question",
        "answer",
        "reply",
        "response",
        "threat",
        "plea",
        "proposal",
        "slogan",
        "mantra",
        "refrain",
        "catchphrase",
        "line",
        "phrase",
        "motto",
    }
)

# Nouns of thinking whose possessor holds the view quoted: "his assumption was that “...”".
THOUGHT_NOUNS: frozenset[str] = frozenset(
    {"assumption", "view", "belief", "position", "contention", "conclusion", "verdict"}
)

# Nouns of arguing for or against something: "Bell's broadside against “...”", "his case
# for the “...” plan"; with a person's possessive, the topic phrase holds the owner's words.
ARGUING_NOUNS: frozenset[str] = frozenset(
    {
        *("broadside", "attack", "criticism", "critique", "rhetoric", "language", "speech"),
        *("message", "tirade", "rant", "defense", "defence", "denunciation", "condemnation"),
        *("praise", "talk", "pitch", "characterization", "portrayal"),
    }
)

# Nouns naming a text rather than a person: "the text read", "the statement said".
TEXT_NOUNS: frozenset[str] = frozenset(
    {
        "text",
        "statement",
        "letter",
        "message",
        "email",
        "e-mail",
        "note",
        "footnote",
        "memo",
        "tweet",
        "post",
        "release",
        "report",
        "document",
        "transcript",
        "sign",
        "banner",
        "placard",
        "headline",
        "caption",
        "ad",
        "advertisement",
        "card",
        "filing",
        "complaint",
        "order",
        "ruling",
        "opinion",
        "decision",
        "indictment",
        "lawsuit",
        "suit",
        "affidavit",
        "motion",
        "brief",
        "summary",
        "website",
        "page",
        "platform",
        "resolution",
        "bill",
        "law",
        "cable",
        "dispatch",
        "notice",
        "announcement",
        "poster",
        "flyer",
        "leaflet",
        "mailer",
        "label",
        "petition",
        "editorial",
        "article",
        "column",
        "story",
        "book",
        "piece",
        "essay",
        "op-ed",
        "video",
        "commercial",
        "audio",
        "recording",
        "calculation",
    }
)

# Verbs by which someone characterises a person or a thing in words of their own: a fragment
# they frame ("summed her up as “weak”", "whom he dubbed “the little mayor”", "attacked him
# for being a “career politician”") is the subject's words. Naming by convention ("known
# as", "referred to as", "billed as") is not here: those fragments stay terms.
CHARACTERISING_LEMMAS: frozenset[str] = frozenset(
    {
        *("sum", "dub", "brand", "label", "call", "describe", "characterize", "portray"),
        *("paint", "cast", "depict", "dismiss", "deride", "mock", "attack", "accuse"),
        *("blast", "slam", "criticize", "identify", "denounce", "condemn", "decry", "tar"),
        *("ridicule", "lambaste", "peg", "nickname", "christen", "hail", "tout", "praise"),
        *("lampoon", "scold", "castigate", "assail", "fault", "bash", "rip", "belittle"),
        *("disparage", "smear", "pan", "chide", "excoriate"),
    }
)

# Words before a quote that make it a name or term, not speech: referred to as “Haji Qassem”.
TERM_MARKERS: frozenset[str] = frozenset(
    {"known", "dubbed", "nicknamed", "so-called", "codenamed", "code-named", "billed", "styled"}
)

# Nouns that make a following or preceding quoted span a title: the book “...”, “...” speech.
TITLE_NOUNS: frozenset[str] = frozenset(
    {
        "book",
        "memoir",
        "novel",
        "article",
        "essay",
        "op-ed",
        "column",
        "film",
        "movie",
        "documentary",
        "song",
        "album",
        "show",
        "series",
        "program",
        "programme",
        "episode",
        "speech",
        "address",
        "report",
        "study",
        "paper",
        "headline",
        "poem",
        "play",
        "musical",
        "campaign",
        "slogan",
        "hashtag",
        "podcast",
        "segment",
        "chapter",
        "section",
        "titled",
        "entitled",
    }
)

# Phrases whose object is the source: "according to X".
ACCORDING_LEMMAS: frozenset[str] = frozenset({"accord"})


# How a word hangs inside a noun phrase it modifies: "the shooting victims".
NOUN_PART_DEPS = frozenset({"compound"})


def is_cue_verb(token: Token) -> bool:
    """True when the token is a verb of saying/writing from the lexicon.

    Args:
        token: Any token.

    Returns:
        Whether the token can govern a quotation.
    """
    if token.pos_ in ("VERB", "AUX"):
        lemma = token.lemma_.lower()
        if lemma not in CUE_LEMMAS or token.dep_ in NOUN_PART_DEPS:
            # "the shooting victims": a word modifying a noun inside its phrase says nothing
            return False
        if lemma == "put":
            # "as she put it", not "put together a plan" or "be put to death"
            return any(c.dep_ == "dobj" and c.lower_ in PUT_OBJECTS for c in token.children)
        if lemma == "continue":
            # "he continued", not "will continue to be": the infinitive carries the meaning
            return not any(c.dep_ == "xcomp" for c in token.children)
        if lemma == "call" and _calls_for_a_time(token):
            # "the producers were calling “every 15 minutes”": phoning, with no words given
            return False
        if lemma == "agree" and _takes_infinitive(token):
            # "agreed to pay", not "agreed that ...": a deal to do something, no words
            return False
        # "it reminds me of a war zone": a likeness, not a reminder given
        return lemma != "remind" or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children
        )
    # "prompted the group to state, “...”": an infinitive the tagger read as a noun
    return (
        token.pos_ == "NOUN"
        and token.dep_ in ("xcomp", "ccomp", "advcl")
        and token.text.lower() in CUE_LEMMAS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    )


# Nouns of a span of time: as the object of "call" they tell how often or how long
# someone phoned, not what they called anyone ("calling every 15 minutes", "all night").
TIME_NOUNS: frozenset[str] = frozenset(
    {
        *("second", "minute", "hour", "day", "night", "week", "month", "year", "time"),
        *("morning", "afternoon", "evening", "weekend"),
    }
)


def _calls_for_a_time(verb: Token) -> bool:
    """``were calling “every 15 minutes”``: "call" whose object is a span of time and
    that names nothing (no object predicate) is phoning, not calling someone something."""
    if any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in TIME_NOUNS for o in objects)


def _takes_infinitive(verb: Token) -> bool:
    """A verb with an infinitive for complement: "agreed to pay"."""
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for c in verb.children
    )


# Nouns after "in" that give a quote's words or view to their owner: in Ray's words, in the
# view of its critics (as "according to X" does).
WORDS_OF_NOUNS: frozenset[str] = frozenset({"words", "view", "phrase", "opinion", "estimation"})


def words_of_source(token: Token) -> Token | None:
    """The X of "in X's words", "in the words of X", "in X's view", read at their "in".

    A pronoun owner ("in her words") is left out: it names the speaker the sentence
    already gives.
    """
    if token.lower_ != "in":
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lower_ not in WORDS_OF_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if owner is None or owner.pos_ == "PRON":
        return None
    return owner


# Nouns after "per" that make it "each" ("$5 per share", "per cent") rather than a source.
PER_UNIT_NOUNS: frozenset[str] = frozenset(
    {"cent", "capita", "annum", "diem", "se", "head", "share", "person", "unit", "vote"}
)


def per_source(token: Token) -> Token | None:
    """The X of "per X" used as "according to X": "..., per the party's rules",
    "Per a statement from Ann Ray, ...", "per the Ledger".

    "per" as "each" ("$5 per share", "ten miles per hour", "per cent") takes a bare common
    noun after a quantity; the source sense takes a determined noun or a name.
    """
    if token.lower_ != "per" or token.pos_ not in ("ADP", "SCONJ"):
        return None
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.lower_ in PER_UNIT_NOUNS or source.pos_ == "PRON":
        return None
    if token.i > 0 and (token.doc[token.i - 1].like_num or token.doc[token.i - 1].pos_ == "NUM"):
        return None  # "two per day"
    determined = any(c.dep_ in ("det", "poss") for c in source.children)
    if not determined and source.pos_ != "PROPN":
        return None
    return source


def relay_cue(source: Token) -> str | None:
    """The phrase by which a source passes on someone's words: the "according to" of
    "Ray said, according to the Ledger", the "per" of "Ray said, per a translator"."""
    head = source.head
    if source.dep_ != "pobj" or head.i == source.i:
        return None
    if head.lower_ == "to" and head.head.lower_ == "according":
        return "according to"
    return "per" if per_source(head) == source else None


def is_according(token: Token) -> bool:
    """True for the "according" of "according to X", the "in" of "in X's words" and the
    "per" of "per X"."""
    if words_of_source(token) is not None or per_source(token) is not None:
        return True
    if token.text.lower() != "according":
        return False
    return any(child.text.lower() == "to" for child in token.children) or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].text.lower() == "to"
    )
