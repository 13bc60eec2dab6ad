"""The interim main window: the aligned comparison as a scrollable page, and a status line."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTextBrowser

from core import Comparison
from ui.rendering import comparison_html


class MainWindow(QMainWindow):
    """Shows one comparison that ``core`` computed."""

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.setWindowTitle(f"Parallax — {comparison.left.name} ↔ {comparison.right.name}")
        self.view = QTextBrowser(self)
        self.view.setAccessibleName("Aligned comparison")
        self.view.setHtml(comparison_html(comparison))
        self.setCentralWidget(self.view)
        moved = sum(1 for k in comparison.links if k.kind.value == "moved")
        self.statusBar().showMessage(
            f"Compared in {comparison.seconds:.2f} s — {len(comparison.left.paragraphs)} vs "
            f"{len(comparison.right.paragraphs)} paragraphs — {len(comparison.links)} links, {moved} moved"
        )
        self.resize(1200, 800)
