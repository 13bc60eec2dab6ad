"""The HTML report of the whole Bible (KJV vs WEB): how long it takes to write, how big it is, and how long
headless Chromium takes to load and lay it out (the test of "usable in a browser").

    python bench/report_size.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bible_web import load
from evaldata import ROOT, require_eval

sys.path.insert(0, str(ROOT))
from core import compare, document_from_paragraphs
from core.export import write_html
from core.report import build_report


def main() -> None:
    require_eval()
    _, kjv, _, web, _ = load(None)
    comparison = compare(document_from_paragraphs(kjv), document_from_paragraphs(web))
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "bible.html"
        started = time.perf_counter()
        write_html(build_report(comparison), page)
        seconds = time.perf_counter() - started
        size = page.stat().st_size / 2**20
        print(f"whole Bible report: {len(comparison.rows)} rows, {size:.1f} MB, written in {seconds:.1f} s")
        chromium = shutil.which("chromium")
        if chromium is None:
            print("browser load: skipped (no chromium)")
            return
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 f"--user-data-dir={folder}/profile", "--window-size=1300,1000"]  # fmt: skip
        started = time.perf_counter()
        subprocess.run([chromium, *flags, f"--screenshot={folder}/shot.png", page.as_uri()], capture_output=True,
                       check=True, timeout=600)  # fmt: skip
        print(f"headless Chromium loaded, laid out and painted it in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
