"""The ``numbers`` entries of the JSON: one entry per figure, but one per block for a block marked as a whole.

API: ``number_entries(comparison, entry) -> Iterator[dict]`` (each entry yielded once its ``also`` list is
complete, so a writer can encode them a chunk at a time).

A block is a run of consecutive paragraphs that the comparison marks as a whole: removed (no sentence of them
linked, on the left), added (the same on the right) or identical (paragraphs of identical rows). Listing each of
their figures as an entry of its own says nothing the row does not, and makes the JSON of a 600,000-line list
many times the size of the list. So the first figure of each status in a block is an entry (made by ``entry``),
and the block's other figures of that status go to its ``also`` list as ``{"text", "left_at", "right_at"}``,
in reading order. A figure noted as moved, or of any other status, keeps an entry of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from core.engine import Comparison
from core.facts.figure_check import FigureFinding, FigureStatus
from core.model import RowKind

Entry = dict[str, Any]


def number_entries(comparison: Comparison, entry: Callable[[FigureFinding], Entry]) -> Iterator[Entry]:
    """The entries of ``comparison.numbers`` (see the module docstring), in order."""
    linked_left = {sid.paragraph for link in comparison.links for sid in link.left}
    linked_right = {sid.paragraph for link in comparison.links for sid in link.right}
    identical = {p for row in comparison.rows if row.kind is RowKind.IDENTICAL for p in row.left}
    in_block: dict[FigureStatus, tuple[bool, Callable[[int], bool]]] = {  # status -> (on the left?, paragraph test)
        FigureStatus.REMOVED: (True, lambda p: p not in linked_left),
        FigureStatus.ADDED: (False, lambda p: p not in linked_right),
        FigureStatus.SAME: (True, identical.__contains__),
    }
    last: Entry | None = None  # the latest entry: its block may still grow
    block: tuple[FigureStatus, int] | None = None  # status and paragraph of the open block's last figure
    for finding in comparison.numbers:
        rule = in_block.get(finding.status)
        at = None if rule is None else finding.left_at if rule[0] else finding.right_at
        figure = finding.left or finding.right
        if rule is None or at is None or figure is None or finding.note or not rule[1](at.paragraph):
            if last is not None:
                yield last
            last, block = entry(finding), None
            continue
        if block is not None and block[0] is finding.status and all(map(rule[1], range(block[1], at.paragraph + 1))):
            assert last is not None  # an open block has its entry
            last["also"].append({"text": figure.text, "left_at": finding.left_at, "right_at": finding.right_at})
        else:
            if last is not None:
                yield last
            last = entry(finding)
        block = (finding.status, at.paragraph)
    if last is not None:
        yield last
