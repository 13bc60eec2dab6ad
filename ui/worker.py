"""Loading and comparing off the GUI thread, with progress and cancel; the session drops stale results."""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal

from core import CompareOptions, Comparison, ComparisonCancelled, Document, LoadError, compare, load_article
from core.budget import collection_paused
from core.report.findings import Finding, list_findings
from core.report.presentation import Presentation, present

Source = str | Document  # a file path, or an article already read (pasted or dropped text)


@dataclass(frozen=True)
class Result:
    """A finished comparison with what the window shows of it, all computed off the GUI thread."""

    comparison: Comparison
    presentation: Presentation
    findings: list[Finding]


@dataclass(frozen=True)
class Job:
    """One comparison to run: two sources, the options, and a token that names it."""

    left: Source
    right: Source
    options: CompareOptions
    token: int


class CompareThread(QThread):
    """Runs one job; emits ``done(token, Result)`` or ``failed(token, message)``, and ``progressed``."""

    done = Signal(int, object)
    failed = Signal(int, str)
    progressed = Signal(int, int)  # token, percent

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @staticmethod
    def _read(source: Source) -> Document:
        return source if isinstance(source, Document) else load_article(source)

    def run(self) -> None:
        token = self.job.token
        with collection_paused():
            self._run(token)
            # Before the collector resumes: move the result's millions of objects out of its reach, or its
            # first pass walks them all (0.75 s on the whole Bible, holding the GIL and so the window).
            # Reference counting still frees them when the window lets the comparison go.
            gc.freeze()

    def _run(self, token: int) -> None:
        try:
            left, right = self._read(self.job.left), self._read(self.job.right)
            options = CompareOptions(
                ignore_case=self.job.options.ignore_case,
                ignore_punctuation=self.job.options.ignore_punctuation,
                ignore_quote_style=self.job.options.ignore_quote_style,
                should_cancel=self._cancelled.is_set,
                progress=lambda fraction: self.progressed.emit(token, int(fraction * 100)),
            )
            comparison = compare(left, right, options)
            result = Result(comparison, present(comparison), list_findings(comparison))
        except ComparisonCancelled:
            return
        except LoadError as error:
            self.failed.emit(token, str(error))
        except Exception as error:
            self.failed.emit(token, f"Parallax could not compare these articles ({error.__class__.__name__}: {error})")
        else:
            self.done.emit(token, result)
