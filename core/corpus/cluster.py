"""The corpus pipeline on Dask: fingerprints, the postings self-join and the comparisons on a cluster's workers.

API: ``connect(address=None, workers=None) -> Client``, ``examine_on(client)``,
``find_reuse_on(client, index, roots) -> list[ReusePair]``, ``ClusterUnavailable``.

Dask is the optional extra ``parallax[cluster]`` (``dask[distributed]``); nothing else in ``core`` imports it,
and this module imports it only when called. ``connect`` joins a running scheduler (``tcp://host:8786``) or
starts a ``LocalCluster`` of ``workers`` processes of one thread each (the comparisons hold the GIL).

* Fingerprints: :func:`core.corpus.update.examine` mapped over the files on the workers (``examine_on``); the
  index is written by this process, a batch a transaction, as without Dask.
* Candidate pairs: a Dask bag of (shingle, document) postings, grouped by shingle with a task shuffle (passim's
  join on Spark, here on Dask), each group's pairs emitted and counted with ``Bag.frequencies``, the pairs
  sharing at least ``MIN_SHARED_SHINGLES`` kept: exactly the rules of ``core.corpus.reuse``.
* Verification: every candidate pair compared by :func:`core.corpus.reuse.verify_pair` on the workers, in
  chunks of ``VERIFY_CHUNK`` pairs. The workers read the articles by path, so on a real cluster the corpus must
  be on storage every worker sees under the same path (see ``docs/scaling.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from core.corpus.index import CorpusIndex
from core.corpus.reuse import (
    MAX_PAIR_DF,
    MIN_SHARED_SHINGLES,
    PairDocument,
    ReusePair,
    pair_documents,
    pairs_of_posting,
    shingle_lists,
    verify_pair,
)
from core.corpus.update import Examined, examine

if TYPE_CHECKING:
    from distributed import Client

VERIFY_CHUNK = 20  # candidate pairs per task: enough work to hide the scheduler's per-task cost (~1 ms)
PARTITIONS_PER_WORKER = 4


class ClusterUnavailable(Exception):
    """Dask is not installed, or the scheduler cannot be reached; the message says which."""


def connect(address: str | None = None, workers: int | None = None) -> Client:
    """A client of the scheduler at ``address``, or of a new local cluster of ``workers`` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterUnavailable(
            "Dask is not installed: install the cluster extra (pip install 'parallax[cluster]')"
        ) from None
    try:
        if address:
            return Client(address, timeout="10s")
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               dashboard_address=None)  # fmt: skip
        return Client(cluster)
    except (OSError, TimeoutError) as error:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler {address or 'local'}: {error}") from None


def examine_on(client: Client) -> Callable[[Sequence[tuple[str, str]]], list[Examined]]:
    """A batch mapper for ``update_index`` that examines the files on the cluster's workers."""

    def run(jobs: Sequence[tuple[str, str]]) -> list[Examined]:
        futures = client.map(examine, [path for path, _ in jobs], [known for _, known in jobs], pure=False)
        return list(client.gather(futures))

    return run


def _postings(record: tuple[int, frozenset[int]]) -> list[tuple[int, int]]:
    document, shingles = record
    return [(feature, document) for feature in shingles]


def _feature(posting: tuple[int, int]) -> int:
    return posting[0]


def _group_pairs(group: tuple[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    documents = [document for _, document in group[1]]
    return pairs_of_posting(documents) if 2 <= len(documents) <= MAX_PAIR_DF else []


def _shared_enough(counted: tuple[tuple[int, int], int]) -> bool:
    return counted[1] >= MIN_SHARED_SHINGLES


def _pair(counted: tuple[tuple[int, int], int]) -> tuple[int, int]:
    return counted[0]


def _verify_chunk(chunk: list[tuple[PairDocument, PairDocument]]) -> list[ReusePair]:
    return [pair for a, b in chunk if (pair := verify_pair(a, b)) is not None]


def _workers(client: Client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def candidate_pairs_on(client: Client, records: list[tuple[int, frozenset[int]]]) -> list[tuple[int, int]]:
    """The candidate pairs of ``core.corpus.reuse.candidate_pairs``, computed on the cluster."""
    import dask.bag as db

    if not records:
        return []
    partitions = max(1, min(len(records), _workers(client) * PARTITIONS_PER_WORKER))
    bag: Any = db.from_sequence(records, npartitions=partitions)
    grouped = bag.map(_postings).flatten().groupby(_feature, shuffle="tasks", npartitions=partitions)
    counted = grouped.map(_group_pairs).flatten().frequencies()
    pairs = counted.filter(_shared_enough).map(_pair)
    return sorted(client.compute(pairs, sync=True))


def find_reuse_on(client: Client, index: CorpusIndex, roots: Sequence[str]) -> list[ReusePair]:
    """Every reuse pair under ``roots``, the join and the comparisons on the cluster (same result as in-process)."""
    documents = pair_documents(index, roots)
    pairs = candidate_pairs_on(client, list(shingle_lists(index, sorted(documents))))
    jobs = [(documents[a], documents[b]) for a, b in pairs]
    chunks = [jobs[i : i + VERIFY_CHUNK] for i in range(0, len(jobs), VERIFY_CHUNK)]
    found = [pair for chunk in client.gather(client.map(_verify_chunk, chunks, pure=False)) for pair in chunk]
    return sorted(found, key=lambda p: (p.source, p.rewrite))
