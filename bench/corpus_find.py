"""The corpus commands end to end: ``index``, ``find`` in fresh processes, and ``reuse`` on Dask.

    python bench/corpus_find.py [--sizes 1000,10000] [--queries 30] [--reuse] [--workers 2] [--keep DIR]
                                [--work DIR]

``--work DIR`` keeps each size's corpus and index in ``DIR/SIZE`` and reuses them on the next run (a corpus is
written once, marked complete by ``DIR/SIZE/corpus.done``; the index is then only updated): a 100,000-article
corpus takes minutes to write and about 12 minutes to index.

For each size, a corpus from ``../shared/eval`` (``bench/corpus_data.py``) is written as text files, then:

* ``main.py index CORPUS --index DIR``: wall time, peak memory, index size on disk;
* ``main.py find QUERY CORPUS --index DIR --json OUT`` for ``--queries`` queries of each kind, each a fresh
  process: recall@1 (the first candidate is a true source and its verdict is derived), recall@5 (for a splice,
  the share of its sources among the candidates judged derived), the share of unrelated queries that get no
  candidate judged derived (news and Wikipedia apart from the Bible, whose pieces share formulae and parallel
  passages: Kings and Chronicles, the synoptic gospels), over all of them and over those that share no run of
  ``RUN_WORDS`` content words with any corpus article (``bench/shared_runs.py``: a real shared passage makes a
  source found for it no false one; checked on the texts, independently of the verdict), median and worst wall
  and CPU time, peak memory;
* with ``--reuse``: ``main.py reuse CORPUS --out PAIRS --workers N``: wall time, time per article, and the
  pairs found against the pairs of versions of one text in the corpus (recall, and the share of found pairs
  that are such versions).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus_data import Article, Query, build_corpus, corpus_paths, write_corpus
from evaldata import ROOT, require_eval
from shared_runs import RUN_WORDS, shared_runs

# Peak memory is the process's own high-water mark (VmHWM, KiB): ru_maxrss of a child started by fork and exec
# counts the parent's resident size at the fork (this bench holds a 100,000-article corpus: 416 MB every run).
_MEASURED = """
import resource, sys
sys.path.insert(0, sys.argv[2])
import main
status = main.main(sys.argv[3:])
usage = resource.getrusage(resource.RUSAGE_SELF)
status_lines = open("/proc/self/status").read().splitlines()
peak = next((line.split()[1] for line in status_lines if line.startswith("VmHWM:")), usage.ru_maxrss)
open(sys.argv[1], "w").write(f"{peak} {usage.ru_utime + usage.ru_stime}")
sys.exit(status)
"""


CPU: list[float] = []  # CPU seconds (user + system) of each measured run, in order


def measured(args: list[str], folder: Path, stderr: Path | None = None) -> tuple[float, float]:
    """Run ``main.py ARGS`` in a fresh process; wall seconds and peak memory (MB); its CPU time goes to ``CPU``.

    Bytecode is written (as in an installed Parallax), whatever ``PYTHONDONTWRITEBYTECODE`` says.
    """
    peak = folder / "peak"
    started = time.perf_counter()
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with open(stderr or os.devnull, "w", encoding="utf-8") as errors:
        subprocess.run([sys.executable, "-c", _MEASURED, str(peak), str(ROOT), *args], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=errors, env=environment)  # fmt: skip
    memory, cpu = peak.read_text().split()
    CPU.append(float(cpu))
    return time.perf_counter() - started, float(memory) / 1024


def _derived(candidate: dict[str, Any]) -> bool:
    return str(candidate["verdict"]) not in ("independent", "unknown")


def bench_find(
    queries: list[Query], articles: list[Article], families: dict[str, str], corpus: Path, index: Path, work: Path
) -> None:
    times, peaks, cpus = [], [], []
    unrelated = [i for i, query in enumerate(queries) if not query.families]
    runs = shared_runs([queries[i].article for i in unrelated], articles)
    shares = dict.fromkeys(range(len(queries)), False) | {i: bool(r) for i, r in zip(unrelated, runs, strict=True)}
    print(f"  unrelated queries sharing a run of {RUN_WORDS} content words with a corpus article (a real shared "
          f"passage, checked on the texts): {sum(shares.values())} of {len(unrelated)}")  # fmt: skip
    by_kind: dict[str, list[tuple[float, float]]] = {}
    clean: dict[str, list[bool]] = {}
    for i, query in enumerate(queries):
        article, out = work / f"query{i}.txt", work / "found.json"
        article.write_text(query.article.text(), encoding="utf-8")
        seconds, peak = measured(["find", str(article), str(corpus), "--index", str(index), "--json", str(out)], work)
        times.append(seconds)
        peaks.append(peak)
        cpus.append(CPU[-1])
        found = [c for c in json.loads(out.read_text(encoding="utf-8"))["candidates"] if _derived(c)]
        if not query.families:
            source = "Bible" if query.article.family.startswith("bible") else "news and Wikipedia"
            clean.setdefault(source, []).append(not found)
            if not shares[i]:
                clean.setdefault(source + ", sharing no text", []).append(not found)
            continue
        first = bool(found) and families.get(found[0]["path"]) in query.families
        share = len(query.families & {families.get(c["path"], "") for c in found[:5]}) / len(query.families)
        by_kind.setdefault(query.kind, []).append((float(first), share))
    for kind, rows in by_kind.items():
        r1, r5 = statistics.mean(r[0] for r in rows), statistics.mean(r[1] for r in rows)
        print(f"  find, {kind:<8} ({len(rows)} queries): recall@1 {r1:.3f}, recall@5 {r5:.3f}")
    everything = [r for rows in by_kind.values() for r in rows]
    print(f"  find, all true queries: recall@1 {statistics.mean(r[0] for r in everything):.3f}")
    for source, outcomes in sorted(clean.items()):
        share = statistics.mean(float(o) for o in outcomes)
        print(f"  find, unrelated {source} ({len(outcomes)}): no source judged derived in {share:.3f}")
    print(f"  find, a fresh process with the index built: wall median {statistics.median(times):.2f} s, worst "
          f"{max(times):.2f} s; CPU median {statistics.median(cpus):.2f} s, worst {max(cpus):.2f} s; peak memory "
          f"median {statistics.median(peaks):.0f} MB, worst {max(peaks):.0f} MB")  # fmt: skip


def bench_reuse(
    articles: list[Article], paths: list[Path], corpus: Path, index: Path, work: Path, workers: int
) -> None:
    out = work / "pairs.jsonl"
    seconds, peak = measured(["reuse", str(corpus), "--out", str(out), "--index", str(index),
                              "--workers", str(workers)], work, work / "reuse.log")  # fmt: skip
    said = [line for line in (work / "reuse.log").read_text(encoding="utf-8").splitlines() if "candidate" in line]
    family = {str(path): article.family for article, path in zip(articles, paths, strict=True)}
    found = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    same = sum(family[p["source"]] == family[p["rewrite"]] for p in found)
    members: dict[str, int] = {}
    for article in articles:
        if not article.family.startswith("filler"):
            members[article.family] = members.get(article.family, 0) + 1
    true_pairs = sum(n * (n - 1) // 2 for n in members.values())
    print(f"  reuse --workers {workers}: {seconds:.0f} s wall ({seconds / len(articles) * 1000:.1f} ms an article), "
          f"peak memory of the client {peak:.0f} MB; {len(found):,} pairs, of which {same:,} versions of one text "
          f"({same / max(1, len(found)):.3f}); recall of the {true_pairs:,} version pairs "
          f"{same / max(1, true_pairs):.3f}")  # fmt: skip
    print(f"  {said[-1] if said else 'reuse said nothing'}")


def run(size: int, per_kind: int, reuse: bool, workers: int, keep: Path | None, kept: Path | None) -> None:
    articles, queries = build_corpus(size)
    rng = random.Random(size)
    groups = {kind: [q for q in queries if q.kind == kind] for kind in ("rewrite", "planted", "splice")}
    groups["unrelated Bible"] = [q for q in queries if q.kind == "unrelated" and q.article.family.startswith("bible")]
    groups["unrelated other"] = [q for q in queries if q.kind == "unrelated" and q not in groups["unrelated Bible"]]
    chosen = list(itertools.chain.from_iterable(rng.sample(g, min(per_kind, len(g))) for g in groups.values()))
    place = tempfile.TemporaryDirectory(dir=keep) if kept is None else contextlib.nullcontext(str(kept / str(size)))
    with place as folder:
        work = Path(folder)
        corpus, index = work / "corpus", work / "index"
        done = work / "corpus.done"
        paths = corpus_paths(articles, corpus) if done.exists() else write_corpus(articles, corpus)
        done.touch()
        families = {str(path): article.family for article, path in zip(articles, paths, strict=True)}
        seconds, peak = measured(["index", str(corpus), "--index", str(index)], work)
        size_mb = sum(f.stat().st_size for f in index.iterdir()) / 2**20
        print(f"\n{size:,} articles: index built in {seconds:.1f} s wall, {CPU[-1]:.1f} s CPU "
              f"({CPU[-1] / size * 1000:.1f} ms an article), peak memory {peak:.0f} MB, {size_mb:.0f} MB on disk "
              f"({size_mb / size * 1024:.1f} KB an article)")  # fmt: skip
        seconds, _ = measured(["index", str(corpus), "--index", str(index)], work)
        print(f"  index again with nothing changed: {seconds:.2f} s wall, {CPU[-1]:.2f} s CPU")
        bench_find(chosen, articles, families, corpus, index, work)
        if reuse and size <= 20_000:
            bench_reuse(articles, paths, corpus, index, work, workers)


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--queries", type=int, default=30, help="queries of each kind")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="a folder for the temporary corpora (default: the system's)")
    parser.add_argument("--work", type=Path, help="a folder whose corpora and indexes are kept and reused")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.queries, args.reuse, args.workers, args.keep, args.work)


if __name__ == "__main__":
    main()
