"""An article's date: a version's history line is the date line, and every date shown to a reader (the column
heads, the HTML report's header, the find table) reads as a date whatever form the file wrote it in."""

from __future__ import annotations

import datetime
from pathlib import Path

from core import compare
from core.corpus import Found, shown_date
from core.corpus.dates import date_order
from core.export import write_html
from core.load import article_from_text, load_article
from core.model import Document, Source
from core.report import build_report, heading, source_headings
from core.text import parse_date, readable_date

BODY = (
    "A ferry ran aground off Carrow Point early on Thursday with 212 passengers on board, the coastguard said.\n\n"
    "Nobody was hurt, and the passengers were taken ashore by lifeboat crews from two stations."
)
HISTORY = "Published 3 September 2026, 08:10 BST; updated 3 September 2026, 16:45 BST"


def test_a_published_and_updated_line_is_the_date_not_the_standfirst() -> None:
    lines = (
        HISTORY,
        HISTORY.replace(";", ","),
        "First published on Thu 3 Sep 2026 08.10 BST Last modified on Fri 4 Sep 2026 09.00 BST",
        "Published 3 September 2026 | Updated 4 September 2026 at 09:00",
    )
    for line in lines:
        document = article_from_text(f"Ferry runs aground off Carrow Point\n\nBy Ana Ruiz\n\n{line}\n\n{BODY}")
        assert document.date == line, line
        assert document.standfirst == "" and document.byline == "By Ana Ruiz"
        assert document.paragraphs[0].text.startswith("A ferry ran aground")


def test_a_headline_or_standfirst_ending_in_an_update_stays_what_it_is() -> None:
    standfirst = "Coastguard says all 212 passengers are safe; updated 3 September 2026"
    document = article_from_text(f"Ferry runs aground off Carrow Point\n\n{standfirst}\n\n{BODY}")
    assert document.standfirst == standfirst and document.date == ""


def test_the_ordering_date_of_a_history_is_the_latest_the_shown_one_the_first() -> None:
    later = "Published 3 September 2026; updated 5 September 2026"
    assert parse_date(later) == datetime.date(2026, 9, 5)
    assert date_order(later, "4 September 2026") == 1  # this version is later than a copy of the 4th
    assert readable_date(later) == "3 September 2026, updated 5 September 2026"
    assert readable_date(HISTORY) == "3 September 2026"  # updated the same day: the day is shown once


def test_dates_in_any_form_read_the_same() -> None:
    forms = (
        "20260903T071500Z",
        "2026-09-03T07:15:00Z",
        "2026-09-03",
        "Thu 3 Sep 2026 08.15 BST",
        "September 3, 2026",
        "For immediate release - 3 September 2026",
        "Embargoed until 00.01 BST 3 September 2026",
        "3rd Sept. 2026",
    )
    assert {readable_date(form) for form in forms} == {"3 September 2026"}
    for unread in ("", "Spring 2026", "Sept 3", "Thursday morning", "20260903"):
        assert readable_date(unread) == unread.strip()
    assert parse_date("Order 20260903 was placed") is None  # eight digits alone are no date


def test_the_column_heads_and_sources_show_a_readable_date() -> None:
    document = Document("wire.xml", "Ferry aground", (), byline="By Ana Ruiz", date="20260903T071500Z")
    assert heading(document).details == "wire.xml · By Ana Ruiz · 3 September 2026"
    release = Source("a.txt", "Take 1", date="For immediate release - 3 September 2026")
    several = Document("a.txt, b.txt", "", (), sources=(release, Source("b.txt", date="2026-09-04")))
    assert [h.details for h in source_headings(several)] == ["a.txt · 3 September 2026", "b.txt · 4 September 2026"]


def test_the_find_table_shows_a_readable_date() -> None:
    found = Found("/c/story.txt", "T", "20260903T071500Z", 0.9, 0.8, 0.7, "wholly derived", "", 0.8)
    assert shown_date(found, reverse=False) == "3 September 2026"
    late = Found(
        "/c/story.txt", "T", "Thu 3 Sep 2026 08.15 BST", 0.9, 0.8, 0.7, "wholly derived", "", 0.8, out_of_order=True
    )
    assert shown_date(late, reverse=True) == "3 September 2026 (earlier)"


def test_the_html_report_header_shows_a_readable_date_and_the_json_keeps_the_file_s_own(tmp_path: Path) -> None:
    left = tmp_path / "release.txt"
    left.write_text(
        f"PRESS RELEASE\n\nFor immediate release - 3 September 2026\n\nFerry runs aground\n\n{BODY}\n", encoding="utf-8"
    )
    right = tmp_path / "story.txt"
    right.write_text(f"Ferry aground at Carrow Point\n\n{HISTORY}\n\n{BODY}\n", encoding="utf-8")
    original, rewrite = load_article(left), load_article(right)
    assert original.date == "For immediate release - 3 September 2026" and rewrite.date == HISTORY
    out = tmp_path / "report.html"
    write_html(build_report(compare(original, rewrite)), out)
    html = out.read_text(encoding="utf-8")
    assert "release.txt · 3 September 2026" in html and "story.txt · 3 September 2026" in html
    assert "For immediate release - 3 September 2026" not in html
