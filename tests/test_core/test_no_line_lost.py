"""Every line of an article ends in the body, the metadata or the boilerplate list, even when a format declared
its own title, byline or date."""

from __future__ import annotations

import pytest

from core import article_from_text
from core.load.metadata import Metadata

BODY = [
    "Heavy rain flooded dozens of homes in the valley overnight, officials said on Monday morning.",
    "Rescue teams used boats to reach families trapped on upper floors as the river kept rising.",
]


@pytest.mark.parametrize(
    "known",
    [
        Metadata(title="Floods hit the valley"),
        Metadata(title="Floods hit the valley", byline="Ann Lee"),
        Metadata(title="Floods hit the valley", byline="Ann Lee", date="2025-03-03"),
    ],
)
def test_no_header_line_is_lost_when_metadata_was_declared(known: Metadata) -> None:
    header = [
        "Floods hit the valley",
        "Hundreds leave their homes",
        "Rivers at record levels",
        "By Ann Lee and Bob Roe",
        "Mon 3 Mar 2025",
    ]
    document = article_from_text("\n\n".join(header + BODY), "page.html", known)
    kept = [p.text for p in document.paragraphs] + list(document.boilerplate)
    meta = [document.title, document.standfirst, document.byline, document.date, document.dateline]
    for line in header + BODY:
        assert line in kept or line in meta, line


def test_a_long_opening_paragraph_without_a_full_stop_is_body_not_standfirst() -> None:
    items = " + ".join(f"Added item number {k} to the game with new blocks" for k in range(12))
    document = article_from_text("\n\n".join(["Big game update released today", items, *BODY]), "page.html")
    assert document.title == "Big game update released today" and not document.standfirst
    assert document.paragraphs[0].text == items
