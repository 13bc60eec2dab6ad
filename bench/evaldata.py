"""Shared helpers of the benchmarks: where ``../shared/eval`` is, reading its TSVs, timing ``main.py``."""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("PARALLAX_EVAL", ROOT.parent / "shared" / "eval"))


def require_eval() -> None:
    """Exit politely when the evaluation data is not there (a fresh clone has none)."""
    if not EVAL.is_dir():
        print(f"skipped: no evaluation data at {EVAL} (set PARALLAX_EVAL)")
        sys.exit(0)


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a header-first TSV with no quoting and ``\\`` as escape."""
    with path.open(encoding="utf-8", newline="") as stream:
        yield from csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")


# Runs main.py's main() and writes the process's own peak memory (KiB) and CPU seconds to argv[1]:
# RUSAGE_CHILDREN would give the largest of all children so far, not this run's. CPU time is steadier than wall
# time on this shared machine (it leaves out the time spent waiting for a core); imports are counted in both.
_MEASURED_MAIN = """
import resource, sys
import main
status = main.main(sys.argv[2:])
usage = resource.getrusage(resource.RUSAGE_SELF)
open(sys.argv[1], "w").write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
sys.exit(status)
"""
# A user's Python caches compiled modules; the machine these benchmarks run on may forbid it for its own runs.
USER_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def cached_env(folder: Path) -> dict[str, str]:
    """``USER_ENV`` with the bytecode cache kept in ``folder`` (so the checkout stays clean)."""
    return dict(USER_ENV, PYTHONPYCACHEPREFIX=str(folder / "bytecode"))


LOADERS = {"plain": (True,), "article": (False,), "both": (False, True)}  # --loader: which paths main.py takes


class MainRun(NamedTuple):
    """One run of ``main.py --json``: the result, its cost, and where each input paragraph went."""

    result: dict[str, Any]
    seconds: float
    cpu_seconds: float
    peak_mb: float
    plain: bool
    left_inputs: list[list[int]]  # per left paragraph of the result: the input paragraphs it holds
    right_inputs: list[list[int]]
    peers: dict[str, tuple[float, float]]  # peer tool -> wall and CPU seconds on the same two files

    @property
    def label(self) -> str:
        return "--plain" if self.plain else "article"

    def peer_ratios(self) -> str:
        """``main.py``'s wall (and CPU) time as a multiple of each peer's, measured in the same run."""
        return "  ".join(
            f"{self.seconds / wall:4.1f}x ({self.cpu_seconds / max(cpu, 1e-3):4.1f}x CPU) {name}"
            for name, (wall, cpu) in self.peers.items()
        )

    def cost(self) -> str:
        """Wall and CPU seconds and peak memory, as printed by every benchmark."""
        return f"{self.seconds:6.2f} s ({self.cpu_seconds:5.2f} s CPU) {self.peak_mb:5.0f} MB"


def add_loader_argument(parser: argparse.ArgumentParser) -> None:
    """``--loader plain|article|both``: ``main.py --plain``, the user's path (no ``--plain``), or both."""
    parser.add_argument(
        "--loader",
        choices=sorted(LOADERS),
        default="both",
        help="run main.py with --plain, without it (the article loader a user gets), or both (default)",
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command (CPU: the growth of the finished children's total)."""
    cpu, started = _children_cpu(), time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started, _children_cpu() - cpu


def peer_times(left: Path, right: Path) -> dict[str, tuple[float, float]]:
    """Wall time of ``dwdiff`` and ``git diff --no-index --word-diff`` on the same files (absent ones skipped)."""
    peers = {}
    if shutil.which("dwdiff"):
        peers["dwdiff"] = _timed(["dwdiff", str(left), str(right)])
    if shutil.which("git"):
        peers["git"] = _timed(["git", "diff", "--no-index", "--word-diff", str(left), str(right)])
    return peers


def locate_inputs(paragraphs: list[dict[str, Any]], inputs: list[str]) -> list[list[int]]:
    """For each paragraph of a result, the input paragraphs it is made of (in order; set-aside ones skipped).

    The article loader may take the first paragraph as a headline or join paragraphs; ``--plain`` keeps them
    one for one.
    """
    squashed = [" ".join(text.split()) for text in inputs]
    found: list[list[int]] = []
    k = 0
    for paragraph in paragraphs:
        text = " ".join(paragraph["text"].split())
        start = k
        while k < len(squashed) and not text.startswith(squashed[k][:40]):
            k += 1
        if k == len(squashed):
            found.append([])
            k = start
            continue
        ids, joined = [k], len(squashed[k])
        k += 1
        while k < len(squashed) and joined < len(text):
            joined += 1 + len(squashed[k])
            ids.append(k)
            k += 1
        found.append(ids)
    return found


class FileRun(NamedTuple):
    """One run of ``main.py`` on two files: exit status, wall and CPU seconds, peak memory, output size."""

    status: int
    seconds: float
    cpu_seconds: float
    peak_mb: float
    out_bytes: int
    stderr: str


def run_main_files(left: Path, right: Path, out: Path, flags: tuple[str, ...] = ()) -> FileRun:
    """Run ``main.py LEFT RIGHT [flags] --json OUT`` in a child process and measure it."""
    with tempfile.TemporaryDirectory() as folder:
        peak = Path(folder, "peak")
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _MEASURED_MAIN, str(peak), str(left), str(right), *flags, "--json", str(out)],
            cwd=ROOT,
            env=USER_ENV,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - started
        usage = peak.read_text().split() if peak.exists() else ["0", "0"]
    size = out.stat().st_size if out.exists() else 0
    return FileRun(done.returncode, seconds, float(usage[1]), float(usage[0]) / 1024, size, done.stderr.strip())


def run_main_json(
    left_paragraphs: list[str], right_paragraphs: list[str], plain: bool = True, peers: bool = False
) -> MainRun:
    """Write two texts (blank line between paragraphs), run ``main.py LEFT RIGHT [--plain] --json OUT``.

    Returns the parsed JSON, the wall time in seconds, the child's peak memory in MB, the input paragraphs of
    each result paragraph and (``peers``) the peer tools' times on the same files.
    """
    with tempfile.TemporaryDirectory() as folder:
        left, right, out = Path(folder, "left.txt"), Path(folder, "right.txt"), Path(folder, "out.json")
        left.write_text("\n\n".join(left_paragraphs) + "\n", encoding="utf-8")
        right.write_text("\n\n".join(right_paragraphs) + "\n", encoding="utf-8")
        peak = Path(folder, "peak")
        flags = ["--plain"] if plain else []
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", _MEASURED_MAIN, str(peak), str(left), str(right), *flags, "--json", str(out)],
            check=True,
            cwd=ROOT,
            env=USER_ENV,
        )
        seconds = time.perf_counter() - started
        peer = peer_times(left, right) if peers else {}
        result = json.loads(out.read_text(encoding="utf-8"))
        peak_text = peak.read_text()
    return MainRun(
        result,
        seconds,
        float(peak_text.split()[1]),
        float(peak_text.split()[0]) / 1024,
        plain,
        locate_inputs(result["left"]["paragraphs"], left_paragraphs),
        locate_inputs(result["right"]["paragraphs"], right_paragraphs),
        peer,
    )


