"""The result of :func:`core.compare`: the two documents, their links and rows, and what the checks found.

API: ``Comparison`` (frozen). It sits above the checks (``core.facts``) and the summary, so that the bottom
of the model (``core.model``) knows nothing of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.engine.summary import Summary
from core.facts import Change, FigureFinding, QuoteFinding
from core.model import ComparisonState, Document, Link, Row, Side
from core.options import CompareOptions


@dataclass(frozen=True, slots=True)
class Comparison:
    """Both documents, the sentence links, the display rows, and the figure and quote findings with their
    summary (``None`` when the time budget ran out before all were made). ``changes`` holds the substantive changes of
    each link that has any, keyed by link index (``core.facts.wording``), ``headline`` those of the two
    headlines. ``options`` are the options the comparison was made with, without their hooks (cancel,
    progress), so an export names what was really used."""

    left: Document
    right: Document
    links: tuple[Link, ...]
    rows: tuple[Row, ...]
    state: ComparisonState = ComparisonState.COMPLETE
    seconds: float = 0.0
    numbers: tuple[FigureFinding, ...] = ()
    quotes: tuple[QuoteFinding, ...] = ()
    summary: Summary | None = None
    options: CompareOptions = field(default_factory=CompareOptions)
    changes: dict[int, tuple[Change, ...]] = field(default_factory=dict)
    headline: tuple[Change, ...] = ()  # the wording changes of the rewrite's headline against the original's

    def document(self, side: Side) -> Document:
        """The document on ``side``."""
        return self.left if side is Side.LEFT else self.right
