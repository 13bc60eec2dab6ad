"""KJV (one verse a paragraph) against the World English Bible (its own paragraphs), through ``main.py --json``.

Links are scored as (KJV verse, WEB paragraph) pairs by verse id: a KJV verse belongs with every WEB block that
holds its id. Prints precision, recall, F1, wall time and peak memory per selection.

    python bench/bible_web.py                      # Genesis; Romans + 1 John; Genesis+Exodus (doubling)
    python bench/bible_web.py --books all          # the whole Bible
    python bench/bible_web.py --books 1,45,62      # any book numbers
    python bench/bible_web.py --scaling            # a quarter, half and all of the Bible: doubling ratios
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from evaldata import EVAL, paragraph_pairs, prf, read_tsv, require_eval, run_main_json

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


def run(label: str, books: set[int] | None) -> float:
    verses, kjv, block_ids, web, gold = load(books)
    result, seconds, peak = run_main_json(kjv, web)
    predicted = {(verses[lp], block_ids[rp]) for lp, rp in paragraph_pairs(result)}
    gold_pairs = {(v, b) for v in verses for b in gold.get(v, ())}
    words = sum(len(t.split()) for t in kjv) + sum(len(t.split()) for t in web)
    print(
        f"{label:<22} {len(kjv):>6} verses vs {len(web):>5} paragraphs, {words / 1000:>6.0f}k words: "
        f"{prf(len(predicted), len(gold_pairs), len(predicted & gold_pairs))}  {seconds:6.2f} s  {peak:6.0f} MB"
    )
    return seconds


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--books", help="comma-separated book numbers, or 'all'")
    parser.add_argument("--scaling", action="store_true", help="a quarter, half and all of the Bible: time ratios")
    args = parser.parse_args()
    if args.scaling:
        quarter = run("first quarter", books_up_to(0.25))
        half = run("first half", books_up_to(0.5))
        whole = run("whole Bible", None)
        print(f"time ratio half/quarter {half / quarter:.2f}x, whole/half {whole / half:.2f}x (input about 2x each)")
    elif args.books == "all":
        run("whole Bible", None)
    elif args.books:
        run(f"books {args.books}", {int(b) for b in args.books.split(",")})
    else:
        run("Genesis", {1})
        run("Romans + 1 John", {45, 62})
        run("Genesis + Exodus", {1, 2})


if __name__ == "__main__":
    main()
