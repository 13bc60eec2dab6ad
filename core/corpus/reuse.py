"""Every pair of a corpus where one article reuses another: passim's pipeline, here in one process.

API: ``find_reuse(index, roots, should_cancel=None, progress=None) -> ReuseResult``, ``ReuseResult``, ``ReusePair``,
``pairs_of_posting(documents) -> list[tuple[int, int]]``, ``verify_pair(a, b) -> ReusePair | None``,
``PairDocument``, ``pair_documents(index, roots)``, ``stock_free_loader(common)``, ``verification_order(pairs)``,
``count_pairs(postings)``, ``kept_pairs(counts)``, ``MIN_SHARED_SHINGLES``, ``MAX_PAIR_DF``, ``MIN_SHARED_TERMS``,
``MAX_TERM_PAIR_DF``.

1. Postings: the shingles of every indexed article under the roots (from the index).
2. Candidate pairs: a self-join of the postings on the feature, keeping shingles in 2 to ``MAX_PAIR_DF``
   documents (rarer ones join nothing, commoner ones are boilerplate or stock phrases, as passim's minDF and
   maxDF) and content terms in 2 to ``MAX_TERM_PAIR_DF``, and the pairs sharing at least ``MIN_SHARED_SHINGLES``
   shingles or ``MIN_SHARED_TERMS`` rare terms. The terms are for paraphrases (a press release turned into a
   story shares few runs of words with it but its names, places and figures), which ``find`` finds by the same
   rare terms: without them ``reuse`` missed pairs ``find`` judged derived.
3. Each candidate pair is compared with ``core.compare`` (:func:`verify_pair`), the stock paragraphs of both
   articles set aside first as ``find`` does (``core.corpus.stock``: an outlet's plug line under both is no
   reuse); the source is chosen by ``core.corpus.direction`` (the earlier by date where both dates are known,
   else a credit naming the other, else the one whose words the other holds less of, packaging aside, else the
   longer: the rule ``find`` uses too), the pair compared again the other way round when it swaps them; a pair
   judged independent is dropped. Pairs are verified in :func:`verification_order`, which
   keeps the pairs of one group of related articles together, so an article loaded for one pair is still
   loaded for its next (with pairs sorted by id, the second article of a pair was mostly read again).

``core.corpus.cluster`` runs steps 2 and 3 on Dask with these same functions and gets the same pairs. The
result is sorted by (source, rewrite) path, so runs can be compared line by line.

>>> pairs_of_posting([7, 3, 5])
[(3, 5), (3, 7), (5, 7)]
"""

from __future__ import annotations

import collections
import functools
import itertools
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from core.budget import ComparisonCancelled
from core.corpus.dates import date_order
from core.corpus.direction import direction
from core.corpus.fingerprints import is_shingle
from core.corpus.index import CorpusIndex, unpack_array
from core.corpus.judge import judge
from core.corpus.scan import Skip, read_document
from core.corpus.stock import Frequencies, common_features, without_stock
from core.engine import compare
from core.model import Document

MIN_SHARED_SHINGLES = 3  # shingles two articles must share to be compared (or MIN_SHARED_TERMS rare terms)
MAX_PAIR_DF = 100  # documents: a shingle in more joins no pair (boilerplate, stock phrases)
MIN_SHARED_TERMS = 8  # rare content terms two articles must share to be compared (or MIN_SHARED_SHINGLES)
MAX_TERM_PAIR_DF = 10  # documents: a term in more joins no pair (a rewrite keeps names, places and figures that
# few articles have; find ranks by the same rare terms, so a paraphrase it finds is compared here too)
LOADED_ARTICLES = 256  # articles kept loaded while pairs are verified (pairs come sorted by their first article)


@dataclass(frozen=True, slots=True)
class PairDocument:
    """What verifying a pair needs of one article: its index id, path and date."""

    id: int
    path: str
    date: str


@dataclass(frozen=True, slots=True)
class ReuseResult:
    """The reuse pairs of a corpus, sorted by (source, rewrite), and how much work finding them took."""

    pairs: tuple[ReusePair, ...]
    documents: int  # articles looked at
    candidates: int  # candidate pairs compared
    cpu_seconds: float = 0.0  # processor time the join and comparisons took (on every worker, with Dask)


@dataclass(frozen=True, slots=True)
class ReusePair:
    """One pair where ``rewrite`` reuses ``source`` (one line of ``reuse --out``)."""

    source: str
    rewrite: str
    right_from_left: float  # share of the rewrite's sentences from the source
    left_reused: float  # share of the source's sentences the rewrite uses
    verdict: str
    same_text: bool = False  # the very same sentences in the same order: two copies (which came first is a guess)

    def as_dict(self) -> dict[str, object]:
        """The pair as one JSON object of ``PAIRS.jsonl``."""
        return {"source": self.source, "rewrite": self.rewrite, "right_from_left": self.right_from_left,
                "left_reused": self.left_reused, "verdict": self.verdict, "same_text": self.same_text}  # fmt: skip


def pairs_of_posting(documents: Iterable[int]) -> list[tuple[int, int]]:
    """Every pair of the documents sharing one feature, smaller id first."""
    return list(itertools.combinations(sorted(set(documents)), 2))


