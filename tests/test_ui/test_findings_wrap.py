"""Every finding is painted whole at every width of the panel: no row cut short with "…", no blank line.

QListView measured a wrapped row at the width its widest row had set, which could be a pixel wider than the row
is painted: that row got one line too few (cut with "…") and the rows below were placed for the taller size (a
blank line). The panel's delegate measures at the viewport's width, a little narrower; it must paint the text at
that same width too, or a finding that fits the painted width but not the measured one is drawn on one line in a
row measured for two (the seed pair's "figure dropped: 11,000 [to] 12,000", a blank line under the one above).
"""

from __future__ import annotations

import itertools
import random

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QImage
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


def _shown(qtbot: QtBot, findings: list[Finding], points: int, width: int, height: int) -> FindingsPanel:
    """A panel showing ``findings`` in a ``points``-point font at ``width`` x ``height`` pixels, laid out."""
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    font = QFont(panel.font())
    font.setPointSize(points)
    panel.setFont(font)
    panel.resize(width, height)
    panel.show()
    panel.show_findings(None, findings)
    for _ in range(3):
        QApplication.processEvents()
    return panel


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
        panel = _shown(qtbot, findings, points, width, 500)
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


def _blank_lines(image: QImage, rect: QRect, line: int) -> float:
    """How many text lines' worth of pixel rows at the top and bottom of ``rect`` carry no ink (no pixel other
    than the background's colour)."""
    background = image.pixel(rect.right() - 1, rect.top())
    inked = [
        y
        for y in range(rect.top(), rect.bottom() + 1)
        if any(image.pixel(x, y) != background for x in range(rect.left() + 1, rect.right() - 1))
    ]
    if not inked:
        return rect.height() / line
    return (inked[0] - rect.top() + rect.bottom() - inked[-1]) / line


@pytest.mark.parametrize("points", [10, 12])
def test_no_row_is_drawn_taller_than_its_text(qtbot: QtBot, points: int) -> None:
    """Each row's painted text fills its height: no blank line under or over it, at any width of the panel (a row
    measured for two lines once drew its text on one, which left a blank line under the finding above)."""
    findings = _findings(points, 12)
    faults = []
    for width in range(240, 340, 2):
        panel = _shown(qtbot, findings, points, width, 1400)  # every row on screen
        view = panel.findings
        image = view.viewport().grab().toImage()
        line = view.fontMetrics().lineSpacing()
        for row in range(len(findings)):
            rect = view.visualRect(panel.model.index(row))
            assert rect.isValid() and rect.bottom() < image.height()
            if _blank_lines(image, rect, line) > 0.6:
                faults.append(f"width {width}: row {row} ({rect.height()} px) holds a blank line")
        panel.close()
    assert not faults, faults[:5]
