"""Finding an article's sources (or an original's rewrites) in a corpus folder off the GUI thread.

``FindThread(FindJob)`` opens the corpus index (its own SQLite connection, in the thread), brings it up to date
with the corpus (``core.corpus.update_index``: only new or changed files cost anything), then runs
``core.corpus.find``. It emits ``progressed(percent)`` and ``stage(text)`` while it works, then exactly one of
``done(FindOutcome)``, ``failed(message)`` (a missing corpus, an index that cannot be opened, an article that
cannot be read: one clear sentence, never a traceback) or ``cancelled()``. ``cancel()`` is polled between
batches of files and between comparisons, and inside each comparison.

Everything that grows with the corpus happens here; the GUI thread only receives the few verified candidates
and the skipped files' count by reason. The objects alive when a search starts are frozen (``gc.freeze``), so the
collector's full passes during indexing walk only the search's own objects.
"""

from __future__ import annotations

import gc
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core import CompareOptions, ComparisonCancelled, Document, LoadError, load_article
from core.corpus import CorpusIndex, Found, default_index_folder, find, missing_roots, update_index
from ui.cancellable import CancellableThread

INDEXING_SHARE = 0.7  # of the progress bar: bringing the index up to date; verifying candidates fills the rest
TOP = 20  # candidates verified and listed


@dataclass(frozen=True)
class FindJob:
    """One search: the article (a path or an article already read), the corpus folders, the direction."""

    article: str | Document
    corpus: tuple[str, ...]
    reverse: bool = False  # False: the article's sources; True: the rewrites of the article (an original)
    index_folder: str | None = None  # None: the user's data folder
    top: int = TOP
    options: CompareOptions = field(default_factory=CompareOptions)  # the window's View options


@dataclass(frozen=True)
class FindOutcome:
    """What a finished search found, for the dialog."""

    found: tuple[Found, ...]  # best first
    indexed: int  # articles of the corpus in the index
    skipped: int  # files of the corpus left out
    skipped_by_reason: tuple[tuple[str, int], ...]  # (reason, count), most frequent first
    skipped_examples: tuple[str, ...]  # the first few skipped files' messages


class CorpusMissing(Exception):
    """A corpus folder (or file) that does not exist; the message says which."""


class FindThread(CancellableThread):
    """Runs one :class:`FindJob` (see the module docstring)."""

    done = Signal(object)  # FindOutcome
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int)  # percent
    stage = Signal(str)

    EXAMPLES = 5  # skipped files named in the outcome

    def __init__(self, job: FindJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def _article(self) -> Document:
        article = self.job.article
        if isinstance(article, Document):
            return article
        self.stage.emit(f"Reading {Path(article).name}…")
        return load_article(article)

    def _indexing(self, done: int, total: int) -> None:
        self.stage.emit(f"Indexing the corpus: {done:,} of {total:,} new or changed files…")
        self.progressed.emit(int(100 * INDEXING_SHARE * done / max(total, 1)))

    def _verifying(self, done: int, total: int) -> None:
        self.stage.emit(f"Comparing the best candidates: {done} of {total}…")
        self.progressed.emit(int(100 * (INDEXING_SHARE + (1 - INDEXING_SHARE) * done / max(total, 1))))

    def run(self) -> None:
        # The window's own objects (and any report shown) are moved out of the collector's reach first: each full
        # pass of the collector during indexing walked them all with the interpreter lock held (22-65 ms gaps in
        # the event loop, measured with gc.callbacks). Collection itself goes on: indexing thousands of files
        # may make cyclic garbage. Reference counting still frees the frozen objects once released.
        gc.freeze()
        try:
            outcome = self._search()
        except ComparisonCancelled:
            self.cancelled.emit()
        except (CorpusMissing, LoadError) as error:
            self.failed.emit(str(error))
        except (OSError, sqlite3.Error) as error:
            folder = self.job.index_folder or default_index_folder()
            self.failed.emit(f"The corpus index in {folder} cannot be used ({error}).")
        except Exception as error:
            self.failed.emit(f"Parallax could not search the corpus ({error.__class__.__name__}: {error})")
        else:
            if outcome is None or self.cancel_requested():
                self.cancelled.emit()
            else:
                self.done.emit(outcome)

    def _search(self) -> FindOutcome | None:
        missing = missing_roots(self.job.corpus)
        if missing:
            raise CorpusMissing(f"{missing[0]}: no such folder or file. Choose the corpus folder again.")
        article = self._article()
        self.stage.emit("Checking the corpus for new or changed files…")
        with CorpusIndex.open(self.job.index_folder) as index:
            report = update_index(index, self.job.corpus, self._indexing, self.cancel_requested)
            if report.cancelled:
                return None
            article_path = self.job.article if isinstance(self.job.article, str) else ""
            found = find(article, index, self.job.corpus, top=self.job.top, reverse=self.job.reverse,
                         options=self.job.options, should_cancel=self.cancel_requested, article_path=article_path,
                         progress=self._verifying)  # fmt: skip
            indexed = index.count_under([os.path.abspath(root) for root in self.job.corpus])
        reasons = Counter(skip.reason for skip in report.skipped)
        return FindOutcome(tuple(found), indexed, len(report.skipped), tuple(reasons.most_common()),
                           tuple(skip.message for skip in report.skipped[: self.EXAMPLES]))  # fmt: skip
