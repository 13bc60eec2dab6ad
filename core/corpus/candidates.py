"""Candidate search: which documents of a corpus an article most likely reuses, before any full comparison.

API: ``rank_candidates(query, postings, method, top, thresholds, only) -> list[Candidate]``, ``Candidate``,
``Method``, ``CandidateThresholds``, ``Postings`` (what an index must answer).

Two scores, each a share of the query (so a long source is not favoured for being long):

* ``shingle_share``: of the query's shingles that are not common in the corpus (document frequency at most
  ``max_shingle_df``: boilerplate every article of an outlet shares is dropped, as passim drops n-grams above its
  maxDF), the share the document has too.
* ``term_share``: of the query's ``query_terms`` rarest content terms that the corpus knows (in at most
  ``max_term_df`` of its documents), the share of their inverse document frequency ``log(N / df)`` the document
  has. Paraphrases keep names, places and figures, so this finds rewrites that share few shingles.

``Method.COMBINED`` (the default, chosen by ``bench/corpus_candidates.py``) ranks by the sum of both. The score
only orders candidates; whether a candidate is a source is the verdict of a real comparison, never this score.

>>> from core.corpus.fingerprints import Fingerprints
>>> class Tiny:
...     def __init__(self, docs): self.docs = docs
...     def document_count(self): return len(self.docs)
...     def frequencies(self, features):
...         return {f: sum(f in d for d in self.docs) for f in features}
...     def documents_of(self, features):
...         return {f: [i for i, d in enumerate(self.docs) if f in d] for f in features}
>>> docs = [{1, 2, 3, 10, 11}, {4, 5, 6, 10}, {7, 8, 9}, {10}, {10, 12}]
>>> query = Fingerprints(shingles=frozenset({1, 2}), terms=frozenset({3, 10, 11, 99}), words=4)
>>> [(c.document, c.shingle_share) for c in rank_candidates(query, Tiny(docs), top=2)]
[(0, 1.0), (1, 0.0)]
"""

from __future__ import annotations

import enum
import heapq
import math
from collections import defaultdict
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.corpus.fingerprints import Fingerprints


class Method(enum.StrEnum):
    """How candidates are ranked."""

    SHINGLES = "shingles"
    TERMS = "terms"
    COMBINED = "combined"


@dataclass(frozen=True, slots=True)
class CandidateThresholds:
    """Limits of candidate search (measured in ``bench/corpus_candidates.py``)."""

    max_shingle_df: int = 100  # documents: a shingle in more is boilerplate or a stock phrase (passim's maxDF)
    max_term_df: float = 0.05  # share of the corpus's documents: a term in more says nothing about the source
    min_term_df_cap: int = 20  # documents: the term cap never falls below this on a small corpus
    query_terms: int = 40  # the query's rarest known terms that are looked up


@dataclass(frozen=True, slots=True)
class Candidate:
    """One document that may be a source of the query, with the evidence that ranked it."""

    document: int  # the index's document id
    score: float
    shingle_share: float  # share of the query's uncommon shingles the document has
    term_share: float  # share of the weight of the query's rare terms the document has


class Postings(Protocol):
    """What candidate search needs from an index."""

    def document_count(self) -> int: ...

    def frequencies(self, features: Sequence[int]) -> Mapping[int, int]: ...

    def documents_of(self, features: Sequence[int]) -> Mapping[int, Sequence[int]]: ...


def _rare_terms(
    query: Fingerprints, frequencies: Mapping[int, int], total: int, thresholds: CandidateThresholds
) -> dict[int, float]:
    """The query's rarest known terms with their inverse document frequency."""
    cap = max(thresholds.min_term_df_cap, int(thresholds.max_term_df * total))
    known = [(frequencies.get(term, 0), term) for term in query.terms]
    chosen = heapq.nsmallest(thresholds.query_terms, [(df, term) for df, term in known if 0 < df <= cap])
    return {term: math.log((total + 1) / df) for df, term in chosen}


