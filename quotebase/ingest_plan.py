"""What an ingest decides, in plain Python: its report, shards, and which documents need work.

Both the full ingest (:mod:`quotebase.ingest`) and the driver-only check for a run with
nothing to do (:mod:`quotebase.nightly`) decide through these, so that the two never
disagree on what "unchanged" or "gone" means. Nothing here imports SQLAlchemy or spaCy.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from quotebase.extract import EXTRACTOR_VERSION
from quotebase.sources.base import SourceDocument

Progress = Callable[[str, str], None]  # (event, path): "unchanged" | "added" | ... | "failed"

# What is stored of each document, by source: (content hash, extractor version).
StoredVersions = Mapping[str, tuple[str, str]]


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str


@dataclass
class IngestReport:
    """What one ingest did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth saying, not failures
    quotes: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.unchanged)} unchanged",
            f"{len(self.failures)} failed",
        ]
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        return ", ".join(parts) + f"; {self.quotes} quotes stored"

    def as_dict(self) -> dict[str, object]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "failed": [{"path": f.path, "reason": f.reason} for f in self.failures],
            "notes": self.notes,
            "quotes": self.quotes,
        }


@dataclass(frozen=True)
class Shard:
    """``--shard K/N``: this process takes the documents whose path hashes to K of N."""

    index: int  # 1-based
    count: int

    @classmethod
    def parse(cls, value: str) -> Shard:
        """Parse ``K/N``.

        Raises:
            ValueError: not of the form K/N with 1 <= K <= N.
        """
        k, sep, n = value.partition("/")
        if not sep or not k.strip().isdigit() or not n.strip().isdigit():
            raise ValueError(f"shard {value!r} is not of the form K/N, e.g. 1/2")
        shard = cls(int(k), int(n))
        if not 1 <= shard.index <= shard.count:
            raise ValueError(f"shard {value!r}: K must be between 1 and N")
        return shard

    def takes(self, source: str) -> bool:
        return zlib.crc32(source.encode("utf-8")) % self.count == self.index - 1

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def is_unchanged(doc: SourceDocument, stored: StoredVersions) -> bool:
    """Whether ``doc`` is stored with this text, extracted by this extractor version."""
    return stored.get(doc.source) == (doc.content_hash, EXTRACTOR_VERSION)


def encoding_note(doc: SourceDocument) -> str | None:
    """The report's note for a document that was not UTF-8, or None."""
    if doc.encoding.replace("_", "-").lower() in ("utf-8", "ascii"):
        return None
    return f"{doc.source}: not UTF-8; decoded as {doc.encoding}"


def gone_sources(stored: Iterable[str], paths: Iterable[Path], seen: set[str]) -> list[str]:
    """The stored sources under ``paths`` whose documents are gone, in ``stored``'s order.

    A file's document is gone when its file is; an archive line's (``path#N``) when the
    archive is, or when this run read the archive and no longer found that line (``seen``
    holds the sources this run read). Documents keyed by URL are never gone.
    """
    roots = [str(p.resolve()) for p in paths if p != Path("-")]
    archives_read = {s.rsplit("#", 1)[0] for s in seen if "#" in s}
    gone: list[str] = []
    for source in stored:
        if os.path.exists(source):
            continue
        path, _, line = source.rpartition("#") if "#" in source else (source, "", "")
        archive_line = line.isdigit() and os.path.exists(path)
        missing = not archive_line or (path in archives_read and source not in seen)
        under = any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)
        if under and missing:
            gone.append(source)
    return gone
