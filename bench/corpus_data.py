"""Test corpora for the corpus benchmarks, built at run time from ``../shared/eval`` (nothing is kept).

Families are texts that exist in several versions: OneStopEnglish articles at three reading levels, SWiPE's
English and Simple Wikipedia pages, and Bible chapters cut into pieces of ``VERSES_PER_PIECE`` verses in every
version that has them (KJV, WEB, Webster, Noyes, Anderson, Twentieth Century). Any version of a family is a
source of any other.

``build_corpus(size, seed)`` returns the corpus articles and the queries:

* ``rewrite``: a version of a family held out of the corpus; the family's other versions are in it;
* ``planted``: a corpus article with paragraphs dropped and reordered, sentences and words deleted;
* ``splice``: a third of each of three held-out versions of three families;
* ``unrelated``: a version of a family none of whose versions is in the corpus (same sources, same topics,
  the same names in the Bible pieces): the true answer is "no source".

Every article carries the boilerplate lines of its outlet (eight outlets, lines written here), and each query
those of another outlet, so that shared boilerplate must not make a source. Past the real texts (about 11,000
articles) the corpus is filled with articles of words drawn at random from the real texts' word frequencies:
they make an index big without making a query easier.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from evaldata import EVAL, read_tsv

VERSES_PER_PIECE = 12
VERSES_PER_PARAGRAPH = 4
OSE_MISLABELLED = ("Royal Baby", "WNL Arctic Ramadan", "WNL Tributes", "WNL Use of e-cig", "WNL The millenials")
BIBLE_VERSIONS = ("kjv", "web", "webster_subset", "noyes", "anderson_nt", "twentieth_century_nt")
OUTLETS = (
    ("Morning Ledger", "Sign up to the Morning Ledger briefing, delivered every weekday at seven."),
    ("Riverside Courier", "Support independent local journalism: become a Riverside Courier member today."),
    ("Harbour Times", "Follow the Harbour Times on social media for the latest updates and live coverage."),
    ("Northgate Post", "Get the Northgate Post app for breaking news alerts on your phone."),
    ("Valley Examiner", "Have a story for the Valley Examiner? Contact our newsroom in confidence."),
    ("Capital Wire", "Capital Wire journalists verify every report before publication; read our standards."),
    ("Coastline Daily", "Coastline Daily is free to read thanks to readers who subscribe each month."),
    ("Meridian Herald", "Listen to the Meridian Herald podcast on every major podcast platform."),
)


@dataclass
class Article:
    key: str
    family: str
    title: str
    paragraphs: list[str]
    outlet: int = 0
    date: str = ""

    def text(self) -> str:
        name, line = OUTLETS[self.outlet]
        head = [self.title, self.date] if self.date else [self.title]
        tail = [line, f"Copyright {name}. All rights reserved."]
        return "\n\n".join([*head, *self.paragraphs, *tail]) + "\n"


@dataclass
class Query:
    kind: str
    article: Article
    families: set[str] = field(default_factory=set)  # the true sources' families; empty: no source


def _onestop() -> dict[str, list[Article]]:
    root = EVAL / "onestopenglish" / "texts"
    families: dict[str, list[Article]] = {}
    for adv in sorted((root / "Adv-Txt").glob("*-adv.txt")):
        name = adv.name.removesuffix("-adv.txt")
        if name in OSE_MISLABELLED:
            continue
        versions = []
        for level, folder in (("adv", "Adv-Txt"), ("int", "Int-Txt"), ("ele", "Ele-Txt")):
            path = root / folder / f"{name}-{level}.txt"
            if not path.exists():
                continue
            lines = [ln.strip() for ln in path.read_text(encoding="utf-8-sig").splitlines() if ln.strip()]
            lines = [ln for ln in lines if ln not in ("Intermediate", "Elementary", "Advanced")]
            versions.append(Article(f"ose-{name}-{level}", f"ose:{name}", name.title(), lines))
        if len(versions) >= 2:
            families[f"ose:{name}"] = versions
    return families


def _swipe() -> dict[str, list[Article]]:
    families: dict[str, list[Article]] = {}
    for file in ("swipe_val.json", "swipe_test_id.json"):
        for i, pair in enumerate(json.loads((EVAL / "swipe" / file).read_text(encoding="utf-8"))):
            family = f"swipe:{file[6:9]}{i}"
            versions = []
            for side in ("r", "s"):
                lines = [ln.strip() for ln in pair[f"{side}_content"].splitlines() if len(ln.split()) >= 4]
                if len(lines) >= 2:
                    versions.append(Article(f"swipe-{file[6:9]}{i}-{side}", family, pair[f"{side}_page"], lines))
            if len(versions) == 2:
                families[family] = versions
    return families


def _bible() -> dict[str, list[Article]]:
    pieces: dict[str, list[Article]] = defaultdict(list)
    for version in BIBLE_VERSIONS:
        chapters: dict[tuple[str, str], list[str]] = defaultdict(list)
        for row in read_tsv(EVAL / "bible" / "derived" / f"{version}.tsv"):
            chapters[(row["book"], row["chapter"])].append(row["text"])
        for (book, chapter), verses in chapters.items():
            for start in range(0, len(verses), VERSES_PER_PIECE):
                piece = verses[start : start + VERSES_PER_PIECE]
                if len(piece) < VERSES_PER_PIECE // 2:
                    continue
                paragraphs = [
                    " ".join(piece[i : i + VERSES_PER_PARAGRAPH]) for i in range(0, len(piece), VERSES_PER_PARAGRAPH)
                ]
                family = f"bible:{book}:{chapter}:{start}"
                title = f"{book} {chapter}:{start + 1}-{start + len(piece)}"
                pieces[family].append(Article(f"bible-{version}-{book}-{chapter}-{start}", family, title, paragraphs))
    return {family: versions for family, versions in pieces.items() if len(versions) >= 2}


def all_families() -> dict[str, list[Article]]:
    """Every family of the evaluation data, keyed by family name."""
    families = _onestop()
    families.update(_swipe())
    families.update(_bible())
    return families


def _planted(article: Article, rng: random.Random) -> Article:
    # at least two paragraphs, each ending a sentence: a lone paragraph ending in a comma would be read as a
    # standfirst by the loader, and the comparison (which compares body paragraphs) would see nothing
    paragraphs = [p for p in article.paragraphs if rng.random() < 0.7]
    if len(paragraphs) < 2:
        paragraphs = article.paragraphs[:2]
    rng.shuffle(paragraphs)
    edited = []
    for paragraph in paragraphs:
        sentences = re.split(r"(?<=[.!?])\s+", paragraph)
        if len(sentences) > 2:
            sentences.pop(rng.randrange(len(sentences)))
        words = " ".join(sentences).split()
        text = " ".join([*(w for w in words[:-1] if rng.random() > 0.15), *words[-1:]]).rstrip(",;:")
        edited.append(text if text.endswith((".", "!", "?", "”", '"', "’")) else text + ".")
    return Article(article.key + "-planted", article.family, article.title + " (rewritten)", edited)


def _splice(parts: list[Article], rng: random.Random) -> Article:
    paragraphs = []
    for part in parts:
        third = max(1, len(part.paragraphs) // 3)
        start = rng.randrange(0, max(1, len(part.paragraphs) - third + 1))
        paragraphs.extend(part.paragraphs[start : start + third])
    return Article("splice-" + "+".join(p.key for p in parts), "splice", "Spliced: " + parts[0].title, paragraphs)


def _filler(count: int, pool: list[Article], rng: random.Random) -> list[Article]:
    words = [w for article in pool[:3000] for p in article.paragraphs for w in p.split()]
    filler = []
    for i in range(count):
        paragraphs = []
        for _ in range(rng.randint(4, 9)):
            sentences = [" ".join(rng.choices(words, k=rng.randint(8, 24))).capitalize() + "." for _ in range(3)]
            paragraphs.append(" ".join(sentences))
        filler.append(Article(f"filler-{i}", f"filler:{i}", f"Filler {i}", paragraphs))
    return filler


def _dated(article: Article, rng: random.Random, order: int) -> Article:
    article.outlet = rng.randrange(len(OUTLETS))
    day = 1 + (order * 7) % 27
    article.date = f"{day} {('March', 'April', 'May')[min(order, 2)]} 2025"
    return article


def build_corpus(size: int, seed: int = 14, queries_per_kind: int = 100) -> tuple[list[Article], list[Query]]:
    """A corpus of ``size`` articles and its queries (see the module docstring)."""
    rng = random.Random(seed)
    families = all_families()
    names = sorted(families)
    rng.shuffle(names)
    unrelated_names, names = names[:queries_per_kind], names[queries_per_kind:]
    corpus: list[Article] = []
    queries: list[Query] = []
    query_names, rest = names[: 2 * queries_per_kind], names[2 * queries_per_kind :]
    held_out: list[Article] = []
    for name in query_names:  # one version held out as the query; the others go in the corpus
        versions = [_dated(v, rng, i) for i, v in enumerate(families[name])]
        held = versions.pop(rng.randrange(len(versions)))
        corpus.extend(versions)
        held_out.append(held)
    for held in held_out[:queries_per_kind]:
        queries.append(Query("rewrite", held, {held.family}))
    source_pool = [a for a in corpus]
    for article in rng.sample(source_pool, min(queries_per_kind, len(source_pool))):
        queries.append(Query("planted", _planted(article, rng), {article.family}))
    splice_parts = held_out[queries_per_kind:]
    for i in range(0, len(splice_parts) - 2, 3):
        parts = splice_parts[i : i + 3]
        queries.append(Query("splice", _splice(parts, rng), {p.family for p in parts}))
    for name in unrelated_names:
        queries.append(Query("unrelated", rng.choice(families[name]), set()))
    for name in rest:
        if len(corpus) >= size:
            break
        corpus.extend(_dated(v, rng, i) for i, v in enumerate(families[name]))
    corpus = corpus[:size]
    if len(corpus) < size:
        corpus.extend(_dated(a, rng, 0) for a in _filler(size - len(corpus), corpus, rng))
    for query in queries:
        query.article.outlet = (query.article.outlet + 1 + rng.randrange(len(OUTLETS) - 1)) % len(OUTLETS)
    return corpus, queries


def corpus_paths(corpus: list[Article], folder: Path) -> list[Path]:
    """Where :func:`write_corpus` writes the articles, in corpus order."""
    return [folder / f"outlet{a.outlet}" / (re.sub(r"[^\w.-]+", "_", a.key)[:120] + ".txt") for a in corpus]


def write_corpus(corpus: list[Article], folder: Path) -> list[Path]:
    """The articles as text files, one folder per outlet; returns their paths in corpus order."""
    paths = corpus_paths(corpus, folder)
    for article, path in zip(corpus, paths, strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article.text(), encoding="utf-8")
    return paths
