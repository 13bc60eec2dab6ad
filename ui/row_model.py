"""The rows of a comparison as a Qt list model (one item per display row); the delegate paints them.

The rows shown are all of them (a ``range``) or only those with changes (the presentation's sorted ``changes``),
so a new comparison of 600,000 rows costs nothing here: no per-row list or dict is built on the GUI thread.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from core.report import Presentation, RowView, plain_text

ROW_VIEW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RowView of an item


class RowModel(QAbstractListModel):
    """Display rows, optionally without the unchanged ones; ``source_row`` maps back to the full list."""

    def __init__(self) -> None:
        super().__init__()
        self._presentation = Presentation(())
        self._shown: Sequence[int] = ()  # the comparison rows shown, in order: range(rows) or the changes

    def set_presentation(self, presentation: Presentation, hide_unchanged: bool) -> None:
        self.beginResetModel()
        self._presentation = presentation
        self._shown = presentation.changes if hide_unchanged else range(len(presentation.rows))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def source_row(self, visible: int) -> int:
        return self._shown[visible]

    def visible_row(self, source: int) -> int | None:
        """Where a row of the comparison is shown, or None when it is hidden (a binary search: both kinds of
        ``_shown`` are sorted)."""
        at = bisect_left(self._shown, source)
        return at if at < len(self._shown) and self._shown[at] == source else None

    def row_view(self, visible: int) -> RowView:
        return self._presentation.rows[self._shown[visible]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row_view(index.row())
        if role == ROW_VIEW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{plain_text(row.left)}\t{plain_text(row.right)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = sorted({run.note for run in (*row.left, *row.right) if run.note})
            return "\n".join(notes) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Row {index.row() + 1}, {row.kind.value}: {plain_text(row.left)} | {plain_text(row.right)}"
        return None
