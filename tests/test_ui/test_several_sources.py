"""Several sources in the window: Open Left with several files, drops, the header, labels, the verdict."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from core.report import LEGEND, LIGHT, Mark, plain_text
from tests.test_core.sources_texts import (
    CORRECTION,
    OTHER_STORY,
    REWRITE_OF_CORRECTION,
    REWRITE_OF_TAKES,
    TAKE_1,
    TAKE_2,
)
from tests.test_ui.conftest import FakePrompter, wait_for_comparison
from tests.test_ui.test_main_window import drop
from ui.main_window import MainWindow
from ui.palette import char_format
from ui.row_model import ROW_VIEW_ROLE

TEXTS = {
    "take1.txt": "Crane falls at Westport\n\n" + TAKE_1,
    "take2.txt": "Crane falls at Westport, update\n\n" + TAKE_2,
    "library.txt": "City library to stay open until midnight for exams\n\n" + OTHER_STORY,
    "rewrite.txt": "Westport port shut\n\n" + REWRITE_OF_TAKES,
}


def write(folder: Path) -> dict[str, str]:
    paths = {}
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths[name] = str(folder / name)
    return paths


def labels(window: MainWindow) -> list[str]:
    """The source labels of every left paragraph shown, in row order."""
    model = window.view.row_model
    runs = [run for k in range(model.rowCount()) for run in model.index(k).data(ROW_VIEW_ROLE).left]
    return [run.text for run in runs if Mark.SOURCE in run.marks]


def test_open_left_with_three_files(qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path) -> None:
    paths = write(tmp_path)
    prompter.files = [[paths["take1.txt"], paths["take2.txt"], paths["library.txt"]], paths["rewrite.txt"]]
    window.actions_by_name["open-left"].trigger()
    assert window.session.comparison is None and "3 sources chosen" in window.status.text()
    window.actions_by_name["open-right"].trigger()
    wait_for_comparison(qtbot, window)
    comparison = window.session.comparison
    assert comparison is not None and [s.name for s in comparison.left.sources] == list(TEXTS)[:3]
    header = window.header.left.text()
    assert "3 SOURCES" in header
    assert header.index("S1 Crane falls at Westport") < header.index("S2 Crane falls") < header.index("S3 City library")
    assert "3 sentences shared with an earlier source" in header
    shown = labels(window)
    assert len(shown) == len(comparison.left.paragraphs)
    assert sorted(set(shown)) == ["S1 +S2", "S2", "S3"]
    summary = window.panel.summary_label.text()
    assert "Verdict: wholly derived." in summary and "Sentences linked to each source: S1 50%, S2 50%, S3 0%" in summary


def test_legend_explains_the_source_label_only_with_several_sources(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    paths = write(tmp_path)
    (entry,) = [e for e in LEGEND if e.mark is Mark.SOURCE]
    window.compare_sources((paths["take1.txt"], paths["take2.txt"], paths["library.txt"]), paths["rewrite.txt"])
    wait_for_comparison(qtbot, window)
    text = window.legend.document.toPlainText()
    assert f"{entry.sample} {entry.meaning}" in text and entry.meaning in window.legend.accessibleDescription()
    assert window.legend.isVisible() and "S1 +S2" in labels(window)  # the label it explains is shown
    window.compare_sources(paths["take1.txt"], paths["rewrite.txt"])
    wait_for_comparison(qtbot, window, before=window.session.comparison)
    assert entry.meaning not in window.legend.document.toPlainText() and labels(window) == []
    assert "struck through" in window.legend.document.toPlainText()


def test_a_corrected_sentence_shows_once_labelled_with_the_other_versions(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    texts = {"take1.txt": TAKE_1, "take2.txt": TAKE_2, "fix.txt": CORRECTION, "rewrite.txt": REWRITE_OF_CORRECTION}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    sources = tuple(str(tmp_path / name) for name in list(texts)[:3])
    window.compare_sources(sources, str(tmp_path / "rewrite.txt"))
    wait_for_comparison(qtbot, window)
    model = window.view.row_model
    rows = [model.index(k).data(ROW_VIEW_ROLE) for k in range(model.rowCount())]
    assert sum(plain_text(row.left).count("dock workers were taken") for row in rows) == 1
    (label,) = [run for row in rows for run in row.left if run.text == "S3 ~S1 ~S2"]
    assert "“Two” for “Three”" in label.note
    assert "1 sentence shown in another version" in window.header.left.text()


def test_three_files_dropped_on_the_left_become_its_sources(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    paths = write(tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(paths[name]) for name in ("take1.txt", "take2.txt", "library.txt")])
    drop(window, data, 0.2)
    assert window.session.left == (paths["take1.txt"], paths["take2.txt"], paths["library.txt"])
    assert window.session.comparison is None
    rewrite = QMimeData()
    rewrite.setUrls([QUrl.fromLocalFile(paths["rewrite.txt"])])
    drop(window, rewrite, 0.8)
    wait_for_comparison(qtbot, window)
    assert window.session.comparison is not None and len(window.session.comparison.left.sources) == 3
    assert "take1.txt, take2.txt, library.txt" in window.windowTitle()


def test_files_dropped_on_the_right_are_sources_then_the_rewrite(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    paths = write(tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(paths[name]) for name in ("take1.txt", "take2.txt", "rewrite.txt")])
    drop(window, data, 0.8)
    wait_for_comparison(qtbot, window)
    comparison = window.session.comparison
    assert comparison is not None and comparison.right.name == "rewrite.txt"
    assert [s.name for s in comparison.left.sources] == ["take1.txt", "take2.txt"]
    window.actions_by_name["swap"].trigger()
    assert "cannot change sides" in window.status.text()


def test_a_pair_shows_no_source_labels(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    paths = write(tmp_path)
    window.compare_sources(paths["take1.txt"], paths["rewrite.txt"])
    wait_for_comparison(qtbot, window)
    assert labels(window) == []
    assert "ORIGINAL" in window.header.left.text() and "SOURCES" not in window.header.left.text()
    assert "Verdict:" in window.panel.summary_label.text()
    first = window.view.row_model.index(0).data(ROW_VIEW_ROLE)
    assert plain_text(first.left).startswith("Harbour officials")


def test_source_label_is_small_raised_and_grey() -> None:
    label = char_format(frozenset({Mark.SOURCE}), LIGHT, QTextCharFormat())
    assert label.foreground().color().name() == LIGHT.muted
    assert label.verticalAlignment() == label.VerticalAlignment.AlignSuperScript


def test_several_sources_are_remembered_and_reopened(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    paths = write(tmp_path)
    sources = (paths["take1.txt"], paths["take2.txt"], paths["library.txt"])
    window.compare_sources(sources, paths["rewrite.txt"])
    wait_for_comparison(qtbot, window)
    assert window.settings.recent()[0] == (*sources, paths["rewrite.txt"])
    window.compare_sources(paths["take1.txt"], paths["rewrite.txt"])
    first = window.session.comparison
    wait_for_comparison(qtbot, window, first)
    menu = window.actions_by_name["recent-menu"].menu()
    assert isinstance(menu, QMenu)
    entries = {action.text(): action for action in menu.actions()}
    assert "take1.txt + take2.txt + library.txt ↔ rewrite.txt" in entries and "take1.txt ↔ rewrite.txt" in entries
    shown = window.session.comparison
    entries["take1.txt + take2.txt + library.txt ↔ rewrite.txt"].trigger()
    wait_for_comparison(qtbot, window, shown)
    assert window.session.left == sources and window.session.comparison is not None
    assert len(window.session.comparison.left.sources) == 3
