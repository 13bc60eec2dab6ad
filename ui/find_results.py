"""The results table of File > Find Sources / Find Rewrites: one row a verified candidate, best first.

``ResultsTable`` shows ``core.corpus.Found`` rows (score, share, verdict, title, date, file) and answers which
files are selected; it never computes anything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from core.corpus import Found

QUIET_VERDICTS = ("independent", "unknown")  # candidates the comparison cleared: listed in grey
COLUMNS = ("Score", "Share", "Verdict", "Title", "Date", "File")
SHARE_TIPS = (
    "Share of the article taken from this source",
    "Share of this rewrite taken from the original",
)  # by direction: Find Sources, Find Rewrites


def distinct_names(paths: list[str]) -> list[str]:
    """Each file's name, with as many of its folders in front as it takes to tell files of one name apart.

    >>> distinct_names(["/c/a/rewrite.txt", "/c/rewrite.txt", "/c/b/story.txt"])
    ['a/rewrite.txt', 'c/rewrite.txt', 'story.txt']
    """
    parts = [Path(path).parts for path in paths]
    depth = [1] * len(paths)
    for _ in range(max((len(p) for p in parts), default=0)):
        shown = ["/".join(p[-d:]) for p, d in zip(parts, depth, strict=True)]
        clashing = {name for name in shown if shown.count(name) > 1}
        if not clashing:
            return shown
        depth = [d + (name in clashing) for name, d in zip(shown, depth, strict=True)]
    return ["/".join(p[-d:]) for p, d in zip(parts, depth, strict=True)]


class ResultsTable(QTableWidget):
    """Verified candidates, best first; several rows can be selected when ``several`` is true."""

    def __init__(self, several: bool, reverse: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("find-results")
        self.setHorizontalHeaderLabels(list(COLUMNS))
        share = self.horizontalHeaderItem(1)
        if share is not None:
            share.setToolTip(SHARE_TIPS[reverse])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        mode = QAbstractItemView.SelectionMode
        self.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(False)  # the order is the ranking
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.found: tuple[Found, ...] = ()

    def show_found(self, found: tuple[Found, ...]) -> None:
        """Replace the rows with ``found`` (a few dozen at most) and select the best one."""
        self.found = found
        self.clearContents()
        self.setRowCount(len(found))
        names = distinct_names([item.path for item in found])
        for row, item in enumerate(found):
            cells = (
                f"{item.score:.3f}",
                f"{item.right_from_left:.0%}",
                item.verdict,
                item.title,
                item.date,
                names[row],
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.verdict_reason if column == 2 else item.path if column == 5 else text)
                if item.verdict in QUIET_VERDICTS:
                    cell.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                if column < 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, cell)
        if found:
            self.selectRow(0)

    def path_at(self, row: int) -> str:
        return self.found[row].path

    def selected_paths(self) -> list[str]:
        """The selected candidates' files, in ranking order."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.found[row].path for row in rows if row < len(self.found)]
