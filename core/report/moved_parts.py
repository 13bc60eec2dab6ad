"""The words of an original sentence that a reuse link carried to another row of the rewrite.

API: ``moved_parts(links, document) -> dict[int, list[MovedPart]]``, ``MovedPart``.

A rewrite that cuts a sentence in two and moves one half away gives that sentence two links
(``core.align.splits``): its first link, shown in its own row, whose word diff removes the half that went away,
and a reuse link (``Link.reused``) to the far sentence. In the first link's row those words are not removed:
they are in the rewrite, in the reuse link's row. A part is the stretch of the sentence that the reuse link's
diff spans from its first kept or reworded word to its last (the words it drops at either end stay behind), in
offsets of the first link's text (its left sentences joined by one space), keyed by the first link's index; the
display shows the removed words of that stretch as moved to the reuse link's row (``core.report.presentation``).

>>> from core import compare
>>> found = compare("Drivers will strike for two days from Monday after talks broke down on Wednesday.",
...                 "Talks broke down on Wednesday.\\n\\nThe mayor spoke.\\n\\n"
...                 "Drivers will walk out for two days from Monday.")
>>> [(k, part.link) for k, parts in moved_parts(found.links, found.left).items() for part in parts]
[(0, 1)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.model import DiffOp, Document, Link, OpKind, SentenceId


@dataclass(frozen=True, slots=True)
class MovedPart:
    """Characters ``start:end`` of a first link's left text that reuse link ``link`` carried away."""

    start: int
    end: int
    link: int  # index of the reuse link in the comparison's links


def _holders(links: Sequence[Link], document: Document) -> dict[SentenceId, tuple[int, int]]:
    """Each left sentence of a first (not reused) link: that link's index and the sentence's offset in its text."""
    held: dict[SentenceId, tuple[int, int]] = {}
    for k, link in enumerate(links):
        if link.reused:
            continue
        offset = 0
        for sid in link.left:
            held.setdefault(sid, (k, offset))
            offset += len(document.sentence(sid).text) + 1
    return held


def _carried(op: DiffOp) -> bool:
    """Whether an op of a reuse link's diff holds words of the original that went with it: kept or reworded
    words, not punctuation alone (a kept full stop is no evidence) and not words it drops."""
    return op.op in (OpKind.EQUAL, OpKind.REPLACE) and any(char.isalnum() for char in op.left)


def moved_parts(links: Sequence[Link], document: Document) -> dict[int, list[MovedPart]]:
    """The parts each first link's left text lost to reuse links (see the module docstring), in text order."""
    if not any(link.reused for link in links):
        return {}
    held = _holders(links, document)
    found: dict[int, list[MovedPart]] = {}
    for k, link in enumerate(links):
        kept = [(op.left_start, op.left_start + len(op.left)) for op in link.diff if _carried(op)]
        if not link.reused or not kept:
            continue
        low, high, offset = kept[0][0], kept[-1][1], 0
        for sid in link.left:
            length = len(document.sentence(sid).text)
            start, end = max(low, offset), min(high, offset + length)
            if start < end and sid in held:
                first, at = held[sid]
                found.setdefault(first, []).append(MovedPart(at + start - offset, at + end - offset, k))
            offset += length + 1
    for parts in found.values():
        parts.sort(key=lambda part: part.start)
    return found
