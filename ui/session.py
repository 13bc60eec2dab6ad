"""The session between the window and ``core``: the two sources, the options, the report shown.

Starting a comparison cancels the one running; a late result of a cancelled or older job is ignored (each job
carries a token). The window listens to ``started``, ``progressed``, ``ready``, ``failed`` and ``replaced``
(the report no longer shown, for the window to free bit by bit).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core import CompareOptions, Comparison
from core.report import Report
from ui.worker import CompareThread, Job, Source


class Session(QObject):
    """Owns the sources, the report and the worker threads; never touches widgets."""

    started = Signal()
    progressed = Signal(int)
    ready = Signal(object)  # Report
    replaced = Signal(object)  # the Report that was shown before
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.left: Source | None = None
        self.right: Source | None = None
        self.options = CompareOptions()
        self.report: Report | None = None
        self._token = 0
        self._current = 0  # token of the job whose result is wanted; 0 when none runs
        self._threads: dict[int, CompareThread] = {}  # every thread not yet finished, kept alive until then

    @property
    def comparison(self) -> Comparison | None:
        """The comparison shown (the report's), or None."""
        return self.report.comparison if self.report is not None else None

    @property
    def busy(self) -> bool:
        return self._current != 0

    def compare(self, left: Source, right: Source) -> None:
        """Start comparing; on success the sources become the session's, on failure nothing changes."""
        self.cancel()
        self._token += 1
        token = self._current = self._token
        thread = CompareThread(Job(left, right, self.options, token), self)
        thread.done.connect(self._done)
        thread.failed.connect(self._failed)
        thread.progressed.connect(self._progressed)
        thread.finished.connect(lambda: self._threads.pop(token, None))
        self._threads[token] = thread
        self.started.emit()
        thread.start()

    def rerun(self) -> None:
        """Compare the current sources again (after an option changed, or to reload files)."""
        if self.left is not None and self.right is not None:
            self.compare(self.left, self.right)

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

    def adopt(self, report: Report) -> None:
        """Show ``report`` (a finished comparison; tests and benchmarks may hand one in directly)."""
        previous, self.report = self.report, report
        self.ready.emit(report)
        if previous is not None:
            self.replaced.emit(previous)

    def _done(self, token: int, report: Report) -> None:
        if token != self._current:
            return  # a stale result: cancelled, or a newer comparison was asked for
        self._current = 0
        job = self._threads[token].job
        self.left, self.right = job.left, job.right
        self.adopt(report)

    def _failed(self, token: int, message: str) -> None:
        if token == self._current:
            self._current = 0
            self.failed.emit(message)

    def _progressed(self, token: int, percent: int) -> None:
        if token == self._current:
            self.progressed.emit(percent)
