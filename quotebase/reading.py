"""Reading source documents: finding inputs, picking the reader for each, and their metadata.

Inputs: plain text and Markdown (``.txt``, ``.md``), news pages (``.html``, ``.htm``), JSONL
archives with one article per line (``.jsonl``, ``.ndjson``), and standard input (``-``).
The readers live in :mod:`quotebase.sources`; this module is what callers use.

Nothing here needs spaCy or a database. Offsets everywhere in quotebase are offsets into
``SourceDocument.text`` exactly as produced here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from quotebase.sources import html, jsonl
from quotebase.sources.base import MAX_BYTES, ReadError, SourceDocument, decode
from quotebase.sources.meta import (
    header_meta,
    merge_meta,
    name_meta,
    parse_date,
    sidecar_fields,
    split_front_matter,
)
from quotebase.sources.stdin import iter_stdin
from quotebase.sources.text import read_text_file

__all__ = [
    "MAX_BYTES",
    "STDIN",
    "SUFFIXES",
    "ReadError",
    "SourceDocument",
    "decode",
    "find_files",
    "header_meta",
    "iter_documents",
    "merge_meta",
    "name_meta",
    "parse_date",
    "read_document",
    "sidecar_fields",
    "split_front_matter",
]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
SUFFIXES = TEXT_SUFFIXES | html.SUFFIXES | jsonl.SUFFIXES
STDIN = Path("-")  # the path that means standard input


def find_files(paths: Iterable[Path]) -> Iterator[Path | ReadError]:
    """Yield the readable document files under ``paths``, in a stable order.

    Folders are walked recursively (symlinked folders are not followed, so a link loop cannot
    trap the walk); inside folders only files with a known suffix are taken (sidecar
    ``.meta.json`` files are not documents). A file named explicitly is taken whatever its
    suffix, and ``-`` (standard input) is passed through. A path that does not exist is
    yielded as a ReadError so that the caller reports it and goes on.
    """
    for path in paths:
        if path == STDIN:
            yield path
        elif path.is_dir():
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
            yield ReadError(str(path), "no such file or folder")


def read_document(path: Path) -> SourceDocument:
    """Read one single-document file (text, Markdown or HTML) and its metadata.

    Metadata comes from, strongest first: a sidecar file (``<name>.meta.json``), front matter,
    the page's own metadata (HTML), the header lines (text), the file name.

    Raises:
        ReadError: the file is missing, unreadable, empty, binary or too large, an HTML page
            has no article text, the sidecar is malformed, or the file is a JSONL archive
            (several documents: use :func:`iter_documents`).
    """
    suffix = path.suffix.lower()
    if suffix in jsonl.SUFFIXES:
        raise ReadError(str(path), "a JSONL archive holds many documents: use iter_documents")
    if suffix in html.SUFFIXES:
        return html.read_html_file(path)
    return read_text_file(path)


def iter_documents(
    paths: Iterable[Path], *, stdin: BinaryIO | None = None
) -> Iterator[SourceDocument | ReadError]:
    """Every document under ``paths``, one at a time: the entry point for ingest.

    Files and folders are found as :func:`find_files` finds them; each file gives one
    document, except a JSONL archive, which gives one per line and is streamed, and ``-``,
    which reads standard input (JSON lines, or else one plain text named ``<stdin>``).

    This generator never raises for one bad input: a missing path, an unreadable file, a page
    with no article, a bad archive line are each yielded as a ``ReadError`` whose message
    starts with the file (``path``) or the line (``path#7``) and says why, and reading goes on
    with the next input. Its ``where`` and ``reason`` attributes hold the two parts.

    Args:
        paths: Files, folders, or ``Path("-")`` for standard input.
        stdin: The stream ``-`` reads (tests); defaults to ``sys.stdin.buffer``.

    Yields:
        ``SourceDocument`` or ``ReadError``, in input order.
    """
    for item in find_files(paths):
        if isinstance(item, ReadError):
            yield item
        elif item == STDIN:
            yield from iter_stdin(stdin if stdin is not None else sys.stdin.buffer)
        elif item.suffix.lower() in jsonl.SUFFIXES:
            yield from jsonl.iter_jsonl_file(item)
        else:
            try:
                yield read_document(item)
            except ReadError as exc:
                yield exc
