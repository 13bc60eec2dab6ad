"""The side panel: the summary first, then the findings (figures, quotes, moved, added, removed); a click on
a finding asks for its row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from core.engine import Summary
from core.report import Finding, summary_lines

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def summary_text(summary: Summary | None) -> str:
    """The summary as a short paragraph of rich text (the same words as the report's)."""
    return "<br>".join(summary_lines(summary))


class FindingsModel(QAbstractListModel):
    """The findings as a list model: a reset of thousands of them costs nothing until they are shown."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.items = findings
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        finding = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{finding.icon}  {finding.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.detail or finding.text
        if role == ROW_ROLE:
            return finding.row
        return None


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
        self.findings = QListView()
        self.findings.setModel(self.model)
        self.findings.setAccessibleName("Findings")
        self.findings.setUniformItemSizes(True)  # one line each (the tooltip has it all): thousands lay out at once
        self.findings.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Summary</b>"))
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel("<b>Findings</b>"))
        layout.addWidget(self.findings, 1)
        self.findings.activated.connect(self._activated)
        self.findings.clicked.connect(self._activated)

    def show_findings(self, summary: Summary | None, findings: list[Finding]) -> None:
        self.summary_label.setText(summary_text(summary))
        self.model.set_findings(findings)

    def count(self) -> int:
        return self.model.rowCount()

    def _activated(self, index: QModelIndex) -> None:
        self.row_requested.emit(int(index.data(ROW_ROLE)))
