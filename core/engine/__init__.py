"""Stage 6 of 7, engine: ``compare()`` runs the stages below it and returns one :class:`Comparison`.

text -> align -> diff -> facts -> summary; with several sources, near copies (one sentence in two versions) are
folded after the alignment into the version the rewrite matches (``core.engine.near_copies``). Progress goes to
``options.progress``, each stage of ``STAGES`` (``core.options.Stage``: where it starts, what it does) starting at
its fraction; the time budget and the cancel hook are polled throughout. The result records the options it was
made with.

API
---
compare(left, right, options=None) -> Comparison
STAGES: tuple[Stage, ...]
    The stages of ``compare`` ("aligning sentences", "checking figures", ...) by the progress fraction each starts at.
Comparison, Summary, summarize(...), find_credit(document), credit_phrases(texts) -> list[str], reworded(link)
attribute_sources(left, links) -> dict[SentenceId, int]
    Which source of a several-source left each linked right sentence comes from.
link_source(left, link) -> int
    The source of one link's left side (most of its sentences', the earliest on a tie).
Verdict, VerdictThresholds, ReuseMeasures, judge(measures, thresholds) -> (Verdict, reason)
    The verdict on a comparison (wholly derived, partially derived, independent) from its measured reuse.
measure_reuse(right, links, thresholds) -> ReuseMeasures
    The quantities the verdict reads: the rewrite's words and sentences that share passages with the source.
"""

from core.engine.comparison import Comparison
from core.engine.pipeline import STAGES, compare
from core.engine.reuse import measure_reuse
from core.engine.summary import (
    Summary,
    attribute_sources,
    credit_phrases,
    find_credit,
    link_source,
    reworded,
    summarize,
)
from core.engine.verdict import ReuseMeasures, Verdict, VerdictThresholds, judge

__all__ = [
    "STAGES",
    "Comparison",
    "ReuseMeasures",
    "Summary",
    "Verdict",
    "VerdictThresholds",
    "attribute_sources",
    "compare",
    "credit_phrases",
    "find_credit",
    "judge",
    "link_source",
    "measure_reuse",
    "reworded",
    "summarize",
]
