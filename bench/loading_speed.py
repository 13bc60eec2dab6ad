"""How long loading takes: a 5 MB hard-wrapped text file and a 200-page PDF, both generated here.

python bench/loading_speed.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from core import load_article

WORDS = (
    "council budget river bridge storm flood minister report police school hospital village museum "
    "said would could about more than nearly half officials residents engineers million pounds week "
    "year Monday Tuesday the a of in and to was were for on with that by"
).split()


def paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
        words.insert(rng.randint(0, len(words)), f"{rng.randint(2, 90_000):,}")
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def timed(path: Path, written: list[str]) -> str:
    """Load time, and how many of the written paragraphs came back exactly."""
    started = time.perf_counter()
    document = load_article(path)
    seconds = time.perf_counter() - started
    found = {p.text for p in document.paragraphs}
    exact = sum(1 for p in written if p in found)
    return f"{seconds:6.2f} s to load; {exact}/{len(written)} paragraphs recovered exactly, {len(found)} found"


def text_file(folder: Path, rng: random.Random, written: list[str]) -> Path:
    path = folder / "big.txt"
    lines: list[str] = []
    size = 0
    while size < 5 * 1024 * 1024:
        written.append(paragraph(rng))
        wrapped = textwrap.wrap(written[-1], 76)
        lines += wrapped
        size += sum(len(line) + 1 for line in wrapped)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def pdf_file(folder: Path, rng: random.Random, written: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for page in range(200):
        pdf.add_page()
        pdf.cell(0, 6, "The Weekly Ledger - Archive edition", new_x="LMARGIN", new_y="NEXT")
        for _ in range(7):
            written.append(paragraph(rng))
            pdf.multi_cell(0, 5, written[-1], new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, str(page + 1), new_x="LMARGIN", new_y="NEXT")
    path = folder / "report.pdf"
    pdf.output(str(path))
    return path


def main() -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for label, make in (("5 MB hard-wrapped text, no blank lines", text_file), ("200-page PDF", pdf_file)):
            written: list[str] = []
            path = make(folder, rng, written)
            size = path.stat().st_size / 2**20
            print(f"{label:<40} {size:5.1f} MB: {timed(path, written)}")


if __name__ == "__main__":
    main()
