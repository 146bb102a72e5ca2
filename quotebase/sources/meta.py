"""Document metadata: plain-text headers, front matter, file names and sidecar files.

Precedence, strongest first: a sidecar file next to the document (``<name>.meta.json``), front
matter at the top of the text, what the format itself carries (an HTML page's ``<head>``, a
JSONL line's fields), the header lines of a plain text, and the file name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from quotebase.extract.records import DocumentMeta
from quotebase.sources.base import ReadError
from quotebase.sources.bylines import BYLINE_PREFIX, clean_byline

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_NUMBER = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
# "January 3, 2020 at 5:04 p.m. EST", "TUESDAY, JUNE 24, 2014", "Jan. 3, 2020"
_DATE_WORDS = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
# "2020-01-03", also inside a timestamp: "2020-01-03T17:04:00Z"
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_BYLINE = re.compile(BYLINE_PREFIX + r"(.*)$")
_NAME_LINE = re.compile(r"^(?:[A-Z][\w.'’-]+\s+){1,4}[A-Z][\w'’-]+$")
_OUTLET_SPLIT = re.compile(r"\s+[>|•·–—-]\s+|(?<=[a-z])(?=[A-Z][a-z])")
_CLOSING = "\"'”’)"  # marks that may close a line of prose after its full stop
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "de"})
HEADER_LINES = 12  # metadata lines precede the body; we look no further


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Split ``key: value`` front matter between ``---`` lines off the top of a text."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    return text[match.end() :], _flat_fields(match.group(1))


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    match = _DATE_WORDS.search(text)
    if match:
        month = _MONTH_NUMBER[match.group(1).lower()]
        return f"{int(match.group(3)):04d}-{month:02d}-{int(match.group(2)):02d}"
    match = _DATE_ISO.search(text)
    if match and 1 <= int(match.group(2)) <= 12 and 1 <= int(match.group(3)) <= 31:
        return match.group(0)
    return None


def header_meta(text: str) -> DocumentMeta:
    """Metadata from the lines before an article's body, in the usual order of news pages.

    The first line names the outlet (a tagline glued to it or a section after ``>`` is cut),
    the next line of several words is the title, a line with a date is the date, and the line
    after a byline (``By``, ``Analysis by``) or a line that is only a personal name is the
    author. Generic bylines ("Staff writer") are no author.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][:HEADER_LINES]
    header: list[str] = []
    for line in lines:
        # The body starts at the first long line that reads as prose.
        if len(line) > 160 or (len(line) > 80 and line.rstrip(_CLOSING).endswith((".", "?", "!"))):
            break
        header.append(line)
    if not header:
        return DocumentMeta()
    # A first line that is a byline, a date or a headline in sentence case is no outlet.
    outlet = None
    if not (_BYLINE.match(header[0]) or parse_date(header[0])):
        outlet = _outlet(header[0])
    first_is_outlet = outlet is not None
    title = author = published = None
    expect_author = False
    for line in header[1:] if first_is_outlet else header:
        date = parse_date(line)
        if date and len(line) < 60:
            published = published or date
            continue
        byline = _BYLINE.match(line)
        if byline:
            author = author or _person(byline.group(1))
            expect_author = not byline.group(1).strip()
            continue
        if expect_author or (title and _person(line)):
            author = author or _person(line)
            expect_author = False
            continue
        if title is None and len(line.split()) >= 3:
            title = line
    return DocumentMeta(title=title, outlet=outlet, author=author, published=published)


def _outlet(line: str) -> str | None:
    """The outlet a first line names: a short run of capitalised words ("The Daily Planet",
    "Iran Review > Analysis"), not a headline in sentence case ("Our schools deserve better")."""
    first = _OUTLET_SPLIT.split(line, maxsplit=1)[0].strip()
    lower = [w for w in first.split() if w[:1].islower() and w.lower() not in _SMALL_WORDS]
    if 1 <= len(first.split()) <= 6 and not parse_date(first) and not lower:
        return first
    return None


def _person(text: str) -> str | None:
    text = text.strip().rstrip(",.")
    if _NAME_LINE.match(text) and not parse_date(text):
        return text
    return None


_NAME_DATE = re.compile(r"^(?P<outlet>[a-z0-9-]+?)-(?P<date>\d{4}-\d{2}-\d{2})(?:-|$)")


