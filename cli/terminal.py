"""What the corpus commands show on a terminal: a progress bar, the ranked table, the skipped files.

API: ``ProgressBar``, ``table(rows, headers) -> str``, ``skipped_lines(skipped, limit) -> list[str]``,
``short_path(path) -> str``.

>>> print(table([["1", "a.txt", "92%"]], ["rank", "file", "share"]))
rank  file   share
1     a.txt  92%
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from core.corpus import SkippedFile

BAR_WIDTH = 30  # characters
REDRAW_SECONDS = 0.1  # the bar is redrawn at most this often


class ProgressBar:
    """A one-line bar on a terminal (nothing when the stream is not a terminal)."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label, self.stream = label, stream or sys.stderr
        self.shown = self.stream.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.shown or (now - self.last < REDRAW_SECONDS and done < total):
            return
        self.last = now
        filled = BAR_WIDTH * done // max(1, total)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done:,}/{total:,}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """Rows as left-aligned columns under their headers."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = [headers, *rows]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines)


def short_path(path: str) -> str:
    """A path relative to the working folder when that is shorter."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return relative if len(relative) < len(path) else path


def skipped_lines(skipped: Sequence[SkippedFile], limit: int = 20) -> list[str]:
    """A summary line of the skipped files by reason, then up to ``limit`` of them with their message."""
    if not skipped:
        return []
    counts = Counter(s.reason for s in skipped)
    reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items()))
    lines = [f"skipped {len(skipped)} file{'s' * (len(skipped) != 1)} ({reasons}):"]
    lines += [f"  {short_path(s.path)}: {s.message}" for s in skipped[:limit]]
    if len(skipped) > limit:
        lines.append(f"  ... and {len(skipped) - limit} more (--json lists them all)")
    return lines
