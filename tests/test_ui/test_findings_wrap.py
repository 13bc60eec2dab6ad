"""Every finding is painted whole at every width of the panel: no row cut short with "…", no blank line.

QListView measured a wrapped row at the width its widest row had set, which could be a pixel wider than the row
is painted: that row got one line too few (cut with "…") and the rows below were placed for the taller size (a
blank line). The panel's delegate measures at the viewport's width, a little narrower.
"""

from __future__ import annotations

import itertools
import random

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from core.report import Finding, FindingKind
from ui.findings_panel import FindingsPanel

WORDS = ("about more than figure dropped qualifier approximate lower bound quote altered council leader bridge"
         " closure (value: £2,400,000 -> £3,000,000) → 14,000").split()  # fmt: skip
ICONS = ("⚠", "“", "−", "+", "»", "@", "≈", "~")


def _findings(seed: int, count: int = 30) -> list[Finding]:
    rng = random.Random(seed)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 16))) for _ in range(count)]
    return [Finding(FindingKind.FIGURE_CHANGED, rng.choice(ICONS), text, "", row) for row, text in enumerate(texts)]


def _plain_height(panel: FindingsPanel, row: int, width: int) -> int:
    """The height Qt's own delegate needs for a row wrapped at ``width`` pixels."""
    view = panel.findings
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, width, 1000)
    return QStyledItemDelegate().sizeHint(option, panel.model.index(row)).height()


@pytest.mark.parametrize(("points", "count"), [(10, 30), (13, 30), (12, 3)])  # 30 scroll, 3 do not
def test_rows_are_whole_and_contiguous_at_every_width(qtbot: QtBot, points: int, count: int) -> None:
    findings = _findings(points, count)
    faults = []
    for width in range(240, 340, 2):
        panel = FindingsPanel()
        qtbot.addWidget(panel)
        font = QFont(panel.font())
        font.setPointSize(points)
        panel.setFont(font)
        panel.resize(width, 500)
        panel.show()
        panel.show_findings(None, findings)
        for _ in range(3):
            QApplication.processEvents()
        view = panel.findings
        assert view.verticalScrollBar().isVisible() is (count > 3)
        rects = [view.visualRect(panel.model.index(row)) for row in range(len(findings))]
        assert all(rect.isValid() for rect in rects)
        for row, (rect, below) in enumerate(itertools.pairwise(rects)):
            if below.y() != rect.y() + rect.height() + 2 * view.spacing():
                faults.append(f"width {width}: a gap or overlap under row {row}")
        for row, rect in enumerate(rects):
            if rect.height() < _plain_height(panel, row, rect.width() - 1):
                faults.append(f"width {width}: row {row} shorter than its text at its painted width")
        panel.close()
    assert not faults, faults[:5]
