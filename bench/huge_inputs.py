"""Huge and degenerate inputs through ``main.py --json`` (the user's path): time, memory and the JSON's size.

Generated here, never stored: a list of short numbered lines ("Line 1 of a very long list.", 17-20 MB at
600,000 lines) against a two-paragraph article; the same list against itself with small edits (a line in 500
reworded, one in 1,000 dropped, one in 1,000 added); and the list against a file that holds only boilerplate
(nothing left to compare once it is set aside). Targets: under 20 s and 2 GB each, the JSON under 10x the input.

    python bench/huge_inputs.py [--lines 600000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from evaldata import run_main_files

ARTICLE = (
    "The council approved the new budget on Monday after a long debate about schools, roads and the harbour.\n\n"
    "Officials said the plan would create 300 jobs over the coming years and cost about £12m in all.\n"
)
BOILERPLATE = "Advertisement\n\nCONTINUE READING\n\nShare this article\n\nRead more: Council news\n\nPOPULAR\n"


def numbered(count: int) -> list[str]:
    return [f"Line {k} of a very long list." for k in range(1, count + 1)]


def write_list_and_article(folder: Path, count: int) -> tuple[Path, Path]:
    """``count`` numbered lines and the two-paragraph article, written to ``list.txt`` and ``article.txt``."""
    left, right = folder / "list.txt", folder / "article.txt"
    left.write_text("\n".join(numbered(count)) + "\n", encoding="utf-8")
    right.write_text(ARTICLE, encoding="utf-8")
    return left, right


def edited(lines: list[str], rng: random.Random) -> list[str]:
    """The list with small edits: some lines reworded, dropped or added."""
    out = []
    for k, line in enumerate(lines):
        roll = rng.random()
        if roll < 0.001:
            continue
        out.append(line.replace("very long", "rather long") if roll < 0.003 else line)
        if rng.random() < 0.001:
            out.append(f"An extra note after line {k + 1}.")
    return out


def measure(label: str, left: Path, right: Path, out: Path) -> None:
    done = run_main_files(left, right, out)
    size = left.stat().st_size + right.stat().st_size
    outcome = (
        f"JSON {done.out_bytes / 2**20:6.1f} MB = {done.out_bytes / size:4.1f}x the input" if done.status == 0 else ""
    )
    message = f"  exit {done.status}: {done.stderr}" if done.status else ""
    print(
        f"{label:<36} input {size / 2**20:5.1f} MB: {done.seconds:6.1f} s ({done.cpu_seconds:5.1f} s CPU), "
        f"{done.peak_mb:6.0f} MB peak  {outcome}{message}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=600_000, help="lines in the generated list")
    args = parser.parse_args()
    lines = numbered(args.lines)
    with tempfile.TemporaryDirectory() as folder:
        files = {name: Path(folder, f"{name}.txt") for name in ("list", "article", "edited", "boilerplate")}
        files["list"].write_text("\n".join(lines) + "\n", encoding="utf-8")
        files["article"].write_text(ARTICLE, encoding="utf-8")
        files["edited"].write_text("\n".join(edited(lines, random.Random(16))) + "\n", encoding="utf-8")
        files["boilerplate"].write_text(BOILERPLATE, encoding="utf-8")
        out = Path(folder, "out.json")
        measure(f"{args.lines:,} lines vs a short article", files["list"], files["article"], out)
        measure(f"{args.lines:,} lines vs edited copy", files["list"], files["edited"], out)
        out.unlink(missing_ok=True)
        measure(f"{args.lines:,} lines vs only boilerplate", files["list"], files["boilerplate"], out)


if __name__ == "__main__":
    main()
