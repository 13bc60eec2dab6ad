"""OneStopEnglish: each advanced article against its elementary rewrite, recall of the silver sentence pairs.

The silver pairs (``derived/sentence_pairs_with_article.tsv``, ``exact`` matches of ``ADV-ELE.txt``) list only
some true 1:1 pairs, so only recall is meaningful: a pair is found when a link joins a left sentence and a right
sentence that overlap the pair's two sentences (compared on lower-case letters and digits). The five mislabelled
articles named in the corpus README are left out. Runs in process (189 small comparisons).

    python bench/onestop.py
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict

from evaldata import EVAL, ROOT, read_tsv, require_eval

sys.path.insert(0, str(ROOT))
from core import Document, compare, document_from_paragraphs

EXCLUDED = {"Royal Baby", "WNL Arctic Ramadan", "WNL Tributes", "WNL Use of e-cig", "WNL The millenials"}


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def sentence_ids(document: Document, silver: str) -> set[tuple[int, int]]:
    """Our sentences that a silver sentence contains or is contained in."""
    target = squash(silver)
    found = set()
    for p, paragraph in enumerate(document.paragraphs):
        for s, sentence in enumerate(paragraph.sentences):
            ours = squash(sentence.text)
            if ours and (ours in target or target in ours):
                found.add((p, s))
    return found


def read_level(title: str, level: str) -> list[str]:
    path = EVAL / "onestopenglish" / "texts" / f"{level.capitalize()}-Txt" / f"{title}-{level}.txt"
    return path.read_text(encoding="utf-8-sig").splitlines()


def main() -> None:
    require_eval()
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in read_tsv(EVAL / "onestopenglish" / "derived" / "sentence_pairs_with_article.tsv"):
        if row["file"] == "ADV-ELE.txt" and row["match"] == "exact" and row["article"] not in EXCLUDED:
            pairs[row["article"]].append((row["sentence_1"], row["sentence_2"]))
    found = total = links = 0
    seconds = 0.0
    for title, article_pairs in sorted(pairs.items()):
        left = document_from_paragraphs(read_level(title, "adv"))
        right = document_from_paragraphs(read_level(title, "ele"))
        started = time.perf_counter()
        result = compare(left, right)
        seconds += time.perf_counter() - started
        linked = {(lp, rp) for k in result.links for lp in k.left for rp in k.right}
        links += len(result.links)
        for adv, ele in article_pairs:
            total += 1
            lefts, rights = sentence_ids(left, adv), sentence_ids(right, ele)
            found += any((a, b) in linked for a in lefts for b in rights)
    print(
        f"OneStopEnglish adv->ele: {len(pairs)} articles, {total} silver pairs, recall {found / total:.3f}, "
        f"{links} links, {seconds:.2f} s in compare()"
    )


if __name__ == "__main__":
    main()
