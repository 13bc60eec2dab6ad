"""The Parallax window: two articles side by side, aligned and highlighted, with findings and navigation.

It shows the :class:`~core.report.Report` the session's worker built and never computes anything itself.
Getting articles in is ``ui.sources``, the status bar ``ui.status``, kept choices ``ui.preferences``, exports
``ui.exporter``; this class builds the widgets and wires them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QPoint, Qt
from PySide6.QtGui import QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import Side
from core.corpus import CommonFeatures
from core.load import repeated_file
from core.report import Presentation, Report
from ui.actions import ActionSpec, build_actions
from ui.comparison_view import ComparisonView
from ui.exporter import Exporter
from ui.find_launcher import CorpusFinder
from ui.findings_panel import FindingsPanel
from ui.header import ColumnHeader
from ui.help import READING_HTML, shortcuts_html, show_text
from ui.legend import MARGIN as LEGEND_MARGIN
from ui.legend import LegendStrip
from ui.overview_bar import OverviewBar
from ui.palette import CosmeticMode
from ui.preferences import COMPARE_OPTIONS, VIEW_OPTIONS, Preferences, cosmetic_action
from ui.prompter import Prompter
from ui.release import GradualRelease
from ui.resources import icon
from ui.session import Session
from ui.settings import Settings
from ui.sources import SourcePicker, source_name
from ui.status import StatusLine, boilerplate_html, link_status, report_status
from ui.version import version
from ui.worker import Source

ZOOM_STEP = 1  # points per Ctrl+plus
BOILERPLATE_MARGIN = int(LEGEND_MARGIN)  # pixels: the strip's text starts where the legend's does, off the edge
NO_ROWS = Presentation(())


class MainWindow(QMainWindow):
    """The main window; ``settings`` and ``prompter`` can be replaced in tests."""

    def __init__(self, settings: Settings | None = None, prompter: Prompter | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.prompter = prompter or Prompter(self, self.settings)
        self.session = Session(self)
        self.release = GradualRelease(self)
        self.watcher = QFileSystemWatcher(self)
        self.help_window: QDialog | None = None  # the last Help window opened (they are not modal)
        self.exporter = Exporter(lambda: self.session.report, self.prompter, self, self.session.input_paths)
        self.prompter.near = self.session.input_paths  # open dialogs start beside the articles shown
        self._build_widgets()
        self.sources = SourcePicker(self.session, self.prompter, self.status_line.say, self.show_chosen)
        self.finder = CorpusFinder(self.session, self.prompter, self.settings, self.compare_sources, self)
        self.actions_by_name = build_actions(self, self._action_specs())
        self.cosmetic_group = QActionGroup(self)  # dimmed / shown / hidden: one at a time
        for mode in CosmeticMode:
            self.cosmetic_group.addAction(self.actions_by_name[cosmetic_action(mode)])
        self.preferences = Preferences(self.settings, self.actions_by_name)
        self._set_busy(None)
        self._connect_signals()
        self._restore()

    @property
    def presentation(self) -> Presentation:
        """What the rows show (no rows before the first comparison)."""
        return self.session.report.presentation if self.session.report is not None else NO_ROWS

    @property
    def status(self) -> QLabel:
        """The status bar's line of text."""
        return self.status_line.text

    @property
    def cancel_button(self) -> QPushButton:
        return self.status_line.cancel_button

    def _build_widgets(self) -> None:
        self.setWindowTitle("Parallax")
        self.setWindowIcon(icon("parallax"))
        self.setAcceptDrops(True)
        self.header = ColumnHeader()
        self.boilerplate = QLabel()
        self.boilerplate.setWordWrap(True)
        self.boilerplate.setContentsMargins(BOILERPLATE_MARGIN, 0, BOILERPLATE_MARGIN, BOILERPLATE_MARGIN)
        self.boilerplate.setVisible(False)
        self.view = ComparisonView()
        self.overview = OverviewBar()
        rows = QHBoxLayout()
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.view, 1)
        rows.addWidget(self.overview)
        main = QWidget()
        column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        self.legend = LegendStrip()
        column.addWidget(self.legend)
        column.addWidget(self.boilerplate)
        column.addLayout(rows, 1)
        self.panel = FindingsPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(main)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.status_line = StatusLine(self.statusBar())

    def _action_specs(self) -> list[ActionSpec]:
        sources, export = self.sources, self.exporter
        return [
            ActionSpec("&File", "open-left", "Open &Left…", lambda: sources.open(Side.LEFT), ("Ctrl+O",), "open-left",
                       True),
            ActionSpec("&File", "open-right", "Open &Right…", lambda: sources.open(Side.RIGHT), ("Ctrl+Shift+O",),
                       "open-right", True),
            ActionSpec("&File", "paste-left", "Paste as Left", lambda: sources.paste(Side.LEFT)),
            ActionSpec("&File", "paste-right", "Paste as Right", lambda: sources.paste(Side.RIGHT)),
            ActionSpec("&File", "find-sources", "&Find Sources…", self.finder.find_sources, ("Ctrl+Shift+F",)),
            ActionSpec("&File", "find-rewrites", "Find Re&writes…", self.finder.find_rewrites, ("Ctrl+Alt+F",)),
            ActionSpec("&File", "reload", "Re&load", self.session.rerun, ("F5",), "reload"),
            ActionSpec("&File", "cancel", "&Cancel", self.cancel, ("Esc",)),
            ActionSpec("&File", "swap", "&Swap Sides", sources.swap, ("Ctrl+Shift+S",), "swap", True),
            ActionSpec("&File", "export-html", "Export &HTML Report…", export.html, ("Ctrl+E",), "export", True),
            ActionSpec("&File", "export-pdf", "Export P&DF…", export.pdf),
            ActionSpec("&File", "print", "&Print…", export.print, ("Ctrl+P",)),
            ActionSpec("&File", "export-json", "Export &JSON…", export.json, ("Ctrl+Shift+E",)),
            ActionSpec("&File", "quit", "&Quit", self._quit, ("Ctrl+Q",)),
            ActionSpec("&Navigate", "previous", "&Previous Change", self.previous_change, ("Alt+Up", "Shift+F8"),
                       "previous", True),
            ActionSpec("&Navigate", "next", "&Next Change", self.next_change, ("Alt+Down", "F8"), "next", True),
            ActionSpec("&View", "ignore_case", "Ignore &Case", self._options_changed, checkable=True),
            ActionSpec("&View", "ignore_punctuation", "Ignore &Punctuation", self._options_changed, checkable=True),
            ActionSpec("&View", "ignore_quote_style", "Ignore &Quote Style", self._options_changed, checkable=True),
            ActionSpec("&View", "hide_unchanged", "&Hide Unchanged Rows", self._view_changed, checkable=True),
            ActionSpec("&View", "show_boilerplate", "Show Removed &Boilerplate", self._view_changed, checkable=True),
            ActionSpec("&View", "show_findings", "Show &Findings Panel", self._view_changed, checkable=True),
            ActionSpec("&View", "show_legend", "&Legend", self._view_changed, checkable=True),
            ActionSpec("&View", "cosmetic_dimmed", "Cosmetic Changes: &Dimmed", self._view_changed, checkable=True),
            ActionSpec("&View", "cosmetic_shown", "Cosmetic Changes: &Shown", self._view_changed, checkable=True),
            ActionSpec("&View", "cosmetic_hidden", "Cosmetic Changes: Hi&dden", self._view_changed, checkable=True),
            ActionSpec("&View", "zoom-in", "Zoom &In", lambda: self.zoom(+ZOOM_STEP), ("Ctrl++", "Ctrl+=")),
            ActionSpec("&View", "zoom-out", "Zoom &Out", lambda: self.zoom(-ZOOM_STEP), ("Ctrl+-",)),
            ActionSpec("&View", "zoom-reset", "&Normal Size", lambda: self.zoom(None), ("Ctrl+0",)),
            ActionSpec("&Help", "reading", "How to &Read This", self.show_reading, ("F1",)),
            ActionSpec("&Help", "shortcuts", "&Keyboard Shortcuts", self.show_shortcuts, ("Ctrl+/",)),
            ActionSpec("&Help", "about", "&About Parallax", self.about),
        ]  # fmt: skip

    def _connect_signals(self) -> None:
        self.session.started.connect(lambda: self._set_busy("Comparing…"))
        self.session.progressed.connect(self.status_line.show_progress)
        self.session.stage.connect(self.status_line.say)
        self.session.ready.connect(self.show_report)
        self.session.replaced.connect(self.release.release)  # freeing a large report at once would stall 0.1 s
        self.session.failed.connect(self._failed)
        self.session.cancelled.connect(lambda: self._set_busy(None))
        self.exporter.started.connect(lambda: self._set_busy("Exporting…"))
        self.exporter.progressed.connect(self.status_line.show_progress)
        self.exporter.finished.connect(self._export_ended)
        self.exporter.failed.connect(self._export_failed)
        self.status_line.cancel_button.clicked.connect(self.cancel)
        self.overview.row_requested.connect(self.view.go_to_row)
        self.view.link_selected.connect(self._link_selected)
        self.view.laid_out.connect(self.status_line.laying_out)  # a huge comparison's rows show when laid out
        self.panel.row_requested.connect(self.view.go_to_row)
        self.watcher.fileChanged.connect(self._file_changed)

    def _restore(self) -> None:
        self.preferences.restore_options()
        chosen = self.cosmetic_group.actions()
        checked = next((action for action in chosen if action.isChecked()), chosen[0])
        checked.setChecked(False)  # restored with signals blocked, the group has not seen which one is checked
        checked.setChecked(True)
        self.preferences.restore_geometry(self, self.splitter)
        self.zoom(0)
        self.session.options = self.preferences.compare_options()
        self._view_changed()
        self.preferences.rebuild_recent(self.compare_sources)

    # -- getting articles in -------------------------------------------------------------------------------------
    def compare_sources(self, left: Source, right: Source, stock: CommonFeatures | None = None) -> None:
        """Compare two sources; ``stock``: a corpus search's result, its stock lines set aside as it judged."""
        self.sources.compare(left, right, stock)

    def show_chosen(self) -> None:
        """Before the first comparison, the column heads name the sides chosen so far (a shown comparison's heads
        stay until another one replaces it)."""
        if self.session.report is None:
            left, right = self.session.left, self.session.right
            self.header.show_chosen(
                None if left is None else source_name(left), None if right is None else source_name(right)
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.sources.drop(event.mimeData(), self.side_at(event.position().toPoint())):
            event.acceptProposedAction()

    def side_at(self, point: QPoint) -> Side:
        """Which column a point of the window is over."""
        local = self.view.mapFrom(self, point)
        return Side.LEFT if local.x() < self.view.width() / 2 else Side.RIGHT

    # -- showing a comparison --------------------------------------------------------------------------------------
    def show_report(self, report: Report) -> None:
        """Show a finished comparison's report (everything it needs was computed in the worker)."""
        self._set_busy(None)
        comparison = report.comparison
        self.header.set_documents(comparison.left, comparison.right)
        self.legend.set_several_sources(report.several_sources)
        self.view.start_over()  # a selection in the last pair means nothing in this one
        self._view_changed()
        self.header.set_gutter(self.view.row_delegate.gutter)
        self.overview.set_presentation(report.presentation)
        self.panel.show_findings(comparison.summary, report.findings)
        twice = repeated_file(self.session.input_paths())
        self.status_line.say(report_status(report, self.session.waited, self.session.stock_lines, twice))
        self.setWindowTitle(f"Parallax — {comparison.left.name} ↔ {comparison.right.name}")
        self._watch_and_remember()

    def _link_selected(self, link: int | None) -> None:
        """Say where the selected text's counterpart stands."""
        if link is not None and self.session.report is not None:
            self.status_line.say(link_status(self.session.report, link))

    def _watch_and_remember(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        paths = tuple(self.session.input_paths())
        if paths:
            self.watcher.addPaths(list(paths))
        if isinstance(self.session.right, str):
            self.preferences.remember(paths)  # files on both sides (it keeps only two paths or more)
        self.preferences.rebuild_recent(self.compare_sources)

    def _file_changed(self, path: str) -> None:
        self.status_line.say(f"{Path(path).name} changed on disk — press F5 to reload the comparison.")

    def _failed(self, message: str) -> None:
        self._set_busy(None)
        self.show_chosen()  # the side that could not be read is no longer chosen
        still = "\n\nThe previous comparison is still shown." if self.session.report is not None else ""
        self.prompter.error("Parallax could not compare", f"{message}{still}")
        self.status_line.say(message)

    def _export_ended(self, message: str) -> None:
        self._set_busy(None)
        self.status_line.say(message)

    def _export_failed(self, message: str) -> None:
        self._set_busy(None)
        if "cancelled" not in message:
            self.prompter.error("Export failed", message)
        self.status_line.say(message)

    def _set_busy(self, text: str | None) -> None:
        self.status_line.busy(text)
        self.actions_by_name["cancel"].setEnabled(text is not None)  # Escape means nothing when nothing runs

    def cancel(self) -> None:
        if self.exporter.cancel():
            return  # the export says when it has stopped
        self.session.cancel()
        self.status_line.say("Comparison cancelled.")

    # -- options, navigation, zoom ----------------------------------------------------------------------------------
    def _options_changed(self) -> None:
        self.preferences.save(COMPARE_OPTIONS)
        self.session.options = self.preferences.compare_options()
        self.session.rerun()

    def _view_changed(self) -> None:
        self.preferences.save(VIEW_OPTIONS)
        self.preferences.save_cosmetic_mode()
        self.view.row_delegate.set_cosmetic(self.preferences.cosmetic_mode())
        self.view.viewport().update()
        self.view.show_presentation(self.presentation, self.preferences.checked("hide_unchanged"))
        self.panel.setVisible(self.preferences.checked("show_findings"))
        self.legend.setVisible(self.preferences.checked("show_legend"))
        comparison = self.session.comparison
        show = self.preferences.checked("show_boilerplate") and comparison is not None
        self.boilerplate.setVisible(show)
        if show and comparison is not None:
            self.boilerplate.setText(boilerplate_html(comparison, self.session.stock_lines))

    def _step(self, forward: bool) -> None:
        """Go to the next (or previous) row with changes: a binary search, never a walk over every change."""
        changes, current = self.presentation.changes, self.view.current_source_row()
        at = bisect_right(changes, current) if forward else bisect_left(changes, current) - 1
        if 0 <= at < len(changes):
            self.view.go_to_row(changes[at])  # every row with changes is shown, whether unchanged ones are or not

    def next_change(self) -> None:
        self._step(True)

    def previous_change(self) -> None:
        self._step(False)

    def zoom(self, steps: int | None) -> None:
        level = 0 if steps is None else self.settings.zoom() + steps
        self.settings.set_zoom(level)
        font = QFont(self.font())
        font.setPointSize(max(6, font.pointSize() + level))
        self.view.set_zoom(font)
        for widget in (
            self.header,
            self.legend,
            self.panel,
            self.boilerplate,
        ):  # their labels and list follow the rows' size
            widget.setFont(font)
        self.header.set_gutter(self.view.row_delegate.gutter)

    def _quit(self) -> None:
        self.close()

    def show_reading(self) -> None:
        self.help_window = show_text(self, "How to read Parallax", READING_HTML)

    def show_shortcuts(self) -> None:
        self.help_window = show_text(self, "Parallax keyboard shortcuts", shortcuts_html(self.actions_by_name))

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Parallax",
            f"<b>Parallax {version()}</b><br>Two versions of a news article side by side: "
            "what the rewrite kept, changed, moved, dropped and invented.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.wait()
        self.exporter.wait()
        self.finder.wait()
        self.preferences.save_geometry(self, self.splitter)
        super().closeEvent(event)
