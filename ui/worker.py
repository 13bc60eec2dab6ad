"""Loading, comparing and building the report off the GUI thread, with progress and cancel.

A comparison opened from a corpus search carries the search's ``stock`` (``core.corpus.Found.stock``): each
article read has the corpus's stock lines set aside exactly as the search did before judging
(``core.corpus.without_stock``), so the window shows the verdict the results list showed; the lines set aside
are kept in ``stock_lines`` (left, right) for the window to show them as such.

Progress is honest across the whole wait: reading the files (``READING``: how far is unknown, so the bar goes
indeterminate, -1), comparing (``COMPARING``, by ``core.engine.STAGES``) and building the report
(``BUILDING``, by ``core.report.REPORT_STAGES``) each fill their share of the bar, and ``stage`` says which stage
runs ("Aligning sentences…"). Shares are of the whole wait on the Bible and on 600,000 short lines; a signal goes
out only when the percent or the stage's words change.

The worker owns the process-wide decisions a long comparison wants: Python's cyclic collector is paused while
it runs, and the finished report is moved out of the collector's reach (``gc.freeze``) before it resumes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core import (
    CompareOptions,
    ComparisonCancelled,
    Document,
    LoadError,
    Side,
    combine_sources,
    compare,
    load_article,
)
from core.budget import collection_paused
from core.corpus import CommonFeatures, stock_lines, without_stock
from core.engine import STAGES
from core.options import Stage, stage_at
from core.report import REPORT_STAGES, build_report
from ui.cancellable import CancellableThread

Stock = tuple[tuple[str, ...], tuple[str, ...]]  # stock lines set aside: the left article's, the right one's

Source = str | Document | tuple[str, ...]  # a file path, an article already read (pasted or dropped text), or
# several files: the sources of the left side, in order
UNKNOWN = -1  # percent: how far the stage got is unknown (the bar goes indeterminate)


@dataclass(frozen=True)
class Phase:
    """A part of the wait, the share of the progress bar it fills and its stages (none: how far it got is unknown)."""

    start: float  # fraction of the bar at which it begins
    end: float  # fraction of the bar at which it ends
    stages: tuple[Stage, ...]


READING = Phase(0.0, 0.1, ())  # reading both files (how far is not known)
COMPARING = Phase(0.1, 0.6, STAGES)  # core.compare
BUILDING = Phase(0.6, 1.0, REPORT_STAGES)  # core.report.build_report: the rows and findings the window shows


@dataclass(frozen=True)
class Job:
    """One comparison to run: two sources, the options, and a token that names it."""

    left: Source
    right: Source
    options: CompareOptions
    token: int
    stock: CommonFeatures | None = None  # a corpus search's stock lines to set aside (None: none)


class CompareThread(CancellableThread):
    """Runs one job; emits ``done(token, Report)`` or ``failed(token, message)``, and ``progressed``."""

    done = Signal(int, object)
    failed = Signal(int, str)
    progressed = Signal(int, int)  # token, percent of the whole wait (UNKNOWN: indeterminate)
    stage = Signal(int, str)  # token, what it is doing ("Reading original.txt…", "Aligning sentences…")

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.stock_lines: Stock = ((), ())  # set aside: left's, right's
        self.unread: Side | None = None  # on failure, the side whose article could not be read (None: neither)
        self._said: tuple[int, str] = (UNKNOWN - 1, "")  # the percent and the stage's words last sent

    def _load(self, source: str | Document) -> tuple[Document, tuple[str, ...]]:
        """One article as compared: its stock lines set aside (before any combining), and those lines."""
        if isinstance(source, str):
            self._tell(UNKNOWN, f"Reading {Path(source).name}…")
        document = source if isinstance(source, Document) else load_article(source)
        if self.job.stock is None:
            return document, ()
        (stripped,) = without_stock([document], self.job.stock)
        return stripped, stock_lines(document, stripped)

    def _read(self, source: Source) -> tuple[Document, tuple[str, ...]]:
        if isinstance(source, tuple):  # several sources, in order
            loaded = [self._load(path) for path in source]
            return combine_sources([d for d, _ in loaded]), tuple(line for _, lines in loaded for line in lines)
        return self._load(source)

    def _tell(self, percent: int, words: str) -> None:
        """Send the percent and the stage's words, each only when it changed."""
        if percent != self._said[0]:
            self.progressed.emit(self.job.token, percent)
        if words != self._said[1]:
            self.stage.emit(self.job.token, words)
        self._said = (percent, words)

    def _hook(self, phase: Phase) -> Callable[[float], None]:
        """The ``progress`` hook of one phase: its fraction done becomes the bar's percent and its stage's words."""

        def progress(fraction: float) -> None:
            label = stage_at(phase.stages, fraction).label
            self._tell(int(100 * (phase.start + (phase.end - phase.start) * fraction)), f"{label.capitalize()}…")

        return progress

    def run(self) -> None:
        with collection_paused():
            self._run(self.job.token)
            # Before the collector resumes: move the result's millions of objects out of its reach, or its
            # first pass walks them all (0.75 s on the whole Bible, holding the GIL and so the window).
            # Reference counting still frees them when the window lets the report go.
            gc.freeze()

    def _run(self, token: int) -> None:
        try:
            self.unread = Side.LEFT
            left, left_stock = self._read(self.job.left)
            self.unread = Side.RIGHT
            right, right_stock = self._read(self.job.right)
            self.unread = None
            self.stock_lines = (left_stock, right_stock)
            hook = self._hook(COMPARING)
            comparison = compare(
                left, right, replace(self.job.options, should_cancel=self.cancel_requested, progress=hook)
            )
            report = build_report(comparison, self._hook(BUILDING))
        except ComparisonCancelled:
            return
        except LoadError as error:
            self.failed.emit(token, str(error))
        except Exception as error:
            self.failed.emit(token, f"Parallax could not compare these articles ({error.__class__.__name__}: {error})")
        else:
            self.done.emit(token, report)
