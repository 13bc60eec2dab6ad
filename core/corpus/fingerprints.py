"""Fingerprints of an article: what the corpus index stores and candidate search compares.

API: ``fingerprint(document) -> Fingerprints``, ``fingerprint_text(text) -> Fingerprints``,
``paragraph_anchors(paragraph) -> frozenset[int]``, ``feature_hash(token) -> int``, ``is_shingle(feature)``,
``SHINGLE_TERMS``, ``WINNOW_WINDOW``.

Two kinds of features, both stable signed 64-bit integers (so they fit SQLite's INTEGER and are the same in every
process, unlike Python's salted ``hash``):

* **shingles**: hashed runs of ``SHINGLE_TERMS`` consecutive content terms (``core.text`` matching keys: case,
  accents, spelling and inflection folded, function words dropped), thinned by winnowing (Schleimer, Wilkerson
  and Aiken 2003: the smallest hash of every window of ``WINNOW_WINDOW`` shingles), so that any copied run of
  ``SHINGLE_TERMS + WINNOW_WINDOW - 1`` terms is certain to leave a shared fingerprint. They find copies.
* **terms**: the set of distinct content terms (numbers included). A paraphrase shares few shingles with its
  source but keeps its names, places and figures; weighted by rarity at query time they find rewrites.

The headline, standfirst and body paragraphs count: the lines the loader set aside as boilerplate never reach
a fingerprint.

>>> a = fingerprint_text("Floods hit the valley town of Brambleford on Monday, officials said.")
>>> b = fingerprint_text("On Monday, floods hit the Brambleford valley, according to officials.")
>>> len(a.terms & b.terms), len(a.terms)
(6, 8)
>>> feature_hash("t:flood") == feature_hash("t:flood"), feature_hash("t:flood") == feature_hash("s:flood")
(True, False)
>>> all(is_shingle(s) for s in a.shingles), any(is_shingle(t) for t in a.terms)
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from hashlib import blake2b

from core.model import Document, Paragraph
from core.text import document_from_text, sentence_terms

SHINGLE_TERMS = 3  # content terms per shingle (about 5-6 running words of news prose)
WINNOW_WINDOW = 4  # shingles per winnowing window: keeps about 2 / (window + 1) = 40% of them
MAX_TERMS = 20_000  # content terms read from one document; the rest of a huge file adds nothing to find it


@dataclass(frozen=True, slots=True)
class Fingerprints:
    """The features of one document (see the module docstring)."""

    shingles: frozenset[int]
    terms: frozenset[int]
    words: int  # content terms read (a size for tie-breaks and reports)


def feature_hash(token: str) -> int:
    """A stable signed 64-bit hash of a feature token."""
    return int.from_bytes(blake2b(token.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def is_shingle(feature: int) -> bool:
    """Whether a feature is a shingle (its lowest bit is 0) rather than a term (1), so SQL can tell them apart.

    >>> is_shingle(min(fingerprint_text("Floods hit the valley town.").shingles))
    True
    """
    return feature & 1 == 0


def _terms_of(text: str) -> list[str]:
    return [term for term in sentence_terms(text) if len(term) > 1]


def _shingle_hashes(terms: list[str], shingle_terms: int = SHINGLE_TERMS) -> list[int]:
    grams = (" ".join(terms[i : i + shingle_terms]) for i in range(len(terms) - shingle_terms + 1))
    return [feature_hash("s:" + gram) & ~1 for gram in grams]


def paragraph_anchors(paragraph: Paragraph, winnow: int = WINNOW_WINDOW) -> frozenset[int]:
    """The shingles winnowing keeps from this paragraph in any document that holds it: the smallest hash of
    every window of ``winnow`` shingles lying wholly inside it (windows that reach into the neighbouring
    paragraphs depend on them). A paragraph of fewer than ``winnow`` shingles has none.

    >>> document = document_from_text("Sign up to our daily briefing, delivered to your inbox at seven every day.")
    >>> anchors = paragraph_anchors(document.paragraphs[0])
    >>> bool(anchors) and anchors <= fingerprint(document).shingles
    True
    """
    hashes = _shingle_hashes([term for sentence in paragraph.sentences for term in _terms_of(sentence.text)])
    return frozenset(min(hashes[i : i + winnow]) for i in range(len(hashes) - winnow + 1))


def _content_terms(document: Document) -> list[str]:
    terms: list[str] = []
    for line in (document.title, document.standfirst):  # a headline carries names; a misread one the body
        terms.extend(_terms_of(line))
    for paragraph in document.paragraphs:
        for sentence in paragraph.sentences:
            terms.extend(_terms_of(sentence.text))
        if len(terms) >= MAX_TERMS:
            return terms[:MAX_TERMS]
    return terms


def _winnow(hashes: list[int], window: int) -> set[int]:
    if len(hashes) <= window:
        return set(hashes)
    return {min(hashes[i : i + window]) for i in range(len(hashes) - window + 1)}


def fingerprint(document: Document, winnow: int = WINNOW_WINDOW, shingle_terms: int = SHINGLE_TERMS) -> Fingerprints:
    """The fingerprints of a loaded document (``winnow=1`` keeps every shingle)."""
    terms = _content_terms(document)
    shingles = _winnow(_shingle_hashes(terms, shingle_terms), winnow)
    term_features = frozenset(feature_hash("t:" + term) | 1 for term in set(terms))
    return Fingerprints(frozenset(shingles), term_features, len(terms))


def fingerprint_text(text: str) -> Fingerprints:
    """The fingerprints of clean text (paragraphs split on blank lines)."""
    return fingerprint(document_from_text(text))
