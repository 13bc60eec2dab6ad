"""File > Recent comparisons tells apart two comparisons whose files have the same names in different folders
(a reviewer saw two identical "orig.txt ↔ rewrite.txt" entries), and a click opens the one chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.test_ui.conftest import wait_for_comparison
from ui.main_window import MainWindow


def _pair(folder: Path, figure: int) -> tuple[str, str]:
    folder.mkdir()
    (folder / "orig.txt").write_text(f"The ferry will run every {figure} minutes.\n", encoding="utf-8")
    (folder / "rewrite.txt").write_text(f"Ferries will run every {figure + 5} minutes.\n", encoding="utf-8")
    return str(folder / "orig.txt"), str(folder / "rewrite.txt")


def test_recent_entries_with_the_same_names_name_their_folders(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first, second = _pair(tmp_path / "monday", 20), _pair(tmp_path / "tuesday", 40)
    for pair in (first, second):
        before = window.session.comparison
        window.compare_sources(*pair)
        wait_for_comparison(qtbot, window, before)
    menu = window.actions_by_name["recent-menu"].menu()
    assert isinstance(menu, QMenu)
    actions = menu.actions()
    assert [a.text() for a in actions] == ["orig.txt ↔ rewrite.txt (tuesday)", "orig.txt ↔ rewrite.txt (monday)"]
    assert actions[1].toolTip() == "\n".join(first)
    before = window.session.comparison
    actions[1].trigger()
    wait_for_comparison(qtbot, window, before)
    assert window.session.input_paths() == list(first)
