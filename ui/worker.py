"""Loading, comparing and building the report off the GUI thread, with progress and cancel.

The worker owns the process-wide decisions a long comparison wants: Python's cyclic collector is paused while
it runs, and the finished report is moved out of the collector's reach (``gc.freeze``) before it resumes.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core import CompareOptions, ComparisonCancelled, Document, LoadError, combine_sources, compare, load_article
from core.budget import collection_paused
from core.report import build_report
from ui.cancellable import CancellableThread

Source = str | Document | tuple[str, ...]  # a file path, an article already read (pasted or dropped text), or
# several files: the sources of the left side, in order
LOADING_SHARE = 0.1  # of the progress bar: reading both files; comparing fills the rest


@dataclass(frozen=True)
class Job:
    """One comparison to run: two sources, the options, and a token that names it."""

    left: Source
    right: Source
    options: CompareOptions
    token: int


class CompareThread(CancellableThread):
    """Runs one job; emits ``done(token, Report)`` or ``failed(token, message)``, and ``progressed``."""

    done = Signal(int, object)
    failed = Signal(int, str)
    progressed = Signal(int, int)  # token, percent
    stage = Signal(int, str)  # token, what it is doing ("Reading original.txt…", "Comparing…")

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def _read(self, source: Source) -> Document:
        if isinstance(source, Document):
            return source
        if isinstance(source, tuple):  # several sources, in order
            documents = []
            for path in source:
                self.stage.emit(self.job.token, f"Reading {Path(path).name}…")
                documents.append(load_article(path))
            return combine_sources(documents)
        self.stage.emit(self.job.token, f"Reading {Path(source).name}…")
        return load_article(source)

    def _progress(self, fraction: float) -> None:
        self.progressed.emit(self.job.token, int(100 * (LOADING_SHARE + (1 - LOADING_SHARE) * fraction)))

    def run(self) -> None:
        with collection_paused():
            self._run(self.job.token)
            # Before the collector resumes: move the result's millions of objects out of its reach, or its
            # first pass walks them all (0.75 s on the whole Bible, holding the GIL and so the window).
            # Reference counting still frees them when the window lets the report go.
            gc.freeze()

    def _run(self, token: int) -> None:
        try:
            left = self._read(self.job.left)
            self.progressed.emit(token, int(50 * LOADING_SHARE))
            right = self._read(self.job.right)
            options = replace(self.job.options, should_cancel=self.cancel_requested, progress=self._progress)
            self.stage.emit(token, "Comparing…")
            report = build_report(compare(left, right, options))
        except ComparisonCancelled:
            return
        except LoadError as error:
            self.failed.emit(token, str(error))
        except Exception as error:
            self.failed.emit(token, f"Parallax could not compare these articles ({error.__class__.__name__}: {error})")
        else:
            self.done.emit(token, report)
