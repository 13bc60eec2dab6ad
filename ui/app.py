"""Starting Parallax's window: the application object, the window, the first comparison, the event loop."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.resources import icon
from ui.startup import start_with

# s: the longest the GUI thread waits for a busy worker to hand over the interpreter lock (Python's default: 5 ms).
# Every call from Qt into Python (an event to a widget of ours, a row's size or paint) takes the lock on its own, so
# while a comparison or an export runs a pass of the event loop waits this long once per such call: at 5 ms the
# whole-Bible export stalled the window 163-287 ms, at 1 ms 74 ms (bench/window_speed.py). The worker loses the
# lock only when the window asks for it.
SWITCH_INTERVAL = 0.001


def create_app() -> QApplication:
    """The QApplication, named so that QSettings finds Parallax's settings."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    sys.setswitchinterval(SWITCH_INTERVAL)
    app.setOrganizationName("Parallax")
    app.setApplicationName("Parallax")
    app.setDesktopFileName("parallax")  # matches parallax.desktop: the menu's icon and name for the window
    app.setWindowIcon(icon("parallax"))
    return app


def run_window(left_path: str | tuple[str, ...] | None, right_path: str | None) -> int:
    """Open the window on the article files given (none, one, two, or several sources then the rewrite) and run
    until it closes; returns the exit status."""
    app = create_app()
    window = MainWindow()
    window.show()
    app.processEvents()  # paint the window first: once the worker runs, every paint competes for the interpreter
    start_with(window, left_path, right_path)
    return int(app.exec())
