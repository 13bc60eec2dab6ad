"""Paints a display row: row number, left side, right side, each a laid-out rich-text document.

Only the rows on screen are laid out; documents are cached per row, width and zoom (an LRU of
``CACHE_SIZE``), so 5,000-row comparisons scroll smoothly.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.presentation import RowView
from ui.palette import current_theme
from ui.row_document import RowDocument
from ui.row_model import ROW_NUMBER_ROLE, ROW_VIEW_ROLE, gap_text

NUMBER_WIDTH = 44  # pixels: the row-number gutter
CACHE_SIZE = 400  # laid-out rows kept


class RowDelegate(QStyledItemDelegate):
    """Draws rows; ``documents`` gives the laid-out sides for hit-testing clicks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.font = QFont()
        self._cache: OrderedDict[tuple[int, int, int, int], tuple[RowDocument, RowDocument]] = OrderedDict()

    def set_font(self, font: QFont) -> None:
        self.font = font
        self._cache.clear()

    def clear(self) -> None:
        self._cache.clear()

    @staticmethod
    def column_width(total: int) -> int:
        return max(80, (total - NUMBER_WIDTH) // 2)

    def documents(self, row: RowView, number: int, width: int) -> tuple[RowDocument, RowDocument]:
        key = (number, width, self.font.pointSize(), id(row))
        cached = self._cache.get(key)
        if cached is None:
            theme = current_theme()
            left_gap, right_gap = gap_text(row)
            cached = (
                RowDocument(row.left, width, self.font, theme, left_gap),
                RowDocument(row.right, width, self.font, theme, right_gap),
            )
            self._cache[key] = cached
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return cached

    def _parts(self, index: QModelIndex | QPersistentModelIndex, total_width: int) -> tuple[RowView, int, int]:
        return index.data(ROW_VIEW_ROLE), int(index.data(ROW_NUMBER_ROLE)), self.column_width(total_width)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        total = self.available_width()
        row, number, width = self._parts(index, total)
        left, right = self.documents(row, number, width)
        return QSize(total, int(max(left.height(), right.height())) + 2)

    def available_width(self) -> int:
        """The width rows get: the view's viewport (rows never scroll sideways)."""
        view = self.parent()
        viewport = view.viewport() if isinstance(view, QAbstractScrollArea) else None
        return viewport.width() if viewport is not None and viewport.width() > 0 else 800

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row, number, width = self._parts(index, option.rect.width())
        left, right = self.documents(row, number, width)
        theme = current_theme()
        rect = option.rect
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight().color().lighter(170))
        for side, document, x in (
            ("left", left, rect.left() + NUMBER_WIDTH),
            ("right", right, rect.left() + NUMBER_WIDTH + width),
        ):
            cell = QRect(x, rect.top(), width, rect.height())
            if not (row.left if side == "left" else row.right):
                painter.fillRect(cell, QBrush(QColor(theme.gap), Qt.BrushStyle.BDiagPattern))
            painter.save()
            painter.translate(QPointF(cell.topLeft()))
            document.document.drawContents(painter)
            painter.restore()
        painter.setPen(QPen(option.palette.placeholderText().color()))
        painter.drawText(
            QRect(rect.left(), rect.top() + 6, NUMBER_WIDTH - 8, 20), Qt.AlignmentFlag.AlignRight, str(number)
        )
        painter.setPen(QPen(QColor(theme.row_line)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(
            rect.left() + NUMBER_WIDTH + width, rect.top(), rect.left() + NUMBER_WIDTH + width, rect.bottom()
        )
        painter.restore()
