"""Storing a document in a few statements: names resolved together, rows written together."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Engine, Table, create_engine, delete, event, insert, select
from sqlalchemy import text as text_
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from quotebase.extract.records import DocumentMeta, Extraction
from quotebase.ingest import ingest
from quotebase.storage.bulk import insert_rows, update_rows
from quotebase.storage.models import ChainHop, Document, Entity, EntityAlias, EntityKey
from quotebase.storage.models import Quote as QuoteRow
from tests.conftest import fake_extract, fake_extractor


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def said(*pairs: tuple[str, str]) -> str:
    return "The Daily Example\n\n" + " ".join(f"{who} said, “{what}”" for who, what in pairs) + "\n"


def people(engine: Engine) -> dict[str, set[str]]:
    """Each person by name, with the aliases stored for them."""
    with Session(engine) as session:
        rows = session.execute(
            select(Entity.name, EntityAlias.alias)
            .join(EntityAlias, EntityAlias.entity_id == Entity.id)
            .where(Entity.kind == "person")
        ).all()
    found: dict[str, set[str]] = {}
    for name, alias in rows:
        found.setdefault(name, set()).add(alias)
    return found


def speakers(engine: Engine) -> list[tuple[str, str]]:
    with Session(engine) as session:
        rows = session.execute(
            select(QuoteRow.text, Entity.name)
            .join(Entity, Entity.id == QuoteRow.speaker_id)
            .order_by(QuoteRow.document_id, QuoteRow.seq)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_surname_seen_first_takes_the_full_name_seen_in_a_later_document(
    engine: Engine, tmp_path: Path
) -> None:
    write(tmp_path / "a.txt", said(("Doe", "First.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    write(tmp_path / "b.txt", said(("Jane Doe", "Second.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    assert people(engine) == {"Jane Doe": {"Doe", "Jane Doe"}}
    assert speakers(engine) == [("First.", "Jane Doe"), ("Second.", "Jane Doe")]


def test_a_surname_and_the_full_name_in_one_document_are_one_new_person(
    engine: Engine, tmp_path: Path
) -> None:
    write(tmp_path / "a.txt", said(("Doe", "First."), ("Jane Doe", "Second."), ("Doe", "Third.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    assert people(engine) == {"Jane Doe": {"Doe", "Jane Doe"}}
    assert [who for _, who in speakers(engine)] == ["Jane Doe"] * 3
    with Session(engine) as session:
        keys = session.scalars(select(EntityKey.key).order_by(EntityKey.key)).all()
    assert len(keys) == len(set(keys)), "each key stored once"


def test_a_surname_two_people_share_stays_a_person_of_its_own(
    engine: Engine, tmp_path: Path
) -> None:
    write(tmp_path / "a.txt", said(("Jane Doe", "One."), ("John Doe", "Two.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    write(tmp_path / "b.txt", said(("Doe", "Three.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    assert people(engine).keys() == {"Jane Doe", "John Doe", "Doe"}
    assert speakers(engine) == [("One.", "Jane Doe"), ("Two.", "John Doe"), ("Three.", "Doe")]


def test_a_surname_goes_to_the_stored_person_who_spells_it_so(
    engine: Engine, tmp_path: Path
) -> None:
    # "Reid" and "Reed" fold alike, as transliterations do: the spelling breaks the tie
    write(tmp_path / "a.txt", said(("Ann Reid", "One."), ("Tom Reed", "Two.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    write(tmp_path / "b.txt", said(("Reed", "Three."), ("Reid", "Four.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    assert people(engine).keys() == {"Ann Reid", "Tom Reed"}
    assert speakers(engine)[2:] == [("Three.", "Tom Reed"), ("Four.", "Ann Reid")]


def test_a_surname_its_document_gives_another_is_no_namesake_spelled_otherwise(
    engine: Engine, tmp_path: Path
) -> None:
    write(tmp_path / "a.txt", said(("Lena Bondi", "One.")))
    # no one of that spelling in the document: a variant spelling is a typo
    write(tmp_path / "b.txt", said(("Bundy", "Two.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    text = "The Daily Example\n\nCal Bundy and Ray Bundy marched. Bundy said, “Three.”\n"
    write(tmp_path / "c.txt", text)
    ingest([tmp_path], engine, extractor=fake_extractor)
    # from now on the store knows a Bundy spelled so, who goes first
    write(tmp_path / "d.txt", said(("Bundy", "Four.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    assert [who for _, who in speakers(engine)] == ["Lena Bondi", "Lena Bondi", "Bundy", "Bundy"]


def test_a_full_name_takes_a_stored_surname_alone_in_another_transliteration(
    engine: Engine, tmp_path: Path
) -> None:
    write(tmp_path / "a.txt", said(("Soleimani", "One.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    write(tmp_path / "b.txt", said(("Qasem Suleimani", "Two.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    assert speakers(engine) == [("One.", "Qasem Suleimani"), ("Two.", "Qasem Suleimani")]


def test_a_replaced_last_quote_gets_its_chain(engine: Engine, tmp_path: Path) -> None:
    # SQLite gives a new row the id of the deleted row with the highest id: the new quote
    # must not be taken for the old one when their chains are compared.
    path = write(tmp_path / "a.txt", said(("Jane Doe", "One."), ("Jane Doe", "Two.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    write(path, said(("Jane Doe", "One."), ("Jane Doe", "Three.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    with Session(engine) as session:
        quotes = session.scalars(select(QuoteRow).order_by(QuoteRow.seq)).all()
        chains = [[(h.position, h.role) for h in q.hops] for q in quotes]
    assert [q.text for q in quotes] == ["One.", "Three."]
    assert chains == [[(0, "speaker"), (1, "document")]] * 2


def test_quotes_that_move_keep_their_ids_and_their_links(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", said(("Jane Doe", "One."), ("John Roe", "Two.")))
    ingest([tmp_path], engine, extractor=fake_extractor)
    with Session(engine) as session:
        before = {q.text: q.id for q in session.scalars(select(QuoteRow))}
    write(path, said(("Ann Poe", "New."), ("John Roe", "Two."), ("Jane Doe", "One.")))
    report = ingest([tmp_path], engine, extractor=fake_extractor)
    assert len(report.updated) == 1
    with Session(engine) as session:
        after = {q.text: (q.id, q.seq) for q in session.scalars(select(QuoteRow))}
        hops = session.scalars(select(ChainHop.quote_id)).all()
    assert {t: i for t, (i, _) in after.items() if t in before} == before
    assert sorted(seq for _, seq in after.values()) == [0, 1, 2]
    assert sorted(hops) == sorted(2 * [i for i, _ in after.values()])


def _statements(engine: Engine, text: str, folder: Path) -> int:
    """How many statements the first ingest of one document into an empty database issues."""
    with Session(engine) as session, session.begin():
        session.execute(delete(Document))
        session.execute(delete(Entity))
    folder.mkdir()
    write(folder / "a.txt", text)
    count = 0

    def counted(*args: object) -> None:
        nonlocal count
        count += 1

    event.listen(engine, "before_cursor_execute", counted)
    try:
        assert len(ingest([folder], engine, extractor=fake_extractor).added) == 1
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    return count


def test_a_documents_statements_do_not_grow_with_its_quotes(engine: Engine, tmp_path: Path) -> None:
    few = [("Jane Doe", "One."), ("John Roe", "Two.")]
    firsts, lasts = ["Ann", "Bob", "Cleo", "Dan", "Eve"], ["Abel", "Baker", "Carter", "Dunn"]
    many = [(f"{first} {last}", f"{first} on {last}.") for first in firsts for last in lasts]
    # The first run also asks for what a database connection is asked once (its schema).
    runs = (few, few, many)
    counts = [_statements(engine, said(*pairs), tmp_path / str(n)) for n, pairs in enumerate(runs)]
    assert counts[1] == counts[2]


def test_a_connection_lost_between_documents_costs_no_document(
    engine: Engine, tmp_path: Path
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("a SQLite connection cannot be cut from outside")
    for i in range(3):
        write(tmp_path / f"doc{i}.txt", said(("Jane Doe", f"Point {i}.")))
    checked_out: list[int] = []  # backend pids, in the order the run took connections

    @event.listens_for(engine, "checkout")
    def taken(dbapi: Any, _record: object, _proxy: object) -> None:
        checked_out.append(dbapi.info.backend_pid)

    def cutting(items: Iterable[tuple[str, DocumentMeta]]) -> Iterator[Extraction]:
        for n, (text, meta) in enumerate(items):
            if n == 1:  # the first document is stored: cut the connection it was stored by
                admin = create_engine(engine.url)
                with admin.connect() as conn:
                    conn.execute(
                        text_("SELECT pg_terminate_backend(:pid)"), {"pid": checked_out[-1]}
                    )
                admin.dispose()
            yield fake_extract(text, meta)

    report = ingest([tmp_path], engine, extractor=cutting)
    assert not report.failures, report.failures
    assert len(report.added) == 3


def test_rows_written_together_read_back_as_written(engine: Engine) -> None:
    quotes = cast(Table, QuoteRow.__table__)
    with engine.begin() as conn:
        document = conn.execute(
            insert(cast(Table, Document.__table__))
            .values(source="s", name="s.txt", content_hash="h", text="t", extractor_version="v")
            .values(ingested_at=datetime(2020, 1, 1))
            .returning(Document.id)
        ).scalar_one()
        # Texts that array literals would have to escape: quotes, backslash, braces, NULL.
        values = [("a ' \" \\ {x,y} NULL", None), ("ü 🙂", "said")]
        rows = [
            dict(document_id=document, seq=seq, fingerprint=f"f{seq}", start=seq, end=seq + 1)
            | dict(text=text, kind="direct", closed=seq == 0, cue=cue)
            for seq, (text, cue) in enumerate(values)
        ]
        inserted = insert_rows(conn, quotes, rows, returning=("id", "fingerprint"))
        ids = {fp: id_ for id_, fp in inserted}
        update_rows(conn, quotes, [{"id": ids["f1"], "parent_id": ids["f0"], "cue": None}])
        stored = conn.execute(
            select(quotes.c.text, quotes.c.closed, quotes.c.cue, quotes.c.parent_id).order_by(
                quotes.c.seq
            )
        ).all()
    assert [tuple(r) for r in stored] == [
        ("a ' \" \\ {x,y} NULL", True, None, None),
        ("ü 🙂", False, None, ids["f0"]),
    ]


def test_a_value_too_long_for_its_column_is_refused_not_cut(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite does not enforce string lengths")
    entities = cast(Table, Entity.__table__)
    with pytest.raises(DBAPIError, match="too long"), engine.begin() as conn:
        insert_rows(conn, entities, [{"name": "x" * 600, "kind": "person", "scope": ""}])
