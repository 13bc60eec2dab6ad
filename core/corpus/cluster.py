"""The corpus pipeline on Dask: fingerprints, the postings self-join and the comparisons on a cluster's workers.

API: ``connect(address=None, workers=None)`` (a context manager giving a ``Client``), ``examine_on(client)``,
``find_reuse_on(client, index, roots) -> ReuseResult``, ``ClusterUnavailable``.

Dask is the optional extra ``parallax[cluster]`` (``dask[distributed]``); nothing else in ``core`` imports it,
and this module imports it only when called. ``connect`` joins a running scheduler (``tcp://host:8786``) or
starts a local cluster (``LocalCluster``) of ``workers`` processes of one thread each (the comparisons hold the GIL).
A ``tcp://`` or ``tls://`` address is probed with a plain socket first (``CONNECT_SECONDS``), before Dask is even
imported: a closed port fails at once and an unreachable host within that time, with one line saying which,
instead of Dask's retries until its own time-out.

* Fingerprints: :func:`core.corpus.update.examine` mapped over the files on the workers (``examine_on``); the
  index is written by this process, a batch a transaction, as without Dask.
* Candidate pairs: a hash join of the (feature, document) postings as a Dask graph (passim's join on Spark,
  here on Dask): postings bucketed by feature (shingle or term) per partition, joined and counted per bucket
  (``count_pairs``), the counts added and the pairs sharing enough kept (``kept_pairs``): exactly the rules of
  ``core.corpus.reuse``.
  (A ``dask.bag`` group-by with a task shuffle did the same 70 times slower: one Python object per posting.)
* Verification: every candidate pair compared by :func:`core.corpus.reuse.verify_pair` on the workers, in
  chunks of ``VERIFY_CHUNK`` pairs taken in ``core.corpus.reuse.verification_order`` (an article's pairs in
  few chunks), with the index's common features (``core.corpus.stock.common_features``,
  scattered to every worker once) to set stock paragraphs aside. The workers read the articles by path, so on
  a real cluster the corpus must be on storage every worker sees under the same path (see ``docs/scaling.md``).
"""

from __future__ import annotations

import operator
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from core.corpus.index import CorpusIndex
from core.corpus.reuse import (
    PairDocument,
    ReusePair,
    ReuseResult,
    count_pairs,
    feature_lists,
    kept_pairs,
    pair_documents,
    stock_free_loader,
    verification_order,
    verify_pair,
)
from core.corpus.stock import CommonFeatures, common_features
from core.corpus.update import Examined, examine

if TYPE_CHECKING:
    from distributed import Client

VERIFY_CHUNK = 50  # candidate pairs per task: enough work to hide the scheduler's per-task cost (~1 ms)
CONNECT_SECONDS = 3.0  # seconds: the longest wait for a scheduler's address to answer
DOCUMENTS_PER_PARTITION = 20_000  # documents: a partition's postings (about 150 a document) stay small in memory


class ClusterUnavailable(Exception):
    """Dask is not installed, or the scheduler cannot be reached; the message says which."""


def _host_port(address: str) -> tuple[str, int] | None:
    """Host and port of a ``tcp://``/``tls://`` (or scheme-less) address; None for other transports.

    >>> _host_port("tcp://10.0.0.5:8786"), _host_port("[::1]:8786"), _host_port("inproc://x")
    (('10.0.0.5', 8786), ('::1', 8786), None)
    """
    scheme, _, location = address.rpartition("://")
    if scheme not in ("", "tcp", "tls"):
        return None
    host, _, port = location.rpartition(":")
    if not port.isdigit():
        raise ClusterUnavailable(f"{address} is not a scheduler address (tcp://host:port)")
    return host.strip("[]") or "127.0.0.1", int(port)


def _probe(address: str) -> None:
    """Fail fast when nothing listens at ``address`` (see the module docstring)."""
    target = _host_port(address)
    if target is None:
        return
    try:
        socket.create_connection(target, timeout=CONNECT_SECONDS).close()
    except TimeoutError:
        raise ClusterUnavailable(
            f"cannot reach the Dask scheduler {address}: no answer within {CONNECT_SECONDS:.0f} s"
        ) from None
    except OSError as error:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler {address}: {error.strerror or error}") from None


