"""The window's progress is honest: the bar covers reading, comparing and building the report (never at 100%
while the worker still builds the rows and findings), names each stage, goes indeterminate while files are read,
and then says how far a huge comparison's rows are laid out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView, QMainWindow
from pytestqt.qtbot import QtBot

from core import CompareOptions
from core.engine import STAGES
from core.report import REPORT_STAGES
from ui.status import ROWS_FORMAT, StatusLine
from ui.width_list_view import TRACKED_ROWS, WidthLaidOutListView
from ui.worker import UNKNOWN, CompareThread, Job


def _files(folder: Path) -> tuple[str, str]:
    left, right = folder / "ledger.txt", folder / "story.txt"
    left.write_text("\n\n".join(f"Account {k} was settled in March." for k in range(300)), encoding="utf-8")
    right.write_text("Every account was settled in March, the treasurer said.\n\nTwo were late.", encoding="utf-8")
    return str(left), str(right)


def test_the_bar_reaches_100_only_with_the_report_and_names_every_stage(qtbot: QtBot, tmp_path: Path) -> None:
    events: list[tuple[str, int | str]] = []
    thread = CompareThread(Job(*_files(tmp_path), CompareOptions(), token=1))
    thread.progressed.connect(lambda token, percent: events.append(("percent", percent)))
    thread.stage.connect(lambda token, words: events.append(("stage", words)))
    with qtbot.waitSignal(thread.done, timeout=30_000):
        thread.start()
    thread.wait()
    percents = [value for kind, value in events if isinstance(value, int)]
    stages = [value for kind, value in events if kind == "stage"]
    assert percents[0] == UNKNOWN and stages[:2] == ["Reading ledger.txt…", "Reading story.txt…"]
    assert percents[1:] == sorted(percents[1:]) and percents[-1] == 100 and percents.count(100) == 1
    assert events[-1] == ("percent", 100)  # nothing is said after it: the report is built
    building = events.index(("stage", "Building rows…"))
    assert max(value for _, value in events[:building] if isinstance(value, int)) < 100
    named = [f"{stage.label.capitalize()}…" for stage in (*STAGES, *REPORT_STAGES)]
    assert stages[2:] == named  # each stage once, in order
    assert len(set(percents)) == len(percents)  # a signal only when the percent changes


def test_the_status_bar_goes_indeterminate_and_shows_the_rows_layout(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    line = StatusLine(window.statusBar())
    window.show()
    line.busy("Comparing…")
    line.show_progress(UNKNOWN)
    assert line.progress.maximum() == 0  # a busy bar: how far reading got is unknown
    line.show_progress(40)
    assert (line.progress.maximum(), line.progress.value()) == (100, 40)
    line.laying_out(10)  # a comparison owns the bar: the rows of the last one do not take it
    assert line.progress.value() == 40 and line.progress.format() == "%p%"
    line.busy(None)
    line.laying_out(30)
    assert line.progress.isVisible() and line.progress.format() == ROWS_FORMAT and line.progress.value() == 30
    assert not line.cancel_button.isVisible()
    line.laying_out(100)
    assert not line.progress.isVisible()


def _long_list(qtbot: QtBot, rows: int) -> tuple[WidthLaidOutListView, list[int]]:
    view = WidthLaidOutListView()
    qtbot.addWidget(view)
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(300)
    view.resize(300, 400)
    view.show()
    told: list[int] = []
    view.laid_out.connect(told.append)
    view.setModel(QStringListModel([f"row {k}" for k in range(rows)], view))
    return view, told


def test_a_long_layout_says_how_far_it_got(qtbot: QtBot) -> None:
    view, told = _long_list(qtbot, TRACKED_ROWS + 10_000)
    qtbot.waitUntil(lambda: bool(told) and told[-1] == 100, timeout=30_000)
    assert told == sorted(told) and len(told) > 20 and told[0] < 10  # it went up as the batches went
    assert view.laid_out_rows() == view.model().rowCount()
    short, quiet = _long_list(qtbot, 2_000)
    qtbot.waitUntil(lambda: short.rectForIndex(short.model().index(1_999, 0)).isValid(), timeout=10_000)
    assert quiet == []  # done in a few passes: nothing to tell
