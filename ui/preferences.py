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
from ui.palette import CosmeticMode
from ui.settings import OPTIONS, Settings

PANEL_WIDTH = 340  # pixels: the findings panel's width on the first run (the splitter remembers it later)
COMPARE_OPTIONS = ("ignore_case", "ignore_punctuation", "ignore_quote_style")  # change what is compared
VIEW_OPTIONS = tuple(name for name in OPTIONS if name not in COMPARE_OPTIONS)  # change only what is shown


def cosmetic_action(mode: CosmeticMode) -> str:
    """The name of the View > Cosmetic Changes action of a mode."""
    return f"cosmetic_{mode.value}"


class Preferences:
    """Reads and writes the window's settings through its actions."""

    def __init__(self, settings: Settings, actions: dict[str, QAction]) -> None:
        self.settings = settings
        self.actions = actions

    def checked(self, name: str) -> bool:
        return self.actions[name].isChecked()

    def restore_options(self) -> None:
        """Check each option's action, and the cosmetic mode's, as it was last time, without triggering them."""
        chosen = self.settings.cosmetic_mode()
        checks = [(name, self.settings.option(name)) for name in OPTIONS]
        checks += [(cosmetic_action(mode), mode is chosen) for mode in CosmeticMode]
        for name, checked in checks:
            action = self.actions[name]
            action.blockSignals(True)
            action.setChecked(checked)
            action.blockSignals(False)

    def save(self, names: tuple[str, ...]) -> None:
        for name in names:
            self.settings.set_option(name, self.checked(name))

    def cosmetic_mode(self) -> CosmeticMode:
        """The mode whose View > Cosmetic Changes action is checked (dimmed when none is)."""
        return next((mode for mode in CosmeticMode if self.checked(cosmetic_action(mode))), CosmeticMode.DIMMED)

    def save_cosmetic_mode(self) -> None:
        self.settings.set_cosmetic_mode(self.cosmetic_mode())

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
        else:  # first run: a findings panel wide enough for a finding to take a line or two, not six
            splitter.setSizes([window.width() - PANEL_WIDTH, PANEL_WIDTH])

    def save_geometry(self, window: QMainWindow, splitter: QSplitter) -> None:
        self.settings.set_bytes("geometry", window.saveGeometry())
        self.settings.set_bytes("splitter", splitter.saveState())
        self.settings.sync()

    def remember(self, paths: tuple[str, ...]) -> None:
        """Keep a comparison of files (two, or several sources then the rewrite) in the Recent list."""
        if len(paths) >= 2:
            self.settings.add_recent(paths)

    def rebuild_recent(self, open_files: Callable[[str | tuple[str, ...], str], None]) -> None:
        menu = self.actions["recent-menu"].menu()
        assert isinstance(menu, QMenu)
        menu.clear()
        menu.setToolTipsVisible(True)
        entries = []
        for paths in self.settings.recent():
            if not all(Path(path).is_file() for path in paths):
                self.settings.forget_recent(paths)  # moved or deleted: it would no longer open
                continue
            entries.append(paths)
        for paths, label in zip(entries, recent_labels(entries), strict=True):
            left = paths[0] if len(paths) == 2 else paths[:-1]
            action = menu.addAction(label)
            action.setToolTip("\n".join(paths))
            action.triggered.connect(lambda _=False, a=left, b=paths[-1]: open_files(a, b))
        menu.setEnabled(bool(self.settings.recent()))


def recent_labels(entries: list[tuple[str, ...]]) -> list[str]:
    """Menu labels of recent comparisons: the file names ("a.txt ↔ b.txt"); where two entries would read the
    same, each also names the folder of its files, then the whole folder path if that is not enough.

    >>> recent_labels([("/x/a.txt", "/x/b.txt"), ("/y/a.txt", "/y/b.txt"), ("/x/c.txt", "/x/d.txt")])
    ['a.txt ↔ b.txt (x)', 'a.txt ↔ b.txt (y)', 'c.txt ↔ d.txt']
    """

    def names(paths: tuple[str, ...]) -> str:
        return f"{' + '.join(Path(p).name for p in paths[:-1])} ↔ {Path(paths[-1]).name}"

    def parent_name(path: str) -> str:
        return Path(path).parent.name

    def parent_path(path: str) -> str:
        return str(Path(path).parent)

    labels = [names(paths) for paths in entries]
    for folder in (parent_name, parent_path):
        repeated = {label for label in labels if labels.count(label) > 1}
        labels = [
            f"{names(paths)} ({folder(paths[-1])})" if label in repeated else label
            for paths, label in zip(entries, labels, strict=True)
        ]
    return labels
