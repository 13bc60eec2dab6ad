"""Stage 3 of 7, align: which sentences of the original became which sentences of the rewrite, and the rows.

Coarse to fine: anchors from terms unique on both sides, a bead DP in the gaps, extension for splits and
merges, an order-free pass for moves (``candidates``), orphans joining their neighbours' links (``orphans``),
reuse links; then paragraph rows for display. Works on flat sentence
indices and term lists from ``core.text``; knows nothing of word diffs or figures.

API
---
align(left_terms, right_terms, thresholds, budget, texts=None, fragments=True) -> list[AlignedGroup]
    ``texts`` (each side's sentence texts) break ties between sentences with the same terms: an exact copy wins;
    with them (and ``fragments``), an unfinished sentence ("He said:", "says the Lord.") joins the link it runs
    into, and two 1:1 links touching at a sentence that ends open become one when its words crossed to the next
    link and joined they are more similar (the versions cut a run-on sentence in different places); with
    ``fragments``, a sentence alone between two links whose other sides touch joins the neighbouring link whose
    other side holds its words.
align_sources(left_terms, right_terms, spans, thresholds, budget, texts=None) -> list[AlignedGroup]
    The same against several sources (``spans``: each one's left sentence indices): each rewrite sentence goes
    to the source whose version it is closest to.
build_rows(left, right, links) -> tuple[Row, ...]
rows_of_paragraphs(rows) -> (left paragraph -> row, right paragraph -> row)
"""

from core.align.aligner import AlignedGroup, align
from core.align.rows import build_rows, rows_of_paragraphs
from core.align.sources import align_sources

__all__ = ["AlignedGroup", "align", "align_sources", "build_rows", "rows_of_paragraphs"]
