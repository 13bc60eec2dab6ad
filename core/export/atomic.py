"""Writing a file so that a failure never leaves it half-written: a temporary file in the same folder, then a
rename over the target.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_text_atomically(folder / "a.txt", "done")
>>> (folder / "a.txt").read_text()
'done'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def _mode_for(path: Path) -> int:
    """The old file's permissions, or for a new file what the user's umask gives (usually 0644)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomically(target: str | Path, text: str) -> None:
    """Write UTF-8 text to ``target``; on any error the old file (if any) stays as it was, and no temp file."""
    write_pieces_atomically(target, (text,))


def write_pieces_atomically(target: str | Path, pieces: Iterable[str]) -> None:
    """Write UTF-8 text made of ``pieces`` (each written as it comes) to ``target``, atomically as above."""
    path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        os.chmod(temporary, _mode_for(path))  # mkstemp makes 0600; a report is meant to be shared
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            for piece in pieces:
                stream.write(piece)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
