"""Bylines as feeds and archives give them, reduced to the names of their writers.

An author field often carries more than names: ``By JANE ROE. Follow Jane Roe on Twitter
@janeroe.``, ``Jane Roe, @janeroe, USA TODAY``, ``JANE ROE and JOHN DOE``, ``By THE
ASSOCIATED PRESS``. Stored as it is, that string becomes a "person" in every chain the
document ends. :func:`clean_byline` keeps the writers' names only.
"""

from __future__ import annotations

import re

from quotebase.extract.name_tables import GIVEN_NAMES, is_brand

# "By", "Analysis by", "BY", or "by" glued to a capitalised name ("byAnn Roe"); not the "By" of
# "Byron". Shared with the header reader (``sources.meta``).
BYLINE_PREFIX = (
    r"^\s*(?:(?i:analysis|opinion|story|text|words|report)\s+)?(?:(?i:by)\b[:\s]*|by(?=[A-Z]))"
)
_PREFIX = re.compile(BYLINE_PREFIX)
# "..., Ann Roe and Bo Lin contributed reporting.": contributors, not writers
_CONTRIBUTED = re.compile(r"\bcontributed\b", re.I)
_BRACKETS = re.compile(r"\([^)]*\)")
# where the names end: a contact line, an e-mail address, a handle, a bio sentence
_CONTACT = re.compile(r"\b(?:e-?mail|follow|twitter|contact)\b\s*:?|\S+@\S+|(?<!\w)@\w+", re.I)
# a full stop that ends a sentence, not one after an initial or an abbreviation ("Jr.", "Dr.")
_SENTENCE_END = re.compile(r"(?<=\w{4})\.\s+|(?<=[a-z]{3})\.\s+", re.I)
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.I)
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|[A-Z]\.|(?:de|van|von|der|la|le|da|di|al|bin|el)\Z")
_SUFFIX_WORDS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# What a feed writes in an author field it has no value for: Python's ``None``, JSON's
# ``null``, a spreadsheet's ``N/A``; no one's name.
_PLACEHOLDERS = frozenset({"none", "null", "nil", "n/a", "na", "nan", "undefined", "unknown"})
# The last word of a newspaper's, magazine's, wire's or think tank's name: a byline "Weekly
# Standard", "Acme News" or "Acme Insights" credits a publication, not a writer.
_PUBLICATION_WORDS = frozenset(
    {
        "news", "post", "times", "journal", "standard", "tribune", "herald", "gazette",
        "magazine", "press", "daily", "weekly", "review", "wire", "chronicle", "telegraph",
        "examiner", "inquirer", "enquirer", "dispatch", "bulletin", "monitor", "courier",
        "register", "globe", "mirror", "express", "observer", "insider", "digest", "media",
        "network", "radio", "tv", "online", "newswire", "newspaper",
        # a think tank's or a firm's site: "Global Risk Insights", "Acme Research Group"
        "insights", "research", "group", "institute", "foundation", "center", "centre",
        "council", "forum", "project", "analytics", "associates", "partners", "staff",
    }
)  # fmt: skip
# News agencies a byline names by one word: their stories have no writer's name.
_AGENCIES = frozenset(
    {
        "ap", "afp", "upi", "reuters", "bloomberg", "xinhua", "tass", "itar-tass", "kyodo",
        "yonhap", "interfax", "anadolu", "bernama", "efe", "ansa", "dpa", "pti", "ians",
    }
)  # fmt: skip


def _title_case(name: str) -> str:
    """``JANE O'ROE JR.`` -> ``Jane O'Roe Jr.``; a name in mixed case stays as written."""
    if not name.isupper():
        return name
    return " ".join(w if w.lower() in ("ii", "iii", "iv") else w.title() for w in name.split())


def _is_name(part: str, outlet_key: str) -> bool:
    """Two to five capitalised words, not the outlet's own name, not an article's "The"."""
    words = part.split()
    if not 2 <= len(words) <= 5 or words[0].lower() == "the":
        return False
    if outlet_key and re.sub(r"\W", "", part).lower() == outlet_key:
        return False
    if _names_publication(words):
        return False
    return all(_NAME_WORD.match(w) for w in words)


def _names_publication(words: list[str]) -> bool:
    """A publication's name: "Weekly Standard", "Acme Daily News"; not "Emily Post", two words
    of which the first is a known given name."""
    if words[-1].lower().rstrip(".") not in _PUBLICATION_WORDS:
        return False
    return len(words) > 2 or words[0].lower() not in GIVEN_NAMES


def byline_names(raw: str, outlet: str | None = None) -> list[str]:
    """The writers a byline names, in order, in title case when written in capitals.

    Args:
        raw: The author field as given.
        outlet: The document's outlet, so that ``Jane Roe, USA TODAY`` loses the outlet.

    Returns:
        The names; empty when the byline names no person (``By THE ASSOCIATED PRESS``,
        ``UPI``, ``Staff``). A byline of one word in mixed case (a pen name) is kept.
    """
    text = _PREFIX.sub("", raw.strip())
    contact = _CONTACT.search(text)
    if contact is not None:
        text = text[: contact.start()]
    end = _SENTENCE_END.search(text)
    if end is not None:
        text = text[: end.start()]
    contributed = _CONTRIBUTED.search(text)
    if contributed is not None:
        text = text[: max(0, text.rfind(",", 0, contributed.start()))]
    text = _BRACKETS.sub(" ", text)
    outlet_key = re.sub(r"\W", "", outlet or "").lower()
    names: list[str] = []
    for part in _SEPARATORS.split(text.strip(" ,;:")):
        part = _without_full_stop(part.strip())
        if names and part.lower() in _SUFFIX_WORDS:
            names[-1] += " " + _title_case(part)  # "Jane Roe, Jr."
        elif _is_name(part, outlet_key):
            names.append(_title_case(part))
    if not names and _pen_name(text.strip(" .")):
        names = [text.strip(" .")]  # a pen name: "Virgil"
    return names


def _pen_name(word: str) -> bool:
    """One capitalised word that is no placeholder, no news agency and no brand."""
    low = word.lower()
    return (
        re.fullmatch(r"[A-Z][a-z][\w'’-]+", word) is not None
        and low not in _PLACEHOLDERS
        and low not in _AGENCIES
        and not is_brand(word)  # "FiveThirtyEight", "BuzzFeed": a site
    )


def _without_full_stop(part: str) -> str:
    """``Jane Roe.`` -> ``Jane Roe``; ``Jane Roe Jr.`` and ``J.`` keep theirs."""
    last = part.split()[-1] if part.split() else ""
    if last.endswith(".") and len(last) > 2 and last.lower() not in _SUFFIX_WORDS:
        return part[:-1]
    return part


def clean_byline(raw: str | None, outlet: str | None = None) -> str | None:
    """The byline's writers as one string (``Jane Roe and John Doe``), or None."""
    if not raw or raw.strip().lower() in _PLACEHOLDERS:
        return None
    names = byline_names(raw, outlet)
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
