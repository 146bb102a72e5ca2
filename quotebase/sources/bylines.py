"""Bylines as feeds and archives give them, reduced to the names of their writers.

An author field often carries more than names: ``By JANE ROE. Follow Jane Roe on Twitter
@janeroe.``, ``Jane Roe, @janeroe, USA TODAY``, ``JANE ROE and JOHN DOE``, ``By THE
ASSOCIATED PRESS``. Stored as it is, that string becomes a "person" in every chain the
document ends. :func:`clean_byline` keeps the writers' names only.
"""

from __future__ import annotations

import re

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
    return all(_NAME_WORD.match(w) for w in words)


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
    if not names and re.fullmatch(r"[A-Z][a-z][\w'’-]+", text.strip(" .")):
        names = [text.strip(" .")]  # a pen name: "Virgil"
    return names


def _without_full_stop(part: str) -> str:
    """``Jane Roe.`` -> ``Jane Roe``; ``Jane Roe Jr.`` and ``J.`` keep theirs."""
    last = part.split()[-1] if part.split() else ""
    if last.endswith(".") and len(last) > 2 and last.lower() not in _SUFFIX_WORDS:
        return part[:-1]
    return part


def clean_byline(raw: str | None, outlet: str | None = None) -> str | None:
    """The byline's writers as one string (``Jane Roe and John Doe``), or None."""
    if not raw:
        return None
    names = byline_names(raw, outlet)
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
