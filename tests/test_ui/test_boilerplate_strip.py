"""View > Show Removed Boilerplate: the strip reads at the window's zoomed size, stands off the window's edge where
the legend's text starts, and lists lines ending in their own punctuation without doubling it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetricsF, QTextDocument
from pytestqt.qtbot import QtBot

from tests.test_ui.conftest import FakePrompter, wait_for_comparison
from ui.legend import MARGIN
from ui.main_window import MainWindow

LEFT = (
    "World\n\nFloods hit the valley\n\nBy Ann Lee\n\nUpdated at:\n\nHeavy rain flooded dozens of homes in the valley "
    "overnight, officials said.\n\nRescue teams worked through the night.\n\nSem comentários:\n\nShare this article\n"
)
RIGHT = (
    "Floods hit the valley\n\nRead more:\n\nHeavy rain flooded many homes in the valley overnight, officials said.\n"
)


def _open(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LEFT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RIGHT, encoding="utf-8")
    if not window.actions_by_name["show_boilerplate"].isChecked():
        window.actions_by_name["show_boilerplate"].trigger()
    window.compare_sources(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    wait_for_comparison(qtbot, window)


def _line_height(window: MainWindow) -> float:
    """The height of the strip's first line of text as the label lays it out."""
    document = QTextDocument()
    document.setDefaultFont(window.boilerplate.font())
    document.setHtml(window.boilerplate.text())
    document.setTextWidth(4000)
    assert document.size().height() > 0  # laid out
    layout = document.firstBlock().layout()
    assert layout.lineCount() > 0
    return float(layout.lineAt(0).height())


def test_lines_ending_in_punctuation_are_not_doubled(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    _open(qtbot, window, tmp_path)
    text = window.boilerplate.text()
    assert window.boilerplate.isVisible() and "Updated at:" in text and "Sem comentários:" in text
    assert ":;" not in text and ":," not in text


def test_the_strip_reads_at_the_zoomed_size(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _open(qtbot, window, tmp_path)
    for steps in (0, 4):
        window.zoom(steps)
        font_line = QFontMetricsF(window.legend.font()).height()
        assert window.boilerplate.font().pointSize() == window.legend.font().pointSize()
        assert abs(_line_height(window) - font_line) <= 1.5  # its text at the legend's size, not smaller
    window.zoom(None)


def test_the_strip_stands_off_the_left_edge_like_the_legend(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _open(qtbot, window, tmp_path)
    strip = window.boilerplate
    text_left = strip.mapTo(window, QPoint(strip.contentsRect().left(), 0)).x()
    legend_left = window.legend.mapTo(window, QPoint(0, 0)).x() + MARGIN
    assert text_left >= 4 and abs(text_left - legend_left) <= 1
