"""The window's speed: start-up to the first painted comparison, scrolling 5,000 rows, and how long the event
loop can stall while the whole Bible is compared in the worker thread, compared again, and exported to HTML, and
while 600,000 short lines against a two-paragraph article are compared and shown, then replaced by the sample.

    QT_QPA_PLATFORM=offscreen python bench/window_speed.py [--phases startup,scroll,bible,huge,find] [--watch]
        [--articles 10000] [--corpus DIR]

The ``find`` phase (not run unless asked for) runs File > Find Sources on a corpus of ``--articles`` articles of
``bench/corpus_data.py`` (or the folder ``--corpus DIR``) with a fresh index: indexing, then verifying, then a
second search with the index built.

Each gap is printed with the GUI thread's own CPU time in it: a long gap with little of it is the worker holding
the interpreter or a busy machine, not the window's work. ``--watch`` dumps every thread's stack to standard
error whenever the event loop stalls for 80 ms (faulthandler's watchdog, re-armed on every tick).
"""

from __future__ import annotations

import argparse
import faulthandler
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


def startup_seconds(folder: Path, runs: int = 3) -> tuple[float, float]:
    """Wall time from launching Python to the first comparison painted: best of ``runs`` with the bytecode cache
    that any installed or once-run copy has (written to a cache folder of the run, so the checkout stays clean),
    and the first start of all, which compiles every module of the project first."""
    script = STARTUP.format(root=str(ROOT), ini=str(folder / "s.ini"))
    from evaldata import cached_env  # imported here: after this module set QT_QPA_PLATFORM, which it copies

    env = cached_env(folder)
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return min(times[1:]), times[0]


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


WATCH = 0.08  # seconds: with --watch, a stall this long dumps every thread's stack
watching = False


def _tick(ticks: list[tuple[float, float]]) -> None:
    ticks.append((time.perf_counter(), time.thread_time()))
    if watching:
        faulthandler.dump_traceback_later(WATCH)


Gap = tuple[float, float, float]  # ms between two 5 ms ticks, the GUI thread's CPU ms in it, at s from the start


def tick_gaps(app, start=None, finished=None, least=0.0, settle=0.0) -> tuple[list[Gap], float]:  # type: ignore[no-untyped-def]
    """The gaps between 5 ms timer ticks, smallest first, while ``start()`` runs until ``finished()`` (and for at
    least ``least`` seconds; two minutes at most), then for ``settle`` seconds more; and the seconds until then."""
    from PySide6.QtCore import QTimer

    ticks: list[tuple[float, float]] = []
    timer = QTimer()
    timer.timeout.connect(lambda: _tick(ticks))
    timer.start(5)
    started = time.perf_counter()
    if start is not None:
        start()
    while time.perf_counter() - started < 120:
        if (finished is None or finished()) and time.perf_counter() - started >= least:
            break
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - started
    calm = time.perf_counter()
    while time.perf_counter() - calm < settle:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    faulthandler.cancel_dump_traceback_later()
    gaps = sorted(((b - a) * 1000, (d - c) * 1000, a - started) for (a, c), (b, d) in pairwise(ticks))
    return gaps, seconds


