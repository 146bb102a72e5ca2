"""Bylines reduced to the writers' names (invented bylines in the shapes feeds give)."""

from __future__ import annotations

import pytest

from quotebase.extract.records import DocumentMeta, EntityKind
from quotebase.sources.bylines import clean_byline

CASES = [
    ("Jane Roe", None, "Jane Roe"),
    ("By Jane Roe", None, "Jane Roe"),
    ("BY JANE ROE", None, "Jane Roe"),
    ("byJane Roe", None, "Jane Roe"),  # a byline glued to its name
    ("Byron Roe", None, "Byron Roe"),  # no byline: a name that starts with "By"
    ("JANE O'ROE and JOHN DOE", None, "Jane O'Roe and John Doe"),
    ("Jane Roe,John Doe,Ann Lee", None, "Jane Roe, John Doe and Ann Lee"),
    ("Jane Roe,, and John Doe", None, "Jane Roe and John Doe"),
    ("RICHARD A. ROE JR.", None, "Richard A. Roe Jr."),
    ("By JANE ROE. Follow Jane Roe on Twitter @janeroe.", None, "Jane Roe"),
    ("By JANE ROE. Email: jroe@example.com", None, "Jane Roe"),
    ("By JANE ROE. JANE ROE is the paper's energy editor.", None, "Jane Roe"),
    ("Jane Roe, @janeroe, THE DAILY STAR", "The Daily Star", "Jane Roe"),
    ("Jane Roe, Special for The Daily Star", "The Daily Star", "Jane Roe"),
    ("Jane Roe, The (Springfield, Ill.) Ledger", None, "Jane Roe"),
    ("By JANE ROE,John Doe contributed reporting from Lagos.", None, "Jane Roe"),
    ("Dr. Jane Roe", None, "Dr. Jane Roe"),
    ("Voltaire", None, "Voltaire"),  # a pen name
    ("By THE ASSOCIATED PRESS", None, None),
    ("UPI", None, None),
    ("The Daily Star", "The Daily Star", None),
    ("Staff and wire reports", None, None),
    ("ELECTIONS 2026", None, None),
    ("", None, None),
    ("None", None, None),  # a feed's missing value, printed
    ("null", "The Daily Star", None),
    ("Springfield Ledger News", None, None),  # the byline credits a publication
    ("Weekly Review", None, None),
    ("Acme Post", "The Daily Star", None),
    ("Global Trade Insights", None, None),
    ("Emily Post", None, "Emily Post"),  # a writer whose surname is a publication word
    ("Xinhua", None, None),  # a news agency in one word
    ("Reuters", None, None),
    ("FiveFortyNine", None, None),  # a site's name written as a brand
    (None, None, None),
]


@pytest.mark.parametrize(("raw", "outlet", "expected"), CASES)
def test_clean_byline(raw, outlet, expected):
    assert clean_byline(raw, outlet) == expected


@pytest.mark.parametrize(
    ("author", "kind"),
    [
        ("Jane Roe", EntityKind.PERSON),
        ("Jane Roe and John Doe", EntityKind.UNNAMED),
        ("Jane Roe, John Doe and Ann Lee", EntityKind.UNNAMED),
        (None, EntityKind.PUBLICATION),
    ],
)
def test_a_byline_of_several_is_a_voice_of_its_document_alone(author, kind):
    assert DocumentMeta(outlet="The Daily Star", author=author).voice_kind is kind
