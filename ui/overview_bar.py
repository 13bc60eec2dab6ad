"""A thin bar beside the rows: one mark per changed row at its relative place; a click jumps there.

Its marks are folded per pixel line (``bands``) by binary search over the presentation's sorted ``changes`` and
``standout`` rows, so painting costs the same for 600,000 rows as for 60; nothing on the GUI thread walks every
row.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from core import RowKind
from core.report import Presentation
from ui.palette import current_theme


def first_in(rows: tuple[int, ...], start: int, stop: int) -> int | None:
    """The first of the sorted ``rows`` in ``[start, stop)``, or None.

    >>> first_in((2, 5, 9), 3, 9), first_in((2, 5, 9), 6, 9)
    (5, None)
    """
    at = bisect_left(rows, start)
    return rows[at] if at < len(rows) and rows[at] < stop else None


def nearest(rows: tuple[int, ...], wanted: int) -> int | None:
    """The one of the sorted ``rows`` nearest ``wanted`` (the lower one on a tie), or None when there is none.

    >>> nearest((2, 5, 9), 7), nearest((2, 5, 9), 8), nearest((), 3)
    (5, 9, None)
    """
    at = bisect_left(rows, wanted)
    around = rows[max(0, at - 1) : at + 1]
    return min(around, key=lambda k: abs(k - wanted)) if around else None


class OverviewBar(QWidget):
    """Marks: removed (orange), added (blue), moved (purple), changed (grey); ``row_requested`` on click."""

    row_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presentation = Presentation(())
        self._bands: dict[int, dict[int, RowKind]] = {}  # by bar height, until the presentation changes
        self.setMinimumWidth(14)
        self.setAccessibleName("Overview of changes")
        self.setToolTip("Where the changes are; click to go there")

    def sizeHint(self) -> QSize:
        return QSize(14, 200)

    def set_presentation(self, presentation: Presentation) -> None:
        self._presentation = presentation
        self._bands.clear()
        self.update()

    def _colour(self, kind: RowKind) -> QColor:
        theme = current_theme()
        colours = {RowKind.REMOVED: theme.removed, RowKind.ADDED: theme.added, RowKind.MOVED: theme.moved}
        return QColor(colours.get(kind, "#8a8a8a")).darker(130)

    def bands(self, height: int) -> dict[int, RowKind]:
        """The mark on each pixel line of a bar ``height`` tall: thousands of changes become at most ``height``
        marks; where several rows share a line, a removed, added or moved row outranks a reworded one (the
        first such row of the line gives its kind)."""
        if height not in self._bands:
            self._bands[height] = self._fold(height)
        return self._bands[height]

    def _fold(self, height: int) -> dict[int, RowKind]:
        rows, changes, standout = self._presentation.rows, self._presentation.changes, self._presentation.standout
        total = max(1, len(rows))
        lines: dict[int, RowKind] = {}
        for y in range(height):  # row k is on line k * height // total: line y holds rows [start, stop)
            start, stop = -(-y * total // height), -(-(y + 1) * total // height)
            strong = first_in(standout, start, stop)
            if strong is not None:
                lines[y] = rows[strong].kind
            elif first_in(changes, start, stop) is not None:
                lines[y] = RowKind.CHANGED
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        mark_height = max(2.0, self.height() / max(1, len(self._presentation.rows)))
        colours = {kind: self._colour(kind) for kind in RowKind}
        for y, kind in self.bands(self.height()).items():
            painter.fillRect(QRectF(2, y, self.width() - 4, mark_height), colours[kind])

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        total = len(self._presentation.rows)
        if not total or event.button() != Qt.MouseButton.LeftButton:
            return
        wanted = int(event.position().y() / max(1, self.height()) * total)
        found = nearest(self._presentation.changes, wanted)
        self.row_requested.emit(max(0, min(wanted if found is None else found, total - 1)))