@contextmanager
def connect(address: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a new local cluster of ``workers`` processes (closed, with
    its cluster, on leaving the ``with`` block)."""
    if address:
        _probe(address)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterUnavailable(
            "Dask is not installed: install the cluster extra (pip install 'parallax[cluster]')"
        ) from None
    cluster = None
    try:
        if address:
            client = Client(address, timeout=f"{CONNECT_SECONDS}s")
        else:
            cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                                   dashboard_address=None)  # fmt: skip
            client = Client(cluster)
    except (OSError, TimeoutError) as error:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler {address or 'local'}: {error}") from None
    except Exception as error:  # something listens there but does not speak Dask's protocol
        raise ClusterUnavailable(
            f"{address or 'the local cluster'} did not answer as a Dask scheduler ({error.__class__.__name__})"
        ) from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def examine_on(client: Client) -> Callable[[Sequence[tuple[str, str]]], list[Examined]]:
    """A batch mapper for ``update_index`` that examines the files on the cluster's workers."""

    def run(jobs: Sequence[tuple[str, str]]) -> list[Examined]:
        futures = client.map(examine, [path for path, _ in jobs], [known for _, known in jobs], pure=False)
        return list(client.gather(futures))

    return run


def _bucket_postings(records: list[tuple[int, Sequence[int]]], buckets: int) -> tuple[dict[int, list[int]], ...]:
    """Stage 1, per partition of documents: their postings split into ``buckets`` by feature."""
    split: tuple[dict[int, list[int]], ...] = tuple({} for _ in range(buckets))
    for document, features in records:
        for feature in features:
            split[feature % buckets].setdefault(feature, []).append(document)
    return split


def _bucket_pairs(*parts: dict[int, list[int]]) -> Counter[tuple[int, int, bool]]:
    """Stage 2, per bucket: the postings of every partition joined on the feature, pairs counted."""
    postings: dict[int, list[int]] = {}
    for part in parts:
        for feature, documents in part.items():
            postings.setdefault(feature, []).extend(documents)
    return count_pairs(postings)


def _kept_pairs(*counters: Counter[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Stage 3: the counts of all buckets added, the pairs sharing enough shingles or rare terms kept, sorted."""
    total: Counter[tuple[int, int, bool]] = Counter()
    for counter in counters:
        total.update(counter)
    return kept_pairs(total)


def _verify_chunk(chunk: list[tuple[PairDocument, PairDocument]], common: CommonFeatures) -> list[ReusePair]:
    load = stock_free_loader(common)
    return [pair for a, b in chunk if (pair := verify_pair(a, b, load)) is not None]


def _workers(client: Client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def candidate_pairs_on(client: Client, records: list[tuple[int, Sequence[int]]]) -> list[tuple[int, int]]:
    """The candidate pairs of ``core.corpus.reuse.candidate_pairs``, computed on the cluster.

    A hash join as a Dask graph: each partition of documents splits its postings into buckets by shingle
    (stage 1), each bucket joins its postings from every partition and counts pairs (stage 2), the counts are
    added (stage 3). Postings travel once, as one dictionary per (partition, bucket), not one task per posting.
    """
    if not records:
        return []
    partitions = max(_workers(client), -(-len(records) // DOCUMENTS_PER_PARTITION))
    size = -(-len(records) // partitions)
    chunks = client.scatter([records[i : i + size] for i in range(0, len(records), size)], hash=False)
    split = [client.submit(_bucket_postings, chunk, partitions, pure=False) for chunk in chunks]
    parts = [[client.submit(operator.getitem, whole, b, pure=False) for whole in split] for b in range(partitions)]
    counted = [client.submit(_bucket_pairs, *bucket, pure=False) for bucket in parts]
    return list(client.submit(_kept_pairs, *counted, pure=False).result())


def _process_seconds() -> float:
    return time.process_time()


def _cluster_seconds(client: Client) -> float:
    return float(sum(client.run(_process_seconds).values()))


def find_reuse_on(client: Client, index: CorpusIndex, roots: Sequence[str]) -> ReuseResult:
    """Every reuse pair under ``roots``, the join and the comparisons on the cluster (same result as in-process)."""
    started = _cluster_seconds(client)
    documents = pair_documents(index, roots)
    pairs = candidate_pairs_on(client, list(feature_lists(index, sorted(documents))))
    jobs = [(documents[a], documents[b]) for a, b in verification_order(pairs)]
    chunks = [jobs[i : i + VERIFY_CHUNK] for i in range(0, len(jobs), VERIFY_CHUNK)]
    common = client.scatter(common_features(index), broadcast=True)  # sent to each worker once, not per task
    verified = client.map(_verify_chunk, chunks, common=common, pure=False)
    found = [pair for chunk in client.gather(verified) for pair in chunk]
    ordered = tuple(sorted(found, key=lambda p: (p.source, p.rewrite)))
    return ReuseResult(ordered, len(documents), len(pairs), _cluster_seconds(client) - started)
