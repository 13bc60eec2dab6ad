"""Every bad input the tests feed, loaded once more with its time and peak memory measured: the table in
docs/robustness.md.

    python bench/robustness_table.py
"""

from __future__ import annotations

import os
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from evaldata import made_cases  # noqa: E402

from core import LoadError, load_article  # noqa: E402
from tests.test_core import test_loading_errors as errors  # noqa: E402


def huge(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(200 * 2**20)
    return path


def long_line(tmp: Path) -> Path:
    sentence = "The council met again on Monday and agreed a budget of 11,000 pounds for the bridge. "
    (tmp / "line.txt").write_text(sentence * (20 * 2**20 // len(sentence)))
    return tmp / "line.txt"


def bomb(tmp: Path) -> Path:
    with zipfile.ZipFile(tmp / "bomb.docx", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (210 * 2**20))
    return tmp / "bomb.docx"


def deep(tmp: Path) -> Path:
    (tmp / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + "<p>A paragraph deep inside the page about a "
                                   "storm.</p>" + "</div>" * 100_000 + "</body></html>")  # fmt: skip
    return tmp / "deep.html"


def dangling(tmp: Path) -> Path:
    os.symlink(tmp / "gone.txt", tmp / "dangling.txt")
    return tmp / "dangling.txt"


CASES: list[tuple[str, Callable[[Path], Path]]] = [
    ("empty file", errors.empty), ("whitespace only", errors.blank), ("binary data named .txt", errors.binary),
    ("a folder", errors.folder), ("missing file", errors.missing), ("symlink to nowhere", dangling),
    ("200 MB text file", huge), ("one 20 MB line", long_line), ("corrupt .docx", errors.corrupt_docx),
    (".docx zip bomb (210 MB packed in 200 KB)", bomb), ("corrupt .odt", errors.corrupt_odt),
    ("image-only PDF", errors.image_only_pdf), ("encrypted PDF", errors.encrypted_pdf),
    ("truncated PDF", errors.truncated_pdf), ("HTML with no article", errors.html_without_article),
    ("HTML nested 100,000 deep", deep), ("not RTF named .rtf", errors.bad_rtf),
]  # fmt: skip


def _outcome(path: Path) -> str:
    try:
        document = load_article(path)
    except LoadError as error:
        return f"`{str(error).replace(str(path.parent) + '/', '')}`"
    sentences = sum(len(p.sentences) for p in document.paragraphs)
    return f"loaded: {len(document.paragraphs)} paragraph(s), {sentences} sentences"


def main() -> None:
    print("| input | what the user sees | time | peak memory |")
    print("|---|---|---|---|")
    for label, path in made_cases(CASES):
        started = time.perf_counter()
        outcome = _outcome(path)
        seconds = time.perf_counter() - started
        tracemalloc.start()  # a second pass for memory: tracing slows allocation-heavy code several times
        _outcome(path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"| {label} | {outcome} | {seconds:.2f} s | {peak / 2**20:.0f} MB |")


if __name__ == "__main__":
    main()
