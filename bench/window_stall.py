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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bible_web import load
from evaldata import require_eval
from window_speed import tick_gaps, window_with

from core import compare, document_from_paragraphs
from core.report import build_report


def _watch(app, seconds: float, until=None) -> str:  # type: ignore[no-untyped-def]
    """The five largest gaps (ms) between 5 ms ticks over ``seconds`` (and until ``until()``), each with the GUI
    thread's CPU milliseconds in it."""
    gaps, _ = tick_gaps(app, finished=until, least=seconds)
    return ", ".join(f"{g:.0f} ms ({c:.0f} ms CPU)" for g, c, _ in gaps[-5:])


def huge(lines: int) -> None:
    from huge_inputs import write_list_and_article

    from core import load_article
    from core.budget import collection_paused

    folder = Path(tempfile.mkdtemp())
    left, right = write_list_and_article(folder, lines)
    with collection_paused():  # as the worker builds it
        report = build_report(compare(load_article(str(left)), load_article(str(right))))
        small = build_report(compare("One line here.", "One line there."))
        import gc

        gc.freeze()
    app, window = window_with(folder)
    for what, shown in ((f"{lines:,} lines", report), ("then a one-line comparison", small)):
        cpu = time.thread_time()
        window.session.adopt(shown)
        handed = (time.thread_time() - cpu) * 1000
        gaps = _watch(app, 3, lambda: not window.release.pending)
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
        gaps, _ = tick_gaps(app, partial(window.session.adopt, report), least=2)
        print(f"{variant:<22} largest event-loop gaps: {', '.join(f'{g:.0f} ms' for g, _, _ in gaps[-3:])}")
        window.close()


if __name__ == "__main__":
    main()
