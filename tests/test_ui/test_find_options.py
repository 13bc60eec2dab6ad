"""Find Sources compares with the window's View options, so a result judges in the list as it does when opened:
a rewrite set in capitals (old wire copy) is the source's text once View > Ignore Case is on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.test_corpus.articles import article_paragraphs, write_article
from tests.test_ui.conftest import wait_for_comparison
from ui.find_results import FILE, VERDICT
from ui.main_window import MainWindow


def _listed_verdict(qtbot: QtBot, window: MainWindow, tmp_path: Path, ignore_case: bool) -> tuple[str, str]:
    """(the list's verdict of the source, the opened comparison's verdict) with Ignore Case on or off."""
    corpus = tmp_path / "corpus"
    for i in range(6):
        write_article(corpus / f"story{i}.txt", f"Story {i}", article_paragraphs(i, paragraphs=4))
    shouted = write_article(tmp_path / "shouted.txt", "STORY 3", [p.upper() for p in article_paragraphs(3, 4)])
    window.finder.index_folder = str(tmp_path / "index")
    window.settings.set_corpus_folder(str(corpus))
    if window.actions_by_name["ignore_case"].isChecked() != ignore_case:
        window.actions_by_name["ignore_case"].trigger()
    window.prompter.files = [str(shouted)]  # type: ignore[attr-defined]  # nothing open: the dialog asks
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    table = dialog.results
    names = [table.text(row, FILE) for row in range(table.rowCount())]
    assert "story3.txt" in names, dialog.stage.text()
    row = names.index("story3.txt")
    table.setFocus()
    table.selectRow(row)
    before = window.session.comparison
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_for_comparison(qtbot, window, before)
    assert window.session.options.ignore_case is ignore_case
    summary = window.session.comparison.summary  # type: ignore[union-attr]
    assert summary is not None
    return table.text(row, VERDICT), summary.verdict.value


def test_ignoring_case_the_capitals_copy_is_found_derived(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    listed, opened = _listed_verdict(qtbot, window, tmp_path, ignore_case=True)
    assert (listed, opened) == ("same text", "wholly derived")  # case aside, the very same sentences: a copy


def test_minding_case_the_list_and_the_window_agree_too(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    listed, opened = _listed_verdict(qtbot, window, tmp_path, ignore_case=False)
    assert listed == opened
