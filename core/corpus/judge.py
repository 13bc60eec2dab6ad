"""The verdict on one verified candidate: does the article reuse the source, and how much of each it holds.

API: ``judge(comparison) -> Judgement``, ``Judgement``.

The verdict is the comparison's own (``core.engine.verdict``: wholly derived, partially derived or
independent, from the share of the rewrite's words in sentences that share passages with the source, names and
figures aside), so two articles on the same event that share only names stay independent whatever their
candidate score. A comparison that ran out of time before its summary is ``unknown``. ``same_text``: the two
hold the very same sentences in the same order (no sentence reworded, moved, added or left out): a copy, not a
rewrite; which of the two came first the texts cannot tell.

>>> from core import compare
>>> found = judge(compare("Floods hit the town on Monday. Rescuers found two people in the river.",
...                       "Floods hit the town on Monday. Rescuers found two people alive in the river."))
>>> found.verdict, found.same_text
('wholly derived', False)
"""

from __future__ import annotations

from dataclasses import dataclass

from core.engine import Comparison, Verdict

UNKNOWN = "unknown"  # the verdict when a comparison has no summary
_STRENGTH = {Verdict.WHOLLY_DERIVED.value: 2, Verdict.PARTIALLY_DERIVED.value: 1}


@dataclass(frozen=True, slots=True)
class Judgement:
    """Shares of a comparison (source on the left) and its verdict."""

    right_from_left: float
    left_reused: float
    verdict: str  # a ``core.engine.Verdict`` value, or ``UNKNOWN``
    reason: str
    taken_share: float = 0.0  # share of the right article's words in sentences sharing a passage with the left
    same_text: bool = False  # the very same sentences in the same order: a copy

    @property
    def strength(self) -> int:
        """2 wholly derived, 1 partially derived, 0 independent or unknown: what ``find`` ranks by first."""
        return _STRENGTH.get(self.verdict, 0)

    @property
    def reuses(self) -> bool:
        """Whether the verdict says the right article reuses the left one."""
        return self.verdict not in (Verdict.INDEPENDENT.value, UNKNOWN)


def judge(comparison: Comparison) -> Judgement:
    """The judgement of one comparison (see the module docstring)."""
    summary = comparison.summary
    if summary is None:
        return Judgement(0.0, 0.0, UNKNOWN, "the comparison ran out of time before its summary")
    same = summary.identical > 0 and not (summary.changed or summary.moved or summary.added or summary.removed)
    return Judgement(summary.right_from_left, summary.left_reused, summary.verdict.value, summary.verdict_reason,
                     summary.taken_share, same)  # fmt: skip
