"""The figure findings of two texts that are not ``same``, for tests: (status, left words, right words, note)."""

from __future__ import annotations

from core import compare, document_from_paragraphs
from core.facts import FigureStatus


def changed_figures(left: list[str], right: list[str]) -> list[tuple[FigureStatus, str, str, str]]:
    """The figure findings other than ``same`` of two texts given as paragraphs, in the comparison's order."""
    comparison = compare(document_from_paragraphs(left), document_from_paragraphs(right))
    return [
        (f.status, f.left.text if f.left else "", f.right.text if f.right else "", f.note)
        for f in comparison.numbers
        if f.status is not FigureStatus.SAME
    ]
