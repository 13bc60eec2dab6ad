"""Building and updating the corpus index incrementally: new, changed, touched and deleted files.

API: ``update_index(index, roots, progress=None, should_cancel=None, examine_many=None) -> UpdateReport``,
``examine(path, known_hash) -> Examined``, ``Examined``, ``UpdateReport``, ``SkippedFile``, ``BATCH_FILES``,
``transaction_files(indexed)``, ``in_key_order(counts)``.

1. Scan the roots (``core.corpus.scan``: one ``stat`` a file, from ``os.scandir``) and read every indexed file's
   size, time and hash from the index's ``documents_state`` (a few megabytes at 100,000 articles). A file whose
   size and modification time match the index is unchanged and not even opened; so is a skipped file that has
   not changed since it was skipped. Indexed files under the roots that the scan did not see are gone.
2. Every other file is examined (:func:`examine`, a pure function of the path that a Dask worker can run too):
   its content hash first, so a file that was only touched is not read again; else it is loaded as an
   article and fingerprinted, or skipped with its reason.
3. Each batch of results is written in one transaction (postings, document frequencies and the document rows
   together): ``BATCH_FILES`` files, or a twentieth of the articles already indexed when that is more
   (:func:`transaction_files`). Killed at any point, the index holds whole batches only, and the next update
   carries on with the files that are still missing; cancelled, it writes the files examined so far. Files
   under the roots that are gone are removed.

``examine_many`` maps :func:`examine` over a batch; the default runs in this process, ``core.corpus.cluster``
runs it on a Dask cluster.
"""

from __future__ import annotations

import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from core.corpus.fingerprints import fingerprint
from core.corpus.index import CorpusIndex, pack, under_test, unpack
from core.corpus.scan import FileEntry, Skip, content_hash, parse_state_key, read_document, scan_keys

BATCH_FILES = 200  # files examined between two progress reports and cancel checks; a transaction at least
TRANSACTION_SHARE = 20  # a transaction holds up to 1/20 of the articles already indexed, if more than BATCH_FILES
KEY_SLICES = 256  # slices of the 64-bit feature space sorted one at a time (see ``in_key_order``)
_SLICE_SHIFT = 64 - KEY_SLICES.bit_length() + 1  # a feature's slice: its top 8 bits


def transaction_files(indexed: int) -> int:
    """Files written in one transaction once ``indexed`` articles are in the index.

    A batch's postings land all over the postings B-tree, so each commit rewrites pages in proportion to the
    index, not to the batch: with a fixed batch a build costs the square of its size (28,000 articles in 26
    minutes). Growing the transaction with the index keeps the rewrites per article bounded.

    >>> transaction_files(0), transaction_files(10_000), transaction_files(100_000)
    (200, 500, 5000)
    """
    return max(BATCH_FILES, indexed // TRANSACTION_SHARE)


@dataclass(frozen=True, slots=True)
class Examined:
    """What examining one file found: the same content, a skip, or fingerprints of a new or changed article."""

    path: str
    hash: str = ""
    same: bool = False  # the content hash equals the indexed one: only the size and time are updated
    skip: Skip | None = None
    title: str = ""
    date: str = ""
    words: int = 0
    shingles: bytes = b""
    terms: bytes = b""


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A corpus file that is not in the index, and why (as in ``--json``)."""

    path: str
    reason: str
    message: str


@dataclass(frozen=True, slots=True)
class UpdateReport:
    """What an update did."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: tuple[SkippedFile, ...] = field(default_factory=tuple)  # every skipped file under the roots
    cancelled: bool = False
    seconds: float = 0.0


def examine(path: str, known_hash: str = "") -> Examined:
    """Hash, load and fingerprint one file (see the module docstring)."""
    try:
        with open(path, "rb") as stream:
            digest = content_hash(stream.read())
    except OSError:
        digest = ""
    if digest and digest == known_hash:
        return Examined(path, digest, same=True)
    document = read_document(path)
    if isinstance(document, Skip):
        return Examined(path, digest, skip=document)
    prints = fingerprint(document)
    return Examined(path, digest, title=document.title or os.path.basename(path), date=document.date,
                    words=prints.words, shingles=pack(prints.shingles), terms=pack(prints.terms))  # fmt: skip


def _delete(index: CorpusIndex, document_id: int) -> None:
    db = index.connection
    shingles, terms = db.execute("SELECT shingles, terms FROM documents WHERE id = ?", (document_id,)).fetchone()
    features = [(f,) for f in unpack(shingles) | unpack(terms)]
    db.executemany("DELETE FROM postings WHERE feature = ? AND document = " + str(document_id), features)
    db.executemany("UPDATE frequencies SET df = df - 1 WHERE feature = ?", features)
    db.executemany("DELETE FROM frequencies WHERE feature = ? AND df <= 0", features)
    db.execute("DELETE FROM documents WHERE id = ?", (document_id,))


def _insert(index: CorpusIndex, entry: FileEntry, result: Examined, counts: Counter[int]) -> None:
    db = index.connection
    cursor = db.execute(
        "INSERT INTO documents (path, size, mtime_ns, hash, title, date, words, shingles, terms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry.path, entry.size, entry.mtime_ns, result.hash, result.title, result.date, result.words,
         result.shingles, result.terms),
    )  # fmt: skip
    document_id = cursor.lastrowid
    features = sorted(unpack(result.shingles) | unpack(result.terms))
    db.executemany(f"INSERT INTO postings (feature, document) VALUES (?, {document_id})", ((f,) for f in features))
    counts.update(features)


