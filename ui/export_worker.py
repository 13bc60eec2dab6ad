"""Writing an export off the GUI thread, with progress and cancel (a whole-Bible report takes seconds).

``ExportThread(task, target)`` runs ``task(progress)``, where ``progress(fraction)`` reports and raises
:class:`ExportCancelled` once ``cancel()`` was called; the task returns the line the status bar shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ui.cancellable import CancellableThread

Task = Callable[[Callable[[float], None]], str]


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


class ExportThread(CancellableThread):
    """Runs one export; emits ``progressed(percent)``, then ``succeeded(message)`` or ``failed(message)``."""

    progressed = Signal(int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, task: Task, target: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task = task
        self.target = target  # the file written, or the printer's name, for messages

    def _progress(self, fraction: float) -> None:
        if self.cancel_requested():
            raise ExportCancelled
        self.progressed.emit(int(100 * fraction))

    def run(self) -> None:
        try:
            message = self._task(self._progress)
        except ExportCancelled:
            self.failed.emit("Export cancelled; nothing was written.")
        except OSError as error:
            self.failed.emit(f"{self.target} cannot be written ({error.strerror or error}).")
        else:
            self.succeeded.emit(message)
