"""The HTML report in real headless Chromium (Debian's, installed by .ci/run): it loads, shows every row, and
logs no console message: no script error, and no remote load (the page's CSP would block and report one)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from core import compare, load_article
from core.export import write_html
from core.report import build_report
from tests.test_core.test_export_html import HOSTILE

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "samples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--log-level=0"]  # fmt: skip

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (bash .ci/run installs it)")


def render(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The DOM Chromium built from a page, and the console lines it logged."""
    assert CHROMIUM is not None
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    return result.stdout, [line for line in result.stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.parametrize("case", ["sample", "hostile"])
def test_report_loads_cleanly_in_chromium(tmp_path: Path, case: str) -> None:
    if case == "sample":
        comparison = compare(load_article(SAMPLES / "original.txt"), load_article(SAMPLES / "rewrite.txt"))
    else:
        comparison = compare(HOSTILE, HOSTILE.replace("mayor", "council"))
    page = tmp_path / "report.html"
    write_html(build_report(comparison), page)
    dom, console = render(page, tmp_path / "profile")
    assert console == []
    assert dom.count('<tr id="row-') == len(comparison.rows)
    assert "<script" not in dom.lower() and "<iframe" not in dom.lower()


def test_the_check_notices_a_page_that_misbehaves(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
                    '<img src="https://example.invalid/x.png">hello')  # fmt: skip
    _, console = render(page, tmp_path / "profile")
    assert console and "Content Security Policy" in console[0]
