"""``CancellableThread``: a ``QThread`` the GUI thread can ask to stop, the base of every worker.

``cancel()`` may be called from any thread; the work polls ``cancel_requested()`` (a plain callable, handed to
``core`` as its ``should_cancel``) and ends early, in its own way, when it returns true.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread


class CancellableThread(QThread):
    """A worker thread with a cancel flag (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop (from any thread)."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()
