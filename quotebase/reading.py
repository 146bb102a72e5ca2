"""Reading source documents: finding files, decoding them, and their metadata.

Nothing here needs spaCy or a database. Offsets everywhere in quotebase are offsets into the
text exactly as returned by :func:`read_document`.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from quotebase.extract.records import DocumentMeta

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
MAX_BYTES = 20_000_000  # larger files are refused rather than parsed for minutes


class ReadError(Exception):
    """A document could not be read; the message names the reason."""


@dataclass(frozen=True)
class SourceDocument:
    """A document as read from disk, before extraction."""

    source: str  # the natural key: the resolved path
    name: str  # the file's name
    text: str
    content_hash: str
    meta: DocumentMeta
    encoding: str = "utf-8"


def find_files(paths: list[Path]) -> Iterator[Path | ReadError]:
    """Yield the readable document files under ``paths``, in a stable order.

    Folders are walked recursively (symlinked folders are not followed, so a link loop cannot
    trap the walk); files with other suffixes inside folders are skipped. A path that does
    not exist is yielded as a ReadError so that the caller reports it and goes on.
    """
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    child = Path(root) / name
                    if child.suffix.lower() in SUFFIXES:
                        yield child
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield ReadError(f"{path}: no such file or folder")


def read_document(path: Path) -> SourceDocument:
    """Read one document and the metadata its header, front matter or name gives.

    Raises:
        ReadError: the file is missing, unreadable, empty, binary or too large.
    """
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"{path}: {size:,} bytes is over the limit of {MAX_BYTES:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    text, encoding = decode(data, str(path))
    if not text.strip():
        raise ReadError(f"{path}: empty document")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    body, front = split_front_matter(text)
    meta = merge_meta(front, header_meta(body), name_meta(path.name))
    return SourceDocument(
        source=str(path.resolve()),
        name=path.name,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        meta=meta,
        encoding=encoding,
    )


def decode(data: bytes, label: str) -> tuple[str, str]:
    """Decode bytes as UTF-8, or as the encoding charset-normalizer detects.

    Raises:
        ReadError: the bytes are binary (NUL bytes, or no plausible text encoding).
    """
    if b"\x00" in data[:8192]:
        raise ReadError(f"{label}: binary file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError(f"{label}: not text in any encoding we recognise")
    return str(best), best.encoding


# ---------------------------------------------------------------------------------------------
# Metadata

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
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_BYLINE = re.compile(r"^(?:(?:analysis|opinion|story|text|words|report)\s+)?by\b[:\s]*(.*)$", re.I)
_NAME_LINE = re.compile(r"^(?:[A-Z][\w.'’-]+\s+){1,4}[A-Z][\w'’-]+$")
_OUTLET_SPLIT = re.compile(r"\s+[>|•·–—-]\s+|(?<=[a-z])(?=[A-Z][a-z])")
HEADER_LINES = 12  # metadata lines precede the body; we look no further


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Split ``key: value`` front matter between ``---`` lines off the top of a text."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return text[match.end() :], fields


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
        if len(line) > 160 or (len(line) > 80 and line.endswith(".")):
            break
        header.append(line)
    if not header:
        return DocumentMeta()
    # A first line that is a byline or a date is no outlet.
    first_is_outlet = not (_BYLINE.match(header[0]) or parse_date(header[0]))
    outlet = _outlet(header[0]) if first_is_outlet else None
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
    first = _OUTLET_SPLIT.split(line, maxsplit=1)[0].strip()
    if 1 <= len(first.split()) <= 6 and not parse_date(first):
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


def merge_meta(front: dict[str, str], *sources: DocumentMeta) -> DocumentMeta:
    """Front matter first, then each source in order, field by field."""

    def pick(field: str, *keys: str) -> str | None:
        for key in (field, *keys):
            if front.get(key):
                return front[key]
        for meta in sources:
            value = getattr(meta, field)
            if value:
                return str(value)
        return None

    published = pick("published", "date")
    return DocumentMeta(
        title=pick("title"),
        outlet=pick("outlet", "site", "publisher"),
        author=pick("author", "byline"),
        published=parse_date(published) if published else None,
    )
