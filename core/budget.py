"""Time budget and cancellation, polled by the long loops of the engine; freeing large intermediates without
holding the interpreter for long (``drop_in_slices``)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class ComparisonCancelled(Exception):
    """Raised by :func:`core.compare` when its ``should_cancel`` hook asked it to stop."""


class Budget:
    """Tracks the deadline and the cancel hook of one comparison.

    >>> budget = Budget(None, None)
    >>> budget.expired()
    False
    """

    def __init__(
        self,
        seconds: float | None,
        should_cancel: Callable[[], bool] | None,
        clock: Callable[[], float] = time.monotonic,  # seconds; a test passes a fake one
    ) -> None:
        self._clock = clock
        self._deadline = None if seconds is None else clock() + seconds
        self._should_cancel = should_cancel
        self.ran_out = False

    def check_cancel(self) -> None:
        """Raise :class:`ComparisonCancelled` if the caller asked to stop."""
        if self._should_cancel is not None and self._should_cancel():
            raise ComparisonCancelled("the comparison was cancelled")

    def expired(self) -> bool:
        """Poll the cancel hook, then tell whether the time budget is used up (and remember that it was)."""
        self.check_cancel()
        if self._deadline is not None and self._clock() > self._deadline:
            self.ran_out = True
        return self.ran_out


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, restoring its state after.

    A whole-Bible comparison allocates millions of small acyclic objects; the collector would walk them again
    and again (measured: 28% of the run). Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


DROP_SLICE = 10_000  # items freed per call by ``drop_in_slices`` (a few ms at most)


def drop_in_slices(*containers: list[Any] | dict[Any, Any] | set[Any]) -> None:
    """Empty each container, freeing its items ``DROP_SLICE`` a call: a list from its end; a dict or a set is
    emptied at once while lists of its keys and values (references only: nothing is freed yet, and building them
    is a copy in C) still hold what it held, and those lists are then dropped a slice at a time.

    Freeing a container of millions of small objects is one call that holds the interpreter until all are gone
    (0.1 s and more for 600,000 sentences' words), and so stalls every other thread, the window's among them;
    between slices the interpreter can switch. Only for containers no one else holds.

    >>> words, seen, kept = [["a", "b"] for _ in range(25_000)], {k: [k] for k in range(3)}, {(1, 2), (3, 4)}
    >>> drop_in_slices(words, seen, kept)
    >>> words, seen, kept
    ([], {}, set())
    """
    for items in containers:
        if isinstance(items, list):
            while items:
                del items[-DROP_SLICE:]
            continue
        held = [list(items), list(items.values())] if isinstance(items, dict) else [list(items)]
        items.clear()  # (every item is still held: no object is freed here)
        for some in held:
            while some:
                del some[-DROP_SLICE:]
