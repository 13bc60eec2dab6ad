"""Freeing an old comparison a chunk per pass of the event loop: nothing at once, everything in the end, and no
pass (nor the call that hands the report over) touching more than a bounded number of its items."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core import document_from_paragraphs
from tests.test_ui.conftest import SAMPLES, wait_for_comparison
from ui.main_window import MainWindow
from ui.release import CHUNK, COPY, GradualRelease, large_sequences


class Tracked:
    """Counts its own deallocation."""

    def __init__(self, freed: list[int]) -> None:
        self.freed = freed

    def __del__(self) -> None:
        self.freed.append(1)


@dataclass(frozen=True)
class Inner:
    items: tuple[Tracked, ...]


@dataclass(frozen=True)
class Outer:
    inner: Inner
    more: list[Tracked]
    few: tuple[Tracked, ...]


class Watched(tuple[Tracked, ...]):
    """A tuple that records every slice taken of it and refuses to be walked whole."""

    taken: list[int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            self.taken.append(len(range(*key.indices(len(self)))))
        return super().__getitem__(key)

    def __iter__(self) -> Iterator[Any]:
        raise AssertionError("a large sequence walked whole in one pass")


def test_release_frees_a_chunk_per_pass_and_everything_in_the_end(qtbot: QtBot) -> None:
    freed: list[int] = []
    total = 5 * CHUNK + 3
    root = Outer(Inner(tuple(Tracked(freed) for _ in range(3 * CHUNK))), [Tracked(freed) for _ in range(2 * CHUNK)],
                 (Tracked(freed), Tracked(freed), Tracked(freed)))  # fmt: skip
    assert sum(map(len, large_sequences(root))) == 5 * CHUNK  # the short tuple goes with its owner
    release = GradualRelease()
    release.release(root)
    del root
    assert not freed  # held, not freed on the spot
    QApplication.processEvents()
    assert len(freed) == 3  # the first pass drops the root: only what is not in a large sequence goes with it
    while release.pending:
        before = len(freed)
        QApplication.processEvents()
        assert len(freed) - before <= CHUNK
    assert len(freed) == total


def test_release_takes_a_large_sequence_over_a_slice_per_pass(qtbot: QtBot) -> None:
    freed: list[int] = []
    items = Watched(Tracked(freed) for _ in range(3 * COPY + 5))
    items.taken = []
    release = GradualRelease()
    release.release(Inner(items))
    assert not items.taken  # handing it over touches none of the items
    passes = 0
    while release.pending:
        QApplication.processEvents()
        passes += 1
        assert all(taken <= COPY for taken in items.taken)
    assert sum(items.taken) == len(items) and len(items.taken) == 4
    del items
    assert len(freed) == 3 * COPY + 5 and passes > (3 * COPY) // CHUNK


def test_the_window_releases_the_previous_comparison_gradually(qtbot: QtBot, window: MainWindow) -> None:
    big = [f"Paragraph {k} tells of harbour {k % 7} and bridge {k % 11}." for k in range(600)]
    window.compare_sources(document_from_paragraphs(big), document_from_paragraphs([p[::-1] for p in big]))
    wait_for_comparison(qtbot, window)
    first = window.session.report
    window.compare_sources(str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"))
    wait_for_comparison(qtbot, window, before=first.comparison if first else None)
    assert window.session.report is not first and window.release.pending > 0  # the first is being let go, not at once
    qtbot.waitUntil(lambda: window.release.pending == 0, timeout=5_000)
