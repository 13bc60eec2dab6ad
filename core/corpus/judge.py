"""The verdict on one verified candidate: does the article reuse the source, and how much of each it holds.

API: ``judge(comparison) -> Judgement``, ``Judgement``.

PLACEHOLDER: until issue 13's ``core.engine`` verdict lands (``Summary.verdict`` / ``verdict_reason``), the
verdict here is read from the reuse shares alone (``PLACEHOLDER_*`` thresholds); once ``Summary`` carries a
verdict, that one is used and these thresholds are not.

>>> from core import compare
>>> judge(compare("Floods hit the town on Monday. Rescuers found two people.",
...               "Floods hit the town on Monday. Rescuers found two people alive.")).verdict
'rewrite'
"""

from __future__ import annotations

from dataclasses import dataclass

from core.engine import Comparison

PLACEHOLDER_REWRITE = 0.3  # share of the rewrite's sentences from the source: at least this is reuse
PLACEHOLDER_PARTIAL = 0.1  # at least this is partial reuse; below it the two are independent


@dataclass(frozen=True, slots=True)
class Judgement:
    """Shares of a comparison (source on the left) and its verdict."""

    right_from_left: float
    left_reused: float
    verdict: str
    reason: str

    @property
    def reuses(self) -> bool:
        """Whether the verdict says the right article reuses the left one."""
        return self.verdict not in ("independent", "unknown")


def judge(comparison: Comparison) -> Judgement:
    """The judgement of one comparison (see the module docstring)."""
    summary = comparison.summary
    if summary is None:
        return Judgement(0.0, 0.0, "unknown", "the comparison ran out of time before its summary")
    real = getattr(summary, "verdict", None)
    if real is not None:
        verdict = str(getattr(real, "value", real))
        return Judgement(
            summary.right_from_left, summary.left_reused, verdict, str(getattr(summary, "verdict_reason", ""))
        )
    share = summary.right_from_left
    if share >= PLACEHOLDER_REWRITE:
        verdict, reason = "rewrite", f"{share:.0%} of its sentences come from the source"
    elif share >= PLACEHOLDER_PARTIAL:
        verdict, reason = "partial", f"only {share:.0%} of its sentences come from the source"
    else:
        verdict, reason = "independent", f"{share:.0%} of its sentences come from the source"
    return Judgement(summary.right_from_left, summary.left_reused, verdict, reason)
