"""Dialogs the window needs, behind one small object that tests replace."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.load import SUPPORTED_SUFFIXES
from ui.resources import SAMPLES
from ui.settings import Settings

OPEN_FILTER = (
    f"Articles ({' '.join('*' + s for s in SUPPORTED_SUFFIXES)});;"
    "Text (*.txt *.md);;Web pages (*.html *.htm);;Documents (*.docx *.odt *.rtf *.pdf);;Wire XML (*.xml);;"
    "All files (*)"
)


class Prompter:
    """Asks the user for files and tells them about errors; open and save dialogs start in the folder last used
    (kept in ``settings`` between runs, when given), else beside the articles shown (``near``)."""

    def __init__(self, parent: QWidget | None, settings: Settings | None = None) -> None:
        self.parent = parent
        self.settings = settings
        self._folder = settings.folder() if settings is not None else ""
        self.near: Callable[[], Sequence[str]] = tuple  # the articles shown (the window sets it): where to start

    @property
    def start(self) -> str:
        """Where an open dialog starts: the last folder used, else beside the articles shown (not the bundled
        sample's), else the documents folder; never the folder the program happened to start in."""
        return self.folder or _save_folder(self.near())

    @property
    def folder(self) -> str:
        """Where the next dialog starts: the last folder used, if it still exists ("" lets Qt choose)."""
        return self._folder if self._folder and Path(self._folder).is_dir() else ""

    def _used(self, path: str) -> str | None:
        if not path:
            return None
        self._folder = str(Path(path).parent)
        if self.settings is not None:
            self.settings.set_folder(self._folder)
        return path

    def open_file(self, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, self.start, OPEN_FILTER)
        return self._used(path)

    def open_files(self, title: str) -> list[str]:
        """One or more files (several chosen for the left side become its sources)."""
        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, self.start, OPEN_FILTER)
        if paths:
            self._used(paths[0])
        return list(paths)

    def open_folder(self, title: str) -> str | None:
        """A folder (a corpus to search)."""
        folder = QFileDialog.getExistingDirectory(self.parent, title, self.start)
        return folder or None

    def save_file(self, title: str, suggested: str, file_filter: str, near: Sequence[str] = ()) -> str | None:
        """A file to write; the dialog starts in the last folder used, else beside the last of the files ``near``
        (the articles compared) that lies outside the installation (not the bundled sample), else in the user's
        documents folder, never in the folder the program happened to start in."""
        start = str(Path(self.folder or _save_folder(near)) / suggested)
        path, _ = QFileDialog.getSaveFileName(self.parent, title, start, file_filter)
        return self._used(path)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)


def _save_folder(near: Sequence[str]) -> str:
    """Beside the last writable article outside the installation, else the documents folder, else home."""
    installed = Path(SAMPLES).resolve()
    for path in reversed(near):
        folder = Path(path).resolve().parent
        if folder.is_dir() and not folder.is_relative_to(installed) and os.access(folder, os.W_OK):
            return str(folder)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())
