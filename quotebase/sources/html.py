"""News pages: the article's main text and metadata, extracted with trafilatura.

trafilatura finds the article in the page (dropping navigation, footers, reader comments) and
gives it as a small XML tree (``p``, ``head``, ``quote``, ``list``, ``table``, ...). Its own
Markdown output flattens ``<blockquote>`` into ordinary paragraphs, so the tree is rendered
here: each paragraph of a block quote becomes a Markdown ``>`` line, and the paragraphs of one
block quote are joined by a bare ``>`` line, so that the block finder sees one block per
``<blockquote>``. The writer of the block is left to the extractor, which reads it from the
introducing sentence ("In a letter to members, Hanna Berg wrote:").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from quotebase.extract.records import DocumentMeta
from quotebase.sources.base import (
    ReadError,
    SourceDocument,
    decode,
    make_document,
    normalise_newlines,
    read_limited,
)
from quotebase.sources.meta import merge_meta, name_meta, sidecar_fields

SUFFIXES = frozenset({".html", ".htm"})
# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# Elements that hold paragraphs rather than being one.
_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "code", "div"})
# Elements that are one paragraph whatever they hold: a <quote> inside one came from <q>.
_PARAGRAPH_TAGS = frozenset({"p", "item", "cell", "code"})
_MARKS = '"“”‘’«»„'
_RUNS_OF_SPACE = re.compile(r"[^\S\n]+")

Paragraph = tuple[tuple[int, ...], str]  # (ids of the enclosing block quotes, text)


def read_html_file(path: Path) -> SourceDocument:
    """Read a saved news page.

    Raises:
        ReadError: the file cannot be read or decoded, no article text is found in it, or its
            sidecar file is malformed.
    """
    data = read_limited(path)
    return html_document(
        data,
        source=str(path.resolve()),
        name=path.name,
        label=str(path),
        sidecar=sidecar_fields(path),
    )


def html_document(
    data: bytes | str,
    *,
    source: str,
    name: str,
    label: str | None = None,
    sidecar: Mapping[str, str] | None = None,
) -> SourceDocument:
    """A document from an HTML page: its rendered main text and its metadata.

    Args:
        data: The page, as bytes (decoded here, honouring its ``charset``) or text.
        source: The natural key.
        name: The name shown to users.
        label: Names the input in errors (default: ``source``).
        sidecar: Fields from a sidecar file; they override what the page says.

    Returns:
        The document; its metadata is the sidecar's, else the page's (title, site name,
        author, date as trafilatura reads them), else the file name's.

    Raises:
        ReadError: the page is binary, cannot be parsed, or has no article text.
    """
    where = label or source
    if isinstance(data, bytes):
        declared = _CHARSET.search(data[:4096])
        html, encoding = decode(
            data, where, declared=declared.group(1).decode() if declared else None
        )
    else:
        html, encoding = data, "utf-8"
    text, page_meta = html_to_text(html, where)
    return make_document(
        source=source,
        name=name,
        text=text,
        meta=merge_meta(sidecar or {}, page_meta, name_meta(name)),
        encoding=encoding,
        meta_outside_text=True,
    )


def html_to_text(html: str, label: str = "<html>") -> tuple[str, DocumentMeta]:
    """The main text of a page, rendered with ``>`` block quotes, and the page's metadata.

    Raises:
        ReadError: trafilatura fails on the page or finds no article text in it.
    """
    import trafilatura

    if not html.strip():
        raise ReadError(label, "empty document")
    try:
        found: Any = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,  # reader comments are not the article
            include_formatting=False,  # keeps the spaces around <em>, <b>
            include_links=False,
            include_images=False,
            include_tables=True,
        )
    except Exception as exc:  # a parser failure on one page must not stop an ingest
        raise ReadError(label, f"cannot parse HTML ({exc})") from exc
    body = getattr(found, "body", None)
    text = render_body(body) if body is not None else ""
    if not text.strip():
        raise ReadError(label, "no article text found in the page")
    meta = DocumentMeta(
        title=found.title,
        outlet=found.sitename,
        author=found.author,
        published=found.date,
    )
    return normalise_newlines(text), meta


def render_body(body: Any) -> str:
    """Render trafilatura's XML body as text: paragraphs separated by blank lines, headings
    with ``#``, list items with ``-`` or ``1.``, and block quotes as ``>`` lines."""
    lines: list[str] = []
    previous: tuple[int, ...] | None = None
    for quotes, text in _paragraphs(body, (), itertools.count()):
        if previous is not None:
            shared = len(_common_prefix(previous, quotes))
            # inside one block quote a bare ">" line keeps the paragraphs one block
            lines.append(" ".join([">"] * shared))
        prefix = "> " * len(quotes)
        lines.extend(prefix + line for line in text.split("\n"))
        previous = quotes
    return "\n".join(lines) + "\n" if lines else ""


def _common_prefix(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    shared = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared.append(x)
    return tuple(shared)


def _paragraphs(element: Any, quotes: tuple[int, ...], ids: Iterator[int]) -> Iterator[Paragraph]:
    """The paragraphs of a container element (the body, a quote, a div), in order."""
    yield from _loose(element.text, quotes)
    for child in element:
        tag = child.tag
        if tag == "quote":
            inner = (*quotes, next(ids))
            if _has_blocks(child):
                yield from _paragraphs(child, inner, ids)
            else:
                yield from _loose(_inline(child), inner)
        elif tag == "head":
            level = child.get("rend", "h2").lstrip("h")
            marks = "#" * (int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2)
            yield from _loose(_inline(child), quotes, prefix=marks + " ")
        elif tag == "list":
            ordered = child.get("rend") == "ol"
            items = [item for item in child if item.tag == "item"]
            for number, item in enumerate(items, 1):
                yield from _loose(_inline(item), quotes, prefix=f"{number}. " if ordered else "- ")
        elif tag == "table":
            for row in child.iter("row"):
                cells = [_inline(cell) for cell in row if cell.tag == "cell"]
                yield from _loose(" | ".join(c.replace("\n", " ") for c in cells if c), quotes)
        elif tag == "graphic":
            pass
        elif tag not in _PARAGRAPH_TAGS and _has_blocks(child):
            yield from _paragraphs(child, quotes, ids)
        else:
            yield from _loose(_inline(child), quotes)
        yield from _loose(child.tail, quotes)


def _loose(text: str | None, quotes: tuple[int, ...], prefix: str = "") -> Iterator[Paragraph]:
    """One paragraph of ``text`` with whitespace tidied, or nothing when it is blank."""
    if not text:
        return
    lines = [_RUNS_OF_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    kept = "\n".join(line for line in lines if line)
    if kept:
        yield quotes, prefix + kept


def _has_blocks(element: Any) -> bool:
    return any(child.tag in _BLOCK_TAGS for child in element)


def _inline(element: Any) -> str:
    """The text of an element and its inline children; a ``<lb/>`` is a line break."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag == "quote":
            # an inline <q>: browsers show it in quotation marks, so the scanner should see them
            inner = _inline(child)
            quoted = inner.strip()[:1] in _MARKS and inner.strip()[-1:] in _MARKS
            parts.append(inner if quoted else f"“{inner}”")
        elif child.tag != "graphic":
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
