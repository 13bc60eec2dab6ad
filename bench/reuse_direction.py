"""Which article of a reuse pair is the source, when no article is dated: ``reuse`` on undated real texts.

    python bench/reuse_direction.py [--size 1000] [--packaged 0.5] [--seed 14] [--keep DIR]

The corpus (``--size`` articles, no dates) holds every OneStopEnglish article at its three levels, where the
truth is known: the Advanced text is the original, the Intermediate and Elementary ones are rewrites of it;
SWiPE pages and Bible pieces (``bench/corpus_data.py``) fill it to ``--size``. Each article carries its outlet's
lines (as in ``corpus_data``); a share ``--packaged`` of the rewrites also carry what an aggregator adds to a
story it takes (a short intro, a plug, a credit line naming the original's outlet or not; lines written here).

``reuse`` runs in this process (``core.corpus.find_reuse``: the candidate join, then each candidate verified
and directed by ``core.corpus.direction``); printed: the Advanced pairs found (recall), the share directed
right (the Advanced text as the source) by the rule ``reuse`` uses, and in the same run, on the same pairs, by
the sentence-count rule Parallax used before (``left_reused > right_from_left`` of the comparison with the
lower id on the left: the side more of whose sentences the other uses is the rewrite), split by pairs with
and without packaging; and the Intermediate/Elementary pairs (both rewrites of the Advanced text: which was
written from which is not known; the share that makes the Intermediate one the source is printed, no truth).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus_data import OUTLETS, Article, all_families, write_corpus
from evaldata import ROOT, require_eval

sys.path.insert(0, str(ROOT))

from core.corpus import CorpusIndex, find_reuse, update_index
from core.corpus.direction import Direction, DirectionThresholds, direction
from core.corpus.judge import judge
from core.corpus.reuse import stock_free_loader
from core.corpus.scan import Skip
from core.corpus.stock import common_features
from core.engine import compare
from core.model import Document

INTROS = (
    "Here is what you need to know about this story today.",
    "In case you missed it, this was one of the most read stories of the week.",
    "We picked this story out for our readers this morning.",
    "This is the story everyone is talking about right now.",
    "Our editors chose this report for you from around the web.",
)
OUTROS = (
    "Follow us for more stories like this every day.",
    "Tell us what you think in the comments below.",
    "Stay with us for more updates throughout the day.",
    "This article was curated by our news team.",
    "Like this story? Share it with your friends and family.",
)
CREDITS = (
    "Read more at the {outlet}.",
    "This story first appeared in the {outlet}.",
    "Source: the {outlet}.",
    "Originally published by the {outlet}.",
)


def packaged(article: Article, original: Article, rng: random.Random) -> Article:
    """The rewrite as an aggregator prints it: an intro, the text, a plug and (two times in three) a credit."""
    lines = [rng.choice(INTROS), *article.paragraphs, rng.choice(OUTROS)]
    if rng.random() < 2 / 3:
        lines.append(rng.choice(CREDITS).format(outlet=OUTLETS[original.outlet][0]))
    return Article(article.key, article.family, article.title, lines, article.outlet)


def corpus(size: int, share: float, seed: int) -> tuple[list[Article], set[str]]:
    """The undated corpus and the keys of the packaged rewrites (see the module docstring)."""
    rng = random.Random(seed)
    families = all_families()
    articles: list[Article] = []
    packed: set[str] = set()
    for name in sorted(f for f in families if f.startswith("ose:")):
        versions = families[name]
        for version in versions:
            version.outlet = rng.randrange(len(OUTLETS))
        original = versions[0]
        for version in versions:
            if version is not original and rng.random() < share:
                version = packaged(version, original, rng)
                packed.add(version.key)
            articles.append(version)
    others = sorted(f for f in families if not f.startswith("ose:"))
    rng.shuffle(others)
    for name in others:
        if len(articles) >= size:
            break
        for version in families[name]:
            version.outlet = rng.randrange(len(OUTLETS))
            articles.append(version)
    return articles[:size], packed


MARGINS = (0.0, 0.05, 0.1, 0.15, 0.25, 1.0)  # containment margins tried on the same comparisons (1.0: length alone)


def both_rules(first: str, second: str, load: Callable[[str], Document | Skip]) -> tuple[str, list[Direction]]:
    """The source by the sentence-count rule before, and the directions ``core.corpus.direction`` gives with each
    of ``MARGINS`` (the default among them), from one comparison with ``first`` on the left."""
    left, right = load(first), load(second)
    if isinstance(left, Skip) or isinstance(right, Skip):
        return "", []
    comparison = compare(left, right)
    judgement = judge(comparison)
    before = second if judgement.left_reused > judgement.right_from_left else first
    return before, [direction(comparison, DirectionThresholds(margin)) for margin in MARGINS]


def level(key: str) -> str:
    return key.rsplit("-", 1)[-1]


Ruled = tuple[str, str, str, list[Direction]]  # the true source, the two paths compared, the directions


def by_margin(rules: list[Ruled]) -> None:
    """The direction rule's accuracy by the evidence that decided, and with each of ``MARGINS``."""
    default = MARGINS.index(DirectionThresholds().containment_margin)
    evidence: dict[str, list[bool]] = {}
    margins: list[list[bool]] = [[] for _ in MARGINS]
    for source, first, second, directions in rules:
        right = [(second if found.swapped else first) == source for found in directions]
        for k, ok in enumerate(right):
            margins[k].append(ok)
        evidence.setdefault(directions[default].evidence.value, []).append(right[default])
    print("  the rule on the same comparisons, by the evidence that decided: "
          + ", ".join(f"{why} {sum(ok)}/{len(ok)}" for why, ok in sorted(evidence.items())))  # fmt: skip
    uncredited = [k for k, (*_, directions) in enumerate(rules) if directions[default].evidence.value != "credit"]
    print(f"  the {len(uncredited)} pairs no credit decided, by containment margin (1.0: length alone): "
          + ", ".join(f"{m} {sum(margins[k][i] for i in uncredited)}" for k, m in enumerate(MARGINS)))  # fmt: skip


