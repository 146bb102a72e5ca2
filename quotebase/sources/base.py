"""What every reader produces: ``SourceDocument`` or ``ReadError``, and the shared helpers."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from quotebase.extract.records import DocumentMeta

MAX_BYTES = 20_000_000  # larger documents are refused rather than parsed for minutes


class ReadError(Exception):
    """An input could not be read.

    ``str(error)`` is ``"<where>: <reason>"``, where ``where`` names the file, or the file and
    line (``archive.jsonl#3``) for one line of an archive.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


@dataclass(frozen=True)
class SourceDocument:
    """A document as read, before extraction. Offsets are into ``text``."""

    source: str  # the natural key: the resolved path, a URL, or ``path#line``
    name: str  # the file's name (``archive.jsonl#3`` for a line of an archive)
    text: str
    content_hash: str
    meta: DocumentMeta
    encoding: str = "utf-8"


def make_document(
    *,
    source: str,
    name: str,
    text: str,
    meta: DocumentMeta,
    encoding: str = "utf-8",
    meta_outside_text: bool = False,
) -> SourceDocument:
    """Build a document, hashing its text (and its metadata when that is not in the text).

    Args:
        source: The natural key.
        name: The name shown to users.
        text: The text extraction runs on.
        meta: Title, outlet, author and date.
        encoding: The encoding the bytes were decoded with.
        meta_outside_text: True when the metadata came from somewhere other than ``text``
            (HTML ``<head>``, JSONL fields, a sidecar file): it is hashed too, so that a
            corrected date or author makes ingest redo the document.
    """
    content = text
    if meta_outside_text:
        fields = [meta.title, meta.outlet, meta.author, meta.published]
        content += "\x00" + json.dumps(fields, ensure_ascii=False)
    return SourceDocument(
        source=source,
        name=name,
        text=text,
        content_hash=hashlib.sha256(content.encode("utf-8")).hexdigest(),
        meta=meta,
        encoding=encoding,
    )


def read_limited(path: Path) -> bytes:
    """The bytes of a file, refused when over ``MAX_BYTES``.

    Raises:
        ReadError: the file is missing, unreadable or too large.
    """
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(str(path), f"{size:,} bytes is over the limit of {MAX_BYTES:,}")
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(str(path), f"cannot read ({exc.strerror or exc})") from exc


# Western newsroom code pages, most common first; see decode().
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "mac_roman")
NEAR_TIE = 0.05  # charset-normalizer "chaos" units


def decode(data: bytes, label: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes as UTF-8, else as the declared encoding, else as charset-normalizer detects.

    Args:
        data: The raw bytes.
        label: Names the input in errors.
        declared: An encoding the input itself names (an HTML ``charset``), tried after UTF-8.

    Returns:
        The text (line ends not yet normalised) and the encoding used.

    Raises:
        ReadError: the bytes are binary (NUL bytes, or no plausible text encoding).
    """
    if b"\x00" in data[:8192]:
        raise ReadError(label, "binary file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches or matches[0].encoding is None:
        raise ReadError(label, "not text in any encoding we recognise")
    best = matches[0]
    # Short texts fit several single-byte code pages almost equally well; among the near
    # ties, the code pages most news archives were written in win.
    for preferred in PREFERRED_ENCODINGS:
        for match in matches:
            if match.encoding == preferred and match.chaos <= best.chaos + NEAR_TIE:
                return str(match), match.encoding
    return str(best), best.encoding


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line ends as ``\\n``, so that offsets do not depend on the platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
