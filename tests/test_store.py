"""Storing extractions: idempotent re-ingest, stable ids, one entity per person."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from quotebase.extract.records import DocumentMeta, EntityKind, Extraction
from quotebase.ingest import ingest
from quotebase.storage.entities import person_alias
from quotebase.storage.models import (
    Base,
    ChainHop,
    Document,
    Entity,
    IngestRun,
)
from quotebase.storage.models import Quote as QuoteRow
from quotebase.storage.queries import list_quotes, who_said
from tests.conftest import fake_extractor


def counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def quote_ids(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {q.text: q.id for q in session.scalars(select(QuoteRow))}


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


ARTICLE = (
    "The Daily Example\n\nA headline about talks\n\n"
    "Jane Doe said, “The talks went well.” Later, Jane Doe said, “We will meet again.”\n"
    "Observers called it the “quiet summit” in private.\n"
)


def test_second_ingest_of_unchanged_files_writes_nothing(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE.replace("Jane Doe", "John Roe"))
    first = ingest([tmp_path], engine, extractor=fake_extractor)
    assert (len(first.added), len(first.failures)) == (2, 0)
    before, ids = counts(engine), quote_ids(engine)
    second = ingest([tmp_path], engine, extractor=fake_extractor)
    assert second.summary().startswith("0 added, 0 updated, 2 unchanged, 0 failed")
    assert counts(engine) == before
    assert quote_ids(engine) == ids


def test_unchanged_documents_never_reach_the_extractor(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    ingest([tmp_path], engine, extractor=fake_extractor)

    def exploding(items):  # type: ignore[no-untyped-def]
        for _ in items:
            raise AssertionError("extractor called for an unchanged document")
        return iter(())

    assert len(ingest([tmp_path], engine, extractor=exploding).unchanged) == 1


def test_changed_file_replaces_its_quotes_and_keeps_ids_of_unchanged_ones(
    engine: Engine, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    ingest([tmp_path], engine, extractor=fake_extractor)
    ids = quote_ids(engine)
    with Session(engine) as session:
        entity_ids = set(session.scalars(select(Entity.id)))
    edited = ARTICLE.replace(
        "Later, Jane Doe said, “We will meet again.”",
        "A new paragraph.\nLater, Jane Doe said, “We may never meet again.”",
    )
    write(path, edited)
    report = ingest([tmp_path], engine, extractor=fake_extractor)
    assert len(report.updated) == 1
    new_ids = quote_ids(engine)
    assert new_ids["The talks went well."] == ids["The talks went well."]
    assert new_ids["quiet summit"] == ids["quiet summit"]
    assert "We will meet again." not in new_ids
    assert "We may never meet again." in new_ids
    with Session(engine) as session:
        assert entity_ids <= set(session.scalars(select(Entity.id)))
        # offsets follow the edit
        row = session.scalar(select(QuoteRow).where(QuoteRow.text == "We may never meet again."))
        doc = session.scalar(select(Document))
        assert row is not None and doc is not None
        assert doc.text[row.start : row.end] == row.text


def test_same_person_in_two_documents_is_one_entity(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE.replace("Later, Jane Doe", "Later, Doe"))
    ingest([tmp_path], engine, extractor=fake_extractor)
    with Session(engine) as session:
        people = session.scalars(select(Entity).where(Entity.kind == "person")).all()
        assert [p.name for p in people] == ["Jane Doe"]
        found = list_quotes(session, speaker="doe")
        assert len(found) == 4
        assert {q.chain_text for q in found} == {"Jane Doe ← The Daily Example"}


def test_bad_documents_are_reported_and_the_others_land(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path / "good.txt", ARTICLE)
    write(tmp_path / "empty.txt", "   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    missing = tmp_path / "nope.txt"
    report = ingest([tmp_path, missing], engine, extractor=fake_extractor)
    assert len(report.added) == 1
    reasons = sorted(f.reason for f in report.failures)
    assert len(reasons) == 3
    assert any("binary" in r for r in reasons)
    assert any("empty" in r for r in reasons)
    assert any("no such file" in r for r in reasons)
    with Session(engine) as session:
        run = session.scalar(select(IngestRun))
        assert run is not None and run.failed == 3


def test_who_said_is_literal_and_prefers_the_innermost_quote(
    engine: Engine, tmp_path: Path
) -> None:
    write(tmp_path / "a.txt", ARTICLE + "Jane Doe said, “100% of the _talks_ went well.”\n")
    ingest([tmp_path], engine, extractor=fake_extractor)
    with Session(engine) as session:
        assert [h.text for h in who_said(session, "TALKS WENT")] == ["The talks went well."]
        assert who_said(session, "100%")[0].speaker == "Jane Doe"
        assert who_said(session, "%") and not who_said(session, "talks_went")
        assert who_said(session, "no such words") == []


def test_chain_hops_are_ordered_from_speaker_to_document(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    ingest([tmp_path], engine, extractor=fake_extractor)
    with Session(engine) as session:
        hops = session.scalars(select(ChainHop).order_by(ChainHop.quote_id, ChainHop.position))
        roles = [h.role for h in hops]
    assert roles == ["speaker", "document", "speaker", "document"]


WEIRD_PHRASES = [
    '"',
    "'",
    "it's",
    'say "yes"',
    "AND",
    "OR NOT",
    "text:",
    "-x-",
    "*",
    "🙂 emoji",
    "NEAR(a b)",
    "100%",
    "_",
    "\\",
    "a\x00b",
]


def test_who_said_takes_any_string_literally(engine: Engine, tmp_path: Path) -> None:
    body = "Jane Doe said, “Quotes \" and it's AND OR NOT text: -x- * 🙂 emoji NEAR(a b).”\n"
    write(tmp_path / "a.txt", "Outlet\n\n" + body)
    ingest([tmp_path], engine, extractor=fake_extractor)
    with Session(engine) as session:
        for phrase in WEIRD_PHRASES:
            hits = who_said(session, phrase)
            expected = phrase.lower() in body.lower() and "“" not in phrase
            assert bool(hits) == expected, phrase
            assert [h.id for h in who_said(session, phrase, scan=True)] == [h.id for h in hits]


def test_full_text_index_follows_inserts_updates_and_deletes(
    engine: Engine, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    ingest([tmp_path], engine, extractor=fake_extractor)
    write(path, ARTICLE.replace("went well", "went badly"))
    ingest([tmp_path], engine, extractor=fake_extractor)
    with Session(engine) as session:
        assert who_said(session, "went well") == []
        assert [h.text for h in who_said(session, "went badly")] == ["The talks went badly."]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(phrase=st.text(max_size=40))
def test_who_said_agrees_with_a_literal_substring_search(engine: Engine, phrase: str) -> None:
    body = "Jane Doe said, “Quotes \" and it's AND OR NOT text: -x- * 🙂 emoji NEAR(a b).”"
    with Session(engine) as session:
        if session.scalar(select(func.count()).select_from(Document)) == 0:
            doc = Document(
                source="x",
                name="x.txt",
                content_hash="h",
                text=body,
                extractor_version="t",
                ingested_at=datetime(2020, 1, 1),
            )
            session.add(doc)
            session.flush()
            text = body[16:-1]
            session.add(
                QuoteRow(
                    document_id=doc.id,
                    seq=0,
                    fingerprint="f",
                    start=16,
                    end=len(body) - 1,
                    text=text,
                    kind="direct",
                )
            )
            session.commit()
        text = session.scalar(select(QuoteRow.text)) or ""
        hits = who_said(session, phrase)
    expected = bool(phrase.strip()) and "\x00" not in phrase and phrase.lower() in text.lower()
    assert bool(hits) == expected


@pytest.mark.parametrize(
    ("form", "name", "alias"),
    [
        ("Haji Qassem’s", "Qassem Suleimani", "Haji Qassem"),
        ("Ray Says She Never", "Ann Ray", "Ray"),  # a headline: the name as far as it goes
        ("Roe, Poe and Ann Ray", "Ann Ray", None),  # names someone else first
        ("HEADLINE WORDS - Ann Ray", "Ann Ray", "Ann Ray"),
        ("The Ledger's Ann Ray", "Ann Ray", "Ann Ray"),  # an outlet's, not a name's
        ("Lee campaign manager Ann Ray", "Ann Ray", "Ann Ray"),  # not found as "Lee"
        ("HEADLINE WORDS, MORE - Ann Ray", "Ann Ray", None),  # the comma ends the search
        ("she", "Ann Ray", None),
        ("the negotiator", "Ann Ray", None),
    ],
)
def test_a_person_alias_is_a_name_of_that_person_as_far_as_it_goes(
    form: str, name: str, alias: str | None
) -> None:
    assert person_alias(form, name) == alias


@pytest.mark.parametrize("speaker", ["you", "someone", "President", "he"])
def test_a_person_speaker_without_a_name_stays_in_its_document(
    engine: Engine, tmp_path: Path, speaker: str
) -> None:
    def nameless(items: Iterable[tuple[str, DocumentMeta]]) -> Iterator[Extraction]:
        for extraction in fake_extractor(items):
            quotes = []
            for q in extraction.quotes:
                if q.speaker is not None:
                    who = replace(q.speaker, name=speaker, mention=None)
                    q = replace(q, speaker=who, chain=(who, *q.chain[1:]))
                quotes.append(q)
            yield replace(extraction, quotes=tuple(quotes))

    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE.replace("Later", "Then"))
    ingest([tmp_path], engine, extractor=nameless)
    with Session(engine) as session:
        rows = session.execute(select(Entity.kind, Entity.scope).where(Entity.name == speaker))
        assert sorted(rows.tuples()) == [("unnamed", "doc:1"), ("unnamed", "doc:2")]


def _speaking_as(name: str, kind: EntityKind):  # type: ignore[no-untyped-def]
    """The fake extractor with every speaker renamed ``name`` of ``kind``."""

    def extractor(items: Iterable[tuple[str, DocumentMeta]]) -> Iterator[Extraction]:
        for extraction in fake_extractor(items):
            quotes = []
            for q in extraction.quotes:
                if q.speaker is not None:
                    who = replace(q.speaker, name=name, kind=kind, mention=None)
                    q = replace(q, speaker=who, chain=(who, *q.chain[1:]))
                quotes.append(q)
            yield replace(extraction, quotes=tuple(quotes))

    return extractor


def test_a_given_name_alone_stays_in_its_document(engine: Engine, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE.replace("Later", "Then"))
    ingest([tmp_path], engine, extractor=_speaking_as("Jane", EntityKind.PERSON))
    with Session(engine) as session:
        rows = session.execute(select(Entity.kind, Entity.scope).where(Entity.name == "Jane"))
        assert sorted(rows.tuples()) == [("unnamed", "doc:1"), ("unnamed", "doc:2")]


def test_a_given_name_written_with_a_title_is_one_person(engine: Engine, tmp_path: Path) -> None:
    # "Queen Jane": a name its bearer is known by across documents
    write(tmp_path / "a.txt", ARTICLE.replace("Observers", "Queen Jane and others"))
    write(tmp_path / "b.txt", ARTICLE.replace("Later", "Then"))
    ingest([tmp_path], engine, extractor=_speaking_as("Jane", EntityKind.PERSON))
    with Session(engine) as session:
        rows = session.execute(select(Entity.kind, Entity.scope).where(Entity.name == "Jane"))
        assert sorted(rows.tuples()) == [("person", "")]


def test_an_outlet_credited_in_the_text_is_the_publication(engine: Engine, tmp_path: Path) -> None:
    # the document's outlet is a publication; the same outlet credited in a text is read as
    # an organisation: one entity
    write(tmp_path / "a.txt", ARTICLE)
    ingest([tmp_path], engine, extractor=_speaking_as("Daily Example", EntityKind.ORGANIZATION))
    with Session(engine) as session:
        rows = session.execute(select(Entity.name, Entity.kind).where(Entity.kind != "person"))
        assert sorted(rows.tuples()) == [("Daily Example", "publication")]
