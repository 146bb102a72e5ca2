"""Writing results: rich tables for people, JSON, JSON Lines and CSV for scripts."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any, TextIO


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _cell(value: Any, column: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        # A chain reads from the speaker outward; other lists are plain enumerations.
        return (" ← " if column == "chain" else ", ").join(str(v) for v in value)
    return str(value)


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: Format,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Write records in ``fmt``; returns how many were written.

    ``columns`` chooses and orders the table's columns; machine formats carry every field.
    """
    out = out or sys.stdout
    count = 0
    if fmt is Format.jsonl:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    rows = list(records)
    if fmt is Format.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(rows)
    if fmt is Format.csv:
        fields = list(columns or (rows[0].keys() if rows else []))
        if rows and not columns:
            fields = list(rows[0].keys())
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k), k) for k in fields})
        return len(rows)
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, expand=False)
    fields = list(columns or (rows[0].keys() if rows else []))
    for name in fields:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(k), k) for k in fields))
    Console(file=out, soft_wrap=False).print(table)
    return len(rows)
