"""Reading documents: decoding, refusing bad files, and metadata from headers and names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotebase.reading import (
    ReadError,
    SourceDocument,
    find_files,
    header_meta,
    iter_documents,
    name_meta,
    parse_date,
    read_document,
    split_front_matter,
)
from tests.conftest import SEEDS


def test_seed_headers_give_outlet_title_date_and_author() -> None:
    docs = {p.name[:4]: read_document(p).meta for p in sorted(SEEDS.iterdir())}
    wp, ir = docs["wash"], docs["iran"]
    assert (wp.outlet, wp.published, wp.author) == ("The Washington Post", "2020-01-03", None)
    assert wp.title == "When the United States and Qasem Soleimani worked together"
    assert wp.voice == "The Washington Post"
    assert (ir.outlet, ir.published) == ("Iran Review", "2014-06-24")
    assert ir.author == "Seyed Hossein Mousavian" == ir.voice


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Daily Planet\n\nHero saves city again\n\nBy Lois Lane\nMay 5, 1999\n\nBody...",
            ("Daily Planet", "Hero saves city again", "Lois Lane", "1999-05-05"),
        ),
        (
            "The Gazette | Politics\nCouncil votes on budget today\nStaff writer\n2021-02-03\n",
            ("The Gazette", "Council votes on budget today", None, "2021-02-03"),
        ),
        (
            "Opinion by\nAda Lovelace\nOn engines and numbers\n",
            (None, "On engines and numbers", "Ada Lovelace", None),
        ),
        # a headline in sentence case first is the title, not an outlet; the first paragraph,
        # ending in a quotation, is body
        (
            "Opinion: Our parks need rangers\n\nBy Ada Lovelace\n\nWhen I walked the trail, a "
            'ranger told me, "We are three people for ten thousand acres."\n\nMore text.',
            (None, "Opinion: Our parks need rangers", "Ada Lovelace", None),
        ),
    ],
)
def test_header_meta_reads_common_news_headers(header: str, expected: tuple) -> None:
    meta = header_meta(header)
    assert (meta.outlet, meta.title, meta.author, meta.published) == expected


def test_front_matter_overrides_the_header(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text(
        "---\ntitle: Given Title\nauthor: A. Writer\ndate: 2001-02-03\n---\n"
        "Some Outlet\n\nHeader title here\n\nText.",
        encoding="utf-8",
    )
    meta = read_document(path).meta
    assert (meta.title, meta.author, meta.published, meta.outlet) == (
        "Given Title",
        "A. Writer",
        "2001-02-03",
        "Some Outlet",
    )
    assert split_front_matter("no front matter") == ("no front matter", {})


def test_file_name_gives_outlet_and_date() -> None:
    meta = name_meta("daily-planet-2010-10-10-some-slug.txt")
    assert (meta.outlet, meta.published) == ("Daily Planet", "2010-10-10")
    assert name_meta("notes.txt").outlet is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("TUESDAY, JUNE 24, 2014", "2014-06-24"),
        ("Jan. 3, 2020 at 5:04 p.m.", "2020-01-03"),
        ("2019-12-31", "2019-12-31"),
        ("2020-01-03T17:04:00Z", "2020-01-03"),
        ("no date", None),
        ("2019-13-45", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_other_encodings_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Outlet\n\nLe président a déclaré « très bien » à Genève, été.\n".encode("cp1252")
    )
    doc = read_document(path)
    assert "président" in doc.text and doc.encoding != "utf-8"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b" \n\t\n", "empty"), (b"\x00\x01\x02\x03", "binary")],
)
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=reason):
        read_document(path)


def test_missing_paths_and_symlink_loops_do_not_stop_the_walk(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    found = list(find_files([tmp_path, tmp_path / "missing.txt"]))
    assert found[0] == tmp_path / "a.txt"
    assert isinstance(found[1], ReadError) and "no such file" in str(found[1])
    assert len(found) == 2


def test_crlf_is_normalised_and_hash_is_stable(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(b"Outlet\r\n\r\nText here.\r\n")
    b.write_bytes(b"Outlet\n\nText here.\n")
    assert read_document(a).content_hash == read_document(b).content_hash


def test_iter_documents_reads_every_kind_and_never_raises(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Outlet\n\nText here.\n", encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text('{"author": "Side Car"}', encoding="utf-8")
    (tmp_path / "b.html").write_text(
        "<html><head><title>B</title></head><body><p>Page text here.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "c.jsonl").write_text('{"text": "One."}\nbroken\n', encoding="utf-8")
    (tmp_path / "d.md").write_bytes(b"\x00\x01")
    results = list(iter_documents([tmp_path, tmp_path / "missing.txt"]))
    described = [r.name if isinstance(r, SourceDocument) else f"error {r.where}" for r in results]
    assert described == [
        "a.txt",
        "b.html",
        "c.jsonl#1",
        f"error {tmp_path / 'c.jsonl'}#2",
        f"error {tmp_path / 'd.md'}",
        f"error {tmp_path / 'missing.txt'}",
    ]
    assert results[0].meta.author == "Side Car"  # type: ignore[union-attr]
    assert "binary" in str(results[4]) and "no such file" in str(results[5])


def test_sidecar_overrides_front_matter_and_header(tmp_path: Path) -> None:
    path = tmp_path / "daily-planet-2010-10-10-story.md"
    path.write_text(
        "---\ntitle: Front Title\ndate: 2001-02-03\n---\nSome Outlet\n\nText.", encoding="utf-8"
    )
    (tmp_path / "daily-planet-2010-10-10-story.meta.yaml").write_text(
        "# corrected by hand\npublished: 2001-02-04\nbyline: 'Jo March'\n", encoding="utf-8"
    )
    meta = read_document(path).meta
    assert (meta.title, meta.outlet, meta.author, meta.published) == (
        "Front Title",
        "Some Outlet",
        "Jo March",
        "2001-02-04",
    )


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [("{not json", "invalid JSON"), ("[1]", "JSON object"), ('{"author": 3}', "author")],
)
def test_malformed_sidecar_fails_its_document(tmp_path: Path, sidecar: str, reason: str) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Outlet\n\nText.", encoding="utf-8")
    (tmp_path / "x.meta.json").write_text(sidecar, encoding="utf-8")
    with pytest.raises(ReadError, match=reason) as caught:
        read_document(path)
    assert caught.value.where == str(tmp_path / "x.meta.json")


def test_sidecar_change_changes_hash_but_text_only_hash_is_unchanged(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "x.txt"
    path.write_text("Outlet\n\nText.\n", encoding="utf-8")
    plain = read_document(path)
    # without a sidecar the hash is the text's alone, as stored by earlier versions
    assert plain.content_hash == hashlib.sha256(plain.text.encode()).hexdigest()
    (tmp_path / "x.txt.meta.json").write_text(json.dumps({"title": "A"}), encoding="utf-8")
    first = read_document(path).content_hash
    (tmp_path / "x.txt.meta.json").write_text(json.dumps({"title": "B"}), encoding="utf-8")
    assert len({plain.content_hash, first, read_document(path).content_hash}) == 3


def test_find_files_takes_known_suffixes_and_stdin(tmp_path: Path) -> None:
    for name in ("a.htm", "b.jsonl", "b.jsonl.meta.json", "c.md", "d.json", "e.meta.yaml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = list(find_files([tmp_path, Path("-")]))
    assert [p.name if isinstance(p, Path) else p for p in found] == [
        "a.htm",
        "b.jsonl",
        "c.md",
        "-",
    ]
