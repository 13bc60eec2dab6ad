"""The window's speed: start-up to the first painted comparison, scrolling 5,000 rows, and how long the event
loop can stall while the whole Bible is compared in the worker thread, compared again, and exported to HTML.

    QT_QPA_PLATFORM=offscreen python bench/window_speed.py
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STARTUP = """
import time, sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from ui.app import create_app
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.resources import SAMPLES
app = create_app()
window = MainWindow(Settings(QSettings({ini!r}, QSettings.Format.IniFormat)))
window.show()
window.compare_sources(str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"))
while window.session.comparison is None:
    app.processEvents()
    time.sleep(0.002)
window.view.viewport().repaint()
window.grab()
"""


def startup_seconds(folder: Path) -> float:
    """Wall time from launching Python to the first comparison painted (best of three)."""
    script = STARTUP.format(root=str(ROOT), ini=str(folder / "s.ini"))
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return min(times)


def synthetic(paragraphs: int, seed: int) -> tuple[str, str]:
    rng = random.Random(seed)
    words = "council budget river bridge storm flood minister report police school said would about more".split()
    left = [
        " ".join(rng.choice(words) for _ in range(30)).capitalize() + f" {rng.randint(1, 9999)}."
        for _ in range(paragraphs)
    ]
    right = [p if rng.random() < 0.7 else p.replace("river", "canal").replace("said", "claimed") for p in left]
    return "\n\n".join(left), "\n\n".join(right)


def window_with(folder: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from ui.app import create_app
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = create_app()
    window = MainWindow(Settings(QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat)))
    window.resize(1400, 900)
    window.show()
    app.processEvents()  # painted before any comparison starts, as ui.app.run_window does
    return app, window


def scroll_frames(folder: Path) -> tuple[int, float, float]:
    """Rows, median and worst frame time (ms) scrolling a 5,000-row comparison a screen at a time."""
    from core import compare
    from core.report import build_report

    app, window = window_with(folder)
    left, right = synthetic(5000, 3)
    window.session.adopt(build_report(compare(left, right)))
    last = window.view.row_model.index(window.view.row_model.rowCount() - 1)
    while not window.view.rectForIndex(last).isValid():  # rows are laid out in batches between events
        app.processEvents()
    bar = window.view.verticalScrollBar()
    frames = []
    for step in range(200):
        started = time.perf_counter()
        bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) * step // 200)
        window.view.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - started) * 1000)
    rows = window.view.row_model.rowCount()
    window.close()
    return rows, statistics.median(frames), max(frames)


def _longest_gap(app, window, start, done=None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Longest gap (ms) between 5 ms timer ticks while ``start()`` runs a job in a worker until ``done()`` (by
    default: a new comparison is shown), and the seconds until then."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    before = window.session.comparison
    finished = done or (lambda: window.session.comparison is not before)
    started = time.perf_counter()
    start()
    while not finished() and time.perf_counter() - started < 120:
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - started
    settle = time.perf_counter()
    while time.perf_counter() - settle < 1.5:  # keep ticking while the window shows the result (and frees the old)
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    gaps = sorted(((b - a) * 1000, a - started) for a, b in pairwise(ticks))
    print("  largest gaps (ms, at s):", [(round(g), round(t, 2)) for g, t in gaps[-5:]])
    return (gaps[-1][0] if gaps else float("nan")), seconds


def bible_stall(folder: Path) -> list[tuple[str, float, float]] | None:
    """Longest event-loop gap while the whole Bible is compared, then compared again (F5: the first result is
    replaced and freed), with the seconds each took."""
    sys.path.insert(0, str(ROOT / "bench"))
    from evaldata import EVAL

    if not EVAL.is_dir():
        return None
    from bible_web import load

    _, kjv, _, web, _ = load(None)
    left, right = folder / "kjv.txt", folder / "web.txt"
    left.write_text("\n\n".join(kjv), encoding="utf-8")
    right.write_text("\n\n".join(web), encoding="utf-8")
    app, window = window_with(folder)
    first = _longest_gap(app, window, lambda: window.compare_sources(str(left), str(right)))
    again = _longest_gap(app, window, window.session.rerun)
    window.prompter.save_file = lambda *args: str(folder / "bible.html")  # answers the save dialog
    exported = _longest_gap(
        app, window, window.actions_by_name["export-html"].trigger, lambda: not window.exporter.busy
    )
    size = (folder / "bible.html").stat().st_size / 1e6
    window.close()
    return [("compared", *first), ("reloaded (F5)", *again), (f"exported to HTML ({size:.1f} MB)", *exported)]


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print(
            f"start-up to the first painted comparison of the sample: {startup_seconds(folder):.2f} s "
            "(best of 3, target < 1.5 s)"
        )
        rows, median, worst = scroll_frames(folder)
        print(f"scrolling {rows} rows a screen at a time: median frame {median:.1f} ms, worst {worst:.1f} ms")
        stalls = bible_stall(folder)
        if stalls is None:
            print("whole-Bible stall: skipped (no ../shared/eval)")
        for what, gap, seconds in stalls or []:
            print(f"whole Bible {what} in a worker: {seconds:.1f} s; longest event-loop gap {gap:.0f} ms (< 100 ms)")


if __name__ == "__main__":
    main()
