"""The side panel: the summary first, then the findings (figures, quotes, moved, added, removed); a click on
a finding asks for its row.

The list holds the first ``SHOWN_AT_ONCE`` findings, then a row that lists as many more when clicked (or given
Enter). QListView paints no row of a batched layout until the last batch is laid out, and wrapped findings are
measured one by one, 40 a pass of the event loop: the 1,200,001 findings of 600,000 short lines against an article
took 30,000 passes, so the panel stood empty for minutes after the rows appeared; a thousand are laid out in 25
passes, so the panel fills as soon as the report is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from core.engine import Summary
from core.report import Finding, summary_lines
from ui.width_list_view import WidthLaidOutListView

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LAYOUT_BATCH = 40  # findings laid out (wrapped, so measured one by one) per pass of the event loop
SHOWN_AT_ONCE = 1000  # findings listed at first, and added by each click on the "more" row
WRAP_SLACK = 2  # pixels: a finding is wrapped this much narrower than the row it is painted in
NO_FINDINGS = "None: no figure or quote changed, and no paragraph was moved, added or left out."


def summary_text(summary: Summary | None) -> str:
    """The summary as a short paragraph of rich text (the same words as the report's)."""
    return "<br>".join(summary_lines(summary))


class FindingsModel(QAbstractListModel):
    """The findings as a list model: the first ``shown`` of them, and a last row that lists more when there are."""

    def __init__(self) -> None:
        super().__init__()
        self.items: Sequence[Finding] = ()  # the report's own tuple: no copy of a million findings
        self.shown = 0  # how many of them the list holds (the rest are behind the "more" row)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self.items = findings
        self.shown = min(len(findings), SHOWN_AT_ONCE)
        self.endResetModel()

    def more(self) -> int:
        """How many findings are not listed yet (behind the last row)."""
        return len(self.items) - self.shown

    def is_more_row(self, row: int) -> bool:
        return row == self.shown and self.more() > 0

    def show_more(self) -> None:
        """List up to ``SHOWN_AT_ONCE`` more findings (the "more" row goes once none are left)."""
        added = min(self.more(), SHOWN_AT_ONCE)
        if added == self.more():
            self.beginRemoveRows(QModelIndex(), self.shown, self.shown)
            self.shown += added  # no "more" row now; the findings take its place below
            self.endRemoveRows()
            self.beginInsertRows(QModelIndex(), self.shown - added, self.shown - 1)
            self.endInsertRows()
            return
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + added - 1)
        self.shown += added
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown + (self.more() > 0)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if self.is_more_row(index.row()):
            return self._more_data(role)
        finding = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{finding.icon}  {finding.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{finding.text}\n{finding.detail}" if finding.detail else finding.text
        if role == ROW_ROLE:
            return finding.row
        return None

    def _more_data(self, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            listed = min(self.more(), SHOWN_AT_ONCE)
            return f"…  {self.more():,} more findings: click (or Enter) to list {listed:,} more"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.shown:,} of {len(self.items):,} findings are listed; every one is in the exported report"
        return None


class WrappedFindingDelegate(QStyledItemDelegate):
    """Measures and paints each finding wrapped at one width: the list's own, a little narrower than its rows.

    QListView measures a wrapped row at the width of its last layout's contents, which the widest row's hint
    itself sets: a row measured one pixel wider than it is later painted had one line too few, so it was painted
    cut short with "…". Measuring at the viewport's width less ``WRAP_SLACK`` keeps every hint inside the
    viewport; painting the text at that same width (the row's rect is ``WRAP_SLACK`` wider) makes it wrap where it
    was measured, so a finding that fits the wider rect but not the narrower one is no longer drawn on one line in
    a row measured for two (a blank line under the finding above it).
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def wrap_width(self) -> int:
        """The width (pixels) every finding is measured and painted at."""
        return max(self.view.viewport().width() - 2 * self.view.spacing() - WRAP_SLACK, 1)

    def _narrowed(self, option: QStyleOptionViewItem) -> QStyleOptionViewItem:
        narrowed = QStyleOptionViewItem(option)
        rect = option.rect
        narrowed.rect = QRect(rect.x(), rect.y(), min(rect.width(), self.wrap_width()), rect.height())
        return narrowed

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = QRect(option.rect.x(), option.rect.y(), self.wrap_width(), option.rect.height())
        return super().sizeHint(narrowed, index)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(ROW_ROLE) is None:  # the "more" row: not a finding, so in italics (in the list's own font)
            option.font.setItalic(True)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, self._narrowed(option), index)


class FindingsPanel(QWidget):
    """Summary and findings; ``row_requested`` carries the row of a clicked finding."""

    row_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setAccessibleName("Summary")
        self.model = FindingsModel()
        self.findings = WidthLaidOutListView()
        self.findings.setModel(self.model)
        self.findings.setItemDelegate(WrappedFindingDelegate(self.findings))
        self.findings.setAccessibleName("Findings")
        # Findings wrap to the panel's width, so none is cut off; thousands are laid out in batches between events.
        self.findings.setWordWrap(True)
        self.findings.setUniformItemSizes(False)
        self.findings.setResizeMode(QListView.ResizeMode.Adjust)
        self.findings.setLayoutMode(QListView.LayoutMode.Batched)
        self.findings.setBatchSize(LAYOUT_BATCH)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.findings.setSpacing(1)
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(NO_FINDINGS)
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Summary</b>"))
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel("<b>Findings</b>"))
        layout.addWidget(self.empty)
        layout.addWidget(self.findings, 1)
        self._more_clicked = -1  # the "more" row clicked in the event being handled (click and activation: once)
        self.findings.activated.connect(self._activated)
        self.findings.clicked.connect(self._activated)

    def show_findings(self, summary: Summary | None, findings: Sequence[Finding]) -> None:
        self.summary_label.setText(summary_text(summary))
        self.model.set_findings(findings)
        self.empty.setVisible(not findings)  # an empty list says so rather than look unfinished

    def _forget_more_click(self) -> None:
        self._more_clicked = -1

    def count(self) -> int:
        """How many findings the list holds (the "more" row, when there is one, is not one)."""
        return self.model.shown

    def _activated(self, index: QModelIndex) -> None:
        if index.row() == self._more_clicked:
            return  # a click that also activates (some styles): that "more" row listed its findings already
        if self.model.is_more_row(index.row()):
            self._more_clicked = index.row()
            QTimer.singleShot(0, self._forget_more_click)  # once this event is handled: its row is a finding now
            self.model.show_more()
        else:
            self.row_requested.emit(int(index.data(ROW_ROLE)))
