"""Printing and PDF go through Qt's rich text: the marks must keep their colours and decorations there."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument
from pytestqt.qtbot import QtBot

from core import compare
from core.report import QT_CSS, build_report
from ui.printing import report_document


def _format_of(document: QTextDocument, text: str) -> QTextCharFormat:
    """The format of ``text`` in the rows (after the findings list, which names figures too)."""
    cursor = document.find(text, document.find("Side by side"))
    assert not cursor.isNull(), text
    return cursor.charFormat()


def _colour(name: str) -> str:
    return QT_CSS.split(f"{name} {{ background-color: ", 1)[1][:7]


def test_printed_report_keeps_the_marks(qtbot: QtBot) -> None:
    comparison = compare(
        "The council closed the old bridge on Monday. Repairs will cost about £2m.",
        "The council shut the old bridge on Monday. Repairs will cost more than £3m.",
    )
    document = report_document(build_report(comparison))
    removed, added = _format_of(document, "closed"), _format_of(document, "shut")
    assert removed.fontStrikeOut() and removed.background().color() == QColor(_colour("del"))
    assert added.fontUnderline() and added.background().color() == QColor(_colour("ins"))
    figure = _format_of(document, "£3m")
    assert figure.fontWeight() >= 600 and figure.background().color() == QColor(_colour("mark.figure"))
    plain = _format_of(document, "old bridge")  # unchanged words stay plain
    assert not plain.fontStrikeOut() and not plain.fontUnderline() and plain.background().style().value == 0
