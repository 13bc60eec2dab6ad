"""The list views' batched layout holds the interpreter for a whole batch, and a change of height lays nothing out.

Qt lays a long list out in batches from a timer. Entered from the C++ event loop, each row's call into a Python
delegate takes the interpreter lock on its own, and with a comparison running in the worker each of those waits
for the worker to hand the lock over (the whole-Bible reload stalled 0.5-1.4 s so). The view's ``timerEvent`` is
entered from Python, so the delegate's calls during layout come with the lock already held: their Python stack
shows ``timerEvent`` above them. Without it, they are entered from C++ and the stack shows no ``timerEvent``.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QStringListModel
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from ui.width_list_view import WidthLaidOutListView

ROWS = 600
BATCH = 50


class RecordingDelegate(QStyledItemDelegate):
    """Counts size hints and records whether each came through a Python ``timerEvent``."""

    def __init__(self) -> None:
        super().__init__()
        self.through_timer_event: list[bool] = []

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        names = [frame.name for frame in traceback.extract_stack()]
        self.through_timer_event.append("timerEvent" in names)
        return QSize(100, 18 + index.row() % 3)


def _view(qtbot: QtBot) -> tuple[WidthLaidOutListView, RecordingDelegate]:
    view = WidthLaidOutListView()
    model = QStringListModel([f"row {k}" for k in range(ROWS)], view)
    delegate = RecordingDelegate()
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.setWordWrap(True)  # as the findings list: QListView then lays out again on every resize
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(BATCH)
    view.resize(300, 200)
    qtbot.addWidget(view)
    view.show()
    last = model.index(ROWS - 1)
    qtbot.waitUntil(lambda: view.rectForIndex(last).isValid(), timeout=10_000)
    return view, delegate


def test_batched_layout_runs_inside_a_python_timer_event(qtbot: QtBot) -> None:
    _, delegate = _view(qtbot)
    through = delegate.through_timer_event
    # the batches after the first come from the layout timer; a few hints come from painting and scroll bars
    assert sum(through) >= ROWS - 2 * BATCH, f"{sum(through)} of {len(through)} size hints inside timerEvent"


def test_a_change_of_height_alone_lays_no_row_out(qtbot: QtBot) -> None:
    view, delegate = _view(qtbot)
    before = len(delegate.through_timer_event)
    view.resize(300, 260)
    qtbot.wait(250)  # QListView posts its relayout 100 ms after a resize
    height_only = len(delegate.through_timer_event) - before
    view.resize(340, 260)
    last = view.model().index(ROWS - 1, 0)
    relaid = lambda: len(delegate.through_timer_event) - before - height_only  # noqa: E731
    qtbot.waitUntil(lambda: relaid() >= ROWS - BATCH and view.rectForIndex(last).isValid(), timeout=10_000)
    assert height_only < BATCH, f"a change of height laid {height_only} rows out again"
