"""The aligned rows: a list view whose delegate paints both sides of each row, so they always scroll together."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHelpEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QToolTip, QWidget

from core.report import Presentation, Run
from ui.row_delegate import RowDelegate
from ui.row_model import RowModel
from ui.width_list_view import WidthLaidOutListView

LAYOUT_BATCH = 300  # rows laid out per pass of the event loop (about 10 ms of size hints)
FINISH_AT_ONCE_ROWS = 10_000  # rows: up to this many, a jump to a row not laid out yet lays out the rest at once
JUMP_RETRY_MS = 50  # beyond that, such a jump waits for the batches, trying again this often


class ComparisonView(WidthLaidOutListView):
    """Shows the rows; a click on a "[moved to row N]" tag jumps there (``jumped`` says where).

    Rows are laid out in batches between events, so a 9,000-row comparison appears without freezing the window;
    the vertical scroll bar is always there, so its appearing never changes the width and relays out every row.
    A jump to a row not laid out yet lays out the rest at once in comparisons of up to ``FINISH_AT_ONCE_ROWS``
    rows; in larger ones (600,000 rows take seconds) it lands when the batches reach the row.
    """

    jumped = Signal(int)  # row of the comparison (0-based) the view moved to
    link_selected = Signal(object)  # index of the selected link in Comparison.links, or None

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
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAccessibleName("Aligned rows: original on the left, rewrite on the right")
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pending_jump: int | None = None  # a row to go to once the batched layout reaches it

    def show_presentation(self, presentation: Presentation, hide_unchanged: bool) -> None:
        self.row_delegate.clear()
        self.row_delegate.fit_gutter(len(presentation.rows))
        self.row_model.set_presentation(presentation, hide_unchanged)

    def start_over(self) -> None:
        """A new comparison: nothing selected (no row, no highlighted link), back at the top."""
        self.row_delegate.select_link(None)
        self.pending_jump = None
        self.selectionModel().clear()
        self.scrollToTop()

    def set_zoom(self, font: QFont) -> None:
        self.row_delegate.set_font(font)
        self.scheduleDelayedItemsLayout()

    def go_to_row(self, source_row: int) -> bool:
        """Scroll to and select a row of the comparison; False when it is hidden."""
        visible = self.row_model.visible_row(source_row)
        if visible is None:
            return False
        index = self.row_model.index(visible)
        self.pending_jump = None
        if not self.rectForIndex(index).isValid():  # not laid out yet: a jump soon after a comparison arrived
            if self.row_model.rowCount() > FINISH_AT_ONCE_ROWS:
                self.pending_jump = source_row
                QTimer.singleShot(JUMP_RETRY_MS, self._retry_jump)
                return True
            self._finish_layout()
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.jumped.emit(source_row)
        return True

    def _retry_jump(self) -> None:
        if self.pending_jump is not None:
            self.go_to_row(self.pending_jump)

    def _finish_layout(self) -> None:
        """Lay out every remaining row now (once, when a jump cannot wait for the batches)."""
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.doItemsLayout()
        self.setLayoutMode(QListView.LayoutMode.Batched)

    def current_source_row(self) -> int:
        """The selected row of the comparison, or -1 before any is selected (so "next" goes to the first).

        Qt makes the first row current, unselected, when the view gets the focus: that is not a choice."""
        index = self.currentIndex()
        chosen = index.isValid() and self.selectionModel().isSelected(index)
        return self.row_model.source_row(index.row()) if chosen else -1

    def run_at(self, point: QPointF) -> Run | None:
        """The run of text under ``point`` (viewport coordinates), or None."""
        index: QModelIndex = self.indexAt(point.toPoint())
        if not index.isValid():
            return None
        rect = self.visualRect(index)
        width = self.row_delegate.column_width(rect.width())
        row = self.row_model.row_view(index.row())
        number = self.row_model.source_row(index.row()) + 1
        left, right = self.row_delegate.documents(row, number, width)
        x = point.x() - rect.left() - self.row_delegate.gutter
        document, offset = (left, 0) if x < width else (right, width)
        return document.run_at(QPointF(x - offset, point.y() - rect.top()))

    def select_link(self, link: int | None) -> None:
        """Highlight a link's text on both sides and tell who listens."""
        self.row_delegate.select_link(link)
        self.viewport().update()
        self.link_selected.emit(link)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        run = self.run_at(event.position())
        super().mouseReleaseEvent(event)
        self.follow(run)

    def follow(self, run: Run | None) -> None:
        """What a click on ``run`` does: jump to where its moved text stands, or else select its link (and so
        highlight its counterpart); None clears the selection."""
        if run is not None and run.target is not None:
            self.go_to_row(run.target)
        else:
            self.select_link(run.link if run is not None else None)

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering a figure or quote shows its own note (both values, the quote's status); elsewhere in a row,
        the row's notes."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            run = self.run_at(QPointF(event.pos()))
            if run is not None and run.note:
                QToolTip.showText(event.globalPos(), run.note, self.viewport())
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.follow_current()
        else:
            super().keyPressEvent(event)

    def follow_current(self) -> None:
        """Enter on a row: what a click does on its first moved tag, or else on its first linked text."""
        row = self.row_model.row_view(self.currentIndex().row())
        runs = (*row.left, *row.right)
        moved = next((run for run in runs if run.target is not None), None)
        self.follow(moved or next((run for run in runs if run.link is not None), None))

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self.row_delegate.clear()  # rows wrap differently; a change of height alone changes no row
        super().resizeEvent(event)
