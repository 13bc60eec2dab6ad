"""The real window, driven as a user would: open, navigate, jump, options, drops, errors, cancel."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from core import LinkKind, compare, load_article
from core.model import RowKind
from tests.test_ui.conftest import SAMPLES, FakePrompter, wait_for_comparison, wait_for_export
from ui.main_window import MainWindow
from ui.row_model import ROW_VIEW_ROLE

ORIGINAL, REWRITE = str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt")


def open_sample(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    prompter.files = [ORIGINAL, REWRITE]
    window.actions_by_name["open-left"].trigger()
    assert window.session.comparison is None  # one side alone does not compare
    window.actions_by_name["open-right"].trigger()
    wait_for_comparison(qtbot, window)


def show_row(window: MainWindow, row: int) -> QRect:
    """Scroll to a row; returns its rectangle in the view."""
    window.view.go_to_row(row)
    return window.view.visualRect(window.view.row_model.index(row))


def moved_row(window: MainWindow) -> tuple[int, int | None]:
    """The first row whose original side opens with a moved tag, and the row that tag points to."""
    rows = window.presentation.rows
    source = next(k for k, row in enumerate(rows) if row.left and row.left[0].target is not None)
    return source, rows[source].left[0].target


def click_start(qtbot: QtBot, window: MainWindow, rect: QRect) -> None:
    """Click the first words of a row's left side."""
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(60, 12))


def test_open_both_sides_from_the_file_menu(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    open_sample(qtbot, window, prompter)
    expected = compare(load_article(ORIGINAL), load_article(REWRITE))
    assert window.view.row_model.rowCount() == len(expected.rows)
    assert "River Alder bursts its banks" in window.header.left.text()
    assert "Kelmsford underwater" in window.header.right.text()
    moved = sum(1 for link in expected.links if link.kind is LinkKind.MOVED)
    assert f"{len(expected.links)} links, {moved} moved" in window.status.text()
    assert window.panel.count() > 0
    assert "of the rewrite's have a counterpart in the original" in window.panel.summary_label.text()
    kinds = [window.view.row_model.index(k).data(ROW_VIEW_ROLE).kind for k in range(window.view.row_model.rowCount())]
    assert RowKind.MOVED in kinds and RowKind.ADDED in kinds


def test_shortcuts_step_through_changes_both_ways(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    open_sample(qtbot, window, prompter)
    changes = list(window.presentation.changes)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F8)
    assert window.view.current_source_row() == changes[0]
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_source_row() == changes[1]
    qtbot.keyClick(window.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.current_source_row() == changes[0]


def test_clicking_a_moved_tag_jumps_to_its_counterpart(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    open_sample(qtbot, window, prompter)
    rows = window.presentation.rows
    source, target = moved_row(window)
    rect = show_row(window, source)
    with qtbot.waitSignal(window.view.jumped, timeout=2000) as jumped:
        click_start(qtbot, window, rect)
    assert jumped.args == [target]
    assert window.view.current_source_row() == target
    back = rows[target].right[0].target
    assert back == source  # and the other end points back


def test_finding_and_overview_clicks_go_to_rows(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    open_sample(qtbot, window, prompter)
    last = window.panel.model.index(window.panel.count() - 1)
    window.panel.findings.scrollTo(last)
    QApplication.processEvents()
    rect = window.panel.findings.visualRect(last)
    with qtbot.waitSignal(window.view.jumped, timeout=2000):
        qtbot.mouseClick(window.panel.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.current_source_row() == window.panel.model.items[-1].row
    changes = window.presentation.changes  # the rows the overview bar marks
    assert changes
    bar = window.overview
    y = int((changes[-1] + 0.5) * bar.height() / len(window.presentation.rows))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, y))
    assert window.view.current_source_row() == changes[-1]


def test_hide_unchanged_rows_and_options_persist(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    open_sample(qtbot, window, prompter)
    before = window.session.comparison
    window.actions_by_name["ignore_case"].trigger()
    wait_for_comparison(qtbot, window, before)
    assert window.session.options.ignore_case
    assert window.settings.option("ignore_case")
    window.actions_by_name["hide_unchanged"].trigger()
    shown = window.view.row_model.rowCount()
    assert shown == len(window.presentation.changes)
    window.actions_by_name["hide_unchanged"].trigger()
    assert window.view.row_model.rowCount() == len(window.presentation.rows)


def drop(window: MainWindow, data: QMimeData, x_share: float) -> None:
    """A drag entering the window, then the drop, as Qt delivers them (it drops only after an enter)."""
    point = window.view.mapTo(window, QPoint(int(window.view.width() * x_share), 40))
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Qt 6 marks the QPoint constructor deprecated
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, buttons, modifiers))


def test_drop_two_files_then_text_on_the_right(qtbot: QtBot, window: MainWindow) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(ORIGINAL), QUrl.fromLocalFile(REWRITE)])
    drop(window, data, 0.5)
    wait_for_comparison(qtbot, window)
    first = window.session.comparison
    text = QMimeData()
    text.setText("The River Alder burst its banks on Sunday night, flooding the old town centre for the first time.")
    drop(window, text, 0.8)
    wait_for_comparison(qtbot, window, first)
    assert window.session.comparison is not None
    assert window.session.comparison.right.name == "dropped text"
    assert window.session.comparison.left.name == "original.txt"


