"""The block-quote finder: colon-introduced paragraphs and Markdown ``>`` blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotebase.extract.blocks import find_blocks, sentence_start
from quotebase.extract.records import BlockSpan

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BLOCK_BODY = (
    "The committee met twice that winter, and each time the talks ran past midnight. "
    "Nobody outside the room knew what had been agreed, and the minutes were never published. "
    "By spring the arrangement had quietly fallen apart."
)


def block_texts(text: str) -> list[tuple[str | None, str]]:
    """(introducing sentence, block text) of every block found."""
    return [
        (
            text[b.intro_start : b.intro_end] if b.intro_start is not None else None,
            text[b.start : b.end],
        )
        for b in find_blocks(text)
    ]


def test_colon_paragraph_with_as_x_wrote_introduces_the_next_paragraph() -> None:
    intro = "As the historian Jane Roe wrote in 2013, the talks mattered. Smith was the key man:"
    text = f"Opening paragraph.\n\n{intro}\n\n{BLOCK_BODY}\n\nThe writer resumes here."
    assert block_texts(text) == [("Smith was the key man:", BLOCK_BODY)]


def test_colon_sentence_with_a_writing_cue_introduces_a_block() -> None:
    text = f"Roe recounted how the talks ended:\n{BLOCK_BODY}"
    [block] = find_blocks(text)
    assert (block.intro_start, block.intro_end) == (0, text.index("\n"))
    assert text[block.start : block.end] == BLOCK_BODY
    assert not block.markdown


def test_intro_starts_at_the_sentence_not_at_an_abbreviation() -> None:
    text = "It began after Sept. 11 in the U.S. capital. Then Gen. Roe said this:"
    assert text[sentence_start(text, 0, len(text)) :] == "Then Gen. Roe said this:"


def test_block_paragraph_wholly_in_quote_marks_is_an_ordinary_quote() -> None:
    text = f"Roe said in a statement:\n\n“{BLOCK_BODY}”"
    assert find_blocks(text) == []


NOT_BLOCKS = [
    # a one-line heading after the colon
    "Roe wrote the following in her memo:\n\nWhat Happened Next\n\nMore text.",
    # a short paragraph
    "Roe wrote in her memo:\n\nThe talks failed.",
    # list items
    f"Roe wrote that three things matter:\n\n- {BLOCK_BODY}",
    f"Roe wrote that three things matter:\n\n1. {BLOCK_BODY}",
    f"Roe said areas of concern include:\n\nVoting: {BLOCK_BODY}",
    # markup embeds
    f"Roe tweeted:\n\n<tweet author='x'>{BLOCK_BODY}</tweet>.",
    # no writing or speech cue in the colon's sentence
    f"Here is how the plan works in practice:\n\n{BLOCK_BODY}",
    # a label, not a sentence
    f"Read more:\n\n{BLOCK_BODY}",
    # the colon stands inside somebody's quotation
    f"“He said it plainly: we were wrong, and here is what the record says:\n\n{BLOCK_BODY}",
]


@pytest.mark.parametrize("text", NOT_BLOCKS)
def test_heading_list_short_or_uncued_paragraph_after_colon_is_not_a_block(text: str) -> None:
    assert [b for b in find_blocks(text) if not b.markdown] == []


def test_only_the_paragraph_right_after_the_colon_is_the_block() -> None:
    text = f"Roe wrote in her diary:\n\n{BLOCK_BODY}\n\n{BLOCK_BODY}"
    [block] = find_blocks(text)
    assert block.end == text.index("\n\n", block.start)


def test_markdown_lines_form_one_block_after_their_prefixes() -> None:
    text = "Intro line.\n> First line of the quote,\n>\n>   second line.  \nAfter."
    [block] = find_blocks(text)
    assert block == BlockSpan(
        start=text.index("First"), end=text.index("line.  ") + 5, markdown=True
    )
    assert block.intro_start is None and block.intro_end is None


@pytest.mark.parametrize(
    ("intro", "introduced"),
    [
        ("Nothing changed. As the state auditor wrote in her March report:", True),
        ("The mayor told the council on Monday:", True),
        ("Read more:", False),  # a label, not a sentence
        ("Here is the list of the schools that closed:", False),  # no cue of writing
        ("The audit found three problems.", False),  # no colon
    ],
)
def test_markdown_block_takes_the_colon_sentence_before_it_as_intro(intro, introduced) -> None:
    text = f"{intro}\n\n> Twelve districts reported failures.\n> Two closed for a week.\n\nAfter."
    [block] = find_blocks(text)
    assert block.markdown
    if introduced:
        assert text[block.intro_start : block.intro_end] == intro.split(". ")[-1]
    else:
        assert block.intro_start is None and block.intro_end is None


def test_markdown_blocks_separated_by_a_blank_line_are_two_blocks() -> None:
    text = "> one\n\n> two\n>"
    assert block_texts(text) == [(None, "one"), (None, "two")]


def test_markdown_prefix_lines_without_content_are_no_block() -> None:
    assert find_blocks(">\n> \n>>") == []


def test_seed_article_block_quotes_are_found() -> None:
    text = SEEDS / "washington-post-2020-01-03-when-the-us-and-soleimani-worked-together.txt"
    found = block_texts(text.read_text(encoding="utf-8"))
    assert [intro.split()[0] for intro, _ in found if intro] == ["And", "Crocker", "As", "Filkins"]
    assert all(not body.startswith("“") for _, body in found)


def test_seed_article_without_block_quotes_has_none() -> None:
    text = (SEEDS / "iran-review-2014-06-24-how-iran-won-the-afghanistan-deal.txt").read_text(
        encoding="utf-8"
    )
    assert find_blocks(text) == []


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(max_size=300),
        st.lists(
            st.sampled_from(["said:", "wrote", ">", " ", "\n", "\n\n", "“", "”", "A", ".", "x"]),
            max_size=120,
        ).map("".join),
    )
)
def test_any_text_gives_valid_block_offsets(text: str) -> None:
    blocks = find_blocks(text)
    for block in blocks:
        assert 0 <= block.start < block.end <= len(text)
        assert text[block.start : block.end].strip()
        if block.intro_start is not None:
            assert block.intro_end is not None
            assert 0 <= block.intro_start < block.intro_end <= block.start
    assert [b.start for b in blocks] == sorted(b.start for b in blocks)
