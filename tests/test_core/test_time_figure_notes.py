"""A figure inside a relative time reference ("this week" -> "weeks ago") is told once, as the time reference: in
the findings list, in the rows' notes (the window's tooltips) and in the HTML report's title text alike."""

from __future__ import annotations

import re

from core import article_from_text, compare
from core.export import report_to_html
from core.report import Mark, Report, build_report


def _report() -> Report:
    left = article_from_text(
        "The council confirmed this week that the bridge would close, officials said.\n\nWork starts soon.", "a.txt"
    )
    right = article_from_text(
        "The council confirmed weeks ago that the bridge would close, officials said.\n\nWork starts soon.", "b.txt"
    )
    return build_report(compare(left, right))


def test_the_rows_tell_a_figure_in_a_time_reference_as_the_time_change() -> None:
    report = _report()
    assert [f.text for f in report.findings if "time reference" in f.text], report.findings
    runs = [run for row in report.presentation.rows for run in (*row.left, *row.right)]
    notes = {run.note for run in runs if run.note}
    assert any("time reference" in note for note in notes), notes
    assert not any("figure" in note for note in notes), notes
    assert not any(Mark.FIGURE in run.marks for run in runs)


def test_the_html_titles_say_it_once_too() -> None:
    titles = re.findall(r'title="([^"]*)"', report_to_html(_report()))
    assert any("time reference" in title for title in titles), titles
    assert not any("figure" in title for title in titles), titles
