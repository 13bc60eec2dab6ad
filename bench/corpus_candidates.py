"""Which candidate stage finds the source of an article in a corpus: hashed shingles, rare terms, both, MinHash.

    python bench/corpus_candidates.py [--sizes 1000,10000] [--queries 100]

Builds corpora from ``../shared/eval`` at run time (``bench/corpus_data.py``: rewrites, planted rewrites,
splices of three sources, unrelated articles on the same topics, outlet boilerplate on every article), computes
the fingerprints of every article through the real loader, and ranks the candidates of every query with each
method over an in-memory index. Prints, per method and query kind, recall@1 and recall@5 (for a splice: the
share of its three sources in the top 5), the share of unrelated queries with no candidate above the score that
keeps 97% of the true top-1 hits, fingerprint and index build time, postings, query time and memory.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from corpus_data import Article, Query, build_corpus
from evaldata import ROOT, require_eval

sys.path.insert(0, str(ROOT))
from core.corpus.candidates import Method, rank_candidates
from core.corpus.fingerprints import Fingerprints, fingerprint
from core.load import article_from_text

Ranker = Callable[[Fingerprints], list[tuple[int, float]]]


class MemoryPostings:
    """An in-memory inverted index with the interface ``rank_candidates`` reads."""

    def __init__(self, prints: Sequence[Fingerprints]) -> None:
        self.lists: dict[int, list[int]] = defaultdict(list)
        for doc, fp in enumerate(prints):
            for feature in (*fp.shingles, *fp.terms):
                self.lists[feature].append(doc)
        self.count = len(prints)

    def document_count(self) -> int:
        return self.count

    def frequencies(self, features: Sequence[int]) -> Mapping[int, int]:
        return {f: len(self.lists[f]) for f in features if f in self.lists}

    def documents_of(self, features: Sequence[int]) -> Mapping[int, Sequence[int]]:
        return {f: self.lists[f] for f in features if f in self.lists}


def _fingerprints(articles: list[Article], winnow: int) -> list[Fingerprints]:
    return [fingerprint(article_from_text(a.text(), a.key), winnow=winnow) for a in articles]


def _minhash_ranker(prints: list[Fingerprints]) -> tuple[Ranker, float] | None:
    try:
        from datasketch import MinHash, MinHashLSHForest  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return None
    started = time.perf_counter()
    forest = MinHashLSHForest(num_perm=64)
    hashes = []
    for doc, fp in enumerate(prints):
        m = MinHash(num_perm=64)
        m.update_batch([s.to_bytes(8, "little", signed=True) for s in fp.shingles])
        hashes.append(m)
        forest.add(doc, m)
    forest.index()
    built = time.perf_counter() - started

    def rank(query: Fingerprints) -> list[tuple[int, float]]:
        m = MinHash(num_perm=64)
        m.update_batch([s.to_bytes(8, "little", signed=True) for s in query.shingles])
        found = forest.query(m, 20)
        return sorted(((d, m.jaccard(hashes[d])) for d in found), key=lambda x: -x[1])[:5]

    return rank, built


def _evaluate(
    name: str, rank: Ranker, queries: list[Query], qprints: list[Fingerprints], corpus: list[Article]
) -> None:
    started = time.perf_counter()
    results = [rank(fp) for fp in qprints]
    per_query = (time.perf_counter() - started) / len(queries)
    by_kind: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    true_tops, unrelated_tops = [], []
    for query, ranked in zip(queries, results, strict=True):
        families = [corpus[d].family for d, _ in ranked]
        top = ranked[0][1] if ranked else 0.0
        if not query.families:
            unrelated_tops.append(top)
            continue
        hit1 = float(bool(families) and families[0] in query.families)
        hit5 = len(query.families & set(families[:5])) / len(query.families)
        by_kind[query.kind].append((hit1, hit5, top))
        if hit1:
            true_tops.append(top)
    cut = sorted(true_tops)[int(0.03 * len(true_tops))] if true_tops else 0.0
    clean = sum(t < cut for t in unrelated_tops) / max(1, len(unrelated_tops))
    cells = []
    for kind in ("rewrite", "planted", "splice"):
        rows = by_kind[kind]
        cells.append(f"{kind} {statistics.mean(r[0] for r in rows):.3f}/{statistics.mean(r[1] for r in rows):.3f}")
    everything = [r for rows in by_kind.values() for r in rows]
    overall = f"all {statistics.mean(r[0] for r in everything):.3f}/{statistics.mean(r[1] for r in everything):.3f}"
    print(f"  {name:<9} {overall}  {'  '.join(cells)}  unrelated clean {clean:.2f}  query {per_query * 1000:.2f} ms")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(size: int, queries_per_kind: int) -> None:
    corpus, queries = build_corpus(size, queries_per_kind=queries_per_kind)
    kinds: dict[str, int] = defaultdict(int)
    for q in queries:
        kinds[q.kind] += 1
    print(f"\n{size} articles, queries: {dict(kinds)} (recall@1/recall@5 per kind)")
    qdocs = [article_from_text(q.article.text(), q.article.key) for q in queries]
    for winnow in (4, 1):
        started = time.perf_counter()
        prints = _fingerprints(corpus, winnow)
        took = time.perf_counter() - started
        started = time.perf_counter()
        postings = MemoryPostings(prints)
        indexed = time.perf_counter() - started
        rows = sum(len(v) for v in postings.lists.values())
        print(
            f" winnow window {winnow}: fingerprints {took:.1f} s ({took / size * 1000:.1f} ms an article), "
            f"index {indexed:.1f} s, {rows:,} postings ({rows / size:.0f} an article), peak RSS {_rss_mb():.0f} MB"
        )
        qprints = [fingerprint(d, winnow=winnow) for d in qdocs]
        for method in Method:

            def rank(
                fp: Fingerprints, method: Method = method, postings: MemoryPostings = postings
            ) -> list[tuple[int, float]]:
                return [(c.document, c.score) for c in rank_candidates(fp, postings, method, top=5)]

            _evaluate(method.value, rank, queries, qprints, corpus)
        if winnow == 1 and size <= 10_000:
            minhash = _minhash_ranker(prints)
            if minhash is None:
                print("  minhash: datasketch not installed (pip install datasketch to measure it)")
            else:
                print(f"  minhash LSH forest (64 permutations) built in {minhash[1]:.1f} s")
                _evaluate("minhash", minhash[0], queries, qprints, corpus)


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.queries)


if __name__ == "__main__":
    main()
