"""What the window shows while a huge comparison runs and arrives: each stage the status bar names, with when it
began and the bar's percent then; how long the bar stood at 99% or more before the report was shown (work it did
not count); then when the findings panel and the rows first paint, and the longest gaps between 5 ms ticks after
the report. The input is ``bench/huge_inputs.py``'s list of short lines against a two-paragraph article.

    QT_QPA_PLATFORM=offscreen python bench/window_progress.py [--lines 600000] [--wait 240]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from huge_inputs import write_list_and_article
from window_speed import window_with

Tick = tuple[float, float]  # perf_counter(), the GUI thread's thread_time()


def _first_row_painted(view) -> bool:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return bool(view.indexAt(QPoint(5, 5)).row() == 0)  # Qt places no row before its batched layout ends


def run(lines: int, wait: float) -> None:
    from PySide6.QtCore import QTimer

    folder = Path(tempfile.mkdtemp())
    left, right = write_list_and_article(folder, lines)
    app, window = window_with(folder)
    bar = window.status_line.progress
    stages: list[tuple[float, str]] = []
    window.session.stage.connect(lambda words: stages.append((time.perf_counter(), words)))
    ticks: list[Tick] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    timer.start(5)
    started = time.perf_counter()
    window.compare_sources(str(left), str(right))
    percents: list[tuple[float, int]] = []  # when the bar's value changed (-1: indeterminate)
    while window.session.comparison is None and time.perf_counter() - started < 600:
        app.processEvents()
        value = bar.value() if bar.maximum() else -1
        if not percents or percents[-1][1] != value:
            percents.append((time.perf_counter(), value))
        time.sleep(0.001)
    shown = time.perf_counter()
    full = next((at for at, value in percents if value >= 99), shown)
    for at, words in stages:
        percent = next((value for when, value in reversed(percents) if when <= at + 0.05), 0)
        print(f"  {at - started:6.1f} s  {words:<32} bar {percent}%")
    print(f"report shown at {shown - started:.1f} s; the bar stood at 99% or more for {shown - full:.1f} s before")
    painted: dict[str, float] = {}
    first = len(ticks)
    while len(painted) < 2 and time.perf_counter() - shown < wait:
        app.processEvents()
        for name, view in (("findings", window.panel.findings), ("rows", window.view)):
            if name not in painted and _first_row_painted(view):
                painted[name] = time.perf_counter() - shown
        time.sleep(0.001)
    timer.stop()
    after = sorted(((b - a) * 1000, (d - c) * 1000) for (a, c), (b, d) in pairwise(ticks[first - 1 :]))
    for name in ("findings", "rows"):
        print(f"  {name} first painted {f'{painted[name]:.1f} s' if name in painted else f'not within {wait:.0f} s'}"
              " after the report")  # fmt: skip
    print("  largest gaps after it (ms, GUI thread's CPU ms):", [(round(g), round(c)) for g, c in after[-5:]])
    window.session.wait()
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=600_000, help="short lines of the list")
    parser.add_argument("--wait", type=float, default=240, help="seconds to wait for the rows and findings to paint")
    args = parser.parse_args()
    run(args.lines, args.wait)


if __name__ == "__main__":
    main()
