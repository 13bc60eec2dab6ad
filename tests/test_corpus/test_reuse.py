"""``reuse``: every reuse pair of a corpus, in one process and on a real Dask LocalCluster, with the same result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from core.corpus import CorpusIndex, find_reuse, update_index
from core.corpus.index import unpack
from tests.test_corpus.articles import article_paragraphs, rewrite_of, write_article


def build(folder: Path) -> set[tuple[str, str]]:
    """Three dated originals each rewritten later, an undated pair (a shortened copy), a brief expanded later
    into a full story, four unrelated articles.

    Returns the (source, rewrite) pairs the corpus was made with.
    """
    expected = set()
    for i in range(3):
        original = write_article(folder / "wire" / f"original{i}.txt", f"Original report number {i} today",
                                 article_paragraphs(10 + i), date=f"{i + 2} May 2025")  # fmt: skip
        # the rewrite sorts first by name and comes first in the folder walk: only its date makes it the copy
        rewrite = write_article(folder / "aggregator" / f"copy{i}.txt", f"Copied report number {i} today",
                                rewrite_of(article_paragraphs(10 + i), i), date=f"{i + 3} June 2025")  # fmt: skip
        expected.add((str(original), str(rewrite)))
    long = article_paragraphs(20, paragraphs=8)
    source = write_article(folder / "undated" / "b-long.txt", "The long account of the day", long)
    short = write_article(folder / "undated" / "a-short.txt", "A short account of the day", long[2:5])
    expected.add((str(source), str(short)))
    night = article_paragraphs(22, paragraphs=3)
    brief = write_article(folder / "dated" / "z-brief.txt", "A first brief on the night", night, date="1 July 2025")
    full = write_article(folder / "dated" / "a-full.txt", "The full story of the night", night + article_paragraphs(21),
                         date="4 July 2025")  # fmt: skip
    expected.add((str(brief), str(full)))  # the earlier is the source, though the later holds more text
    for i in range(4):
        write_article(
            folder / "other" / f"unrelated{i}.txt", f"An unrelated story {i} here", article_paragraphs(30 + i)
        )
    return expected


def test_reuse_in_process_finds_exactly_the_planted_pairs_with_the_source_first(tmp_path: Path) -> None:
    expected = build(tmp_path / "corpus")
    out = tmp_path / "pairs.jsonl"
    assert main.main(["reuse", str(tmp_path / "corpus"), "--out", str(out), "--index", str(tmp_path / "index")]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {(line["source"], line["rewrite"]) for line in lines} == expected
    for line in lines:
        assert set(line) == {"source", "rewrite", "right_from_left", "left_reused", "verdict"}
        assert max(line["right_from_left"], line["left_reused"]) > 0.9 and line["verdict"] not in (
            "independent",
            "unknown",
        )


def test_reuse_on_a_local_cluster_of_two_processes_gets_the_in_process_pairs(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from core.corpus.cluster import connect, examine_on, find_reuse_on

    expected = build(tmp_path / "corpus")
    roots = [str(tmp_path / "corpus")]
    with CorpusIndex.open(tmp_path / "local") as index:
        update_index(index, roots)
        in_process = find_reuse(index, roots)
        assert in_process.documents == 14 and in_process.candidates >= len(expected)
        local_features = {p: unpack(s) | unpack(t) for p, s, t in
                          index.connection.execute("SELECT path, shingles, terms FROM documents")}  # fmt: skip
    assert {(p.source, p.rewrite) for p in in_process.pairs} == expected
    with connect(workers=2) as client, CorpusIndex.open(tmp_path / "cluster") as index:
        assert isinstance(client, distributed.Client)
        assert len(client.scheduler_info()["workers"]) == 2
        update_index(index, roots, examine_many=examine_on(client))
        on_cluster = find_reuse_on(client, index, roots)
        cluster_features = {p: unpack(s) | unpack(t) for p, s, t in
                            index.connection.execute("SELECT path, shingles, terms FROM documents")}  # fmt: skip
    assert cluster_features == local_features
    assert on_cluster == in_process
