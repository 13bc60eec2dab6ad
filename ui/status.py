"""The status bar: a line of text, the progress bar and the Cancel button, and the words they show.

``StatusLine`` owns the three widgets (the bar shows a comparison's or an export's progress, indeterminate while
files are read, or how far a huge comparison's rows are laid out); ``report_status(report)`` and
``link_status(report, link)`` make the texts for a shown comparison and a selected link, from the report alone;
``boilerplate_html`` the View > Show Removed Boilerplate strip (its lines joined by ``SEPARATOR``). ``stock`` is
the lines a corpus search's stock set aside (the session's ``stock_lines``: left's, right's), told apart from the
loader's boilerplate.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from core import Comparison, LinkKind
from core.load import Repeated
from core.report import Report, count
from ui.worker import Stock


def report_status(
    report: Report, waited: float | None = None, stock: Stock = ((), ()), twice: Repeated | None = None
) -> str:
    """What the status bar says about a comparison just shown; ``waited`` is the whole wait the user had (reading
    the files, comparing, building what is shown), when known, or else only the comparison's time is given;
    ``twice``, a file given on both sides (said first: the user most likely chose it by mistake)."""
    comparison = report.comparison
    moved = sum(1 for link in comparison.links if link.kind is LinkKind.MOVED)
    changes = count(len(report.presentation.changes), "row with changes", "rows with changes")
    took = (
        f"Read and compared in {waited:.2f} s (comparing alone {comparison.seconds:.2f} s)"
        if waited is not None
        else f"Compared in {comparison.seconds:.2f} s"
    )
    lines = len(stock[0]) + len(stock[1])
    stocked = count(lines, "stock line", "stock lines")
    aside = f" — {stocked} of the corpus not counted (View > Show Removed Boilerplate)" if lines else ""
    mistake = ""
    if twice is not None:
        names = " and ".join(dict.fromkeys(Path(path).name for path in (twice.first, twice.second)))
        said = "one file on both sides, compared with itself" if twice.rewrite else "one file given twice as a source"
        mistake = f"{names}: {said} — "
    return (
        f"{mistake}{took} — {len(comparison.left.paragraphs)} vs "
        f"{len(comparison.right.paragraphs)} paragraphs — {len(comparison.links)} links, {moved} moved — {changes}"
        f"{aside}"
    )


SEPARATOR = " · "  # between the lines listed: "; " doubled their own punctuation ("Updated at:; Share")


def _listed(lines: tuple[str, ...] | list[str]) -> str:
    return escape(SEPARATOR.join(lines)) or "none"


def _loaders(boilerplate: tuple[str, ...], stock: tuple[str, ...]) -> list[str]:
    """The boilerplate lines the loader set aside: all but the stock lines (each taken once)."""
    remaining = Counter(stock)
    kept = []
    for line in boilerplate:
        if remaining[line] > 0:
            remaining[line] -= 1
        else:
            kept.append(line)
    return kept


def boilerplate_html(comparison: Comparison, stock: Stock = ((), ())) -> str:
    """The boilerplate strip: what the loader set aside, then the corpus's stock lines (not counted either)."""
    loader = [
        _loaders(d.boilerplate, lines) for d, lines in zip((comparison.left, comparison.right), stock, strict=True)
    ]
    text = f"<b>Set aside as boilerplate</b> — original: {_listed(loader[0])}<br>rewrite: {_listed(loader[1])}"
    if stock[0] or stock[1]:
        text += (
            "<br><b>Stock lines of the corpus</b> (shared by many of its articles; not counted, as in the search's"
            f" verdict) — original: {_listed(stock[0])}<br>rewrite: {_listed(stock[1])}"
        )
    return text  # at the label's own size, which the zoom sets (View > Zoom In scales it like the legend)


def link_status(report: Report, link: int) -> str:
    """Where a selected link's text stands, and how similar its two sides are."""
    chosen = report.comparison.links[link]
    where = ", ".join(str(row + 1) for row in report.link_rows(link))
    return f"Selected: {chosen.kind.value} text, similarity {chosen.similarity:.2f}, row(s) {where}"


ROWS_FORMAT = "Rows %p%"  # the bar's text while the rows are laid out (a comparison's or an export's: "%p%")
ROWS_TIP = "Laying out the rows: they show once every row is placed"


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
        self.working = False  # a comparison or an export owns the bar
        bar.addWidget(self.text, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    def say(self, text: str) -> None:
        self.text.setText(text)

    def busy(self, text: str | None) -> None:
        """Show progress from 0 with ``text``; None hides the progress bar and the Cancel button."""
        self.working = text is not None
        self.progress.setVisible(self.working)
        self.cancel_button.setVisible(self.working)
        self.progress.setFormat("%p%")
        self.progress.setToolTip("")
        if text is not None:
            self.show_progress(0)
            self.say(text)

    def laying_out(self, percent: int) -> None:
        """Show how far the rows' layout got ("Rows 40%"; the rows appear when it ends, at 100), unless a comparison
        or an export owns the bar."""
        if self.working:
            return
        self.progress.setVisible(percent < 100)
        self.progress.setFormat(ROWS_FORMAT)
        self.progress.setToolTip(ROWS_TIP)
        self.show_progress(percent)

    def show_progress(self, percent: int) -> None:
        """Fill the bar to ``percent``; a negative one (how far is unknown) makes it indeterminate (a busy bar)."""
        if percent < 0:
            self.progress.setRange(0, 0)
            return
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self.progress.setValue(percent)
