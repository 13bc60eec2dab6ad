"""The Parallax window: two articles side by side, aligned and highlighted, with findings and navigation.

It shows what ``core`` computed (through the Session's worker thread) and never computes alignments itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import CompareOptions, article_from_text
from core.align.rows import rows_of_paragraphs
from core.report.presentation import Presentation
from ui.actions import ActionSpec, build_actions
from ui.comparison_view import ComparisonView
from ui.exporter import Exporter
from ui.findings_panel import FindingsPanel
from ui.header import ColumnHeader
from ui.overview_bar import OverviewBar
from ui.prompter import Prompter
from ui.release import GradualRelease
from ui.resources import icon
from ui.session import Session
from ui.settings import Settings
from ui.version import version
from ui.worker import Result, Source

ZOOM_STEP = 1  # points per Ctrl+plus


NO_ROWS = Presentation(())


class MainWindow(QMainWindow):
    """The main window; ``settings`` and ``prompter`` can be replaced in tests."""

    def __init__(self, settings: Settings | None = None, prompter: Prompter | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.prompter = prompter or Prompter(self)
        self.session = Session(self)
        self.shown: Result | None = None  # the result on screen; the one before it is freed bit by bit
        self.release = GradualRelease(self)
        self.watcher = QFileSystemWatcher(self)
        self.exporter = Exporter(self.session, self.prompter, lambda text: self.status.setText(text), self)
        self._build_widgets()
        self.actions_by_name = build_actions(self, self._action_specs())
        self._set_busy(False)
        self._connect_signals()
        self._restore()

    @property
    def presentation(self) -> Presentation:
        """What the rows show (no rows before the first comparison)."""
        return self.shown.presentation if self.shown is not None else NO_ROWS

    def _build_widgets(self) -> None:
        self.setWindowTitle("Parallax")
        self.setWindowIcon(icon("parallax"))
        self.setAcceptDrops(True)
        self.header = ColumnHeader()
        self.boilerplate = QLabel()
        self.boilerplate.setWordWrap(True)
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
        column.addWidget(self.boilerplate)
        column.addLayout(rows, 1)
        self.panel = FindingsPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(main)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.status = QLabel("Open two articles to compare (File menu), or drop them here.")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName("Comparison progress")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop comparing (Esc)")
        self.status.setAccessibleName("Status")
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

    def _action_specs(self) -> list[ActionSpec]:
        return [
            ActionSpec("&File", "open-left", "Open &Left…", self.open_left, ("Ctrl+O",), "open-left", True),
            ActionSpec("&File", "open-right", "Open &Right…", self.open_right, ("Ctrl+Shift+O",), "open-right", True),
            ActionSpec("&File", "paste-left", "Paste as Left", lambda: self.paste("left")),
            ActionSpec("&File", "paste-right", "Paste as Right", lambda: self.paste("right")),
            ActionSpec("&File", "reload", "Re&load", self.session.rerun, ("F5",), "reload"),
            ActionSpec("&File", "cancel", "&Cancel Comparison", self.cancel, ("Esc",)),
            ActionSpec("&File", "swap", "&Swap Sides", self.swap, ("Ctrl+Shift+S",), "swap", True),
            ActionSpec("&File", "export-html", "Export &HTML Report…", self.exporter.html, ("Ctrl+E",), "export", True),
            ActionSpec("&File", "export-pdf", "Export P&DF…", self.exporter.pdf),
            ActionSpec("&File", "print", "&Print…", self.exporter.print, ("Ctrl+P",)),
            ActionSpec("&File", "export-json", "Export &JSON…", self.exporter.json, ("Ctrl+Shift+E",)),
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
            ActionSpec("&View", "zoom-in", "Zoom &In", lambda: self.zoom(+ZOOM_STEP), ("Ctrl++", "Ctrl+=")),
            ActionSpec("&View", "zoom-out", "Zoom &Out", lambda: self.zoom(-ZOOM_STEP), ("Ctrl+-",)),
            ActionSpec("&View", "zoom-reset", "&Normal Size", lambda: self.zoom(None), ("Ctrl+0",)),
            ActionSpec("&Help", "about", "&About Parallax", self.about),
        ]  # fmt: skip

    def _connect_signals(self) -> None:
        self.session.started.connect(lambda: self._set_busy(True))
        self.session.progressed.connect(self.progress.setValue)
        self.session.ready.connect(self.show_comparison)
        self.session.failed.connect(self._failed)
        self.session.cancelled.connect(lambda: self._set_busy(False))
        self.cancel_button.clicked.connect(self.cancel)
        self.overview.row_requested.connect(self.view.go_to_row)
        self.view.link_selected.connect(self._link_selected)
        self.panel.row_requested.connect(self.view.go_to_row)
        self.watcher.fileChanged.connect(self._file_changed)

    def _restore(self) -> None:
        for name in (
            "ignore_case",
            "ignore_punctuation",
            "ignore_quote_style",
            "hide_unchanged",
            "show_boilerplate",
            "show_findings",
        ):
            action = self.actions_by_name[name]
            action.blockSignals(True)
            action.setChecked(self.settings.option(name))
            action.blockSignals(False)
        geometry, state = self.settings.bytes("geometry"), self.settings.bytes("splitter")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        if state is not None:
            self.splitter.restoreState(state)
        self.zoom(0)
        self._apply_options()
        self._view_changed()
        self._rebuild_recent()

    # -- getting articles in -------------------------------------------------------------------------------------
    def compare_sources(self, left: Source, right: Source) -> None:
        self.session.compare(left, right)

    def _other(self, side: str) -> Source | None:
        return self.session.right if side == "left" else self.session.left

    def load_side(self, side: str, source: Source) -> None:
        """Put an article on one side; compares as soon as both sides have one."""
        other = self._other(side)
        if other is None:
            if side == "left":
                self.session.left = source
            else:
                self.session.right = source
            self.status.setText(
                f"{side.capitalize()} article chosen; now open the {'right' if side == 'left' else 'left'} one."
            )
            return
        self.compare_sources(source, other) if side == "left" else self.compare_sources(other, source)

    def open_left(self) -> None:
        path = self.prompter.open_file("Open the original (left) article")
        if path:
            self.load_side("left", path)

    def open_right(self) -> None:
        path = self.prompter.open_file("Open the rewrite (right) article")
        if path:
            self.load_side("right", path)

    def paste(self, side: str) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.prompter.error("Nothing to paste", "The clipboard holds no text. Copy an article first.")
            return
        try:
            self.load_side(side, article_from_text(text, "pasted text"))
        except Exception as error:
            self.prompter.error("Cannot use the pasted text", str(error))

    def swap(self) -> None:
        if self.session.left is not None and self.session.right is not None:
            self.compare_sources(self.session.right, self.session.left)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
        side = self.side_at(event.position().toPoint())
        if len(paths) >= 2:
            self.compare_sources(paths[0], paths[1])
        elif paths:
            self.load_side(side, paths[0])
        elif data.hasText() and data.text().strip():
            try:
                self.load_side(side, article_from_text(data.text(), "dropped text"))
            except Exception as error:
                self.prompter.error("Cannot use the dropped text", str(error))
                return
        event.acceptProposedAction()

    def side_at(self, point: QPoint) -> str:
        """Which column a point of the window is over."""
        local = self.view.mapFrom(self, point)
        return "left" if local.x() < self.view.width() / 2 else "right"

    # -- showing a comparison --------------------------------------------------------------------------------------
    def show_comparison(self, result: Result) -> None:
        """Show a finished comparison (everything it needs was computed in the worker)."""
        self._set_busy(False)
        previous, self.shown = self.shown, result
        comparison = result.comparison
        self.header.set_documents(comparison.left, comparison.right)
        self._view_changed()
        self.overview.set_presentation(self.presentation)
        self.panel.show_findings(comparison.summary, result.findings)
        moved = sum(1 for link in comparison.links if link.kind.value == "moved")
        self.status.setText(
            f"Compared in {comparison.seconds:.2f} s — {len(comparison.left.paragraphs)} vs "
            f"{len(comparison.right.paragraphs)} paragraphs — {len(comparison.links)} links, "
            f"{moved} moved — {len(self.presentation.changes)} rows with changes"
        )
        self.setWindowTitle(f"Parallax — {comparison.left.name} ↔ {comparison.right.name}")
        if previous is not None:  # freeing a large comparison at once would stall the window for 0.1-0.2 s
            self.release.release(previous)
        self._watch_and_remember()

    def _link_selected(self, link: int | None) -> None:
        """Say where the selected text's counterpart stands."""
        comparison = self.session.comparison
        if link is None or comparison is None:
            return
        chosen = comparison.links[link]
        left_rows, right_rows = rows_of_paragraphs(comparison.rows)
        rows = {left_rows[s.paragraph] + 1 for s in chosen.left} | {right_rows[s.paragraph] + 1 for s in chosen.right}
        where = ", ".join(map(str, sorted(rows)))
        self.status.setText(f"Selected: {chosen.kind.value} text, similarity {chosen.similarity:.2f}, row(s) {where}")

    def _watch_and_remember(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        paths = [s for s in (self.session.left, self.session.right) if isinstance(s, str)]
        if paths:
            self.watcher.addPaths(paths)
        if len(paths) == 2:
            self.settings.add_recent(paths[0], paths[1])
            self._rebuild_recent()

    def _file_changed(self, path: str) -> None:
        self.status.setText(f"{Path(path).name} changed on disk — press F5 to reload the comparison.")

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        still = "\n\nThe previous comparison is still shown." if self.shown is not None else ""
        self.prompter.error("Parallax could not compare", f"{message}{still}")
        self.status.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.actions_by_name["cancel"].setEnabled(busy)  # Escape means nothing when nothing runs
        if busy:
            self.progress.setValue(0)
            self.status.setText("Comparing…")

    def cancel(self) -> None:
        self.session.cancel()
        self.status.setText("Comparison cancelled.")

    # -- options, navigation, zoom ----------------------------------------------------------------------------------
    def _apply_options(self) -> None:
        checked = self.actions_by_name
        self.session.options = CompareOptions(
            ignore_case=checked["ignore_case"].isChecked(),
            ignore_punctuation=checked["ignore_punctuation"].isChecked(),
            ignore_quote_style=checked["ignore_quote_style"].isChecked(),
        )

    def _options_changed(self) -> None:
        for name in ("ignore_case", "ignore_punctuation", "ignore_quote_style"):
            self.settings.set_option(name, self.actions_by_name[name].isChecked())
        self._apply_options()
        self.session.rerun()

    def _view_changed(self) -> None:
        for name in ("hide_unchanged", "show_boilerplate", "show_findings"):
            self.settings.set_option(name, self.actions_by_name[name].isChecked())
        self.view.show_presentation(self.presentation, self.actions_by_name["hide_unchanged"].isChecked())
        self.panel.setVisible(self.actions_by_name["show_findings"].isChecked())
        comparison = self.session.comparison
        show = self.actions_by_name["show_boilerplate"].isChecked() and comparison is not None
        self.boilerplate.setVisible(show)
        if show and comparison is not None:
            left, right = ("; ".join(d.boilerplate) or "none" for d in (comparison.left, comparison.right))
            self.boilerplate.setText(
                f"<small><b>Set aside as boilerplate</b> — original: {left}<br>rewrite: {right}</small>"
            )

    def _step(self, forward: bool) -> None:
        changes = [k for k in self.presentation.changes if self.view.row_model.visible_row(k) is not None]
        current = self.view.current_source_row()
        later = [k for k in changes if (k > current if forward else k < current)]
        if later:
            self.view.go_to_row(later[0] if forward else later[-1])

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

    def _quit(self) -> None:
        self.close()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Parallax",
            f"<b>Parallax {version()}</b><br>Two versions of a news article side by side: "
            "what the rewrite kept, changed, moved, dropped and invented.",
        )

    def _rebuild_recent(self) -> None:
        menu = self.actions_by_name["recent-menu"].menu()
        assert isinstance(menu, QMenu)
        menu.clear()
        for left, right in self.settings.recent():
            action = menu.addAction(f"{Path(left).name} ↔ {Path(right).name}")
            action.triggered.connect(lambda _=False, a=left, b=right: self.compare_sources(a, b))
        menu.setEnabled(bool(self.settings.recent()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.wait()
        self.settings.set_bytes("geometry", self.saveGeometry())
        self.settings.set_bytes("splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
