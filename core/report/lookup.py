"""Which display row holds each paragraph of a comparison, computed once per comparison.

API: ``row_lookup(comparison) -> RowLookup``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.align import rows_of_paragraphs
from core.engine import Comparison
from core.model import Side


@dataclass(frozen=True, slots=True)
class RowLookup:
    """Which display row holds each paragraph, per side (0-based)."""

    left: Mapping[int, int]
    right: Mapping[int, int]

    def row_of(self, side: Side, paragraph: int) -> int | None:
        """The row holding ``paragraph`` of ``side``, or None."""
        return (self.left if side is Side.LEFT else self.right).get(paragraph)


def row_lookup(comparison: Comparison) -> RowLookup:
    """The paragraph-to-row maps of a comparison."""
    left, right = rows_of_paragraphs(comparison.rows)
    return RowLookup(left, right)
