"""Comparisons of thousands of rows: laid out in batches between events, yet a jump lands at once; the overview
bar folds thousands of changes into one mark per pixel line, keeping the strongest."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core import compare
from core.model import RowKind
from core.report import Report, build_report
from ui.comparison_view import LAYOUT_BATCH
from ui.main_window import MainWindow
from ui.overview_bar import OverviewBar

PARAGRAPHS = 3 * LAYOUT_BATCH


def _articles(paragraphs: int) -> tuple[str, str]:
    rng = random.Random(11)
    words = "harbour council ferry storm budget mayor bridge school report river tide pier".split()
    left = [f"{' '.join(rng.choice(words) for _ in range(12)).capitalize()} {k}." for k in range(paragraphs)]
    right = [p.replace("storm", "gale") if k % 3 else p for k, p in enumerate(left) if k % 10 != 4]
    return "\n\n".join(left), "\n\n".join(right)


@pytest.fixture(scope="module")
def large_result() -> Report:
    return build_report(compare(*_articles(PARAGRAPHS)))


def test_rows_are_laid_out_in_batches_and_a_jump_lands_at_once(
    qtbot: QtBot, window: MainWindow, large_result: Report
) -> None:
    rows = len(large_result.presentation.rows)
    assert rows > 2 * LAYOUT_BATCH
    window.session.adopt(large_result)
    QApplication.processEvents()
    view, last = window.view, window.view.row_model.index(rows - 1)
    assert not view.rectForIndex(last).isValid()  # one pass of the event loop lays out a batch, not every row
    assert view.go_to_row(rows - 1)
    assert view.viewport().rect().intersects(view.visualRect(last))
    assert view.currentIndex().row() == rows - 1


def test_batched_layout_finishes_by_itself(qtbot: QtBot, window: MainWindow, large_result: Report) -> None:
    window.session.adopt(large_result)
    last = window.view.row_model.index(len(large_result.presentation.rows) - 1)
    qtbot.waitUntil(lambda: window.view.rectForIndex(last).isValid(), timeout=10_000)


def test_overview_bands_keep_one_mark_per_line_and_the_strongest(qtbot: QtBot, large_result: Report) -> None:
    bar = OverviewBar()
    qtbot.addWidget(bar)
    bar.set_presentation(large_result.presentation)
    kinds = [row.kind for row in large_result.presentation.rows]
    height = 97
    bands = bar.bands(height)
    wanted: dict[int, set[RowKind]] = {}
    for k in large_result.presentation.changes:
        wanted.setdefault(k * height // len(kinds), set()).add(kinds[k])
    assert set(bands) == set(wanted) and len(bands) <= height
    assert any(len(found) > 1 for found in wanted.values())  # the fixture really has lines shared by kinds
    for line, found in wanted.items():
        assert bands[line] in found
        assert bands[line] != RowKind.CHANGED or found == {RowKind.CHANGED}
