"""A list view whose rows' heights depend on its width only: a change of height alone lays no row out again.

A ``QListView`` in ``ResizeMode.Adjust`` (and any with word wrap) lays every row out again on any resize, a
change of height included: the status bar's progress bar appearing when a comparison starts, a panel below
growing. With thousands of rows that layout runs in batches on the GUI thread, and each row costs calls into
Python (the model's and the delegate's overrides), each of which must take the interpreter lock. While a
comparison runs in the worker, every such call waits for the worker to hand the lock over (up to the 5 ms switch
interval), so one batch of a whole-Bible result stalled the window for 0.5-1.4 s on reload (F5). The rows here
wrap to the width, so only a change of width needs a new layout; a change of height only updates the viewport and
the scroll bars.
"""

from __future__ import annotations

from PySide6.QtCore import QTimerEvent
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView


class WidthLaidOutListView(QListView):
    """``QListView`` that lays its rows out again only when its width changes (see the module docstring)."""

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

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the same for the delegate's paint of every visible row
