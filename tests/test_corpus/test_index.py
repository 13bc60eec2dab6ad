"""The corpus index: incremental updates, transactions that survive a kill, schema versions, concurrent reads."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from core.corpus import INDEX_FILE, SCHEMA_VERSION, CorpusIndex, update_index
from core.corpus import update as update_module
from core.corpus.index import unpack
from tests.test_corpus.articles import article_paragraphs, rewrite_of, write_article

ROOT = Path(__file__).resolve().parents[2]


def make_corpus(folder: Path, count: int) -> list[Path]:
    return [write_article(folder / f"a{i:03}.txt", f"Report number {i} on the valley", article_paragraphs(i))
            for i in range(count)]  # fmt: skip


def consistent(index: CorpusIndex) -> dict[str, frozenset[int]]:
    """Check postings and frequencies against the documents' own fingerprints; return path -> features."""
    db = index.connection
    features = {}
    expected: Counter[int] = Counter()
    for doc, path, shingles, terms in db.execute("SELECT id, path, shingles, terms FROM documents"):
        mine = unpack(shingles) | unpack(terms)
        features[path] = mine
        expected.update(mine)
        posted = {f for (f,) in db.execute("SELECT feature FROM postings WHERE document = ?", (doc,))}
        assert posted == mine, path
    assert dict(db.execute("SELECT feature, df FROM frequencies")) == dict(expected)
    assert db.execute("SELECT count(*) FROM postings").fetchone()[0] == sum(expected.values())
    return features


def test_incremental_update_notices_new_changed_touched_and_deleted_files(tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "corpus", 6)
    with CorpusIndex.open(tmp_path / "index") as index:
        first = update_index(index, [str(tmp_path / "corpus")])
        assert (first.added, first.changed, first.removed, first.unchanged) == (6, 0, 0, 0)
        again = update_index(index, [str(tmp_path / "corpus")])
        assert (again.added, again.changed, again.unchanged) == (0, 0, 6)
        before = consistent(index)

        write_article(files[0], "Report number 0 on the valley", rewrite_of(article_paragraphs(0), 9))
        os.utime(files[1], ns=(files[1].stat().st_atime_ns, files[1].stat().st_mtime_ns + 10**9))  # touched only
        files[2].unlink()
        write_article(tmp_path / "corpus" / "new.txt", "A new report on the hills", article_paragraphs(50))
        changed = update_index(index, [str(tmp_path / "corpus")])
        assert (changed.added, changed.changed, changed.removed, changed.unchanged) == (1, 1, 1, 3)
        after = consistent(index)
        assert after[str(files[1])] == before[str(files[1])]
        assert after[str(files[0])] != before[str(files[0])]
        assert str(files[2]) not in after and index.document_count() == 6
        assert update_index(index, [str(tmp_path / "corpus")]).unchanged == 6  # the touched file's time is kept


def test_a_failed_batch_leaves_whole_batches_and_the_next_update_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_corpus(tmp_path / "corpus", 7)
    monkeypatch.setattr(update_module, "BATCH_FILES", 3)
    calls = []

    def failing(jobs: Sequence[tuple[str, str]]) -> list[update_module.Examined]:
        calls.append(len(jobs))
        if len(calls) == 2:
            raise KeyboardInterrupt  # the user pressed Ctrl+C during the second batch
        return [update_module.examine(path, known) for path, known in jobs]

    with CorpusIndex.open(tmp_path / "index") as index:
        with pytest.raises(KeyboardInterrupt):
            update_index(index, [str(tmp_path / "corpus")], examine_many=failing)
        assert index.document_count() == 3
        consistent(index)
        resumed = update_index(index, [str(tmp_path / "corpus")])
        assert (resumed.added, resumed.unchanged) == (4, 3)
        resumed_features = consistent(index)
    with CorpusIndex.open(tmp_path / "fresh") as fresh:
        update_index(fresh, [str(tmp_path / "corpus")])
        assert consistent(fresh) == resumed_features


