"""The on-disk corpus index: one SQLite file (standard library) of every indexed article's fingerprints.

API: ``CorpusIndex.open(folder=None)``, ``default_index_folder()``, ``IndexedDocument``, ``SCHEMA_VERSION``,
``INDEX_FILE``; a ``CorpusIndex`` answers the ``Postings`` protocol of ``core.corpus.candidates`` and
``document(id)``, ``documents_under(roots)``, ``selection(roots, excluded="")``, ``count_under(roots)``,
``state_keys()``, ``remember_state_keys()``, ``file_states(paths)``, ``skipped_under(roots)``,
``fingerprints(id)``, ``close()``; ``under_test(roots)``.
``core.corpus.update`` writes it.

* Where: ``INDEX_FILE`` in ``folder``, by default the user's data folder (``$XDG_DATA_HOME/parallax``, else
  ``~/.local/share/parallax``; ``%LOCALAPPDATA%\\parallax`` on Windows). One index holds every corpus indexed
  into it; a search looks only at the documents under the corpora it is given.
* Tables: ``documents`` (path, size, mtime, content hash, title, date, word count and the fingerprints as packed
  64-bit integers), ``postings`` (feature, document; clustered by feature), ``frequencies`` (document frequency of
  each feature, kept in step with the postings), ``skipped`` (files left out, with their reason) and ``meta``.
* The index ``documents_state`` (path, size, time, hash) covers what the change check reads of every document,
  so checking 100,000 files reads a few megabytes, not the documents' rows with their fingerprints (a table
  scan of hundreds of megabytes). ``state_cache`` holds the same as one blob, stored after an update and
  deleted by triggers whenever a document's path, size or time changes (any writer, in its own transaction),
  so an unchanged corpus is checked against one row. An index of this version made before them gets both on
  opening.
* Write-ahead logging: a search reads while another process updates the index, and sees the last committed
  state. Every batch of files is one transaction, so an index killed mid-build is still consistent and the next
  update resumes where it stopped.
* ``PRAGMA user_version`` holds ``SCHEMA_VERSION`` and ``meta`` the fingerprint parameters: an index written by
  another version, or one that is not a Parallax index at all, is deleted and built anew, never misread.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from array import array
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.corpus.fingerprints import SHINGLE_TERMS, WINNOW_WINDOW, Fingerprints

SCHEMA_VERSION = 3  # bump whenever a table or the fingerprints change
INDEX_FILE = "corpus-index.sqlite"
FORMAT = f"parallax-corpus-index shingles={SHINGLE_TERMS} winnow={WINNOW_WINDOW}"
CACHE_KIB = 64 * 1024  # KiB of page cache per connection: random B-tree inserts stay in memory, not in syscalls
_CHUNK = 900  # parameters per IN (...) query: under SQLite's default limit of 999
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, words INTEGER NOT NULL,
    shingles BLOB NOT NULL, terms BLOB NOT NULL);
CREATE TABLE postings (feature INTEGER NOT NULL, document INTEGER NOT NULL, PRIMARY KEY (feature, document))
    WITHOUT ROWID;
CREATE TABLE frequencies (feature INTEGER PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE skipped (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    reason TEXT NOT NULL, message TEXT NOT NULL);
CREATE INDEX documents_state ON documents (path, size, mtime_ns, hash);
"""
_STATE_INDEX = "CREATE INDEX IF NOT EXISTS documents_state ON documents (path, size, mtime_ns, hash)"
_STATE_KEYS = "SELECT path || char(9) || size || char(9) || mtime_ns FROM documents INDEXED BY documents_state"
_STATE_CACHE = (  # the state keys as one blob; any change to a document's path, size or time deletes it
    "CREATE TABLE IF NOT EXISTS state_cache (id INTEGER PRIMARY KEY CHECK (id = 1), keys BLOB NOT NULL)",
    *(f"CREATE TRIGGER IF NOT EXISTS state_cache_{name} AFTER {event} ON documents BEGIN DELETE FROM state_cache; END"
      for name, event in (("insert", "INSERT"), ("delete", "DELETE"), ("update", "UPDATE OF path, size, mtime_ns"))),
)  # fmt: skip
_ADDED_LATER = ("documents_state", "state_cache", "state_cache_insert", "state_cache_delete", "state_cache_update")
TIMEOUT_S = 30.0  # seconds a writer waits for another process's transaction


@dataclass(frozen=True, slots=True)
class IndexedDocument:
    """What the index knows of one article besides its fingerprints."""

    id: int
    path: str
    title: str
    date: str
    words: int


