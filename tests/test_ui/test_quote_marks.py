"""Words inserted or removed inside an altered quote keep their own marks on top of the quote's, in the window
and in the HTML report: the quote's wavy italics never hide which of its words the rewrite changed."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from core import article_from_text, compare
from core.export import report_to_html
from core.report import LIGHT, Mark, Report, build_report
from ui.palette import char_format
from ui.row_document import RowDocument

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline
SINGLE = QTextCharFormat.UnderlineStyle.SingleUnderline


def _report() -> Report:
    left = article_from_text(
        "The storm hit the coast on Monday.\n\n“We heard a loud noise and the roof fell in,” said Maria Lopez, a "
        "resident.\n\nRepairs will take weeks.",
        "a.txt",
    )
    right = article_from_text(
        "The storm hit the coast on Monday.\n\n“We heard an explosion and the whole roof fell in,” said Maria "
        "Lopez, a resident.\n\nRepairs will take weeks.",
        "b.txt",
    )
    return build_report(compare(left, right))


def test_a_word_inserted_in_a_quote_keeps_the_insert_mark(qtbot: QtBot) -> None:
    inside = char_format(frozenset({Mark.QUOTE, Mark.ADDED}), LIGHT, QTextCharFormat())
    kept = char_format(frozenset({Mark.QUOTE}), LIGHT, QTextCharFormat())
    assert inside.background().color() == QColor(LIGHT.added) and inside.underlineStyle() == SINGLE
    assert kept.background().color() == QColor(LIGHT.quote) and kept.underlineStyle() == WAVE
    assert inside.fontItalic() and kept.fontItalic()  # both read as quoted


def test_a_word_removed_from_a_quote_keeps_the_delete_mark(qtbot: QtBot) -> None:
    inside = char_format(frozenset({Mark.QUOTE, Mark.REMOVED}), LIGHT, QTextCharFormat())
    assert inside.background().color() == QColor(LIGHT.removed) and inside.fontStrikeOut() and inside.fontItalic()


def test_the_rows_of_an_altered_quote_colour_its_inserted_words(qtbot: QtBot) -> None:
    report = _report()
    (row,) = [row for row in report.presentation.rows if any(Mark.QUOTE in run.marks for run in row.right)]
    inserted = [run.text for run in row.right if {Mark.QUOTE, Mark.ADDED} <= run.marks]
    assert inserted and "explosion" in "".join(inserted)
    document = RowDocument(row.right, 600, QFont(), LIGHT, "", None).document
    text = document.toPlainText()
    cursor = QTextCursor(document)
    cursor.setPosition(text.index("explosion") + 2)
    assert cursor.charFormat().background().color() == QColor(LIGHT.added)
    cursor.setPosition(text.index("heard") + 2)
    assert cursor.charFormat().background().color() == QColor(LIGHT.quote)


def test_the_html_draws_the_insertion_inside_the_quote_on_top() -> None:
    html = report_to_html(_report())
    quoted = re.findall(r'<span class="quote( added)?"[^>]*>(.*?)</span>', html)
    inserted = [inner for added, inner in quoted if added]
    assert any(inner.startswith("<ins>") and "explosion" in inner for inner in inserted), quoted
    assert not re.search(r"<ins><span class=\"quote", html)  # the quote's colour never covers an insertion
    assert "span.quote.added { text-decoration: none; }" in html
