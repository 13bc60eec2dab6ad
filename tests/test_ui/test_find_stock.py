"""A comparison opened from the Find Sources results judges as the list did: the corpus's stock lines (an
outlet's plug under every article) are set aside, shown as such, and not counted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.test_corpus.articles import article_paragraphs, write_article
from tests.test_ui.conftest import wait_for_comparison
from ui.find_dialog import FindDialog
from ui.find_results import FILE, VERDICT
from ui.main_window import MainWindow

PLUG = "Read the Lantern every evening for the stories our reporters followed across the county that day."
OUTLET = 110  # stories carrying the plug: more than core.corpus.stock.StockThresholds.common_df


def _corpus(tmp_path: Path) -> Path:
    """``OUTLET`` stories with the plug, and outside the corpus an article (with the plug too) quoting two
    sentences of story 5: 2 of its 13 sentences without the plug, 3 of 14 with it (the verdict's line between)."""
    corpus = tmp_path / "corpus"
    for i in range(OUTLET):
        write_article(corpus / f"story{i}.txt", f"Lantern story {i}", [*article_paragraphs(i, paragraphs=4), PLUG])
    quote = " ".join(article_paragraphs(5, paragraphs=4)[0].split(". ")[:2]) + "."
    body = article_paragraphs(900, paragraphs=4)
    write_article(tmp_path / "quoting.txt", "A story quoting story 5", [body[0], quote, *body[1:], PLUG])
    return corpus


def _search(qtbot: QtBot, window: MainWindow, article: Path, corpus: Path) -> FindDialog:
    window.settings.set_corpus_folder(str(corpus))
    window.prompter.files = [str(article)]  # type: ignore[attr-defined]  # nothing open: the dialog asks
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    return dialog


def _verdict(window: MainWindow) -> str:
    comparison = window.session.comparison
    assert comparison is not None and comparison.summary is not None
    return comparison.summary.verdict.value


def test_a_result_opened_from_the_list_shows_the_lists_verdict(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path)
    window.finder.index_folder = str(tmp_path / "index")
    dialog = _search(qtbot, window, tmp_path / "quoting.txt", corpus)
    table = dialog.results
    names = [table.text(row, FILE) for row in range(table.rowCount())]
    assert "story5.txt" in names, dialog.stage.text()
    row = names.index("story5.txt")
    listed = table.text(row, VERDICT)
    table.setFocus()
    table.selectRow(row)
    before = window.session.comparison
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_for_comparison(qtbot, window, before)
    assert window.session.left == str(corpus / "story5.txt")
    assert _verdict(window) == listed, window.session.comparison.summary  # type: ignore[union-attr]
    assert f"Verdict: {listed}." in window.panel.summary_label.text()
    assert window.session.stock_lines == ((PLUG,), (PLUG,))  # set aside from both, not lost
    assert "2 stock lines of the corpus not counted" in window.status_line.text.text()
    window.actions_by_name["show_boilerplate"].trigger()
    assert window.boilerplate.isVisible() and "Stock lines of the corpus" in window.boilerplate.text()
    assert PLUG in window.boilerplate.text().split("Stock lines of the corpus")[1]
    before = window.session.comparison
    window.session.rerun()  # F5, or an option changed: the same stock lines stay aside
    wait_for_comparison(qtbot, window, before)
    assert _verdict(window) == listed and window.session.stock_lines == ((PLUG,), (PLUG,))


def test_opening_the_files_again_by_hand_counts_every_line(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The stock lines belong to the comparison opened from a search, not to the next one the user opens."""
    corpus = _corpus(tmp_path)
    window.finder.index_folder = str(tmp_path / "index")
    dialog = _search(qtbot, window, tmp_path / "quoting.txt", corpus)
    table = dialog.results
    row = [table.text(r, FILE) for r in range(table.rowCount())].index("story5.txt")
    table.setFocus()
    table.selectRow(row)
    before = window.session.comparison
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_for_comparison(qtbot, window, before)
    from_list = _verdict(window)
    before = window.session.comparison
    window.compare_sources(str(corpus / "story5.txt"), str(tmp_path / "quoting.txt"))  # File > Open, both
    wait_for_comparison(qtbot, window, before)
    assert window.session.stock is None and window.session.stock_lines == ((), ())
    assert "stock line" not in window.status_line.text.text()
    assert _verdict(window) != from_list  # the plug counted this time: the fixture's line is crossed