def report(
    articles: list[Article],
    paths: list[Path],
    packed: set[str],
    pairs: list[tuple[str, str]],
    load: Callable[[str], Document | Skip],
) -> None:
    """Recall of the Advanced pairs, and their direction by reuse, by the sentence rule and by the rule."""
    by_path = {str(path): article for article, path in zip(articles, paths, strict=True)}
    ose = [(by_path[s], by_path[r]) for s, r in pairs if by_path[s].family == by_path[r].family
           and by_path[s].family.startswith("ose:")]  # fmt: skip
    advanced = [(s, r) if level(s.key) == "adv" else (r, s) for s, r in ose if "adv" in (level(s.key), level(r.key))]
    turned = {(r.key, s.key) for s, r in ose if level(r.key) == "adv"}  # pairs reuse wrote with the Advanced second
    expected = sum(1 for a in articles if a.family.startswith("ose:") and level(a.key) != "adv")
    print(f"Advanced pairs found: {len(advanced)} of {expected} ({len(advanced) / max(1, expected):.3f})")
    path_of = {article.key: str(path) for article, path in zip(articles, paths, strict=True)}
    rules: dict[str, tuple[str, Ruled]] = {}
    for source, rewrite in advanced:
        first, second = sorted((path_of[source.key], path_of[rewrite.key]))
        before, directions = both_rules(first, second, load)
        rules[rewrite.key] = (before, (path_of[source.key], first, second, directions))
    for label, chosen in (("all", advanced), ("packaged", [p for p in advanced if p[1].key in packed]),
                          ("plain", [p for p in advanced if p[1].key not in packed])):  # fmt: skip
        n = max(1, len(chosen))
        now = sum((s.key, r.key) not in turned for s, r in chosen)
        old = sum(rules[r.key][0] == path_of[s.key] for s, r in chosen)
        print(f"  {label:<8} {len(chosen):>4} pairs: Advanced as the source in reuse's output {now / n:.3f} ({now}); "
              f"by the sentence-count rule {old / n:.3f} ({old})")  # fmt: skip
    by_margin([ruled for _, ruled in rules.values()])
    others = [(s, r) for s, r in ose if "adv" not in (level(s.key), level(r.key))]
    intermediate = sum(level(s.key) == "int" for s, _ in others)
    print(f"Intermediate/Elementary pairs (no truth): {len(others)}, the Intermediate text as the source in "
          f"{intermediate / max(1, len(others)):.3f}")  # fmt: skip


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--packaged", type=float, default=0.5, help="share of the rewrites an aggregator packaged")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=Path, help="a folder for the temporary corpus (default: the system's)")
    args = parser.parse_args()
    articles, packed = corpus(args.size, args.packaged, args.seed)
    with tempfile.TemporaryDirectory(dir=args.keep) as folder:
        paths = write_corpus(articles, Path(folder) / "corpus")
        started = time.perf_counter()
        with CorpusIndex.open(Path(folder) / "index") as index:
            update_index(index, [str(Path(folder) / "corpus")])
            result = find_reuse(index, [str(Path(folder) / "corpus")])
            load = stock_free_loader(common_features(index))
        print(f"{len(articles):,} undated articles, {len(packed)} packaged rewrites; reuse: {result.candidates:,} "
              f"candidate pairs, {len(result.pairs):,} pairs, {time.perf_counter() - started:.0f} s")  # fmt: skip
        report(articles, paths, packed, [(p.source, p.rewrite) for p in result.pairs], load)


if __name__ == "__main__":
    main()
