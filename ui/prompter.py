"""Dialogs the window needs, behind one small object that tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.load import SUPPORTED_SUFFIXES

OPEN_FILTER = (
    f"Articles ({' '.join('*' + s for s in SUPPORTED_SUFFIXES)});;"
    "Text (*.txt *.md);;Web pages (*.html *.htm);;Documents (*.docx *.odt *.rtf *.pdf);;Wire XML (*.xml);;"
    "All files (*)"
)


class Prompter:
    """Asks the user for files and tells them about errors."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def open_file(self, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", OPEN_FILTER)
        return path or None

    def open_files(self, title: str) -> list[str]:
        """One or more files (several chosen for the left side become its sources)."""
        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, "", OPEN_FILTER)
        return list(paths)

    def save_file(self, title: str, suggested: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return path or None

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)
