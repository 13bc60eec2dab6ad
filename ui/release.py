"""Letting a large old comparison go a little at a time, so freeing it never stalls the window.

A whole-Bible report (comparison, presentation, findings) is millions of Python objects; dropping the last
reference frees them all in one call that holds the interpreter for 0.1-0.2 s (seconds for 600,000 rows).
``GradualRelease.release(report)`` finds the report's large sequences (through dataclass fields, a few levels
down) without touching their items, and does the rest a bounded step per pass of the event loop: first it drops
the report itself (freeing all but those sequences), then it copies each sequence's items into a list of its own,
``COPY`` at a time, drops the sequence (whose items the list still holds), and drops that list ``CHUNK`` items
at a time. Nothing on the GUI thread walks a million items in one pass: even taking references to them costs
some 40 ns an item, their memory being cold.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

CHUNK = 1_000  # items dropped per pass of the event loop (each frees its own small tree: about 2 ms in all)
COPY = 20_000  # items of a large sequence taken over per pass (a reference each: about 1 ms)
LARGE = 256  # a sequence this long or longer is released item by item
DEPTH = 3  # dataclass levels searched for large sequences (Report -> Comparison -> Document -> paragraphs)


def large_sequences(value: object, depth: int = DEPTH) -> list[Sequence[object]]:
    """Every large tuple or list reachable from ``value`` through dataclass fields (not their items).

    >>> @dataclasses.dataclass
    ... class Box:
    ...     small: tuple[int, ...]
    ...     big: list[str]
    >>> [len(found) for found in large_sequences(Box((1, 2), ["x"] * LARGE))]
    [256]
    """
    if isinstance(value, tuple | list):
        return [value] if len(value) >= LARGE else []
    if depth <= 0 or not dataclasses.is_dataclass(value) or isinstance(value, type):
        return []
    found: list[Sequence[object]] = []
    for field in dataclasses.fields(value):
        found.extend(large_sequences(getattr(value, field.name), depth - 1))
    return found


class GradualRelease(QObject):
    """Holds what is being released; ``pending`` says how many items (and roots) are still held."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[object] = []  # dropped at the next pass
        self._sequences: list[Sequence[object]] = []  # large sequences still to take over, in order
        self._taking: list[object] = []  # the items of the first sequence copied so far
        self._free: list[list[object]] = []  # items whose sequence is gone, dropped CHUNK a pass from the last list
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def pending(self) -> int:
        waiting = sum(len(sequence) for sequence in self._sequences) - len(self._taking)
        return len(self._roots) + waiting + sum(len(items) for items in self._free)

    def release(self, root: object) -> None:
        """Take over ``root`` (the caller drops its own references) and free it over the next passes."""
        self._sequences.extend(large_sequences(root))
        self._roots.append(root)
        self._timer.start()

    def _step(self) -> None:
        """One bounded step: drop the roots, else a chunk of items, else take over part of a sequence."""
        if self._roots:
            self._roots.clear()  # frees everything but the large sequences
        elif self._free:
            del self._free[-1][-CHUNK:]
            if not self._free[-1]:
                self._free.pop()
        elif self._sequences:
            current, taken = self._sequences[0], len(self._taking)
            self._taking.extend(current[taken : taken + COPY])
            if len(self._taking) >= len(current):
                del current
                self._sequences.pop(0)  # its items live on in the copy alone, which can now go a chunk at a time
                self._free.append(self._taking)
                self._taking = []
        if not (self._roots or self._free or self._sequences):
            self._timer.stop()
