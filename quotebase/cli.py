"""The ``quotebase`` command line: a thin adapter over the library.

Each command parses its options, calls one library function, prints the result, and maps the
library's named exceptions to a message on stderr and a non-zero exit code. Query commands
never import spaCy, nor SQLAlchemy once the database exists: they read through the driver.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from quotebase.graph import GraphFormat
from quotebase.output import Format, write_records

app = typer.Typer(
    no_args_is_help=True,
    help="quotebase: who actually said this, and through whom do we know it?",
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)
db_app = typer.Typer(no_args_is_help=True, help="Migrate the database schema, or show its version.")
app.add_typer(db_app, name="db")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="QUOTEBASE_DB",
        help="SQLite file path or SQLAlchemy URL (postgresql+psycopg://...). "
        "Default: ./quotebase.db",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output: table for people; json, jsonl, csv.")
]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most N rows.")]

EXIT_FAILED = 1  # the command ran but something failed (a document, a query)
EXIT_REFUSED = 3  # refused: a write through `sql`, a bad database
EXIT_LOCKED = 4  # another ingest is running


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def _engine(db: str | None):
    from quotebase.storage.engine import DatabaseError, open_database

    try:
        return open_database(db)
    except DatabaseError as exc:
        fail(str(exc), EXIT_REFUSED)


def _reader(db: str | None):
    """The query commands' connection: the driver's own, without SQLAlchemy when it can."""
    from quotebase.storage.engine import DatabaseError
    from quotebase.storage.reader import open_reader

    try:
        return open_reader(db)
    except DatabaseError as exc:
        fail(str(exc), EXIT_REFUSED)


# ---------------------------------------------------------------------------------------------
# ingest, extract


@app.command()
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders (.txt, .md, .html, .jsonl archives), walked recursively; "
            "- reads standard input."
        ),
    ],
    db: DbOption = None,
    force: Annotated[
        bool, typer.Option(help="Re-extract documents even when they have not changed.")
    ] = False,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Extraction processes.")
    ] = 1,
    shard: Annotated[
        str | None,
        typer.Option(
            help="K/N: take only the K-th of N shards of the documents, so that N processes "
            "(on one machine or several) can share one PostgreSQL database."
        ),
    ] = None,
    prune: Annotated[
        bool,
        typer.Option(help="Remove stored documents under PATHS whose files are gone."),
    ] = False,
    wait: Annotated[
        bool, typer.Option(help="If another ingest is running, wait for it instead of failing.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="table: a summary line; json: a report.")
    ] = Format.table,
) -> None:
    """Read articles, extract their quotations and store them.

    Safe to run again and again: unchanged documents are skipped without loading the language
    model, changed ones replace their quotes (ids of unchanged quotes and entities stay). A
    document that cannot be read is reported and skipped; the exit code is then 1.
    """
    import json

    from quotebase.ingest_plan import Shard
    from quotebase.nightly import nothing_to_do
    from quotebase.storage.engine import DatabaseError

    try:
        chosen = Shard.parse(shard) if shard else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--shard") from None
    report = None
    if not force:  # most nightly runs end here, without SQLAlchemy: nothing changed
        with _progress(enabled=not quiet) as progress:
            try:
                report = nothing_to_do(paths, db, shard=chosen, prune=prune, progress=progress)
            except DatabaseError as exc:
                fail(str(exc), EXIT_REFUSED)
    if report is None:  # something to do: the ingest itself, through SQLAlchemy
        from quotebase.ingest import ingest as run_ingest
        from quotebase.storage.locks import IngestLocked

        engine = _engine(db)
        with _progress(enabled=not quiet) as progress:
            try:
                report = run_ingest(
                    paths,
                    engine,
                    force=force,
                    workers=workers,
                    shard=chosen,
                    prune=prune,
                    wait=wait,
                    progress=progress,
                )
            except IngestLocked as exc:
                fail(str(exc), EXIT_LOCKED)
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)
    for failure in report.failures:
        typer.echo(f"failed: {failure.reason}", err=True)
    if fmt is Format.table:
        typer.echo(report.summary())
    else:
        typer.echo(json.dumps(report.as_dict(), indent=2 if fmt is Format.json else None))
    if not report.ok:
        raise typer.Exit(EXIT_FAILED)


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[str, str], None]]:
    """A live count of documents on stderr, shown only on a terminal."""
    if not (enabled and sys.stderr.isatty()):
        yield lambda event, path: None
        return
    from collections import Counter

    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    counts: Counter[str] = Counter()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("reading", total=None)

        def update(event: str, path: str) -> None:
            counts[event] += 1
            summary = ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))
            bar.update(task, description=f"{summary}  {Path(path).name[:40]}")

        yield update


@app.command()
def extract(
    files: Annotated[
        list[Path], typer.Argument(help="Text, Markdown, HTML or JSONL files; - for stdin.")
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
) -> None:
    """Extract quotations from files without any database (JSON contract, one per quote)."""
    from quotebase.contract import extraction_records
    from quotebase.extract.pipeline import extract as run_extract
    from quotebase.reading import ReadError, iter_documents

    records = []
    failed = False
    for doc in iter_documents(files):
        if isinstance(doc, ReadError):
            typer.echo(f"failed: {doc}", err=True)
            failed = True
            continue
        records.extend(extraction_records(doc.name, run_extract(doc.text, doc.meta)))
    write_records(
        records,
        fmt,
        columns=["id", "document", "text", "kind", "speaker", "cue", "chain"],
    )
    if failed:
        raise typer.Exit(EXIT_FAILED)


# ---------------------------------------------------------------------------------------------
# queries


def _print_hits(hits) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for rank, hit in enumerate(hits, 1):
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column(overflow="fold")
        grid.add_row("speaker", hit.speaker or "(no speaker)")
        grid.add_row("cue", hit.cue or "")
        grid.add_row("chain", hit.chain_text)
        doc = ", ".join(x for x in (hit.title, hit.outlet, hit.published) if x)
        grid.add_row("document", f"{doc} ({hit.document})")
        grid.add_row("id", f"{hit.id} ({hit.kind})")
        console.print(f"[bold]{rank}.[/bold] “{hit.text}”", highlight=False)
        console.print(grid, highlight=False)
        console.print()


@app.command("who-said")
def who_said(
    phrase: Annotated[str, typer.Argument(help="Words to find, literally, in any case.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most N hits.")] = 5,
    fmt: FormatOption = Format.table,
) -> None:
    """Who said PHRASE: the innermost quotation containing it, its speaker, cue and chain."""
    from quotebase.storage.queries import who_said as find

    with _reader(db) as reader:
        hits = find(reader, phrase, limit=limit)
    if not hits:
        if fmt is Format.table:
            typer.echo(
                f"No quotation contains {phrase!r}. The search is literal: try fewer or "
                "other words (`quotebase quotes` lists everything).",
                err=True,
            )
        else:
            write_records([], fmt)
        raise typer.Exit(EXIT_FAILED)
    if fmt is Format.table:
        _print_hits(hits)
    else:
        write_records((h.contract() for h in hits), fmt)


QUOTE_COLUMNS = ["id", "document", "text", "kind", "speaker", "cue", "chain"]


@app.command()
def quotes(
    db: DbOption = None,
    speaker: Annotated[
        str | None, typer.Option(help="A speaker, by any spelling or alias (Suleimani).")
    ] = None,
    source: Annotated[
        str | None, typer.Option(help="A reporting source or relay anywhere in the chain.")
    ] = None,
    document: Annotated[
        str | None, typer.Option(help="Part of a document's file name, title or path.")
    ] = None,
    speech: Annotated[
        bool, typer.Option(help="Only speech: leave out titles, terms and scare quotes.")
    ] = False,
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored quotations, filtered by speaker, source or document."""
    from quotebase.storage.queries import list_quotes

    with _reader(db) as reader:
        found = list_quotes(
            reader,
            speaker=speaker,
            source=source,
            document=document,
            speech_only=speech,
            limit=limit,
        )
    write_records((q.contract() for q in found), fmt, columns=QUOTE_COLUMNS)