def verification_order(pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs in the order a breadth-first walk of the pair graph meets them: the articles are numbered as the
    walk first reaches them (from the smallest id of each group, neighbours by id), and each pair comes as soon
    as both its articles are reached, i.e. by (later number, earlier number). Loaded articles are then reused by
    the next pairs (at 10,000 bench articles, chunks of 50 pairs load 0.71 articles a pair instead of 1.34).

    >>> verification_order([(1, 3), (0, 2), (2, 4), (1, 5), (0, 4)])
    [(0, 2), (0, 4), (2, 4), (1, 3), (1, 5)]
    """
    pairs = list(pairs)
    neighbours: dict[int, list[int]] = {}
    for a, b in pairs:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    number: dict[int, int] = {}
    for start in sorted(neighbours):
        if start in number:
            continue
        number[start] = len(number)
        queue = collections.deque([start])
        while queue:
            for other in sorted(neighbours[queue.popleft()]):
                if other not in number:
                    number[other] = len(number)
                    queue.append(other)
    return sorted(pairs, key=lambda p: (max(number[p[0]], number[p[1]]), min(number[p[0]], number[p[1]])))


def stock_free_loader(common: Frequencies | None) -> Callable[[str], Document | Skip]:
    """A reader of articles with their stock paragraphs set aside (``common``: the index's common features),
    keeping the last ``LOADED_ARTICLES`` read (one article is in many pairs; its stock is found once)."""

    def load(path: str) -> Document | Skip:
        document = read_document(path)
        if common is None or isinstance(document, Skip):
            return document
        return without_stock([document], common)[0]

    return functools.lru_cache(maxsize=LOADED_ARTICLES)(load)


def verify_pair(
    a: PairDocument,
    b: PairDocument,
    load: Callable[[str], Document | Skip] = read_document,
) -> ReusePair | None:
    """Compare one candidate pair; ``None`` when the verdict is independent or an article cannot be read.

    ``load`` reads an article (a run passes :func:`stock_free_loader`, which sets its stock paragraphs aside).
    """
    first, second = load(a.path), load(b.path)
    if isinstance(first, Skip) or isinstance(second, Skip):
        return None
    if date_order(first.date, second.date) > 0:  # the rule's first step, taken before comparing: one comparison
        (a, first), (b, second) = (b, second), (a, first)
    comparison = compare(first, second)
    if direction(comparison).swapped:
        (a, first), (b, second) = (b, second), (a, first)
        comparison = compare(first, second)
    judgement = judge(comparison)
    if not judgement.reuses:
        return None
    return ReusePair(a.path, b.path, judgement.right_from_left, judgement.left_reused, judgement.verdict,
                     judgement.same_text)  # fmt: skip


def pair_documents(index: CorpusIndex, roots: Sequence[str]) -> dict[int, PairDocument]:
    """Every indexed article under ``roots``, by id."""
    allowed = index.documents_under([os.path.abspath(root) for root in roots])
    rows = index.connection.execute("SELECT id, path, date FROM documents")
    return {doc: PairDocument(doc, path, date) for doc, path, date in rows if doc in allowed}


def feature_lists(index: CorpusIndex, documents: Iterable[int]) -> Iterable[tuple[int, Sequence[int]]]:
    """(document, features) of each document, read from the index: its distinct shingles, then its terms, as the
    packed arrays they are stored as (8 bytes a feature; a frozenset takes about 90, and the join holds every
    document's: at 100,000 articles 38 MB of shingles instead of 531 MB)."""
    sql = "SELECT shingles, terms FROM documents WHERE id = ?"
    for doc in documents:
        shingles, terms = index.connection.execute(sql, (doc,)).fetchone()
        features = unpack_array(shingles)
        features.extend(unpack_array(terms))
        yield doc, features


def count_pairs(postings: Mapping[int, Sequence[int]]) -> Counter[tuple[int, int, bool]]:
    """The pairs of documents sharing each feature, counted by (a, b, whether the feature is a shingle): shingles
    in 2 to ``MAX_PAIR_DF`` documents, terms in 2 to ``MAX_TERM_PAIR_DF``."""
    shared: Counter[tuple[int, int, bool]] = Counter()
    for feature, docs in postings.items():
        shingle = is_shingle(feature)
        if 2 <= len(docs) <= (MAX_PAIR_DF if shingle else MAX_TERM_PAIR_DF):
            shared.update((a, b, shingle) for a, b in pairs_of_posting(docs))
    return shared


def kept_pairs(shared: Mapping[tuple[int, int, bool], int]) -> list[tuple[int, int]]:
    """The pairs sharing at least ``MIN_SHARED_SHINGLES`` shingles or ``MIN_SHARED_TERMS`` rare terms, sorted."""
    needed = {True: MIN_SHARED_SHINGLES, False: MIN_SHARED_TERMS}
    return sorted({(a, b) for (a, b, shingle), count in shared.items() if count >= needed[shingle]})


def candidate_pairs(features: Iterable[tuple[int, Sequence[int]]]) -> list[tuple[int, int]]:
    """The candidate pairs of step 2, sorted."""
    postings: dict[int, list[int]] = {}
    for doc, each in features:
        for feature in each:
            postings.setdefault(feature, []).append(doc)
    return kept_pairs(count_pairs(postings))


def find_reuse(
    index: CorpusIndex,
    roots: Sequence[str],
    should_cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ReuseResult:
    """Every reuse pair under ``roots`` (see the module docstring), in this process."""
    started = time.process_time()
    documents = pair_documents(index, roots)
    pairs = verification_order(candidate_pairs(feature_lists(index, sorted(documents))))
    load = stock_free_loader(common_features(index))
    found = []
    for done, (a, b) in enumerate(pairs, 1):
        if should_cancel is not None and should_cancel():
            raise ComparisonCancelled()
        pair = verify_pair(documents[a], documents[b], load)
        if pair is not None:
            found.append(pair)
        if progress is not None:
            progress(done, len(pairs))
    ordered = tuple(sorted(found, key=lambda p: (p.source, p.rewrite)))
    return ReuseResult(ordered, len(documents), len(pairs), time.process_time() - started)
