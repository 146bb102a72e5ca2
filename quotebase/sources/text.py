"""Plain text and Markdown: the text is the file as written, Markdown ``>`` lines included.

A Markdown block quote is left exactly as it stands, so the block finder sees its ``>``
prefixes and offsets stay offsets into the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from quotebase.sources.base import (
    ReadError,
    SourceDocument,
    decode,
    make_document,
    normalise_newlines,
    read_limited,
)
from quotebase.sources.meta import (
    canonical_fields,
    header_meta,
    merge_meta,
    name_meta,
    sidecar_fields,
    split_front_matter,
)


def read_text_file(path: Path) -> SourceDocument:
    """Read a plain text or Markdown file and its metadata.

    Metadata comes from its sidecar file, then its front matter, then its header lines, then
    its file name.

    Raises:
        ReadError: the file is missing, unreadable, empty, binary or too large, or its sidecar
            file is malformed.
    """
    text, encoding = decode(read_limited(path), str(path))
    return text_document(
        text,
        source=str(path.resolve()),
        name=path.name,
        encoding=encoding,
        sidecar=sidecar_fields(path),
        label=str(path),
    )


def text_document(
    text: str,
    *,
    source: str,
    name: str,
    encoding: str = "utf-8",
    sidecar: Mapping[str, str] | None = None,
    label: str | None = None,
) -> SourceDocument:
    """A document from decoded plain text (a file, or standard input).

    Args:
        text: The decoded text.
        source: The natural key.
        name: The name shown to users; a dated name (``outlet-2020-01-03-slug``) gives metadata.
        encoding: The encoding the bytes were decoded with.
        sidecar: Fields from a sidecar file; they override everything else.
        label: Names the input in errors (default: ``source``).

    Raises:
        ReadError: the text is blank.
    """
    if not text.strip():
        raise ReadError(label or source, "empty document")
    text = normalise_newlines(text)
    body, front = split_front_matter(text)
    fields = {**canonical_fields(front), **(sidecar or {})}
    return make_document(
        source=source,
        name=name,
        text=text,
        meta=merge_meta(fields, header_meta(body), name_meta(name)),
        encoding=encoding,
        meta_outside_text=bool(sidecar),
    )
