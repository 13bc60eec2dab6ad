"""Letting a large old comparison go a little at a time, so freeing it never stalls the window.

A whole-Bible report (comparison, presentation, findings) is millions of Python objects; dropping the last
reference frees them all in one call that holds the interpreter for 0.1-0.2 s. ``GradualRelease.release(report)``
instead takes the items of the report's large sequences (found through dataclass fields, a few levels down),
drops the report itself, and then drops ``CHUNK`` items on each pass of the event loop.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QTimer

CHUNK = 1_000  # items dropped per pass of the event loop (each frees its own small tree: about 2 ms in all)
LARGE = 256  # a sequence this long or longer is released item by item
DEPTH = 3  # dataclass levels searched for large sequences (Report -> Comparison -> Document -> paragraphs)


def large_items(value: object, depth: int = DEPTH) -> list[object]:
    """The items of every large tuple or list reachable from ``value`` through dataclass fields.

    >>> @dataclasses.dataclass
    ... class Box:
    ...     small: tuple[int, ...]
    ...     big: list[str]
    >>> len(large_items(Box((1, 2), ["x"] * LARGE)))
    256
    """
    if isinstance(value, tuple | list):
        return list(value) if len(value) >= LARGE else []
    if depth <= 0 or not dataclasses.is_dataclass(value) or isinstance(value, type):
        return []
    found: list[object] = []
    for field in dataclasses.fields(value):
        found.extend(large_items(getattr(value, field.name), depth - 1))
    return found


class GradualRelease(QObject):
    """Holds what is being released; ``pending`` says how many items are still held."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: list[object] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def pending(self) -> int:
        return len(self._held)

    def release(self, root: object) -> None:
        """Take over ``root`` (the caller drops its own references) and free it over the next passes."""
        self._held.extend(large_items(root))
        self._held.append(root)  # dropped first: its large sequences then free nothing but themselves
        self._timer.start()

    def _step(self) -> None:
        del self._held[-CHUNK:]
        if not self._held:
            self._timer.stop()
