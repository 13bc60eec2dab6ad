"""The results table of File > Find Sources / Find Rewrites: one row a verified candidate, ranked as ``find`` ranks.

``ResultsTable`` shows ``core.corpus.Found`` rows and answers which files are selected; it never computes
anything. Its columns are the ranking's keys in the ranking's order (``#``, the verdict, the share of the
article's words in taken sentences, then the candidate score), then the share of sentences and the file's title,
date and name, so the default order reads as sorted: the header's indicator stands on ``#``. A click on a header
sorts by that column (numbers as numbers, verdicts by strength, dates by day; numbers and verdicts strongest
first on the first click), through a ``QSortFilterProxyModel`` over the rows in ranking order, so ties keep their
rank and a click on ``#`` brings the ranking back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core.corpus import Evidence, Found, other_way, shown_date
from core.corpus.dates import parse_date

QUIET_VERDICTS = ("independent", "unknown")  # candidates the comparison cleared: listed in grey
COLUMNS = ("#", "Verdict", "Words taken", "Score", "Linked", "Title", "Date", "File")
RANK, VERDICT, TAKEN, SCORE, SENTENCES, TITLE, DATE, FILE = range(len(COLUMNS))
SORT_KEY = Qt.ItemDataRole.UserRole  # the number (or text) a column sorts by
_STRENGTH = {"wholly derived": 2, "partially derived": 1}  # verdicts by strength, as ``find`` ranks them
_STRONGEST_FIRST = (VERDICT, TAKEN, SCORE, SENTENCES, DATE)  # first click: descending (latest date first)
_TIPS = (
    "Rank: by verdict, then words taken, then score (click to restore this order)",
    "The comparison's verdict (ranked first: wholly, then partially derived, then independent)",
    "Share of the {whose} words in sentences taken from {other} (ranked second; what the verdict reads)",
    "Candidate score from the index's fingerprints (ranked third; decides nothing)",
    "Share of the {whose} sentences linked to one of {other}'s, reworded or not (a link need not share a passage)",
    "Title",
    "Date of the article",
    "File (hover a name for its whole path)",
)
_WHOSE = (("article's", "this source"), ("rewrite's", "the original"))  # by direction: Find Sources, Rewrites


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


def _cells(rank: int, item: Found, name: str, reverse: bool) -> tuple[tuple[str, object], ...]:
    """(shown text, sort key) of each column of one result."""
    day = parse_date(item.date)
    return (
        (str(rank), rank),
        (item.shown_verdict, _STRENGTH.get(item.verdict, 0)),
        (f"{item.taken_share:.0%}", item.taken_share),
        (f"{item.score:.3f}", item.score),
        (f"{item.right_from_left:.0%}", item.right_from_left),
        (item.title, item.title.casefold()),
        (shown_date(item, reverse), day.toordinal() if day is not None else 0),
        (name, name.casefold()),
    )


def _tip(item: Found, column: int, text: str, reverse: bool) -> str:
    """A cell's tooltip: why the verdict, the whole path, why a date is out of order, else the text."""
    if column == VERDICT:
        return _verdict_tip(item, reverse)
    if column == FILE:
        return item.path
    if column == DATE and item.out_of_order:
        other = "a rewrite dated before the original" if reverse else "a source dated after the article"
        return f"{text}: {other}; it cannot be what it seems unless a date is wrong"
    return text


def _verdict_tip(item: Found, reverse: bool) -> str:
    copy = "The file holds the very same sentences: a copy, wholly derived either way. " if item.same_text else ""
    how = "Perhaps reversed: only by length" if item.reversed_by == Evidence.LENGTH.value else "Reversed: by its texts"
    turned = (f"{how} ({item.reversed_by}) the file looks like the {other_way(reverse)}. "
              if item.reversed else "")  # fmt: skip
    return copy + turned + item.verdict_reason


class ResultsTable(QTableView):
    """Verified candidates, ranked; several rows can be selected when ``several`` is true."""

    selection_changed = Signal()

    def __init__(self, several: bool, reverse: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-results")
        self.rows = QStandardItemModel(0, len(COLUMNS), self)  # in ranking order
        self.rows.setHorizontalHeaderLabels(list(COLUMNS))
        self.reverse = reverse
        whose, other = _WHOSE[reverse]
        for column, tip in enumerate(_TIPS):
            self.rows.setHeaderData(column, Qt.Orientation.Horizontal, tip.format(whose=whose, other=other),
                                    Qt.ItemDataRole.ToolTipRole)  # fmt: skip
            if column in _STRONGEST_FIRST:
                self.rows.setHeaderData(column, Qt.Orientation.Horizontal, Qt.SortOrder.DescendingOrder,
                                        Qt.ItemDataRole.InitialSortOrderRole)  # fmt: skip
        self.sorter = QSortFilterProxyModel(self)
        self.sorter.setSourceModel(self.rows)
        self.sorter.setSortRole(SORT_KEY)
        self.setModel(self.sorter)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        mode = QAbstractItemView.SelectionMode
        self.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (TITLE, FILE):  # what is left shared by the two texts, elided in their middle
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.setSortIndicatorShown(True)
        self.sortByColumn(RANK, Qt.SortOrder.AscendingOrder)
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.found: tuple[Found, ...] = ()

    def show_found(self, found: tuple[Found, ...]) -> None:
        """Replace the rows with ``found`` (a few dozen at most, best first), in ranking order, the best selected."""
        self.found = found
        self.rows.removeRows(0, self.rows.rowCount())
        self.sortByColumn(RANK, Qt.SortOrder.AscendingOrder)
        names = distinct_names([item.path for item in found])
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for rank, (item, name) in enumerate(zip(found, names, strict=True), 1):
            row = []
            for column, (text, key) in enumerate(_cells(rank, item, name, self.reverse)):
                cell = QStandardItem(text)
                cell.setData(key, SORT_KEY)
                cell.setToolTip(_tip(item, column, text, self.reverse))
                if item.verdict in QUIET_VERDICTS:
                    cell.setForeground(grey)
                if column not in (VERDICT, TITLE, DATE, FILE):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.append(cell)
            self.rows.appendRow(row)
        if found:
            self.selectRow(0)

    def rowCount(self) -> int:
        return self.sorter.rowCount()

    def text(self, row: int, column: int) -> str:
        """The text shown at a row (as the table is sorted now) and column."""
        return str(self.sorter.index(row, column).data())

    def _rank(self, row: int) -> int:
        return self.sorter.mapToSource(self.sorter.index(row, 0)).row()

    def path_at(self, row: int) -> str:
        """The file of the result shown at ``row`` (as the table is sorted now)."""
        return self.found[self._rank(row)].path

    def selected_paths(self) -> list[str]:
        """The selected candidates' files, in ranking order whatever the table is sorted by."""
        ranks = sorted({self._rank(index.row()) for index in self.selectionModel().selectedRows()})
        return [self.found[rank].path for rank in ranks if rank < len(self.found)]

    def select_also(self, row: int) -> None:
        """Add the row shown at ``row`` to the selection."""
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().select(self.sorter.index(row, 0), flags)

    def index_at(self, row: int, column: int) -> QModelIndex:
        return self.sorter.index(row, column)
