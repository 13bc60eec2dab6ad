"""Stock paragraphs: lines that many articles of a corpus carry, set aside before a candidate is verified.

API: ``without_stock(documents, postings, thresholds=None) -> list[Document]``, ``set_stock_aside(documents,
postings, thresholds=None) -> (list[Document], CommonFeatures)``, ``StockThresholds``, ``CommonFeatures``,
``common_features(index, thresholds=None) -> CommonFeatures``, ``Frequencies``, ``stock_lines(before, after)``.

An outlet prints the same newsletter plug, app advertisement or disclaimer under every article; the loader
cannot know such a line is boilerplate from one article, but the corpus index can: it is in hundreds of
documents. Candidate search already ignores shingles that common (``CandidateThresholds.max_shingle_df``);
verification must too, or an article and any other of the same outlet share a sentence word for word and the
verdict calls one partly derived from the other.

A paragraph's *anchors* (``core.corpus.fingerprints.paragraph_anchors``) are the shingles winnowing keeps from
it whatever surrounds it, so every indexed document holding the paragraph holds them. The paragraph is *stock*
when at least ``min_common_share`` of its anchors are in more than ``common_df`` documents of the index. A
paragraph of its own that contains one stock phrase has one common anchor among many; a paragraph too short to
have an anchor (under about six content words) is never stock. Stock paragraphs move to the document's
``boilerplate``; a document made of several sources, or one that would be left with no paragraph, is returned
as it is.

``find`` asks the index itself. ``reuse`` verifies pairs on Dask workers that have no index, so it reads once
the features in more than ``common_df`` documents (:func:`common_features`: all that deciding stock needs, a
few thousand) and hands them to every verification; both decide exactly alike. ``find`` also keeps, with each
result, the common features of the two documents it compared (:func:`set_stock_aside`: a few, not the
index's thousands), so the window that opens a result sets aside the same lines and shows the list's verdict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from core.corpus.fingerprints import paragraph_anchors
from core.corpus.index import CorpusIndex
from core.model import Document


class Frequencies(Protocol):
    """What deciding stock needs of an index: document frequencies (a ``CorpusIndex``, or ``CommonFeatures``)."""

    def frequencies(self, features: Sequence[int]) -> Mapping[int, int]: ...


@dataclass(frozen=True, slots=True)
class StockThresholds:
    """When a paragraph is a corpus's stock line (see the module docstring)."""

    common_df: int = 100  # documents: an anchor in more is common (as candidate search's max_shingle_df)
    min_common_share: float = 0.5  # share (0-1) of a paragraph's anchors that are common, at least


@dataclass(frozen=True, slots=True)
class CommonFeatures:
    """The features of an index in more than ``common_df`` documents, with their document frequencies."""

    df: Mapping[int, int]

    def frequencies(self, features: Sequence[int]) -> Mapping[int, int]:
        """The frequency of each common feature among ``features`` (the others are not common: left out)."""
        return {feature: self.df[feature] for feature in features if feature in self.df}

    def union(self, other: CommonFeatures) -> CommonFeatures:
        """The common features of both (what deciding stock on the documents of either needs)."""
        return CommonFeatures({**self.df, **other.df})


NO_COMMON_FEATURES = CommonFeatures({})


def common_features(index: CorpusIndex, thresholds: StockThresholds | None = None) -> CommonFeatures:
    """The index's features common enough to make a paragraph stock (see the module docstring)."""
    thresholds = thresholds or StockThresholds()
    sql = "SELECT feature, df FROM frequencies WHERE df > ?"
    return CommonFeatures(dict(index.connection.execute(sql, (thresholds.common_df,)).fetchall()))


def _is_stock(anchors: frozenset[int], frequencies: dict[int, int], thresholds: StockThresholds) -> bool:
    common = sum(1 for anchor in anchors if frequencies.get(anchor, 0) > thresholds.common_df)
    return bool(anchors) and common >= thresholds.min_common_share * len(anchors)


def _strip(document: Document, stock: list[bool]) -> Document:
    if document.sources or not any(stock) or all(stock):
        return document
    kept = tuple(p for p, out in zip(document.paragraphs, stock, strict=True) if not out)
    dropped = tuple(p.text for p, out in zip(document.paragraphs, stock, strict=True) if out)
    return replace(document, paragraphs=kept, boilerplate=document.boilerplate + dropped)


def set_stock_aside(
    documents: Sequence[Document], postings: Frequencies, thresholds: StockThresholds | None = None
) -> tuple[list[Document], CommonFeatures]:
    """``documents`` with their stock paragraphs set aside as boilerplate (one frequency look-up for all), and
    the common features of their paragraphs: ``without_stock`` given them instead of ``postings`` decides alike.

    >>> from core.text import document_from_text
    >>> document = document_from_text("Floods hit the town on Monday and closed the bridge to the harbour.")
    >>> stripped, common = set_stock_aside([document], CommonFeatures({}))
    >>> stripped == [document], common
    (True, CommonFeatures(df={}))
    """
    thresholds = thresholds or StockThresholds()
    anchors = [[paragraph_anchors(p) for p in document.paragraphs] for document in documents]
    frequencies = dict(postings.frequencies(sorted({a for each in anchors for group in each for a in group})))
    stripped = [
        _strip(document, [_is_stock(group, frequencies, thresholds) for group in each])
        for document, each in zip(documents, anchors, strict=True)
    ]
    return stripped, CommonFeatures({f: df for f, df in frequencies.items() if df > thresholds.common_df})


def without_stock(
    documents: Sequence[Document], postings: Frequencies, thresholds: StockThresholds | None = None
) -> list[Document]:
    """``documents`` with their stock paragraphs set aside as boilerplate (one frequency look-up for all)."""
    return set_stock_aside(documents, postings, thresholds)[0]


def stock_lines(before: Document, after: Document) -> tuple[str, ...]:
    """The lines ``without_stock`` set aside from ``before`` to make ``after`` (added to its boilerplate last)."""
    return after.boilerplate[len(before.boilerplate) :]
