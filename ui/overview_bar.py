"""A thin bar beside the rows: one mark per changed row at its relative place; a click jumps there."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from core import RowKind
from core.report import Presentation
from ui.palette import current_theme


class OverviewBar(QWidget):
    """Marks: removed (orange), added (blue), moved (purple), changed (grey); ``row_requested`` on click."""

    row_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds: list[RowKind] = []
        self._changes: tuple[int, ...] = ()
        self.setMinimumWidth(14)
        self.setAccessibleName("Overview of changes")
        self.setToolTip("Where the changes are; click to go there")

    def sizeHint(self) -> QSize:
        return QSize(14, 200)

    def set_presentation(self, presentation: Presentation) -> None:
        self._kinds = [row.kind for row in presentation.rows]
        self._changes = presentation.changes
        self.update()

    def _colour(self, kind: RowKind) -> QColor:
        theme = current_theme()
        colours = {RowKind.REMOVED: theme.removed, RowKind.ADDED: theme.added, RowKind.MOVED: theme.moved}
        return QColor(colours.get(kind, "#8a8a8a")).darker(130)

    def bands(self, height: int) -> dict[int, RowKind]:
        """The mark on each pixel line of a bar ``height`` tall: thousands of changes become at most ``height``
        marks; where several rows share a line, a removed, added or moved row outranks a reworded one."""
        total = max(1, len(self._kinds))
        lines: dict[int, RowKind] = {}
        for k in self._changes:
            kind, y = self._kinds[k], k * height // total
            if lines.get(y, RowKind.CHANGED) == RowKind.CHANGED:
                lines[y] = kind
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        mark_height = max(2.0, self.height() / max(1, len(self._kinds)))
        colours = {kind: self._colour(kind) for kind in RowKind}
        for y, kind in self.bands(self.height()).items():
            painter.fillRect(QRectF(2, y, self.width() - 4, mark_height), colours[kind])

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._kinds or event.button() != Qt.MouseButton.LeftButton:
            return
        wanted = int(event.position().y() / max(1, self.height()) * len(self._kinds))
        nearest = min(self._changes, key=lambda k: abs(k - wanted), default=wanted)
        self.row_requested.emit(max(0, min(nearest, len(self._kinds) - 1)))
