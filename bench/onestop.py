"""OneStopEnglish: each advanced article against its elementary rewrite, recall of the silver sentence pairs.

The silver pairs (``derived/sentence_pairs_with_article.tsv``, ``exact`` matches of ``ADV-ELE.txt``) list only
some true 1:1 pairs, so only recall is meaningful: a pair is found when a link joins a left sentence and a right
sentence that overlap the pair's two sentences (compared on lower-case letters and digits). The five mislabelled
articles named in the corpus README are left out. Runs in process (175 small comparisons per loader).

    python bench/onestop.py [--loader plain|article|both]   # lines as paragraphs, the article loader, or both
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from evaldata import EVAL, LOADERS, ROOT, add_loader_argument, read_tsv, require_eval

sys.path.insert(0, str(ROOT))
from core import Document, compare, document_from_paragraphs, load_article

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


def level_path(title: str, level: str) -> Path:
    return EVAL / "onestopenglish" / "texts" / f"{level.capitalize()}-Txt" / f"{title}-{level}.txt"


def read_level(title: str, level: str, plain: bool) -> Document:
    """One article at one level: its lines as paragraphs (``--plain``), or through the article loader."""
    path = level_path(title, level)
    if plain:
        return document_from_paragraphs(path.read_text(encoding="utf-8-sig").splitlines())
    return load_article(path)


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_loader_argument(parser)
    args = parser.parse_args()
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in read_tsv(EVAL / "onestopenglish" / "derived" / "sentence_pairs_with_article.tsv"):
        if row["file"] == "ADV-ELE.txt" and row["match"] == "exact" and row["article"] not in EXCLUDED:
            pairs[row["article"]].append((row["sentence_1"], row["sentence_2"]))
    for plain in LOADERS[args.loader]:
        score(pairs, plain)


def score(pairs: dict[str, list[tuple[str, str]]], plain: bool) -> None:
    found = total = links = 0
    seconds = 0.0
    for title, article_pairs in sorted(pairs.items()):
        left, right = read_level(title, "adv", plain), read_level(title, "ele", plain)
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
        f"OneStopEnglish adv->ele {'--plain' if plain else 'article'}: {len(pairs)} articles, {total} silver pairs, "
        f"recall {found / total:.3f}, {links} links, {seconds:.2f} s in compare()"
    )


if __name__ == "__main__":
    main()
