"""The files of a corpus: folders walked, every file with its size and modification time, and file reading.

API: ``scan(roots) -> list[FileEntry]``, ``FileEntry``, ``missing_roots(roots) -> list[str]``,
``read_document(path) -> Document | Skip``, ``Skip``, ``CORPUS_MAX_BYTES``, ``content_hash(path)``.

A root is a folder (walked recursively, hidden files and folders left out, symbolic links to folders not
followed, so a loop cannot trap the walk) or a single file. Paths are absolute, so the same file is the same
entry whichever folder the command ran in. Files are not filtered by suffix: anything that is not an article
(an image, an empty or huge file) is skipped by :func:`read_document` with its reason, never silently.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "a.txt").write_text("Storm hits the coast.")
>>> (root / ".hidden").mkdir()
>>> _ = (root / ".hidden" / "b.txt").write_text("Not seen.")
>>> [pathlib.Path(entry.path).name for entry in scan([str(root)])]
['a.txt']
>>> read_document(str(root / "missing.txt")).reason
'missing'
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from core.errors import LoadError
from core.load import load_article
from core.model import Document

CORPUS_MAX_BYTES = 10 * 1024 * 1024  # bytes: a larger file in a corpus is skipped (an article is rarely 1 MB)


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One file of a corpus as the file system describes it."""

    path: str  # absolute
    size: int  # bytes
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Skip:
    """A file left out of the index, and why."""

    reason: str  # a ``LoadFailure`` value, or "no-text" for a file with no words in it
    message: str


def missing_roots(roots: Iterable[str]) -> list[str]:
    """The roots that are neither a file nor a folder."""
    return [root for root in roots if not os.path.exists(root)]


def _stat(path: str) -> FileEntry:
    """One file's size and time; ``os.stat`` lets other threads run during the call (a ``DirEntry``'s own
    ``stat`` holds the interpreter lock through the system call), so a window stays responsive."""
    try:
        status = os.stat(path)
    except OSError:  # a broken link is listed, so that it is reported as skipped
        return FileEntry(path, -1, os.lstat(path).st_mtime_ns)
    return FileEntry(path, status.st_size, status.st_mtime_ns)


def _walk(folder: str, seen: dict[str, FileEntry]) -> None:
    """The files under ``folder`` into ``seen``: a folder's own files by name, then its subfolders by name (as
    ``os.walk``, links to folders not followed; ``os.scandir`` tells files from folders without a system call)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return
    folders = []
    for entry in entries:
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if is_folder:
            if not entry.is_symlink():
                folders.append(entry.path)
        elif entry.path not in seen:
            try:
                seen[entry.path] = _stat(entry.path)
            except OSError:  # gone since the folder was listed
                continue
    for path in folders:
        _walk(path, seen)


def _file(path: str) -> FileEntry | None:
    try:
        status = os.stat(path)
    except OSError:
        try:
            status = os.lstat(path)  # a broken link is listed, so that it is reported as skipped
        except OSError:
            return None
        return FileEntry(path, -1, status.st_mtime_ns)
    return FileEntry(path, status.st_size, status.st_mtime_ns)


def scan(roots: Iterable[str]) -> list[FileEntry]:
    """Every file under ``roots`` (see the module docstring), each once, in a stable order."""
    seen: dict[str, FileEntry] = {}
    for root in roots:
        absolute = os.path.abspath(root)
        if os.path.isdir(absolute):
            _walk(absolute, seen)
        elif absolute not in seen and (entry := _file(absolute)) is not None:
            seen[absolute] = entry
    return list(seen.values())


def content_hash(data: bytes) -> str:
    """The hash that tells a changed file from a touched one."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def read_document(path: str) -> Document | Skip:
    """A corpus file loaded as an article, or why it is skipped."""
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        if os.path.islink(path):
            return Skip("unreadable", f"{Path(path).name} is a link to a file that does not exist")
        return Skip("missing", f"{Path(path).name} disappeared before it was read")
    except OSError as error:
        return Skip("unreadable", f"{Path(path).name} cannot be read ({error.strerror or error})")
    if size > CORPUS_MAX_BYTES:
        return Skip("too-large", f"{Path(path).name} is {size / 2**20:.0f} MB; corpus articles are read up to "
                    f"{CORPUS_MAX_BYTES // 2**20} MB")  # fmt: skip
    try:
        document = load_article(path)
    except LoadError as error:
        return Skip(error.reason.value, str(error))
    except (OSError, ValueError, RecursionError) as error:  # a reader's own failure: skip it, keep the run
        return Skip("unreadable", f"{Path(path).name} cannot be read ({error})")
    if not any(paragraph.sentences for paragraph in document.paragraphs):
        return Skip("no-text", f"{Path(path).name} has no article text")
    return document
