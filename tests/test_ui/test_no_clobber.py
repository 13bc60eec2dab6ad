"""An export never overwrites an article being compared: the window refuses with a message and the file keeps
its text (a user who picks the rewrite's own file in the save dialog loses nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.test_ui.conftest import FakePrompter, wait_for_comparison, wait_for_export
from ui.main_window import MainWindow

ORIGINAL = "The ferry will run every 20 minutes from Monday, the harbour board said.\n"
REWRITE = "Ferries will now run every 15 minutes, the harbour board announced on Monday.\n"


@pytest.mark.parametrize("action", ["export-html", "export-json"])
def test_exporting_over_an_article_compared_is_refused(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path, action: str
) -> None:
    original, rewrite = tmp_path / "original.txt", tmp_path / "rewrite.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    rewrite.write_text(REWRITE, encoding="utf-8")
    window.compare_sources(str(original), str(rewrite))
    wait_for_comparison(qtbot, window)
    prompter.files = [str(rewrite)]
    window.actions_by_name[action].trigger()
    wait_for_export(qtbot, window)
    assert rewrite.read_text(encoding="utf-8") == REWRITE
    assert prompter.errors and "one of the articles being compared" in prompter.errors[-1][1]
    prompter.files = [str(tmp_path / "report.out")]  # another file is written as before
    window.actions_by_name[action].trigger()
    wait_for_export(qtbot, window)
    assert (tmp_path / "report.out").stat().st_size > 0
