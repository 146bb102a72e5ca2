"""JSONL archives: one article per line, read as a stream so that an archive of any size can
be ingested in constant memory.

Each line is a JSON object with ``text`` and optionally ``title``, ``url``, ``author``,
``outlet`` and ``published`` (aliases as in front matter: ``date``, ``site``, ``byline``...).
A line's natural key is its ``url``, else ``<archive path>#<line number>``. A bad line is a
``ReadError`` for that line alone; the lines around it are read as usual.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from quotebase.extract.records import DocumentMeta
from quotebase.sources.base import (
    MAX_BYTES,
    ReadError,
    SourceDocument,
    make_document,
    normalise_newlines,
)
from quotebase.sources.meta import canonical_fields, merge_meta, sidecar_fields

SUFFIXES = frozenset({".jsonl", ".ndjson"})
MAX_SOURCE = 1024  # the width of documents.source; a longer URL cannot be a key


def iter_jsonl_file(path: Path) -> Iterator[SourceDocument | ReadError]:
    """The documents of a JSONL archive, one per non-blank line, in order.

    A sidecar file of the archive (``archive.jsonl.meta.json``) gives defaults for every line,
    such as the outlet; a line's own fields win over it.

    Yields:
        A ``SourceDocument`` per good line, a ``ReadError`` per bad line (or one for the
        whole archive when it cannot be opened or its sidecar is malformed).
    """
    try:
        defaults = sidecar_fields(path)
        handle = path.open("rb")
    except ReadError as exc:
        yield exc
        return
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        yield from iter_jsonl_lines(
            handle,
            where=str(path),
            key_prefix=str(path.resolve()),
            name=path.name,
            defaults=defaults,
        )


def iter_jsonl_lines(
    lines: Iterable[bytes],
    *,
    where: str,
    key_prefix: str,
    name: str,
    defaults: Mapping[str, str] | None = None,
) -> Iterator[SourceDocument | ReadError]:
    """Documents from the lines of a JSONL archive.

    Args:
        lines: The raw lines (a binary file, or any iterable of bytes).
        where: Names the archive in errors (``where#3: invalid JSON ...``).
        key_prefix: The natural key of a line without ``url`` is ``key_prefix#<line>``.
        name: A line's document is named ``name#<line>``.
        defaults: Metadata fields for lines that do not give them.

    Yields:
        A ``SourceDocument`` per good line, a ``ReadError`` per bad line; blank lines are
        skipped.
    """
    fallback = DocumentMeta(**(defaults or {}))
    seen: dict[str, int] = {}  # url -> first line, so that a repeated URL is not lost silently
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        label = f"{where}#{number}"
        try:
            record = _parse_line(raw, label)
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ReadError(label, 'no text (a line needs a non-empty string "text")')
            source = _source(record, label) or f"{key_prefix}#{number}"
            if source in seen:
                raise ReadError(label, f"same url as line {seen[source]}: {source}")
            seen[source] = number
        except ReadError as exc:
            yield exc
            continue
        yield make_document(
            source=source,
            name=f"{name}#{number}",
            text=normalise_newlines(text),
            meta=merge_meta(_fields(record), fallback),
            meta_outside_text=True,
        )


def _parse_line(raw: bytes, label: str) -> dict[str, object]:
    if len(raw) > MAX_BYTES:
        raise ReadError(label, f"{len(raw):,} bytes is over the limit of {MAX_BYTES:,}")
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ReadError(label, f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ReadError(label, f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise ReadError(label, f"a line must be a JSON object, not {type(record).__name__}")
    return record


def _source(record: Mapping[str, object], label: str) -> str | None:
    """The line's URL, when it gives one."""
    url = record.get("url")
    if url is None or (isinstance(url, str) and not url.strip()):
        return None
    if not isinstance(url, str):
        raise ReadError(label, '"url" must be a string')
    if len(url.strip()) > MAX_SOURCE:
        raise ReadError(label, f"url longer than {MAX_SOURCE} characters")
    return url.strip()


def _fields(record: Mapping[str, object]) -> dict[str, str]:
    """Metadata fields of a line; a list of names (``"author": ["A", "B"]``) is joined."""
    fields: dict[str, object] = {}
    for key, value in record.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ", ".join(v.strip() for v in value if v.strip())
        fields[key] = value
    return canonical_fields(fields)
