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
from collections.abc import Iterable
from pathlib import Path

_NEW_FILE = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_NAME_TRIES = 100  # names tried before giving up (tempfile tries as many)


def _temporary_beside(path: Path) -> tuple[int, str]:
    """A new file (mode 0600) in the target's folder, open for writing, and its name: what ``tempfile.mkstemp``
    makes, without importing tempfile (it brings shutil, bz2, lzma and random into every headless run)."""
    for _ in range(_NAME_TRIES):
        name = str(path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(name, _NEW_FILE, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no unused temporary file name in {path.parent}")


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
    handle, temporary = _temporary_beside(path)
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
