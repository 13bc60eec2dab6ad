"""``reuse``: every reuse pair of a corpus, in one process and on a real Dask LocalCluster, with the same result."""

from __future__ import annotations

import datetime
import json
import tracemalloc
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
    filed = write_article(
        folder / "wire" / "filed.txt", "A story filed twice", article_paragraphs(40), date="2 May 2025"
    )
    again = write_article(folder / "mirror" / "again.txt", "A story filed twice", article_paragraphs(40),
                          date="9 May 2025")  # fmt: skip
    expected.add((str(filed), str(again)))  # a copy: the earlier is the source
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
    assert [Path(line["rewrite"]).name for line in lines if line["same_text"]] == ["again.txt"]
    for line in lines:
        assert set(line) == {"source", "rewrite", "right_from_left", "left_reused", "verdict", "same_text"}
        assert max(line["right_from_left"], line["left_reused"]) > 0.9 and line["verdict"] not in (
            "independent",
            "unknown",
        )


def test_reuse_on_a_local_cluster_of_two_processes_writes_the_in_process_pairs(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    expected = build(tmp_path / "corpus")
    corpus = str(tmp_path / "corpus")
    local, cluster = tmp_path / "local.jsonl", tmp_path / "cluster.jsonl"
    assert main.main(["reuse", corpus, "--out", str(local), "--index", str(tmp_path / "local")]) == 0
    # a fresh index: fingerprints, the join and the comparisons all run on the two worker processes
    assert (
        main.main(["reuse", corpus, "--out", str(cluster), "--index", str(tmp_path / "cluster"), "--workers", "2"]) == 0
    )
    assert cluster.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert {
        (json.loads(line)["source"], json.loads(line)["rewrite"]) for line in local.read_text().splitlines()
    } == expected
    features = []
    for name in ("local", "cluster"):
        with CorpusIndex.open(tmp_path / name) as index:
            rows = index.connection.execute("SELECT path, shingles, terms FROM documents")
            features.append({path: unpack(s) | unpack(t) for path, s, t in rows})
    assert features[0] == features[1] and len(features[0]) == 16


def test_the_cluster_functions_give_the_in_process_candidate_pairs(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from core.corpus.cluster import candidate_pairs_on, connect
    from core.corpus.reuse import candidate_pairs, feature_lists, pair_documents

    build(tmp_path / "corpus")
    with CorpusIndex.open(tmp_path / "index") as index, connect(workers=2) as client:
        update_index(index, [str(tmp_path / "corpus")])
        assert len(client.scheduler_info()["workers"]) == 2
        records = list(feature_lists(index, sorted(pair_documents(index, [str(tmp_path / "corpus")]))))
        assert candidate_pairs_on(client, records) == candidate_pairs(records)
        assert find_reuse(index, [str(tmp_path / "corpus")]).candidates == len(candidate_pairs(records))


def test_the_join_holds_each_articles_shingles_packed(tmp_path: Path) -> None:
    """``reuse`` holds every article's shingles and terms for the join: packed 64-bit arrays, not sets (at 100,000
    articles 38 MB of shingles instead of 531 MB)."""
    from core.corpus.reuse import feature_lists, pair_documents

    build(tmp_path / "corpus")
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(tmp_path / "corpus")])
        documents = sorted(pair_documents(index, [str(tmp_path / "corpus")]))
        tracemalloc.start()
        records = list(feature_lists(index, documents))
        held, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows = index.connection.execute("SELECT id, shingles, terms FROM documents")
        stored = {doc: set(unpack(shingles)) | set(unpack(terms)) for doc, shingles, terms in rows}
        assert {doc: set(features) for doc, features in records} == stored
    features = sum(len(features) for _, features in records)
    assert features > 500 and held / features < 20  # bytes a feature (a frozenset of them: about 90)


def test_the_pairs_of_one_group_of_articles_are_verified_together() -> None:
    """Five families of four articles whose ids interleave (0, 5, 10, 15; 1, 6, 11, 16; ...): in verification
    order each family's six pairs come together, so a chunk of six loads four articles, not eight."""
    from core.corpus.reuse import pairs_of_posting, verification_order

    families = [[family + 5 * member for member in range(4)] for family in range(5)]
    pairs = sorted(pair for members in families for pair in pairs_of_posting(members))
    ordered = verification_order(pairs)
    assert sorted(ordered) == pairs
    chunks = [ordered[i : i + 6] for i in range(0, len(ordered), 6)]
    assert all(len({doc for pair in chunk for doc in pair}) == 4 for chunk in chunks), chunks


def test_a_revision_dated_by_its_update_comes_after_the_version_it_revises(tmp_path: Path) -> None:
    """Both date lines start with the first publication; the revision adds its update's date and a paragraph, so
    it holds all of the first version: only the update's date makes it the later one."""
    story = article_paragraphs(40, paragraphs=6)
    first = write_article(tmp_path / "corpus" / "z-first.txt", "The harbour wall story", story,
                          date="Published 4 March 2025")  # fmt: skip
    longer = story + article_paragraphs(41, 1)
    revised = write_article(tmp_path / "corpus" / "a-revised.txt", "The harbour wall story", longer,
                            date="Published 4 March 2025, updated 5 March 2025")  # fmt: skip
    out = tmp_path / "pairs.jsonl"
    assert main.main(["reuse", str(tmp_path / "corpus"), "--out", str(out), "--index", str(tmp_path / "index")]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(line["source"], line["rewrite"]) for line in lines] == [(str(first), str(revised))]


@pytest.mark.parametrize(
    ("text", "day"),
    [("2025-03-04T08:10:00Z", 4), ("Published 4 March 2025, updated 6 March 2025", 6), ("Tue 4 Mar 2025", 4)],
)
def test_dates_the_loaders_give_are_read(text: str, day: int) -> None:
    from core.corpus.dates import parse_date

    assert parse_date(text) == datetime.date(2025, 3, day)
