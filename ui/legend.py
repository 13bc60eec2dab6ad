"""The legend strip under the column heads: each mark drawn as the rows draw it, with what it means.

The entries are ``core.report.legend_entries`` (the HTML report's legend says the same: the source label's
entry only when the comparison has several sources, :meth:`LegendStrip.set_several_sources`) and their look is
``ui.palette.char_format``, the rows' own formats, so the legend cannot drift from what it explains.
View > Legend shows or hides it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.report import LegendEntry, legend_entries
from ui.palette import char_format, current_theme

SPACING = "    "  # between entries
MARGIN = 4.0  # pixels around the strip's text


def legend_text(entries: tuple[LegendEntry, ...] | None = None) -> str:
    """The legend as plain text (what a screen reader hears), e.g. ``struck through: removed from the original``."""
    return "; ".join(f"{entry.sample}: {entry.meaning}" for entry in entries or legend_entries(False))


class LegendStrip(QWidget):
    """One wrapped line of marked samples and their meanings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.entries = legend_entries(False)
        self.setAccessibleDescription(legend_text(self.entries))
        self.setToolTip("What the marks mean (View > Legend hides this; Help > How to Read This says more)")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.document = QTextDocument()
        self.document.setDocumentMargin(MARGIN)
        self._build()

    def set_several_sources(self, several: bool) -> None:
        """Show the source label's entry when the comparison's left is several sources, not otherwise."""
        entries = legend_entries(several)
        if entries != self.entries:
            self.entries = entries
            self.setAccessibleDescription(legend_text(entries))
            self._build()

    def _build(self) -> None:
        self.document.clear()
        self.document.setDefaultFont(self.font())
        cursor = QTextCursor(self.document)
        plain, bold = QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        cursor.insertText("Legend:" + SPACING, bold)
        theme = current_theme()
        for entry in self.entries:
            cursor.insertText(entry.sample, char_format(frozenset({entry.mark}), theme, plain))
            cursor.insertText(f" {entry.meaning}{SPACING}", plain)
        self.document.setTextWidth(max(self.width(), 200))
        self.setFixedHeight(int(self.document.size().height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: the legend follows the rows' size
            self._build()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.document.setTextWidth(max(event.size().width(), 200))
        self.setFixedHeight(int(self.document.size().height()))

    def sizeHint(self) -> QSize:
        return QSize(600, int(self.document.size().height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.document.drawContents(painter)
        painter.end()
