"""Freeing an old comparison a chunk per pass of the event loop: nothing at once, everything in the end."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core import document_from_paragraphs
from tests.test_ui.conftest import SAMPLES, wait_for_comparison
from ui.main_window import MainWindow
from ui.release import CHUNK, GradualRelease, large_items


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


def test_release_frees_a_chunk_per_pass_and_everything_in_the_end(qtbot: QtBot) -> None:
    freed: list[int] = []
    total = 5 * CHUNK + 3
    root = Outer(Inner(tuple(Tracked(freed) for _ in range(3 * CHUNK))), [Tracked(freed) for _ in range(2 * CHUNK)],
                 (Tracked(freed), Tracked(freed), Tracked(freed)))  # fmt: skip
    assert len(large_items(root)) == 5 * CHUNK  # the short tuple goes with its owner
    release = GradualRelease()
    release.release(root)
    del root
    assert not freed  # held, not freed on the spot
    QApplication.processEvents()
    assert 0 < len(freed) <= CHUNK + 3  # one pass: the root (with its few) and a chunk at most
    qtbot.waitUntil(lambda: release.pending == 0, timeout=5_000)
    assert len(freed) == total


def test_the_window_releases_the_previous_comparison_gradually(qtbot: QtBot, window: MainWindow) -> None:
    big = [f"Paragraph {k} tells of harbour {k % 7} and bridge {k % 11}." for k in range(600)]
    window.compare_sources(document_from_paragraphs(big), document_from_paragraphs([p[::-1] for p in big]))
    wait_for_comparison(qtbot, window)
    first = window.session.report
    window.compare_sources(str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"))
    wait_for_comparison(qtbot, window, before=first.comparison if first else None)
    assert window.session.report is not first and window.release.pending > 0  # the first is being let go, not at once
    qtbot.waitUntil(lambda: window.release.pending == 0, timeout=5_000)
