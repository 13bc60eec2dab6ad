"""Dialogs the window needs, behind one small object that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.load import SUPPORTED_SUFFIXES
from ui.settings import Settings

OPEN_FILTER = (
    f"Articles ({' '.join('*' + s for s in SUPPORTED_SUFFIXES)});;"
    "Text (*.txt *.md);;Web pages (*.html *.htm);;Documents (*.docx *.odt *.rtf *.pdf);;Wire XML (*.xml);;"
    "All files (*)"
)


class Prompter:
    """Asks the user for files and tells them about errors; open and save dialogs start in the folder last used
    (kept in ``settings`` between runs, when given)."""

    def __init__(self, parent: QWidget | None, settings: Settings | None = None) -> None:
        self.parent = parent
        self.settings = settings
        self._folder = settings.folder() if settings is not None else ""

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
        path, _ = QFileDialog.getOpenFileName(self.parent, title, self.folder, OPEN_FILTER)
        return self._used(path)

    def open_files(self, title: str) -> list[str]:
        """One or more files (several chosen for the left side become its sources)."""
        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, self.folder, OPEN_FILTER)
        if paths:
            self._used(paths[0])
        return list(paths)

    def open_folder(self, title: str) -> str | None:
        """A folder (a corpus to search)."""
        folder = QFileDialog.getExistingDirectory(self.parent, title, self.folder)
        return folder or None

    def save_file(self, title: str, suggested: str, file_filter: str) -> str | None:
        start = str(Path(self.folder) / suggested) if self.folder else suggested
        path, _ = QFileDialog.getSaveFileName(self.parent, title, start, file_filter)
        return self._used(path)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)
