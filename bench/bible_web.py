"""KJV (one verse a paragraph) against the World English Bible (its own paragraphs), through ``main.py --json``.

Links are scored as (KJV verse, WEB paragraph) pairs by verse id: a KJV verse belongs with every WEB block that
holds its id. Prints precision, recall, F1, wall time and peak memory per selection.

    python bench/bible_web.py                      # Genesis; Romans + 1 John; Genesis+Exodus (doubling)
    python bench/bible_web.py --books all          # the whole Bible
    python bench/bible_web.py --books 1,45,62      # any book numbers
    python bench/bible_web.py --scaling            # a quarter, half and all of the Bible: growth factors
    python bench/bible_web.py --every-book         # each book alone, the five lowest F1s
    ... --loader plain|article|both                # main.py --plain, without it (the user's path), or both

Genesis also runs dwdiff and git diff --no-index --word-diff on the same files and prints main.py's time as a
multiple of theirs. The growth factor is the time ratio over the size ratio (1.0: linear).
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from evaldata import EVAL, LOADERS, add_loader_argument, f1, paragraph_pairs, prf, read_tsv, require_eval, run_main_json

Verse = tuple[int, int, int]


def load(books: set[int] | None) -> tuple[list[Verse], list[str], list[str], list[str], dict[Verse, set[str]]]:
    """KJV verses and texts, WEB block ids and texts, and the gold verse -> blocks map."""
    verses, kjv = [], []
    for row in read_tsv(EVAL / "bible" / "derived" / "kjv.tsv"):
        book = int(row["book_num"])
        if (books is None or book in books) and row["text"].strip():
            verses.append((book, int(row["chapter"]), int(row["verse"])))
            kjv.append(row["text"])
    blocks: dict[str, list[str]] = {}
    gold: dict[Verse, set[str]] = defaultdict(set)
    for row in read_tsv(EVAL / "bible" / "derived" / "web_segments.tsv"):
        book = int(row["book_num"])
        if books is not None and book not in books:
            continue
        blocks.setdefault(row["block_id"], []).append(row["text"])
        if row["verse"] != "0":
            gold[(book, int(row["chapter"]), int(row["verse"]))].add(row["block_id"])
    block_ids = [b for b, texts in blocks.items() if " ".join(texts).strip()]
    return verses, kjv, block_ids, [" ".join(blocks[b]) for b in block_ids], gold


def books_up_to(share: float) -> set[int]:
    """The first books of the KJV holding about ``share`` of its verses."""
    counts: dict[int, int] = {}
    for row in read_tsv(EVAL / "bible" / "derived" / "kjv.tsv"):
        counts[int(row["book_num"])] = counts.get(int(row["book_num"]), 0) + 1
    total, chosen, seen = sum(counts.values()), set(), 0
    for book in sorted(counts):
        if seen >= share * total:
            break
        chosen.add(book)
        seen += counts[book]
    return chosen


def run(label: str, books: set[int] | None, plain: bool, peers: bool = False) -> tuple[float, int, float]:
    """Score one selection; returns its seconds, its word count and its F1."""
    verses, kjv, block_ids, web, gold = load(books)
    done = run_main_json(kjv, web, plain=plain, peers=peers)
    predicted = {(verses[lp], block_ids[rp]) for lp, rp in paragraph_pairs(done)}
    gold_pairs = {(v, b) for v in verses for b in gold.get(v, ())}
    words = sum(len(t.split()) for t in kjv) + sum(len(t.split()) for t in web)
    correct = len(predicted & gold_pairs)
    print(
        f"{label:<18} {done.label:<8} {len(kjv):>6} verses vs {len(web):>5} paragraphs, {words / 1000:>5.0f}k words: "
        f"{prf(len(predicted), len(gold_pairs), correct)}  {done.cost()}"
        f"  {done.peer_ratios()}",
        flush=True,
    )
    return done.seconds, words, f1(len(predicted), len(gold_pairs), correct)


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--books", help="comma-separated book numbers, or 'all'")
    parser.add_argument("--scaling", action="store_true", help="a quarter, half and all of the Bible: growth factors")
    parser.add_argument("--every-book", action="store_true", help="each of the 66 books on its own: the lowest F1")
    add_loader_argument(parser)
    args = parser.parse_args()
    for plain in LOADERS[args.loader]:
        if args.scaling:
            scaling = (("first quarter", books_up_to(0.25)), ("first half", books_up_to(0.5)), ("whole Bible", None))
            runs = [run(label, books, plain) for label, books in scaling]
            for (t0, w0, _), (t1, w1, _), name in zip(runs, runs[1:], ("half/quarter", "whole/half"), strict=False):
                print(f"  growth {name}: time x{t1 / t0:.2f} for size x{w1 / w0:.2f}: factor {t1 / t0 / (w1 / w0):.2f}")
        elif args.every_book:
            scores = sorted((run(f"book {b}", {b}, plain)[2], b) for b in range(1, 67))
            print("  lowest F1: " + ", ".join(f"book {b} {score:.3f}" for score, b in scores[:5]))
        elif args.books == "all":
            run("whole Bible", None, plain)
        elif args.books:
            run(f"books {args.books}", {int(b) for b in args.books.split(",")}, plain)
        else:
            run("Genesis", {1}, plain, peers=True)
            run("Romans + 1 John", {45, 62}, plain)
            run("Genesis + Exodus", {1, 2}, plain)


if __name__ == "__main__":
    main()
