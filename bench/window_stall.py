"""Which widget stalls the event loop when a whole-Bible result is shown: the largest gaps between 5 ms timer
ticks, with everything shown, then with the overview bar, the findings panel or the rows left out.

    QT_QPA_PLATFORM=offscreen python bench/window_stall.py
"""

from __future__ import annotations

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


def main() -> None:
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