def test_a_drop_that_cannot_be_read_explains_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    open_sample(qtbot, window, prompter)
    before = window.session.comparison
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(bad))])
    drop(window, data, 0.2)
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=10_000)
    assert "scan.pdf is damaged" in prompter.errors[-1][1]
    assert window.session.comparison is before and window.session.left == ORIGINAL


def test_paste_as_left(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    open_sample(qtbot, window, prompter)
    before = window.session.comparison
    QGuiApplication.clipboard().setText("Hundreds of homes were evacuated in Kelmsford on Sunday night.")
    window.actions_by_name["paste-left"].trigger()
    wait_for_comparison(qtbot, window, before)
    assert window.session.comparison is not None and window.session.comparison.left.name == "pasted text"


def test_cancel_stops_a_comparison_and_ignores_its_result(qtbot: QtBot, window: MainWindow) -> None:
    window.compare_sources(ORIGINAL, REWRITE)
    assert window.session.busy and window.cancel_button.isVisible()
    window.cancel_button.click()
    assert not window.session.busy and not window.cancel_button.isVisible()
    qtbot.wait(300)
    assert window.session.comparison is None and "cancelled" in window.status.text()


def test_escape_cancels_a_comparison_and_only_then(qtbot: QtBot, window: MainWindow) -> None:
    window.compare_sources(ORIGINAL, REWRITE)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.session.busy and "cancelled" in window.status.text()
    window.compare_sources(ORIGINAL, REWRITE)
    wait_for_comparison(qtbot, window)
    shown = window.session.comparison
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # nothing running: Escape changes nothing
    assert window.session.comparison is shown and "cancelled" not in window.status.text()


def test_swap_reload_export_and_recent(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    open_sample(qtbot, window, prompter)
    before = window.session.comparison
    window.actions_by_name["swap"].trigger()
    wait_for_comparison(qtbot, window, before)
    assert window.session.comparison is not None and window.session.comparison.left.name == "rewrite.txt"
    assert window.settings.recent()[0] == (REWRITE, ORIGINAL)
    prompter.files = [str(tmp_path / "out.json")]
    window.actions_by_name["export-json"].trigger()
    wait_for_export(qtbot, window)
    assert (tmp_path / "out.json").read_text(encoding="utf-8").startswith("{")


def test_zoom_and_window_state_persist(qtbot: QtBot, window: MainWindow) -> None:
    size = window.view.row_delegate.font.pointSize()
    window.actions_by_name["zoom-in"].trigger()
    assert window.view.row_delegate.font.pointSize() == size + 1
    window.close()
    assert window.settings.zoom() == 1 and window.settings.bytes("geometry") is not None


def test_export_pdf_through_qt_printing(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    open_sample(qtbot, window, prompter)
    prompter.files = [str(tmp_path / "report.pdf")]
    window.actions_by_name["export-pdf"].trigger()
    wait_for_export(qtbot, window)
    data = (tmp_path / "report.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000


def test_selecting_text_highlights_its_counterpart(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    open_sample(qtbot, window, prompter)
    comparison = window.session.comparison
    assert comparison is not None
    rows = window.presentation.rows
    source = next(k for k, row in enumerate(rows) if row.left and row.right and row.left[0].link is not None
                  and row.left[0].target is None)  # fmt: skip
    link = rows[source].left[0].link
    rect = show_row(window, source)
    with qtbot.waitSignal(window.view.link_selected, timeout=2000) as selected:
        click_start(qtbot, window, rect)
    assert selected.args == [link]
    assert window.view.row_delegate.selected_link == link
    assert f"row(s) {source + 1}" in window.status.text()
    number = window.view.row_model.source_row(source) + 1
    width = window.view.row_delegate.column_width(rect.width())
    left, right = window.view.row_delegate.documents(rows[source], number, width)
    for document in (left, right):  # both sides show the selection
        cursor = document.document.find(next(r.text for r in document.runs if r.link == link).strip()[:20])
        assert cursor.charFormat().fontWeight() >= 600
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, window.view.height() - 5))
    assert window.view.row_delegate.selected_link is None


def test_keyboard_alone_reaches_moves_links_and_findings(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    open_sample(qtbot, window, prompter)
    rows = window.presentation.rows
    source, target = moved_row(window)
    window.view.setFocus()
    window.view.go_to_row(source)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # Enter on a moved row: to the other place, and back
    assert window.view.current_source_row() == target
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.view.current_source_row() == source
    linked = next(k for k, row in enumerate(rows) if row.left and row.left[0].link is not None and not any(
        run.target is not None for run in (*row.left, *row.right)))  # fmt: skip
    window.view.go_to_row(linked)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # Enter elsewhere: its text and counterpart are selected
    assert window.view.row_delegate.selected_link == rows[linked].left[0].link
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # the findings list is the next stop, and Enter goes to a finding
    assert window.panel.findings.hasFocus()
    qtbot.keyClick(window.panel.findings, Qt.Key.Key_End)
    qtbot.keyClick(window.panel.findings, Qt.Key.Key_Return)
    assert window.view.current_source_row() == window.panel.model.items[-1].row
    qtbot.keyClick(window.panel.findings, Qt.Key.Key_Tab)
    assert window.view.hasFocus()  # and Tab comes back round to the rows


def test_hovering_a_figure_shows_its_own_note(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    open_sample(qtbot, window, prompter)
    rows = window.presentation.rows
    source = next(k for k, row in enumerate(rows) if len({r.note for r in (*row.left, *row.right) if r.note}) >= 2)
    rect = show_row(window, source)
    runs = [(QPoint(x, y), window.view.run_at(QPointF(x, y)))
            for y in range(rect.top() + 4, rect.bottom(), 6) for x in range(rect.left(), rect.right(), 4)]  # fmt: skip
    noted = next((point, run.note) for point, run in runs if run is not None and run.note)
    plain = next(point for point, run in runs if run is not None and not run.note)
    row_tip = window.view.row_model.index(source).data(Qt.ItemDataRole.ToolTipRole)
    assert noted[1] in row_tip and noted[1] != row_tip  # the row's tooltip has every note; hovering shows one
    for point, wanted in ((noted[0], noted[1]), (plain, row_tip)):
        QToolTip.hideText()
        event = QHelpEvent(QEvent.Type.ToolTip, point, window.view.viewport().mapToGlobal(point))
        QApplication.sendEvent(window.view.viewport(), event)
        assert QToolTip.text() == wanted