def default_index_folder() -> Path:
    """The user's data folder for Parallax (see the module docstring)."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "parallax"
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "parallax"


def pack(features: Iterable[int]) -> bytes:
    """Features as a compact blob (sorted signed 64-bit integers)."""
    return array("q", sorted(features)).tobytes()


def unpack(blob: bytes) -> frozenset[int]:
    """The features of a blob written by :func:`pack`."""
    return frozenset(unpack_array(blob))


def unpack_array(blob: bytes) -> array[int]:
    """The features of a blob written by :func:`pack`, as the packed array they are stored as (8 bytes each)."""
    values = array("q")
    values.frombytes(blob)
    return values


def under_test(roots: Sequence[str]) -> Callable[[str], bool]:
    """Whether a path is one of ``roots`` or inside one (one prefix test for all roots: it runs per document).

    >>> inside = under_test(["/a/b", "/c.txt"])
    >>> inside("/a/b/x.txt"), inside("/a/bc/x.txt"), inside("/c.txt"), inside("/c.txt.bak")
    (True, False, True, False)
    """
    exact = frozenset(roots)
    prefixes = tuple(root.rstrip(os.sep) + os.sep for root in roots)
    return lambda path: path.startswith(prefixes) or path in exact


def _prefix_range(root: str) -> tuple[str, str]:
    """The paths inside folder ``root`` are those from the first to before the second string (path order).

    >>> _prefix_range("/a/b")
    ('/a/b/', '/a/b0')
    """
    prefix = root.rstrip(os.sep) + os.sep
    return prefix, prefix[:-1] + chr(ord(os.sep) + 1)


class _Selection:
    """Document ids a search may return: those of ``ids`` (every document when None), less ``excluded``."""

    def __init__(self, ids: Container[int] | None, excluded: int | None) -> None:
        self.ids = ids
        self.excluded = excluded

    def __contains__(self, document: object) -> bool:
        return document != self.excluded and (self.ids is None or document in self.ids)


def _ensure_state_index(connection: sqlite3.Connection) -> None:
    """The covering index and the state cache (with its triggers), added to indexes of this version made before."""
    sql = f"SELECT count(*) FROM sqlite_master WHERE name IN ({','.join('?' * len(_ADDED_LATER))})"
    if connection.execute(sql, _ADDED_LATER).fetchone()[0] < len(_ADDED_LATER):
        connection.execute("BEGIN IMMEDIATE")
        for statement in (_STATE_INDEX, *_STATE_CACHE):
            connection.execute(statement)
        connection.execute("COMMIT")


def _is_current(connection: sqlite3.Connection) -> bool:
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            return False
        row = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == FORMAT


class CorpusIndex:
    """An open index (see the module docstring); use as a context manager or call ``close()``."""

    def __init__(self, connection: sqlite3.Connection, path: Path, rebuilt: bool) -> None:
        self.connection = connection
        self.path = path
        self.rebuilt = rebuilt  # an index of another version was found and replaced

    @classmethod
    def open(cls, folder: str | Path | None = None) -> CorpusIndex:
        """Open (creating, or rebuilding when it is of another version) the index in ``folder``."""
        folder = Path(folder) if folder is not None else default_index_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / INDEX_FILE
        existed = path.exists()
        connection = sqlite3.connect(path, timeout=TIMEOUT_S, isolation_level=None)
        rebuilt = False
        if existed and not _is_current(connection):
            connection.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            connection = sqlite3.connect(path, timeout=TIMEOUT_S, isolation_level=None)
            rebuilt = True
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if not existed or rebuilt:
            connection.execute("BEGIN IMMEDIATE")
            if not _is_current(connection):
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        connection.execute(statement)
                for statement in _STATE_CACHE:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                connection.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
            connection.execute("COMMIT")
        else:
            _ensure_state_index(connection)
        return cls(connection, path, rebuilt)

    def __enter__(self) -> CorpusIndex:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()

    # The Postings protocol of core.corpus.candidates
    def document_count(self) -> int:
        """Indexed documents (of every corpus in this index)."""
        return int(self.connection.execute("SELECT count(*) FROM documents").fetchone()[0])

    def frequencies(self, features: Sequence[int]) -> Mapping[int, int]:
        """Document frequency of each known feature."""
        found: dict[int, int] = {}
        for start in range(0, len(features), _CHUNK):
            chunk = features[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT feature, df FROM frequencies WHERE feature IN ({marks})"
            found.update(self.connection.execute(sql, chunk).fetchall())
        return found

    def documents_of(self, features: Sequence[int]) -> Mapping[int, Sequence[int]]:
        """The documents holding each feature."""
        found: dict[int, list[int]] = {}
        for start in range(0, len(features), _CHUNK):
            chunk = features[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT feature, group_concat(document) FROM postings WHERE feature IN ({marks}) GROUP BY feature"
            found.update((feature, list(map(int, documents.split(","))))
                         for feature, documents in self.connection.execute(sql, chunk))  # fmt: skip
        return found

    # Documents
    def document(self, document_id: int) -> IndexedDocument:
        """One indexed document's path, title, date and size."""
        sql = "SELECT id, path, title, date, words FROM documents WHERE id = ?"
        return IndexedDocument(*self.connection.execute(sql, (document_id,)).fetchone())

    def documents_under(self, roots: Sequence[str]) -> dict[int, str]:
        """Id and path of every indexed document under ``roots`` (absolute paths)."""
        rows = self.connection.execute("SELECT id, path FROM documents")
        inside = under_test(roots)
        return {doc: path for doc, path in rows if inside(path)}

    def count_under(self, roots: Sequence[str]) -> int:
        """How many indexed documents are under ``roots`` (absolute paths)."""
        if len(roots) == 1:  # the usual case: a range of the path index, nothing read row by row
            low, high = _prefix_range(roots[0])
            sql = "SELECT count(*) FROM documents WHERE path = ? OR (path >= ? AND path < ?)"
            return int(self.connection.execute(sql, (roots[0], low, high)).fetchone()[0])
        return len(self.documents_under(roots))

    def selection(self, roots: Sequence[str], excluded: str = "") -> Container[int]:
        """The ids of the documents under ``roots`` but not at path ``excluded``, for ``rank_candidates(only=)``.

        When every indexed document is under the roots (one corpus per index, the usual case), no id is read.
        """
        row = self.connection.execute("SELECT id FROM documents WHERE path = ?", (excluded,)).fetchone()
        under: set[int] | None = None
        if len(roots) > 1 or self.count_under(roots) < self.document_count():  # one root: counted on the path index
            under = set(self.documents_under(roots))  # read once (several roots: counted from it)
        if under is not None and len(under) == self.document_count():
            under = None  # every document: no id to test
        return _Selection(under, row[0] if row else None)

    def state_keys(self) -> set[str]:
        """Every indexed document's path, size and time as ``core.corpus.scan.state_key`` writes them: from the
        state cache when no document changed since it was stored (one blob: 100,000 keys in 0.03 s), else made by
        SQLite from ``documents_state`` (one string a document: 100,000 in 0.16 s)."""
        row = self.connection.execute("SELECT keys FROM state_cache").fetchone()
        if row is not None:
            return set(bytes(row[0]).decode("utf-8").split("\0")) if row[0] else set()
        return {key for (key,) in self.connection.execute(_STATE_KEYS)}

    def remember_state_keys(self) -> bool:
        """Store the state keys as one blob for the next ``state_keys`` unless it is stored already (NUL
        separates them: no path holds one). Never waits: when another process holds the write lock, or the
        index cannot be written, nothing is stored. Whether the cache is stored now."""
        if self.connection.execute("SELECT 1 FROM state_cache").fetchone() is not None:
            return True
        self.connection.execute("PRAGMA busy_timeout = 0")
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                keys = "\0".join(key for (key,) in self.connection.execute(_STATE_KEYS))
                self.connection.execute("INSERT OR REPLACE INTO state_cache VALUES (1, ?)", (keys.encode("utf-8"),))
                self.connection.execute("COMMIT")
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError:  # locked by another writer, or read-only: the next check reads the rows
            return False
        finally:
            self.connection.execute(f"PRAGMA busy_timeout = {int(TIMEOUT_S * 1000)}")
        return True

    def file_states(self, paths: Sequence[str]) -> dict[str, tuple[int, int, int, str]]:
        """(id, size, modification time, content hash) by path of those of ``paths`` that are indexed."""
        found: dict[str, tuple[int, int, int, str]] = {}
        for start in range(0, len(paths), _CHUNK):
            chunk = paths[start : start + _CHUNK]
            sql = f"SELECT path, id, size, mtime_ns, hash FROM documents WHERE path IN ({','.join('?' * len(chunk))})"
            found.update((path, (doc, size, mtime, digest)) for path, doc, size, mtime, digest in
                         self.connection.execute(sql, chunk))  # fmt: skip
        return found

    def skipped_under(self, roots: Sequence[str]) -> list[tuple[str, str, str]]:
        """(path, reason, message) of every skipped file under ``roots``, by path."""
        rows = self.connection.execute("SELECT path, reason, message FROM skipped ORDER BY path")
        inside = under_test(roots)
        return [(path, reason, message) for path, reason, message in rows if inside(path)]

    def fingerprints(self, document_id: int) -> Fingerprints:
        """The stored fingerprints of one document."""
        sql = "SELECT shingles, terms, words FROM documents WHERE id = ?"
        shingles, terms, words = self.connection.execute(sql, (document_id,)).fetchone()
        return Fingerprints(unpack(shingles), unpack(terms), words)
