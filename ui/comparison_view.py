"""The aligned rows: a list view whose delegate paints both sides of each row, so they always scroll together."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from core.presentation import Presentation
from ui.row_delegate import NUMBER_WIDTH, RowDelegate
from ui.row_model import RowModel


class ComparisonView(QListView):
    """Shows the rows; a click on a "[moved to row N]" tag jumps there (``jumped`` says where)."""

    jumped = Signal(int)  # row of the comparison (0-based) the view moved to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_model = RowModel()
        self.row_delegate = RowDelegate(self.row_model, self)
        self.setModel(self.row_model)
        self.setItemDelegate(self.row_delegate)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setAccessibleName("Aligned rows: original on the left, rewrite on the right")
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_presentation(self, presentation: Presentation, hide_unchanged: bool) -> None:
        self.row_delegate.clear()
        self.row_model.set_presentation(presentation, hide_unchanged)

    def set_zoom(self, font: QFont) -> None:
        self.row_delegate.set_font(font)
        self.scheduleDelayedItemsLayout()

    def go_to_row(self, source_row: int) -> bool:
        """Scroll to and select a row of the comparison; False when it is hidden."""
        visible = self.row_model.visible_row(source_row)
        if visible is None:
            return False
        index = self.row_model.index(visible)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.jumped.emit(source_row)
        return True

    def current_source_row(self) -> int:
        """The selected row of the comparison, or -1 before any is selected (so "next" goes to the first)."""
        index = self.currentIndex()
        return self.row_model.source_row(index.row()) if index.isValid() else -1

    def target_at(self, point: QPointF) -> int | None:
        """The row a moved-text tag under ``point`` (viewport coordinates) points to."""
        index: QModelIndex = self.indexAt(point.toPoint())
        if not index.isValid():
            return None
        rect = self.visualRect(index)
        width = self.row_delegate.column_width(rect.width())
        row = self.row_model.row_view(index.row())
        number = self.row_model.source_row(index.row()) + 1
        left, right = self.row_delegate.documents(row, number, width)
        x = point.x() - rect.left() - NUMBER_WIDTH
        document, offset = (left, 0) if x < width else (right, width)
        run = document.run_at(QPointF(x - offset, point.y() - rect.top()))
        return run.target if run is not None else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        target = self.target_at(event.position())
        super().mouseReleaseEvent(event)
        if target is not None:
            self.go_to_row(target)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.row_delegate.clear()
        super().resizeEvent(event)
