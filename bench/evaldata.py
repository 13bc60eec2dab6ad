"""Shared helpers of the benchmarks: where ``../shared/eval`` is, reading its TSVs, timing ``main.py``."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


# Runs main.py's main() and writes the process's own peak memory (KiB) to argv[1]: RUSAGE_CHILDREN would give
# the largest of all children so far, not this run's.
_MEASURED_MAIN = """
import resource, sys
import main
status = main.main(sys.argv[2:])
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
sys.exit(status)
"""


def run_main_json(left_paragraphs: list[str], right_paragraphs: list[str]) -> tuple[dict[str, Any], float, float]:
    """Write two texts (blank line between paragraphs), run ``main.py LEFT RIGHT --plain --json OUT``.

    Returns the parsed JSON, the wall time in seconds and the child's peak memory in MB.
    """
    with tempfile.TemporaryDirectory() as folder:
        left, right, out = Path(folder, "left.txt"), Path(folder, "right.txt"), Path(folder, "out.json")
        left.write_text("\n\n".join(left_paragraphs) + "\n", encoding="utf-8")
        right.write_text("\n\n".join(right_paragraphs) + "\n", encoding="utf-8")
        peak = Path(folder, "peak")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", _MEASURED_MAIN, str(peak), str(left), str(right), "--plain", "--json", str(out)],
            check=True,
            cwd=ROOT,
        )
        seconds = time.perf_counter() - started
        return json.loads(out.read_text(encoding="utf-8")), seconds, float(peak.read_text()) / 1024


def paragraph_pairs(result: dict[str, Any]) -> set[tuple[int, int]]:
    """(left paragraph, right paragraph) pairs joined by some link of a ``parallax/1`` result."""
    return {(lp, rp) for link in result["links"] for lp, _ in link["left"] for rp, _ in link["right"]}


def prf(predicted: int, gold: int, correct: int) -> str:
    """Precision, recall and F1 as a short string."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"