def in_key_order(counts: Counter[int]) -> Iterator[list[tuple[int, int]]]:
    """The (feature, count) items in ascending feature order, a slice of the 64-bit key space at a time.

    One ``sorted`` of a big batch's items (a hundred thousand and more) is a single call that holds the
    interpreter lock for 0.1 s and more, and so stalls the window while Find Sources indexes; the features are
    hashes spread evenly over the key space, so ``KEY_SLICES`` slices of it are each a small sort.

    >>> [item for part in in_key_order(Counter({2**62: 1, -5: 2, 7: 1, -2**63: 3})) for item in part]
    [(-9223372036854775808, 3), (-5, 2), (7, 1), (4611686018427387904, 1)]
    """
    slices: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for item in counts.items():
        slices[item[0] >> _SLICE_SHIFT].append(item)
    for key in sorted(slices):
        yield sorted(slices[key])


def _add_frequencies(index: CorpusIndex, counts: Counter[int]) -> None:
    """One upsert per distinct feature of a batch, in key order (fewer, more local B-tree writes)."""
    for part in in_key_order(counts):
        index.connection.executemany(
            "INSERT INTO frequencies VALUES (?, ?) ON CONFLICT (feature) DO UPDATE SET df = df + excluded.df", part
        )


def _write_batch(
    index: CorpusIndex, batch: Sequence[tuple[FileEntry, Examined]], known: dict[str, tuple[int, int, int, str]]
) -> tuple[int, int]:
    """One transaction: returns (added, changed)."""
    db = index.connection
    added = changed = 0
    counts: Counter[int] = Counter()
    db.execute("BEGIN IMMEDIATE")
    try:
        for entry, result in batch:
            # read inside the transaction: another process may have indexed the file since ``known`` was read
            row = db.execute("SELECT id, hash FROM documents WHERE path = ?", (entry.path,)).fetchone()
            old = (row[0], 0, 0, row[1]) if row is not None else None
            if old is not None and old[3] == result.hash and known.get(entry.path) is None:
                continue  # indexed meanwhile by another process, from the same content
            if result.same and old is not None:
                db.execute(
                    "UPDATE documents SET size = ?, mtime_ns = ? WHERE id = ?", (entry.size, entry.mtime_ns, old[0])
                )
                continue
            if old is not None:
                _delete(index, old[0])
            db.execute("DELETE FROM skipped WHERE path = ?", (entry.path,))
            if result.skip is not None:
                skip = result.skip
                db.execute(
                    "INSERT INTO skipped VALUES (?, ?, ?, ?, ?)",
                    (entry.path, entry.size, entry.mtime_ns, skip.reason, skip.message),
                )
                continue
            _insert(index, entry, result, counts)
            added, changed = (added, changed + 1) if old is not None else (added + 1, changed)
        _add_frequencies(index, counts)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return added, changed


def _remove_gone(index: CorpusIndex, gone: list[int], gone_skips: list[tuple[str]]) -> int:
    db = index.connection
    if not gone and not gone_skips:
        return 0
    db.execute("BEGIN IMMEDIATE")
    for doc in gone:
        _delete(index, doc)
    db.executemany("DELETE FROM skipped WHERE path = ?", gone_skips)
    db.execute("COMMIT")
    return len(gone)


def _in_process(jobs: Sequence[tuple[str, str]]) -> list[Examined]:
    return [examine(path, known_hash) for path, known_hash in jobs]


def update_index(
    index: CorpusIndex,
    roots: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    examine_many: Callable[[Sequence[tuple[str, str]]], list[Examined]] | None = None,
) -> UpdateReport:
    """Bring the index up to date with the files under ``roots`` (absolute or relative paths)."""
    started = time.perf_counter()
    roots = [os.path.abspath(root) for root in roots]
    keys = scan_keys(roots)
    indexed_keys = index.state_keys()
    fresh = [parse_state_key(key) for key in keys if key not in indexed_keys]  # new, changed, touched or skipped
    stale = [parse_state_key(key).path for key in indexed_keys.difference(keys)]  # changed or gone
    sql = "SELECT path, size, mtime_ns FROM skipped"
    skipped = {path: (size, mtime) for path, size, mtime in index.connection.execute(sql)}
    todo = [e for e in fresh if skipped.get(e.path) != (e.size, e.mtime_ns)]
    known = index.file_states([e.path for e in todo] + stale)
    seen, inside = {e.path for e in fresh}, under_test(roots)
    gone = [known[path][0] for path in stale if path not in seen and inside(path)]
    gone_skips = [(path,) for path in skipped if path not in seen and inside(path)]
    removed = _remove_gone(index, gone, gone_skips)
    added = changed = 0
    cancelled = False
    run = examine_many or _in_process
    start, indexed = 0, len(indexed_keys) - len(gone)
    while start < len(todo) and not cancelled:
        batch = todo[start : start + transaction_files(indexed)]
        results: list[Examined] = []
        for chunk in range(0, len(batch), BATCH_FILES):  # examined a chunk at a time: progress and cancel
            if should_cancel is not None and should_cancel():
                cancelled = True
                break
            part = batch[chunk : chunk + BATCH_FILES]
            results.extend(run([(e.path, known.get(e.path, (0, 0, 0, ""))[3]) for e in part]))
            if progress is not None:
                progress(start + len(results), len(todo))
        if results:
            more_added, more_changed = _write_batch(index, list(zip(batch, results, strict=False)), known)
            added, changed, indexed = added + more_added, changed + more_changed, indexed + more_added
        start += len(batch)
    index.remember_state_keys()  # for the next check, when a document changed (or it was never stored)
    skips = tuple(SkippedFile(*row) for row in index.skipped_under(roots))
    return UpdateReport(added, changed, removed, len(keys) - len(todo), skips, cancelled,
                        time.perf_counter() - started)  # fmt: skip
