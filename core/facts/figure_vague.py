"""Vague figures ("hundreds of homes", "tens of thousands") against exact ones: paired last, inside one link.

API: ``one_vague(a, b) -> bool``, ``vague_partners(removed, added, links) -> list[tuple[Located, Located]]``.

A vague magnitude (``Qualifier.VAGUE``: a count whose value is a range) is the counterpart of an exact figure in
the same sentence pair ("About 300 residents were evacuated" -> "Hundreds of residents were evacuated": made
vague), but it is a weak one: when the exact figure has an equal one elsewhere on the other side, that one is its
counterpart (the original's "hundreds of homes" in the lead and "about 400 properties" further down, the
rewrite's "more than 400 homes" in its lead: the 400 moved up, the hundreds dropped). So ``core.facts.figure_check``
pairs a vague figure with an exact one only after every other pass, with a figure of its kind left over in the
same link that counts the same thing or lies within its range, one that counts the same thing first.

>>> from core.facts.figures import extract_figures
>>> from core.model import Link, LinkKind, SentenceId
>>> at = SentenceId(0, 0)
>>> link = Link((at,), (at,), LinkKind.CHANGED, 0.5, ())
>>> removed = [(f, at) for f in extract_figures("About 300 residents left")]
>>> added = [(f, at) for f in extract_figures("Hundreds of residents left")]
>>> [(a[0].text, b[0].text) for a, b in vague_partners(removed, added, [link])]
[('About 300', 'Hundreds')]
"""

from __future__ import annotations

from collections.abc import Sequence

from core.facts.figure_values import same_counted
from core.facts.figures import Figure, Qualifier
from core.model import Link, SentenceId

Located = tuple[Figure, SentenceId]


def one_vague(a: Figure, b: Figure) -> bool:
    """Whether exactly one of two figures is vague (such a pair waits for ``vague_partners``)."""
    return (a.qualifier is Qualifier.VAGUE) is not (b.qualifier is Qualifier.VAGUE)


def _partners(a: Figure, b: Figure) -> bool:
    """A vague and an exact figure of one kind that count the same thing, or the exact one within the vague one's
    range: "3 leaves" is no counterpart of "hundreds of years"."""
    if a.kind is not b.kind or not one_vague(a, b):
        return False
    vague, exact = (a, b) if a.qualifier is Qualifier.VAGUE else (b, a)
    return (bool(a.counted and b.counted) and same_counted(a, b)) or vague.low <= exact.low <= exact.high <= vague.high


def vague_partners(
    removed: Sequence[Located], added: Sequence[Located], links: Sequence[Link]
) -> list[tuple[Located, Located]]:
    """Pairs of a vague and an exact figure of one kind left over in one link (see the module docstring)."""
    if not any(x[0].qualifier is Qualifier.VAGUE for x in (*removed, *added)):
        return []  # most texts: no vague figure left over
    link_of_left = {sid: k for k, link in enumerate(links) if link.right for sid in link.left}
    link_of_right = {sid: k for k, link in enumerate(links) if link.left for sid in link.right}
    free = list(added)
    pairs: list[tuple[Located, Located]] = []
    for a in removed:
        k = link_of_left.get(a[1])
        if k is None:
            continue
        candidates = [b for b in free if link_of_right.get(b[1]) == k and _partners(a[0], b[0])]
        match = next((b for b in candidates if same_counted(a[0], b[0])), candidates[0] if candidates else None)
        if match is not None:
            free.remove(match)
            pairs.append((a, match))
    return pairs
