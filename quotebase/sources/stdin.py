"""Standard input (the path ``-``): a JSONL archive when its first line is a JSON object,
otherwise one plain text document."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterator
from typing import BinaryIO

from quotebase.sources.base import (
    MAX_BYTES,
    ReadError,
    SourceDocument,
    decode,
    normalise_newlines,
)
from quotebase.sources.jsonl import iter_jsonl_lines
from quotebase.sources.text import text_document

NAME = "<stdin>"


def iter_stdin(stream: BinaryIO) -> Iterator[SourceDocument | ReadError]:
    """The documents piped in on ``stream``.

    JSON lines are streamed: each line is its own document, keyed by its ``url`` or by
    ``<stdin>#<line>``. Plain text is one document named ``<stdin>`` whose natural key is
    ``<stdin>:<first 16 hex digits of its SHA-256>``, so that piping another text in later
    adds a document instead of replacing the first one.

    Yields:
        Documents, and a ``ReadError`` for each bad line or for a bad text.
    """
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and _is_json_object(head[-1]):
        rest = itertools.chain(head, stream)
        yield from iter_jsonl_lines(rest, where=NAME, key_prefix=NAME, name=NAME)
        return
    data = b"".join(head) + stream.read(MAX_BYTES + 1)
    try:
        if len(data) > MAX_BYTES:
            raise ReadError(NAME, f"over the limit of {MAX_BYTES:,} bytes")
        text, encoding = decode(data, NAME)
        digest = hashlib.sha256(normalise_newlines(text).encode("utf-8")).hexdigest()[:16]
        yield text_document(
            text, source=f"{NAME}:{digest}", name=NAME, encoding=encoding, label=NAME
        )
    except ReadError as exc:
        yield exc


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
