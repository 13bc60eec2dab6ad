"""The heads of the two columns: title, then source file, byline and date; several sources are listed one a line,
with the labels ("S1", "S2") their paragraphs carry."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from core import Document
from core.report import heading, source_headings
from ui.row_delegate import NUMBER_WIDTH


def heading_html(label: str, document: Document | None) -> str:
    """One column's head as rich text (the report's header says the same)."""
    if document is None:
        return f"<b>{label}</b><br><i>Drop an article here, or use File &gt; Open</i>"
    sources = source_headings(document)
    if sources:
        lines = "<br>".join(f"<b>{s.title}</b> <small>{s.details}</small>" for s in sources)
        return f"<small>{len(sources)} SOURCES</small><br>{lines}"
    head = heading(document)
    return f"<small>{label}</small><br><b>{head.title}</b><br><small>{head.details}</small>"


class ColumnHeader(QWidget):
    """Two labels above the rows, lined up with the columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = QLabel()
        self.right = QLabel()
        for label, name in ((self.left, "Original article"), (self.right, "Rewrite")):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(name)
        self.row_layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(NUMBER_WIDTH, 4, 16, 4)
        layout.addWidget(self.left, 1)
        layout.addWidget(self.right, 1)
        self.set_documents(None, None)

    def set_gutter(self, pixels: int) -> None:
        """Line the heads up with the columns when the row-number gutter widens."""
        self.row_layout.setContentsMargins(pixels, 4, 16, 4)

    def show_chosen(self, left: str | None, right: str | None) -> None:
        """The sides chosen before a comparison, by name (None: not chosen yet), and what is still missing."""
        for name, label, other, widget in (
            (left, "ORIGINAL", "rewrite", self.left),
            (right, "REWRITE", "original", self.right),
        ):
            widget.setText(
                heading_html(label, None)
                if name is None
                else f"<small>{label}</small><br><b>{escape(name)}</b><br><small>chosen; open the {other} to compare"
                "</small>"
            )

    def set_documents(self, left: Document | None, right: Document | None) -> None:
        self.left.setText(heading_html("ORIGINAL", left))
        self.right.setText(heading_html("REWRITE", right))
