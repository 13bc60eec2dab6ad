"""The status bar: a line of text, the progress bar and the Cancel button, and the words they show.

``StatusLine`` owns the three widgets; ``report_status(report)`` and ``link_status(report, link)`` make the
texts for a shown comparison and a selected link, from the report alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from core import LinkKind
from core.report import Report, count


def report_status(report: Report) -> str:
    """What the status bar says about a comparison just shown."""
    comparison = report.comparison
    moved = sum(1 for link in comparison.links if link.kind is LinkKind.MOVED)
    changes = count(len(report.presentation.changes), "row with changes", "rows with changes")
    return (
        f"Compared in {comparison.seconds:.2f} s — {len(comparison.left.paragraphs)} vs "
        f"{len(comparison.right.paragraphs)} paragraphs — {len(comparison.links)} links, {moved} moved — {changes}"
    )


def link_status(report: Report, link: int) -> str:
    """Where a selected link's text stands, and how similar its two sides are."""
    chosen = report.comparison.links[link]
    where = ", ".join(str(row + 1) for row in report.link_rows(link))
    return f"Selected: {chosen.kind.value} text, similarity {chosen.similarity:.2f}, row(s) {where}"


class StatusLine:
    """The status bar's widgets: ``text`` (a label), ``progress`` and ``cancel_button``."""

    def __init__(self, bar: QStatusBar) -> None:
        self.text = QLabel("Open two articles to compare (File menu), or drop them here.")
        self.text.setAccessibleName("Status")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName("Comparison progress")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop comparing or exporting (Esc)")
        bar.addWidget(self.text, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    def say(self, text: str) -> None:
        self.text.setText(text)

    def busy(self, text: str | None) -> None:
        """Show progress from 0 with ``text``; None hides the progress bar and the Cancel button."""
        self.progress.setVisible(text is not None)
        self.cancel_button.setVisible(text is not None)
        if text is not None:
            self.progress.setValue(0)
            self.say(text)
