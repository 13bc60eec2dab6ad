"""File > Find Sources / Find Rewrites driven through the real widgets: menu action, dialog, worker, results,
Enter opens the comparison; cancelling stops the worker; several results open together as sources."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core import article_from_text
from core.corpus import CorpusIndex
from core.corpus import update as update_module
from core.model import Side
from tests.test_corpus.articles import article_paragraphs, rewrite_of, write_article
from tests.test_ui.conftest import FakePrompter, wait_for_comparison
from ui.find_dialog import FindDialog
from ui.find_results import DATE, FILE, RANK, SCORE, TAKEN, TITLE, VERDICT, ResultsTable
from ui.find_worker import FindJob, FindThread
from ui.main_window import MainWindow


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Six unrelated stories and a binary file in a corpus folder; outside it a rewrite of story 2, a splice
    of stories 1 and 4, and an unrelated article. The index lives in the test's own data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "corpus"
    for i in range(6):
        write_article(folder / f"story{i}.txt", f"Harbour report number {i}", article_paragraphs(i),
                      date=f"{i + 1} May 2025")  # fmt: skip
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 8)
    write_article(tmp_path / "rewrite.txt", "What the harbour saw", rewrite_of(article_paragraphs(2), 7))
    first, second = article_paragraphs(1), article_paragraphs(4)
    write_article(tmp_path / "splice.txt", "Two harbour stories", first[:3] + second[:3])
    write_article(tmp_path / "unrelated.txt", "Elsewhere entirely", article_paragraphs(77))
    return tmp_path


def _cell(table: ResultsTable, row: int, column: int) -> str:
    return table.text(row, column)


def _search(qtbot: QtBot, dialog: FindDialog) -> None:
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)


def _open_right(qtbot: QtBot, window: MainWindow, right: Path, left: Path) -> None:
    before = window.session.comparison
    window.compare_sources(str(left), str(right))
    wait_for_comparison(qtbot, window, before)


def test_find_sources_of_the_right_article_then_enter_opens_it(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, corpus: Path
) -> None:
    _open_right(qtbot, window, corpus / "rewrite.txt", corpus / "unrelated.txt")
    prompter.files = [str(corpus / "corpus")]
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    assert dialog.isVisible() and dialog.article == str(corpus / "rewrite.txt")
    qtbot.mouseClick(dialog.choose_corpus, Qt.MouseButton.LeftButton)
    assert dialog.corpus.text() == str(corpus / "corpus")
    _search(qtbot, dialog)
    table = dialog.results
    assert table.rowCount() >= 1, dialog.stage.text()
    assert _cell(table, 0, FILE) == "story2.txt"
    assert _cell(table, 0, VERDICT) in ("wholly derived", "partially derived")
    assert all(_cell(table, row, VERDICT) == "independent" for row in range(1, table.rowCount()))
    assert "6 articles" in dialog.summary.text() and "1 file skipped" in dialog.summary.text()
    before = window.session.comparison
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_for_comparison(qtbot, window, before)
    assert window.session.left == str(corpus / "corpus" / "story2.txt")
    assert window.session.right == str(corpus / "rewrite.txt")
    assert window.settings.corpus_folder() == str(corpus / "corpus")  # remembered for the next search
    assert not dialog.isVisible()  # it stepped aside for the comparison
    window.actions_by_name["find-sources"].trigger()  # the same article on the right: the same results
    assert dialog.isVisible() and _cell(table, 0, FILE) == "story2.txt"
    _open_right(qtbot, window, corpus / "splice.txt", corpus / "unrelated.txt")
    window.actions_by_name["find-sources"].trigger()  # another article: the old results are gone
    assert dialog.article == str(corpus / "splice.txt") and table.rowCount() == 0


def test_find_rewrites_of_the_left_article_opens_original_left(qtbot: QtBot, window: MainWindow, corpus: Path) -> None:
    (corpus / "corpus" / "copies").mkdir()
    (corpus / "corpus" / "copies" / "copy.txt").write_text((corpus / "rewrite.txt").read_text(encoding="utf-8"))
    original = corpus / "corpus" / "story2.txt"
    window.settings.set_corpus_folder(str(corpus / "corpus"))
    _open_right(qtbot, window, corpus / "unrelated.txt", original)
    window.actions_by_name["find-rewrites"].trigger()
    dialog = window.finder.dialogs[True]
    assert dialog.article == str(original) and dialog.corpus.text() == str(corpus / "corpus")
    _search(qtbot, dialog)
    table = dialog.results
    assert table.rowCount() >= 1 and _cell(table, 0, FILE) == "copy.txt", dialog.stage.text()
    assert all(_cell(table, row, FILE) != "story2.txt" for row in range(table.rowCount()))  # not itself
    before = window.session.comparison
    rect = table.visualRect(table.model().index(0, TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    wait_for_comparison(qtbot, window, before)
    assert window.session.left == str(original)
    assert window.session.right == str(corpus / "corpus" / "copies" / "copy.txt")


def test_several_results_open_together_as_sources(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, corpus: Path
) -> None:
    window.settings.set_corpus_folder(str(corpus / "corpus"))
    prompter.files = [str(corpus / "splice.txt")]  # nothing is open: the dialog asks for the article
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    assert dialog.article == str(corpus / "splice.txt")
    _search(qtbot, dialog)
    table = dialog.results
    names = [_cell(table, row, FILE) for row in range(table.rowCount())]
    assert set(names[:2]) == {"story1.txt", "story4.txt"}, names
    table.selectRow(0)
    table.selectionModel().select(
        table.model().index(1, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    assert dialog.together_button.isEnabled()
    qtbot.mouseClick(dialog.together_button, Qt.MouseButton.LeftButton)
    wait_for_comparison(qtbot, window)
    left = window.session.left
    assert isinstance(left, tuple) and {Path(p).name for p in left} == {"story1.txt", "story4.txt"}
    assert window.session.right == str(corpus / "splice.txt")
    assert window.session.report is not None and len(window.session.report.comparison.left.sources) == 2


def test_escape_cancels_the_search_and_keeps_the_dialog(
    qtbot: QtBot, window: MainWindow, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(update_module, "BATCH_FILES", 2)  # many small transactions: cancel lands between two
    for i in range(80):
        write_article(corpus / "corpus" / "more" / f"extra{i}.txt", f"Extra {i}", article_paragraphs(100 + i))
    window.settings.set_corpus_folder(str(corpus / "corpus"))
    _open_right(qtbot, window, corpus / "rewrite.txt", corpus / "unrelated.txt")
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    thread = dialog.search_thread
    assert thread is not None
    # Polled on the GUI side: a waitSignal on the worker's own signal races with pytest-qt (the signal comes many
    # times from another thread; a queued call reached the blocker after it was gone: a segmentation fault).
    qtbot.waitUntil(lambda: "Indexing" in dialog.stage.text(), timeout=30_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.isVisible()  # Esc stopped the search, it did not close the dialog
    assert dialog.results.rowCount() == 0 and "cancelled" in dialog.stage.text()
    with CorpusIndex.open(corpus / "data" / "parallax") as index:
        assert index.document_count() < 86  # the update stopped between batches
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing runs now: Esc closes
    assert not dialog.isVisible()


def test_a_missing_corpus_folder_is_one_clear_message(qtbot: QtBot, window: MainWindow, corpus: Path) -> None:
    window.settings.set_corpus_folder(str(corpus / "gone"))
    _open_right(qtbot, window, corpus / "rewrite.txt", corpus / "unrelated.txt")
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    _search(qtbot, dialog)
    assert "gone: no such folder" in dialog.stage.text() and "Traceback" not in dialog.stage.text()
    assert dialog.results.rowCount() == 0 and dialog.search_button.isEnabled()


def test_pasted_text_on_the_right_is_searched_and_opened(qtbot: QtBot, window: MainWindow, corpus: Path) -> None:
    window.settings.set_corpus_folder(str(corpus / "corpus"))
    _open_right(qtbot, window, corpus / "unrelated.txt", corpus / "unrelated.txt")
    pasted = article_from_text((corpus / "rewrite.txt").read_text(encoding="utf-8"), "pasted text")
    before = window.session.comparison
    window.compare_sources(str(corpus / "unrelated.txt"), pasted)
    wait_for_comparison(qtbot, window, before)
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    assert dialog.article is pasted and dialog.article_label.text() == "pasted text"
    _search(qtbot, dialog)
    assert _cell(dialog.results, 0, FILE) == "story2.txt", dialog.stage.text()
    before = window.session.comparison
    dialog.open_current()
    wait_for_comparison(qtbot, window, before)
    assert window.session.left == str(corpus / "corpus" / "story2.txt") and window.session.right is pasted


def test_a_folder_typed_with_a_tilde_is_the_home_folder(
    qtbot: QtBot, window: MainWindow, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(corpus))
    _open_right(qtbot, window, corpus / "rewrite.txt", corpus / "unrelated.txt")
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    qtbot.keyClicks(dialog.corpus, "~/corpus")
    _search(qtbot, dialog)
    assert dialog.results.rowCount() >= 1 and _cell(dialog.results, 0, FILE) == "story2.txt", dialog.stage.text()


def test_files_of_one_name_are_told_apart_in_the_results(qtbot: QtBot, tmp_path: Path) -> None:
    from core.corpus import Found
    from ui.find_results import ResultsTable

    table = ResultsTable(several=True, reverse=False)
    qtbot.addWidget(table)
    paths = [tmp_path / "wire" / "story.txt", tmp_path / "papers" / "story.txt", tmp_path / "papers" / "other.txt"]
    table.show_found(tuple(Found(str(p), "T", "", 0.5, 0.5, 0.5, "wholly derived", "") for p in paths))
    shown = [_cell(table, row, FILE) for row in range(table.rowCount())]
    assert shown == ["wire/story.txt", "papers/story.txt", "other.txt"]
    assert table.index_at(1, FILE).data(Qt.ItemDataRole.ToolTipRole) == str(paths[1])  # the whole path on hover


def test_a_copy_of_the_article_reads_same_text_with_why_on_hover(qtbot: QtBot, tmp_path: Path) -> None:
    from core.corpus import Found

    table = ResultsTable(several=True, reverse=False)
    qtbot.addWidget(table)
    copy = Found(
        str(tmp_path / "copy.txt"), "T", "", 2.0, 1.0, 1.0, "wholly derived", "All words.", 1.0, same_text=True
    )
    source = Found(str(tmp_path / "source.txt"), "T", "", 0.9, 0.8, 0.7, "wholly derived", "Most words.", 0.8)
    table.show_found((copy, source))
    assert [_cell(table, row, VERDICT) for row in range(2)] == ["same text", "wholly derived"]
    tip = str(table.index_at(0, VERDICT).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("The file holds the very same sentences: a copy") and tip.endswith("All words.")


def test_a_source_dated_after_the_article_says_so_in_its_date(qtbot: QtBot, tmp_path: Path) -> None:
    from core.corpus import Found

    table = ResultsTable(several=True, reverse=False)
    qtbot.addWidget(table)
    later = Found(str(tmp_path / "later.txt"), "T", "6 March 2026", 0.9, 0.8, 0.7, "wholly derived", "", 0.8,
                  out_of_order=True)  # fmt: skip
    table.show_found((later,))
    assert _cell(table, 0, DATE) == "6 March 2026 (later)"
    assert "a source dated after the article" in str(table.index_at(0, DATE).data(Qt.ItemDataRole.ToolTipRole))


def test_a_result_the_texts_say_runs_the_other_way_reads_reversed_with_why(qtbot: QtBot, tmp_path: Path) -> None:
    from core.corpus import Found

    table = ResultsTable(several=False, reverse=True)
    qtbot.addWidget(table)
    turned = Found(str(tmp_path / "a.txt"), "T", "", 0.9, 0.8, 0.7, "wholly derived", "Most words.", 0.8,
                   reversed_by="credit")  # fmt: skip
    table.show_found((turned,))
    assert _cell(table, 0, VERDICT) == "wholly derived (reversed)"
    tip = str(table.index_at(0, VERDICT).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Reversed: by its texts (credit) the file looks like the original's source")


def test_a_search_moves_the_objects_alive_before_it_out_of_the_collectors_reach(qtbot: QtBot, corpus: Path) -> None:
    """Each full pass of the collector during indexing walked the window's objects with the interpreter lock held
    (22-65 ms event-loop gaps); frozen, they are walked no more."""
    gc.unfreeze()
    before = gc.get_freeze_count()
    thread = FindThread(FindJob(str(corpus / "rewrite.txt"), (str(corpus / "corpus"),), index_folder=str(corpus / "i")))
    outcomes: list[object] = []
    thread.done.connect(outcomes.append)
    thread.run()  # in this thread: the signals arrive directly
    assert outcomes and before == 0 and gc.get_freeze_count() > 0


def _click_header(qtbot: QtBot, table: ResultsTable, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_a_header_click_sorts_the_results_by_that_column_as_numbers(qtbot: QtBot, tmp_path: Path) -> None:
    """The default order is the ranking, shown by '#' and its indicator; a click sorts by what the column holds
    (9% below 50%, 7 Feb below 1 March), strongest first, and a click on '#' brings the ranking back."""
    from core.corpus import Found

    rows = [("a", "wholly derived", 0.5, 0.2, "7 Feb 2025"), ("b", "partially derived", 0.09, 0.9, "1 March 2025"),
            ("c", "partially derived", 0.1, 0.3, "2 Feb 2025"), ("d", "independent", 0.6, 0.95, "")]  # fmt: skip
    table = ResultsTable(several=True, reverse=False)
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    found = tuple(Found(str(tmp_path / f"{name}.txt"), name.upper(), date, score, 0.5, 0.5, verdict, "", taken)
                  for name, verdict, taken, score, date in rows)  # fmt: skip
    table.show_found(found)

    def shown() -> list[str]:
        return [_cell(table, row, FILE) for row in range(table.rowCount())]

    header = table.horizontalHeader()
    assert shown() == ["a.txt", "b.txt", "c.txt", "d.txt"] and header.sortIndicatorSection() == RANK
    _click_header(qtbot, table, TAKEN)
    assert shown() == ["d.txt", "a.txt", "c.txt", "b.txt"]  # 60%, 50%, 10%, 9%: as numbers
    assert header.sortIndicatorSection() == TAKEN
    _click_header(qtbot, table, TAKEN)
    assert shown() == ["b.txt", "c.txt", "a.txt", "d.txt"]
    _click_header(qtbot, table, DATE)
    assert shown() == ["b.txt", "a.txt", "c.txt", "d.txt"]  # latest first; no date last
    _click_header(qtbot, table, VERDICT)
    assert shown() == ["a.txt", "b.txt", "c.txt", "d.txt"]  # by strength; ties in rank order
    _click_header(qtbot, table, SCORE)
    assert shown() == ["d.txt", "b.txt", "c.txt", "a.txt"]
    table.selectRow(1)
    assert table.selected_paths() == [str(tmp_path / "b.txt")] and table.path_at(0) == str(tmp_path / "d.txt")
    _click_header(qtbot, table, RANK)
    assert shown() == ["a.txt", "b.txt", "c.txt", "d.txt"]


def test_sorted_by_file_name_enter_opens_the_selected_row(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, corpus: Path
) -> None:
    """Sorted by a header click, the row selected and opened is the one shown, not the one of that rank."""
    window.settings.set_corpus_folder(str(corpus / "corpus"))
    prompter.files = [str(corpus / "splice.txt")]
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    _search(qtbot, dialog)
    table = dialog.results
    ranked = [_cell(table, row, FILE) for row in range(table.rowCount())]
    assert len(ranked) >= 2, ranked
    _click_header(qtbot, table, FILE)
    names = [_cell(table, row, FILE) for row in range(table.rowCount())]
    assert names == sorted(ranked)
    if names == ranked:
        _click_header(qtbot, table, FILE)
        names = [_cell(table, row, FILE) for row in range(table.rowCount())]
        assert names == sorted(ranked, reverse=True)
    row = next(row for row, name in enumerate(names) if name != ranked[row])
    rect = table.visualRect(table.index_at(row, TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    before = window.session.comparison
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_for_comparison(qtbot, window, before)
    assert window.session.left == str(corpus / "corpus" / names[row])
    assert window.session.right == str(corpus / "splice.txt")


def test_enter_in_the_corpus_field_starts_the_search(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, corpus: Path
) -> None:
    _open_right(qtbot, window, corpus / "rewrite.txt", corpus / "unrelated.txt")
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    assert dialog.focusWidget() is dialog.corpus  # typing goes straight into the folder field
    dialog.corpus.clear()
    qtbot.keyClicks(dialog.corpus, str(corpus / "corpus"))
    qtbot.keyClick(dialog.corpus, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.running, timeout=60_000)
    assert _cell(dialog.results, 0, FILE) == "story2.txt"
    dialog.hide()
    window.actions_by_name["find-sources"].trigger()
    assert dialog.focusWidget() is dialog.results  # shown again with its results: Enter opens the first


def test_a_missing_corpus_folder_is_not_remembered(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, corpus: Path
) -> None:
    _open_right(qtbot, window, corpus / "rewrite.txt", corpus / "unrelated.txt")
    window.settings.set_corpus_folder(str(corpus / "corpus"))
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    dialog.corpus.setText(str(corpus / "no-such-folder"))
    _search(qtbot, dialog)
    assert dialog.outcome is None and dialog.stage.text()  # it said why
    assert window.settings.corpus_folder() == str(corpus / "corpus")  # the last folder that worked


def test_after_the_file_chooser_typing_goes_on_in_the_dialog(qtbot: QtBot, window: MainWindow, corpus: Path) -> None:
    """The chooser is a child of the main window, which has the focus when it closes; the dialog takes it back."""
    article = corpus / "rewrite.txt"

    class ParentTakesFocus(FakePrompter):
        def open_file(self, title: str) -> str | None:
            window.activateWindow()  # what closing a real QFileDialog does: its parent is active again
            window.view.setFocus()
            return str(article)

    dialog = window.finder.show(False)
    dialog.prompter = ParentTakesFocus()
    dialog.choose_article.click()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    assert dialog.article is not None and QApplication.focusWidget() is dialog.corpus


def test_with_one_article_open_on_the_left_find_sources_takes_it(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, corpus: Path
) -> None:
    window.sources.load_side(Side.LEFT, str(corpus / "rewrite.txt"))  # "parallax FILE": one file, on the left
    assert window.session.comparison is None
    window.actions_by_name["find-sources"].trigger()
    dialog = window.finder.dialogs[False]
    assert dialog.article == str(corpus / "rewrite.txt") and prompter.files == []  # no chooser asked
