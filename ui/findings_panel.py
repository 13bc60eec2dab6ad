"""The side panel: the summary first, then the findings (figures, quotes, moved, added, removed); a click on
a finding asks for its row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from core.findings_list import Finding
from core.summary import Summary

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def summary_text(summary: Summary | None) -> str:
    """The summary as a short paragraph of rich text."""
    if summary is None:
        return "<b>Summary</b><br>Not computed: the time budget ran out first."
    credit = f"yes: “{summary.credit}”" if summary.credit else "no"
    figures = summary.figures
    return (
        f"<b>{summary.right_from_left:.0%}</b> of the rewrite comes from the original; "
        f"<b>{summary.left_reused:.0%}</b> of the original is reused.<br>"
        f"{summary.changed} sentences reworded, {summary.moved} moved, {summary.identical} unchanged; "
        f"{summary.added} added, {summary.removed} left out.<br>"
        f"Figures: {figures.get('changed', 0)} changed, {figures.get('removed', 0)} dropped, "
        f"{figures.get('added', 0)} new. Quotes: {summary.quotes.get('unsupported', 0)} unsupported, "
        f"{summary.quotes.get('altered', 0)} altered, {summary.quotes.get('dropped', 0)} dropped.<br>"
        f"Credits a source: {credit}"
    )


class FindingsPanel(QWidget):
    """Summary and findings; ``row_requested`` carries the row of a clicked finding."""

    row_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setAccessibleName("Summary")
        self.findings = QListWidget()
        self.findings.setAccessibleName("Findings")
        self.findings.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Summary</b>"))
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel("<b>Findings</b>"))
        layout.addWidget(self.findings, 1)
        self.findings.itemActivated.connect(self._activated)
        self.findings.itemClicked.connect(self._activated)

    def show_findings(self, summary: Summary | None, findings: list[Finding]) -> None:
        self.summary_label.setText(summary_text(summary))
        self.findings.clear()
        for finding in findings:
            item = QListWidgetItem(f"{finding.icon}  {finding.text}")
            item.setData(ROW_ROLE, finding.row)
            item.setToolTip(finding.detail or finding.text)
            self.findings.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        self.row_requested.emit(int(item.data(ROW_ROLE)))
