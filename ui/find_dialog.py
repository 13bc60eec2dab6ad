"""The Find Sources / Find Rewrites dialog: an article, a corpus folder, a search in a worker, the results.

``FindDialog(reverse, prompter, settings)``: with ``reverse`` false it finds the sources of an article (each
result opens with the source on the left and the article on the right; several selected open together as the
article's sources), with ``reverse`` true the rewrites of an original (the original on the left). The search
runs in a :class:`ui.find_worker.FindThread`; Esc or the Cancel button stops it (Esc closes the dialog only
when nothing runs). Enter or a double-click on a result emits ``open_requested(left, right, stock)``, which the
main window turns into a comparison with the corpus's stock lines set aside as the search did (``stock``: the
results' ``core.corpus.Found.stock``), so it shows the list's verdict, and the dialog steps aside (shown again
with its results by the same menu command, as long as the article is the same). Each search compares with
the options ``options()`` returns (the window's View options, so a result judges as it opens). The corpus
folder is remembered between runs (``Settings.corpus_folder``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import CompareOptions, Document
from core.corpus import NO_COMMON_FEATURES
from ui.find_results import QUIET_VERDICTS, ResultsTable
from ui.find_worker import FindJob, FindOutcome, FindThread
from ui.prompter import Prompter
from ui.settings import Settings

_TEXTS = {
    False: ("Find Sources", "Article", "Find the articles this one was made from", "Open Together as Sources"),
    True: ("Find Rewrites", "Original", "Find the articles that reuse this one", ""),
}


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)  # Enter belongs to the results list, not to a button
    return button


class FindDialog(QDialog):
    """See the module docstring; ``search_thread`` is the running search, if any."""

    open_requested = Signal(object, object, object)  # left, right: a path (or several, a tuple) and a path or
    # Document; the CommonFeatures that set the stock lines of those results aside

    def __init__(self, reverse: bool, prompter: Prompter, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reverse = reverse
        self.prompter = prompter
        self.settings = settings
        self.index_folder: str | None = None  # None: the user's data folder
        self.options: Callable[[], CompareOptions] = CompareOptions  # the options each search compares with
        self.article: str | Document | None = None
        self.search_thread: FindThread | None = None
        self.outcome: FindOutcome | None = None
        self._searched = ""  # the folder of the running search
        title, self._role, self._hint, together = _TEXTS[reverse]
        self.setWindowTitle(title)
        self.setObjectName("find-rewrites" if reverse else "find-sources")
        self._build(together)
        self.corpus.setText(settings.corpus_folder())
        self._set_running(False)
        self.resize(1000, 480)

    def _build(self, together: str) -> None:
        self.article_label = QLabel(f"<i>no {self._role.lower()} chosen</i>")
        self.article_label.setToolTip(self._hint)
        self.choose_article = _button("Choose…", "choose-article")
        self.corpus = QLineEdit()
        self.corpus.setObjectName("corpus-folder")
        self.corpus.setPlaceholderText("a folder of articles (searched with its subfolders)")
        self.choose_corpus = _button("Choose…", "choose-corpus")
        form = QFormLayout()
        form.addRow(f"{self._role}:", _row(self.article_label, self.choose_article))
        form.addRow("Corpus folder:", _row(self.corpus, self.choose_corpus))
        self.search_button = _button("&Search", "search")
        self.cancel_button = _button("Cancel", "cancel")
        self.progress = QProgressBar()
        self.stage = QLabel()
        self.stage.setObjectName("find-stage")
        self.stage.setWordWrap(True)
        self.results = ResultsTable(several=not self.reverse, reverse=self.reverse)
        self.summary = QLabel()
        self.summary.setObjectName("find-summary")
        self.summary.setWordWrap(True)
        self.open_button = _button("&Open Comparison", "open")
        self.together_button = _button(together or "-", "open-together")
        self.together_button.setVisible(bool(together))
        self.close_button = _button("Close", "close")
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(_row(self.stage, self.progress, self.search_button, self.cancel_button))
        column.addWidget(self.results, 1)
        column.addWidget(self.summary)
        column.addWidget(_row(QWidget(), self.open_button, self.together_button, self.close_button))
        self.choose_article.clicked.connect(self._choose_article)
        self.choose_corpus.clicked.connect(self._choose_corpus)
        self.search_button.clicked.connect(self.search)
        self.corpus.returnPressed.connect(self.search)  # a folder typed by hand: Enter searches it
        self.cancel_button.clicked.connect(self.cancel)
        self.results.activated.connect(self._activated)
        self.results.selection_changed.connect(self._selection_changed)
        self.open_button.clicked.connect(self.open_current)
        self.together_button.clicked.connect(self.open_selected_together)
        self.close_button.clicked.connect(self.reject)

    # -- choosing --------------------------------------------------------------------------------------------------
    def set_article(self, article: str | Document | None) -> None:
        """The article to search for (a path, or an article already read such as pasted text)."""
        if self.running:
            return
        if article != self.article:  # the results were another article's
            self.results.show_found(())
            self.summary.clear()
            self.stage.clear()
        self.article = article
        name = Path(article).name if isinstance(article, str) else article.name if article is not None else ""
        self.article_label.setText(name or f"<i>no {self._role.lower()} chosen</i>")
        self.article_label.setToolTip(article if isinstance(article, str) else self._hint)
        self._set_running(False)

    def focus_next_step(self) -> None:
        """Focus what the user does next: the results when there are some (Enter opens one), else the corpus
        folder, its text selected (type a folder, or Enter to search the one remembered)."""
        if self.results.rowCount():
            self.results.setFocus()
        else:
            self.corpus.setFocus()
            self.corpus.selectAll()

    def _choose_article(self) -> None:
        path = self.prompter.open_file(f"{self._hint}: choose the {self._role.lower()}")
        if path:
            self.set_article(path)
        self._take_focus_back()

    def _choose_corpus(self) -> None:
        folder = self.prompter.open_folder("Choose the corpus folder")
        if folder:
            self.corpus.setText(folder)
        self._take_focus_back()

    def _take_focus_back(self) -> None:
        """After a file chooser (a child of the main window, which gets the focus when it closes): this dialog is
        active again and its next step focused, so typing goes on here."""
        self.raise_()
        self.activateWindow()
        self.focus_next_step()

    # -- searching -------------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.search_thread is not None

    def _set_running(self, running: bool) -> None:
        self.search_button.setEnabled(not running and self.article is not None)
        self.cancel_button.setEnabled(running)
        self.choose_article.setEnabled(not running)
        self.choose_corpus.setEnabled(not running)
        self.corpus.setEnabled(not running)
        self.progress.setVisible(running)
        self._selection_changed()

    def search(self) -> None:
        """Start searching the corpus folder for the article (nothing happens while a search runs)."""
        folder = os.path.expanduser(self.corpus.text().strip())  # "~/archive" typed by hand
        if self.running or self.article is None:
            return
        if not folder:
            self.stage.setText("Choose a corpus folder first.")
            return
        self._searched = folder  # remembered once the search worked (a missing folder is not)
        self.outcome = None
        self.results.show_found(())
        self.summary.clear()
        self.progress.setValue(0)
        self.stage.setText("Starting…")
        job = FindJob(self.article, (folder,), self.reverse, self.index_folder, options=self.options())
        thread = FindThread(job, self)
        thread.progressed.connect(self.progress.setValue)
        thread.stage.connect(self.stage.setText)
        thread.done.connect(self._done)
        thread.failed.connect(self._failed)
        thread.cancelled.connect(self._cancelled)
        self.search_thread = thread
        self._set_running(True)
        thread.start()

    def cancel(self) -> None:
        """Stop the running search (its late result, if any, is not shown)."""
        if self.search_thread is not None:
            self.search_thread.cancel()
            self.stage.setText("Cancelling…")

    def _finish(self) -> bool:
        """The search ended; False when it was cancelled meanwhile (its result is then dropped)."""
        thread, self.search_thread = self.search_thread, None
        self._set_running(False)
        if thread is not None:
            thread.wait()  # it has emitted its last signal: only its return is left
            thread.deleteLater()
        return thread is not None and not thread.cancel_requested()

    def _done(self, outcome: FindOutcome) -> None:
        if not self._finish():
            self._cancelled()
            return
        self.outcome = outcome
        self.settings.set_corpus_folder(self._searched)
        self.results.show_found(outcome.found)
        derived = sum(1 for f in outcome.found if f.verdict not in QUIET_VERDICTS)
        what = ("rewrite", "rewrites") if self.reverse else ("source", "sources")
        self.stage.setText(
            f"{_plural(derived, *what)} found; {_plural(len(outcome.found), 'candidate', 'candidates')} compared."
            if outcome.found
            else "No candidates: nothing in the corpus shares enough with it."
        )
        self.summary.setText(_summary(outcome))
        self.summary.setToolTip("\n".join(outcome.skipped_examples))
        self.results.setFocus()

    def _failed(self, message: str) -> None:
        self._finish()
        self.stage.setText(message)

    def _cancelled(self) -> None:
        self._finish()
        self.stage.setText("Search cancelled; nothing is shown.")

    def reject(self) -> None:
        """Esc: stop a running search, or close the dialog when nothing runs."""
        if self.running:
            self.cancel()
            return
        super().reject()

    # -- opening ---------------------------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        chosen = len(self.results.selected_paths())
        self.open_button.setEnabled(chosen >= 1)
        self.together_button.setEnabled(chosen >= 2)

    def _open(self, paths: list[str]) -> None:
        if not paths or self.article is None:
            return
        stock = NO_COMMON_FEATURES
        for found in self.results.found:
            if found.path in paths[:1] or (not self.reverse and found.path in paths):
                stock = stock.union(found.stock)
        if self.reverse:
            self.open_requested.emit(self.article, paths[0], stock)
        else:
            self.open_requested.emit(paths[0] if len(paths) == 1 else tuple(paths), self.article, stock)
        self.hide()  # the comparison opens behind; File > Find Sources… shows these results again

    def _activated(self, index: QModelIndex) -> None:
        """Enter or a double-click: that result; with several selected (Find Sources), all of them together."""
        selected = self.results.selected_paths()
        path = self.results.path_at(index.row())
        self._open(selected if not self.reverse and len(selected) > 1 and path in selected else [path])

    def open_current(self) -> None:
        """The Open Comparison button: the best selected result alone."""
        self._open(self.results.selected_paths()[:1])

    def open_selected_together(self) -> None:
        """Every selected result as the sources of the article (Find Sources only)."""
        self._open(self.results.selected_paths())


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for position, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if position == 0 else 0)
    return holder


def _summary(outcome: FindOutcome) -> str:
    text = f"{_plural(outcome.indexed, 'article', 'articles')} in the corpus"
    if outcome.skipped:
        reasons = ", ".join(f"{count:,} {reason}" for reason, count in outcome.skipped_by_reason)
        text += f"; {_plural(outcome.skipped, 'file', 'files')} skipped ({reasons})"
    return text + "."
