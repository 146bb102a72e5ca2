"""Per-format readers: HTML pages, Markdown, JSONL archives and standard input."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from quotebase.extract.blocks import find_blocks
from quotebase.reading import ReadError, SourceDocument, iter_documents, read_document
from quotebase.sources.html import render_body
from quotebase.sources.jsonl import iter_jsonl_lines
from quotebase.sources.stdin import iter_stdin

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour deal signed after long talks | The Coastal Herald</title>
<meta property="og:title" content="Harbour deal signed after long talks">
<meta property="og:site_name" content="The Coastal Herald">
<meta name="author" content="Mira Jansen">
<meta property="article:published_time" content="2023-04-05T09:30:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<article>
<h1>Harbour deal signed after long talks</h1>
<p>The harbour authority and the fishermen's union signed an agreement on Tuesday after
eleven weeks of negotiation, ending a dispute that had kept half the fleet in port.</p>
<p>“We gave ground on the night tariffs, and they gave ground on the quotas,” said Tom
Okafor, the union's secretary, outside the town hall.</p>
<p>In a letter to members sent the same evening, the union's chair, Hanna Berg, wrote:</p>
<blockquote><p>No side won every point. But the boats will go out on Monday, and for
the first time in three years we know what the harbour will charge us next winter.</p>
<p>I thank every crew that held out, and I thank <em>their families</em> more.</p></blockquote>
<p>The authority declined to comment on the letter. Its director said only that the
agreement “speaks for itself” and would be reviewed in a year.</p>
</article>
<footer>Subscribe to our newsletter. © 2023 The Coastal Herald</footer>
</body></html>
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# HTML


def test_html_page_gives_main_text_and_head_metadata(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "harbour.html", PAGE))
    meta = doc.meta
    assert (meta.title, meta.outlet, meta.author, meta.published) == (
        "Harbour deal signed after long talks",
        "The Coastal Herald",
        "Mira Jansen",
        "2023-04-05",
    )
    assert doc.name == "harbour.html" and doc.source == str((tmp_path / "harbour.html").resolve())
    assert "“We gave ground on the night tariffs" in doc.text
    assert "Hanna Berg, wrote:\n\n> No side" in doc.text
    # navigation and footer are not the article; inline markup keeps its spaces
    assert "Subscribe" not in doc.text and "Sport" not in doc.text
    assert "I thank their families more." in doc.text


def test_html_blockquote_paragraphs_become_one_markdown_block(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "harbour.htm", PAGE))
    assert "next winter.\n>\n> I thank every crew" in doc.text
    blocks = [b for b in find_blocks(doc.text) if b.markdown]
    assert len(blocks) == 1
    block = doc.text[blocks[0].start : blocks[0].end]
    assert block.startswith("No side won every point") and block.endswith("their families more.")
    # the introducing sentence, which names the writer, is the paragraph just before
    before = doc.text[: blocks[0].start].rstrip("> \n")
    assert before.endswith("the union's chair, Hanna Berg, wrote:")


def test_html_rendering_of_nested_separate_and_inline_quotes_lists_and_headings() -> None:
    body = ET.fromstring(
        "<body><head rend='h2'>Letters</head><p>She wrote:</p>"
        "<quote><p>First.</p><quote>Inner <hi>one</hi>,<lb/>two lines.</quote></quote>"
        "<p>Then, <quote>separately</quote>:</p><quote>Second.</quote>"
        "<list rend='ol'><item>one</item><item>two</item></list>"
        "<table><row><cell>a</cell><cell>b</cell></row></table></body>"
    )
    assert render_body(body) == (
        "## Letters\n\nShe wrote:\n\n> First.\n>\n> > Inner one,\n> > two lines.\n\n"
        "Then, “separately”:\n\n> Second.\n\n1. one\n\n2. two\n\na | b\n"
    )


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Hanna Berg", "Hanna Bérg"
    )
    path.write_bytes(page.encode("cp1252"))
    doc = read_document(path)
    assert "Hanna Bérg, wrote:" in doc.text and doc.encoding == "windows-1252"


@pytest.mark.parametrize(
    ("page", "reason"),
    [("<html><body></body></html>", "no article text"), ("  \n", "empty")],
)
def test_html_page_without_article_is_a_read_error(tmp_path: Path, page: str, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        read_document(write(tmp_path / "empty.html", page))


def test_sidecar_overrides_html_metadata_and_changes_the_hash(tmp_path: Path) -> None:
    path = write(tmp_path / "harbour.html", PAGE)
    before = read_document(path)
    write(tmp_path / "harbour.meta.json", json.dumps({"author": "M. Jansen", "date": "2023-04-06"}))
    after = read_document(path)
    assert (after.meta.author, after.meta.published) == ("M. Jansen", "2023-04-06")
    assert after.meta.outlet == "The Coastal Herald"
    assert after.text == before.text and after.content_hash != before.content_hash


# ---------------------------------------------------------------------------------------------
# Markdown

ARTICLE_MD = """---
title: Lighthouse keepers remember
outlet: Northern Review
---
# Lighthouse keepers remember

