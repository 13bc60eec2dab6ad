"""The session between the window and ``core``: the two sources, the options, the report shown.

Starting a comparison cancels the one running; a late result of a cancelled or older job is ignored (each job
carries a token). The window listens to ``started``, ``progressed``, ``ready``, ``failed`` and ``replaced``
(the report no longer shown, for the window to free bit by bit). A comparison opened from a corpus search
keeps the search's ``stock`` (the corpus's stock lines set aside, as the search judged) through reruns;
``stock_lines`` are the lines it set aside (left's, right's). Before the first report, ``left`` and ``right`` are
the sides chosen so far; a comparison of them that fails to read one keeps the other chosen.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from core import CompareOptions, Comparison, Side
from core.corpus import CommonFeatures
from core.report import Report
from ui.worker import CompareThread, Job, Source, Stock


class Session(QObject):
    """Owns the sources, the report and the worker threads; never touches widgets."""

    started = Signal()
    progressed = Signal(int)
    stage = Signal(str)  # what the running job is doing: reading a file, comparing
    ready = Signal(object)  # Report
    replaced = Signal(object)  # the Report that was shown before
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.left: Source | None = None
        self.right: Source | None = None
        self.stock: CommonFeatures | None = None  # the corpus search's stock lines set aside, if it came from one
        self.stock_lines: Stock = ((), ())
        self.options = CompareOptions()
        self.report: Report | None = None
        self._token = 0
        self._current = 0  # token of the job whose result is wanted; 0 when none runs
        self._threads: dict[int, CompareThread] = {}  # every thread not yet finished, kept alive until then
        self._started = 0.0  # perf_counter() when the running job was asked for
        self.waited: float | None = None  # seconds from asking to the report shown: reading, comparing, all

    @property
    def comparison(self) -> Comparison | None:
        """The comparison shown (the report's), or None."""
        return self.report.comparison if self.report is not None else None

    @property
    def busy(self) -> bool:
        return self._current != 0

    def compare(self, left: Source, right: Source, stock: CommonFeatures | None = None) -> None:
        """Start comparing; on success the sources (and ``stock``) become the session's, on failure nothing
        changes."""
        self.cancel()
        self._token += 1
        token = self._current = self._token
        thread = CompareThread(Job(left, right, self.options, token, stock), self)
        thread.done.connect(self._done)
        thread.failed.connect(self._failed)
        thread.progressed.connect(self._progressed)
        thread.stage.connect(lambda job, text: self.stage.emit(text) if job == self._current else None)
        thread.finished.connect(lambda: self._threads.pop(token, None))
        self._threads[token] = thread
        self._started = time.perf_counter()
        self.started.emit()
        thread.start()

    def rerun(self) -> None:
        """Compare the current sources again (after an option changed, or to reload files)."""
        if self.left is not None and self.right is not None:
            self.compare(self.left, self.right, self.stock)

    def cancel(self) -> None:
        """Stop the running comparison; its result, if it still comes, is ignored."""
        thread = self._threads.get(self._current)
        self._current = 0
        if thread is not None:
            thread.cancel()
            self.cancelled.emit()

    def wait(self, milliseconds: int = 5000) -> None:
        """Stop every thread and wait for them (on closing)."""
        self._current = 0
        for thread in list(self._threads.values()):
            thread.cancel()
            thread.wait(milliseconds)

    def adopt(self, report: Report, waited: float | None = None) -> None:
        """Show ``report`` (a finished comparison; tests and benchmarks may hand one in directly, ``waited``
        None: no wait to report)."""
        self.waited = waited
        previous, self.report = self.report, report
        self.ready.emit(report)
        if previous is not None:
            self.replaced.emit(previous)

    def _done(self, token: int, report: Report) -> None:
        if token != self._current:
            return  # a stale result: cancelled, or a newer comparison was asked for
        self._current = 0
        thread = self._threads[token]
        self.left, self.right, self.stock = thread.job.left, thread.job.right, thread.job.stock
        self.stock_lines = thread.stock_lines
        self.adopt(report, time.perf_counter() - self._started)

    def _failed(self, token: int, message: str) -> None:
        """A failed job changes nothing while a report is shown (it stays, with its sources); before the first
        one, the side whose article could not be read is dropped and the other stays chosen."""
        if token == self._current:
            self._current = 0
            thread = self._threads[token]
            if self.report is None and thread.unread is not None:
                kept = thread.job.right if thread.unread is Side.LEFT else thread.job.left
                self.left, self.right = (None, kept) if thread.unread is Side.LEFT else (kept, None)
            self.failed.emit(message)

    def _progressed(self, token: int, percent: int) -> None:
        if token == self._current:
            self.progressed.emit(percent)

    def input_paths(self) -> list[str]:
        """The files the current comparison read (pasted or dropped text has none)."""
        paths: list[str] = []
        for source in (self.left, self.right):
            if isinstance(source, str):
                paths.append(source)
            elif isinstance(source, tuple):
                paths.extend(source)
        return paths