def name_meta(name: str) -> DocumentMeta:
    """Metadata from a file name like ``washington-post-2020-01-03-slug.txt``."""
    match = _NAME_DATE.match(Path(name).stem)
    if not match:
        return DocumentMeta()
    outlet = " ".join(word.capitalize() for word in match.group("outlet").split("-"))
    return DocumentMeta(outlet=outlet, published=match.group("date"))


# Keys accepted in front matter, sidecar files and JSONL lines, and the field each one fills.
FIELD_KEYS: Mapping[str, str] = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "site": "outlet",
    "site_name": "outlet",
    "sitename": "outlet",
    "publisher": "outlet",
    "author": "author",
    "byline": "author",
    "published": "published",
    "date": "published",
}
# Column widths in the database; longer values are cut rather than failing the document.
FIELD_LIMITS: Mapping[str, int] = {"title": 1000, "outlet": 256, "author": 256}
_SPACES = re.compile(r"\s+")


def canonical_fields(fields: Mapping[str, object]) -> dict[str, str]:
    """Metadata fields under their canonical names (``date`` -> ``published``), strings only.

    The canonical name wins over an alias given in the same mapping; blank values are dropped.
    """
    out: dict[str, str] = {}
    for key, value in fields.items():
        field = FIELD_KEYS.get(str(key).strip().lower())
        if field is None or not isinstance(value, str) or not value.strip():
            continue
        if field not in out or str(key).strip().lower() == field:
            out[field] = value
    return out


def merge_meta(front: Mapping[str, str], *sources: DocumentMeta) -> DocumentMeta:
    """Fields given by name first (front matter, sidecar), then each source in order.

    Args:
        front: ``key: value`` fields; aliases such as ``date`` or ``site`` are understood.
        sources: Metadata from weaker sources, strongest first.

    Returns:
        The merged metadata: whitespace collapsed, long values cut to the database's widths,
        the date as ISO ``YYYY-MM-DD`` (None when it cannot be read as a date).
    """
    given = canonical_fields(front)

    def pick(field: str) -> str | None:
        values = [given.get(field), *(getattr(meta, field) for meta in sources)]
        for value in values:
            text = _SPACES.sub(" ", str(value)).strip() if value else ""
            if text:
                return text[: FIELD_LIMITS.get(field, len(text))]
        return None

    published = pick("published")
    outlet = pick("outlet")
    return DocumentMeta(
        title=pick("title"),
        outlet=outlet,
        author=clean_byline(pick("author"), outlet),
        published=parse_date(published) if published else None,
    )


SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")


def sidecar_path(path: Path) -> Path | None:
    """The sidecar metadata file of a document, if there is one.

    ``report.html`` may have ``report.html.meta.json`` or ``report.meta.json`` (or ``.yaml``,
    ``.yml``) next to it; the first found in that order is used.
    """
    for base in (path.name, path.stem):
        for suffix in SIDECAR_SUFFIXES:
            candidate = path.with_name(base + suffix)
            if candidate.is_file():
                return candidate
    return None


def sidecar_fields(path: Path) -> dict[str, str]:
    """Metadata fields from a document's sidecar file, or ``{}`` when it has none.

    JSON sidecars hold one object; YAML sidecars are read as flat ``key: value`` lines (the
    subset front matter uses; no YAML library is needed).

    Raises:
        ReadError: the sidecar exists but cannot be read or is not a flat object of strings.
    """
    sidecar = sidecar_path(path)
    if sidecar is None:
        return {}
    try:
        raw = sidecar.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReadError(str(sidecar), f"cannot read metadata file ({exc})") from exc
    if sidecar.suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ReadError(str(sidecar), f"invalid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ReadError(str(sidecar), "metadata file must hold a JSON object")
        wrong = sorted(k for k, v in data.items() if k in FIELD_KEYS and not _is_text(v))
        if wrong:
            raise ReadError(str(sidecar), f"not a string: {', '.join(wrong)}")
        return canonical_fields(data)
    return canonical_fields(_flat_fields(raw))


def _is_text(value: object) -> bool:
    return value is None or isinstance(value, str)


def _flat_fields(text: str) -> dict[str, str]:
    """``key: value`` lines (front matter, simple YAML) as a dict; other lines are ignored."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields
