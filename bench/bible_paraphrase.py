"""Anderson's New Testament against the Twentieth Century New Testament (free paraphrase), one verse a paragraph.

Scored by verse id with one verse of slack: a predicted (left verse, right verse) pair is right when both are in
the same chapter and at most one verse apart; a verse present on both sides is found when some predicted pair
of it is right. Prints precision, recall, F1 and time, through ``main.py --json``.

    python bench/bible_paraphrase.py                 # Matthew; Romans + 1 John; the whole New Testament
"""

from __future__ import annotations

from evaldata import EVAL, paragraph_pairs, read_tsv, require_eval, run_main_json

Verse = tuple[int, int, int]


def load(name: str, books: set[int] | None) -> tuple[list[Verse], list[str]]:
    verses, texts = [], []
    for row in read_tsv(EVAL / "bible" / "derived" / name):
        book = int(row["book_num"])
        if (books is None or book in books) and row["text"].strip():
            verses.append((book, int(row["chapter"]), int(row["verse"])))
            texts.append(row["text"])
    return verses, texts


def close(a: Verse, b: Verse) -> bool:
    return a[:2] == b[:2] and abs(a[2] - b[2]) <= 1


def run(label: str, books: set[int] | None) -> None:
    left_verses, left = load("anderson_nt.tsv", books)
    right_verses, right = load("twentieth_century_nt.tsv", books)
    result, seconds, peak = run_main_json(left, right)
    pairs = [(left_verses[lp], right_verses[rp]) for lp, rp in paragraph_pairs(result)]
    correct = [pair for pair in pairs if close(*pair)]
    shared = set(left_verses) & set(right_verses)
    found = {a for a, _ in correct if a in shared}
    recall = len(found) / len(shared)
    precision = len(correct) / len(pairs) if pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"{label:<22} {len(left):>5} vs {len(right):>5} verses: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
        f"  {seconds:6.2f} s  {peak:6.0f} MB"
    )


def main() -> None:
    require_eval()
    run("Matthew", {40})
    run("Romans + 1 John", {45, 62})
    run("New Testament", None)


if __name__ == "__main__":
    main()
