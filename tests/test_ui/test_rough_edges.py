"""The window's rough edges a new user meets first: findings, selection, legend, help, status, gutter, F8, zoom,
dialog folders, the Recent list and an empty findings list. Each test fails without its fix."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser
from pytestqt.qtbot import QtBot

from core import compare
from core.model import RowKind
from core.report import LEGEND, FindingKind, Presentation, RowView, Run, build_report
from tests.test_ui.conftest import SAMPLES, FakePrompter, wait_for_comparison
from ui.findings_panel import NO_FINDINGS
from ui.main_window import MainWindow
from ui.prompter import Prompter, _save_folder
from ui.settings import Settings

ORIGINAL, REWRITE = str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt")


def _sample(qtbot: QtBot, window: MainWindow) -> None:
    window.compare_sources(ORIGINAL, REWRITE)
    wait_for_comparison(qtbot, window)


def _settle(ms: int = 300) -> None:
    for _ in range(ms // 10):
        QApplication.processEvents()
        QApplication.processEvents()


def test_findings_wrap_instead_of_being_cut_off(qtbot: QtBot, window: MainWindow) -> None:
    _sample(qtbot, window)
    _settle()
    view, model = window.panel.findings, window.panel.model
    line = QFontMetrics(view.font()).lineSpacing()
    longest = max(range(model.rowCount()), key=lambda k: len(model.items[k].text))
    text = model.items[longest].text
    assert QFontMetrics(view.font()).horizontalAdvance(text) > view.viewport().width()  # it cannot fit one line
    rect = view.visualRect(model.index(longest))
    assert rect.height() >= 2 * line and rect.width() <= view.viewport().width()


def test_moved_findings_tell_what_moved_and_where(qtbot: QtBot, window: MainWindow) -> None:
    _sample(qtbot, window)
    moved = [f for f in window.panel.model.items if f.kind is FindingKind.PARAGRAPH_MOVED]
    assert len(moved) >= 2 and len({f.text for f in moved}) == len(moved)
    report = window.session.report
    assert report is not None
    for finding in moved:  # each names the row it points to, and that row holds the same text's other side
        target = int(finding.text.split("row ", 1)[1].split(":")[0]) - 1
        assert report.presentation.rows[target].kind is RowKind.MOVED and target != finding.row
        row = report.comparison.rows[finding.row]  # and it quotes the opening words of the paragraph that moved
        paragraph = report.comparison.left.paragraphs[row.left[0]] if row.left else None
        paragraph = paragraph or report.comparison.right.paragraphs[row.right[0]]
        assert paragraph.text[:30] in finding.text


def test_a_changed_figure_tooltip_shows_both_values(qtbot: QtBot, window: MainWindow) -> None:
    _sample(qtbot, window)
    model = window.panel.model
    comparison = window.session.comparison
    assert comparison is not None
    changed = next(n for n in comparison.numbers if n.status.value == "changed" and n.left and n.right)
    assert changed.left is not None and changed.right is not None
    k = next(
        k
        for k, f in enumerate(model.items)
        if f.kind is FindingKind.FIGURE_CHANGED and changed.left.text.lower() in f.text
    )
    tip = str(model.data(model.index(k), Qt.ItemDataRole.ToolTipRole))
    assert f"Original: {changed.left.text}" in tip and f"rewrite: {changed.right.text}" in tip


def test_a_new_comparison_starts_with_nothing_selected(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _sample(qtbot, window)
    window.view.go_to_row(1)
    window.view.select_link(0)
    assert window.view.row_delegate.selected_link == 0 and window.view.selectionModel().hasSelection()
    other = tmp_path / "other.txt"
    other.write_text("Hundreds of homes were flooded.\n\nFire crews rescued 35 people.\n")
    before = window.session.comparison
    window.compare_sources(ORIGINAL, str(other))
    wait_for_comparison(qtbot, window, before)
    assert window.view.row_delegate.selected_link is None
    assert not window.view.selectionModel().hasSelection() and window.view.current_source_row() == -1


def test_legend_strip_is_shown_from_the_shared_legend_and_can_be_hidden(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    _sample(qtbot, window)
    assert window.legend.isVisible()
    text = window.legend.document.toPlainText()
    assert all(entry.sample in text and entry.meaning in text for entry in LEGEND if not entry.several_sources)
    assert not any(entry.meaning in text for entry in LEGEND if entry.several_sources)  # a pair has no labels
    window.actions_by_name["show_legend"].trigger()
    assert not window.legend.isVisible() and settings.option("show_legend") is False


def _help_text(window: MainWindow) -> str:
    assert window.help_window is not None and window.help_window.isVisible()
    browser = window.help_window.findChild(QTextBrowser)
    assert browser is not None
    return browser.toPlainText()


def test_help_lists_the_real_shortcuts_and_how_to_read(window: MainWindow) -> None:
    window.actions_by_name["shortcuts"].trigger()
    assert window.help_window is not None
    shortcuts = _help_text(window)
    for name in ("next", "previous", "open-left", "export-html", "zoom-in"):
        action = window.actions_by_name[name]
        assert action.text().replace("&", "").rstrip("…") in shortcuts
        assert action.shortcut().toString(action.shortcut().SequenceFormat.NativeText) in shortcuts
    window.actions_by_name["reading"].trigger()
    reading = _help_text(window)
    assert all(entry.meaning in reading for entry in LEGEND) and "F8" in reading


def test_status_states_the_whole_wait_and_loading_says_what_it_reads(qtbot: QtBot, window: MainWindow) -> None:
    stages: list[str] = []
    window.session.stage.connect(stages.append)
    _sample(qtbot, window)
    assert stages[:2] == ["Reading original.txt…", "Reading rewrite.txt…"] and "Aligning sentences…" in stages
    status = window.status.text()
    waited, alone = (float(part.split(" s")[0].split()[-1]) for part in status.split("(", 1))
    assert status.startswith("Read and compared in") and "comparing alone" in status and waited >= alone


def test_row_numbers_of_five_digits_fit_the_gutter_at_any_zoom(window: MainWindow) -> None:
    rows = tuple(RowView(RowKind.IDENTICAL, (Run("a"),), (Run("a"),), (k,), (k,)) for k in range(12_000))
    delegate = window.view.row_delegate
    for steps in (0, 4, 8):
        window.zoom(None)
        window.zoom(steps)
        window.view.show_presentation(Presentation(rows), False)
        widest = QFontMetrics(delegate.font).horizontalAdvance(str(len(rows)))
        assert widest <= delegate.gutter - 8, (steps, widest, delegate.gutter)  # the number's box in ``paint``


def test_first_f8_after_opening_goes_to_row_one(qtbot: QtBot, window: MainWindow) -> None:
    _sample(qtbot, window)
    assert 0 in window.presentation.changes  # the sample's first row has changes
    window.activateWindow()
    window.panel.findings.setFocus()
    _settle(50)
    window.view.setFocus(Qt.FocusReason.TabFocusReason)  # as when the window manager hands the window the focus
    _settle(50)
    assert window.view.currentIndex().row() == 0  # Qt made the first row current, unselected, on focus
    window.actions_by_name["next"].trigger()
    assert window.view.current_source_row() == 0


def test_zoom_scales_heads_summary_findings_and_legend(qtbot: QtBot, window: MainWindow) -> None:
    _sample(qtbot, window)
    base = QFont(window.font()).pointSize()
    window.zoom(3)
    for widget in (window.header.left, window.panel.summary_label, window.panel.findings, window.legend):
        assert widget.font().pointSize() == base + 3, widget
    window.zoom(None)
    assert window.panel.findings.font().pointSize() == base


def test_open_and_save_dialogs_start_in_the_last_folder(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    prompter = Prompter(None, settings)
    with mock.patch("ui.prompter.QFileDialog.getOpenFileName", return_value=(str(folder / "a.txt"), "")) as ask:
        prompter.open_file("Open")
        prompter.open_file("Open")
    assert ask.call_args_list[0].args[2] == _save_folder(()) and ask.call_args_list[1].args[2] == str(folder)
    later = Prompter(None, Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat)))
    with mock.patch("ui.prompter.QFileDialog.getSaveFileName", return_value=("", "")) as save:
        later.save_file("Export", "a-vs-b.html", "HTML (*.html)")
    assert save.call_args.args[2] == str(folder / "a-vs-b.html")  # the next run too, with the suggested name
    sources = tmp_path / "sources"
    sources.mkdir()
    chosen = [str(sources / "s1.txt"), str(sources / "s2.txt")]
    with mock.patch("ui.prompter.QFileDialog.getOpenFileNames", return_value=(chosen, "")) as ask_several:
        assert prompter.open_files("Open the original") == chosen  # File > Open's left side: one or several
        prompter.open_files("Open the original")
    assert [call.args[2] for call in ask_several.call_args_list] == [str(folder), str(sources)]


def test_the_first_open_starts_beside_the_articles_shown(tmp_path: Path, settings: Settings) -> None:
    """Nothing remembered yet: File > Open starts beside the articles on screen, not where the program started."""
    articles = tmp_path / "articles"
    articles.mkdir()
    prompter = Prompter(None, settings)
    prompter.near = lambda: [ORIGINAL, str(articles / "b.txt")]
    with mock.patch("ui.prompter.QFileDialog.getOpenFileName", return_value=("", "")) as ask:
        prompter.open_file("Open")
    assert ask.call_args.args[2] == str(articles)


def test_the_first_save_starts_beside_the_articles_or_in_documents(tmp_path: Path, settings: Settings) -> None:
    """Nothing remembered yet: not the folder the program was started in (a checkout), nor the bundled sample's."""
    articles = tmp_path / "articles"
    articles.mkdir()
    with mock.patch("ui.prompter.QFileDialog.getSaveFileName", return_value=("", "")) as save:
        Prompter(None, settings).save_file("Export", "a-vs-b.html", "HTML (*.html)", [ORIGINAL, REWRITE])
        Prompter(None, settings).save_file("Export", "a-vs-b.html", "HTML (*.html)", [str(articles / "b.txt")])
    sample_start, article_start = (Path(call.args[2]) for call in save.call_args_list)
    assert article_start == articles / "a-vs-b.html"
    assert sample_start.name == "a-vs-b.html" and sample_start.parent != Path(ORIGINAL).parent
    assert sample_start.parent.is_absolute() and sample_start.parent != Path.cwd()


