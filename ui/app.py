"""Starting the window: the QApplication, one comparison, the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core import compare, document_from_text
from ui.main_window import MainWindow


def build_window(left: tuple[str, str], right: tuple[str, str]) -> MainWindow:
    """A window comparing two ``(path, text)`` articles."""
    left_doc = document_from_text(left[1], name=Path(left[0]).name, title=Path(left[0]).stem)
    right_doc = document_from_text(right[1], name=Path(right[0]).name, title=Path(right[0]).stem)
    return MainWindow(compare(left_doc, right_doc))


def run_window(left: tuple[str, str], right: tuple[str, str]) -> int:
    """Open the window on two articles and run until it closes; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Parallax")
    window = build_window(left, right)
    window.show()
    return int(app.exec())
