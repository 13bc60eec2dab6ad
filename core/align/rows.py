"""Paragraph rows for display, derived from the sentence links.

API: ``build_rows(left, right, links) -> tuple[Row, ...]``, ``rows_of_paragraphs(rows)``.

Paragraphs joined by in-order links (not moved, not reused) form one row, so a split or merged paragraph sits
beside its counterparts. A paragraph with no in-order link gets a row of its own on its side: ``moved`` when at
least half of its sentences are linked elsewhere, else ``removed`` (left) or ``added`` (right). Rows follow the
left's reading order; a right-only row goes just before the first row that holds a later right paragraph.

>>> from core.text.paragraphs import document_from_paragraphs
>>> from core.model import Link, LinkKind, SentenceId
>>> left = document_from_paragraphs(["One here.", "Two here."])
>>> right = document_from_paragraphs(["One here.", "New one."])
>>> link = Link((SentenceId(0, 0),), (SentenceId(0, 0),), LinkKind.IDENTICAL, 1.0, ())
>>> [(r.left, r.right, r.kind.value) for r in build_rows(left, right, (link,))]
[((0,), (0,), 'identical'), ((1,), (), 'removed'), ((), (1,), 'added')]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from core.model import Document, Link, LinkKind, Row, RowKind


class _Components:
    """Union-find over left paragraphs (``0..n-1``) and right paragraphs (``n..n+m-1``)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, node: int) -> int:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _linked_share(document: Document, paragraph: int, linked: set[tuple[int, int]]) -> float:
    count = len(document.paragraphs[paragraph].sentences)
    return sum((paragraph, s) in linked for s in range(count)) / count if count else 0.0


def _all_in(document: Document, paragraphs: list[int], sentences: set[tuple[int, int]]) -> bool:
    if len(paragraphs) == 1 and len(document.paragraphs[paragraphs[0]].sentences) == 1:  # a line of a list
        return (paragraphs[0], 0) in sentences
    return all((p, s) in sentences for p in paragraphs for s in range(len(document.paragraphs[p].sentences)))


def _members(n: int, m: int, in_order: Sequence[Link]) -> dict[int, tuple[list[int], list[int]]]:
    """The left and right paragraphs (``n`` and ``m`` of them) that in-order links join, by component, in order
    of first left paragraph (right-only ones last)."""
    components = _Components(n + m)
    parent, find = components.parent, components.find
    for link in in_order:
        first = link.left[0].paragraph
        if len(link.left) == len(link.right) == 1:  # one sentence a side: ``union`` written out
            a, b = first, n + link.right[0].paragraph
            while parent[b] != b:  # (``union`` finds ``b``'s root first)
                parent[b] = parent[parent[b]]
                b = parent[b]
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            parent[a] = b
            continue
        for sid in link.left:
            if sid.paragraph != first:  # a paragraph is in its own component already
                components.union(first, sid.paragraph)
        for sid in link.right:
            components.union(first, n + sid.paragraph)
    members: dict[int, tuple[list[int], list[int]]] = {}
    for p in range(n):
        root = find(p)
        member = members.get(root)
        if member is None:
            member = members[root] = ([], [])
        member[0].append(p)
    for q in range(m):
        root = find(n + q)
        member = members.get(root)
        if member is None:
            member = members[root] = ([], [])
        member[1].append(q)
    return members


def build_rows(left: Document, right: Document, links: Sequence[Link]) -> tuple[Row, ...]:
    """The display rows of a comparison (see the module docstring)."""
    in_order = [k for k in links if k.kind is not LinkKind.MOVED and not k.reused]
    members = _members(len(left.paragraphs), len(right.paragraphs), in_order)
    identical = [k for k in in_order if k.kind is LinkKind.IDENTICAL]
    linked_left: set[tuple[int, int]] = set(chain.from_iterable(k.left for k in links))  # the links' own SentenceIds
    linked_right: set[tuple[int, int]] = set(chain.from_iterable(k.right for k in links))  # (tuples): no new ones
    same_left: set[tuple[int, int]] = set(chain.from_iterable(k.left for k in identical))
    same_right: set[tuple[int, int]] = set(chain.from_iterable(k.right for k in identical))
    rows = []
    # in order of first left paragraph already, right-only ones last: each was added at its first paragraph
    left_paragraphs, right_paragraphs = left.paragraphs, right.paragraphs
    for lefts, rights in members.values():
        if lefts and rights:
            if (
                len(lefts) == len(rights) == 1
                and len(left_paragraphs[lefts[0]].sentences) == len(right_paragraphs[rights[0]].sentences) == 1
            ):  # a line of a list beside its copy: ``_all_in`` of one sentence a side
                same = (lefts[0], 0) in same_left and (rights[0], 0) in same_right
            else:
                same = _all_in(left, lefts, same_left) and _all_in(right, rights, same_right)
            rows.append(Row(tuple(lefts), tuple(rights), RowKind.IDENTICAL if same else RowKind.CHANGED))
        elif lefts:
            moved = _linked_share(left, lefts[0], linked_left) >= 0.5
            rows.append(Row(tuple(lefts), (), RowKind.MOVED if moved else RowKind.REMOVED))
        else:
            moved = _linked_share(right, rights[0], linked_right) >= 0.5
            rows.append(Row((), tuple(rights), RowKind.MOVED if moved else RowKind.ADDED))
    return _place_right_only(rows)


def _place_right_only(rows: list[Row]) -> tuple[Row, ...]:
    """Keep rows with a left side in left order; put each right-only row before the first later right paragraph.

    Rows with both sides are monotone on the right too (they come from in-order links), so this is a merge.
    """
    right_only = sorted((r for r in rows if not r.left), key=lambda r: r.right[0])
    placed: list[Row] = []
    k = 0
    for row in (r for r in rows if r.left):
        while row.right and k < len(right_only) and right_only[k].right[0] < row.right[0]:
            placed.append(right_only[k])
            k += 1
        placed.append(row)
    return tuple(placed + right_only[k:])


def rows_of_paragraphs(rows: Sequence[Row]) -> tuple[dict[int, int], dict[int, int]]:
    """For each side, the display row that holds each paragraph."""
    left: dict[int, int] = {}
    right: dict[int, int] = {}
    for k, row in enumerate(rows):
        left.update(dict.fromkeys(row.left, k))
        right.update(dict.fromkeys(row.right, k))
    return left, right
