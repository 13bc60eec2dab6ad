"""Options of a comparison: what the user chooses, and the tuned thresholds, each with its unit.

The thresholds were tuned on ``bench/`` (Bible versions, OneStopEnglish rewrites) and on the fixtures in
``tests/``; change one only with the benchmark figures in front of you.

``Stage`` and ``stage_at`` name the stages of a long computation by the progress fractions they start at, so a
caller of a ``progress`` hook can say what is being done ("aligning sentences") as well as how far it got.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AlignmentThresholds:
    """Constants of the sentence aligner (``core.align.aligner``). Similarities are TF-IDF cosines in ``[0, 1]``."""

    anchor_min: float = 0.30  # cosine: a pair sharing a term unique on both sides becomes an anchor above this
    anchor_slack: int = 3  # sentences: an anchor's step from or to a neighbour may leave the diagonal this much ...
    anchor_skew: float = 0.25  # share of the step's length: ... plus this much of it, or the anchor is dropped
    link_min: float = 0.18  # cosine: the least similarity of a link made between two anchors
    link_cost: float = 0.12  # cosine units charged per link, so weak links lose against skipping
    extra_item_cost: float = 0.03  # cosine units charged per sentence beyond two in one 1:n or n:1 link
    hole_confident: float = 0.0  # cosine: the few sentences between two links this similar (0: any) are linked ...
    hole_max: int = 4  # sentences: ... when there are at most this many a side, by links of at least ...
    hole_min: float = 1e-9  # cosine: ... this (any shared term); a lone
    hole_overlap: float = 0.15  # pair sharing none, when this share of their words is common (Dice, all words)
    word_hole_max: int = 3  # sentences: a hole read by its words (sharing no term) is at most this many a side
    hole_weak: float = 0.30  # cosine: a weaker 1:1 link alone in a hole is aligned again with the hole
    weak_first_link: float = 0.10  # cosine: a 1:1 link this weak yields to a reuse of its sentence twice as strong
    orphan_terms: int = 2  # content terms: a sentence alone between two links that touch on the other side joins
    orphan_drop: float = 0.10  # cosine: ... a neighbour bringing this many new ones, which then falls less than this,
    orphan_contained: float = 0.15  # share of squared weight: ... when this much of its weight is on the link's terms
    fragment_words: int = 3  # words: an unfinished sentence this short joins the link it runs into unconditionally
    fragment_rivals: int = 3  # sentences: how far beside a link an unlinked rival partner of a piece is looked for
    run_on_gain: float = 0.005  # cosine: two 1:1 links touching at a run-on sentence join when that beats each by this
    extend_gain: float = 0.005  # cosine: absorbing an unlinked neighbour into a link must raise it this much ...
    extend_contained: float = 0.3  # share of squared weight: ... unless this much of the neighbour's is on terms of
    extend_drop: float = 0.05  # cosine: ... the link's other side, and the link's cosine falls by less than this
    extend_contained_terms: int = 3  # terms: a neighbour with fewer is absorbed only if it raises the cosine
    move_min: float = 0.45  # cosine: an out-of-order pair of leftovers is linked as moved above this
    move_margin: float = 0.05  # cosine: a move or reuse link must beat the next best candidate by this much
    weak_move_min: float = 0.25  # cosine: a weaker pair of leftovers is linked as moved above this when ...
    weak_move_margin: float = 0.15  # cosine: ... it beats each sentence's next best partner by this much ...
    weak_move_shared: int = 3  # content terms: ... and shares this many
    reuse_min: float = 0.60  # cosine: a right sentence is linked to an already used left sentence above this
    full_dp_cells: int = 1_600  # sentence pairs: gaps up to this size are aligned by a full DP, larger ones banded
    band_half_width: int = 40  # sentences: half width of the banded DP around a large gap's diagonal
    max_dp_cells: int = 1_000_000  # sentence pairs: a gap whose band is larger is left unaligned by the DP
    candidate_df_max: int = 40  # sentences: a term in more sentences than this on a side gives no move candidates


@dataclass(frozen=True)
class DiffThresholds:
    """Constants of the word diff clean-up (``core.diff.worddiff``)."""

    weak_island_max: int = 3  # tokens: an unchanged run of only function words/punctuation this short is folded
    strong_island_max: int = 0  # tokens: an unchanged run of content words this short is folded ... (0: never:
    strong_island_edit_min: int = 6  # tokens: ... verbatim words stay visible) when the edits around are this long


@dataclass(frozen=True)
class SourcesThresholds:
    """Constants of a comparison with several sources (``core.load.near_copies``, ``core.engine.near_copies``).

    A *near copy* is one sentence in two versions (a word changed, a figure updated, a correction): sentences of
    different sources whose casefolded words, in order, are at least ``near_copy_min`` alike by
    ``2 * common words / (words of one + words of the other)`` (difflib's ratio). 0.8 lets one word in five
    differ; on the Bible (``bench/near_copies.py``) it keeps 0.971 of the verses Webster reworded from the
    KJV, while only 0.005 of those reach it with another verse of their chapter (formulaic repeats).
    """

    near_copy_min: float = 0.8  # share of words in common (difflib ratio of the two word lists), 0 to 1
    near_copy_words: int = 4  # words: a shorter sentence is never a near copy ("No one was hurt." is too common)
    near_copy_df_max: int = 200  # sentences: a word in more earlier sentences than this gives no candidates


@dataclass(frozen=True)
class CompareOptions:
    """What :func:`core.compare` is asked to do.

    ``time_budget`` is in seconds (``None``: no limit); past it the comparison returns a lossless but coarser
    result marked ``partial``. ``should_cancel`` is polled often; when it returns true, :func:`core.compare`
    raises :class:`core.ComparisonCancelled`. ``progress`` receives a fraction in ``[0, 1]``.
    """

    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_quote_style: bool = True
    time_budget: float | None = None
    should_cancel: Callable[[], bool] | None = field(default=None, compare=False)
    progress: Callable[[float], None] | None = field(default=None, compare=False)
    alignment: AlignmentThresholds = field(default_factory=AlignmentThresholds)
    diff: DiffThresholds = field(default_factory=DiffThresholds)
    sources: SourcesThresholds = field(default_factory=SourcesThresholds)


@dataclass(frozen=True)
class Stage:
    """One stage of a long computation: the progress fraction it starts at, and what it does, as a person reads it.

    >>> stage_at((Stage(0.0, "reading"), Stage(0.4, "aligning")), 0.5).label
    'aligning'
    """

    start: float  # fraction of the whole computation's progress, in [0, 1)
    label: str  # lower case, no final punctuation: "aligning sentences"


def stage_at(stages: Sequence[Stage], fraction: float) -> Stage:
    """The stage ``fraction`` falls in: the last of ``stages`` (in order of ``start``, the first at 0) that starts at
    or before it."""
    return stages[max(bisect_right([stage.start for stage in stages], fraction) - 1, 0)]
