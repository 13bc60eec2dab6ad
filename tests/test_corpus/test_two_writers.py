"""Two processes updating one index at once (a ``find`` while an ``index`` runs): neither fails, nothing twice."""

from __future__ import annotations

from pathlib import Path

from core.corpus import CorpusIndex, update_index
from core.corpus import update as update_module
from tests.test_corpus.articles import article_paragraphs, write_article


def test_an_update_that_finds_its_files_indexed_meanwhile_by_another_writer_skips_them(tmp_path: Path) -> None:
    for i in range(4):
        write_article(tmp_path / "corpus" / f"s{i}.txt", f"Report number {i} on the hills", article_paragraphs(i))
    roots = [str(tmp_path / "corpus")]
    with CorpusIndex.open(tmp_path / "index") as first, CorpusIndex.open(tmp_path / "index") as second:

        def examine_while_the_other_writes(jobs):  # the other process indexes everything in the meantime
            results = [update_module.examine(path, known) for path, known in jobs]
            update_index(second, roots)
            return results

        report = update_index(first, roots, examine_many=examine_while_the_other_writes)
        assert report.added == 0 and first.document_count() == 4
        paths = [p for (p,) in first.connection.execute("SELECT path FROM documents")]
        assert sorted(paths) == sorted(str(p) for p in (tmp_path / "corpus").iterdir())
