"""Reference outputs: a fixed set of comparisons written as JSON, to tell whether a change altered any result.

    python bench/reference_outputs.py OUT                 # write the JSONs of this checkout into OUT
    python bench/reference_outputs.py OUT --tree DIR      # of another checkout (a worktree of the base)
    python bench/reference_outputs.py NEW --against OLD   # which of NEW's files differ from OLD's

The set: Genesis (KJV verses against WEB paragraphs) with and without ``--plain``, the seed pair (original,
rewrite) when ``../shared/seeds`` is there, and 40 OneStopEnglish pairs (the first 20 articles by name,
elementary against advanced and intermediate against advanced). Every commit that changes one of them says which
and why; a commit meant to change nothing shows "identical". The one measured field, ``"seconds"``, is written
as 0.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path

from evaldata import EVAL, ROOT, USER_ENV, read_tsv, require_eval

SEEDS = ROOT.parent / "shared" / "seeds"
SEED_PAIR = ("003_1a6dedba98f42d50.txt", "000_944d1ed5e1873fd6.txt")  # the original, its rewrite
ONESTOP_ARTICLES = 20
_SECONDS = re.compile(rb'("seconds": ?)[0-9.eE+-]+')


def genesis_inputs(folder: Path) -> tuple[Path, Path]:
    """Genesis as KJV verses and WEB paragraphs, a blank line between paragraphs."""
    kjv = [r["text"] for r in read_tsv(EVAL / "bible" / "derived" / "kjv.tsv") if r["book_num"] == "1"]
    blocks: dict[str, list[str]] = {}
    for row in read_tsv(EVAL / "bible" / "derived" / "web_segments.tsv"):
        if row["book_num"] == "1":
            blocks.setdefault(row["block_id"], []).append(row["text"])
    web = [" ".join(texts) for texts in blocks.values() if " ".join(texts).strip()]
    left, right = folder / "gen_l.txt", folder / "gen_r.txt"
    left.write_text("\n\n".join(t for t in kjv if t.strip()) + "\n", encoding="utf-8")
    right.write_text("\n\n".join(web) + "\n", encoding="utf-8")
    return left, right


def onestop_pairs() -> list[tuple[str, Path, Path]]:
    """(name, left, right) of the OneStopEnglish pairs."""
    texts = EVAL / "onestopenglish" / "texts"
    pairs = []
    for advanced in sorted((texts / "Adv-Txt").glob("*-adv.txt"))[:ONESTOP_ARTICLES]:
        stem = advanced.name[: -len("-adv.txt")]
        for level, folder in (("ele", "Ele-Txt"), ("int", "Int-Txt")):
            lower = texts / folder / f"{stem}-{level}.txt"
            if lower.is_file():
                pairs.append((f"ose_{stem.replace(' ', '_')}_{level}", lower, advanced))
    return pairs


def write_outputs(tree: Path, out: Path) -> None:
    """Run ``tree``'s main.py on every pair of the set, one JSON each, and an md5 list."""
    out.mkdir(parents=True, exist_ok=True)
    left, right = genesis_inputs(out)
    jobs: list[tuple[str, Path, Path, list[str]]] = [
        ("genesis_article", left, right, []),
        ("genesis_plain", left, right, ["--plain"]),
    ]
    if (SEEDS / SEED_PAIR[0]).is_file():
        jobs.append(("seed_pair", SEEDS / SEED_PAIR[0], SEEDS / SEED_PAIR[1], []))
    jobs += [(name, lower, upper, []) for name, lower, upper in onestop_pairs()]
    python = tree / ".venv" / "bin" / "python"
    for name, a, b, flags in jobs:
        target = out / f"{name}.json"
        command = [str(python if python.exists() else sys.executable), "main.py", str(a), str(b), *flags]
        subprocess.run([*command, "--json", str(target)], check=True, cwd=tree, env=USER_ENV)
        target.write_bytes(_without_timing(target.read_bytes()))
    sums = [f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.name}" for p in sorted(out.glob("*.json"))]
    (out / "md5").write_text("\n".join(sums) + "\n", encoding="utf-8")
    print(f"{len(sums)} JSONs written to {out}")


def compare(new: Path, old: Path) -> int:
    """Print which JSONs differ; 0 when every one is identical."""
    names = sorted({p.name for p in new.glob("*.json")} | {p.name for p in old.glob("*.json")})
    differ = [n for n in names if not (new / n).is_file() or not (old / n).is_file() or _differs(new / n, old / n)]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)} of {len(names)} identical")
    return 1 if differ else 0


def _without_timing(data: bytes) -> bytes:
    """The JSON with its one measured field, the comparison's ``seconds``, set to 0."""
    return _SECONDS.sub(rb"\g<1>0", data, count=1)


def _differs(a: Path, b: Path) -> bool:
    return _without_timing(a.read_bytes()) != _without_timing(b.read_bytes())


def main() -> int:
    require_eval()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="the folder of JSONs to write (or, with --against, to compare)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose main.py runs")
    parser.add_argument("--against", type=Path, help="a folder written earlier: compare instead of writing")
    args = parser.parse_args()
    if args.against:
        return compare(args.out, args.against)
    write_outputs(args.tree.resolve(), args.out.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
