"""The window's choices kept between runs: the View options, geometry, splitter and the recent comparisons.

``Preferences`` ties the checkable actions to :class:`~ui.settings.Settings`; the window asks it for the
comparison options and tells it what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter

from core import CompareOptions
from ui.settings import OPTIONS, Settings

COMPARE_OPTIONS = ("ignore_case", "ignore_punctuation", "ignore_quote_style")  # change what is compared
VIEW_OPTIONS = tuple(name for name in OPTIONS if name not in COMPARE_OPTIONS)  # change only what is shown


class Preferences:
    """Reads and writes the window's settings through its actions."""

    def __init__(self, settings: Settings, actions: dict[str, QAction]) -> None:
        self.settings = settings
        self.actions = actions

    def checked(self, name: str) -> bool:
        return self.actions[name].isChecked()

    def restore_options(self) -> None:
        """Check each option's action as it was last time, without triggering it."""
        for name in OPTIONS:
            action = self.actions[name]
            action.blockSignals(True)
            action.setChecked(self.settings.option(name))
            action.blockSignals(False)

    def save(self, names: tuple[str, ...]) -> None:
        for name in names:
            self.settings.set_option(name, self.checked(name))

    def compare_options(self) -> CompareOptions:
        """The comparison options the View menu asks for."""
        return CompareOptions(
            ignore_case=self.checked("ignore_case"),
            ignore_punctuation=self.checked("ignore_punctuation"),
            ignore_quote_style=self.checked("ignore_quote_style"),
        )

    def restore_geometry(self, window: QMainWindow, splitter: QSplitter) -> None:
        geometry, state = self.settings.bytes("geometry"), self.settings.bytes("splitter")
        if geometry is not None:
            window.restoreGeometry(geometry)
        else:
            window.resize(1280, 820)
        if state is not None:
            splitter.restoreState(state)

    def save_geometry(self, window: QMainWindow, splitter: QSplitter) -> None:
        self.settings.set_bytes("geometry", window.saveGeometry())
        self.settings.set_bytes("splitter", splitter.saveState())
        self.settings.sync()

    def remember(self, paths: list[str]) -> None:
        """Keep a comparison of two files in the Recent list."""
        if len(paths) == 2:
            self.settings.add_recent(paths[0], paths[1])

    def rebuild_recent(self, open_pair: Callable[[str, str], None]) -> None:
        menu = self.actions["recent-menu"].menu()
        assert isinstance(menu, QMenu)
        menu.clear()
        for left, right in self.settings.recent():
            action = menu.addAction(f"{Path(left).name} ↔ {Path(right).name}")
            action.triggered.connect(lambda _=False, a=left, b=right: open_pair(a, b))
        menu.setEnabled(bool(self.settings.recent()))
