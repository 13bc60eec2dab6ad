"""Anderson's New Testament against the Twentieth Century New Testament (free paraphrase), one verse a paragraph.

Scored by verse id with one verse of slack: a predicted (left verse, right verse) pair is right when both are in
the same chapter and at most one verse apart; a verse present on both sides is found when some predicted pair
of it is right. Prints precision, recall, F1 and time, through ``main.py --json``.

    python bench/bible_paraphrase.py                 # Matthew; Romans + 1 John; the whole New Testament
    python bench/bible_paraphrase.py --every-book    # each book alone, the five lowest F1s
    python bench/bible_paraphrase.py --books 55,65   # those books, each alone
    ... --loader plain|article|both                  # main.py --plain, without it (the user's path), or both

``exact F1`` scores the same links with no slack: the two verses must have the same id.
"""

from __future__ import annotations

import argparse

from evaldata import EVAL, LOADERS, add_loader_argument, paragraph_pairs, read_tsv, require_eval, run_main_json

Verse = tuple[int, int, int]


def load(name: str, books: set[int] | None) -> tuple[list[Verse], list[str]]:
    verses, texts = [], []
    for row in read_tsv(EVAL / "bible" / "derived" / name):
        book = int(row["book_num"])
        if (books is None or book in books) and row["text"].strip():
            verses.append((book, int(row["chapter"]), int(row["verse"])))
            texts.append(row["text"])
    return verses, texts


def close(a: Verse, b: Verse, slack: int) -> bool:
    return a[:2] == b[:2] and abs(a[2] - b[2]) <= slack


def score(pairs: list[tuple[Verse, Verse]], shared: set[Verse], slack: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of predicted verse pairs, with ``slack`` verses of tolerance."""
    correct = [pair for pair in pairs if close(*pair, slack)]
    found = {a for a, _ in correct if a in shared}
    recall = len(found) / len(shared)
    precision = len(correct) / len(pairs) if pairs else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def run(label: str, books: set[int] | None, plain: bool) -> tuple[float, float]:
    """Score one selection; returns its F1 with one verse of slack and exact."""
    left_verses, left = load("anderson_nt.tsv", books)
    right_verses, right = load("twentieth_century_nt.tsv", books)
    done = run_main_json(left, right, plain=plain)
    pairs = [(left_verses[lp], right_verses[rp]) for lp, rp in paragraph_pairs(done)]
    shared = set(left_verses) & set(right_verses)
    precision, recall, f1 = score(pairs, shared, 1)
    exact = score(pairs, shared, 0)
    print(
        f"{label:<18} {done.label:<8} {len(left):>5} vs {len(right):>5} verses: P {precision:.3f} R {recall:.3f} "
        f"F1 {f1:.3f}  exact F1 {exact[2]:.3f}  {done.cost()}",
        flush=True,
    )
    return f1, exact[2]


NT_BOOKS = range(40, 67)


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every-book", action="store_true", help="each of the 27 books on its own: the lowest F1")
    parser.add_argument("--books", help="comma-separated book numbers, each scored on its own")
    add_loader_argument(parser)
    args = parser.parse_args()
    for plain in LOADERS[args.loader]:
        if args.every_book:
            scores = sorted((*run(f"book {b}", {b}, plain), b) for b in NT_BOOKS)
            print("  lowest F1: " + ", ".join(f"book {b} {f:.3f} (exact {e:.3f})" for f, e, b in scores[:5]))
            continue
        if args.books:
            for b in args.books.split(","):
                run(f"book {b}", {int(b)}, plain)
            continue
        run("Matthew", {40}, plain)
        run("Romans + 1 John", {45, 62}, plain)
        run("New Testament", None, plain)


if __name__ == "__main__":
    main()
