"""Huge and degenerate inputs through ``main.py --json`` (the user's path): time, memory and the JSON's size.

Generated here, never stored: a list of short numbered lines ("Line 1 of a very long list.", 17-20 MB at
600,000 lines) against a two-paragraph article; the same list against itself with small edits (a line in 500
reworded, one in 1,000 dropped, one in 1,000 added); and the list against a file that holds only boilerplate
(nothing left to compare once it is set aside). Targets: under 20 s and 2 GB each, the JSON under 10x the input.

``--sentence`` instead times one giant "sentence" (words, figures, ranges and quotes, no full stop) against the
article and against an edited copy of itself (a word in 100 dropped, some figures changed, a word added), at
10,000, 20,000, 40,000 and 80,000 words, and prints each step's growth factor (time ratio over size ratio: 1.0 is
linear, 2.0 quadratic); ``--budget S`` passes ``--time-budget S`` too.

    python bench/huge_inputs.py [--lines 600000] [--sentence [--words 10000 --steps 4] [--budget 5]]
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


_SENTENCE_WORDS = (
    "the ferry crews said that traders from the north and by the quay were up early about fares roads harbour "
    "officials expected more than between plans budget jobs years boats people rose down fell some around nearly "
    "at least Monday March per cent million, they said “we will” she added, saying Ann Lee said “it is fine” a "
    "spokeswoman said ‘shocking’ from 8 to 12 between 5 and 9 Mr Hale; Kim and Putin agreed"
).split()


def giant_sentence(words: int, rng: random.Random) -> str:
    """One line of ``words`` words with numbers, ranges and quotes sprinkled in, and no full stop."""
    out = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.06:
            out.append(str(rng.randint(2, 5000)))
        elif roll < 0.07:
            out.append(f"{rng.randint(2, 90)} items and {rng.randint(2, 90)} more")
        else:
            out.append(rng.choice(_SENTENCE_WORDS))
    return " ".join(out)


def edited_sentence(text: str, rng: random.Random) -> str:
    """The sentence with small edits: a word in 100 dropped, some figures changed, a word added now and then."""
    out = []
    for word in text.split(" "):
        roll = rng.random()
        if roll < 0.01:
            continue
        out.append(str(rng.randint(2, 5000)) if word.isdigit() and roll < 0.05 else word)
        if roll > 0.995:
            out.append("reportedly")
    return " ".join(out)


def measure_sentences(first: int, steps: int, flags: tuple[str, ...]) -> None:
    """The giant sentence against the article and against its edited copy, doubling its words each step."""
    with tempfile.TemporaryDirectory() as folder:
        article, giant, edited_copy, out = (Path(folder, n) for n in ("a.txt", "g.txt", "e.txt", "o.json"))
        article.write_text(ARTICLE, encoding="utf-8")
        before: dict[str, float] = {}
        for step in range(steps):
            words = first * 2**step
            text = giant_sentence(words, random.Random(16))
            giant.write_text(text + "\n", encoding="utf-8")
            edited_copy.write_text(edited_sentence(text, random.Random(17)) + "\n", encoding="utf-8")
            for label, left, right in (("vs article", article, giant), ("vs edited copy", giant, edited_copy)):
                done = run_main_files(left, right, out, flags)
                growth = f"growth {done.seconds / before[label] / 2:4.2f}" if label in before else ""
                before[label] = done.seconds
                status = f"  exit {done.status}: {done.stderr[-200:]}" if done.status else ""
                print(
                    f"{words:>7,} words, one sentence {label:<15} {giant.stat().st_size / 2**20:5.2f} MB: "
                    f"{done.seconds:6.1f} s, {done.peak_mb:5.0f} MB peak  {growth}{status}",
                    flush=True,
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=600_000, help="lines in the generated list")
    parser.add_argument("--sentence", action="store_true", help="time one giant sentence instead (see above)")
    parser.add_argument("--words", type=int, default=10_000, help="words of the first giant sentence")
    parser.add_argument("--steps", type=int, default=4, help="sizes, each twice the one before")
    parser.add_argument("--budget", type=float, help="pass --time-budget SECONDS to main.py")
    args = parser.parse_args()
    if args.sentence:
        measure_sentences(args.words, args.steps, () if args.budget is None else ("--time-budget", str(args.budget)))
        return
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