def test_a_process_killed_mid_build_leaves_a_usable_index(tmp_path: Path) -> None:
    make_corpus(tmp_path / "corpus", 9)
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from core.corpus import CorpusIndex, update_index
        from core.corpus import update
        update.BATCH_FILES = 4
        index = CorpusIndex.open({str(tmp_path / "index")!r})
        real = update._write_batch
        def write_then_die(index, batch, known):
            result = real(index, batch, known)
            index.connection.execute("BEGIN IMMEDIATE")
            index.connection.execute("DELETE FROM postings")  # half a transaction, never committed
            os._exit(9)  # no clean-up, no rollback: as a kill
        update._write_batch = write_then_die
        update_index(index, [{str(tmp_path / "corpus")!r}])
    """)
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert killed.returncode == 9, killed.stderr
    with CorpusIndex.open(tmp_path / "index") as index:
        assert not index.rebuilt and index.document_count() == 4
        consistent(index)
        assert update_index(index, [str(tmp_path / "corpus")]).added == 5
        assert len(consistent(index)) == 9


def test_an_index_of_another_schema_version_or_no_index_at_all_is_rebuilt(tmp_path: Path) -> None:
    make_corpus(tmp_path / "corpus", 2)
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(tmp_path / "corpus")])
        index.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    with CorpusIndex.open(tmp_path / "index") as index:
        assert index.rebuilt and index.document_count() == 0
        assert update_index(index, [str(tmp_path / "corpus")]).added == 2
    with CorpusIndex.open(tmp_path / "index") as index:
        assert not index.rebuilt and index.document_count() == 2
    (tmp_path / "garbage").mkdir()
    (tmp_path / "garbage" / INDEX_FILE).write_bytes(b"this is not a database at all" * 100)
    with CorpusIndex.open(tmp_path / "garbage") as index:
        assert index.rebuilt and index.document_count() == 0


def test_a_reader_sees_the_last_committed_state_while_another_connection_writes(tmp_path: Path) -> None:
    make_corpus(tmp_path / "corpus", 3)
    with CorpusIndex.open(tmp_path / "index") as writer:
        update_index(writer, [str(tmp_path / "corpus")])
        writer.connection.execute("BEGIN IMMEDIATE")
        writer.connection.execute("DELETE FROM documents")
        reader = sqlite3.connect(tmp_path / "index" / INDEX_FILE, timeout=0.5)
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 3  # not blocked, not half-written
        writer.connection.execute("ROLLBACK")
        assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        reader.close()


def test_the_default_index_lives_in_the_users_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with CorpusIndex.open() as index:
        assert index.path == tmp_path / "data" / "parallax" / INDEX_FILE and index.path.exists()


def test_transactions_grow_with_the_index_and_a_cancel_writes_what_was_examined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_corpus(tmp_path / "corpus", 4)
    monkeypatch.setattr(update_module, "BATCH_FILES", 2)
    monkeypatch.setattr(update_module, "TRANSACTION_SHARE", 1)  # a transaction: as many files as are indexed
    written: list[int] = []
    real = update_module._write_batch

    def counting(index: CorpusIndex, batch: Sequence[object], known: object) -> tuple[int, int]:
        written.append(len(batch))
        return real(index, batch, known)  # type: ignore[arg-type]

    monkeypatch.setattr(update_module, "_write_batch", counting)
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(tmp_path / "corpus")])
        assert written == [2, 2]  # nothing indexed yet: BATCH_FILES; then 2 indexed: 2 more
        make_corpus(tmp_path / "corpus" / "more", 12)
        written.clear()
        reports: list[int] = []
        report = update_index(index, [str(tmp_path / "corpus")], progress=lambda done, total: reports.append(done),
                              should_cancel=lambda: len(reports) == 3)  # fmt: skip
        assert report.cancelled and written == [4, 2]  # a transaction of 4 files, then the 2 examined so far
        assert reports == [2, 4, 6] and index.document_count() == 10
        consistent(index)
        assert update_index(index, [str(tmp_path / "corpus")]).added == 6
        assert len(consistent(index)) == 16


def test_indexing_a_folder_without_articles_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import main

    (tmp_path / "corpus").mkdir()
    assert main.main(["index", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]) == 0
    assert "warning: no article found in" in capsys.readouterr().err
    (tmp_path / "corpus" / "story.txt").write_text("The bridge will close on Monday for repairs.\n", encoding="utf-8")
    assert main.main(["index", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]) == 0
    assert "warning" not in capsys.readouterr().err
