"""A standfirst written as a full sentence, with a byline and a date under it, is still the header: the byline
and the date are found, not left in the body as paragraphs "not in the rewrite" and a dropped figure."""

from __future__ import annotations

import pytest

from core import article_from_text

HEADLINE = "Bridge to close for repairs"
STANDFIRST = "The town's only road bridge will shut on Monday for urgent repairs, the council said."
BODY = (
    "The council said the bridge over the river would close for six weeks. Engineers found cracks in two of its "
    "supports last month.\n\nDrivers face a detour of 14 miles while the work goes on."
)


@pytest.mark.parametrize("end", [".", ""])
@pytest.mark.parametrize("order", [("By Tom Vale", "12 March 2026"), ("12 March 2026", "By Tom Vale")])
def test_byline_and_date_under_a_sentence_standfirst_are_found(end: str, order: tuple[str, str]) -> None:
    text = "\n\n".join([HEADLINE, STANDFIRST[:-1] + end, *order, BODY])
    document = article_from_text(text)
    assert (document.title, document.byline, document.date) == (HEADLINE, "By Tom Vale", "12 March 2026")
    assert document.standfirst.rstrip(".") == STANDFIRST.rstrip(".")
    assert [p.text[:20] for p in document.paragraphs] == ["The council said the", "Drivers face a detou"]


def test_a_first_body_sentence_without_a_byline_after_it_stays_body() -> None:
    text = "\n\n".join([HEADLINE, STANDFIRST, BODY])
    document = article_from_text(text)
    assert document.paragraphs[0].text == STANDFIRST  # it reads as body: nothing says it is a header line
    assert document.byline == "" and document.date == ""
