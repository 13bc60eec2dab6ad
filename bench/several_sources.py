"""Several sources and the verdict, on texts from ``../shared/eval`` spliced at run time with known origins.

1. **Attribution.** Splices: three OneStopEnglish articles as sources (advanced level) and a rewrite made of
   their elementary versions, two paragraphs at a time from each in turn; and three Bible chapters of different
   books as sources (KJV, a verse a paragraph) against their WEB paragraphs interleaved the same way. Every
   rewrite sentence's true source is known; prints the share of linked rewrite sentences attributed to it
   (target >= 0.97), and the share of all rewrite sentences linked at all.
2. **Verdict.** Pairs built to be *wholly derived* (an article's advanced level against its elementary level; a
   KJV chapter against the WEB's), *partially derived* (half of the rewrite's words from the source's rewrite,
   the rest from another text) and *independent* (OneStopEnglish: the most similar other article, by TF-IDF of
   its words, so on the same subject; Bible: a chapter of another book). Prints the confusion table and the
   measured ``taken_share`` of each class, from which the verdict's thresholds are set.

    python bench/several_sources.py [--seed 1] [--count 40]
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace

from evaldata import EVAL, ROOT, read_tsv, require_eval

sys.path.insert(0, str(ROOT))
from core import combine_sources, compare, document_from_paragraphs
from core.engine import Verdict, attribute_sources
from core.text import STOP_WORDS

EXCLUDED = {"Royal Baby", "WNL Arctic Ramadan", "WNL Tributes", "WNL Use of e-cig", "WNL The millenials"}
LEVEL_LINES = {"Intermediate", "Elementary", "Advanced"}  # a first line naming the level is no article text
BLOCK = 2  # paragraphs taken from one source before the splice moves to the next
Texts = list[str]


def read_level(title: str, level: str) -> Texts:
    path = EVAL / "onestopenglish" / "texts" / f"{level.capitalize()}-Txt" / f"{title}-{level}.txt"
    lines = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    return lines[1:] if lines and lines[0] in LEVEL_LINES else lines


def onestop_titles() -> list[str]:
    folder = EVAL / "onestopenglish" / "texts" / "Adv-Txt"
    return sorted(p.name[: -len("-adv.txt")] for p in folder.glob("*-adv.txt") if p.name[:-8] not in EXCLUDED)


def bible_chapters() -> tuple[dict[tuple[int, int], Texts], dict[tuple[int, int], Texts]]:
    """KJV verses and WEB paragraphs of every chapter (a WEB paragraph belongs to the chapter it starts in)."""
    kjv: dict[tuple[int, int], Texts] = defaultdict(list)
    for row in read_tsv(EVAL / "bible" / "derived" / "kjv.tsv"):
        if row["text"].strip():
            kjv[(int(row["book_num"]), int(row["chapter"]))].append(row["text"])
    blocks: dict[str, list[str]] = {}
    chapter_of: dict[str, tuple[int, int]] = {}
    for row in read_tsv(EVAL / "bible" / "derived" / "web_segments.tsv"):
        blocks.setdefault(row["block_id"], []).append(row["text"])
        chapter_of.setdefault(row["block_id"], (int(row["book_num"]), int(row["chapter"])))
    web: dict[tuple[int, int], Texts] = defaultdict(list)
    for block, texts in blocks.items():
        if " ".join(texts).strip():
            web[chapter_of[block]].append(" ".join(texts))
    return kjv, web


def splice(rewrites: list[Texts]) -> tuple[Texts, list[int]]:
    """Paragraphs of several rewrites, BLOCK at a time from each in turn, and each paragraph's origin."""
    paragraphs, origins, start = [], [], 0
    while any(start < len(r) for r in rewrites):
        for number, rewrite in enumerate(rewrites):
            chunk = rewrite[start : start + BLOCK]
            paragraphs += chunk
            origins += [number] * len(chunk)
        start += BLOCK
    return paragraphs, origins


def attribution(sources: list[Texts], rewrites: list[Texts], one_alignment: bool = False) -> tuple[int, int, int]:
    """(rewrite sentences, linked, linked to their true source) for one splice. ``one_alignment``: the peer, the
    sources aligned as one document (no per-source alignment), attributed by the paragraphs' sources after."""
    left = combine_sources([document_from_paragraphs(s, name=f"s{k}") for k, s in enumerate(sources)])
    paragraphs, origins = splice(rewrites)
    flat = replace(left, paragraphs=tuple(replace(p, source=0) for p in left.paragraphs), sources=())
    result = compare(flat if one_alignment else left, document_from_paragraphs(paragraphs))
    attributed = attribute_sources(left if one_alignment else result.left, result.links)  # result.left: near
    # copies folded (the flat peer has one source, so nothing is folded and its links address ``left``)
    sentences = result.right.sentence_ids()
    right_correct = sum(attributed.get(sid) == origins[sid.paragraph] for sid in sentences)
    return len(sentences), len(attributed), right_correct


def half_words(first: Texts, second: Texts) -> Texts:
    """The first paragraphs of ``first`` holding about half its words, then ``second``'s up to as many words."""
    target = sum(len(p.split()) for p in first) / 2
    taken: Texts = []
    for paragraph in first:
        if sum(len(p.split()) for p in taken) >= target:
            break
        taken.append(paragraph)
    own = sum(len(p.split()) for p in taken)
    added: Texts = []
    for paragraph in second:
        if sum(len(p.split()) for p in added) >= own:
            break
        added.append(paragraph)
    return taken + added


