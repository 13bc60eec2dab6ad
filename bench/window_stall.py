"""Which widget stalls the event loop when a whole-Bible result is shown: the largest gaps between 5 ms timer
ticks, with everything shown, then with the overview bar, the findings panel or the rows left out. With
``--lines N``: a list of N short lines against a two-paragraph article (600,000: bench/huge_inputs.py's case),
shown, then replaced by a one-line comparison, with the GUI thread's own CPU time in each gap and in the call
that hands the report over (no worker runs here: what is measured is the window's work alone).

    QT_QPA_PLATFORM=offscreen python bench/window_stall.py [--lines 600000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from functools import partial
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bible_web import load
from evaldata import require_eval
from window_speed import window_with

from core import compare, document_from_paragraphs
from core.report import build_report


def _tick(ticks: list[float]) -> None:
    ticks.append(time.perf_counter())


def _watch(app, window, seconds: float, until=None) -> str:  # type: ignore[no-untyped-def]
    """The five largest gaps (ms) between 5 ms ticks over ``seconds`` (and until ``until()``), each with the GUI
    thread's CPU milliseconds in it."""
    from PySide6.QtCore import QTimer

    ticks: list[tuple[float, float]] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    timer.start(5)
    started = time.perf_counter()
    while time.perf_counter() - started < seconds or (until is not None and not until()):
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    gaps = sorted(((b - a) * 1000, (d - c) * 1000) for (a, c), (b, d) in pairwise(ticks))
    return ", ".join(f"{g:.0f} ms ({c:.0f} ms CPU)" for g, c in gaps[-5:])


def huge(lines: int) -> None:
    from huge_inputs import ARTICLE, numbered

    from core import load_article
    from core.budget import collection_paused

    folder = Path(tempfile.mkdtemp())
    (folder / "list.txt").write_text("\n".join(numbered(lines)) + "\n", encoding="utf-8")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    with collection_paused():  # as the worker builds it
        report = build_report(
            compare(load_article(str(folder / "list.txt")), load_article(str(folder / "article.txt")))
        )
        small = build_report(compare("One line here.", "One line there."))
        import gc

        gc.freeze()
    app, window = window_with(folder)
    for what, shown in ((f"{lines:,} lines", report), ("then a one-line comparison", small)):
        cpu = time.thread_time()
        window.session.adopt(shown)
        handed = (time.thread_time() - cpu) * 1000
        gaps = _watch(app, window, 3, lambda: not window.release.pending)
        print(f"{what:<28} handed over in {handed:.0f} ms of the GUI thread; largest gaps: {gaps}")
    del report
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, help="show a list of this many short lines instead of the Bible")
    args = parser.parse_args()
    if args.lines:
        huge(args.lines)
        return
    require_eval()
    from PySide6.QtCore import QTimer

    _, kjv, _, web, _ = load(None)
    comparison = compare(document_from_paragraphs(kjv), document_from_paragraphs(web))
    report = build_report(comparison)
    for variant in ("everything", "without the overview", "without the findings", "without the rows"):
        app, window = window_with(Path(tempfile.mkdtemp()))
        if variant == "without the overview":
            window.overview.set_presentation = lambda presentation: None
        elif variant == "without the findings":
            window.panel.show_findings = lambda summary, findings: None
        elif variant == "without the rows":
            window.view.show_presentation = lambda presentation, hide: None
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(partial(_tick, ticks))
        timer.start(5)
        window.session.adopt(report)
        settle = time.perf_counter()
        while time.perf_counter() - settle < 2:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        gaps = sorted((b - a) * 1000 for a, b in pairwise(ticks))
        print(f"{variant:<22} largest event-loop gaps: {', '.join(f'{g:.0f} ms' for g in gaps[-3:])}")
        window.close()


if __name__ == "__main__":
    main()