The last keeper of the Skerry light, Jonas Lind, kept a log for thirty years. In his final
entry he wrote:

> The lamp is electric now and needs nobody. I am leaving the key under the stone by the
> door, where my father left it for me.
>
> Whoever finds it: wind the clock.

His daughter said she still visits “every spring, when the terns come back.”
"""


def test_markdown_block_quote_is_kept_as_written(tmp_path: Path) -> None:
    path = write(tmp_path / "keepers.md", ARTICLE_MD)
    doc = read_document(path)
    assert doc.text == ARTICLE_MD
    assert (doc.meta.title, doc.meta.outlet) == ("Lighthouse keepers remember", "Northern Review")
    blocks = [b for b in find_blocks(doc.text) if b.markdown]
    assert len(blocks) == 1
    block = doc.text[blocks[0].start : blocks[0].end]
    assert block.startswith("The lamp is electric") and block.endswith("wind the clock.")


# ---------------------------------------------------------------------------------------------
# JSONL archives

ARCHIVE_LINES = [
    {
        "text": "“The bridge opens in May,” said Ana Ruiz, the city engineer.",
        "title": "Bridge to open",
        "url": "https://example.org/bridge",
        "author": "Lee Park",
        "outlet": "Metro Daily",
        "published": "2022-03-01T08:00:00Z",
    },
    None,  # a bad line: invalid JSON
    {"text": "The council met on Monday.\r\nNothing was decided.", "date": "March 2, 2022"},
]


def write_archive(path: Path, lines: list[dict[str, object] | None]) -> Path:
    rows = [json.dumps(line, ensure_ascii=False) if line else '{"text": "cut off' for line in lines]
    return write(path, "\n".join(rows) + "\n")


def test_jsonl_archive_gives_one_document_per_line_and_reports_the_bad_line(
    tmp_path: Path,
) -> None:
    path = write_archive(tmp_path / "feed.jsonl", ARCHIVE_LINES)
    first, bad, third = list(iter_documents([path]))
    assert isinstance(first, SourceDocument) and isinstance(third, SourceDocument)
    assert (first.source, first.name) == ("https://example.org/bridge", "feed.jsonl#1")
    assert (first.meta.title, first.meta.author, first.meta.outlet, first.meta.published) == (
        "Bridge to open",
        "Lee Park",
        "Metro Daily",
        "2022-03-01",
    )
    assert first.text.startswith("“The bridge opens in May,”")
    assert isinstance(bad, ReadError)
    assert bad.where == f"{path}#2" and "invalid JSON" in str(bad) and str(path) in str(bad)
    assert (third.source, third.name) == (f"{path.resolve()}#3", "feed.jsonl#3")
    assert third.text == "The council met on Monday.\nNothing was decided."
    assert third.meta.published == "2022-03-02" and third.meta.outlet is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "must be a JSON object"),
        ('{"title": "no body"}', "no text"),
        ('{"text": "   "}', "no text"),
        ('{"text": 42}', "no text"),
        ('{"text": "x", "url": 7}', "url"),
        ('{"text": "x", "url": "https://example.org/bridge"}', "same url as line 1"),
    ],
)
def test_jsonl_bad_lines_fail_alone(tmp_path: Path, line: str, reason: str) -> None:
    good = json.dumps({"text": "Fine.", "url": "https://example.org/bridge"})
    path = write(tmp_path / "a.jsonl", f"{good}\n\n{line}\n{json.dumps({'text': 'Also fine.'})}\n")
    results = list(iter_documents([path]))
    assert [type(r).__name__ for r in results] == ["SourceDocument", "ReadError", "SourceDocument"]
    assert results[1].where == f"{path}#3"  # type: ignore[union-attr]
    assert reason in str(results[1])
    assert results[2].name == "a.jsonl#4"  # type: ignore[union-attr]


def test_jsonl_archive_is_read_lazily_line_by_line() -> None:
    consumed: list[int] = []

    def lines() -> Iterator[bytes]:
        for i in range(1_000):
            consumed.append(i)
            yield json.dumps({"text": f"Article {i}."}).encode()

    docs = iter_jsonl_lines(lines(), where="big.jsonl", key_prefix="/big.jsonl", name="big.jsonl")
    first = next(docs)
    assert isinstance(first, SourceDocument) and first.source == "/big.jsonl#1"
    assert len(consumed) == 1


def test_jsonl_sidecar_gives_defaults_that_lines_override(tmp_path: Path) -> None:
    path = write_archive(tmp_path / "feed.jsonl", [ARCHIVE_LINES[0], ARCHIVE_LINES[2]])
    write(tmp_path / "feed.jsonl.meta.json", json.dumps({"outlet": "Wire Service"}))
    first, second = list(iter_documents([path]))
    assert isinstance(first, SourceDocument) and isinstance(second, SourceDocument)
    assert (first.meta.outlet, second.meta.outlet) == ("Metro Daily", "Wire Service")


def test_jsonl_author_lists_are_joined(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps({"text": "x.", "author": ["Al One", "Bo Two"]}))
    (doc,) = list(iter_documents([path]))
    assert isinstance(doc, SourceDocument) and doc.meta.author == "Al One and Bo Two"


def test_read_document_refuses_an_archive(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="iter_documents"):
        read_document(write_archive(tmp_path / "feed.jsonl", ARCHIVE_LINES))


# ---------------------------------------------------------------------------------------------
# standard input


def test_stdin_json_lines_are_an_archive() -> None:
    data = b"\n" + json.dumps({"text": "One.", "url": "https://e.org/1"}).encode() + b"\nnope\n"
    first, bad = list(iter_documents([Path("-")], stdin=io.BytesIO(data)))
    assert isinstance(first, SourceDocument) and first.source == "https://e.org/1"
    assert first.name == "<stdin>#2"
    assert isinstance(bad, ReadError) and str(bad).startswith("<stdin>#3: invalid JSON")


def test_stdin_plain_text_is_one_document() -> None:
    text = "Daily Planet\n\nHero saves city again\n\nBy Lois Lane\n\n“Up,” she said.\n"
    (doc,) = list(iter_stdin(io.BytesIO(text.encode())))
    assert isinstance(doc, SourceDocument)
    assert doc.name == "<stdin>" and doc.source.startswith("<stdin>:") and doc.text == text
    assert (doc.meta.outlet, doc.meta.author) == ("Daily Planet", "Lois Lane")


def test_empty_stdin_is_a_read_error() -> None:
    (error,) = list(iter_stdin(io.BytesIO(b"\n\n")))
    assert isinstance(error, ReadError) and str(error) == "<stdin>: empty document"
