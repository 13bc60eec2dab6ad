"""A comparison of hundreds of thousands of rows is shown without any pass of the GUI thread walking every row:
the overview bar folds its marks by binary search, the row model maps rows without a per-row list, "next change"
searches instead of scanning, and laid-out heights are kept as plain numbers the garbage collector never walks.
Nor does showing a comparison again write settings (each write ends in fdatasync calls on the GUI thread).

The presentations here are built by hand around a tuple that refuses to be walked whole and counts the items
read, so each test fails on code that iterates over every row (as all of these did before)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from core import RowKind
from core.report import Presentation, RowView, Run
from tests.test_ui.conftest import SAMPLES, FakePrompter, wait_for_comparison
from ui.comparison_view import FINISH_AT_ONCE_ROWS
from ui.main_window import MainWindow
from ui.overview_bar import OverviewBar
from ui.row_model import RowModel
from ui.settings import Settings

ROWS = 200_000
KINDS = (RowKind.CHANGED, RowKind.REMOVED, RowKind.CHANGED, RowKind.ADDED, RowKind.IDENTICAL, RowKind.MOVED)


class Unwalkable(tuple[RowView, ...]):
    """Rows that count the items read and refuse iteration (a walk over every row)."""

    reads = 0

    def __getitem__(self, key: Any) -> Any:
        Unwalkable.reads += 1
        return super().__getitem__(key)

    def __iter__(self) -> Iterator[Any]:
        raise AssertionError("every row walked on the GUI thread")


def _row(kind: RowKind, k: int) -> RowView:
    runs = (Run(f"Line {k} of a long list.", frozenset()),)
    return RowView(kind, runs, runs if kind is not RowKind.REMOVED else (), (k,), (k,), (24,), (24,))


@pytest.fixture(scope="module")
def huge() -> Presentation:
    kinds = [KINDS[k % len(KINDS)] if k % 5 else RowKind.IDENTICAL for k in range(ROWS)]
    rows = Unwalkable(_row(kind, k) for k, kind in enumerate(kinds))
    changes = tuple(k for k, kind in enumerate(kinds) if kind is not RowKind.IDENTICAL)
    standout = tuple(k for k in changes if kinds[k] is not RowKind.CHANGED)
    return Presentation(rows, changes, standout)


def test_overview_bands_read_a_few_rows_per_line(qtbot: QtBot, huge: Presentation) -> None:
    bar = OverviewBar()
    qtbot.addWidget(bar)
    Unwalkable.reads = 0
    bar.set_presentation(huge)
    height = 300
    bands = bar.bands(height)
    assert Unwalkable.reads <= height  # one row read per pixel line at most, whatever the number of rows
    kinds = {k: huge.rows[k].kind for k in huge.changes[:5000]}  # the first lines, checked against the rows
    for line in range(5000 * height // ROWS):
        found = [kinds[k] for k in huge.changes[:5000] if k * height // ROWS == line]
        strong = [kind for kind in found if kind is not RowKind.CHANGED]
        assert bands.get(line) == (strong[0] if strong else RowKind.CHANGED if found else None)


class Unscannable(tuple[int, ...]):
    """Row numbers that refuse to be walked whole (binary search reads a few)."""

    def __iter__(self) -> Iterator[Any]:
        raise AssertionError("every change walked on the GUI thread")


def test_row_model_and_next_change_need_no_walk(qtbot: QtBot, window: MainWindow, huge: Presentation) -> None:
    model = RowModel()
    Unwalkable.reads = 0
    model.set_presentation(huge, hide_unchanged=False)
    assert model.rowCount() == ROWS and model.visible_row(ROWS - 1) == ROWS - 1
    model.set_presentation(huge, hide_unchanged=True)
    assert model.rowCount() == len(huge.changes)
    assert model.visible_row(huge.changes[-1]) == len(huge.changes) - 1
    assert model.visible_row(next(k for k in range(ROWS) if k not in huge.changes[:10])) is None
    assert Unwalkable.reads == 0
    changes = Unscannable(huge.changes)
    window.session.report = SimpleNamespace(presentation=Presentation(huge.rows, changes))  # type: ignore[assignment]
    jumps: list[int] = []
    window.view.go_to_row = jumps.append  # type: ignore[method-assign,assignment]
    window.view.current_source_row = lambda: changes[-3]  # type: ignore[method-assign]
    window.next_change()
    window.previous_change()
    window.view.current_source_row = lambda: -1  # type: ignore[method-assign]  # nothing chosen yet
    window.next_change()
    window.previous_change()
    window.session.report = None
    assert jumps == [changes[-2], changes[-4], changes[0]]


def test_a_jump_in_a_huge_comparison_waits_for_the_batches(qtbot: QtBot, window: MainWindow) -> None:
    rows = tuple(_row(RowKind.CHANGED, k) for k in range(FINISH_AT_ONCE_ROWS + 1))
    window.view.show_presentation(Presentation(rows, tuple(range(len(rows)))), False)
    last = window.view.row_model.index(len(rows) - 1)
    assert window.view.go_to_row(len(rows) - 1)
    assert not window.view.rectForIndex(last).isValid()  # no single pass over every row to get there
    qtbot.waitUntil(lambda: window.view.current_source_row() == len(rows) - 1, timeout=60_000)
    assert window.view.viewport().rect().intersects(window.view.visualRect(last))


def test_laid_out_heights_leave_nothing_for_the_collector(qtbot: QtBot, window: MainWindow) -> None:
    rows = tuple(_row(RowKind.CHANGED, k) for k in range(3000))
    window.view.show_presentation(Presentation(rows, tuple(range(3000))), False)
    delegate, model = window.view.row_delegate, window.view.row_model
    for k in range(3000):  # what the batched layout asks, row by row
        delegate.sizeHint(QStyleOptionViewItem(), model.index(k))
    QApplication.processEvents()
    assert sum(isinstance(item, QSize) for item in gc.get_objects()) < 100


class CountingStore(QSettings):
    """An INI store that counts its writes (each makes QSettings save the file, with fdatasync, on this thread)."""

    writes = 0

    def setValue(self, key: str, value: object) -> None:
        CountingStore.writes += 1
        super().setValue(key, value)


def test_showing_a_comparison_again_writes_no_settings(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(Settings(CountingStore(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), FakePrompter())
    qtbot.addWidget(window)
    window.compare_sources(str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"))
    wait_for_comparison(qtbot, window)
    first, CountingStore.writes = window.session.report, 0
    window.session.rerun()  # File > Reload: the same files, the same options
    wait_for_comparison(qtbot, window, before=first.comparison if first else None)
    assert window.session.report is not first
    assert CountingStore.writes == 0
    window.zoom(+1)
    assert CountingStore.writes == 1  # a real change is still kept
