"""A list view whose rows' heights depend on its width only: a change of height alone lays no row out again.

A ``QListView`` in ``ResizeMode.Adjust`` (and any with word wrap) lays every row out again on any resize, a
change of height included: the status bar's progress bar appearing when a comparison starts, a panel below
growing. With thousands of rows that layout runs in batches on the GUI thread, and each row costs calls into
Python (the model's and the delegate's overrides), each of which must take the interpreter lock. While a
comparison runs in the worker, every such call waits for the worker to hand the lock over (up to the 5 ms switch
interval), so one batch of a whole-Bible result stalled the window for 0.5-1.4 s on reload (F5). The rows here
wrap to the width, so only a change of width needs a new layout; a change of height only updates the viewport and
the scroll bars.

QListView paints no row of a batched layout until its last batch is laid out (600,000 rows: 2,000 passes, 10-20
s), so ``laid_out`` tells how far a layout of ``TRACKED_ROWS`` rows or more got: the percent of rows placed, after
every batch whose percent differs, 100 when it ends (``laid_out_rows`` finds it by bisection, 20 lookups).
"""

from __future__ import annotations

from PySide6.QtCore import QTimerEvent, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

TRACKED_ROWS = 20_000  # rows: a batched layout of fewer ends in a few passes, and is not reported


class WidthLaidOutListView(QListView):
    """``QListView`` that lays its rows out again only when its width changes and says how far a long layout got
    (see the module docstring)."""

    laid_out = Signal(int)  # percent of the rows laid out, while a layout of TRACKED_ROWS or more runs; 100: done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._percent = 100  # the percent last told

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() == event.oldSize().width():
            QAbstractItemView.resizeEvent(self, event)  # geometry and scroll bars, without QListView's relayout
            return
        super().resizeEvent(event)

    def timerEvent(self, event: QTimerEvent) -> None:
        # Qt lays rows out in batches from this timer. Entered from Python, the whole batch runs with the
        # interpreter lock held, so its calls into the model and the delegate take it without waiting; entered
        # from C++, each call would wait for a busy worker to hand the lock over.
        super().timerEvent(event)
        self._track()

    def laid_out_rows(self) -> int:
        """How many rows, from the first, the layout has placed (Qt places them in order)."""
        model = self.model()
        low, high = 0, model.rowCount()
        while low < high:
            middle = (low + high) // 2
            if self.rectForIndex(model.index(middle, 0)).isValid():
                low = middle + 1
            else:
                high = middle
        return low

    def _track(self) -> None:
        rows = self.model().rowCount() if self.model() is not None else 0
        percent = 100 * self.laid_out_rows() // rows if rows >= TRACKED_ROWS else 100  # fewer: done in a few passes
        if percent != self._percent:
            self._percent = percent
            self.laid_out.emit(percent)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the same for the delegate's paint of every visible row
