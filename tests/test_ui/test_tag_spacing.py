"""A substantive change's raised kind tag ("not", "hedge", "name") stands apart from the words beside it, in the
window (thin spaces round it, which still count as the tag's) and in the HTML report (a margin each side)."""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QTextCursor
from pytestqt.qtbot import QtBot

from core.report import LIGHT, REPORT_CSS, Mark, Run
from ui.row_document import RowDocument

CHANGED = frozenset({Mark.REMOVED, Mark.CHANGE})
RUNS = (
    Run("They have "),
    Run("not", frozenset({Mark.CHANGE_TAG}), "negation dropped"),
    Run("not", CHANGED, "negation dropped"),
    Run(" been seen."),
)


def _x(document: RowDocument, position: int) -> float:
    """Where a text position stands, in pixels from the left (the document laid out first)."""
    assert document.height() > 0
    cursor = QTextCursor(document.document)
    cursor.setPosition(position)
    block = cursor.block()
    line = block.layout().lineForTextPosition(position - block.position())
    assert line.isValid()
    x = line.cursorToX(position - block.position())  # PySide6: (x, position)
    assert isinstance(x, tuple)
    return float(x[0])


def test_the_tag_stands_between_spaces_in_the_window(qtbot: QtBot) -> None:
    document = RowDocument(RUNS, 600, QFont(), LIGHT, "", None)
    text = document.document.toPlainText()
    tag = text.index("not")
    word = text.index("not", tag + 3)
    assert text[tag - 1].isspace() and text[word - 1].isspace() and word > tag + 3  # a gap after the tag
    assert _x(document, word) - _x(document, tag + 3) >= 2  # pixels between the tag and the word it qualifies


def test_the_spaces_belong_to_the_tag_and_the_runs_still_map(qtbot: QtBot) -> None:
    document = RowDocument(RUNS, 600, QFont(), LIGHT, "", None)
    text = document.document.toPlainText()
    word = text.index("not", text.index("not") + 3)
    y = document.document.documentLayout().blockBoundingRect(document.document.begin()).center().y()
    hit = document.run_at(QPointF(_x(document, word + 1) + 1, y))
    assert hit is RUNS[2]
    end = document.run_at(QPointF(_x(document, text.index("been") + 1) + 1, y))
    assert end is RUNS[3]


def test_the_html_tag_has_a_margin_each_side() -> None:
    (rule,) = re.findall(r"span\.change-tag \{[^}]*\}", REPORT_CSS)
    (margin,) = re.findall(r"margin: ([^;]+);", rule)
    _, right, _, left = margin.split()
    assert float(right.rstrip("em")) > 0 and float(left.rstrip("em")) > 0
