"""Starting the window: the QApplication, one comparison, the event loop."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from core import LoadError, compare, load_article
from ui.main_window import MainWindow


def build_window(left_path: str, right_path: str) -> MainWindow:
    """A window comparing two article files (LoadError if one cannot be read)."""
    return MainWindow(compare(load_article(left_path), load_article(right_path)))


def run_window(left_path: str, right_path: str) -> int:
    """Open the window on two articles and run until it closes; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Parallax")
    try:
        window = build_window(left_path, right_path)
    except LoadError as error:
        QMessageBox.critical(None, "Parallax", f"{error}\n\nChoose another file and try again.")
        return 2
    window.show()
    return int(app.exec())
