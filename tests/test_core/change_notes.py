"""The notes of one kind of substantive change between two texts, for tests, in link order."""

from __future__ import annotations

from core import compare
from core.facts.wording import ChangeKind, link_changes


def change_notes(left: str, right: str, kind: ChangeKind) -> list[str]:
    """The notes of the changes of ``kind`` that :func:`link_changes` finds comparing ``left`` with ``right``."""
    comparison = compare(left, right)
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    return [change.note for index in sorted(found) for change in found[index] if change.kind is kind]
