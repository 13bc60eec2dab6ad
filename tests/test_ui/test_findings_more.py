"""The findings panel fills with the rows: it lists the first thousand findings at once and the rest a thousand a
click on its last row. QListView paints no row until a batched layout ends, and 100,000 wrapped findings took
2,500 passes of the event loop to lay out (the 1,200,001 of a 600,000-line list: an empty panel for minutes)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.report import Finding, FindingKind
from ui.findings_panel import ROW_ROLE, SHOWN_AT_ONCE, FindingsPanel


def _findings(count: int) -> tuple[Finding, ...]:
    return tuple(Finding(FindingKind.FIGURE_REMOVED, "−", f"figure dropped: {k}", "", k) for k in range(count))


def test_the_findings_panel_fills_within_a_few_passes_and_lists_more_on_click(qtbot: QtBot) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 600)
    panel.show()
    findings = _findings(100_000)
    panel.show_findings(None, findings)
    view, model = panel.findings, panel.model
    for _ in range(200):  # a thousand findings are laid out in 25 passes (100,000 took 2,500: an empty panel)
        QApplication.processEvents()
    assert view.indexAt(QPoint(5, 5)).row() == 0
    assert panel.count() == SHOWN_AT_ONCE and model.rowCount() == SHOWN_AT_ONCE + 1
    more = model.index(SHOWN_AT_ONCE)
    assert f"{100_000 - SHOWN_AT_ONCE:,} more findings" in str(more.data())
    requested: list[int] = []
    panel.row_requested.connect(requested.append)
    view.scrollTo(more)
    QApplication.processEvents()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(more).center())
    assert panel.count() == 2 * SHOWN_AT_ONCE and requested == []  # a click on it lists more, once
    QApplication.processEvents()
    view.activated.emit(model.index(SHOWN_AT_ONCE))  # the row it stood in is now a finding, which goes to its row
    assert requested == [SHOWN_AT_ONCE]
    assert model.index(SHOWN_AT_ONCE).data() == f"{findings[SHOWN_AT_ONCE].icon}  {findings[SHOWN_AT_ONCE].text}"
    panel.show_findings(None, findings[: SHOWN_AT_ONCE + 5])
    model.show_more()
    assert panel.count() == model.rowCount() == SHOWN_AT_ONCE + 5  # all listed: no "more" row left
    assert model.index(SHOWN_AT_ONCE + 4).data(ROW_ROLE) == SHOWN_AT_ONCE + 4
