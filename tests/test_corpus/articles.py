"""Small corpora written by the tests: invented articles of made-up words, their rewrites and splices.

Every article draws its words from a vocabulary of its own (seeded pseudo-words), so two articles share
nothing unless one was made from the other: what a test expects follows from how its files were made.
"""

from __future__ import annotations

import random
from pathlib import Path

SYLLABLES = "ka lo mi ra te su va no pe li da ro ne si tu ba go me fi ze".split()
COMMON = "the officials said on and of in a was were that for".split()  # shared by every article, as in news


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4)))


def article_paragraphs(seed: int, paragraphs: int = 5) -> list[str]:
    """An invented article: ``paragraphs`` paragraphs of three sentences of mostly rare made-up words."""
    rng = random.Random(seed)
    vocabulary = [_word(rng) for _ in range(120)]
    result = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(3):
            words = [rng.choice(vocabulary) if rng.random() < 0.75 else rng.choice(COMMON) for _ in range(12)]
            sentences.append(" ".join(words).capitalize() + ".")
        result.append(" ".join(sentences))
    return result


def rewrite_of(paragraphs: list[str], seed: int) -> list[str]:
    """A rewrite: one paragraph dropped, the rest reordered, a few words changed in each."""
    rng = random.Random(seed)
    kept = paragraphs[1:]
    rng.shuffle(kept)
    edited = []
    for paragraph in kept:
        words = paragraph.split()
        for _ in range(2):
            position = rng.randrange(1, len(words) - 1)
            words[position] = _word(rng)
        edited.append(" ".join(words))
    return edited


def write_article(path: Path, title: str, paragraphs: list[str], date: str = "") -> Path:
    """An article file: headline, optional date line, paragraphs separated by blank lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    head = [title, date] if date else [title]
    path.write_text("\n\n".join([*head, *paragraphs]) + "\n", encoding="utf-8")
    return path