def most_similar(titles: list[str]) -> dict[str, str]:
    """For each article, the other article closest to it by TF-IDF cosine of its advanced text's words."""
    counts = {
        t: Counter(w for w in re.findall(r"[a-z]+", " ".join(read_level(t, "adv")).lower()) if w not in STOP_WORDS)
        for t in titles
    }
    df = Counter(w for c in counts.values() for w in c)
    vectors = {}
    for title, c in counts.items():
        weights = {w: n * math.log(len(titles) / df[w]) for w, n in c.items()}
        norm = math.sqrt(sum(x * x for x in weights.values())) or 1.0
        vectors[title] = {w: x / norm for w, x in weights.items()}

    def cosine(a: str, b: str) -> float:
        return sum(x * vectors[b].get(w, 0.0) for w, x in vectors[a].items())

    return {a: max((b for b in titles if b != a), key=lambda b: cosine(a, b)) for a in titles}


def verdict_of(source: Texts, rewrite: Texts) -> tuple[Verdict, float]:
    summary = compare(document_from_paragraphs(source), document_from_paragraphs(rewrite)).summary
    assert summary is not None
    return summary.verdict, summary.taken_share


def print_attribution(label: str, totals: list[tuple[int, int, int]]) -> None:
    sentences, linked, correct = (sum(t[k] for t in totals) for k in range(3))
    print(
        f"attribution, {label}: {len(totals)} splices of 3 sources, {sentences} rewrite sentences, "
        f"{linked / sentences:.3f} linked; attributed to their true source: {correct / linked:.3f} of the linked "
        f"({correct / sentences:.3f} of all)"
    )


def print_confusion(label: str, results: dict[Verdict, list[tuple[Verdict, float]]]) -> None:
    order = list(Verdict)
    print(f"\nverdict, {label} (rows: built as; columns: verdict; then the measured taken_share)")
    print(f"{'':>20}" + "".join(f"{v.value:>19}" for v in order) + "   taken_share min / median / max")
    for built in order:
        got = Counter(v for v, _ in results[built])
        shares = sorted(s for _, s in results[built])
        middle = shares[len(shares) // 2]
        print(
            f"{built.value:>20}" + "".join(f"{got[v]:>19}" for v in order)
            + f"   {shares[0]:.2f} / {middle:.2f} / {shares[-1]:.2f}"
        )  # fmt: skip
    right = sum(sum(v is built for v, _ in results[built]) for built in order)
    print(f"{'accuracy':>20} {right / sum(len(r) for r in results.values()):.3f}")


def onestop(rng: random.Random, count: int) -> None:
    titles = onestop_titles()
    totals, peer = [], []
    for _ in range(count):
        chosen = rng.sample(titles, 3)
        sources, rewrites = [read_level(t, "adv") for t in chosen], [read_level(t, "ele") for t in chosen]
        totals.append(attribution(sources, rewrites))
        peer.append(attribution(sources, rewrites, one_alignment=True))
    print_attribution("OneStopEnglish (advanced sources, elementary rewrite)", totals)
    print_attribution("  peer: the sources aligned as one document", peer)
    similar = most_similar(titles)
    results: dict[Verdict, list[tuple[Verdict, float]]] = defaultdict(list)
    for title in rng.sample(titles, count):
        other = rng.choice([t for t in titles if t != title])
        adv, ele = read_level(title, "adv"), read_level(title, "ele")
        results[Verdict.WHOLLY_DERIVED].append(verdict_of(adv, ele))
        results[Verdict.PARTIALLY_DERIVED].append(verdict_of(adv, half_words(ele, read_level(other, "ele"))))
        results[Verdict.INDEPENDENT].append(verdict_of(adv, read_level(similar[title], "ele")))
    print_confusion("OneStopEnglish; independent = the most similar other article", results)


def bible(rng: random.Random, count: int) -> None:
    kjv, web = bible_chapters()
    chapters = sorted(c for c in kjv if c in web and len(kjv[c]) >= 10)
    totals, peer = [], []
    for _ in range(count):
        books = rng.sample(sorted({book for book, _ in chapters}), 3)
        chosen = [rng.choice([c for c in chapters if c[0] == book]) for book in books]
        totals.append(attribution([kjv[c] for c in chosen], [web[c] for c in chosen]))
        peer.append(attribution([kjv[c] for c in chosen], [web[c] for c in chosen], one_alignment=True))
    print_attribution("Bible (KJV chapters of 3 books, WEB paragraphs)", totals)
    print_attribution("  peer: the sources aligned as one document", peer)
    results: dict[Verdict, list[tuple[Verdict, float]]] = defaultdict(list)
    for chapter in rng.sample(chapters, count):
        other = rng.choice([c for c in chapters if c[0] != chapter[0]])
        results[Verdict.WHOLLY_DERIVED].append(verdict_of(kjv[chapter], web[chapter]))
        results[Verdict.PARTIALLY_DERIVED].append(verdict_of(kjv[chapter], half_words(web[chapter], web[other])))
        results[Verdict.INDEPENDENT].append(verdict_of(kjv[chapter], web[other]))
    print_confusion("Bible chapters, KJV against WEB; independent = a chapter of another book", results)


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1, help="random seed of the splices and pairs")
    parser.add_argument("--count", type=int, default=40, help="splices, and pairs of each class, per corpus")
    args = parser.parse_args()
    started = time.perf_counter()
    onestop(random.Random(args.seed), args.count)
    print()
    bible(random.Random(args.seed), args.count)
    print(f"\n{time.perf_counter() - started:.1f} s in all")


if __name__ == "__main__":
    main()