def _shares(hits: Mapping[int, Sequence[int]], weights: Mapping[int, float]) -> dict[int, float]:
    total = sum(weights.values())
    shares: dict[int, float] = defaultdict(float)
    if total <= 0:
        return shares
    for feature, documents in hits.items():
        for document in documents:
            shares[document] += weights[feature] / total
    return shares


def _score(method: Method, shingle: float, term: float) -> float:
    if method is Method.SHINGLES:
        return shingle + term * 1e-3  # terms only break ties
    if method is Method.TERMS:
        return term + shingle * 1e-3
    return shingle + term


def rank_candidates(
    query: Fingerprints,
    postings: Postings,
    method: Method = Method.COMBINED,
    top: int = 5,
    thresholds: CandidateThresholds | None = None,
    only: Container[int] | None = None,
) -> list[Candidate]:
    """The ``top`` most likely sources of ``query`` in ``postings``, best first (ties by document id).

    ``only`` limits the answer to those documents (their frequencies still count the whole index).
    """
    thresholds = thresholds or CandidateThresholds()
    total = postings.document_count()
    if total == 0:
        return []
    features = [*query.shingles, *query.terms]
    frequencies = postings.frequencies(features)
    shingles = {s: 1.0 for s in query.shingles if 0 < frequencies.get(s, 0) <= thresholds.max_shingle_df}
    terms = _rare_terms(query, frequencies, total, thresholds)
    hits = postings.documents_of([*shingles, *terms])
    shingle_shares = _shares({f: d for f, d in hits.items() if f in shingles}, shingles)
    term_shares = _shares({f: d for f, d in hits.items() if f in terms}, terms)
    scores = _scores(method, shingle_shares, term_shares)
    return [
        Candidate(doc, score, round(shingle_shares.get(doc, 0.0), 4), round(term_shares.get(doc, 0.0), 4))
        for score, doc in _best(scores, top, only)
    ]


def _scores(method: Method, shingle_shares: Mapping[int, float], term_shares: Mapping[int, float]) -> dict[int, float]:
    """Each document's score (``_score`` of its two shares; a missing share is 0)."""
    if method is Method.COMBINED:  # the default, without a call per document: 0.0 + term is term exactly
        scores = dict(term_shares)
        for doc, shingle in shingle_shares.items():
            scores[doc] = shingle + term_shares.get(doc, 0.0)
        return scores
    return {doc: _score(method, shingle_shares.get(doc, 0.0), term_shares.get(doc, 0.0))
            for doc in shingle_shares.keys() | term_shares.keys()}  # fmt: skip


def _best(scores: Mapping[int, float], top: int, only: Container[int] | None) -> list[tuple[float, int]]:
    """The ``top`` best (score, document) of those in ``only``, best first, ties by document id.

    At 100,000 articles tens of thousands share a term with the query: the ``wanted``-th best score is found
    by ``heapq.nlargest`` over the bare numbers, and only the documents at or above it are tested and sorted
    (all of them when too few of those are in ``only``).

    >>> scores = {doc: float(100 - doc) for doc in range(50)} | {61: 90.0, 60: 90.0}  # 10 scores 90 too
    >>> _best(scores, 3, None), _best(scores, 2, {61, 60, 45, 48}), _best(scores, 1, {7})
    ([(100.0, 0), (99.0, 1), (98.0, 2)], [(90.0, 60), (90.0, 61)], [(93.0, 7)])
    >>> _best(scores, 4, range(10, 200)), _best(scores, 3, range(46, 200)), _best({}, 3, None)
    ([(90.0, 10), (90.0, 60), (90.0, 61), (89.0, 11)], [(90.0, 60), (90.0, 61), (54.0, 46)], [])
    """
    wanted = top
    while True:
        floor = heapq.nlargest(wanted, scores.values())
        if not floor:
            return []
        above = [(-score, doc) for doc, score in scores.items() if score >= floor[-1]]
        allowed = sorted(item for item in above if only is None or item[1] in only)
        if len(allowed) >= top or len(floor) < wanted:
            return [(-negative, doc) for negative, doc in allowed[:top]]
        wanted *= 4
