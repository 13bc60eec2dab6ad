"""Near copies among several sources (one sentence in two versions), on Bible texts from ``../shared/eval``.

1. **Threshold.** Webster's 1833 revision edits the KJV lightly, verse by verse: a verse in both wordings is one
   sentence in two versions, as a wire correction is. For verses whose words differ, prints the share whose two
   versions reach each similarity (difflib ratio of the casefolded word lists, ``SourcesThresholds``), and the
   share of verses that reach it with some *other* verse of their chapter (false near copies).
2. **Splices.** Sources: a KJV chapter, its Webster re-issue, and a chapter of another book; the rewrite takes each
   verse of the first chapter verbatim in the KJV or the Webster wording at random, and every third verse of the
   other chapter. Prints the share of the rewrite's sentences in two versions (not word for word in the other
   wording: those are one sentence, aligned to the earliest) attributed to the version taken,
   and how many near copies stand twice on the left (two rows for one sentence) with near copies folded (the
   default) and with them off (``near_copy_min`` above 1: the comparison as it was before), in one run.

    python bench/near_copies.py [--seed 1] [--count 30]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict

from evaldata import EVAL, ROOT, read_tsv, require_eval

sys.path.insert(0, str(ROOT))
from core import CompareOptions, combine_sources, compare, document_from_paragraphs
from core.engine import attribute_sources
from core.load.near_copies import folded_words, near_copies, words_ratio
from core.options import SourcesThresholds

Verses = dict[tuple[int, int], list[str]]
OFF = CompareOptions(sources=SourcesThresholds(near_copy_min=1.01))  # no near copies: the comparison as before


def chapters(name: str) -> Verses:
    verses: Verses = defaultdict(list)
    for row in read_tsv(EVAL / "bible" / "derived" / name):
        verses[(int(row["book_num"]), int(row["chapter"]))].append(row["text"].strip())
    return verses


def threshold_table(kjv: Verses, webster: Verses, rng: random.Random, count: int) -> None:
    pairs, others = [], []
    shared = [c for c in webster if c in kjv and len(kjv[c]) == len(webster[c])]
    for chapter in rng.sample(shared, min(count * 3, len(shared))):
        old = [folded_words(v) for v in kjv[chapter]]
        for k, verse in enumerate(webster[chapter]):
            new = folded_words(verse)
            if new == old[k] or len(new) < SourcesThresholds().near_copy_words:
                continue
            pairs.append(words_ratio(new, old[k]))
            rest = (words_ratio(new, o) for j, o in enumerate(old) if j != k)
            others.append(max(rest, default=0.0))
    print(f"threshold: {len(pairs)} verses Webster reworded (KJV vs Webster, same verse) in {count * 3} chapters")
    print(f"{'similarity':>12} {'versions at or above':>22} {'other verse at or above':>25}")
    for t in (0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
        hit = sum(r >= t for r in pairs) / len(pairs)
        false = sum(r >= t for r in others) / len(others)
        print(f"{t:>12.2f} {hit:>22.3f} {false:>25.4f}")


Splice = tuple[list[str], list[int], list[str]]


def splice(
    kjv: Verses, webster: Verses, chapter: tuple[int, int], other: tuple[int, int], rng: random.Random
) -> Splice:
    """(rewrite paragraphs, each one's true source, the wording not taken) for one splice; source -1: a verse both
    wordings share exactly."""
    paragraphs, origins, others = [], [], []
    for old, new in zip(kjv[chapter], webster[chapter], strict=True):
        taken = rng.randrange(2)
        paragraphs.append((old, new)[taken])
        others.append((new, old)[taken])
        origins.append(-1 if folded_words(old) == folded_words(new) else taken)
    for verse in kjv[other][::3]:
        paragraphs.append(verse)
        origins.append(2)
        others.append("")
    return paragraphs, origins, others


def in_both(sentence: str, other: str) -> bool:
    """Whether a sentence of one wording stands word for word in the other (then it is aligned to the earliest)."""
    return f" {' '.join(folded_words(sentence))} " in f" {' '.join(folded_words(other))} "


def measure(sources: list[list[str]], rewrite: Splice, options: CompareOptions) -> tuple[int, int, int]:
    """(rewrite sentences in two versions, attributed to the version taken, near copies standing twice)."""
    paragraphs, origins, others = rewrite
    left = combine_sources([document_from_paragraphs(s, name=f"s{k}") for k, s in enumerate(sources)])
    result = compare(left, document_from_paragraphs(paragraphs), options)
    attributed = attribute_sources(result.left, result.links)
    two = [
        sid
        for sid in result.right.sentence_ids()
        if origins[sid.paragraph] in (0, 1) and not in_both(result.right.sentence(sid).text, others[sid.paragraph])
    ]
    right = sum(attributed.get(sid) == origins[sid.paragraph] for sid in two)
    twice = sum(len(group) - 1 for group in near_copies(result.left, SourcesThresholds(), lambda: False))
    return len(two), right, twice


def splices(kjv: Verses, webster: Verses, rng: random.Random, count: int) -> None:
    usable = [c for c in webster if c in kjv and len(kjv[c]) == len(webster[c]) >= 10]
    totals = {"folded (default)": [0, 0, 0], "off (as before)": [0, 0, 0]}
    for _ in range(count):
        chapter = rng.choice(usable)
        other = rng.choice([c for c in kjv if c[0] != chapter[0] and len(kjv[c]) >= 10])
        rewrite = splice(kjv, webster, chapter, other, rng)
        sources = [kjv[chapter], webster[chapter], kjv[other]]
        for label, options in (("folded (default)", CompareOptions()), ("off (as before)", OFF)):
            for k, value in enumerate(measure(sources, rewrite, options)):
                totals[label][k] += value
    print(f"\nsplices: {count} of a KJV chapter, its Webster re-issue and another book's chapter")
    for label, (two, right, twice) in totals.items():
        print(
            f"  near copies {label}: {two} rewrite sentences in two versions, attributed to the version taken "
            f"{right / two:.3f}; near copies standing twice on the left: {twice}"
        )


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1, help="random seed of the chapters and wordings")
    parser.add_argument("--count", type=int, default=30, help="splices (and a third as many chapters for 1.)")
    args = parser.parse_args()
    started = time.process_time()
    kjv, webster = chapters("kjv.tsv"), chapters("webster_subset.tsv")
    threshold_table(kjv, webster, random.Random(args.seed), args.count)
    splices(kjv, webster, random.Random(args.seed), args.count)
    print(f"\n{time.process_time() - started:.1f} CPU s in all")


if __name__ == "__main__":
    main()