def _longest_gap(app, window, start, done=None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Longest gap (ms) between 5 ms timer ticks while ``start()`` runs a job in a worker until ``done()`` (by
    default: a new comparison is shown), and the seconds until then."""
    before = window.session.comparison
    finished = done or (lambda: window.session.comparison is not before)
    # keep ticking while the window shows the result (and frees the old)
    gaps, seconds = tick_gaps(app, start, finished, settle=1.5)
    print(
        "  largest gaps (ms, GUI thread's CPU ms in it, at s):",
        [(round(g), round(c), round(t, 2)) for g, c, t in gaps[-5:]],
    )
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


def huge_stall(folder: Path, lines: int) -> list[tuple[str, float, float]]:
    """Longest event-loop gap while ``lines`` short numbered lines against a two-paragraph article are compared in
    the worker and shown, then while the sample replaces them (the huge report freed bit by bit)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from huge_inputs import write_list_and_article

    from ui.resources import SAMPLES

    left, right = write_list_and_article(folder, lines)
    app, window = window_with(folder)
    shown = _longest_gap(app, window, lambda: window.compare_sources(str(left), str(right)))
    sample = (str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"))
    replaced = _longest_gap(app, window, lambda: window.compare_sources(*sample), lambda: not window.release.pending)
    window.close()
    return [(f"{lines:,} lines compared and shown", *shown), ("then replaced by the sample and freed", *replaced)]


def find_stall(folder: Path, corpus: Path | None, size: int) -> list[tuple[str, float, float]] | None:
    """Longest event-loop gap while File > Find Sources indexes a corpus of ``size`` articles in its worker and
    verifies the candidates (a fresh index), then while it searches again with the index built."""
    sys.path.insert(0, str(ROOT / "bench"))
    from evaldata import EVAL

    if corpus is None:
        if not EVAL.is_dir():
            return None
        from corpus_data import build_corpus, write_corpus

        articles, queries = build_corpus(size)
        corpus = folder / "corpus"
        write_corpus(articles, corpus)
        query = folder / "query.txt"
        query.write_text(next(q for q in queries if q.kind == "rewrite").article.text(), encoding="utf-8")
    else:
        query = next(path for path in sorted(corpus.rglob("*.txt")))
    app, window = window_with(folder)
    window.finder.index_folder = str(folder / "index")
    window.session.right = str(query)
    dialog = window.finder.show(False)
    dialog.corpus.setText(str(corpus))
    indexed = _longest_gap(app, window, dialog.search, lambda: not dialog.running)
    again = _longest_gap(app, window, dialog.search, lambda: not dialog.running)
    found = dialog.outcome.indexed if dialog.outcome is not None else 0
    window.close()
    return [(f"indexing {found:,} articles, then verifying", *indexed), ("searching again, index built", *again)]


def main() -> None:
    global watching
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phases", default="startup,scroll,bible,huge", help="which to run, comma-separated")
    parser.add_argument("--lines", type=int, default=600_000, help="lines of the huge phase's list")
    parser.add_argument("--watch", action="store_true", help="dump every thread's stack on each stall of 80 ms")
    parser.add_argument("--articles", type=int, default=10_000, help="articles of the find phase's corpus")
    parser.add_argument("--corpus", type=Path, help="the find phase's corpus folder (default: bench/corpus_data.py)")
    args = parser.parse_args()
    phases, watching = set(args.phases.split(",")), args.watch
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if "startup" in phases:
            best, first = startup_seconds(folder)
            print(
                f"start-up to the first painted comparison of the sample: {best:.2f} s (best of 3, target < 0.5 s; "
                f"the very first start, compiling the project's modules: {first:.2f} s)"
            )
        if "scroll" in phases:
            rows, median, worst = scroll_frames(folder)
            print(f"scrolling {rows} rows a screen at a time: median frame {median:.1f} ms, worst {worst:.1f} ms")
        stalls = bible_stall(folder) if "bible" in phases else []
        if stalls is None:
            print("whole-Bible stall: skipped (no ../shared/eval)")
        for what, gap, seconds in stalls or []:
            print(f"whole Bible {what} in a worker: {seconds:.1f} s; longest event-loop gap {gap:.0f} ms (< 100 ms)")
        for what, gap, seconds in huge_stall(folder, args.lines) if "huge" in phases else []:
            print(f"{what} in a worker: {seconds:.1f} s; longest event-loop gap {gap:.0f} ms (< 100 ms)")
        found = find_stall(folder, args.corpus, args.articles) if "find" in phases else []
        if found is None:
            print("Find Sources stall: skipped (no ../shared/eval)")
        for what, gap, seconds in found or []:
            print(f"Find Sources, {what}: {seconds:.1f} s; longest event-loop gap {gap:.0f} ms (< 100 ms)")


if __name__ == "__main__":
    main()