def test_recent_lists_only_comparisons_that_still_open(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    gone.write_text("A paragraph that will be deleted.")
    window.settings.add_recent((str(gone), REWRITE))
    gone.unlink()
    _sample(qtbot, window)
    menu = window.actions_by_name["recent-menu"].menu()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == ["original.txt ↔ rewrite.txt"]
    assert window.settings.recent() == [(ORIGINAL, REWRITE)]


def test_an_empty_findings_list_says_so(qtbot: QtBot, window: MainWindow, prompter: FakePrompter) -> None:
    text = "The council met on Monday.\n\nIt approved the budget."
    window.session.adopt(build_report(compare(text, text)))
    assert window.panel.count() == 0 and window.panel.empty.isVisible() and window.panel.empty.text() == NO_FINDINGS
    before = window.session.comparison
    window.compare_sources(ORIGINAL, REWRITE)
    wait_for_comparison(qtbot, window, before)
    assert window.panel.count() > 0 and not window.panel.empty.isVisible()


def test_grammar_of_one(qtbot: QtBot, window: MainWindow) -> None:
    report = build_report(compare("The mayor spoke on Monday.", "The mayor spoke on Tuesday."))
    window.session.adopt(report)
    assert "1 row with changes" in window.status.text()
    assert "1 sentence reworded" in window.panel.summary_label.text()


def test_the_same_file_on_both_sides_is_pointed_out(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.compare_sources(ORIGINAL, REWRITE)
    wait_for_comparison(qtbot, window)
    assert "both sides" not in window.status.text()
    alias = tmp_path / "same-story.txt"
    alias.symlink_to(ORIGINAL)  # the same file by another name
    before = window.session.comparison
    window.compare_sources(ORIGINAL, str(alias))
    wait_for_comparison(qtbot, window, before)
    shown = "original.txt and same-story.txt: one file on both sides, compared with itself — "
    assert window.status.text().startswith(shown)
