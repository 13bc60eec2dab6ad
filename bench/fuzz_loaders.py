"""Fuzz the loaders with hypothesis for a while (not part of CI): random bytes and random mutations of valid
files of every format. Anything but an article or a LoadError is a finding; each becomes a regression test.

    python bench/fuzz_loaders.py --minutes 10
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from core import LoadError, load_article

SAMPLE = (Path(__file__).resolve().parent.parent / "assets" / "samples" / "original.txt").read_text(encoding="utf-8")


def seeds() -> dict[str, bytes]:
    """One valid file of each format, to mutate."""
    import docx
    from fpdf import FPDF

    made: dict[str, bytes] = {
        ".txt": SAMPLE.encode(),
        ".md": ("# Title\n\n" + SAMPLE).encode(),
        ".html": f"<html><body><article><p>{SAMPLE[:600]}</p></article></body></html>".encode(),
        ".rtf": ("{\\rtf1\\ansi " + SAMPLE[:600].replace("\n", "\\par ") + "}").encode(),
    }
    word = docx.Document()
    word.add_paragraph(SAMPLE[:600])
    buffer = io.BytesIO()
    word.save(buffer)
    made[".docx"] = buffer.getvalue()
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, SAMPLE[:600].replace("’", "'").replace("“", '"').replace("”", '"'))
    made[".pdf"] = bytes(pdf.output())
    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
                         'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
                         f"<office:text><text:p>{SAMPLE[:300]}</text:p></office:text></office:body>"
                         "</office:document-content>")  # fmt: skip
    made[".odt"] = odt.getvalue()
    return made


def mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    buffer = bytearray(data)
    for position, length, insert in edits:
        at = position % (len(buffer) + 1)
        buffer[at : at + length % 16] = insert
    return bytes(buffer)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    valid = seeds()
    crashes: dict[str, tuple[int, str]] = {}  # kind -> (count, one example)
    tried = [0]
    deadline = time.monotonic() + args.minutes * 60
    folder = Path(tempfile.mkdtemp())
    edit = st.tuples(st.integers(0, 1 << 20), st.integers(0, 64), st.binary(max_size=24))

    @settings(max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(sorted(valid)), st.lists(edit, max_size=6), st.booleans(), st.binary(max_size=4096))
    def run(suffix: str, edits: list[tuple[int, int, bytes]], raw: bool, noise: bytes) -> None:
        if time.monotonic() > deadline:
            raise KeyboardInterrupt
        tried[0] += 1
        path = folder / f"case{suffix}"
        path.write_bytes(noise if raw else mutate(valid[suffix], edits))
        try:
            load_article(path)
        except LoadError:
            pass
        except Exception as error:
            frames = [f for f in traceback.extract_tb(error.__traceback__) if "/core/" in f.filename]
            where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
            kind = f"{suffix} {type(error).__name__} at {where}"
            count, example = crashes.get(kind, (0, f"{error}"[:200]))
            crashes[kind] = (count + 1, example)

    with contextlib.suppress(KeyboardInterrupt):  # raised when the time is up
        run()
    total = sum(count for count, _ in crashes.values())
    print(f"fuzzed the loaders for {args.minutes:g} min: {tried[0]} inputs, {total} crashes of {len(crashes)} kinds")
    for kind, (count, example) in sorted(crashes.items(), key=lambda item: -item[1][0]):
        print(f"  {count:6d}  {kind}: {example}")


if __name__ == "__main__":
    main()
