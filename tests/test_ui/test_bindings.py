"""Guards against a Qt binding that breaks Python's reference counts (PySide6 6.12.0 does: every call of a
method that returns nothing takes one reference from None, and the process aborts after enough of them)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    cursor = QTextCursor(QTextDocument())
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        QTextCharFormat().setFontWeight(700)
        cursor.insertText("x")
    assert sys.getrefcount(None) - before > -100  # a leak would show as about -1,500
