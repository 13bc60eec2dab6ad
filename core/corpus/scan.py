"""The files of a corpus: folders walked, every file with its size and modification time, and file reading.

API: ``scan(roots) -> list[FileEntry]``, ``scan_keys(roots) -> list[str]``, ``state_key(path, size, mtime_ns)``,
``parse_state_key(key) -> FileEntry``, ``FileEntry``, ``missing_roots(roots) -> list[str]``,
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

import contextlib
import hashlib
import operator
import os
import re
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

    reason: str  # a ``LoadFailure`` value, "no-text" for a file with no words in it, "report" for Parallax's own
    message: str


def missing_roots(roots: Iterable[str]) -> list[str]:
    """The roots that are neither a file nor a folder."""
    return [root for root in roots if not os.path.exists(root)]


def state_key(path: str, size: int, mtime_ns: int) -> str:
    """A file's path, size and time in one string, as the index's ``state_keys`` gives them: comparing two sets
    of these finds every new, changed and gone file without a Python object per field.

    >>> key = state_key("/c/a.txt", 12, 345)
    >>> key.split(chr(9)), parse_state_key(key)
    (['/c/a.txt', '12', '345'], FileEntry(path='/c/a.txt', size=12, mtime_ns=345))
    >>> parse_state_key(state_key("/c/tab" + chr(9) + "in name.txt", -1, 7)).size
    -1
    """
    return f"{path}\t{size}\t{mtime_ns}"


def parse_state_key(key: str) -> FileEntry:
    """The file of a :func:`state_key` (split from the right: a path may hold a tab, the numbers cannot)."""
    path, size, mtime = key.rsplit("\t", 2)
    return FileEntry(path, int(size), int(mtime))


def _broken_link(path: str) -> str:
    """A link to nothing is listed, with size -1, so that it is reported as skipped."""
    return state_key(path, -1, os.lstat(path).st_mtime_ns)


def _key(path: str) -> str:
    try:
        status = os.stat(path)
    except OSError:
        return _broken_link(path)
    return state_key(path, status.st_size, status.st_mtime_ns)


def _walk(folder: str, seen: dict[str, str]) -> None:
    """The files under ``folder`` into ``seen``: a folder's own files by name, then its subfolders by name (as
    ``os.walk``, links to folders not followed; ``os.scandir`` tells files from folders without a system call).

    Each file is ``os.stat``-ed by name relative to its open folder where the system allows it (the kernel does
    not walk the whole path again); the call lets other threads run, so a window stays responsive meanwhile.
    """
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
        folder_fd = os.open(folder, os.O_RDONLY) if _RELATIVE_STAT else None
    except OSError:
        return
    entries.sort(key=_NAME)
    folders = []
    stat = os.stat
    try:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if is_folder:
                if not entry.is_symlink():
                    folders.append(entry.path)
                continue
            path = entry.path
            if path in seen:
                continue
            try:
                status = stat(entry.name, dir_fd=folder_fd)
            except OSError:
                with contextlib.suppress(OSError):  # an error here: gone since the folder was listed
                    seen[path] = _broken_link(path)
                continue
            seen[path] = f"{path}\t{status.st_size}\t{status.st_mtime_ns}"
    finally:
        if folder_fd is not None:
            os.close(folder_fd)
    for path in folders:
        _walk(path, seen)


_RELATIVE_STAT = os.stat in os.supports_dir_fd
_NAME = operator.attrgetter("name")


def scan_keys(roots: Iterable[str]) -> list[str]:
    """The :func:`state_key` of every file under ``roots`` (see the module docstring), each once, in a stable
    order: what ``update_index`` compares with the index (100,000 files: one ``stat`` each, no other object)."""
    seen: dict[str, str] = {}
    for root in roots:
        absolute = os.path.abspath(root)
        if os.path.isdir(absolute):
            _walk(absolute, seen)
        elif absolute not in seen:
            try:
                seen[absolute] = _key(absolute)
            except OSError:
                continue
    return list(seen.values())


def scan(roots: Iterable[str]) -> list[FileEntry]:
    """Every file under ``roots`` (see the module docstring), each once, in a stable order."""
    return [parse_state_key(key) for key in scan_keys(roots)]


def content_hash(data: bytes) -> str:
    """The hash that tells a changed file from a touched one."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def is_report(path: str) -> bool:
    """Whether a file is one of Parallax's own outputs (an HTML report, a comparison's or ``find``'s JSON, a
    ``reuse`` JSONL), by its first bytes: written into a corpus folder, it would be read as an article that copies
    the two it compares.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "r.json").write_text('{\\n "format": "parallax/1",\\n "state": "complete"}')
    >>> _ = (folder / "a.txt").write_text("The format of the talks was agreed on Monday.")
    >>> is_report(str(folder / "r.json")), is_report(str(folder / "a.txt"))
    (True, False)
    """
    try:
        with open(path, "rb") as stream:
            head = stream.read(REPORT_SNIFF_BYTES)
    except OSError:
        return False
    return _REPORT_HEAD.search(head) is not None


REPORT_SNIFF_BYTES = 2048  # bytes: where a report says what it is (the HTML head, the JSON's first key)
_REPORT_HEAD = re.compile(
    rb'<meta name="generator" content="Parallax"|\A\s*\{\s*"format":\s*"parallax'
    rb'|\A\{"source": "[^"]*", "rewrite": "'
)


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
    if is_report(path):
        return Skip("report", f"{Path(path).name} is a Parallax report, not an article")
    try:
        document = load_article(path)
    except LoadError as error:
        return Skip(error.reason.value, str(error))
    except (OSError, ValueError, RecursionError) as error:  # a reader's own failure: skip it, keep the run
        return Skip("unreadable", f"{Path(path).name} cannot be read ({error})")
    if not any(paragraph.sentences for paragraph in document.paragraphs):
        return Skip("no-text", f"{Path(path).name} has no article text")
    return document
