"""Parallax's web-page body text against plain trafilatura on Mozilla readability's test pages.

Each ``test/test-pages/*/source.html`` of a local git copy of github.com/mozilla/readability (fetched, never
part of this repository; ``PARALLAX_READABILITY`` names its git dir) is read by ``core.load_article`` and by
``trafilatura.extract`` with its defaults; Parallax's headline, standfirst and body, and trafilatura's text,
are scored against the page's ``expected.html`` by bag-of-words F1 (lower-case words; Chinese and Japanese
characters count one each), averaged over the pages. Pages Parallax refuses score 0 and are listed. A second
figure leaves out Parallax's headline where it is the page's declared ``<title>`` and no line of its text:
metadata, which neither trafilatura's text nor readability's expected.html holds.

    python bench/readability_pages.py [--pages [--with-title]]   # --pages: the 25 pages where Parallax loses most
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from evaldata import ROOT

sys.path.insert(0, str(ROOT))
from core import LoadError, load_article

REPO = Path(os.environ.get("PARALLAX_READABILITY", "/work/.mirror/mozilla+readability/repo"))
_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|\w+")


def _git(*args: str) -> bytes:
    return subprocess.run(["git", "-C", str(REPO), *args], check=True, capture_output=True).stdout


def _words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORDS.findall(text))


def f1(found: str, expected: str) -> float:
    a, b = _words(found), _words(expected)
    shared = sum((a & b).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(a.values()), shared / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _html_text(html: bytes) -> str:
    from lxml import html as lxml_html

    return str(lxml_html.fromstring(html).text_content()) if html.strip() else ""


def _title_from_text(title: str, source: bytes, plain: str) -> bool:
    """Whether Parallax's headline is a line of the page's text rather than its declared <title> metadata."""
    import trafilatura

    from core.load.readers_binary import without_site_name

    found = trafilatura.extract_metadata(source)
    declared = "" if found is None else without_site_name(found.title or "", found.sitename or "", found.author or "")
    is_declared = found is not None and declared.strip().lower() == title.strip().lower()
    return not is_declared or title.strip().lower() in {line.strip().lower() for line in plain.split("\n")}


def _print_pages(pages: list[str], body_only: list[float], ours: list[float], theirs: list[float]) -> None:
    """The 25 pages where Parallax loses most against trafilatura (``--with-title``: by the first figure)."""
    with_title = "--with-title" in sys.argv
    rows = sorted(
        zip(body_only, ours, theirs, pages, strict=True),
        key=lambda row: (row[1] if with_title else row[0]) - row[2],
    )
    for body_score, score, plain_score, page in rows[:25]:
        print(
            f"  {body_score - plain_score:+.3f}  Parallax {body_score:.3f} (with <title> {score:.3f})  "
            f"trafilatura {plain_score:.3f}  {page}"
        )


def main() -> None:
    if not (REPO / "HEAD").exists() and not (REPO / ".git").exists():
        print(f"skipped: no readability git copy at {REPO} (set PARALLAX_READABILITY)")
        return
    import trafilatura

    pages = _git("ls-tree", "--name-only", "HEAD:test/test-pages").decode().split()
    ours, body_only, theirs, refused = [], [], [], []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for page in pages:
            source = _git("show", f"HEAD:test/test-pages/{page}/source.html")
            expected = _html_text(_git("show", f"HEAD:test/test-pages/{page}/expected.html"))
            path = Path(folder) / "source.html"
            path.write_bytes(source)
            plain = trafilatura.extract(source) or ""
            try:
                document = load_article(path)
                body = " ".join([document.standfirst, *(p.text for p in document.paragraphs)])
                title = document.title if _title_from_text(document.title, source, plain) else ""
            except LoadError as error:
                refused.append(f"{page}: {error}")
                body = title = document_title = ""
            else:
                document_title = document.title
            ours.append(f1(f"{document_title} {body}", expected))
            body_only.append(f1(f"{title} {body}", expected))
            theirs.append(f1(plain, expected))
    seconds = time.perf_counter() - started
    pairs = list(zip(ours, theirs, strict=True))
    better, worse = sum(a > b + 0.01 for a, b in pairs), sum(a < b - 0.01 for a, b in pairs)
    print(
        f"{len(pages)} pages: Parallax body text F1 {sum(ours) / len(ours):.3f}, plain trafilatura "
        f"{sum(theirs) / len(theirs):.3f}; Parallax better on {better}, worse on {worse}; {len(refused)} refused; "
        f"{seconds:.0f} s"
    )
    print(
        f"  without a headline that is the page's declared <title> (metadata, in neither trafilatura's text nor "
        f"expected.html): Parallax {sum(body_only) / len(body_only):.3f}"
    )
    for line in refused:
        print("  refused:", line)
    if "--pages" in sys.argv:
        _print_pages(pages, body_only, ours, theirs)


if __name__ == "__main__":
    main()
