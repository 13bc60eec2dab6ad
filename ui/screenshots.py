"""Render the window offscreen and save PNGs into ``docs/screenshots/``: the bundled sample, and the seed pair
when ``../shared/seeds`` is there, and the sample of three sources (``assets/samples/sources``); and the seed
pair's (or the sample's) and the three sources' HTML reports as Chromium shows them; and File > Find Sources…
on the three sources' rewrite, with ``assets/samples`` as the corpus (its index in a temporary folder).

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core import combine_sources, compare, load_article
from core.export import write_html
from core.report import build_report
from ui.app import create_app
from ui.main_window import MainWindow
from ui.resources import SAMPLES
from ui.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def render(left: Path | tuple[Path, ...], right: Path, target: Path, folder: Path) -> None:
    """Compare two files (or several sources and a rewrite) in a fresh window and save a picture of it once the
    comparison shows."""
    window = MainWindow(Settings(QSettings(str(folder / "screenshot-settings.ini"), QSettings.Format.IniFormat)))
    window.resize(1400, 900)
    window.show()
    window.compare_sources(tuple(map(str, left)) if isinstance(left, tuple) else str(left), str(right))
    deadline = time.monotonic() + 30
    while window.session.comparison is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    settle = time.monotonic() + 0.5  # painted rows replace their estimated heights with exact ones
    while time.monotonic() < settle:
        QApplication.processEvents()
        time.sleep(0.01)
    target.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target))
    window.close()
    print(target)


def main() -> None:
    create_app()
    import tempfile

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        render(SAMPLES / "original.txt", SAMPLES / "rewrite.txt", ROOT / "docs" / "screenshots" / "sample.png", folder)
        sources = tuple(sorted((SAMPLES / "sources").glob("[0-9]-*.txt")))
        render(sources, SAMPLES / "sources" / "rewrite.txt", ROOT / "docs" / "screenshots" / "sources.png", folder)
        report_picture(
            (sources, SAMPLES / "sources" / "rewrite.txt"), ROOT / "docs" / "screenshots" / "sources-report.png", folder
        )
        find_picture(ROOT / "docs" / "screenshots" / "find-sources.png", folder)
        seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
        pair = (SAMPLES / "original.txt", SAMPLES / "rewrite.txt")
        if len(seeds) == 2:
            render(seeds[1], seeds[0], ROOT / "docs" / "screenshots" / "seeds.png", folder)
            pair = (seeds[1], seeds[0])
        report_picture(pair, ROOT / "docs" / "screenshots" / "report.png", folder)


def _settle(until: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def find_picture(target: Path, folder: Path) -> None:
    """The Find Sources dialog once it has listed the sources of the three sources' rewrite."""
    settings = Settings(QSettings(str(folder / "find-settings.ini"), QSettings.Format.IniFormat))
    settings.set_corpus_folder(str(SAMPLES))
    window = MainWindow(settings)
    window.finder.index_folder = str(folder / "index")
    window.resize(1400, 900)
    window.show()
    window.compare_sources(str(SAMPLES / "original.txt"), str(SAMPLES / "sources" / "rewrite.txt"))
    _settle(lambda: window.session.comparison is not None, 30)
    dialog = window.finder.show(False)
    dialog.search()
    _settle(lambda: not dialog.running, 60)
    _settle(lambda: False, 0.3)
    dialog.grab().save(str(target))
    dialog.hide()
    window.close()
    print(target)


def report_picture(pair: tuple[Path | tuple[Path, ...], Path], target: Path, folder: Path) -> None:
    """The HTML report of a pair (or of sources and a rewrite), as headless Chromium paints it (skipped without
    chromium)."""
    chromium = shutil.which("chromium")
    if chromium is None:
        print("report picture skipped: no chromium")
        return
    page = folder / "report.html"
    lefts = pair[0] if isinstance(pair[0], tuple) else (pair[0],)
    left = combine_sources([load_article(path) for path in lefts])
    write_html(build_report(compare(left, load_article(pair[1]))), page)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={folder / 'chromium'}",
             "--window-size=1300,1700", f"--screenshot={target}"]  # fmt: skip
    subprocess.run([chromium, *flags, page.as_uri()], capture_output=True, check=True, timeout=120)
    print(target)


if __name__ == "__main__":
    main()