@app.command()
def show(
    quote_id: Annotated[int, typer.Argument(help="A quote id (from quotes or who-said).")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """One quotation in its paragraph, with its speaker, cue and chain."""
    from quotebase.storage.queries import NotFound
    from quotebase.storage.queries import show as find

    with _reader(db) as reader:
        try:
            found = find(reader, quote_id)
        except NotFound as exc:
            fail(f"{exc}; `quotebase quotes` or `quotebase who-said` show the ids")
    quote = found.quote
    if fmt is not Format.table:
        record = quote.contract() | {"paragraph": found.paragraph}
        write_records([record], fmt)
        return
    from rich.console import Console
    from rich.text import Text

    para = Text(found.paragraph)
    para.stylize("bold yellow", quote.start - found.offset, quote.end - found.offset)
    console = Console()
    console.print(para)
    console.print()
    _print_hits([quote])


@app.command()
def speakers(
    db: DbOption = None,
    named: Annotated[
        bool, typer.Option(help="Only named people and groups, not descriptions.")
    ] = False,
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Speakers: canonical names, every alias seen, and how many quotations each has."""
    from quotebase.storage.queries import speakers as find

    with _reader(db) as reader:
        found = find(reader, include_unnamed=not named)
    if limit:
        found = found[:limit]
    write_records(
        (s.contract() for s in found), fmt, columns=["id", "name", "kind", "quotes", "aliases"]
    )


@app.command()
def export(
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Every stored quotation in the JSON contract (JSON Lines by default)."""
    from quotebase.storage.queries import iter_quotes

    with _reader(db) as reader:
        records = (q.contract() for q in iter_quotes(reader))
        if output is None:
            write_records(records, fmt, columns=QUOTE_COLUMNS)
            return
        tmp = output.with_name(output.name + ".part")
        with tmp.open("w", encoding="utf-8") as out:
            count = write_records(records, fmt, columns=QUOTE_COLUMNS, out=out)
        tmp.replace(output)  # never leave a half-written export behind
    typer.echo(f"{count} quotes written to {output}", err=True)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="One SQL query; the database is read-only.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    time_limit: Annotated[
        float, typer.Option(help="Stop the query after this many seconds.", min=0.1)
    ] = 10.0,
    max_rows: Annotated[int, typer.Option(help="Return at most this many rows.", min=1)] = 10_000,
) -> None:
    """Run read-only SQL (try the view quote_attribution). Writes are refused."""
    from quotebase.storage.engine import database_url
    from quotebase.storage.readonly import QueryFailed, QueryRefused, run_sql

    _reader(db).close()  # creates and migrates a new database, as every command does
    try:
        result = run_sql(database_url(db), query, time_limit=time_limit, row_cap=max_rows)
    except QueryRefused as exc:
        fail(str(exc), EXIT_REFUSED)
    except QueryFailed as exc:
        fail(str(exc))
    write_records(
        (dict(zip(result.columns, row, strict=True)) for row in result.rows),
        fmt,
        columns=result.columns,
    )
    if result.truncated:
        typer.echo(f"(stopped at {max_rows} rows; use --max-rows for more)", err=True)


@app.command()
def graph(
    db: DbOption = None,
    speaker: Annotated[
        str | None, typer.Option(help="Only the chains of this speaker (any spelling).")
    ] = None,
    fmt: Annotated[
        GraphFormat, typer.Option("--format", "-f", help="dot (Graphviz), svg, or mermaid.")
    ] = GraphFormat.dot,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Draw who quoted whom: people and writers as nodes, quotations as counted edges."""
    from quotebase.graph import build_graph, render
    from quotebase.storage.queries import list_quotes

    with _reader(db) as reader:
        found = list_quotes(reader, speaker=speaker, speech_only=True)
    chains = [[link.name for link in q.chain] for q in found if len(q.chain) > 1]
    if not chains:
        fail("no quotations with a chain" + (f" for speaker {speaker!r}" if speaker else ""))
    drawing = render(build_graph(chains), fmt)
    if output is None:
        typer.echo(drawing)
    else:
        output.write_text(drawing, encoding="utf-8")
        typer.echo(f"{len(chains)} chains drawn to {output}", err=True)


# ---------------------------------------------------------------------------------------------
# eval


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (see shared/data/README.md).")],
    errors: Annotated[
        Path | None, typer.Option(help="Write every miss and false alarm here (JSONL).")
    ] = None,
    limit: LimitOption = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Extraction processes.")
    ] = 1,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """Measure the extractor on a gold file: quote P/R/F1, speaker accuracy, by kind."""
    import json

    from quotebase.evaluate import evaluate as run_eval

    if not gold.is_file():
        fail(f"{gold}: no such file")
    report = run_eval(gold, errors_path=errors, limit=limit, workers=workers)
    if fmt is Format.table:
        typer.echo(report.format_table())
    else:
        typer.echo(json.dumps(report.as_dict(), indent=2))


# ---------------------------------------------------------------------------------------------
# db


class _Direction(str, Enum):
    upgrade = "upgrade"
    downgrade = "downgrade"


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    db: DbOption = None,
) -> None:
    """Migrate the database up to REVISION (default: the newest)."""
    _migrate(db, _Direction.upgrade, revision)


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or base.")] = "-1",
    db: DbOption = None,
) -> None:
    """Migrate the database down to REVISION (default: one step)."""
    _migrate(db, _Direction.downgrade, revision)


@db_app.command("current")
def db_current(db: DbOption = None) -> None:
    """Print the revision the database is at."""
    from quotebase.storage.engine import current_revision, database_url, make_engine

    typer.echo(current_revision(make_engine(database_url(db))) or "none")


def _migrate(db: str | None, direction: _Direction, revision: str) -> None:
    from quotebase.storage import migrations
    from quotebase.storage.engine import current_revision, database_url, make_engine

    engine = make_engine(database_url(db))
    try:
        if direction is _Direction.upgrade:
            migrations.upgrade(engine, revision)
        else:
            migrations.downgrade(engine, revision)
    except Exception as exc:  # Alembic raises several kinds for a bad revision
        fail(f"cannot {direction.value} to {revision}: {exc}")
    typer.echo(current_revision(engine) or "none")


if __name__ == "__main__":  # pragma: no cover
    app()