def paragraph_pairs(run: MainRun) -> set[tuple[int, int]]:
    """(left input paragraph, right input paragraph) pairs joined by some link of a run's result."""
    pairs: set[tuple[int, int]] = set()
    for link in run.result["links"]:
        for lp, _ in link["left"]:
            for rp, _ in link["right"]:
                pairs.update((a, b) for a in run.left_inputs[lp] for b in run.right_inputs[rp])
    return pairs


def f1(predicted: int, gold: int, correct: int) -> float:
    """F1 of a prediction."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(predicted: int, gold: int, correct: int) -> str:
    """Precision, recall and F1 as a short string."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def callgrind_instructions(arguments: list[str], cwd: Path | None = None) -> int:
    """Instructions (valgrind's callgrind total) of ``python ARGUMENTS`` run in this interpreter: repeatable on a
    busy machine, where seconds are not."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, *arguments]
        subprocess.run(command, check=True, capture_output=True, cwd=cwd)
        with open(out, encoding="utf-8") as stream:
            totals = re.search(r"^(?:summary|totals):\s*(\d+)", stream.read(), re.MULTILINE)
        assert totals is not None
        return int(totals.group(1))


def made_cases(cases: Sequence[tuple[str, Callable[[Path], Path]]]) -> Iterator[tuple[str, Path]]:
    """Each ``(label, make)`` case with the file ``make`` wrote in a fresh folder of its own (removed afterwards)."""
    with tempfile.TemporaryDirectory() as name:
        for k, (label, make) in enumerate(cases):
            folder = Path(name) / str(k)
            folder.mkdir()
            yield label, make(folder)
