"""Paints a display row: row number, left side, right side, each a laid-out rich-text document.

Only the rows on screen are laid out: a row gets a height estimated from font metrics, and once painted its
exact height is kept and the view told (``sizeHintChanged``). Each such correction relays out every row, so in
comparisons of over ``EXACT_ROWS_MAX`` rows estimates err on the tall side and only a row whose text would be
cut is corrected. Documents are cached per row, width
and zoom (an LRU of ``CACHE_SIZE``), so 5,000-row comparisons scroll smoothly and a 30,000-row one opens without
laying out every row.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.report import RowView, gap_text
from ui.palette import CosmeticMode, Theme, current_theme
from ui.row_document import MARGIN, RowDocument
from ui.row_model import RowModel

NUMBER_WIDTH = 44  # pixels: the narrowest row-number gutter; wider when the highest number needs it
NUMBER_PADDING = 14  # pixels: around the widest row number in the gutter (8 right of it, the rest left)
CACHE_SIZE = 400  # laid-out rows kept
ESTIMATE_SLACK = 1.1  # factor on estimated lines in large comparisons: estimates should rarely fall short
EXACT_ROWS_MAX = 2_000  # rows: up to this many, every painted row gets its exact height (relayouts are cheap)
SELECTED_TINT = 0.12  # share of the highlight colour in a selected row's background (0-1)


def blend(base: QColor, tint: QColor, share: float) -> QColor:
    """``base`` with ``share`` of ``tint`` mixed in (works on light and dark palettes alike)."""
    pairs = ((base.red(), tint.red()), (base.green(), tint.green()), (base.blue(), tint.blue()))
    red, green, blue = (round(b + (t - b) * share) for b, t in pairs)
    return QColor(red, green, blue)


class RowDelegate(QStyledItemDelegate):
    """Draws rows; ``documents`` gives the laid-out sides for hit-testing clicks."""

    def __init__(self, model: RowModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model  # read directly: index.data() round trips cost more than the layout itself
        self.font = QFont()
        self._cache: OrderedDict[tuple[int, int, int, int], tuple[RowDocument, RowDocument]] = OrderedDict()
        self._heights: dict[tuple[int, int, int, int], int] = {}  # exact heights of rows painted so far
        self._sizes: dict[int, int] = {}  # row heights by visible row, until width, zoom or rows change (ints: a
        # dict of 600,000 QSize wrappers would be walked by every full pass of the garbage collector)
        self._width = 0
        self._line_metrics: dict[int, tuple[int, int]] = {}  # column width -> characters a line, line spacing
        self.selected_link: int | None = None  # index of the link whose text is highlighted on both sides
        self._theme: Theme | None = None  # the palette's theme, read once per layout rather than per row
        self.gutter = NUMBER_WIDTH  # pixels: fits the highest row number in the current font (``fit_gutter``)
        self._rows = 0
        self._number_height = QFontMetrics(self.font).height() + 2
        self.cosmetic = CosmeticMode.DIMMED  # how cosmetic rewording is marked

    def fit_gutter(self, rows: int) -> None:
        """Widen (or narrow) the gutter so that the number of row ``rows`` fits in the current font."""
        self._rows = rows
        digits = QFontMetrics(self.font).horizontalAdvance("0" * len(str(max(rows, 1))))
        self.gutter = max(NUMBER_WIDTH, digits + NUMBER_PADDING)
        self._number_height = QFontMetrics(self.font).height() + 2

    def select_link(self, link: int | None) -> None:
        """Highlight one link's text (None: none); cached layouts are dropped, heights kept."""
        self.selected_link = link
        self._cache.clear()

    def set_cosmetic(self, mode: CosmeticMode) -> None:
        """Dim, show or hide the marks of cosmetic rewording; cached layouts are dropped, heights kept."""
        if mode is not self.cosmetic:
            self.cosmetic = mode
            self._cache.clear()

    def set_font(self, font: QFont) -> None:
        self.font = font
        self.clear()
        self.fit_gutter(self._rows)

    @property
    def theme(self) -> Theme:
        if self._theme is None:
            self._theme = current_theme()
        return self._theme

    def clear(self) -> None:
        self._theme = None  # a palette change (dark mode) is seen at the next clear: zoom, resize, new rows
        self._cache.clear()
        self._heights.clear()
        self._sizes.clear()
        self._line_metrics.clear()
        self._width = 0

    def column_width(self, total: int) -> int:
        return max(80, (total - self.gutter) // 2)

    def documents(self, row: RowView, number: int, width: int) -> tuple[RowDocument, RowDocument]:
        key = (number, width, self.font.pointSize(), id(row))
        cached = self._cache.get(key)
        if cached is None:
            theme = self.theme
            left_gap, right_gap = gap_text(row)
            cached = (
                RowDocument(row.left, width, self.font, theme, left_gap, self.selected_link, self.cosmetic),
                RowDocument(row.right, width, self.font, theme, right_gap, self.selected_link, self.cosmetic),
            )
            self._cache[key] = cached
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return cached

    def _parts(self, index: QModelIndex | QPersistentModelIndex, total_width: int) -> tuple[RowView, int, int]:
        visible = index.row()
        return self.model.row_view(visible), self.model.source_row(visible) + 1, self.column_width(total_width)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if not self._width:
            self._width = self.available_width()
        height = self._sizes.get(index.row())
        if height is None:
            row, number, width = self._parts(index, self._width)
            exact = self._heights.get((number, width, self.font.pointSize(), id(row)))
            height = self._sizes[index.row()] = exact or self._estimate(row, width)
        return QSize(self._width, height)

    def _estimate(self, row: RowView, width: int) -> int:
        """A row's height from font metrics alone (no layout): lines of average-width characters."""
        per_line, spacing = self._line_metrics.get(width) or self._measure_lines(width)
        lines = max(
            sum(-(-length // per_line) for length in lengths) or 1 for lengths in (row.left_lengths, row.right_lengths)
        )
        if self.model.rowCount() > EXACT_ROWS_MAX:
            lines = int(lines * ESTIMATE_SLACK) + 1  # rather a little space than text cut off (see ``paint``)
        return int(lines * spacing + 2 * MARGIN) + 2

    def _measure_lines(self, width: int) -> tuple[int, int]:
        """Characters on a line of a column ``width`` wide, and line spacing, for the current font."""
        metrics = QFontMetrics(self.font)
        per_line = max(1, int((width - 2 * MARGIN) / max(1, metrics.averageCharWidth() * 1.08)))
        measured = self._line_metrics[width] = (per_line, metrics.lineSpacing())
        return measured

    def available_width(self) -> int:
        """The width rows get: the view's viewport (rows never scroll sideways)."""
        view = self.parent()
        viewport = view.viewport() if isinstance(view, QAbstractScrollArea) else None
        return viewport.width() if viewport is not None and viewport.width() > 0 else 800

    def _resize_row(self, index: QPersistentModelIndex) -> None:
        """Tell the view a painted row's exact height (after the paint, never during it)."""
        if index.isValid():
            model = index.model()
            self.sizeHintChanged.emit(model.index(index.row(), index.column()))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row, number, width = self._parts(index, option.rect.width())
        left, right = self.documents(row, number, width)
        key = (number, width, self.font.pointSize(), id(row))
        exact = int(max(left.height(), right.height())) + 2
        small = self.model.rowCount() <= EXACT_ROWS_MAX
        if self._heights.get(key) is None and (
            exact > option.rect.height() or (small and exact != option.rect.height())
        ):
            # Every correction makes the view lay out all rows again (0.3 s for 9,000): in large comparisons only
            # a row whose text would be cut is corrected, and estimates err on the tall side.
            self._heights[key] = exact
            self._sizes.pop(index.row(), None)
            QTimer.singleShot(0, partial(self._resize_row, QPersistentModelIndex(index)))
        theme = self.theme
        rect, gutter = option.rect, self.gutter
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:  # a faint tint, so the marks' own tints stay readable; the gutter and a frame say it
            highlight = option.palette.highlight().color()
            painter.fillRect(rect, blend(option.palette.base().color(), highlight, SELECTED_TINT))
            painter.fillRect(QRect(rect.left(), rect.top(), gutter - 4, rect.height()), highlight)
        for runs, document, x in (
            (row.left, left, rect.left() + gutter),
            (row.right, right, rect.left() + gutter + width),
        ):
            cell = QRect(x, rect.top(), width, rect.height())
            if not runs:
                painter.fillRect(cell, QBrush(QColor(theme.gap), Qt.BrushStyle.BDiagPattern))
            painter.save()
            painter.translate(QPointF(cell.topLeft()))
            document.document.drawContents(painter)
            painter.restore()
        number_colour = option.palette.highlightedText() if selected else option.palette.placeholderText()
        painter.setPen(QPen(number_colour.color()))
        painter.setFont(self.font)  # the zoomed font, which the gutter was measured in
        line = QFontMetrics(self.font).height() + 2
        painter.drawText(QRect(rect.left(), rect.top() + 6, gutter - 8, line), Qt.AlignmentFlag.AlignRight, str(number))
        painter.setPen(QPen(QColor(theme.line)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.left() + gutter + width, rect.top(), rect.left() + gutter + width, rect.bottom())
        if selected:
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()
