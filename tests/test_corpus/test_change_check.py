"""The change check before each ``find`` reads what it needs of every document from a narrow index, and a
search with the index current reads no document row by row: at 100,000 articles a scan of the documents table
(fingerprints included) is hundreds of megabytes. Writing a batch sorts no more than a slice of it at a time."""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core import load_article
from core.corpus import CorpusIndex, find, update_index
from core.corpus.scan import scan
from core.corpus.update import in_key_order
from tests.test_corpus.articles import article_paragraphs, rewrite_of, write_article


def _corpus(folder: Path) -> Path:
    for i in range(6):
        write_article(folder / "corpus" / f"outlet{i % 2}" / f"story{i}.txt", f"Story {i}", article_paragraphs(i))
    write_article(folder / "query.txt", "A rewrite of story 2", rewrite_of(article_paragraphs(2), 4))
    return folder / "corpus"


@contextmanager
def _plans(index: CorpusIndex) -> Iterator[list[str]]:
    """The query plan lines of every SELECT the index runs inside the block that hands rows to Python (a
    ``count(*)``, counted inside SQLite from the smallest index, is left out)."""
    statements: list[str] = []
    index.connection.set_trace_callback(statements.append)
    plans: list[str] = []
    try:
        yield plans
    finally:
        index.connection.set_trace_callback(None)
        for sql in statements:
            if sql.lstrip().upper().startswith("SELECT") and not sql.lstrip().upper().startswith("SELECT COUNT(*)"):
                plans.extend(row[-1] for row in index.connection.execute("EXPLAIN QUERY PLAN " + sql))


def test_the_change_check_reads_the_documents_through_their_narrow_index_only(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(corpus)])
        index.connection.execute("DELETE FROM state_cache")  # as after another process's write
        with _plans(index) as plans:
            report = update_index(index, [str(corpus)])
    assert report.unchanged == 6
    scans = [plan for plan in plans if plan.startswith("SCAN documents")]
    assert scans and all("COVERING INDEX documents_state" in plan for plan in scans), plans


def test_an_unchanged_corpus_is_checked_against_one_stored_row(tmp_path: Path) -> None:
    """After an update the files' states are one blob; the next check reads it and no document row, and any
    writer's change to a document (ours, or raw SQL as another program would) deletes it in its transaction."""
    corpus = _corpus(tmp_path)
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(corpus)])
        rows = "SELECT path || char(9) || size || char(9) || mtime_ns FROM documents"
        from_rows = {key for (key,) in index.connection.execute(rows)}
        assert index.connection.execute("SELECT count(*) FROM state_cache").fetchone()[0] == 1
        with _plans(index) as plans:
            assert index.state_keys() == from_rows and len(from_rows) == 6
            assert update_index(index, [str(corpus)]).unchanged == 6
        assert not [plan for plan in plans if plan.startswith("SCAN documents")], plans
        changed = corpus / "outlet0" / "story2.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line was added.\n", encoding="utf-8")
        assert update_index(index, [str(corpus)]).changed == 1
        assert index.state_keys() == {key for (key,) in index.connection.execute(rows)} != from_rows
        index.connection.execute("UPDATE documents SET mtime_ns = mtime_ns + 1 WHERE path = ?", (str(changed),))
        assert index.connection.execute("SELECT count(*) FROM state_cache").fetchone()[0] == 0
        assert index.state_keys() == {key for (key,) in index.connection.execute(rows)}
        (corpus / "outlet1" / "story3.txt").unlink()
        assert update_index(index, [str(corpus)]).removed == 1 and len(index.state_keys()) == 5


def test_the_state_blob_is_not_stored_while_another_process_writes(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(corpus)])
        index.connection.execute("DELETE FROM state_cache")
        with CorpusIndex.open(tmp_path / "index") as other:
            other.connection.execute("BEGIN IMMEDIATE")
            assert not index.remember_state_keys()  # locked: left for later, no error
            other.connection.execute("ROLLBACK")
        assert index.connection.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000
        assert index.remember_state_keys() and len(index.state_keys()) == 6


