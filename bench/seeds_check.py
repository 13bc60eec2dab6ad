"""Acceptance check on the real pair in ../shared/seeds: what loading and comparing make of it.

Prints each side's metadata, paragraph count and boilerplate, then the comparison's rows; exits 1 when an
expectation fails (metadata found, each body paragraph whole, no boilerplate left in a body).

    python bench/seeds_check.py
"""

from __future__ import annotations

import sys

from evaldata import EVAL, ROOT

sys.path.insert(0, str(ROOT))
from core import Document, compare, load_article
from core.load.boilerplate import is_boilerplate

SEEDS = EVAL.parent / "seeds"  # ../shared/seeds, or beside the folder PARALLAX_EVAL names


def describe(label: str, document: Document) -> list[str]:
    print(f"{label}: {document.name}")
    for field in ("title", "standfirst", "byline", "date", "dateline"):
        print(f"  {field:<10} {getattr(document, field)!r}")
    print(f"  {len(document.paragraphs)} body paragraphs; boilerplate set aside: {list(document.boilerplate)}")
    problems = [f"{label}: boilerplate left in body: {p.text!r}" for p in document.paragraphs if is_boilerplate(p.text)]
    problems += [
        f"{label}: paragraph not whole: {p.text[:50]!r}"
        for p in document.paragraphs
        if not p.text.rstrip().endswith((".", "”", '"', "!", "?"))
    ]
    return problems


def main() -> None:
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if len(files) != 2:
        print(f"skipped: no seed pair at {SEEDS} (set PARALLAX_EVAL to the shared eval folder)", file=sys.stderr)
        return  # like every bench without its data (a fresh clone has none): skipped, said so
    rewrite, original = (load_article(path) for path in files)  # 000_ is the aggregator's rewrite, 003_ the original
    problems = describe("original", original) + describe("rewrite", rewrite)
    if not (original.title and original.byline and original.date and original.standfirst):
        problems.append("original: headline, standfirst, byline or date not recognised")
    comparison = compare(original, rewrite)
    print(f"comparison: {len(comparison.links)} links, {len(comparison.rows)} rows in {comparison.seconds:.3f} s")
    for row in comparison.rows:
        print(f"  {row.kind.value:<9} left {list(row.left)!s:<8} right {list(row.right)}")
    for label, document, side in (("original", original, "left"), ("rewrite", rewrite, "right")):
        linked = {sid for link in comparison.links for sid in getattr(link, side)}
        unlinked = [sid for sid in document.sentence_ids() if sid not in linked]
        print(f"  {label}: {len(unlinked)} sentences in no link: {[tuple(sid) for sid in unlinked]}")
    for problem in problems:
        print("PROBLEM:", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
