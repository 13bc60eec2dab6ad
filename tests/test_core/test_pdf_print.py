"""A web page printed to PDF from a browser: its header and footer are running heads, its headline one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import article_from_text, compare, load_article

HEADLINE = "Ferry services resume on the islands after three days of storms"
PARAGRAPHS = [
    "Ferry services between the islands resumed on Wednesday after three days of cancellations, as the gales "
    "that had closed the harbours since the weekend finally eased.",
    "The operator said about 2,000 passengers had been affected, and 14 sailings were added to clear the backlog "
    "of travellers and freight waiting on both sides of the sound.",
    "Harbour staff worked through the night of 3 December to repair a damaged ramp at the main pier, which had "
    "been struck by a drifting fishing boat during the worst of the storm.",
    "Islanders said shops had begun to run short of fresh food and fuel by the weekend, and that two schools "
    "had closed because teachers who live on the mainland could not reach them.",
    "The forecast for the coming week is calmer, with winds easing to 20mph by Friday, although forecasters "
    "warned that another band of rain could arrive early next month.",
    "A review of the timetable will be published in the spring, the operator added, after complaints that "
    "the islands had been left without a reliable service for too long.",
]
PRINTED_AT = "02/12/2026, 09:14"
PAGE_TITLE = "Ferry services resume | Example News"
ADDRESS = "https://news.example.com/2026/12/02/ferry-services-resume-after-storms"


def print_page(path: Path, headline: str, pages: int) -> None:
    """The article as a browser's "Save as PDF" prints it, header and footer on every page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    per_page = -(-len(PARAGRAPHS) // pages)
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(8, 5)
        pdf.cell(40, 5, PRINTED_AT)
        pdf.set_xy(70, 5)
        pdf.cell(80, 5, PAGE_TITLE, align="C")
        pdf.set_xy(20, 20)
        if page == 0:
            pdf.set_font("Helvetica", "B", 22)
            pdf.multi_cell(120, 10, headline)
            pdf.set_font("Helvetica", size=11)
            pdf.set_x(20)
            pdf.multi_cell(170, 6, "By Ann Lee")
        pdf.set_font("Helvetica", size=11)
        for paragraph in PARAGRAPHS[page * per_page : (page + 1) * per_page]:
            pdf.set_x(20)
            pdf.multi_cell(170, 6, paragraph)
            pdf.ln(3)
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(8, 287)
        pdf.cell(150, 5, ADDRESS)
        pdf.set_xy(180, 287)
        pdf.cell(20, 5, f"{page + 1}/{pages}", align="R")
    pdf.output(str(path))


@pytest.mark.parametrize("pages", [1, 2, 3])
def test_browser_header_and_footer_are_set_aside(tmp_path: Path, pages: int) -> None:
    path = tmp_path / "printed.pdf"
    print_page(path, HEADLINE, pages)
    document = load_article(path)
    assert [p.text for p in document.paragraphs] == PARAGRAPHS
    assert document.title == HEADLINE and document.byline == "By Ann Lee"
    aside = " ".join(document.boilerplate)
    for printed in (PRINTED_AT, PAGE_TITLE, ADDRESS, f"{pages}/{pages}"):
        assert printed in aside


def test_a_printed_page_brings_no_false_figures(tmp_path: Path) -> None:
    path = tmp_path / "printed.pdf"
    print_page(path, HEADLINE, 2)
    original = article_from_text("\n\n".join([HEADLINE, "By Ann Lee", *PARAGRAPHS]))
    comparison = compare(original, load_article(path))
    assert comparison.numbers and {f.status.value for f in comparison.numbers} == {"same"}


@pytest.mark.parametrize(
    "headline",
    ["Ferry Services Resume On The Islands After Three Days Of Storms", "Storm-hit island ferries back in service"],
)
def test_a_headline_over_two_lines_stays_one_headline(tmp_path: Path, headline: str) -> None:
    path = tmp_path / "printed.pdf"
    print_page(path, headline, 1)
    document = load_article(path)
    assert document.title == headline and not document.standfirst