def test_a_search_with_the_index_current_scans_no_document(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    query = str(tmp_path / "query.txt")
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(corpus)])
        with _plans(index) as plans:
            found = find(load_article(query), index, [str(corpus)], top=3, article_path=query)
    assert found and Path(found[0].path).name == "story2.txt"
    assert not [plan for plan in plans if plan.startswith("SCAN documents")], plans


def test_a_search_keeps_to_its_corpus_and_never_returns_the_article_itself(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    other = tmp_path / "other"
    copy = write_article(other / "copy.txt", "Story 2 again", article_paragraphs(2))
    own = corpus / "outlet0" / "story2.txt"
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(corpus), str(other)])
        found = find(load_article(str(own)), index, [str(corpus)], top=10, article_path=str(own))
        assert str(copy) not in {f.path for f in found} and str(own) not in {f.path for f in found}
        assert index.count_under([str(corpus)]) == 6 and index.count_under([str(corpus), str(other)]) == 7
        everywhere = find(load_article(str(own)), index, [str(corpus), str(other)], top=10, article_path=str(own))
        assert everywhere[0].path == str(copy)


def test_an_index_made_before_the_narrow_index_gets_it_on_opening(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(corpus)])
        index.connection.execute("DROP INDEX documents_state")
        index.connection.execute("DROP TABLE state_cache")
        index.connection.execute("DROP TRIGGER state_cache_update")
    with CorpusIndex.open(tmp_path / "index") as index:
        assert not index.rebuilt and index.document_count() == 6
        sql = "SELECT name FROM sqlite_master WHERE name IN ('documents_state', 'state_cache', 'state_cache_update')"
        assert len(index.connection.execute(sql).fetchall()) == 3
        assert update_index(index, [str(corpus)]).unchanged == 6


def test_the_scan_lists_files_by_folder_in_name_order_without_hidden_files_or_linked_folders(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for name in ("b/2.txt", "b/1.txt", "a.txt", "c/d/3.txt", ".hidden/x.txt", "c/.dot.txt", "c/0.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("Some text here.", encoding="utf-8")
    os.symlink(root / "b", root / "linked")  # a link to a folder is not followed (as os.walk)
    os.symlink(root / "gone.txt", root / "broken.txt")  # a broken link is listed, with no size
    entries = scan([str(root), str(root / "a.txt")])
    names = [os.path.relpath(e.path, root) for e in entries]
    assert names == ["a.txt", "broken.txt", "b/1.txt", "b/2.txt", "c/0.txt", "c/d/3.txt"]
    assert [e.size for e in entries][:2] == [15, -1]
    assert all(e.mtime_ns > 0 for e in entries)


def test_a_scan_error_in_one_folder_loses_nothing_else(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "open").mkdir(parents=True)
    (root / "open" / "a.txt").write_text("Text.", encoding="utf-8")
    (root / "closed").mkdir()
    (root / "closed" / "b.txt").write_text("Text.", encoding="utf-8")
    (root / "closed").chmod(0)
    try:
        names = [Path(e.path).name for e in scan([str(root)])]
    finally:
        (root / "closed").chmod(0o755)
    assert "a.txt" in names


def test_a_batchs_frequencies_are_written_in_key_order_a_small_sort_at_a_time() -> None:
    rng = random.Random(3)
    counts = Counter({rng.randrange(-(2**63), 2**63): rng.randint(1, 5) for _ in range(60_000)})
    parts = list(in_key_order(counts))
    assert [item for part in parts for item in part] == sorted(counts.items())
    assert max(len(part) for part in parts) < len(counts) / 50  # no one sort of the whole batch


def test_a_file_name_with_a_tab_is_checked_like_any_other(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    odd = write_article(corpus / "tab\there.txt", "An odd name", article_paragraphs(40))
    with CorpusIndex.open(tmp_path / "index") as index:
        assert update_index(index, [str(corpus)]).added == 7
        assert update_index(index, [str(corpus)]).unchanged == 7
        write_article(odd, "An odd name, changed", article_paragraphs(41))
        assert update_index(index, [str(corpus)]).changed == 1
        odd.unlink()
        assert update_index(index, [str(corpus)]).removed == 1
